"""Movement, displacement and release: forces entering, counted people fleeing or released, a running
total rather than an event, a fight told as the cause of a displacement; aid handed out."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.entries import DISPLACED
from conflictscope.events.predicates.lexicon import builder_words
from conflictscope.events.predicates.syntax import upward
from conflictscope.mentions.triggers import TriggerMatch

MOVES = builder_words("moves")
DISPLACED_PEOPLE = builder_words("displaced_people")


def is_cumulative(token: Token) -> bool:
    """A running total: "until 29 April ...", "since January ...", "so far", "to date", "in total"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("until", "since", "till"):
            return True
        if child.dep_ == "advmod" and child.lower_ == "far" and any(c.lower_ == "so" for c in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "in") and any(c.lower_ in ("date", "total") for c in child.children):
            return True
    return False


def is_counted(token: Token) -> bool:
    """"67 prisoners", "hundreds of families", "more than 108 villagers": a number of people."""
    if any(c.dep_ == "nummod" or c.like_num for c in token.children):
        return True
    if token.lemma_.lower() in ("hundred", "thousand", "dozen", "hundreds", "thousands", "dozens"):
        return True
    return token.head.dep_ == "pobj" and token.head.head.lemma_.lower() in ("hundred", "thousand", "dozen")


# Verbs by which a fight drives people out ("fighting forced 500 villagers to flee"), and prepositions
# that give a displacement its cause ("displaced following a clash")
CAUSING_VERBS = builder_words("causing_verbs")
CAUSE_PREPOSITIONS = builder_words("cause_prepositions")


def drop_displacement_causes(triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """"Fighting between the army and the rebels forced 480 villagers to flee", "260 people were
    displaced following a clash": the sentence tells the displacement (ACLED's Other); the fight is
    its cause, told as background (coded as its own event where it is reported)."""
    displaced = [m for m in triggers if m.entry is DISPLACED]
    if not displaced:
        return triggers
    causes = set()
    for match in triggers:
        token = match.token
        if match.entry is DISPLACED or token.pos_ not in ("NOUN", "VERB"):
            continue
        if token.dep_ == "nsubj" and (token.head.lemma_.lower() in CAUSING_VERBS or any(d.token.i == token.head.i for d in displaced)) and any(
            d.token.i != token.i and (d.token.i == token.head.i or token.head.is_ancestor(d.token)) for d in displaced
        ):
            causes.add(token.i)  # "fighting forced villagers to flee", "the clashes displaced 500 families"
            continue
        if any(_before_causing_verb(token, d.token) for d in displaced):
            causes.add(token.i)  # "..., Karen State, fighting between the army and the KNU forced 480 villagers to flee"
            continue
        if token.pos_ != "NOUN":
            continue
        for node, head in upward(token, 3):
            if node.dep_ == "prep" and (node.lower_ in CAUSE_PREPOSITIONS or node.lower_ == "to" and head.lower_ == "due") and any(
                head.i == d.token.i or d.token.is_ancestor(head) for d in displaced
            ):
                causes.add(token.i)  # "displaced following a clash", "fled due to the fighting"
                break
    kept = [m for m in triggers if m.token.i not in causes]
    return kept if kept else triggers


def _before_causing_verb(token: Token, displacement: Token) -> bool:
    """The fight is named in the words before the verb that drove people out ("forced 480 villagers to
    flee") and hangs off no other verb: its subject, whatever the parse made of a long place heading
    before it ("near X village, Y Township, Z State, fighting between ... forced ...")."""
    verb = displacement.head if displacement.dep_ == "xcomp" else displacement
    if verb.lemma_.lower() not in CAUSING_VERBS or token.i >= verb.i:
        return False
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


# Verbs of handing out aid (triggers.tsv): an armed group doing it changes its activity
AID_VERBS = "aid"  # a kind of typing_words.tsv


def drop_purposes(triggers: list[TriggerMatch], taxonomy) -> list[TriggerMatch]:
    """"installed a base to reinforce the protection of civilians": a strategic development told only as
    the purpose of another event of the sentence did not happen itself (the base did)."""
    at = {m.token.i for m in triggers}
    purposes = [
        m for m in triggers
        if m.token.pos_ == "VERB" and m.token.dep_ in ("advcl", "xcomp") and m.token.head.i in at and m.token.head.i != m.token.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in m.token.children)
        and not m.cls.startswith("@") and taxonomy.event_type_of(m.cls) == "Strategic developments"
    ]
    return [m for m in triggers if m not in purposes] if purposes and len(purposes) < len(triggers) else triggers
