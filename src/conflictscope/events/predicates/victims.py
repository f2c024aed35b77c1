"""Casualties and bodies: a body found, a death toll told on its own or by an ordinal ("a third soldier
died"), a wound that names a weapon, victims said to be gang members, forces attacked off duty."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from conflictscope.events.predicates.crowds import ARMED_MODIFIERS
from conflictscope.events.predicates.entries import FOUND_BODY
from conflictscope.events.predicates.lexicon import builder_words, ordinal_values, typing_words
from conflictscope.events.predicates.scheme import ORGANISED
from conflictscope.events.predicates.syntax import token_at
from conflictscope.events.senses import remains_of_animals
from conflictscope.knowledge import load_actor_terms, read_kinds
from conflictscope.mentions.triggers import TriggerMatch
from conflictscope.types import CasualtyMention

# Nouns that state a story's death toll on their own ("3 fatalities"); relevance.py parses sentences
# holding them
TOLL_WORDS = builder_words("toll_words")

CIVILIAN_WORDS = builder_words("civilian_words")

ORDINALS = ordinal_values()  # "third" -> 3


def ordinal_victim(sent: Span, casualties: list[CasualtyMention]) -> int | None:
    """"a third soldier died", "the fifth victim succumbed": one more death that brings the toll to
    the ordinal's value."""
    for casualty in casualties:
        if casualty.kind != "killed" or casualty.count != 1:
            continue
        token = token_at(sent, casualty.start)
        for node in (token, token.head) if token is not None else ():
            if casualty.victims and node.pos_ == "NOUN" and casualty.victims not in (node.lower_, node.lemma_.lower()):
                continue  # "the fourth night of unrest after police shot dead a teenager": the night's rank
            for child in node.children:
                if child.dep_ == "amod" and child.lower_ in ORDINALS:
                    return ORDINALS[child.lower_]
    return None


UNACCUSATIVE = builder_words("unaccusative")

# (a head only with "human", "male" or "female": "a human head was found"; relevance.py parses a unit
# with one of these and "find")
BODY_WORDS = builder_words("body_words")
CORPSE_WORDS = BODY_WORDS - {"head", "heads"}


@lru_cache(maxsize=1)
def criminal_victim_phrases() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {"victim": [], "operation": []}
    for phrase, kind in read_kinds("criminal_victims.tsv", kinds):
        kinds[kind].append(phrase)
    return {kind: tuple(phrases) for kind, phrases in kinds.items()}


def criminal_victim(sent: Span, kind: str = "victim") -> bool:
    """The victim is said to be a gang member or drug trafficker (kind "victim"), or the forces'
    operation is said to be against a gang ("operation"), here or in the next two sentences."""
    doc = sent.doc
    start, end = sent.start, sent.end
    if kind == "operation" and start > 0:
        start = doc[start - 1].sent.start  # "police carried out an operation against a gang. A suspect was shot"
    for _ in range(2):
        if end >= len(doc):
            break
        end = doc[end].sent.end
    text = doc[start:end].text.lower()
    return any(phrase in text for phrase in criminal_victim_phrases()[kind])


