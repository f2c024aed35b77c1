"""Where a place name stands in the sentence: a reporter's or speaker's place, a container of another
place, a bearing from another place, "near" a place; the nouns for places and the anaphors that refer
back to one."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.lexicon import builder_words

CONTAINER_NOUNS = builder_words("container_nouns")
ANAPHORS = builder_words("anaphors")


def is_reporting_from(token: Token) -> bool:
    """Where a reporter or speaker was ("reporting from Kabul", "speaking in Geneva"). Not "in X, it
    was reported that ...", "in X, sources reported that ...": there the place sets the scene of
    the reported clause."""
    head = token.head
    if not (head.dep_ == "prep" and head.lower_ in ("from", "in") and head.head.lemma_ in ("report", "speak", "write")):
        return False
    verb = head.head
    scene = head.lower_ == "in" and verb.lemma_ == "report" and head.i < verb.i and any(c.dep_ == "ccomp" for c in verb.children)
    return not scene


def is_container(token: Token, place_tokens: set[int]) -> bool:
    """A place named only to situate another one: "Ganja in Azerbaijan", "Horadiz in the Fizuli
    region", "Stepanakert, the main city of Nagorno-Karabakh"."""
    node = token
    if token.dep_ == "compound" and token.head.lemma_.lower() in CONTAINER_NOUNS:
        node = token.head  # "the Fizuli region"
    others = place_tokens - {token.i}
    if not others:
        return False
    # "X, the main city of Y": Y hangs off an apposition of X
    via_preposition = False
    for _ in range(4):
        head = node.head
        if head is node or node.dep_ == "conj":
            return False
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "within", "of"):
            governor = head.head
            if governor.i in others:
                return True
            if governor.lemma_.lower() in CONTAINER_NOUNS and any(c.i in others for c in governor.children if c.dep_ == "compound"):
                return True  # "the Cuauhtemoc area of Mexico City": the city holds the area
            # A noun phrase holding another place: "the cities of Terter and Horadiz in the Fizuli
            # region". Not a whole clause: "attacked a depot in X, according to officials in Y".
            if head.lower_ != "of" and governor.pos_ in ("NOUN", "PROPN"):
                subtree = {t.i for t in governor.subtree} - {t.i for t in head.subtree}
                # (not a town given as a bearing from the place: "Protesters in Bago, north of
                # Yangon, marched": Yangon only says where Bago is)
                if {i for i in subtree & others if not is_bearing(token.doc[i])}:
                    return True  # "rockets at the cities of Terter and Horadiz in the Fizuli region"
            via_preposition = True
        if node.dep_ == "appos" and head.i in others:
            return via_preposition
        node = head
    return False


# Nouns for places that actor tables list as targets ("residential areas of Kharkiv"): a place after
# them says where, not whose.
PLACE_NOUNS = builder_words("place_nouns")
NEAR_WORDS = builder_words("near_words")

BEARINGS = builder_words("bearings")
# Nouns for a settlement: an attack on one is an attack on its people ("attacked the village of X")
SETTLEMENT_NOUNS = builder_words("settlement_nouns")
# Nouns for the edge of a place: "on the outskirts of Kabul" is near it
EDGE_NOUNS = builder_words("edge_nouns")


def is_bearing(token: Token) -> bool:
    """A place given as a bearing from another one: "south of Qalqilya", "10 km north of Kabul"."""
    head = token.head
    return head.lower_ == "of" and head.head.lower_ in BEARINGS


def is_near(token: Token | None) -> bool:
    """"near Jos", "on the outskirts of Kabul", "outside Goma", "a village near Jos"."""
    if token is None:
        return False
    head = token.head
    if head.dep_ == "prep" and head.lower_ in NEAR_WORDS:
        return True
    if head.lower_ == "of" and head.head.lemma_.lower() in EDGE_NOUNS:
        return True
    return head.lower_ == "to" and head.head.lower_ == "close"
