"""What an attack hit and who did it: objects of attack_objects.tsv (property, infrastructure, an armed
side), a name after the noun that says what it names, property damage told beside an attack, the verbs
and nouns by which roles are read (light verbs, repelling verbs, operations), a speaker's own side as
the agent."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from conflictscope.events.predicates.fire import SHOT_WORDS
from conflictscope.events.predicates.lexicon import builder_words, typing_words
from conflictscope.knowledge import read_kinds
from conflictscope.mentions.attribution import FIRST_PERSON, PRONOUNS
from conflictscope.mentions.triggers import TriggerMatch

# People who, as the ones attacking, are armed individuals rather than a crowd ("men in a car opened fire").
ARMED_INDIVIDUALS = builder_words("armed_individuals")

RELATIVE_PRONOUNS = builder_words("relative_pronouns")

# Words for a planned action of armed forces whose owner is who acted ("an operation by the army").
OPERATION_NOUNS = builder_words("operation_nouns")

# Verbs of fending off an attack: their subject defended, the attack's author attacked.
REPEL_VERBS = builder_words("repel_verbs")
# Verbs of a side's own account: "X claimed to have thwarted an attack" is no repelling told by others
CLAIM_VERBS = builder_words("claim_verbs")
ASSAULT_NOUNS = builder_words("assault_nouns")
# Verbs that carry an event noun: "opened fire", "carried out an attack", "launched a raid".
LIGHT_VERBS = builder_words("light_verbs")


def self_agent(trigger: Token) -> bool:
    """"said he had attacked", "said its forces struck": the speaker's own side is the agent."""
    for child in trigger.children:
        if child.dep_ == "nsubj":
            if child.lower_ in PRONOUNS or child.lower_ in FIRST_PERSON:
                return True
            if any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their", "his", "her") for c in child.children):
                return True
    return False


@lru_cache(maxsize=1)
def attack_objects() -> dict[str, str]:
    return dict(read_kinds("attack_objects.tsv", {"person", "settlement", "property", "infrastructure", "armed"}))


# Verbs of damage told beside an attack ("attacked and damaged the building"); "damage" alone is no trigger
DAMAGE_VERBS = "damage"  # a kind of typing_words.tsv


def property_damage(triggers: list[TriggerMatch], sent: Span) -> bool:
    """The sentence tells property destroyed, burned or looted, or an attack on works that hurts no
    one by itself ("the pipeline was attacked")."""
    if any(m.cls == "Looting/property destruction" for m in triggers):
        return True
    if not any(m.cls == "@attack" for m in triggers):
        return False
    return any(t.lemma_.lower() in typing_words(DAMAGE_VERBS) for t in sent)


def named_object_kind(token: Token) -> str | None:
    """A name after the noun that says what it names: "the oil field Bicentenario", "the mall City Max"."""
    if token.pos_ != "PROPN" or token.i == 0:
        return None
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if before is None or before.pos_ != "NOUN":
        return None
    kind = attack_objects().get(before.lemma_.lower())
    return kind if kind in ("property", "infrastructure") else None


def shots_fired(match: TriggerMatch) -> bool:
    """A killing or attack word that tells shots fired: "shot dead", "opened fire", "gunshots" (not
    "set fire to a house")."""
    token = match.token
    if not match.cls.startswith("@") or token.lemma_.lower() not in SHOT_WORDS:
        return False
    if token.lemma_.lower() == "fire" and token.head.lemma_.lower() in ("set", "catch"):
        return False
    # "residents beat up a commander for opening fire on a driver": shots told as the reason for the
    # act, not the act
    node = token
    for _ in range(3):
        if node.head is node:
            break
        if node.dep_ == "pcomp" and node.head.lower_ in REASON_WORDS or node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in REASON_WORDS for c in node.children
        ):
            return False
        node = node.head
    return True


# Words that introduce the reason for an act ("beat him for opening fire", "after he shot a man")
REASON_WORDS = ("for", "after", "because", "since", "over")
