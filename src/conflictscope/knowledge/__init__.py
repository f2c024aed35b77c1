"""Loaders for the knowledge the extractor uses: taxonomy, trigger lexicon, actor and speaker tables.

The knowledge lives in versioned, tab-separated data files under ``knowledge/data`` that an analyst can
read and extend; these loaders validate them and cache the result per process.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Collection, Iterator

from conflictscope.types import ACTOR_KINDS


def data_path(name: str):
    return resources.files("conflictscope.knowledge") / "data" / name


def read_rows(name: str, min_columns: int) -> Iterator[list[str]]:
    """Yield the tab-separated rows of a data file, skipping comments and blank lines."""
    return parse_rows(data_path(name).read_text(encoding="utf-8"), name, min_columns)


def read_kinds(name: str, kinds: Collection[str]) -> Iterator[tuple[str, str]]:
    """(lower-cased word or phrase, kind) for each row of a two-column table whose second column
    must be one of ``kinds``; another kind raises ValueError naming the file."""
    for word, kind in read_rows(name, 2):
        if kind not in kinds:
            raise ValueError(f"{name}: unknown kind {kind!r} for {word!r}")
        yield word.lower(), kind


def read_word_sets(name: str, kinds: Collection[str]) -> dict[str, frozenset[str]]:
    """kind -> its words, for a two-column table of words and kinds (see :func:`read_kinds`); every
    kind in ``kinds`` is a key, empty when the table lists no word of it."""
    table: dict[str, set[str]] = {kind: set() for kind in kinds}
    for word, kind in read_kinds(name, kinds):
        table[kind].add(word)
    return {kind: frozenset(words) for kind, words in table.items()}


def parse_rows(text: str, name: str, min_columns: int) -> Iterator[list[str]]:
    """Rows of tab-separated ``text``; a short row raises ValueError naming the file and line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < min_columns:
            raise ValueError(f"{name}:{number}: expected {min_columns} tab-separated columns, got {len(cells)}")
        yield cells


@dataclass(frozen=True)
class Taxonomy:
    """ACLED's event types and sub-event types, both in precedence order (higher first)."""

    event_types: tuple[str, ...]
    sub_event_types: dict[str, tuple[str, ...]]
    disorder_type: dict[str, str]

    def event_type_of(self, sub_event_type: str) -> str:
        for event_type, subs in self.sub_event_types.items():
            if sub_event_type in subs:
                return event_type
        raise KeyError(sub_event_type)

    def rank(self, sub_event_type: str) -> int:
        """Lower is higher precedence: Battles' sub-types rank before Explosions', and so on."""
        order = [s for t in self.event_types for s in self.sub_event_types[t]]
        return order.index(sub_event_type)

    @property
    def all_sub_event_types(self) -> tuple[str, ...]:
        return tuple(s for t in self.event_types for s in self.sub_event_types[t])


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    raw = json.loads(data_path("taxonomy.json").read_text(encoding="utf-8"))
    types = tuple(t["name"] for t in raw["event_types"])
    subs = {t["name"]: tuple(t["sub_event_types"]) for t in raw["event_types"]}
    disorder = {t["name"]: t["disorder_type"] for t in raw["event_types"]}
    return Taxonomy(types, subs, disorder)


GENERIC_CLASSES = ("@attack", "@violence", "@weak", "@explosion", "@fire")


@dataclass(frozen=True)
class TriggerEntry:
    words: tuple[str, ...]
    pos: str  # V, N, A or *
    cls: str  # a sub-event type or a generic class
    role: str  # trigger or cue


@lru_cache(maxsize=1)
def load_triggers() -> tuple[TriggerEntry, ...]:
    valid = set(load_taxonomy().all_sub_event_types) | set(GENERIC_CLASSES)
    entries = []
    for phrase, pos, cls, role in read_rows("triggers.tsv", 4):
        if cls not in valid:
            raise ValueError(f"triggers.tsv: unknown class {cls!r} for {phrase!r}")
        if pos not in {"V", "N", "A", "*"} or role not in {"trigger", "cue"}:
            raise ValueError(f"triggers.tsv: bad pos/role for {phrase!r}")
        # spaCy splits "shoot-out" into "shoot", "-", "out": match it as those tokens
        entries.append(TriggerEntry(tuple(phrase.replace("-", " - ").split()), pos, cls, role))
    return tuple(entries)


@dataclass(frozen=True)
class ActorTerm:
    words: tuple[str, ...]
    kind: str
    name: str
    armed: bool


@lru_cache(maxsize=1)
def load_actor_terms() -> dict[tuple[str, ...], ActorTerm]:
    terms = {}
    for phrase, kind, name, armed in read_rows("actors.tsv", 4):
        if kind not in ACTOR_KINDS:
            raise ValueError(f"actors.tsv: unknown kind {kind!r} for {phrase!r}")
        words = tuple(phrase.split())
        terms[words] = ActorTerm(words, kind, name, armed == "yes")
    return terms