def found_body(sent: Span, triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """"The body of a man was found": ACLED codes a body found with signs of violence as an attack."""
    if any(m.is_trigger and m.cls != "@weak" for m in triggers):
        return []
    finds = [t for t in sent if t.lemma_.lower() == "find" and t.pos_ == "VERB"]
    if not finds:
        return []
    for token in sent:
        if token.pos_ != "NOUN":
            continue
        # "three dead women were found": people found dead, as a body found; "a human head was found"
        if token.lower_ in CORPSE_WORDS or any(c.dep_ == "amod" and c.lower_ == "dead" for c in token.children) or (
            token.lemma_.lower() == "head" and any(c.dep_ == "amod" and c.lower_ in typing_words("remains") for c in token.children)
        ):
            # "a dead swan was found", "the remains of a wild swan": an animal's, no one's body
            return [] if remains_of_animals(token) else [TriggerMatch(FOUND_BODY, token, token.i, token.i + 1)]
    for match in triggers:
        # "three people died and were found wrapped in blankets": who died was found
        if match.token.lemma_.lower() == "die" and any(f.dep_ == "conj" and f.head.i == match.token.i for f in finds):
            return [TriggerMatch(FOUND_BODY, match.token, match.start, match.end)]
    return []


def casualty_figures(casualties: list[CasualtyMention]) -> tuple[int | None, int | None]:
    killed = [c.count for c in casualties if c.kind == "killed"]
    injured = [c.count for c in casualties if c.kind == "injured"]
    return (max(killed) if killed else None, max(injured) if injured else None)


@lru_cache(maxsize=1)
def off_duty_pattern() -> re.Pattern:
    """Phrases that tell a member of the forces was attacked off duty: "off-duty", "at his home", "on
    his way to work" (typing_words.tsv; "poss" stands for his, her or their)."""
    phrases = sorted(typing_words("off_duty"), key=len, reverse=True)
    alternatives = [r"\s+".join("(?:his|her|their)" if w == "poss" else re.escape(w) for w in p.split()) for p in phrases]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def describes_wound(match: TriggerMatch) -> bool:
    """A weapon word that only describes a wound ("gunshot wounds", "with gunshot marks on his head"):
    what the victim bore, no weapon used in a fight."""
    token = match.token
    if match.is_trigger:
        return False
    if token.dep_ == "compound" and token.head.lemma_.lower() in typing_words("wound"):
        return True
    # "dozens were wounded, some by gunshots", "he died of gunshot": small arms told as the means of the
    # harm of its victims name no fight (a mortar or a mine they were hurt by still tells the weapon's kind)
    if match.cls == "Armed clash" and token.dep_ == "pobj" and token.head.lower_ in ("by", "of", "from"):
        holder = token.head.head
        if holder.pos_ in ("PRON", "DET", "NOUN", "NUM") and holder.dep_ in ("npadvmod", "appos", "nsubj", "nsubjpass"):
            holder = holder.head  # "some by gunshots": part of those the verb tells hurt
        return holder.pos_ == "VERB" and holder.lemma_.lower() in _HARM_VERBS and any(c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and holder.lemma_.lower() == "die" for c in holder.children)
    return False


# Verbs whose victims a weapon word "by", "of" or "from" may describe the harm of
_HARM_VERBS = frozenset("wound injure hurt kill die".split())


def off_duty(sent: Span) -> bool:
    """The sentence or the next one tells that the member of the forces attacked was off duty ("a
    jail guard was wounded in an attack ... The guard was on his way to work when he was attacked")."""
    text = sent.text
    if sent.end < len(sent.doc):
        text += " " + sent.doc[sent.end].sent.text
    return bool(off_duty_pattern().search(text))


# The actor table's words for herders ("herder", "herdsman"): an armed side when they fight, people
# like any others when they are only hit
HERDER_WORDS = frozenset(key[0] for key, term in load_actor_terms().items() if len(key) == 1 and term.name.startswith("Pastoralist Militia"))


def unarmed_herders(token: Token) -> bool:
    """Herders named with no "armed" before them ("gunmen killed two herders")."""
    if token.lemma_.lower() not in HERDER_WORDS and token.lower_ not in HERDER_WORDS:
        return False
    return not any(c.dep_ == "amod" and c.lower_ in ARMED_MODIFIERS | {"armed"} for c in token.children)


def armed_victims(sent: Span, casualties: list[CasualtyMention], actor_at) -> bool:
    """Members of an organised armed side are among those the sentence counts killed or wounded
    ("killed one civilian and wounded four gendarmes"; not herders only hit, "killed two herders");
    ``actor_at`` reads the actor a noun names."""
    for casualty in casualties:
        if casualty.count <= 0 or not casualty.victims:
            continue
        # the counted noun inside the casualty's words ("wounded four gendarmes": gendarmes)
        for token in sent:
            if casualty.start <= token.idx < casualty.end and casualty.victims in (token.lower_, token.lemma_.lower()):
                actor = actor_at(token)
                if actor is not None and actor.armed and actor.kind in ORGANISED and not unarmed_herders(token):
                    return True
    return False
