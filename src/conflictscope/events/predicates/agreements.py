"""Agreements: the deal noun of an agreement phrase, an agreement told with its parties or governed by a
verb of agreeing."""

from __future__ import annotations

from spacy.tokens import Token

from conflictscope.events.predicates.lexicon import builder_words, typing_words
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
    """An agreement word governed by a verb of agreeing: "signed a ceasefire", "agreed to a truce"."""
    return governed_by(token, AGREEMENT_VERBS, 3)
