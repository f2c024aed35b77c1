"""Fights: the words for a fight, a front line (not "in front of"), fighters described rather than a fight
told, and a fight named only as background to the sentence's own event."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.mentions.triggers import TriggerMatch

# Words that place an event between forces facing each other.
BATTLE_WORDS = frozenset("frontline front-line front position positions trench line".split())

# Beating and stoning: what a crowd does with its hands, sticks and stones.
# Violence done to someone in one's power (no fight): torture, beating, whipping, execution.
ONE_SIDED_VERBS = frozenset("torture beat whip flog execute behead".split())

# Verbs that carry an event noun: "opened fire", "carried out an attack", "launched a raid".
FIGHT_NOUNS = frozenset("fight fighting combat clash battle firefight gunfight exchange skirmish shootout shoot-out gunbattle hostility".split())

# Words that mark an event as background to the sentence's own ("in connection with the ongoing clashes").
BACKGROUND_MODIFIERS = frozenset("ongoing recent previous earlier continuing past last".split())

FIGHT_WORDS = frozenset("fight battle".split())

# Words for a fight between two sides, as opposed to one side's attack.
CLASH_WORDS = frozenset("clash fight fighting confrontation scuffle brawl skirmish".split())


def in_front_of(token: Token) -> bool:
    """"in front of his house" places something; it is no front line."""
    return token.lower_ == "front" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "of"


ASPECTUAL_VERBS = frozenset("begin start continue resume keep".split())


def describes_fighters(token: Token) -> bool:
    """"a soldier fighting against IS", "volunteered to fight for the Kurds", "the main rebel fighting
    group": which side someone is on, not a fight that took place."""
    if token.lower_ == "fighting" and (
        any(c.dep_ == "det" and c.lower_ == "those" for c in token.children)
        or token.dep_ in ("amod", "compound") and token.head.pos_ == "NOUN"
    ):
        return True  # "women were among those fighting", "the main rebel fighting group": fighters, no fight told
    if token.pos_ == "NOUN" and token.dep_ in ("attr", "oprd") and token.head.lemma_.lower() == "become":
        return True  # "children trained to become suicide bombers": a role someone takes, no attack
    if token.lemma_.lower() not in FIGHT_WORDS:
        return False
    if token.dep_ == "acl" and token.tag_ == "VBG":
        return True
    if token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
        return True
    to_clause = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return to_clause and token.dep_ in ("xcomp", "advcl", "acl") and token.head.lemma_.lower() not in ASPECTUAL_VERBS


def drop_background(triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """A fight named only as background ("reinforcements arrived amid the ongoing clashes") is not the
    sentence's event when the sentence tells another one."""
    background = [
        m for m in triggers if m.token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in BACKGROUND_MODIFIERS for c in m.token.children)
        or ongoing_clause(m.token)
    ]
    if not background or len(background) == len(triggers):
        return triggers
    return [m for m in triggers if m not in background]


# "as battles continue in those areas", "while fighting rages": a fight told as what goes on around
# the sentence's event
ONGOING_VERBS = frozenset("continue rage persist go".split())


def ongoing_clause(token: Token) -> bool:
    head = token.head
    return (
        token.pos_ == "NOUN" and token.dep_ == "nsubj" and head.lemma_.lower() in ONGOING_VERBS and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in head.children)
    )
