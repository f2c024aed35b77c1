"""Movement, displacement, release and joining: words that make an event only for the right people
(relevance.py's plan parses sentences with such words for this reading)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.causes import hazard_displacement
from conflictscope.events.predicates.captures import HELD_PEOPLE, HOLDING_PLACES
from conflictscope.events.predicates.entries import DISPLACED, MOVED
from conflictscope.events.predicates.movement import DISPLACED_PEOPLE, is_counted, is_cumulative
from conflictscope.mentions.actors import ActorReader
from conflictscope.mentions.triggers import TriggerMatch


def who_moves(match: TriggerMatch, actors: ActorReader) -> TriggerMatch | None:
    """Movement, displacement and release verbs make an event only for the right people: forces
    entering or arriving (Change to group/activity), counted displaced people fleeing, evacuating,
    returning or arriving (Other), counted prisoners released (Other), people joining a named armed
    group (Change to group/activity). None when the movers are not such people."""
    token = match.token
    word = match.entry.words[0]
    if is_cumulative(token):
        return None  # "until 29 April, 753 prisoners were released": a running total, not an event
    subject = _mover(token)
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if word == "join":
        group = actors.group_at(obj) if obj is not None else None
        return match if group is not None and group.kind != "protesters" else None
    if word == "release":
        return match if _counted_prisoners_released(token, subject, obj) else None
    if word == "displace" and obj is not None:
        subject = obj  # "the fighting displaced 500 families": who was displaced
    if subject is None:
        return None
    if word in ("flee", "evacuate", "return", "arrive", "displace") and subject.lemma_.lower() in DISPLACED_PEOPLE and is_counted(subject):
        if hazard_displacement(token):
            return None  # "12 million people have been displaced by flooding": no political violence
        return TriggerMatch(DISPLACED, token, match.start, match.end)
    if word in ("enter", "arrive"):
        actor = actors.actor_at(subject)
        if actor is not None and actor.armed and actor.kind != "civilians":
            return TriggerMatch(MOVED, token, match.start, match.end)
    return None


def _mover(token: Token) -> Token | None:
    """The verb's subject, or the word the parse hung the clause on."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Movement of forces: On 30 April, 2 Turkish convoys entered Idleb": a heading parsed as a
    # second subject; the one nearest the verb moved
    subject = subjects[-1] if subjects else None
    if subject is None and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        subject = token.head  # "210 migrants returned from Peru" parsed as a clause on its noun
    elif subject is None and token.dep_ == "conj":
        subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif subject is None and token.dep_ == "xcomp":
        subject = next((c for c in token.head.children if c.dep_ == "dobj"), None)  # "forced 480 villagers to flee"
    return subject


def _counted_prisoners_released(token: Token, subject: Token | None, obj: Token | None) -> bool:
    """"released 40 detainees", "30 people were released from prison": a counted number of held people."""
    held = obj if obj is not None else subject if subject is not None and subject.dep_ == "nsubjpass" else None
    if held is None or not is_counted(held):
        return False
    from_prison = any(
        p.lemma_.lower() in HOLDING_PLACES for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
    )
    return held.lemma_.lower() in HELD_PEOPLE or from_prison
