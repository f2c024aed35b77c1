"""Which trigger words of a sentence tell an event that happened, each with the class its words decide
(a seizure of goods, a device defused, air strikes), and the armed group that handed out aid if one did.

A trigger goes through the readings of ``happened`` in order: each either keeps it, re-reads it as
another entry of predicates/entries.py, or drops it (None). The order matters: a later reading sees
the class an earlier one gave (a territory word re-read as goods seized is no longer a capture)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from spacy.tokens import Token

from conflictscope.events.causes import non_violent
from conflictscope.events.hit import burns_people, has_place_object
from conflictscope.events.mention import SentenceFacts
from conflictscope.events.movers import who_moves
from conflictscope.events.parties import aid_giver, between_warring
from conflictscope.events.predicates.agreements import deal_noun, has_parties, is_agreed
from conflictscope.events.predicates.captures import HOLDING_PLACES, captures_people, seized_arms, seized_goods
from conflictscope.events.predicates.crowds import DEMAND_VERBS, collective_demand, is_meeting, protest_means
from conflictscope.events.predicates.entries import (
    AIRCRAFT_DOWNED, CAPTURED_PEOPLE, CROWD_FIRE, DISARMED, DISMANTLED, FOUND_BODY, MOVED, SEIZED_ARMS, SEIZED_GOODS, STRIKES,
    TIRES_BURNED,
)
from conflictscope.events.predicates.fights import FIGHT_NOUNS, describes_fighters
from conflictscope.events.predicates.fire import SHOT_WORDS, harming_strike, is_aimed
from conflictscope.events.predicates.lexicon import typing_words
from conflictscope.events.predicates.movement import AID_VERBS, MOVES
from conflictscope.events.predicates.scheme import DEVICE_CLASSES, TERRITORY_TYPES
from conflictscope.events.predicates.syntax import clause_verb
from conflictscope.events.predicates.weapons import (
    DEVICE_WORDS, WEAPON_NOUNS, abstract_object, defuses_no_weapon, device_disarmed, downs_manned_aircraft, set_off_found_device, user_named,
    weapon_object, went_off_early,
)
from conflictscope.events.senses import armed_words_besides, figurative, names_armed_groups, other_sense
from conflictscope.knowledge import Taxonomy, load_actor_terms, load_taxonomy, read_kinds, read_word_sets
from conflictscope.mentions.actors import ActorReader, ActorRef
from conflictscope.mentions.dates import is_month_name
from conflictscope.mentions.quantities import attacker_nouns
from conflictscope.mentions.triggers import MODALS, TriggerMatch, entries_of, is_irrealis, unreal_words
from conflictscope.types import DateMention


@dataclass(frozen=True)
class Sentence:
    """What the readings of a trigger may ask about its sentence."""

    facts: SentenceFacts
    triggers: list[TriggerMatch]  # all the sentence's triggers (a trigger may be read by another)
    weapon_cue: bool  # a weapon is named in the sentence
    has_casualties: bool  # a casualty figure above zero
    actors: ActorReader
    taxonomy: Taxonomy


# a reading of one trigger: the trigger kept, re-read as another entry, or dropped (None)
Reading = Callable[[TriggerMatch, Sentence], Optional[TriggerMatch]]


def happened(
    facts: SentenceFacts, triggers: list[TriggerMatch], weapon_cue: bool, has_casualties: bool, actors: ActorReader, taxonomy: Taxonomy
) -> tuple[list[TriggerMatch], ActorRef | None]:
    """The triggers that tell an event that happened, each with the class its words decide, and the
    armed group that handed out aid if one did. The death and injury figures and the dates told inside
    the background it drops are taken out of ``facts`` (``_forget_background_figures``)."""
    sentence = Sentence(facts, triggers, weapon_cue, has_casualties, actors, taxonomy)
    real: list[TriggerMatch] = []
    giver = None
    told_before: list[Token] = []  # the roots of the background clauses the sentence tells
    past: dict[int, Token] = {}  # past events dated only by an earlier year: trigger index -> its clause
    unreal_clauses: list[Token] = []  # the subordinate clauses of triggers told as not having happened
    yearly = _under_a_report_heading(facts)
    for match in triggers:
        if yearly:
            # "Key findings of the 2020 report: armed groups carried out 1,600 attacks on schools ...": a
            # year's tallies, no event of a day
            told_before.append(match.token)
            continue
        if not _told_as_happening(match, triggers, actors):
            unreal = _unreal_clause(match.token)
            if unreal is not None:
                unreal_clauses.append(unreal)
            continue
        setting = _background(match.token, facts, triggers)
        if setting is not None:
            told_before.append(setting)
            continue
        path = _clause_path(match.token)
        if _dated_to_an_earlier_year(path, facts):
            own_verb = next((t for t in path if t.pos_ in ("VERB", "AUX")), path[-1])
            if facts.published is None or not _one_past_event(match.token, own_verb, actors):
                # "1,200 people were killed in 2018": a tally over a year (and without the report's day
                # a past event could not be told from the report's own: background, as a tally)
                told_before.append(path[-1])
                continue
            past[match.token.i] = path[-1]
        if match.cls == "Change to group/activity" and match.entry.words[0] in typing_words(AID_VERBS):
            this_giver = aid_giver(match.token, actors)
            if this_giver is None:
                continue  # food handed out by anyone but an armed group is no event
            giver = giver or this_giver
        read: TriggerMatch | None = match
        for reading in READINGS:
            read = reading(read, sentence)
            if read is None:
                break
        if read is not None:
            real.append(read)
    if any(m.token.i not in past for m in real):
        # beside an event of the day, a past event is its background ("Rebels attacked an army camp on
        # Sunday ...; in 2008 a bombing in the market killed 26")
        told_before += [past[m.token.i] for m in real if m.token.i in past]
        real = [m for m in real if m.token.i not in past]
    _forget_background_figures(facts, told_before, real)
    if unreal_clauses:
        # their death figures only: their places and dates may still be those of what the sentence tells
        # ("blocked the road, preventing the column from entering Daret Azza")
        _forget_background_figures(facts, unreal_clauses, real, figures_only=True)
    return real, giver


@lru_cache(maxsize=1)
def told_before_words() -> dict[str, frozenset[str]]:
    """told_before_words.tsv by kind."""
    return read_word_sets(
        "told_before_words.tsv", ("comparison", "place", "sequel", "recurring", "again", "lived", "share", "ranking", "lasting", "short_span", "likened", "spread", "period", "changed")
    )


def _one_past_event(token: Token, verb: Token, actors: ActorReader) -> bool:
    """Does a clause dated only by an earlier year tell one past event, not a tally over that year nor
    the story's own background? One event: a side named doing it ("the US fired rockets at Khan
    Sheikhoun last year", "captured by Isis in 2012") or a single act ("in 2008 a bombing in the market
    killed 26"). Not: a count with nobody doing it ("1,200 people were killed in 2018", "killed or
    injured by mines in 2017"), a tally in the perfect ("have killed 200 this year"), or an event told as
    like the one reported or at its place ("a similar attack last year", "rebels seized the town in
    2016")."""
    words = told_before_words()
    first, last = _background_words_of(verb)
    clause = list(token.doc[first : last + 1]) + ([] if first <= token.i <= last else [token])
    for t in clause:
        if t.lower_ in words["comparison"]:
            return False
        if t.lower_ in words["place"] and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and not any(
            c.dep_ in ("compound", "prep", "amod") for c in t.children
        ):
            return False  # "the town": the story's town
    if verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children):
        return False  # "have killed 200 this year": a tally
    if token.pos_ == "NOUN" and token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return True  # "a bombing in the market"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    doer = agent if agent is not None else subject
    if doer is None:
        return False  # "1,200 people were killed in 2018"
    if doer.pos_ == "NOUN" and doer.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in doer.children):
        return True  # "a car bomb killed 26"
    return doer.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ == "compound" for c in doer.children) or (
        (actor := actors.actor_at(doer)) is not None and actor.armed
    )  # "the US administration fired rockets", "kidnapped by Islamic State", "rebels attacked"


def _background_words_of(root: Token) -> tuple[int, int]:
    """(first, last) token index of a background clause: the root's phrase, less the clauses joined to
    it ("The conflict has killed 380,000 people, and on Sunday gunmen killed four" tells the killing of
    four)."""
    joined = [c for c in root.children if c.dep_ == "conj" and c.i > root.i]
    last = min((c.left_edge.i for c in joined), default=root.right_edge.i + 1) - 1
    return root.left_edge.i, last


def _forget_background_figures(facts: SentenceFacts, roots: list[Token], real: list[TriggerMatch], figures_only: bool = False) -> None:
    """The death and injury figures, the dates and the places told inside the background the sentence
    gives are that background's, not the event's: "Gunmen killed four traders on Sunday, the deadliest attack since
    a bombing killed 26 people in 2008" is an attack on Sunday that killed four. They are taken out of
    ``facts`` (the builder reads the event's figures and date from them after this reading), unless an
    event word the sentence keeps lies inside that background. With ``figures_only``, only the figures."""
    spans = []
    for root in roots:
        first, last = _background_words_of(root)
        if any(first <= m.token.i <= last for m in real):
            continue
        doc = root.doc
        spans.append((doc[first].idx, doc[last].idx + len(doc[last].text), root.dep_ == "ROOT"))
    if not spans:
        return
    inside = lambda start, dates=False: any(a <= start < b and not (dates and main) for a, b, main in spans)  # noqa: E731
    facts.casualties[:] = [c for c in facts.casualties if not inside(c.start)]
    if real and not figures_only:
        # the places named inside the background are the background's: "A car bomb went off in Baidoa.
        # The attack comes two days after a suicide bombing in Mogadishu killed 12" (the attack told
        # before, not one in Mogadishu)
        facts.places[:] = [p for p in facts.places if not inside(p.start, dates=True)]
        # (a date opening the sentence's main clause is also its joined clauses': "On 8 May, workers
        # gathered ... and were dispersed by police"; with no event left, the dates are no one's)
        facts.dates[:] = [d for d in facts.dates if not inside(d.start, dates=True)]


