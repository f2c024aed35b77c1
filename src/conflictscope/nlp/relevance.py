"""The relevance pass: a cheap scan of raw text for the words later stages can act on, so that text
without any skips the spaCy pipeline (most news is not about violence, and most sentences of a report
that is carry no event).

The unit is a line, or a sentence of a long line (split here by punctuation, without the parser, in
both the fast and the full mode, so both parse exactly the same pieces). A unit is scanned for:

* event words: every word of a trigger phrase, or a body word and "find"
  (``SentenceBuilder.build`` makes event mentions only from these);
* support words: the cues that refine an event told in another sentence (police intervention, a
  protest turning violent), and denial and responsibility words (claims that name no event of their
  own and are attached to one later). Other cues (a drone, small arms) only shape the event of a
  trigger in their own sentence.

A document with no event word anywhere has no events; otherwise its units with event or support
words are parsed, and the unit before one whose speaker is a pronoun ("he said"). Skipping the other
units changes nothing in the output: tests/test_fastpath.py and bench/throughput.py check it.

Words are matched whole, in every form spaCy's lemmatizer could map to the lexicon's lemma: the
inverse of the English model's own lemma rules and exception tables ("fought" -> fight,
"shelling" -> shell, "rallies" -> rally), so nothing that can match a lemma is missed, and "based",
"significant" or "March" do not match "base", "sign" or "march" the way open prefixes would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflictscope.events.predicates.captures import HELD_PEOPLE, HOLDING_PLACES
from conflictscope.events.predicates.movement import DISPLACED_PEOPLE, MOVES
from conflictscope.events.predicates.scheme import REFINING_CUES
from conflictscope.events.predicates.victims import BODY_WORDS, TOLL_WORDS
from conflictscope.knowledge import load_actor_terms, load_groups, load_reporting_verbs, load_triggers, opens_another_incident
from conflictscope.knowledge.geo_data import load_demonyms
from conflictscope.mentions.actors import COLLECTIVES
from conflictscope.mentions.attribution import BLAME_NOUNS, BLAME_VERBS, RESPONSIBILITY_NOUNS
from conflictscope.mentions.triggers import label_of
from conflictscope.nlp.analyze import MODEL_NAME

# Stances of claims that can float to an event told in another sentence.
FLOATING_STANCES = frozenset({"denies", "claims_responsibility"})
# Pronoun speakers look back one unit for who "he" is.
PRONOUN_SPEAKER = re.compile(r"\b(?:he|she|they|it|we)\s+(?:\w+\s+)?(?:said|says|told|added|denied|claimed)\b", re.I)
# Lines up to this length stay whole (an ACLED note, a wire paragraph); longer ones are cut into
# sentences, so that one conflict word does not send a whole article to the parser.
LONG_LINE = 600
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# A full stop after these is not a sentence end ("Gen. Ahmed", "Jan. 5", "No. 3").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt maj capt cpt sgt cpl brig adm cmdr gov sen rep rev st mt ft jr sr
    no nos vs etc inc ltd co corp dept est approx jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


@dataclass(frozen=True)
class Unit:
    """A piece of the text the fast path keeps or skips: [start, end) in the text."""

    start: int
    end: int


def units(text: str) -> list[Unit]:
    """Each non-blank line, with lines longer than ``LONG_LINE`` cut into sentences."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        if not line.group(0).strip():
            continue
        a, b = line.span()
        if b - a <= LONG_LINE:
            found.append(Unit(a, b))
            continue
        start = a
        for end in _sentence_ends(text, a, b):
            found.append(Unit(start, end[0]))
            start = end[1]
        if text[start:b].strip():
            found.append(Unit(start, b))
    return found


def _sentence_ends(text: str, a: int, b: int):
    """(end of a sentence, start of the next) inside text[a:b]."""
    for m in _SENTENCE_END.finditer(text, a, b):
        word = text[max(a, m.start() - 20) : m.start()].split()
        last = word[-1].lstrip("\"'“‘(").lower() if word else ""
        if last in ABBREVIATIONS or len(last) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last):
            continue  # "Gen.", an initial, "U.S."
        # the end keeps the closing punctuation and quotes, the next sentence starts after the space
        closing = re.match(r"[.!?]+[\"'”’)\]]*", m.group(0)).end()
        yield m.start() + closing, m.end()