ROLE_WORD_KINDS = ("kin_sides", "device_hit_verbs", "force_things", "finding_verbs", "toll_verbs", "people_sides", "affiliation_words", "disrupting_verbs", "hurt_participles", "organisation_nouns", "remark_verbs", "acted_on_prepositions", "response_verbs")


@lru_cache(maxsize=1)
def load_role_words() -> dict[str, frozenset[str]]:
    """kind -> lemmas of role_words.tsv (words that decide who acted on whom, and as what)."""
    return read_word_sets("role_words.tsv", ROLE_WORD_KINDS)


@dataclass(frozen=True)
class GroupEntry:
    names: tuple[str, ...]
    kind: str
    name: str
    country_code: str | None


@lru_cache(maxsize=1)
def load_groups() -> tuple[GroupEntry, ...]:
    groups = []
    for row in read_rows("groups.tsv", 3):
        names, kind, name = row[0], row[1], row[2]
        country = row[3] if len(row) > 3 and row[3] else None
        if kind not in ACTOR_KINDS:
            raise ValueError(f"groups.tsv: unknown kind {kind!r} for {name!r}")
        # a name in capitals is an acronym that is also a word ("IS"): matched as written
        forms = (n.strip() if n.strip().isupper() else n.strip().lower() for n in names.split("|"))
        groups.append(GroupEntry(tuple(forms), kind, name, country))
    return tuple(groups)


SPEAKER_KINDS = set(ACTOR_KINDS) | {"government", "official", "media", "witness", "organization", "person"}


@lru_cache(maxsize=1)
def load_speaker_terms() -> dict[str, str]:
    terms = {}
    for phrase, kind in read_rows("speakers.tsv", 2):
        if kind not in SPEAKER_KINDS:
            raise ValueError(f"speakers.tsv: unknown kind {kind!r} for {phrase!r}")
        terms[phrase] = kind
    return terms


@lru_cache(maxsize=1)
def load_media_names() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_rows("media.tsv", 1))


@lru_cache(maxsize=1)
def load_reporting_verbs() -> dict[str, str]:
    """Reporting verb lemma -> the stance it expresses by itself."""
    return {verb: stance for verb, stance in read_rows("reporting_verbs.tsv", 2)}


@lru_cache(maxsize=1)
def load_acled_countries() -> dict[str, tuple[str, str]]:
    """ISO2 -> (ACLED region, the country's name as ACLED spells it)."""
    return {iso2.upper(): (region, country) for iso2, region, country in read_rows("acled_regions.tsv", 3)}


@lru_cache(maxsize=1)
def load_monitors() -> frozenset[str]:
    """Words naming ceasefire monitors and observer missions (monitors.tsv), lower-cased."""
    return frozenset(row[0].lower() for row in read_rows("monitors.tsv", 1))


FOCUS_WORD_KINDS = ("currency", "armed")


@lru_cache(maxsize=1)
def load_focus_words() -> dict[str, frozenset[str]]:
    """Words after a country's name or demonym that weaken it as the report's country (``focus_words.tsv``):
    kind ("currency", "armed") -> words."""
    return read_word_sets("focus_words.tsv", FOCUS_WORD_KINDS)


CLAIMANT_WORD_KINDS = ("group", "army")


@lru_cache(maxsize=1)
def load_claimant_words() -> dict[str, frozenset[str]]:
    """Words that make a claimant's name an armed group's (``claimant_words.tsv``): kind ("group",
    "army") -> words."""
    return read_word_sets("claimant_words.tsv", CLAIMANT_WORD_KINDS)


@lru_cache(maxsize=1)
def load_story_turns() -> tuple[str, ...]:
    """story_turns.tsv: openings of a sentence that tells another incident ("in a separate incident")."""
    return tuple(row[0].lower() for row in read_rows("story_turns.tsv", 1))


def opens_another_incident(text: str) -> bool:
    """Does the text (a sentence, a unit) open with one of story_turns.tsv's words, after any opening quote?"""
    return text.lstrip(" \t\"'“‘").lower().startswith(load_story_turns())


@lru_cache(maxsize=1)
def other_incident_words() -> re.Pattern[str]:
    """other_incident_words.tsv as one pattern: words that tell, anywhere in a sentence, another incident
    than the one told before ("Militants also attacked a checkpoint in Y", "another attack")."""
    words = sorted(read_word_sets("other_incident_words.tsv", ("other",))["other"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.IGNORECASE)


def tells_another_incident(text: str) -> bool:
    """Does a sentence tell another incident: opening with a story turn ("In a separate attack") or saying
    so anywhere ("also", "another")?"""
    return opens_another_incident(text) or other_incident_words().search(text) is not None