def _told_as_happening(match: TriggerMatch, triggers: list[TriggerMatch], actors: ActorReader) -> bool:
    """The word reports an event: not negated or hoped for, not another sense of the word, not a
    description of fighters, a meeting, the object of an arson or a kind of weapon."""
    if is_irrealis(match.token) or match.cls.startswith("@") and non_violent(match.token):
        # did not happen, or a death from disease, of animals, in a flood (killing words only:
        # "patients of a coronavirus clinic demonstrated" is still a protest)
        return False
    if other_sense(match.token):
        return False  # "fighting fires", "shelled peanuts", "deployed forty inspectors" (see senses.py)
    if describes_fighters(match.token) or is_meeting(match.token):
        return False
    if match.token.dep_ == "acl" and match.token.lemma_.lower() == "target" and any(
        m.token.i == match.token.head.i and m.cls == "Looting/property destruction" for m in triggers
    ):
        return False  # "an arson attack targeting a plant": what the arson hit, no attack of its own
    if match.cls == "@attack" and match.token.dep_ == "compound" and match.token.head.lemma_.lower() in typing_words(WEAPON_NOUNS):
        return False  # "assault rifles": a kind of weapon, no attack
    if _standing_measure(match):
        return False
    if _not_let_happen(match.token):
        return False
    if _foreseen(match.token) or _planned(match.token):
        return False
    if _people_by_their_harm(match.token) or _described_habit(match.token) or _loss_of_the_person(match.token):
        return False
    if match.cls == "Other" and (_flight_after_the_event(match.token) or _uprooted_by_many(match.token)):
        return False
    if match.token.dep_ == "nsubj" and _uprooted_by_many(match.token.head):
        return False  # the attacks of "attacks have displaced over a million people": many, no event
    if _remembrance(match, triggers) or _worship(match) or _remembered_in_anniversary(match.token):
        return False
    if _checked_claim(match.token) or _refuted_message(match.token) and not _told_beside_the_message(match, triggers):
        return False
    if _answered_no(match.token):
        return False
    if _arrest_for_common_crime(match, actors) or _crime_of_an_arrest(match, triggers):
        return False
    return True


def _under_a_report_heading(facts: SentenceFacts) -> bool:
    """Is the sentence headed by a label naming a report over a whole earlier year ("Key findings of the
    2020 report:", "Annual report 2019 -", "Yearly review:")? What follows are the year's tallies. The
    label is the words before a colon in the sentence's first twelve, with a report word
    (unasserted_words.tsv's "report_heading") and a year before the report's, or "annual"; not when the
    words after the label give a day, which tells an event of that day whatever heads it."""
    sent = facts.sent
    head = list(sent[:12])
    colon = next((t.i for t in head if t.text in (":", "\u2013", "\u2014")), None)
    if colon is None:
        return False
    label = [t for t in head if t.i < colon]
    words = _unasserted_words()
    if not any(t.lemma_.lower() in words["report_heading"] for t in label):
        return False
    published = facts.published
    if any(d.precision == 1 and not dated_by_year(d) and d.start > sent.doc[colon].idx for d in facts.dates):
        return False  # a day after the label ("Annual report: police killed 12 protesters on Monday"): an event
    return any(t.lower_ in ("annual", "yearly") for t in label) or any(
        _YEAR.fullmatch(t.text) and published is not None and int(t.text) < published.year for t in label
    )


@lru_cache(maxsize=1)
def _unasserted_words() -> dict[str, frozenset[str]]:
    return read_word_sets(
        "unasserted_words.tsv",
        (
            "label", "refute", "false", "message", "alleging", "occasion", "worshipper", "common_crime", "report_heading", "political_person",
            "political_reason", "offence",
        ),
    )


def _checked_claim(token: Token) -> bool:
    """A sentence headed by a fact-check's label ("Claim: A video shows soldiers opening fire on
    protesters", "Rumour: ..."): what is being checked, told so that the check can say whether it is
    true, not asserted by the writer (unasserted_words.tsv's "label")."""
    sent = token.sent
    first = sent[0] if len(sent) else None
    if first is None or first.i + 1 >= sent.end:
        return False
    return first.lower_ in _unasserted_words()["label"] and token.doc[first.i + 1].text in (":", "-", "\u2013", "\u2014")


def _refuted_message(token: Token) -> bool:
    """An event told inside a message, post or report that the sentence dismisses as false: "police
    dismissed as fake news a message circulating on WhatsApp claiming that a bomb had exploded", "the
    army rejected a video claiming to show troops burning a village", "a false post alleging an attack".
    The event word hangs, through a clause, from a message noun that a verb of refuting takes as its
    object or that is called false (unasserted_words.tsv). Not "denied the attack" (no message: the
    accused denies the act, which happened)."""
    words = _unasserted_words()
    node = token
    through_clause = False
    for _ in range(8):
        head = node.head
        if head is node:
            return False
        if node.dep_ in ("ccomp", "acl", "relcl", "xcomp"):
            through_clause = True
        if (
            through_clause and node.tag_ == "VBG" and node.lemma_.lower() in words["alleging"] and head.lemma_.lower() in words["refute"]
            and node.dep_ in ("advcl", "nsubj", "nsubjpass", "dobj")
        ):
            # the message's participle hung on the verb by the parser: "rejected a video circulating online
            # claiming to show ...", "a message ... alleging that troops shot 50 has been debunked"
            return True
        if through_clause and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in words["message"]:
            if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in words["false"] for c in head.children):
                return True  # "a fake message claiming ..."
            verb = head.head
            if head.dep_ in ("dobj", "nsubjpass", "npadvmod") and verb.lemma_.lower() in words["refute"]:
                return True  # "dismissed a message claiming ...", "the post was debunked"
            if head.dep_ == "nsubj" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words["false"] for c in verb.children):
                return True  # "a post claiming ... was false"
            return False
        if through_clause and head.pos_ == "VERB" and head.dep_ == "ROOT" and _message_called_false(head, words):
            # the clause hung on the participle that tells the message ("claims shared online that soldiers
            # killed 50 protesters are false"): the message is the participle's subject
            return True
        node = head
    return False


def _message_called_false(verb: Token, words) -> bool:
    """A message noun is the subject of ``verb`` and the sentence calls it false by a "be" joined to the
    verb ("claims shared online ... are false") or refutes it ("... were debunked")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words["message"] for c in verb.children):
        return False
    for other in (c for c in verb.children if c.dep_ == "conj"):
        if other.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words["false"] for c in other.children):
            return True
        if other.lemma_.lower() in words["refute"] and any(c.dep_ == "auxpass" for c in other.children):
            return True
    return False


def _answered_no(token: Token) -> bool:
    """A fact-check's verdict: the sentence answers "No," and its main verb is negated ("No, soldiers did
    not kill 50 protesters in the capital", "FACT CHECK: No, the army did not bomb the bridge"). Nothing
    in the main clause is asserted, the protesters it names no more than the killing (a relative
    clause's own verb is: "No, police did not shoot the men who stormed the station")."""
    sent = token.sent
    words = [t for t in sent if not t.is_punct]
    if len(words) < 3:
        return False
    colon = next((t.i for t in sent[:6] if t.text == ":"), None)
    first = next((t for t in sent if t.i > (colon if colon is not None else sent.start - 1) and not t.is_punct and not t.is_space), None)
    if first is None or first.lower_ != "no" or first.i + 1 >= sent.end or sent.doc[first.i + 1].text != ",":
        return False
    root = sent.root
    if not any(c.dep_ == "neg" for c in root.children):
        return False
    node = token
    for _ in range(12):
        if node.i == root.i:
            return True
        if node.dep_ in ("relcl", "advcl", "ccomp") and node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def _told_beside_the_message(match: TriggerMatch, triggers: list[TriggerMatch]) -> bool:
    """Does the sentence tell, outside the dismissed message, an event word of its own ("a post claiming
    that 40 people were killed in a police raid is false; two people died")? Then the message got the
    event's figures wrong, not the event: the event stays, with the figures the sentence asserts."""
    return any(
        m is not match and not _refuted_message(m.token) and not is_irrealis(m.token) and m.token.i != match.token.i
        for m in triggers
    )


def _worship(match: TriggerMatch) -> bool:
    """A crowd of pilgrims, worshippers or mourners gathered for a religious or remembering occasion
    ("millions of pilgrims gathered in Karbala for the Arbaeen commemoration", "worshippers assembled for
    Eid prayers"): a rite, no demonstration, unless the crowd protests or demands (background_words.tsv's
    "protesting" words, the demand verbs). ACLED codes no religious gathering as a protest."""
    words = _unasserted_words()
    token = match.token
    if match.cls != "Peaceful protest" or token.pos_ != "VERB" or token.lemma_.lower() not in _background_words()["gathering"]:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    crowd = [subject] if subject is not None else []
    crowd += [g for c in crowd for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    worshippers = any(c.lemma_.lower() in words["worshipper"] for c in crowd)
    occasion = any(
        g.lemma_.lower() in words["occasion"] or any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in words["occasion"] for m in g.children)
        for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "during")
        for g in c.children if g.dep_ == "pobj"
    )
    if not (worshippers or occasion):
        return False
    protesting = _background_words()["protesting"]
    return not any(t.lemma_.lower() in DEMAND_VERBS or t.lemma_.lower() in protesting for t in token.sent)


