"""Shots, strikes and air power: a shot aimed at someone or fired into the air, a strike that harmed (not a
stoppage of work), fire counted by an observer or a ceasefire monitor, aircraft backing a ground
operation."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.entries import AIR_BACKING_CUE, AIR_BACKING_TRIGGER
from conflictscope.events.predicates.lexicon import builder_words, typing_words
from conflictscope.events.predicates.syntax import governed_by, upward
from conflictscope.knowledge import load_monitors
from conflictscope.mentions.triggers import TriggerMatch

# Verbs of an observer counting or hearing fire: "observed 6 explosions", "explosions were heard".
PERCEPTION_VERBS = builder_words("perception_verbs")


def is_observed(token: Token) -> bool:
    """Explosions or fire counted or heard (plural, under a verb of perception): "observed a total of 6
    explosions", "explosions were heard" - indirect fire; a planted device goes off once."""
    return token.tag_ == "NNS" and governed_by(token, PERCEPTION_VERBS, 6)


def observed_by_monitor(token: Token) -> bool:
    """Fire tallied by a ceasefire monitoring mission ("the OSCE SMM observed 12 explosions")."""
    node = token
    for _ in range(6):
        if node.lemma_.lower() in PERCEPTION_VERBS:
            monitors = load_monitors()
            for child in node.children:
                if child.dep_ in ("nsubj", "agent"):
                    subject = child if child.dep_ == "nsubj" else next((c for c in child.children if c.dep_ == "pobj"), None)
                    if subject is None:
                        continue
                    words = {t.lower_ for t in subject.subtree} | {t.lemma_.lower() for t in subject.subtree}
                    if words & monitors:
                        return True
            return False
        if node.head is node:
            break
        node = node.head
    return False


# "an operation backed by airstrikes", "forces supported by the air force", "soldiers, along with
# helicopters, attacked": aircraft backing a ground operation; ACLED codes the whole as the ground battle
# (the higher type in one context). Only the air words inside such a backing phrase change.
BACKING_WORDS = builder_words("backing_words")


def air_force_unit(match: TriggerMatch) -> bool:
    """"the Air Force Intelligence", "an air force officer": a body or a member of it, no aircraft in use."""
    return match.entry.words == ("air", "force") and not match.is_trigger and match.token.dep_ == "compound"


def air_support(match: TriggerMatch) -> TriggerMatch:
    if match.cls != "Air/drone strike":
        return match
    for node, head in upward(match.token, 4):
        if node.dep_ in ("prep", "agent") and node.lower_ == "by" and head.lemma_.lower() in BACKING_WORDS and head.pos_ == "VERB":
            break
        if node.dep_ == "prep" and node.lower_ == "with" and head.lemma_.lower() == "along":
            break  # "along with the helicopters of ..."
        if node.dep_ in ("pobj", "prep") and head.lemma_.lower() in ("support", "cover") and head.pos_ == "NOUN":
            break  # "with the support of the air force", "under air cover"
        if node.dep_ not in ("pobj", "prep", "compound", "conj", "amod", "poss", "nmod"):
            return match
    else:  # no backing verb or noun within reach, or the root reached
        return match
    entry = AIR_BACKING_TRIGGER if match.is_trigger else AIR_BACKING_CUE
    return TriggerMatch(entry, match.token, match.start, match.end)


SHOT_WORDS = builder_words("shot_words")


def into_the_air(token: Token) -> bool:
    """Shots fired "into the air", "in the air", or "warning shots"."""
    # ("shots being fired in the air": the clause on the noun says where they went)
    nodes = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "acl")]
    for node in nodes:
        if node.lemma_.lower() == "shot" and any(c.lower_ == "warning" for c in node.children):
            return True
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "into") and any(p.lower_ == "air" for p in child.children if p.dep_ == "pobj"):
                return True
    return False


def harming_strike(token: Token) -> bool:
    """A noun "strike" told as what harmed ("killed in strikes", "died in a strike by the coalition"),
    as what hit ("strikes hit a market") or as what was carried out: not a stoppage of work ("killed
    during the strike", "the general strike", "hunger strike" has its own entry)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "strike":
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in typing_words("stoppage") for c in token.children):
        return False  # "a general strike", "a transport strike" ("missile strike" has its own entry)
    verbs = typing_words("strike_verb")
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("in", "by"):
        return head.head.lemma_.lower() in verbs
    return token.dep_ in ("nsubj", "dobj", "nsubjpass") and head.lemma_.lower() in verbs


def is_aimed(token: Token) -> bool:
    """A shot aimed at something: "fired on the positions of", "opened fire at a checkpoint"."""
    if token.lemma_.lower() == "beat":
        # "police beat protesters", not "Boca Juniors beat River Plate"
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        # (people counted are people even when named by nationality: "beat three Palestinians")
        return any(
            (c.pos_ != "PROPN" or any(n.dep_ == "nummod" for n in c.children)) and c.lemma_.lower() not in ("team", "side", "record", "rival")
            for c in objects
        )
    if token.lemma_.lower() not in ("fire", "shoot"):
        return False
    children = list(token.children)
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "open":
        children += list(token.head.children)  # "opened fire at a checkpoint": the aim hangs off "opened"
    for child in children:
        if child.dep_ == "prep" and child.lower_ in ("at", "on", "upon", "towards", "toward", "into", "against"):
            return any(c.dep_ == "pobj" for c in child.children)
    return False