# ---------------------------------------------------------------------------------------------
# Word forms


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[list[tuple[str, str]], dict[str, set[str]]]:
    """The English model's lemma rules (suffix old -> new) and exceptions inverted (lemma -> forms),
    read from the package's files without loading the pipeline."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    folders = list(Path(get_package_path(MODEL_NAME)).glob("*/lemmatizer/lookups"))
    lookups = Lookups().from_disk(folders[0])
    rules = {tuple(rule) for table in lookups.get_table("lemma_rules").values() for rule in table}
    inverse: dict[str, set[str]] = {}
    for table in lookups.get_table("lemma_exc").values():
        for form, lemmas in table.items():
            for lemma in lemmas:
                inverse.setdefault(lemma.lower(), set()).add(form.lower())
    return sorted(r for r in rules if r != ("", "")), inverse


def word_forms(lemma: str) -> set[str]:
    """Every lower-case word the rule lemmatizer could give ``lemma`` for: the lemma itself, its
    exceptions, and each rule run backwards ("rally" + ies<-y = "rallies")."""
    rules, inverse = _lemma_tables()
    lemma = lemma.lower()
    forms = {lemma} | inverse.get(lemma, set())
    for old, new in rules:
        if lemma.endswith(new) and len(lemma) > len(new):
            forms.add(lemma[: len(lemma) - len(new)] + old)
    return forms


_WORD = re.compile(r"[^\W\d_]+")  # letter runs: no spaCy token holding a lexicon word is finer


class _Lexicon:
    """Phrases (tuples of lemmas) and the word forms that can stand for each lemma. A phrase is
    present in a text when every one of its lemmas is, in any form: a superset of what
    ``find_matches`` can match, which also wants the words in order within one sentence."""

    def __init__(self, phrases: set[tuple[str, ...]]):
        self.phrases_of: dict[str, list[tuple[str, ...]]] = {}  # first lemma -> phrases
        self.lemmas_of: dict[str, set[str]] = {}
        for phrase in phrases:
            self.phrases_of.setdefault(phrase[0], []).append(phrase)
            for lemma in phrase:
                for form in word_forms(lemma):
                    self.lemmas_of.setdefault(form, set()).add(lemma)

    def found_in(self, words: set[str]) -> bool:
        """Is every lemma of some phrase among the lemmas ``words`` (lower-case) can stand for?"""
        lemmas: set[str] = set()
        for word in words:
            lemmas |= self.lemmas_of.get(word, set())
        return any(
            all(lemma in lemmas for lemma in phrase) for first in lemmas for phrase in self.phrases_of.get(first, ())
        )


@lru_cache(maxsize=1)
def _lexicons() -> tuple[_Lexicon, _Lexicon]:
    # a body word counts with "find": "the bodies of two men were found" (predicates/victims.found_body)
    event: set[tuple[str, ...]] = {("find", word) for word in BODY_WORDS}
    support: set[tuple[str, ...]] = {(noun,) for noun in RESPONSIBILITY_NOUNS}
    support |= {(noun,) for noun in TOLL_WORDS}  # "3 fatalities.": the toll of an event told before
    gated = _mover_gates()
    for entry in load_triggers():
        phrase = tuple(w for w in entry.words if w != "-")
        if entry.role == "trigger":
            if phrase[0] not in gated:
                event.add(phrase)
        elif entry.cls in REFINING_CUES:
            support.add(phrase)  # other cues only shape an event their sentence's trigger makes
    support |= {(verb,) for verb, stance in load_reporting_verbs().items() if stance in FLOATING_STANCES}
    # "AQIM has claimed it.": a claim of the event told before by its pronoun (mentions/attribution.py)
    support.add(("claim",))
    support |= {(word,) for word in BLAME_VERBS | BLAME_NOUNS}  # "the X Front was blamed" (blamed_groups)
    return _Lexicon(event), _Lexicon(support - event)


def _forms(lemmas) -> frozenset[str]:
    return frozenset(form for lemma in lemmas for word in _WORD.findall(lemma.lower()) for form in word_forms(word))


@lru_cache(maxsize=1)
def _mover_gates() -> dict[str, tuple[frozenset[str], frozenset[str], bool]]:
    """Movement, displacement and release verbs (``MOVES``, events/predicates/movement.py) make an
    event only for the right people (``who_moves``, events/movers.py): a named armed group joined;
    prisoners or detainees released, or people released from prison; refugees, villagers and other
    displaced people fleeing, evacuating, returning or arriving; armed actors entering or arriving. Such a verb is an
    event word only in a unit that also holds a word those people can be named by, so the many
    sentences where someone returns home or joins talks are not parsed.

    Verb -> (its forms, the words one of which the unit needs, whether any capitalised word will
    do instead: a country or a force the tables do not list, "Armenia entered ...", is an armed
    actor too). A verb of ``MOVES`` not listed here is an ordinary event word."""
    # A name is present only if each of its words is: its longest word stands for it ("the", "of"
    # or "al" alone would let nearly every sentence through). A term ("security force") is matched
    # on its head word, which is always its last.
    groups = _forms(max(_WORD.findall(name), key=len) for g in load_groups() for name in g.names if _WORD.search(name))
    armed = groups | _forms(phrase[-1] for phrase in load_actor_terms()) | _forms(COLLECTIVES)
    armed |= frozenset(k.lower() for k in load_demonyms())
    displaced = _forms(DISPLACED_PEOPLE)
    held = _forms(HELD_PEOPLE | HOLDING_PLACES)
    gates = {
        "join": (groups, False),
        "release": (held, False),
        "flee": (displaced, False),
        "evacuate": (displaced, False),
        "return": (displaced, False),
        "arrive": (displaced | armed, True),
        "enter": (armed, True),
    }
    return {verb: (_forms([verb]), needed, capitals) for verb, (needed, capitals) in gates.items() if verb in MOVES}


_CAPITALISED = re.compile(r"\b[A-Z]")


def _mover_found(unit_text: str, words: set[str]) -> bool:
    """Does the unit hold a movement verb together with the people it needs (see _mover_gates)?"""
    for forms, needed, capitals in _mover_gates().values():
        if words.isdisjoint(forms):
            continue
        if not words.isdisjoint(needed) or (capitals and _CAPITALISED.search(unit_text)):
            return True
    return False


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _event_words_in(unit_text: str, words: set[str]) -> bool:
    """A trigger phrase, a movement verb beside the people it needs (``words``: the unit's), or a
    heading that names the event."""
    return _lexicons()[0].found_in(words) or _mover_found(unit_text, words) or opens_with_label(unit_text)


def opens_with_label(unit_text: str) -> bool:
    """"Security measures: On 9 May, the governor announced ...": an ACLED note whose heading names its
    sub-event (note_labels.tsv) tells an event whatever its other words are, so it is parsed."""
    return label_of(unit_text) is not None


def has_event_words(text: str) -> bool:
    return _event_words_in(text, _words(text))


def has_support_words(text: str) -> bool:
    return _lexicons()[1].found_in(_words(text))


def is_relevant(text: str) -> bool:
    return has_event_words(text) or has_support_words(text)


def needs_previous_speaker(text: str) -> bool:
    return PRONOUN_SPEAKER.search(text) is not None


@dataclass(frozen=True)
class Plan:
    """What the pipeline parses of a text: its units, which are relevant, which look back for a
    pronoun's speaker, and which are parsed (all of them in the full mode)."""

    units: list[Unit]
    relevant: list[bool]
    wants_previous: list[bool]
    parse: frozenset[int]


@lru_cache(maxsize=1)
def _hazard_story_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the forms of natural hazards, the forms of the words that name a side of political violence or a
    crowd). Hazards: non_violent_causes.tsv's "nature" words and hazard_words.tsv. Sides: the armed and
    crowd terms of actors.tsv (the longest word of each), the longest word of each armed group's name,
    the words of weapons and attackers (accidents.tsv's "hostile"), and the one-word protest and riot
    triggers."""
    from conflictscope.events.causes import load_non_violent_causes
    from conflictscope.events.senses import accident_words
    from conflictscope.knowledge import read_word_sets

    from spacy.lang.en.stop_words import STOP_WORDS

    table = read_word_sets("hazard_words.tsv", ("hazard", "generic"))
    hazards = {w for w, kind in load_non_violent_causes().items() if kind == "nature"} | table["hazard"]
    sides = {max(phrase, key=len) for phrase, term in load_actor_terms().items() if term.armed or term.kind in ("protesters", "rioters")}
    # a group known by an acronym that spells a function word ("IS") or a single letter names no side
    # where the word is written in lower case in every sentence ("is"): those words of the groups' names
    # would let every unit of a hazard story back in (the weapons' words stay: "a mine exploded")
    named = {max(_WORD.findall(name), key=len) for g in load_groups() for name in g.names if _WORD.search(name)}
    # (nor a country's name, the longest word of its forces' name: "defence forces of mozambique"; a hazard
    # story names the country it struck)
    from conflictscope.geo.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    sides |= {w for w in named if len(w) > 1 and w.lower() not in STOP_WORDS and not gazetteer.names_country(w)}
    sides |= set(accident_words()["hostile"])
    crowd = ("Peaceful protest", "Violent demonstration", "Mob violence", "Protest with intervention", "Excessive force against protesters")
    sides |= {entry.words[0] for entry in load_triggers() if entry.cls in crowd and len(entry.words) == 1}
    return _forms(hazards), _forms(sides) - _forms(table["generic"])


# A match's score: "7-0", "3 - 1", "2–2"; not a night or a span of days ("the night of 12-13 March")
_SCORE = re.compile(
    r"(?<![\w./-])\d{1,2}\s?[-\u2013]\s?\d{1,2}(?![\w/-]|\.\d)(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.I,
)


@lru_cache(maxsize=1)
def _game_story_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the forms of the words of a match, the forms of the words that name a side of political violence
    or a crowd in a sports report). A team is named like an armed group ("United", "the Tigers", its
    "defence"), so the sides here are the head words of the armed and crowd terms of actors.tsv
    ("forces", "soldiers", "police"), the words of weapons and attackers, the one-word protest and riot
    triggers, and sports_words.tsv's "crowd" (fans, supporters, hooligans)."""
    from conflictscope.events.senses import accident_words
    from conflictscope.knowledge import read_word_sets

    table = read_word_sets("sports_words.tsv", ("game", "result", "crowd", "team", "counted", "dead"))
    generic = read_word_sets("hazard_words.tsv", ("hazard", "generic"))["generic"] | table["team"]
    sides = {phrase[-1] for phrase, term in load_actor_terms().items() if term.armed or term.kind in ("protesters", "rioters")}
    sides |= set(accident_words()["hostile"]) | table["crowd"]
    crowd = ("Peaceful protest", "Violent demonstration", "Mob violence", "Protest with intervention", "Excessive force against protesters")
    sides |= {entry.words[0] for entry in load_triggers() if entry.cls in crowd and len(entry.words) == 1}
    return _forms(table["game"]), _forms(sides) - _forms(generic)


@lru_cache(maxsize=1)
def _game_counts() -> tuple[frozenset[str], re.Pattern[str]]:
    """(what a range of figures counts, a pattern of a line that counts its dead), from sports_words.tsv's
    "counted" and "dead" rows."""
    from conflictscope.knowledge import read_word_sets

    table = read_word_sets("sports_words.tsv", ("game", "result", "crowd", "team", "counted", "dead"))
    figure = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)"
    dead = "|".join(sorted(map(re.escape, table["dead"]), key=len, reverse=True))
    # "12 people were killed", "killing at least 12", "the dead numbered 12": a figure within a few words of
    # a word of the dead
    counts_dead = re.compile(rf"\b{figure}\b(?:\W+\w+){{0,4}}?\W+(?:{dead})\b|\b(?:{dead})\W+(?:\w+\W+){{0,3}}?{figure}\b", re.I)
    return table["counted"], counts_dead