def _remembered_in_anniversary(token: Token) -> bool:
    """An act told inside the anniversary or commemoration it is the occasion of ("gathered to mark the
    17th anniversary of the school siege in which 330 people were killed"): the remembered past event,
    no event of the day. Read on the tree, or, when the parser makes the relative clause's verb the
    sentence's root, by the "in which" that follows the marking noun's "of" phrase."""
    if token.pos_ not in ("VERB", "NOUN"):
        return False
    marking = _background_words()["marking"]
    for ancestor in list(token.ancestors)[:8]:
        if ancestor.lemma_.lower() in marking and ancestor.pos_ == "NOUN" and ancestor.i < token.i:
            return any(c.dep_ == "prep" and c.lower_ == "of" for c in ancestor.children)
    if token.dep_ != "ROOT" and not (token.dep_ == "conj" and token.head.dep_ == "ROOT" and token.pos_ == "VERB"):
        # (a verb the parser joins to the root: "gathered to mark the anniversary of the riots in which 23
        # people were killed and shops were burned")
        return False
    sent = token.sent
    for noun in sent:
        if noun.i >= token.i:
            return False
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in marking and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            between = token.doc[noun.i + 1 : token.i]
            return any(t.tag_ == "WDT" and t.i > 0 and token.doc[t.i - 1].dep_ == "prep" for t in between) and not any(
                t.text == ";" for t in between
            )
    return False


def _arrest_for_common_crime(match: TriggerMatch, actors: ActorReader) -> bool:
    """An arrest for an ordinary crime of property ("police arrested a man for stealing a car", "held
    over the theft of phones"): ACLED records arrests of political weight, not police work on theft
    (unasserted_words.tsv's "common_crime"). The crime must be named after "for", "over" or "on charges
    of". Kept when those arrested are of political weight: an armed group or force, protesters or
    rioters (the actor they name, actors.tsv and groups.tsv), or a political person or party named by
    a word of their phrase ("opposition leader Job Sikhala", unasserted_words.tsv's "political_person")."""
    if match.cls != "Arrests" or _crime_under_the_arrest(match.token) is None and not _reason_of_no_weight(match.token):
        return False
    return not any(_of_political_weight(person, actors) for person in _the_arrested(match.token))


# the entities that name someone or something an arrest's reason can give it weight by
_NAME_ENTITIES = frozenset("PERSON NORP ORG GPE LOC FAC EVENT LAW".split())


def _reason_of_no_weight(token: Token) -> bool:
    """The reason an arrest word gives after "for" ("arrested 34 motorists for drink-driving", "held for
    bootlegging illicit liquor") names nothing of political weight or of a conflict: no word of
    unasserted_words.tsv's "political_reason", no event word and no name (a group, a person, a place,
    a law: "for the killing of two soldiers", "for links to al-Shabaab", "for insulting President X"
    keep the arrest; a day, "for speeding on Sunday", is no name)."""
    words = _unasserted_words()["political_reason"]
    nodes = [token, *([token.head] if token.dep_ in ("dobj", "nsubjpass", "pobj") and token.head is not token else [])]
    nodes += [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]  # "arrested 34 motorists for drink-driving"
    reasons = [g for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ in ("pobj", "pcomp")]
    if not reasons:
        return False
    arrested = _the_arrested(token)
    if not arrested or any(h.pos_ not in ("NOUN", "NUM") or any(t.ent_type_ in _NAME_ENTITIES for t in h.subtree) for h in arrested):
        return False  # someone named, pointed at ("after he was arrested") or of a country: who they are may weigh
    offences = _unasserted_words()["offence"]
    for reason in reasons:
        if any(t.pos_ in ("VERB", "AUX") and t.i != reason.i for t in reason.subtree):
            return False  # a reason told as a clause ("for refusing to identify themselves" at a protest)
        for t in reason.subtree:
            if t.lemma_.lower() in words or t.lower_ in words or t.ent_type_ in _NAME_ENTITIES or t.pos_ == "PROPN" and not t.ent_type_ or entries_of(t):
                return False
        if not any(t.lemma_.lower() in offences or t.lower_ in offences for t in reason.subtree):
            return False  # a reason that names no ordinary offence ("for hoisting separatist flags") may weigh
    return True


def _crime_under_the_arrest(token: Token) -> Token | None:
    """The crime of property an arrest word names after its "for", "over" or "on (charges of)"."""
    words = _unasserted_words()
    nodes = [token, *([token.head] if token.dep_ in ("dobj", "nsubjpass", "pobj") and token.head is not token else [])]
    for node in nodes:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "over", "on"):
                continue
            for crime in prep.subtree:
                if crime.i != prep.i and crime.pos_ in ("VERB", "NOUN") and crime.lemma_.lower() in words["common_crime"]:
                    return crime
    return None


def _the_arrested(token: Token) -> list[Token]:
    """The heads of the phrases naming who an arrest word's act took: the verb's object or passive
    subject ("arrested five fighters", "two men were detained"), the noun's "of" ("the arrest of X"), a
    noun the word is the object of ("made arrests") giving nothing; with their conjuncts."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return heads + [c for h in heads for c in h.conjuncts]


def _of_political_weight(person: Token, actors: ActorReader) -> bool:
    """Are the people ``person`` heads an armed group or force, a crowd, or a political person or party?"""
    actor = actors.actor_at(person)
    if actor is not None and (actor.armed or actor.kind != "civilians"):
        return True
    political = _unasserted_words()["political_person"]
    return any(t.lemma_.lower() in political or t.lower_ in political for t in person.subtree if t.i <= person.i)


def _crime_of_an_arrest(match: TriggerMatch, triggers: list[TriggerMatch]) -> bool:
    """A crime of property told as what people were arrested for ("police arrested three men for
    stealing cattle"): the arrest's cause, no event of its own (kept or not, the arrest is the event)."""
    if match.token.lemma_.lower() not in _unasserted_words()["common_crime"]:
        return False
    return any(
        m.cls == "Arrests" and (crime := _crime_under_the_arrest(m.token)) is not None and crime.i == match.token.i for m in triggers if m is not match
    )


def _people_by_their_harm(token: Token) -> bool:
    """"The injured were taken to hospital", "the minister visited the wounded": people named by what
    was done to them, those of the event told (no harm told here, nor an event of its own)."""
    return (
        token.tag_ in ("VBN", "JJ") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and token.lemma_.lower() in unreal_words()["harm"] | {"injured", "wounded"}
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def _loss_of_the_person(token: Token) -> bool:
    """A death or harm told in a "whose" clause that describes a person by a loss ("said Mary Wanjiru,
    whose son died in the attack", "a farmer whose brother was killed by bandits last year"): who the
    person is, no event told here."""
    verb = next((t for t in [token, *list(token.ancestors)[:4]] if t.dep_ == "relcl"), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "poss" and g.lower_ == "whose" for g in c.children) for c in verb.children
    )


def _described_habit(token: Token) -> bool:
    """An act in a relative clause in the simple present that describes people by what they do
    ("bandits, who kidnap for ransom and raid villages, have killed thousands"): a habit, no event."""
    for node in [token, *list(token.ancestors)[:5]]:
        if node.dep_ == "relcl":
            return node.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in node.children) and _names_people(node.head)
    return False


def _flight_after_the_event(token: Token) -> bool:
    """People fleeing "after the attack", "following the clashes" (the story's event named again as the
    time): the event's aftermath, which ACLED codes within the event, no displacement of its own."""
    if not token.lower_.startswith(_displacement_stems()):
        return False
    for child in token.children:
        if child.dep_ in ("prep", "advcl") and child.lower_ in _TIME_PREPOSITIONS - {"before"}:
            if any(g.dep_ == "pobj" and g.pos_ == "NOUN" and _named_again(g) and not _names_people(g) for g in child.children):
                return True
    return False


def _uprooted_by_many(token: Token) -> bool:
    """People told in the perfect as displaced by a war or by attacks told in the plural ("attacks by
    armed groups have displaced over a million people", "the conflict has uprooted 300,000"): a tally of
    many incidents, no displacement of a day. Not a span of hours or days ("clashes have displaced 2,000
    people since Sunday", told_before_words.tsv's "short_span")."""
    if not token.lower_.startswith(_displacement_stems()) or token.tag_ != "VBN":
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    words = _background_words()
    many = subject.lemma_.lower() in words["war"] or (
        subject.tag_ == "NNS" and subject.lemma_.lower() in words["incidents"]
        and not any(c.dep_ in ("det", "nummod", "poss") for c in subject.children)
    )
    if not many:
        return False
    said = {t.lower_ for t in token.subtree} | {t.lemma_.lower() for t in token.subtree}
    return not said & told_before_words()["short_span"]


@lru_cache(maxsize=1)
def _displacement_stems() -> tuple[str, ...]:
    return tuple(sorted(read_word_sets("displacement_words.tsv", ("displacement",))["displacement"]))


