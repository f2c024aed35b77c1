"""Claims about a sentence's events: the attributions that cover its triggers (with the stance they
take), and the denials and responsibility claims that name no event of their own (attached to an
event later, by the pipeline)."""

from __future__ import annotations

from conflictscope.events.mention import SentenceFacts
from conflictscope.events.predicates.attacks import self_agent
from conflictscope.mentions.actors import ActorReader
from conflictscope.mentions.attribution import Attribution, blamed_groups
from conflictscope.mentions.triggers import TriggerMatch

# (attribution, the sentence it was read in): a denial or claim waiting for its event
Floating = list[tuple[Attribution, SentenceFacts]]


def claims_of(triggers: list[TriggerMatch], facts: SentenceFacts) -> list[tuple[Attribution, str]]:
    """(attribution, stance) for each attribution covering a trigger; an assertion that the speaker
    did it ("we carried out the attack") is a claim of responsibility."""
    claims = []
    for attribution in facts.attributions:
        if not any(attribution.covers(m.token) for m in triggers):
            continue
        stance = attribution.stance
        if stance == "asserts" and any(self_agent(m.token) for m in triggers if attribution.covers(m.token)):
            stance = "claims_responsibility"
        claims.append((attribution, stance))
    return claims


def collect_floating(facts: SentenceFacts, real: list[TriggerMatch], floating: Floating) -> None:
    """Denials and responsibility claims that name no event of their own ("Armenia denied the
    attack", "the group claimed responsibility") are attached to an event later."""
    for attribution in facts.attributions:
        if attribution.stance not in ("denies", "claims_responsibility"):
            continue
        if any(attribution.covers(m.token) for m in real):
            continue
        floating.append((attribution, facts))


def collect_blamed(facts: SentenceFacts, floating: Floating, actors: ActorReader) -> None:
    """Named armed groups the sentence blames or suspects ("the Real IRA was blamed"), attached to an
    event later like a claim that names no event, to name its attacker when the report names none."""
    floating.extend((attribution, facts) for attribution in blamed_groups(facts.sent, actors))
