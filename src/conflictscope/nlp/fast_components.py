"""Faster stand-ins for two components of the English pipeline, with the same output.

The model's ``attribute_ruler`` and ``lemmatizer`` together cost about a third of the time spaCy
spends on each parsed sentence (cProfile over the mixed news stream, bench/throughput.py), most of it
per-token Python work: the ruler runs a general Matcher over 179 one- and two-token patterns, and
the lemmatizer builds a token object, a morphology object and a cache key for every token.

* :class:`IndexedAttributeRuler` reads the four attributes the patterns test (lower-case form, tag,
  dependency, is-space) for the whole Doc as one array, works out once per distinct combination
  which pattern tokens it satisfies, and writes the merged attributes back with one
  ``Doc.from_array``: the same matches, applied in the ruler's order (later patterns winning).
* :class:`CachedLemmatizer` reads (ORTH, POS, MORPH, LEMMA) as one array, calls the model's own
  lemmatizer once per distinct (form, tag, morphology) key and writes the lemmas back as one array;
  tokens that already have a lemma (from the ruler) keep it, as in the original.

Both are built from the loaded components (``replace``), so the model's own tables and rules are the
only source of truth; ``tests/test_fast_components.py`` and ``bench/throughput.py`` check that every
token's annotation is the same. When the ruler holds a pattern form not handled here (an operator, a
predicate other than equality, IN, NOT_IN or REGEX, an attribute other than tag, POS, morphology,
dependency, entity IOB or lemma), the original is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, ENT_IOB, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

# The token attributes the ruler's patterns test, read for a whole Doc at once with ``to_array``.
_KEY_ATTRS = [LOWER, TAG, DEP, IS_SPACE]
_KEY_POSITION = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
# The attributes a ruler may set that ``Doc.from_array`` writes the way ``set_token_attrs`` does.
_WRITABLE = {TAG, POS, MORPH, DEP, ENT_IOB, LEMMA}
# A token's key is (lower, tag, dep, is_space) as strings and a bool; keys seen are cached, and the
# cache is dropped when it grows past this many keys, to bound the memory of a long run.
_CACHE_LIMIT = 500_000

Key = tuple[str, str, str, bool]


class Unsupported(ValueError):
    """A pattern this stand-in cannot reproduce exactly."""


def _predicate(key: str, spec: Any) -> Callable[[Key], bool]:
    if key not in _KEY_POSITION:
        raise Unsupported(key)
    at = _KEY_POSITION[key]
    if isinstance(spec, (str, bool)):
        return lambda k: k[at] == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda k: k[at] in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda k: k[at] not in banned
        if op == "REGEX" and at < 3:
            regex = re.compile(arg)
            return lambda k: regex.search(k[at]) is not None
    raise Unsupported(f"{key}: {spec!r}")


def _index_values(token_spec: dict[str, Any], key: str) -> frozenset[str] | None:
    """The values of ``key`` a token must have to satisfy ``token_spec``, if the spec says."""
    spec = token_spec.get(key)
    if isinstance(spec, str):
        return frozenset([spec])
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return frozenset(spec["IN"])
    return None


def _passing(key: Key, candidates: tuple) -> tuple[tuple[int, int, int, int], ...]:
    """(pattern number, pattern id, length, position) of the pattern tokens among ``candidates`` that
    a token with this key satisfies."""
    return tuple(
        (number, pattern_id, length, position)
        for number, pattern_id, length, position, checks in candidates
        if all(check(key) for check in checks)
    )


class IndexedAttributeRuler:
    """The ``attribute_ruler``: the same matches and the same attributes, computed once per distinct
    token key instead of by a Matcher, and written back with one ``Doc.from_array``.

    Every pattern token tests only the token's lower-case form, tag, dependency and whether it is
    a space, so which pattern positions a token satisfies depends on that key alone. Like the
    original, all matches are found on the Doc as it comes in, then applied in pattern order (later
    patterns win); each token's result is the merge of the attributes of the matches that target it.
    """

    def __init__(self, ruler: Any):
        self.attrs = [dict(a) for a in ruler.attrs]
        self.indices = list(ruler.indices)
        if any(set(a) - _WRITABLE for a in self.attrs):
            raise Unsupported("attribute")
        # (pattern number, pattern id, length, position, checks) of every token of every pattern
        self.elements: list[tuple[int, int, int, int, tuple]] = []
        # the elements a token could satisfy, by the lower-case form or tag they require, if any
        self.by_lower: dict[str, list[tuple]] = {}
        self.by_tag: dict[str, list[tuple]] = {}
        self.anywhere: list[tuple] = []
        # Of the elements not indexed by their lower-case form, those whose checks read it anyway (a
        # REGEX on LOWER) and those whose checks do not: the second kind's result depends on the
        # token's (tag, dependency, is-space) alone and is cached by that, so a word never seen
        # before costs only the checks that read its form.
        self.by_tag_reading_lower: dict[str, list[tuple]] = {}
        self.by_tag_rest: dict[str, list[tuple]] = {}
        self.anywhere_reading_lower: list[tuple] = []
        self.anywhere_rest: list[tuple] = []
        for number, group in enumerate(ruler.patterns):
            for pattern in group["patterns"]:
                if any("OP" in spec for spec in pattern):
                    raise Unsupported("operator")
                pattern_id = len(self.elements)
                for position, spec in enumerate(pattern):
                    checks = tuple(_predicate(k, v) for k, v in spec.items())
                    self.elements.append((number, pattern_id, len(pattern), position, checks))
                    lowers, tags = _index_values(spec, "LOWER"), _index_values(spec, "TAG")
                    element = self.elements[-1]
                    reads_lower = "LOWER" in spec
                    if lowers is not None:
                        for value in lowers:
                            self.by_lower.setdefault(value, []).append(element)
                    elif tags is not None:
                        for value in tags:
                            self.by_tag.setdefault(value, []).append(element)
                            split = self.by_tag_reading_lower if reads_lower else self.by_tag_rest
                            split.setdefault(value, []).append(element)
                    else:
                        self.anywhere.append(element)
                        (self.anywhere_reading_lower if reads_lower else self.anywhere_rest).append(element)
        self.satisfied: dict[tuple, tuple[tuple[int, int, int, int], ...]] = {}
        # (tag, dependency, is-space) hashes -> the elements among by_tag_rest and anywhere_rest it satisfies
        self.satisfied_without_lower: dict[tuple, tuple[tuple[int, int, int, int], ...]] = {}
        self.merged: dict[tuple[int, ...], dict[int, int]] = {}

    def _satisfied(self, hashes: tuple, strings: Any) -> tuple[tuple[int, int, int, int], ...]:
        """The (pattern number, pattern id, length, position) of every pattern token that a token with
        these attribute hashes satisfies."""
        found = self.satisfied.get(hashes)
        if found is None:
            if len(self.satisfied) > _CACHE_LIMIT:
                self.satisfied.clear()
                self.satisfied_without_lower.clear()
            lower, tag, dep, space = hashes
            key = (strings[lower], strings[tag], strings[dep], bool(space))
            rest = self.satisfied_without_lower.get(hashes[1:])
            if rest is None:
                rest = self.satisfied_without_lower[hashes[1:]] = _passing(key, (*self.by_tag_rest.get(key[1], ()), *self.anywhere_rest))
            # (the order of the elements does not matter: __call__ reads them as a set)
            own = _passing(key, (*self.by_lower.get(key[0], ()), *self.by_tag_reading_lower.get(key[1], ()), *self.anywhere_reading_lower))
            found = self.satisfied[hashes] = own + rest
        return found

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        strings = doc.vocab.strings
        known = self.satisfied.get  # (a cache hit without a method call: most tokens' keys are known)
        satisfied = [
            found if (found := known(k)) is not None else self._satisfied(k, strings) for k in map(tuple, doc.to_array(_KEY_ATTRS).tolist())
        ]
        targets: dict[int, set[int]] = {}
        for start, elements in enumerate(satisfied):
            for number, pattern_id, length, position in elements:
                if position or start + length > n:
                    continue
                if length > 1 and not all(
                    any(e[1] == pattern_id and e[3] == k for e in satisfied[start + k]) for k in range(1, length)
                ):
                    continue
                index = self.indices[number]
                target = start + index if index >= 0 else start + length + index
                targets.setdefault(target, set()).add(number)
        if not targets:
            return doc
        columns: dict[int, int] = {}
        updates = []
        for target, numbers in targets.items():
            ordered = tuple(sorted(numbers))
            values = self.merged.get(ordered)
            if values is None:
                values = {}
                for number in ordered:  # later patterns override earlier ones, as in the ruler
                    values.update(self.attrs[number])
                self.merged[ordered] = values
            updates.append((target, values))
            for attr in values:
                columns.setdefault(attr, len(columns))
        attrs = list(columns)
        array = doc.to_array(attrs)
        if array.ndim == 1:
            array = array.reshape((n, 1))
        for target, values in updates:
            for attr, value in values.items():
                array[target, columns[attr]] = value
        doc.from_array(attrs, array)
        return doc


class CachedLemmatizer:
    """The model's rule lemmatizer, called once per distinct (form, tag, morphology); the lemmas are
    written back with one ``Doc.from_array``."""

    def __init__(self, lemmatizer: Any):
        self.lemmatizer = lemmatizer
        self.overwrite = lemmatizer.overwrite
        self.cache: dict[tuple[int, int, int], int] = {}
        # The rule lemmatizer asks only whether a candidate form is in the word index of its part of
        # speech; the model stores each index as a list (57,528 nouns), so every new word scanned
        # them. The same words as sets answer the same question at once.
        index = lemmatizer.lookups.get_table("lemma_index", None)
        if index is not None:
            for pos, words in list(index.items()):
                if isinstance(words, list):
                    index[pos] = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        if len(self.cache) > _CACHE_LIMIT:
            self.cache.clear()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = self.cache.get(key)
            if value is None:
                value = self.cache[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
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