def _foreseen(token: Token) -> bool:
    """An act told as what is likely or expected to come ("insurgents are likely to step up attacks on
    towns", "militants are expected to attack the town", forecast_words.tsv): a forecast, no event."""
    first = token
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ == first.pos_:
        first = first.head  # "clashes and riots are likely"
    if first.pos_ == "NOUN" and first.dep_ in ("nsubj", "nsubjpass") and first.head is not first:
        verb = first.head
        if first.dep_ == "nsubjpass" and verb.lemma_.lower() in _forecast_words() and verb.lower_ == "expected" or first.dep_ == "nsubj" and any(
            c.dep_ == "acomp" and c.lower_ in _forecast_words() and c.lower_ != "due" and not any(g.dep_ in ("prep", "xcomp") for g in c.children)
            for c in verb.children
        ):
            return True  # "clashes between rival supporters are likely", "violence is expected in the run-off"
    node = token
    for _ in range(4):
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in _forecast_words() and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children
        ):
            return True
        if node.dep_ not in ("dobj", "pobj", "prep", "xcomp", "compound") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _planned(token: Token) -> bool:
    """An event word told as planned, not held: the passive subject or the object of a verb of planning
    ("demonstrations are planned for Sunday", "a march is scheduled for Monday", "a strike has been called
    for Monday", planned_words.tsv). Not when the planning verb is told as past perfect of a held event's
    clause ("the march, which had been planned for weeks, ...": the event word is then no subject of it)."""
    if token.dep_ not in ("nsubjpass", "dobj") or token.pos_ != "NOUN":
        return False
    verb = token.head
    kind = _planned_words().get(verb.lemma_.lower())
    if kind is None or token.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "called off", "planned out"
    if any(c.dep_ in ("agent", "conj") for c in verb.children):
        return False  # "the attack was planned and carried out by al-Shabaab": who planned a held event
    for_a_day = any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.ent_type_ == "DATE" or is_month_name(g.text) for g in c.subtree)
        for c in verb.children
    )
    if kind == "call":
        return for_a_day
    # "are planned", "is scheduled", "will be held": planned now; "was planned" only for a day still ahead
    return for_a_day or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_OR_FUTURE for c in verb.children)


# Auxiliaries of a plan still ahead ("demonstrations are planned", "a march is scheduled", "will be staged").
_PRESENT_OR_FUTURE = frozenset("is are am 's 're will shall be".split())


@lru_cache(maxsize=1)
def _planned_words() -> dict[str, str]:
    return dict(read_kinds("planned_words.tsv", {"plan", "call"}))


@lru_cache(maxsize=1)
def _forecast_words() -> frozenset[str]:
    return read_word_sets("forecast_words.tsv", ("forecast",))["forecast"]


def _remembrance(match: TriggerMatch, triggers: list[TriggerMatch]) -> bool:
    """A gathering to remember a past attack ("hundreds gathered at the university to mark six years
    since gunmen killed 148 people there", "families assembled to commemorate the victims of the
    bombing"): a remembrance, no demonstration, unless the crowd makes a demand or protests ("...
    and demanded justice"), which ACLED codes as a protest. Not a gathering to mark a day of its
    own ("rallied to mark May Day"): the clause must hold a word of violence or of remembering. Only
    a gathering ("gathered", "assembled"): a march or a rally to mark a massacre ("hundreds marched in
    Srebrenica to mark the anniversary of the massacre") is a demonstration ACLED codes."""
    words = _background_words()
    if match.cls != "Peaceful protest" or match.token.pos_ != "VERB" or match.token.lemma_.lower() not in words["gathering"]:
        return False
    purpose = next(
        (
            c for c in match.token.children
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in words["remembering"] and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ),
        None,
    )
    if purpose is None:
        return False
    inside = {t.i for t in purpose.subtree}
    remembered = any(m.token.i in inside and _violent_word(m) for m in triggers) or any(
        t.i in inside and t.lemma_.lower() in words["marking"] | words["victims"] for t in match.token.sent
    )
    if not remembered:
        return False
    return not any(t.lemma_.lower() in DEMAND_VERBS or t.lemma_.lower() in words["protesting"] for t in match.token.sent)


@lru_cache(maxsize=1)
def _measures() -> dict[str, frozenset[str]]:
    return read_word_sets("security_measures.tsv", ("state", "act"))


def _stems(stems) -> re.Pattern:
    stems = sorted(stems, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(stem).replace(r"\ ", r"\s+") for stem in stems) + r")", re.IGNORECASE)


@lru_cache(maxsize=1)
def measure_words() -> re.Pattern:
    """The stems of security measures' words (security_measures.tsv): "curfew", "deploy", "state of emergency"."""
    return _stems(_measures()["state"] | _measures()["act"])


@lru_cache(maxsize=1)
def _standing_words() -> re.Pattern:
    return _stems(_measures()["state"])


# Prepositions and verbs that tell a measure already in force as the circumstance of what is told:
# "marched despite the curfew", "under a state of emergency", "defied the curfew"
_CIRCUMSTANCE_PREPOSITIONS = frozenset("despite during under amid amidst throughout notwithstanding".split())
_CIRCUMSTANCE_VERBS = frozenset("defy violate breach flout break".split())
_IN_FORCE = frozenset("force effect place".split())


def _standing_measure(match: TriggerMatch) -> bool:
    """A curfew or a state of emergency told as the circumstance of what happened, not
    as a measure taken: "protesters marched despite the curfew", "under a state of emergency", "defied
    the curfew", "a curfew remains in force" (ACLED codes a measure when it is imposed and is the news)."""
    token = match.token
    if match.cls != "Change to group/activity" or token.pos_ not in ("NOUN", "PROPN") or not _standing_words().match(" ".join(match.entry.words)):
        return False
    if token.dep_ == "pobj" and token.head.lower_ in _CIRCUMSTANCE_PREPOSITIONS:
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _CIRCUMSTANCE_VERBS:
        return True
    holders = [token] + ([token.head] if token.dep_ in ("nsubj", "nsubjpass") else [])
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in _IN_FORCE for g in c.children if g.dep_ == "pobj")
        for holder in holders for c in holder.children
    )  # "the curfew in effect", "a curfew remains in force"


def _not_let_happen(token: Token) -> bool:
    """An infinitive event word under a verb that is negated or only willed: "we will not allow these
    terrorists to attack Borno again", "the rebels could not manage to take the town", "will never let
    Kabul fall" (said of what is not to happen; "did not hesitate to fire" tells it did)."""
    if token.dep_ not in ("xcomp", "ccomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    governor = token.head
    if governor.lemma_.lower() == "hesitate" or governor.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in governor.children)


@lru_cache(maxsize=1)
def _background_words() -> dict[str, frozenset[str]]:
    return read_word_sets("background_words.tsv", (
        "war", "judicial", "marking", "site", "visiting", "remembering", "victims", "protesting", "incidents", "gathering", "court_body", "court_verb"
    ))


# A date that names a whole year ("in 2008", "last year", "late 2017", "this year"): no day of an event
_YEAR_ONLY = re.compile(
    r"(?:(?:earlier|later|early|late|mid|mid-|the end of|the start of)\s*)?(?:1[89]\d\d|20\d\d|(?:last|this|the previous|the past) year)", re.IGNORECASE
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def dated_by_year(when: DateMention | None) -> bool:
    """Is the date only a year ("in 2008", "last year")?"""
    return when is not None and bool(_YEAR_ONLY.fullmatch(when.text.strip()))


def _clause_path(token: Token) -> list[Token]:
    """The trigger and the words it hangs from up to its clause's verb: "bombing" in "sentenced them for
    the 2008 bombing of a bus" climbs through "for" to "sentenced". A relative clause's verb goes on to
    the noun it tells about ("the attack in which eight were killed")."""
    path = [token]  # "after joining the alliance", "..., killing 11" go on to the clause they are said of
    node = token
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and not (
            node.dep_ in ("relcl", "acl", "pcomp") or node.dep_ == "advcl" and (node.tag_ == "VBG" or _opens_with_which(node))
            # "the riots in which 23 people were killed and shops were burned": a verb joined to a
            # relative clause's goes on with it to the noun the clause tells about
            or node.dep_ == "conj" and node.head.dep_ == "relcl" and node.head.pos_ in ("VERB", "AUX")
        ) or node.head.i == node.i:
            break
        node = node.head
        path.append(node)
    return path


def _opens_with_which(verb: Token) -> bool:
    """A clause opened by "in which", "during which": a relative clause the parser may hang on the
    sentence's verb ("convicted two men of the attack in 2015 in which eight were killed")."""
    return any(c.dep_ == "prep" and c.i < verb.i and any(g.dep_ == "pobj" and g.tag_ == "WDT" for g in c.children) for c in verb.children)


def _judged_or_marked(head: Token, words) -> bool:
    """A judicial or marking word, or the object of one: "convicted two militants of the attack" hangs
    "of" on the militants. Or a verb whose object is a marking word: "tributes were paid to those killed
    in the massacre", "laid wreaths for the victims of the bombing" (the remembered event is no event)."""
    lemmas = words["judicial"] | words["marking"]
    if head.lemma_.lower() in lemmas or head.dep_ == "dobj" and head.head.lemma_.lower() in lemmas:
        return True
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in words["marking"] or c.lower_ in words["marking"]) for c in head.children
    )