# what a range of figures follows and a score never does: "between 10-15", "up to 10-15", "about 20-30"
_RANGE_BEFORE = re.compile(r"\b(?:between|up\s+to|about|around|some|nearly|roughly|approximately|estimated)\s*$", re.I)


def _scored(unit_text: str) -> bool:
    """Does a line tell a score: a pair of figures ("won 3-1", "a 2-2 draw") that is no range of what was
    counted ("10-15 people were killed", "up to 10-15 ...")?"""
    counted = _game_counts()[0]
    for m in _SCORE.finditer(unit_text):
        if _RANGE_BEFORE.search(unit_text[max(0, m.start() - 24) : m.start()]):
            continue
        after = _WORD.search(unit_text, m.end())
        if after is not None and not unit_text[m.end() : after.start()].strip() and (
            after.group().lower() in counted or _plural_noun(after.group())
        ):
            continue
        return True
    return False


def _plural_noun(word: str) -> bool:
    """A plural written with "-s" ("pupils", "hostages", "worshippers"): a range of figures before one counts
    them ("10-15 pupils were abducted"); a score stands before its result ("a 3-1 win"), a place or a
    time, not before a plural of what it counted (not the game's own words: "3-1 goals")."""
    lowered = word.lower()
    if len(lowered) < 4 or not lowered.endswith("s") or lowered.endswith(("ss", "us", "is")):
        return False
    return lowered[:-1] not in _game_words() and lowered not in _game_words()


