"""Faster stand-ins for two components of the English pipeline, with the same output.

The model's ``attribute_ruler`` and ``lemmatizer`` together cost about a third of the time spaCy
spends on each parsed sentence (cProfile over the mixed news stream, bench/throughput.py), most of it
per-token Python work: the ruler runs a general Matcher over 179 one- and two-token patterns, and
the lemmatizer builds a token object, a morphology object and a cache key for every token.

* :class:`IndexedAttributeRuler` finds the same matches by looking the candidate patterns up by the
  token's lower-case form and tag, then applies them exactly as the ruler does: sorted by pattern
  number, later patterns winning, with spaCy's own ``set_token_attrs``.
* :class:`CachedLemmatizer` reads (ORTH, POS, MORPH, LEMMA) as one array and calls the model's own
  lemmatizer once per distinct (form, tag, morphology) key; tokens that already have a lemma (from
  the ruler) keep it, as in the original.

Both are built from the loaded components (``replace``), so the model's own tables and rules are the
only source of truth; ``tests/test_fast_components.py`` and ``bench/throughput.py`` check that every
token's annotation is the same. When the ruler holds a pattern form not handled here (an operator, a
predicate other than equality, IN, NOT_IN or REGEX), the original is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

# Token predicates the ruler's patterns use, by pattern key.
_TOKEN_VALUE: dict[str, Callable[[Token], Any]] = {
    "LOWER": lambda t: t.lower_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


class Unsupported(ValueError):
    """A pattern this stand-in cannot reproduce exactly."""


def _predicate(key: str, spec: Any) -> Callable[[Token], bool]:
    if key not in _TOKEN_VALUE:
        raise Unsupported(key)
    value_of = _TOKEN_VALUE[key]
    if isinstance(spec, (str, bool)):
        return lambda t: value_of(t) == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda t: value_of(t) in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda t: value_of(t) not in banned
        if op == "REGEX":
            regex = re.compile(arg)
            return lambda t: regex.search(value_of(t)) is not None
    raise Unsupported(f"{key}: {spec!r}")


def _index_values(token_spec: dict[str, Any], key: str) -> frozenset[str] | None:
    """The values of ``key`` a first token must have for the pattern to match, if the pattern says."""
    spec = token_spec.get(key)
    if isinstance(spec, str):
        return frozenset([spec])
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return frozenset(spec["IN"])
    return None


class IndexedAttributeRuler:
    """The ``attribute_ruler``'s matches found through dictionaries instead of a Matcher."""

    def __init__(self, ruler: Any):
        self.attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        self.by_lower: dict[str, list[tuple]] = {}
        self.by_tag: dict[str, list[tuple]] = {}
        self.anywhere: list[tuple] = []
        for number, group in enumerate(ruler.patterns):
            for pattern in group["patterns"]:
                if any("OP" in spec for spec in pattern):
                    raise Unsupported("operator")
                checks = tuple(tuple(_predicate(k, v) for k, v in spec.items()) for spec in pattern)
                entry = (number, len(pattern), checks)
                lowers, tags = _index_values(pattern[0], "LOWER"), _index_values(pattern[0], "TAG")
                if lowers is not None:
                    for value in lowers:
                        self.by_lower.setdefault(value, []).append(entry)
                elif tags is not None:
                    for value in tags:
                        self.by_tag.setdefault(value, []).append(entry)
                else:
                    self.anywhere.append(entry)

    def __call__(self, doc: Doc) -> Doc:
        matches = []
        n = len(doc)
        for token in doc:
            start = token.i
            for number, length, checks in (*self.by_lower.get(token.lower_, ()), *self.by_tag.get(token.tag_, ()), *self.anywhere):
                if start + length > n:
                    continue
                if all(check(doc[start + k]) for k, token_checks in enumerate(checks) for check in token_checks):
                    matches.append((number, start, start + length))
        # the ruler's order: by pattern number (later patterns override), then by position
        for number, start, end in sorted(set(matches)):
            index = self.indices[number]
            target = doc[start + index] if index >= 0 else doc[end + index]
            set_token_attrs(target, self.attrs[number])
        return doc


class CachedLemmatizer:
    """The model's rule lemmatizer, called once per distinct (form, tag, morphology)."""

    def __init__(self, lemmatizer: Any):
        self.lemmatizer = lemmatizer
        self.overwrite = lemmatizer.overwrite
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = self.cache.get(key)
            if value is None:
                value = self.cache[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            doc[i].lemma = value
        return doc


def replace(nlp: Language) -> Language:
    """Swap the loaded ``attribute_ruler`` and ``lemmatizer`` for their faster stand-ins, in place."""
    names = dict(nlp.pipeline)
    ruler, lemmatizer = names.get("attribute_ruler"), names.get("lemmatizer")
    if ruler is not None:
        try:
            fast_ruler: Any = IndexedAttributeRuler(ruler)
        except Unsupported:
            fast_ruler = ruler
        _swap(nlp, "attribute_ruler", fast_ruler)
    if lemmatizer is not None and getattr(lemmatizer, "mode", None) == "rule":
        _swap(nlp, "lemmatizer", CachedLemmatizer(lemmatizer))
    return nlp


def _swap(nlp: Language, name: str, component: Any) -> None:
    # Language keeps its components in a list of (name, callable); a spaCy component is any callable
    # Doc -> Doc. Replacing the entry keeps the name, the position and every other component.
    nlp._components = [(n, component if n == name else c) for n, c in nlp._components]