def _background(token: Token, facts: SentenceFacts, triggers: list[TriggerMatch]) -> Token | None:
    """The trigger tells the background of the report, not an event: a tally of a war as a whole, an
    old attack a court judges, the event a day remembers or a span is counted from (ACLED codes the
    event of the day; these are its context). Events dated only by an earlier year are
    read apart (``_one_past_event``). Returns the word whose phrase tells that background (None when the
    trigger tells an event)."""
    words = _background_words()
    path = _clause_path(token)
    verb = path[-1]
    own_verb = next((t for t in path if t.pos_ in ("VERB", "AUX")), verb)  # the verb of the trigger's own clause
    if _recurring(token, own_verb):
        return token  # "the north has seen repeated attacks by jihadists": the place's history
    if _recurring_act(token, own_verb):
        return own_verb  # "rival supporters have clashed repeatedly in the townships": the place's history
    if _ranked_told_event(token):
        return token  # "This is the third attack on police in the city this month": the event told, ranked
    if own_verb.i == token.i and token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        # "fighting in Marib has killed 160 fighters since the start of the month": the gerund that names
        # the violence is the subject of the clause that counts it
        own_verb = token.head
    if _tally_since(token, own_verb) or _tally_over_years(own_verb) or _tally_before(own_verb):
        return own_verb  # "more than 4,000 people have been killed in fighting since the ceasefire collapsed"
    if _told_event_described(token, facts, triggers):
        return token  # "The attack is part of an ISIS campaign", "the shooting lasted for hours"
    changed = _tally_changed(token)
    if changed is not None:
        return changed  # "attacks on police stations rose to 45": a figure over a span
    if _span_of_months(own_verb) or _count_over_many_incidents(own_verb, facts):
        return own_verb  # "with 14,243 people killed between January and May": a tally over months
    if own_verb.pos_ in ("VERB", "AUX") and _over_a_war(own_verb, words, facts):
        # "his forces attacked villages and killed hundreds of civilians during the conflict": what a
        # war as a whole saw, no event of a day
        return own_verb
    if _time_point(token, facts):
        return token  # "the attackers fled towards Khyber after the attack": the event told, as a time
    if _lived_through(token) or _share_of_tally(token):
        return token  # "residents who survived the shelling", "most of the killings took place in ..."
    finding = _court_finding(token)
    if finding is not None:
        return finding  # "Judges found that fighters attacked the village": a court's finding on a past case
    if token.pos_ == "NOUN" and _years_on(verb):
        return token  # "Ten years on, survivors of the Westgate mall attack gathered at the site": remembered
    for node in path:
        if _years_after(node):
            return node  # "Ten years after the bombing of the Kampala rugby club, in which 74 people died, ..."
        if _told_as_sequel(node):
            return node  # "the attack came two days after gunmen killed 12 in Mogadishu": the earlier event
        if node.dep_ == "prep" and node.lower_ == "since" and node.i != token.i:
            return node  # "the worst violence since the 2008 massacre": the point a span is counted from
        if node.dep_ == "prep" and node.lower_ in ("amid", "amidst") and node.head.i == verb.i and not any(m.token.i == verb.i for m in triggers):
            # "the visit came amid a wave of attacks": the setting of what the clause tells, when the
            # clause tells no event ("were killed amid clashes" keeps its clashes)
            return node
        if node.dep_ == "prep" and node.lower_ == "of" and _site_visited(node.head, words):
            return node  # "the minister visited the site of last week's blast": the event remembered
        if node.i != token.i and node.dep_ == "dobj" and node.head.lemma_.lower() in words["remembering"] and not _remembered_lately(node, facts, words):
            return node  # "gathered to remember the 67 people killed in the siege": the dead remembered
        if node.dep_ == "prep" and _judged_or_marked(node.head, words):
            # "sentenced three men for the bombing", "the trial of those accused of the attack", "on
            # the anniversary of the massacre"
            return node
    if (
        token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_ != "be"
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.head.children)
        and not any(m.token.i == token.head.i for m in triggers) and not _names_people(token)
    ):
        # "the army's offensive on Idlib could trigger a new wave of displacement": what may come of an
        # event, no event told ("the protesters could be students", "protesters may clash": people)
        return token
    if token.dep_ == "nsubj" and token.head.lemma_ == "be" and _told_before(token) and any(
        c.dep_ in ("attr", "acomp") and (c.tag_ == "JJS" or any(g.dep_ == "amod" and g.tag_ == "JJS" for g in c.children)) for c in token.head.children
    ):
        return token  # "the blast was the deadliest in the city since 2016": a comparison of an event told before
    if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children) and not _time_since(verb):
        return verb  # "the deadliest since a suicide attack on a hospital killed 70 people"
    if own_verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in own_verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subject is not None and subject.tag_ == "WDT" and own_verb.dep_ == "relcl":
            subject = own_verb.head  # "the war, which has killed 10,000"
        if subject is not None and subject.lemma_.lower() in words["war"] and subject.i != token.i:
            return own_verb  # "the conflict has killed more than 380,000 people": a war's tally
    return None


def _remembered_lately(remembered: Token, facts: SentenceFacts, words) -> bool:
    """Does the phrase a verb of remembering takes tell its event with a recent day or week of its own
    ("honoured the 12 soldiers killed in an ambush on Monday", "... last week")? The event is then one of the story's days, told in
    the homage paid to its dead; not in an anniversary or a span of years ("mourned the 67 killed in the
    siege ten years on")."""
    verb = remembered.head
    if _years_on(verb) or any(t.lemma_.lower() in words["marking"] for t in remembered.sent):
        return False
    first, last = remembered.left_edge.idx, remembered.right_edge.idx + len(remembered.right_edge)
    return any(
        d.precision <= 2 and not dated_by_year(d) and first <= d.start < last  # (a day, or "last week")
        and (d.value is None or facts.published is None or 0 <= (facts.published - d.value).days < 60)
        for d in facts.dates
    )


def _tally_changed(token: Token) -> Token | None:
    """Incidents in the plural, or "the number of" them, as the subject of a verb of a figure that rose or
    fell ("attacks on police stations rose to 45", "the number of kidnappings fell by 20 per cent",
    "killings have doubled"): a count over a span, no event of a day. Returns the verb."""
    subject = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in ("number", "count", "tally", "total"):
        subject = token.head.head  # "the number of kidnappings"
    elif token.tag_ != "NNS":
        return None  # "the attack rose" is no figure; one incident is not counted
    if subject.dep_ != "nsubj" or subject.head is subject:
        return None
    if subject is token and (token.lemma_.lower() in DEVICE_WORDS or token.lower_ in DEVICE_WORDS):
        return None  # "barrel bombs dropped on the district": weapons that fell, no incidents counted
    verb = subject.head
    if not (verb.pos_ == "VERB" and verb.lemma_.lower() in told_before_words()["changed"]):
        return None
    return verb if _changed_by_a_figure(verb) else None


# verbs of a change that are a figure themselves ("killings have doubled")
_FIGURE_VERBS = frozenset("double triple quadruple halve".split())
# the words of a span a figure is counted over ("rose last year", "fell over the past month")
_SPAN_WORDS = frozenset("year years month months quarter decade week weeks period".split())


def _changed_by_a_figure(verb: Token) -> bool:
    """Is a verb of a rise or fall told with a figure or a span ("rose to 45", "fell by 20 per cent",
    "climbed 30%", "doubled", "rose last year")? A count changes so; things that fall or drop ("bombs
    dropped on the market") have a place instead."""
    if verb.lemma_.lower() in _FIGURE_VERBS:
        return True
    for child in verb.children:
        if child.dep_ in ("prep", "dobj", "npadvmod", "advmod", "pobj") and any(
            t.like_num or t.lower_ in ("%", "percent", "per", "fold") or t.lemma_.lower() in _SPAN_WORDS or _YEAR.fullmatch(t.text)
            for t in child.subtree
        ):
            return True
    return False


def _recurring(token: Token, verb: Token) -> bool:
    """Is the trigger an event word in the plural told as recurring ("repeated attacks", "a spate of
    kidnappings", told_before_words.tsv's "recurring") in a clause in the perfect or the present ("the
    area has seen repeated attacks", "villages that suffer frequent raids")? Such a phrase tells a
    place's history or its lot, no event of a day."""
    if token.tag_ != "NNS" or token.pos_ != "NOUN":
        return False
    words = told_before_words()["recurring"]
    marked = any(c.dep_ == "amod" and c.lower_ in words for c in token.children) or (
        token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in words
    )
    if not marked or verb.pos_ not in ("VERB", "AUX"):
        return False
    perfect = verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children)
    present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_ != "have" for c in verb.children)
    return perfect or present


def _perfect_or_present(verb: Token) -> bool:
    """Is the verb in the perfect ("have clashed") or the present ("clash", "are attacked")?"""
    perfect = verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children)
    present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_ != "have" for c in verb.children)
    return perfect or present


def _recurring_act(token: Token, verb: Token) -> bool:
    """An event verb told as done again and again over a span, by an adverb of repetition
    (told_before_words.tsv's "again": "repeatedly"), in the perfect or the present: "ANC and Inkatha
    supporters have clashed repeatedly in the townships", "herders repeatedly raid the villages". A
    place's history, no event of a day; told in the past ("troops repeatedly shelled the town on
    Sunday") it stays an event."""
    if verb.pos_ not in ("VERB", "AUX") or token.i != verb.i and token.head.i != verb.i:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in told_before_words()["again"] for c in verb.children):
        return False
    return _perfect_or_present(verb)


