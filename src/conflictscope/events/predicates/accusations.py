"""Acts laid at someone's door: "villagers accused the security forces of burning down 40 homes",
"residents blamed soldiers for the killing of five farmers", "rights groups accused police of shooting
dead three protesters". The act after the accusing verb's preposition is told as done, by the verb's
object (accusing_verbs.tsv); roles.py takes that object for the doer, crowds.py the act for one done."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.scheme import TYPING_ACTS
from conflictscope.knowledge import read_rows, read_word_sets

# verb lemma -> the preposition that brings the act it lays at its object's door
ACCUSING_VERBS = {verb: prep for verb, prep, *_ in read_rows("accusing_verbs.tsv", 2)}


def accusing_verb(act: Token) -> Token | None:
    """The accusing verb whose preposition holds ``act`` (or the first act of a list it is in), if any;
    the parse may hang the preposition on the verb's object ("accused [the forces of burning]")."""
    while act.dep_ == "conj" and act.head is not act:
        act = act.head
    if act.dep_ not in ("pcomp", "pobj"):
        return None
    prep = act.head
    owner = prep.head
    verb = owner if owner.pos_ == "VERB" else owner.head if owner.dep_ == "dobj" else None
    if verb is None or ACCUSING_VERBS.get(verb.lemma_.lower()) != prep.lower_:
        return None
    return verb


def accused(verb: Token) -> Token | None:
    """The object of an accusing verb: who is said to have done the act."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


# Verbs of stealing (typing_acts.tsv, theft)
THEFT_VERBS = read_word_sets("typing_acts.tsv", TYPING_ACTS)["theft"]


def theft_laid_on_a_person(act: Token, actors) -> bool:
    """A theft an accusation lays at the door of someone who is no armed or organised side ("villagers
    accused the trader of stealing goats", "blamed a neighbour for robbing the shop"): an ordinary crime
    told of a private person, no political violence (ACLED codes no event). Laid at an armed or political
    side ("accused the militia of stealing cattle"), it is the looting it tells."""
    if act.lemma_.lower() not in THEFT_VERBS:
        return False
    verb = accusing_verb(act)
    doer = accused(verb) if verb is not None else None
    if doer is None:
        return False
    found = actors.actor_at(doer)
    return found is None or found.kind == "civilians" and not found.armed