@lru_cache(maxsize=1)
def _game_words() -> frozenset[str]:
    """sports_words.tsv's words of a match and of a result."""
    from conflictscope.knowledge import read_word_sets

    table = read_word_sets("sports_words.tsv", ("game", "result", "crowd", "team", "counted", "dead"))
    return frozenset(table["game"] | table["result"])


def counts_dead(unit_text: str) -> bool:
    """Does a line count dead ("10-15 people were killed", "killing 12")? A match kills nobody."""
    return _game_counts()[1].search(unit_text) is not None


def game_story(text: str, pieces: list[Unit], words: list[set[str]]) -> bool:
    """Is the text a sports report: its first line (a headline, or a note's lead) names no side of
    political violence and no crowd, and its first two lines tell a match, a score beside a word of
    the game ("Derby day: Lions storm to victory" / "The Lions stormed the Tigers' fortress on Sunday,
    winning 3-1 away")? A sports page tells its games in war words: a "massacre", an "attack" down the
    wings, a "battle" against relegation."""
    if not pieces:
        return False
    game, sides = _game_story_words()
    if not words[0].isdisjoint(sides):
        return False
    opening = range(min(2, len(pieces)))
    scored = any(_scored(text[pieces[i].start : pieces[i].end]) for i in opening)
    return scored and any(not words[i].isdisjoint(game) for i in opening)