def _ranked_told_event(token: Token) -> bool:
    """An event noun that ranks the event told before among others, as what "this" or "it" is: "This
    is the third attack on police in the capital this month", "It was the latest in a string of
    raids", "it was the deadliest bombing since 2016". The sentence tells the story's event again,
    with a count or a span of others (told_before_words.tsv's "ranking", an ordinal or a
    superlative), no event of its own."""
    if token.pos_ != "NOUN" or token.dep_ != "attr" or token.head.lemma_ != "be":
        return False
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in ("this", "it", "that") or subject.pos_ == "NOUN" and _told_before(subject)):
        return False
    return any(
        c.dep_ in ("amod", "det", "nummod") and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ in told_before_words()["ranking"])
        for c in token.children
    )


def _tally_since(token: Token, verb: Token) -> bool:
    """A count in the perfect over a span that runs from a point before the story ("more than 4,000
    people have been killed in fighting since the ceasefire collapsed", "the violence has claimed 200
    lives since January"): a tally, no event. Not a span of hours or days ("at least 12 people have been
    killed since Saturday", told_before_words.tsv's "short_span"), which a wire lead uses for the event it
    reports."""
    if verb.pos_ not in ("VERB", "AUX") or not (token.i == verb.i or token.head.i == verb.i or token.dep_ == "pobj" and token.head.head.i == verb.i):
        return False
    if not (verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ != "VBD" for c in verb.children)):
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            point = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
        elif child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since" for g in child.children):
            point = child  # "since the ceasefire collapsed"
        else:
            continue
        if point is None:
            return False
        words = {t.lower_ for t in point.subtree} | {t.lemma_.lower() for t in point.subtree}
        return not words & told_before_words()["short_span"]
    return False


def _tally_over_years(verb: Token) -> bool:
    """A count in the perfect over years or months told as a span ("bandits have killed thousands in
    the northwest in recent years", "have displaced two million over the years", "attacks have risen for
    months"): a tally, no event. Not a span of hours or days ("have been killed in two days")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ != "VBD" for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "over", "for", "throughout"):
            continue
        for span in prep.children:
            if span.dep_ == "pobj" and span.lemma_.lower() in _LONG_UNITS and (
                span.tag_ == "NNS" or any(c.lower_ in ("recent", "past", "last") for c in span.children)
            ):
                return True
    return False


# Units of a span counted back from a point ("in the weeks before the vote").
_SPAN_UNITS = frozenset("day week month".split())
# Words after such a span that set the point it runs up to.
_UP_TO = frozenset("before preceding leading prior ahead".split())


def _tally_before(verb: Token) -> bool:
    """A count in the perfect over the days, weeks or months up to a point ("attacks on party offices in
    the weeks before the vote had killed at least 11 people", "have killed 40 in the months leading up
    to the election"): a tally over a span (an election-day analysis, a risk outlook), no event."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN" or not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children):
        return False
    spans = [g for v in (verb, *(c for c in verb.children if c.dep_ == "nsubj")) for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "over", "during", "throughout") for g in p.children if g.dep_ == "pobj"]
    return any(
        span.lemma_.lower() in _SPAN_UNITS and span.tag_ == "NNS"
        and (any(c.lower_ in _UP_TO for c in span.children) or span.i + 1 < len(span.doc) and span.doc[span.i + 1].lower_ in _UP_TO)
        for span in spans  # (the parser may hang "before" on the verb: "in the weeks before the vote had killed")
    )


def _over_a_war(verb: Token, words, facts: SentenceFacts) -> bool:
    """Is the verb (or one it is joined to) told "during" or "throughout" a war as a whole ("killed
    hundreds of civilians during the conflict", background_words.tsv's "war")? Not when the sentence
    gives the day ("killed on Saturday during the uprising": a day's event in the war), nor for "a"
    conflict ("during a land conflict": the incident itself)."""
    if any(d.value is not None and d.precision == 1 for d in facts.dates):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ in ("during", "throughout")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in words["war"] and _the_one(g) for g in p.children)
        for v in (verb, *verb.conjuncts) for p in v.children
    )


