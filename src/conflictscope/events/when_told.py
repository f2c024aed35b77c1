"""Sentences that only tell when an event happened: "The incident occurred on Thursday night." tells no
event of its own, but gives the day of the one told just before it ("Gunmen killed five people near
Djibo, officials said. The incident occurred on Thursday night."), or just after when it opens the
story. The verbs and subjects that make such a sentence are knowledge/data/when_told.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from conflictscope.knowledge import read_word_sets


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return read_word_sets("when_told.tsv", ("verb", "subject"))


def tells_when(sent: Span) -> bool:
    """Does the sentence say when an incident happened, with a happening verb ("occurred", "took place")
    whose subject refers to an incident ("the incident", "it", "the killings")? The verb is the
    sentence's main one or the clause a speaker tells ("It happened on Sunday, witnesses said")."""
    root = sent.root
    return any(_happened(verb) for verb in [root, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis"))])


def _happened(verb: Token) -> bool:
    words = _words()
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in words["verb"]:
        return False
    if lemma == "take" and not any(c.lower_ == "place" and c.dep_ in ("dobj", "obj", "npadvmod") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lemma_.lower() in words["subject"] or subject.lower_ in words["subject"])


@lru_cache(maxsize=1)
def _memory_words() -> re.Pattern[str]:
    words = read_word_sets("memory_words.tsv", ("word",))["word"]
    return re.compile(r"\b(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)) + r")\b", re.IGNORECASE)


def tells_a_memory(text: str) -> bool:
    """Does the text tell its events as someone's memory or a memorial's account ("The narrator recalls
    the day ...", "Interview with a veteran", "museum", "plaque")? Its present tense ("he says", "the
    garden is open") is the telling's, not the events': no sign that they are background to news."""
    return _memory_words().search(text) is not None
