"""What the event builder reads from one sentence (SentenceFacts) and what it makes of it (EventMention),
and the evidence span it quotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span

from conflictscope.events.classify import Classification
from conflictscope.mentions.actors import ActorRef
from conflictscope.mentions.attribution import Attribution
from conflictscope.types import CasualtyMention, DateMention, Evidence, PlaceMention


@dataclass
class EventMention:
    """An event as one sentence tells it, at one place (or none yet)."""

    sentence: int
    evidence: Evidence
    classification: Classification
    place: PlaceMention | None
    date: DateMention | None
    perpetrator: ActorRef | None
    target: ActorRef | None
    killed: int | None
    injured: int | None
    civilian_victims: bool
    claims: list[tuple[Attribution, str]] = field(default_factory=list)  # (attribution, stance)
    historical: bool = False
    anaphoric: bool = False  # the sentence refers back ("the city", "here") without naming the place
    refine_only: bool = False  # only refines an event told elsewhere; never an event of its own
    near: bool = False  # "near Jos", "outside Kabul": ACLED's geo_precision 2
    continuation: bool = False  # merged into an earlier event without naming a place
    participants_detained: bool = False  # an arrest of people there and then, not a protest's topic
    # Only a weak word with a casualty count ("two more died"): it adds to an event told before, but
    # does not make one (a death told without any violence may be an illness or an accident)
    needs_story: bool = False
    # The death figure is a running total told by an ordinal ("a third soldier died"): it raises the
    # event's figure to itself instead of counting as a lower report
    running_total: bool = False
    # Only shots fired into the air ("fired warning shots"): ACLED's Other, or the intervention of
    # forces at a demonstration told before
    warning_fire: bool = False
    # The date is only a statement's ("..., police said on Monday"): the day another sentence tells of
    # the same event comes first, and it does not keep the two apart
    date_said: bool = False


@dataclass
class SentenceFacts:
    """Everything read from one sentence, as the builder needs it."""

    sent: Span
    index: int
    offset: int  # offset of the parsed piece in the user's text
    places: list[PlaceMention]  # offsets relative to the piece
    dates: list[DateMention]
    casualties: list[CasualtyMention]
    attributions: list[Attribution]
    published: date | None
    # Where the sentence before, in the same piece, said things happened when it told no event of its
    # own: "In X, police carried out an operation. A shoot-out broke out ..." (the event's place).
    previous_places: list[PlaceMention] = field(default_factory=list)
    # The places of the dateline that opens the sentence, when the dateline was parsed as a sentence
    # of its own (pipeline.py); None: read them from the sentence's own words.
    dateline: list[PlaceMention] | None = None


def sentence_evidence(facts: SentenceFacts) -> Evidence:
    text = facts.sent.text.strip()
    start = facts.offset + facts.sent.start_char + len(facts.sent.text) - len(facts.sent.text.lstrip())
    return Evidence(text, start, start + len(text))