def _the_one(noun: Token) -> bool:
    """A noun told as the one known ("the conflict", "this war", "Syria's war"), not as "a" one."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in noun.children)


def _site_visited(noun: Token, words) -> bool:
    """The site or scene of an event as what someone visits ("the minister visited the site of last
    week's blast", "toured the scene of the attack"): the event remembered, no event of its own
    (background_words.tsv's "site" nouns and "visiting" verbs)."""
    return noun.lemma_.lower() in words["site"] and noun.dep_ == "dobj" and noun.head.lemma_.lower() in words["visiting"]


def _named_again(noun: Token) -> bool:
    """"the attack", "this blast": an event named as told before, with no place, day, party or clause of
    its own ("the airstrikes already launched in Idlib on Tuesday" tells its own)."""
    return _told_before(noun) and not any(c.dep_ in ("acl", "relcl", "appos") for c in noun.children)


def _told_event_described(token: Token, facts: SentenceFacts, triggers: list[TriggerMatch]) -> bool:
    """An event named as told before ("the attack", "the shooting") as the subject of "be" or of a verb
    of how long it went on (told_before_words.tsv's "lasting"), in a sentence that counts no dead or hurt
    and names a place,
    or of a verb that sets it after another event the sentence tells ("sequel": "The attack came three days
    after a mine blast killed 10"):
    "The attack is part of an ISIS campaign in the Baghdad belts", "the shooting lasted for hours and
    schools in Mare and Penha were closed". The story's event described, no event of its own (nor one at
    the places of the rest of the sentence)."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or not _named_again(token) or _names_people(token):
        return False  # (not people: "the protesters could be students")
    verb = token.head
    if verb.lemma_.lower() in told_before_words()["sequel"]:
        # "The attack came three days after a mine blast killed 10 soldiers in Vavuniya": set after an
        # earlier event the sentence tells (not after a cause: "the clashes came after guards refused")
        told = {t.i for t in verb.subtree}
        return any(m.token.i != token.i and m.token.i in told and m.token.i > verb.i and _violent_word(m) and not is_irrealis(m.token) for m in triggers)
    # (a sentence naming no place only goes on with the story's event, and its words may tell more of
    # it: "The attack is likely related to recent demonstrations" makes the riot a violent demonstration)
    return not facts.casualties and bool(facts.places) and (verb.lemma_ == "be" or verb.lemma_.lower() in told_before_words()["lasting"])


_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _violent_word(match: TriggerMatch) -> bool:
    """Is the trigger a word of violence (a generic one, "@attack", or of a violent event type)?"""
    return match.cls.startswith("@") or load_taxonomy().event_type_of(match.cls) in _VIOLENT_TYPES


# Units of a span long enough that an event counted from by it is long past ("ten years after").
_LONG_UNITS = frozenset("month year decade century".split())
# Units of time counted since an event ("It has been ten days since ...", "two weeks have passed since ...").
_TIME_UNITS = frozenset("hour day week fortnight month year".split())


def _time_since(verb: Token) -> bool:
    """Is the "since" clause what a span of time is counted from ("It has been ten days since gunmen killed
    20 villagers", "Two weeks have passed since soldiers shot three protesters")? Then it tells the event,
    dated by the span (mentions/dates.py), not a comparison with an earlier one."""
    head = verb.head
    return verb.dep_ == "advcl" and head.lemma_ in ("be", "pass") and any(
        c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in _TIME_UNITS for c in head.children
    )


def _count_over_many_incidents(verb: Token, facts: SentenceFacts) -> bool:
    """Victims counted over many incidents across a wide area or a long span, with no day ("at least 320
    civilians were killed in attacks across Burkina Faso in the first three months of the year", "24
    journalists were killed worldwide"): a tally, no event (ACLED codes an event on one day at one place).
    The harm verb's "in" phrase names incidents in the plural with no number or article ("in attacks",
    "in clashes"), or the clause says "worldwide"/"nationwide", and the sentence gives no day and names a
    span or spreads over an area (told_before_words.tsv's "spread" and "period" words; the span in a time
    phrase of the clause, not a victim's age: "a 12-year-old boy was killed in clashes" is an event)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("kill", "injure", "wound", "die", "maim"):
        return False
    first, last = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    if any(d.precision == 1 and not dated_by_year(d) and first <= d.start < last for d in facts.dates):
        return False  # a day of the clause's own ("killed in attacks across the north on Sunday")
    words = _background_words()
    tally = told_before_words()
    many = any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in words["incidents"]
        and not any(c.dep_ in ("det", "nummod", "poss") for c in g.children)
        for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
    )
    said = {t.lower_ for t in verb.subtree}
    widely = bool(said & tally["spread"])
    if not (many or widely):
        return False
    return widely or any(_period_of_the_clause(t, verb, tally["period"]) for t in verb.subtree)


_SPAN_PREPOSITIONS = ("in", "over", "during", "across", "throughout")


def _period_of_the_clause(token: Token, verb: Token, period: frozenset[str]) -> bool:
    """Is ``token`` a span word of the clause's own time ("in the first three months of the year", "over
    two years", "this year")? Inside a phrase of "in", "over", "during", "across" or "throughout" under the
    verb, or a bare noun of time; never the age of a person ("a 12-year-old boy", "aged 12 years old")."""
    if token.lemma_.lower() not in period and token.lower_ not in period:
        return False
    doc = token.doc
    if token.head.lower_.startswith("old") or (
        token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "\u2010", "\u2011") and doc[token.i + 2].lower_.startswith("old")
    ):
        return False  # an age
    if token.dep_ == "npadvmod" and token.head.i == verb.i:
        return True
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own ("men who had hidden for years")
        if node.dep_ == "prep" and node.lower_ in _SPAN_PREPOSITIONS:
            return True
        node = node.head
    return False


def _span_of_months(verb: Token) -> bool:
    """A clause told over a span from one month or year to another ("14,243 people killed between January
    and May", "attacks rose between 2019 and 2021"): a tally over the span, no event of a day."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        ends = [g for g in prep.children if g.dep_ == "pobj"]
        ends += [c for g in ends for c in g.conjuncts]
        if len(ends) >= 2 and all(g.ent_type_ == "DATE" and (is_month_name(g.text) or _YEAR.fullmatch(g.text)) for g in ends):
            return not _span_of_days(ends)
    return False


_MONTHS = "january february march april may june july august september october november december".split()


def _span_of_days(ends: list[Token]) -> bool:
    """Two days a few weeks apart at most ("between 28 October and 2 November"): one event over a short
    span, which ACLED codes on its first day at the precision of a week, not a tally of months."""
    if not all(is_month_name(g.text) and any(c.like_num and c.dep_ in ("nummod", "compound") for c in g.children) for g in ends[:2]):
        return False
    first, last = (_MONTHS.index(g.lower_) if g.lower_ in _MONTHS else -1 for g in ends[:2])
    return first >= 0 and last >= 0 and (last - first) % 12 <= 1


def _court_finding(token: Token) -> Token | None:
    """The clause a court, a judge, a jury or an inquest finds, hears or rules ("Judges found that
    fighters under his command attacked the village", "an inquest heard that the officer fired three
    shots", "the court was told that ..."): what a trial establishes about a past case, the background of a
    judicial report, no event of its day (background_words.tsv's "court_body" and "court_verb"). Returns
    the verb of finding."""
    words = _background_words()
    node = token
    for _ in range(8):
        head = node.head
        if head is node:
            return None
        if node.dep_ == "ccomp" and head.lemma_.lower() in words["court_verb"]:
            bodies = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if head.dep_ in ("acl", "relcl") and not bodies:
                bodies = [head.head]  # "An inquest heard on Tuesday that ...", parsed as the noun's clause
            return head if any(b.lemma_.lower() in words["court_body"] for b in bodies) else None
        node = head
    return None


def _years_after(token: Token) -> bool:
    """An event counted from by months or years ("Ten years after the bombing of the rugby club",
    "two years since the massacre", "A year after gunmen killed 43 farmers, survivors say ..."):
    remembered, long past, no event of the story's day."""
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in token.children):
        holder = token  # "A year after gunmen killed 43 rice farmers in Zabarmari, survivors say ..."
    elif token.dep_ == "pobj" and token.head.lower_ in ("after", "since"):
        holder = token.head
    else:
        return False
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in _LONG_UNITS for c in holder.children):
        return True
    # "It has been ten years since gunmen killed 20 villagers", "it is two years since the massacre": the
    # span is what "it" is, told on the verb the clause hangs from
    verb = holder.head
    return holder.dep_ == "advcl" and verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) and any(
        c.dep_ in ("attr", "npadvmod") and c.lemma_.lower() in _LONG_UNITS for c in verb.children
    )


def _years_on(verb: Token) -> bool:
    """A clause set months or years after what it looks back on: "Ten years on, survivors ... gathered",
    "A decade later, families still wait" (an "on" or "later" after a span of long units). An event
    noun of the clause is the one looked back on; the clause's own verb still tells what it tells."""
    return any(
        c.dep_ == "advmod" and c.lower_ in ("on", "later") and any(g.dep_ == "npadvmod" and g.lemma_.lower() in _LONG_UNITS for g in c.children)
        for c in verb.children
    )


# Prepositions that make the event after them the time of what the clause tells.
_TIME_PREPOSITIONS = frozenset("after following before".split())


def _time_point(token: Token, facts: SentenceFacts) -> bool:
    """An event named as told before ("the attack", "the blast": no place, day or party of its own) as
    the time of what the clause tells: "the attackers fled towards Khyber after the attack", "police
    sealed off the area following the blast". The story's event told again as a time, no event of its
    own (what the clause tells is read on its own). Not in a sentence that counts dead or hurt ("he died
    of his wounds an hour after the shooting"): those are the event's, told with it."""
    return (
        token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in _TIME_PREPOSITIONS
        and token.head.dep_ in ("prep", "advcl") and _named_again(token) and not _names_people(token) and not facts.casualties
    )


def _lived_through(token: Token) -> bool:
    """An event named as told before ("the shelling", "the attack") as what people lived through, saw or
    remember (told_before_words.tsv's "lived": "residents who survived the shelling told ...",
    "witnesses to the attack"): those people described, no event of its own."""
    if token.pos_ != "NOUN" or not _named_again(token):
        return False
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "witnesses to the attack", "survivors of the massacre"
    elif token.dep_ != "dobj":
        return False
    return head.lemma_.lower() in told_before_words()["lived"]


def _share_of_tally(token: Token) -> bool:
    """Plural event nouns told as a share of a tally (told_before_words.tsv's "share": "most of the
    killings took place in Nairobi", "half of the attacks were in the north"): where a count of many
    events fell, no event of its own."""
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    return token.head.head.lower_ in told_before_words()["share"]


def _unreal_clause(token: Token) -> Token | None:
    """The clause of a trigger told as not having happened (or not as one event: a purpose, a habit, a
    threat), when that clause is a subordinate one: "gathered to mark the anniversary of the massacre in
    which forces killed 8,000 men", "threatened to kill the 20 hostages". Its death figures are not
    those of another event the sentence tells (``_forget_background_figures`` leaves the clause alone
    when an event word kept lies inside it)."""
    root = _clause_path(token)[-1]
    return root if root.dep_ != "ROOT" and root.head.i != root.i else None


def _told_as_sequel(node: Token) -> bool:
    """Is ``node`` the earlier event that the story's own, named as told before, is said to come after
    (told_before_words.tsv's "sequel" verbs)? "The operation came a week after militants killed a police
    officer" (the clause after "after"), "it comes days after the bombing of a market" (the object of
    "after"), "the strike follows a similar raid last week" (the object of "follow"). Not "gunmen
    attacked the village after residents refused to pay" (a clause of the event itself, no sequel verb),
    nor "an attack in Jos followed clashes in Bauchi" (the subject names an event of its own)."""
    words = told_before_words()["sequel"]
    if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in node.children):
        verb = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "after" and node.head.dep_ == "prep":
        verb = node.head.head
    elif node.dep_ == "dobj" and node.head.lemma_.lower() == "follow":
        verb = node.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in ("it", "this", "that") or subject.pos_ == "NOUN" and _told_before(subject))


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return frozenset(words[-1] for words in load_actor_terms())


def _names_people(noun: Token) -> bool:
    """Is the noun people ("protesters", actors.tsv), not an act ("the army's offensive")?"""
    return noun.lemma_.lower() in _people_nouns()


