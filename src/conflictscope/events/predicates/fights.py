"""Fights: the words for a fight, a front line (not "in front of"), fighters described rather than a fight
told, and a fight named only as background to the sentence's own event."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.lexicon import builder_words, typing_words
from conflictscope.mentions.triggers import TriggerMatch

# Words that place an event between forces facing each other.
BATTLE_WORDS = builder_words("battle_words")

# Violence done to someone in one's power (no fight): torture, beating, whipping, execution.
ONE_SIDED_VERBS = builder_words("one_sided_verbs") | typing_words("cutting")

# Nouns for a fight: "engaged in a gun battle" is one, "workers engaged in mining" an occupation.
FIGHT_NOUNS = builder_words("fight_nouns")

# Words that mark an event as background to the sentence's own ("in connection with the ongoing clashes").
BACKGROUND_MODIFIERS = builder_words("background_modifiers")

FIGHT_WORDS = builder_words("fight_words")

# Words for a fight between two sides, as opposed to one side's attack.
CLASH_WORDS = builder_words("clash_words")


def in_front_of(token: Token) -> bool:
    """"in front of his house" places something; it is no front line."""
    return token.lower_ == "front" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "of"


ASPECTUAL_VERBS = builder_words("aspectual_verbs")


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
        m for m in triggers if m.token.pos_ == "NOUN" and (
            _told_as_background(m.token) or m.token.dep_ == "conj" and _listed_with_background(m.token)
        )  # "due to continued attacks by the militia and clashes with the army": both
        or ongoing_clause(m.token)
        or reason_for_arrest(m.token, triggers)
    ]
    if not background or len(background) == len(triggers):
        return triggers
    return [m for m in triggers if m not in background]


# "as battles continue in those areas", "while fighting rages": a fight told as what goes on around
# the sentence's event
ONGOING_VERBS = builder_words("ongoing_verbs")
PRESSING_VERBS = builder_words("pressing_verbs")
GROWING_VERBS = builder_words("growing_verbs")


def _told_as_background(noun: Token) -> bool:
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
        return False  # "there were ongoing clashes between the clans": the sentence's own event
    return any(c.dep_ == "amod" and c.lower_ in BACKGROUND_MODIFIERS for c in noun.children)


def _listed_with_background(noun: Token) -> bool:
    """A noun listed after one told as background: "continued attacks by the militia and clashes" (the
    parser may hang the second on the first's last noun: climb through the list and its phrases)."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("conj", "pobj", "prep") or node.head is node:
            return False
        node = node.head
        if node.pos_ == "NOUN" and _told_as_background(node):
            return True
    return False


def ongoing_clause(token: Token) -> bool:
    """"as battles continue in those areas", "while fighting rages", and in the present beside a past
    event: "a car bomb killed 30 on Saturday, and fighting continues in Kandahar"."""
    head = token.head
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and head.lemma_.lower() in PRESSING_VERBS and head.dep_ == "advcl":
        # "..., as the troops pressed an offensive against rebel-held areas": a campaign kept up around it
        return any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in head.children)
    if token.i > token.sent.start and token.doc[token.i - 1].lower_ in ("as", "while") and token.lower_ == "fighting":
        # "..., as fighting between the army and the rebels spread", "as fighting for the capital
        # intensified" (the parser takes "fighting" for a verb here): the clause's first finite verb
        for later in token.doc[token.i + 1 : token.sent.end]:
            if later.is_punct:
                return False
            if later.pos_ == "VERB" and later.tag_ in ("VBD", "VBZ", "VBP"):
                return later.lemma_.lower() in GROWING_VERBS
        return False
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or head.lemma_.lower() not in ONGOING_VERBS:
        return False
    if head.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in head.children)
    return head.dep_ == "conj" and head.tag_ in ("VBZ", "VBP") and head.head.tag_ == "VBD"


# Prepositions that give the reason someone is held: "arrested two men over Friday's bombing", "detained
# for the killing of a chief", "in connection with last week's blast"
REASON_PREPOSITIONS = frozenset("over for".split())
REASON_NOUNS = frozenset("connection relation link".split())


def reason_for_arrest(noun: Token, triggers: list[TriggerMatch]) -> bool:
    """An attack named as why people were arrested ("police arrested two men over Friday's bombing",
    "three suspects were detained in connection with the blast"): the attack is told elsewhere, the
    sentence's event is the arrest (ACLED's Arrests)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    arrests = {m.token.i for m in triggers if m.cls == "Arrests"}
    if not arrests:
        return False
    prep = noun.head
    if prep.lower_ in ("with", "to") and prep.head.lemma_.lower() in REASON_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in connection with", "in relation to"
    elif prep.lower_ not in REASON_PREPOSITIONS and not (prep.lower_ == "in" and _suspect_held(prep.head)):
        return False  # "in": only of a suspect ("arrested a suspect in the bombing of a mosque")
    if prep.dep_ != "prep":
        return False
    held = prep.head
    return held.i in arrests or held.dep_ in ("dobj", "nsubjpass") and held.head.i in arrests


def _suspect_held(token: Token) -> bool:
    """"a suspect", or a verb whose object is one ("arrested a suspect in ...", the parse may hang the
    phrase on either)."""
    return token.lemma_.lower() == "suspect" or any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "suspect" for c in token.children)