def hazard_story(text: str, pieces: list[Unit], words: list[set[str]]) -> bool:
    """Is the text a story of a natural hazard: its first line (a headline, or the lead of a note) names
    an earthquake, a flood, a storm ... and no side of political violence?"""
    if not pieces:
        return False
    hazards, sides = _hazard_story_words()
    first = words[0]
    return not first.isdisjoint(hazards) and first.isdisjoint(sides)


# A likeness, to the end of its clause: "as if the city had been bombed", "as though a bomb went off", "like
# a war zone" (what the scene looked like, not what happened)
_LIKENESS = re.compile(r"\b(?:as\s+if|as\s+though|like\s+an?)\b[^.,;:!?\"\u201c\u201d]*", re.I)


def plan(text: str, *, fast: bool = True) -> Plan:
    pieces = units(text)
    support = _lexicons()[1]
    words = [_words(text[u.start : u.end]) for u in pieces]  # once per unit, for both lexicons
    event_words = [_event_words_in(text[u.start : u.end], w) for u, w in zip(pieces, words)]
    if fast and not any(event_words):
        # events start from event words: with none anywhere there is nothing to parse
        return Plan(pieces, [False] * len(pieces), [False] * len(pieces), frozenset())
    left_out: set[int] = set()
    games = False
    if any(event_words) and ((games := game_story(text, pieces, words)) or hazard_story(text, pieces, words)):
        # a story of an earthquake or a flood tells its dead, its ruins and its rescuers in war words ("hundreds
        # of buildings were destroyed", "teams are fighting to reach the villages"), a sports report its games
        # ("a seven-goal massacre"): in it, a unit tells political violence or a protest only if it names a
        # side of one (an armed group, forces, a weapon, protesters; in a sports report fans and police too);
        # the others are not read, in either mode
        sides = _game_story_words()[1] if games else _hazard_story_words()[1]
        # (up to a turn to another incident: "Separately, two villagers were killed in Hakkari ...")
        turn = next((i for i in range(len(pieces)) if opens_another_incident(text[pieces[i].start : pieces[i].end])), len(pieces))
        # (a side named in a likeness is none: "it looks as if the city has been bombed", "like a war zone")
        told = [w if games else _words(_LIKENESS.sub(" ", text[u.start : u.end])) for u, w in zip(pieces, words)]
        left_out = {i for i in range(turn) if told[i].isdisjoint(sides) and not opens_with_label(text[pieces[i].start : pieces[i].end])}
        if games:
            # a line of a sports report that counts dead tells what no match does (a stampede, a shooting)
            left_out = {i for i in left_out if not counts_dead(text[pieces[i].start : pieces[i].end])}
        event_words = [e and i not in left_out for i, e in enumerate(event_words)]
        if not any(event_words):
            return Plan(pieces, [False] * len(pieces), [False] * len(pieces), frozenset())
    relevant = [i not in left_out and (event_words[i] or support.found_in(words[i])) for i in range(len(pieces))]
    for i in range(len(pieces) - 1):
        if relevant[i + 1] and not relevant[i] and text[pieces[i].start : pieces[i].end].rstrip().endswith("?"):
            # an interviewer's question sets the scene its answer tells ("What happened in Bujumbura
            # yesterday afternoon?" / "A grenade was thrown into a bar ..."): its day and place are read
            relevant[i] = True
    wants_previous = [needs_previous_speaker(text[u.start : u.end]) for u in pieces]
    parse = {i for i in range(len(pieces)) if (relevant[i] or not fast) and i not in left_out}
    # the unit before one whose speaker is a pronoun, for who "he" is
    parse |= {i - 1 for i in list(parse) if i > 0 and relevant[i] and wants_previous[i] and i - 1 not in left_out}
    return Plan(pieces, relevant, wants_previous, frozenset(parse))