def _told_before(noun: Token) -> bool:
    """"the attack", "this blast": an event named as one already told (no place, day or party of its own)."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) and not any(
        c.dep_ in ("prep", "poss", "compound", "nmod") for c in noun.children
    )


def _dated_to_an_earlier_year(path: list[Token], facts: SentenceFacts) -> bool:
    """Is one of the path's words dated only by a year before the report's, or by this year as a
    whole ("In 2008, a bombing killed 26", "a similar attack last year", "the 2008 massacre", "the
    number killed this year")?"""
    on_path = {t.i for t in path} | {c.i for c in path[-1].conjuncts}  # "killed or injured 6,897 people in 2018"
    published = facts.published
    subjects = [  # a singular subject's year dates its clause ("a 2017 bombing killed 26"; "2000 workers" is a count)
        c for node in path if node.pos_ in ("VERB", "AUX") for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NN"
    ]
    for node in path + subjects:
        for child in node.children:
            if child.dep_ in ("nummod", "compound", "amod", "npadvmod") and _YEAR.fullmatch(child.text) and (
                published is None or int(child.text) < published.year
            ):
                return True  # "the 2008 bombing"
    for when in facts.dates:
        text = when.text.strip()
        if not _YEAR_ONLY.fullmatch(text):
            continue
        if published is not None and when.value is not None and when.value.year >= published.year and "this" not in text.lower():
            continue  # "in 2020" in a report of 2020: the year is no earlier than the report's
        tokens = [t for t in facts.sent if when.start <= t.idx < when.end]
        if not tokens:
            continue
        root = next((t for t in tokens if t.head.i < tokens[0].i or t.head.i > tokens[-1].i or t.head.i == t.i), tokens[0])
        anchor = root.head
        if root.dep_ == "pobj" and anchor.dep_ == "prep":
            anchor = anchor.head
        if anchor.i in on_path or clause_verb(anchor).i in on_path:
            return True  # "killed or injured by mines in 2017": the year on a phrase of the clause
    return False


def _movers(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    """Movement words make an event only for the right people (movers.py)."""
    if match.entry.words[0] in MOVES and len(match.entry.words) == 1:  # not "return fire"
        moved = who_moves(match, sentence.actors)
        if moved is not None and moved.entry is MOVED and _attackers_told(match.token):
            return None  # "Residents said the attackers arrived on motorbikes": how the attack told was carried out
        return moved
    return match


def _attackers_told(verb: Token) -> bool:
    """Is the mover the attacker of the event told before ("the attackers", "the gunmen", casualty_words.tsv's
    "attacker" nouns with "the" or "these")? Their arrival or entry is part of that attack, no movement
    of forces of its own."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in attacker_nouns() and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children
    )


def _defusal(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    if defuses_no_weapon(match):
        if abstract_object(match.token):
            return None  # "to defuse the crisis"
        # "police dismantled a drug lab": property destroyed, no weapon disrupted
        return TriggerMatch(DISMANTLED, match.token, match.start, match.end)
    return match


def _weak_word(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    """A weak word ("hit", "fired") counts only with a weapon, a casualty figure or a target."""
    if match.cls != "@weak":
        return match
    if match.token.lemma_.lower() in SHOT_WORDS and protest_means(match.token, sentence.triggers, sentence.taxonomy):
        # "soldiers demonstrated by firing into the air", "staged a demonstration and fired
        # gunshots in the air": the demonstrators' own shots make it a violent demonstration
        return TriggerMatch(CROWD_FIRE, match.token, match.start, match.end)
    if not (sentence.weapon_cue or sentence.has_casualties or is_aimed(match.token)):
        return None
    if not sentence.weapon_cue and harming_strike(match.token):
        # "14 civilians were killed in strikes", "strikes hit the market": news English's bare
        # "strikes" that kill or hit are from the air (a weapon named anywhere in the sentence
        # decides instead: "rocket strikes")
        return TriggerMatch(STRIKES, match.token, match.start, match.end)
    return match


def _detention_place(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    if match.cls == "Arrests" and match.token.pos_ in ("NOUN", "PROPN") and match.token.dep_ == "compound" and (
        match.token.head.lemma_.lower() in HOLDING_PLACES | typing_words("detention_place")
    ):
        return None  # "the Preventive Detention Centre", "detention camps": a place, no arrest
    return match


def _tires_burned(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    if match.cls == "Looting/property destruction" and match.token.lemma_.lower() == "burn" and any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in ("tire", "tyre") for c in match.token.children
    ):
        # "tires were burned": the street tactic of a demonstration, as "burned tires"
        return TriggerMatch(TIRES_BURNED, match.token, match.start, match.end)
    return match


def _what_was_taken(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    """A territory word takes ground only when ground is named; people, arms or goods taken are
    another event."""
    if match.cls not in TERRITORY_TYPES:
        return match
    if captures_people(match.token, sentence.actors):
        # "two militants were captured by Kurdish fighters": people taken are held, not territory
        return TriggerMatch(CAPTURED_PEOPLE, match.token, match.start, match.end)
    if seized_arms(match.token):
        # "gendarmes seized 6 assault rifles and ammunition": weapons taken, ACLED's disrupted weapons use
        return TriggerMatch(SEIZED_ARMS, match.token, match.start, match.end)
    if seized_goods(match.token):
        # "police seized a ton of marijuana", "forces seized three boats": goods, not territory
        return TriggerMatch(SEIZED_GOODS, match.token, match.start, match.end)
    if not has_place_object(match.token, sentence.facts):
        return None
    return match


def _other_use_of_the_word(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    """Words of a class used for no event of it: an occupation, a kind of force, no one's use."""
    token, lemma = match.token, match.token.lemma_.lower()
    if lemma == "engage" and match.cls == "Armed clash" and any(
        c.dep_ == "prep" and c.lower_ == "in" and not any(p.lemma_.lower() in FIGHT_NOUNS for p in c.children) for c in token.children
    ):
        return None  # "workers engaged in mining": an occupation, not a fight ("engaged in a gun battle" is one)
    if match.cls == "Violent demonstration" and lemma == "riot" and token.dep_ in ("compound", "amod", "nmod") and (
        token.head.pos_ in ("NOUN", "PROPN") and not ((people := sentence.actors.actor_at(token.head)) is not None and not people.armed)
    ):
        return None  # "riot police", "anti-riot units", "riot gear": a kind of force or kit ("rioting prisoners" do riot)
    if match.cls == "Violent demonstration" and lemma == "barricade" and any(
        c.dep_ == "dobj" and c.lower_ in ("themselves", "himself", "herself") for c in token.children
    ):
        return None  # "teachers barricaded themselves into an office": an occupation, not a riot
    if match.cls == "Chemical weapon" and lemma == "use" and not user_named(token):
        return None  # "the use of such weapons is being normalised": no one's use, no event
    return match


# the event types whose words are war words (not a protest's, an arrest's or an agreement's)
_WAR_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def _figure_of_speech(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    """A war word used as a figure of speech (senses.figurative: compared, only naming what something
    is, or acting on or by what is no party to a conflict) tells no event, unless the sentence names a
    weapon, an attacker, an armed group or the dead."""
    if sentence.has_casualties or not (match.cls.startswith("@") or match.cls in _war_classes(sentence.taxonomy)):
        return match
    if figurative(match.token) and not names_armed_groups(match.token.sent) and not armed_words_besides(match.token) and not _armed_actor_in(match.token.sent, sentence.actors):
        return None
    return match


def _armed_actor_in(sent, actors: ActorReader) -> bool:
    """Does the sentence name an armed actor, a force or a group ("MPs clashed with police outside
    parliament")? Common nouns only: a country's name is its team on a sports page."""
    return any(t.pos_ == "NOUN" and (a := actors.actor_at(t)) is not None and a.armed for t in sent)


_WAR_CLASSES: dict[int, frozenset[str]] = {}


def _war_classes(taxonomy: Taxonomy) -> frozenset[str]:
    """The sub-event types of ``_WAR_TYPES`` (once per taxonomy)."""
    found = _WAR_CLASSES.get(id(taxonomy))
    if found is None:
        found = _WAR_CLASSES[id(taxonomy)] = frozenset(sub for kind in _WAR_TYPES for sub in taxonomy.sub_event_types.get(kind, ()))
    return found


def _agreement_made(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    """An agreement word tells one made between warring sides."""
    if match.cls != "Agreement":
        return match
    if (deal := deal_noun(match)) is not None and not between_warring(deal, sentence.actors):
        return None  # "the two countries reached a trade deal": no agreement between warring sides
    if match.token.pos_ == "NOUN" and not (is_agreed(match.token) or has_parties(match.token)):
        return None  # "while the ceasefire holds", "to advance the peace deal" report no agreement
    if match.token.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in match.token.children):
        return None  # "gave them hours to surrender", "refused to surrender": not done
    return match


def _weapon_intercepted(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    if match.cls == "Disrupted weapons use" and match.token.lemma_.lower() == "intercept" and not weapon_object(match.token):
        return None  # "gunmen intercepted a car and shot the driver": a vehicle stopped, no weapon disrupted
    return match


def _armed_side_confronted(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    """"confront" (triggers.tsv) is a fight only with an armed side named as what was confronted."""
    if match.entry.words == ("confront",) and not any(
        (actor := sentence.actors.actor_at(p)) is not None and actor.armed
        for c in match.token.children if c.dep_ in ("dobj", "nsubjpass", "agent")
        for p in ([c] if c.dep_ != "agent" else [g for g in c.children if g.dep_ == "pobj"])
    ):
        return None  # "to confront the economic crisis": no armed side faced, no fight
    return match


def _aircraft_downed(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    if match.cls == "Disrupted weapons use" and match.token.lemma_.lower() == "shoot" and downs_manned_aircraft(match.token):
        # "troops shot down a cargo plane": fire from the ground at an aircraft with people aboard
        return TriggerMatch(AIRCRAFT_DOWNED, match.token, match.start, match.end)
    return match


def _people_burned(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    if match.cls == "Looting/property destruction" and match.token.lemma_.lower() == "burn" and burns_people(match.token, sentence.actors):
        # "the body was burned", "a man was burned": violence against a person, not property
        return TriggerMatch(FOUND_BODY, match.token, match.start, match.end)
    return match


def _device_never_used(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    if match.cls in DEVICE_CLASSES and device_disarmed(match.token):
        # "police recovered four IEDs", "an IED was found and defused": the device never went off
        return TriggerMatch(DISARMED, match.token, match.start, match.end)
    if match.cls in DEVICE_CLASSES | {"@explosion"} and (went_off_early(match.token) or set_off_found_device(match.token)):
        # "landmines they were planting exploded prematurely", "police detonated a bomb planted by
        # a man": ACLED's disrupted weapons use
        return TriggerMatch(DISARMED, match.token, match.start, match.end)
    return match


# In this order (see the module's docstring).
def _demand(match: TriggerMatch, sentence: Sentence) -> TriggerMatch | None:
    """"demand", "denounce" are a demonstration only when people of a trade or a place voice it together, and only
    when no other word of the sentence tells the event ("kidnappers demanded a ransom", "the party
    demanded his resignation": none)."""
    if match.cls == "Peaceful protest" and len(match.entry.words) == 1 and match.entry.words[0] in DEMAND_VERBS:
        if not collective_demand(match.token) or any(m is not match for m in sentence.triggers):
            return None
    return match


READINGS: tuple[Reading, ...] = (
    _demand,
    _movers,
    _defusal,
    _weak_word,
    _detention_place,
    _tires_burned,
    _what_was_taken,
    _other_use_of_the_word,
    _figure_of_speech,
    _agreement_made,
    _weapon_intercepted,
    _armed_side_confronted,
    _aircraft_downed,
    _people_burned,
    _device_never_used,
)
