"""Agreements: the deal noun of an agreement phrase, an agreement told with its parties or governed by a
verb of agreeing."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.lexicon import builder_words, strategic_words, typing_words
from conflictscope.events.predicates.syntax import governed_by
from conflictscope.mentions.triggers import TriggerMatch

AGREEMENT_VERBS = builder_words("agreement_verbs")


def deal_noun(match: TriggerMatch) -> Token | None:
    """The agreement noun of a deal phrase of the lexicon ("agreement between", "reached a deal"):
    the matched noun, or the object of the matched verb."""
    deals = typing_words("deal")
    token = match.token
    if token.lemma_.lower() in deals and token.pos_ == "NOUN":
        return token
    if token.pos_ == "VERB" and match.entry.words[-1] in deals:
        return next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in deals), None) or token
    return None


def has_parties(token: Token) -> bool:
    """"the agreement between the regime and HTS": an agreement told with its parties."""
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children)


def is_agreed(token: Token) -> bool:
    """An agreement word governed by a verb of agreeing: "signed a ceasefire", "agreed to a truce"; or
    one that an exchange or a release is carried out under ("released 50 prisoners under a deal
    with the rebels", "freed 100 detainees in a prisoner swap"): ACLED's Agreement holds prisoner
    releases made under a deal and exchanges."""
    return governed_by(token, AGREEMENT_VERBS, 3) or carried_out_under(token)


# Verbs of handing people over that a deal may be carried out by
HANDOVER_VERBS = strategic_words("handover_verbs")
# Prepositions that put an act under a deal: "under a deal", "in a swap", "as part of an exchange"
UNDER_PREPOSITIONS = frozenset("under in".split())


def carried_out_under(token: Token) -> bool:
    """"released 50 prisoners under a deal", "freed in a prisoner swap", "handed over as part of an
    exchange": the deal noun is what a release or an exchange of people was done under."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if token.lower_ == "part" and prep.lower_ == "as":
        pass  # "as part of an exchange" (the lexicon's phrase is headed by "part")
    elif prep.lower_ == "of" and prep.head.lower_ == "part" and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "as":
        prep = prep.head.head  # "as part of"
    elif prep.lower_ not in UNDER_PREPOSITIONS:
        return False
    verb = prep.head
    return prep.dep_ == "prep" and verb.pos_ == "VERB" and verb.lemma_.lower() in HANDOVER_VERBS
