"""Numbers and casualty counts.

``parse_number`` reads one quantity phrase ("330,000", "twenty-three", "at least five", "dozens") the way
ACLED codes it: the lowest stated figure, vague words mapped through ``knowledge/data/number_words.tsv``.
``find_casualties`` walks a sentence's dependency parse and reports how many people were killed or injured.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterable

from text_to_num import text2num

from conflictscope.events.causes import cause_kind
from conflictscope.knowledge import read_word_sets
from conflictscope.mentions.dates import is_month_name
from conflictscope.nlp.analyze import text_of
from conflictscope.types import CasualtyMention

# ---------------------------------------------------------------------------------------------------------
# Data files


def _data_lines(name: str) -> Iterable[list[str]]:
    text = resources.files("conflictscope.knowledge").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


@lru_cache(maxsize=1)
def vague_words() -> dict[str, int]:
    """Vague quantity phrase (lower-case) -> ACLED count."""
    return {cells[0]: int(cells[1]) for cells in _data_lines("number_words.tsv")}


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    """Nouns for a group whose size an "of" phrase gives ("a family of seven")."""
    return frozenset(cells[0].lower() for cells in _data_lines("group_nouns.tsv"))


@lru_cache(maxsize=1)
def casualty_words() -> dict[str, tuple[str, str]]:
    """Lemma -> (kind, role), kind "killed"/"injured", role "verb"/"intransitive"/"adjective"/"noun"/
    "fighters" (a verb that kills only fighters: "neutralised"); the words of role "fighter" are not here."""
    return {cells[0]: (cells[1], cells[2]) for cells in _data_lines("casualty_words.tsv") if cells[2] not in ("fighter", "lost", "attacker")}


@lru_cache(maxsize=1)
def death_phrases() -> dict[str, list[tuple[str, frozenset[str], str]]]:
    """Verb lemma -> (noun lemma, words of which one must modify the noun or the verb, role) of the set
    phrases that tell a death (death_phrases.tsv): "paid the supreme price", "were sent to hell"."""
    table: dict[str, list[tuple[str, frozenset[str], str]]] = {}
    for verb, noun, words, role in _data_lines("death_phrases.tsv"):
        table.setdefault(verb, []).append((noun, frozenset() if words == "-" else frozenset(words.split()), role))
    return table


def _phrase_death(verb) -> str | None:
    """The role of a death told by a set phrase on ``verb`` (death_phrases.tsv), else None: "two
    soldiers paid the supreme price" (the dead its subject), "three militants were sent to hell" (the
    dead its passive subject). Not "paid a high price for the delay" (no "supreme"), nor "gave
    their lives new meaning" (no death: the noun must be the object, with no second object)."""
    rows = death_phrases().get(verb.lemma_.lower())
    if not rows:
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "dative" for c in verb.children):
        return None
    for noun, words, role in rows:
        for found in nouns:
            if found.lemma_.lower() != noun and found.lower_ != noun:
                continue
            if words and not any(c.lower_ in words for c in (*found.children, *verb.children)):
                continue
            return role
    return None


@lru_cache(maxsize=1)
def attacker_nouns() -> frozenset[str]:
    """Nouns for the one who carried out an attack (casualty_words.tsv's "attacker" rows)."""
    return frozenset(cells[0] for cells in _data_lines("casualty_words.tsv") if cells[2] == "attacker")


@lru_cache(maxsize=1)
def lost_people() -> frozenset[str]:
    """Nouns of the people a side is said to have lost (casualty_words.tsv's "lost" rows)."""
    return frozenset(cells[0] for cells in _data_lines("casualty_words.tsv") if cells[2] == "lost")


@lru_cache(maxsize=1)
def fighter_nouns() -> frozenset[str]:
    """Nouns for armed people: armed actor words (actors.tsv; of a longer term, its last word when it is
    one of the people a side can lose) and casualty_words.tsv's "fighter" rows."""
    from conflictscope.knowledge import load_actor_terms

    terms = [words for words, term in load_actor_terms().items() if term.armed]
    # the last word of a longer term only when it names people ("militia members"), not things or
    # places ("army post", "rebel position", "police vehicle": "neutralised three posts" kills nobody)
    armed = {words[0] for words in terms if len(words) == 1} | ({words[-1] for words in terms if len(words) > 1} & lost_people())
    return frozenset(armed | {cells[0] for cells in _data_lines("casualty_words.tsv") if cells[2] == "fighter"})


# ---------------------------------------------------------------------------------------------------------
# parse_number

# Hedges in front of a figure; ACLED keeps the figure itself (the lowest one stated).
_QUALIFIERS = re.compile(
    r"^(?:at least|at most|more than|less than|fewer than|no fewer than|no less than|not less than|"
    r"just over|just under|well over|over|under|nearly|almost|about|around|roughly|approximately|"
    r"some|up to|as many as|as few as|upwards of|an estimated|estimated|a total of|totall?ing|possibly|"
    r"perhaps|reportedly|only|another|a further|further|between|from)\s+"
)
_DIGITS = re.compile(r"^\d{1,3}(?:[, \u00a0\u202f]\d{3})+$|^\d+$")
_DECIMAL = re.compile(r"^(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion)$")
_RANGE = re.compile(r"^(.+?)\s*(?:-|\u2013|\u2014|\bto\b|\bor\b|\band\b|/)\s*(.+)$")
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^\w\s,.\-\u2013\u2014/]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" ,.")


def _strip_qualifiers(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = _QUALIFIERS.sub("", text)
    return text


def _single(text: str) -> tuple[int, bool] | None:
    """One figure, no range: digits, number words or a vague word."""
    if not text:
        return None
    if _DIGITS.match(text):
        return int(re.sub(r"\D", "", text)), True
    table = vague_words()
    if text in table:
        return table[text], False
    match = _DECIMAL.match(text)
    if match:
        return int(float(match.group(1)) * _MULTIPLIERS[match.group(2)]), True
    words = text.replace(",", " ")
    words = re.sub(r"^an? (?=hundred|thousand|million|billion)", "one ", words)
    words = re.sub(r"\s+", " ", words).strip()
    if not re.fullmatch(r"[a-z\- ]+", words):
        return None
    try:
        value = text2num(words, "en")
    except (ValueError, TypeError, AssertionError, IndexError, KeyError):
        return None
    return (int(value), True) if isinstance(value, int) and value >= 0 else None


def parse_quantity(text: str) -> tuple[int, bool] | None:
    """Like ``parse_number`` but also says whether the figure is exact (False for vague words)."""
    if not isinstance(text, str):
        return None
    cleaned = _strip_qualifiers(_normalise(text))
    if not cleaned or len(cleaned) > 80:
        return None
    found = _single(cleaned)
    if found is not None:
        return found
    match = _RANGE.match(cleaned)
    if match:
        low = _single(_strip_qualifiers(match.group(1)))
        high = _single(_strip_qualifiers(match.group(2)))
        if low is not None and high is not None:
            return min(low, high, key=lambda pair: pair[0])
    return None


def parse_number(text: str) -> int | None:
    """The count a quantity phrase states, ACLED-style (lowest figure; vague words mapped), or None."""
    found = parse_quantity(text)
    return found[0] if found else None


# ---------------------------------------------------------------------------------------------------------
# find_casualties

_NOT_COUNTS = {"TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
UNITS = _UNITS = frozenset(
    "km kilometre kilometer kilometres kilometers mile metre meter foot feet inch ton tonne kg kilogram gram "
    "litre liter gallon barrel acre hectare degree mm cm percent".split()
)
_TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}
_ZERO_WORDS = {"nobody", "none", "noone"}
_VAGUE_ADJECTIVES = {"several", "many", "numerous", "few", "multiple"}
_PHRASE_DEPS = {"quantmod", "advmod", "compound", "nummod", "det", "amod", "npadvmod"}
_NO_VICTIM_LEMMAS = {"other", "more"}
_VICTIM_DEPS = ("nsubjpass", "nsubj")
# Verbs that kill when done "to death".
TO_DEATH_VERBS = frozenset("shoot stab beat stone burn hack club batter torture starve crush strike hit lynch".split())
# Verbs that kill when done to someone "alive": "were burnt alive", "buried them alive".
ALIVE_VERBS = frozenset("burn bury".split())
# Verbs that kill when done "down": "gunned down two suspects", "were mowed down".
DOWN_VERBS = frozenset("gun mow".split())
# People named as dead by the noun itself, whose burial tells their death: "buried six victims".
BURIED_DEAD = frozenset("victim body corpse dead".split())
# Verbs that tell a death with "away": "passed away in hospital".
AWAY_VERBS = frozenset(["pass"])


def _is_count(token) -> bool:
    """A token that states a number of people (not a year, a time, money, an age...)."""
    lower = token.lower_
    if token.ent_type_ == "QUANTITY" and token.dep_ == "nummod" and token.head.pos_ in ("NOUN", "PROPN"):
        # "1 TMF fighter" tagged as a quantity: a count of people unless the noun is a unit ("5 km")
        if token.head.lemma_.lower() in _UNITS or len(token.head.text) <= 2:
            return False
    elif token.ent_type_ in _NOT_COUNTS:
        return False
    if token.tag_ != "CD" and not token.like_num and lower not in vague_words():
        return False
    if token.head is not token and token.head.lemma_.lower() in _TIME_UNITS and token.dep_ == "nummod":
        return False  # "45-year-old", "three days"
    if token.ent_type_ == "DATE" and re.fullmatch(r"1[89]\d\d|20\d\d", token.text):
        return False
    if _day_of_month(token):
        return False
    return parse_number(token.text) is not None or lower in {"tens", "scores"}


def _day_of_month(token) -> bool:
    """"Around 9 May 2020", "on May 9, 2020": the day of a date, which the parser may hang on a verb
    as if nine people were its subject. A number after a month counts when a noun follows it ("in
    May 9 people died")."""
    if not (token.text.isdigit() and 1 <= int(token.text) <= 31):
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    if after is not None and is_month_name(after.text):
        return True
    return before is not None and is_month_name(before.text) and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"))


def _phrase_tokens(number) -> list:
    """The number token and the modifiers that belong to its figure ("at least", "tens of", "a")."""
    keep = {number.i}
    stack = [number]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in _PHRASE_DEPS or (child.dep_ == "prep" and child.lower_ == "of" and child.i < number.i):
                keep.add(child.i)
                stack.append(child)
    # contiguous run around the number; the hyphen of a number word written in two ("Twenty-three", which
    # the parser splits into "Twenty" as a compound of "three" and a punctuation mark between) joins it
    doc = number.doc
    lo = hi = number.i
    while lo - 1 in keep or lo - 2 in keep and (_number_hyphen(doc[lo - 1], doc[lo - 2], doc[lo]) or _range_dash(doc[lo - 1], doc[lo - 2], doc[lo])):
        lo -= 1
    while hi + 1 in keep or hi + 2 in keep and _number_hyphen(doc[hi + 1], doc[hi], doc[hi + 2]):
        hi += 1
    return [doc[i] for i in range(lo, hi + 1)]


def _number_hyphen(mark, before, after) -> bool:
    """Is ``mark`` the hyphen inside a number written in words ("twenty-three"), with no space around it?"""
    return (
        mark.text in ("-", "\u2010", "\u2011") and before.like_num and after.like_num and not before.text.isdigit()
        and not before.whitespace_ and not mark.whitespace_
    )


def _range_dash(mark, before, after) -> bool:
    """Is ``mark`` the dash of a range of figures ("20-25 villagers", "20 - 25"), whose first figure the
    parser hangs on the second? The range's lowest figure is ACLED's."""
    return mark.text in ("-", "\u2013", "\u2014") and before.like_num and after.like_num


def _count_of_number(number) -> tuple[int, bool, int, int] | None:
    """(count, exact, start_char, end_char) for a number token, taking the lowest of alternatives."""
    tokens = _phrase_tokens(number)
    if any(t.lower_ == "how" for t in tokens):
        return None  # "how many people died?": a question, no count
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    found = parse_quantity(text_of(number.doc)[start:end]) or parse_quantity(number.text)
    if found is None:
        return None
    count, exact = found
    for child in number.children:  # "10, possibly 15": the appositive alternative
        near = child.dep_ == "appos" or (child.dep_ == "conj" and child.i - number.i <= 2)
        if child.dep_ == "conj" and number.lower_ in _MULTIPLIERS and child.i > number.i + 1 and number.doc[number.i + 1].lower_ == "and":
            # "two hundred and forty", "one hundred and twenty-five": the figure's last part, joined by
            # "and" right after the multiplier, not an alternative
            part = _phrase_tokens(child)
            rest = parse_quantity(text_of(number.doc)[part[0].idx : part[-1].idx + len(part[-1].text)]) if part[0].i == number.i + 2 else None
            if rest is not None and rest[0] < _MULTIPLIERS[number.lower_]:
                count, end = count + rest[0], max(end, part[-1].idx + len(part[-1].text))
                continue
        if near and _is_count(child):
            other = parse_quantity(child.text)
            if other:
                count = min(count, other[0])
                end = max(end, child.idx + len(child.text))
    return count, exact, start, end


def _victim_lemma(noun) -> str | None:
    lemma = noun.lemma_.lower()
    if noun.tag_ == "CD" or noun.pos_ in ("PRON", "NUM") or lemma in _NO_VICTIM_LEMMAS:
        return None
    if noun.lower_ in vague_words():
        return None
    return lemma


def _conjunct_count(conj) -> tuple[int, bool] | None:
    if conj.lower_ in _SELF and conj.pos_ == "PRON":
        return 1, True  # "detonated the car, killing 21 cadets and himself": the attacker is one of the dead
    number = next((c for c in conj.children if c.dep_ == "nummod" and _is_count(c)), None)
    if number is not None:
        found = _count_of_number(number)
        return (found[0], found[1]) if found else None
    if conj.pos_ == "NUM" and _is_count(conj) and any(c.dep_ == "prep" and c.lower_ == "of" for c in conj.children):
        # "the groom and two of his relatives were also killed": the count stands for the people
        found = _count_of_number(conj)
        return (found[0], found[1]) if found else None
    if conj.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in conj.children):
        return 1, True  # "a commander and his driver"
    if conj.tag_ == "NN" and not any(c.dep_ not in ("amod", "compound") for c in conj.children) and any(
        c.dep_ in ("det", "poss") for c in conj.head.children
    ) and conj.head.tag_ == "NN" and conj.head.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in conj.head.head.children
    ):
        # "his wife and son were shot dead": the first's article shared, two people by the plural verb (not
        # "a prominent official and activist was shot dead": one person named twice)
        return 1, True
    vague = next((c for c in conj.children if c.dep_ == "amod" and c.lower_ in _VAGUE_ADJECTIVES), None)
    if vague is not None and conj.tag_ in ("NNS", "NNPS") and vague.lower_ in vague_words():
        # "12 people and several soldiers were killed": ACLED codes a vague word as its lowest count
        # (number_words.tsv: "several" 3) and adds it to the stated figure
        return vague_words()[vague.lower_], False
    return None


def _add_conjuncts(noun, count: int, exact: bool, start: int, end: int):
    """Add the people named by later conjuncts: "two soldiers and three civilians" -> 5."""
    for conj in noun.conjuncts:
        if conj.i <= noun.i or _told_apart(noun, conj):
            continue
        more = _conjunct_count(conj)
        if more is None:
            continue
        count += more[0]
        exact = exact and more[1]
        end = max(end, conj.idx + len(conj.text))
    return count, exact, start, end


def _is_state_word(token) -> bool:
    """A casualty word of state ("dead", "wounded", "injured")."""
    return casualty_words().get(token.lower_, ("", ""))[1] == "adjective"


def _told_apart(noun, conj) -> bool:
    """"left 3 fighters dead and 6 others injured": a later conjunct with a state word of its own, after
    one closing the people before it, is counted by its own word, not with them."""
    return any(c.dep_ in ("amod", "acl") and _is_state_word(c) for c in conj.children) and any(
        _is_state_word(t) for t in noun.doc[noun.i + 1 : conj.i]
    )


def _noun_count(noun):
    """(count, exact, start, end, victims, number_token_index) for the people a noun phrase names."""
    lower = noun.lower_
    kids = list(noun.children)
    if lower in _ZERO_WORDS or (lower == "one" and any(c.lower_ == "no" for c in kids)):
        return 0, True, noun.left_edge.idx, noun.idx + len(noun.text), None, noun.i
    if any(c.dep_ == "det" and c.lower_ in ("no", "zero") for c in kids):
        victims = None if noun.lemma_.lower() in casualty_words() else _victim_lemma(noun)
        return 0, True, noun.left_edge.idx, noun.idx + len(noun.text), victims, noun.i
    if _is_count(noun):  # the number stands alone: "four wounded", "dozens of people", "one of the soldiers"
        found = _count_of_number(noun)
        if found is None:
            return None
        victims = None
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                victims = next((_victim_lemma(p) for p in child.children if p.dep_ == "pobj"), None)
        # "32 dead, plus the bomber", "one of the guards and a driver": people named after the figure (not
        # "3 dead and 9 hurt": a count of its own word)
        if any(conj.lemma_.lower() in casualty_words() or conj.lower_ in casualty_words() for conj in noun.conjuncts):
            return (*found, victims, noun.i)
        return (*_add_conjuncts(noun, *found), victims, noun.i)
    for child in kids:
        if child.dep_ in ("nummod", "quantmod", "amod", "det") and (
            _is_count(child) or (child.lower_ in _VAGUE_ADJECTIVES and child.dep_ == "amod")
        ):
            found = _count_of_number(child)
            if found is None:
                continue
            count, exact, start, end = _add_conjuncts(noun, *found)
            return count, exact, min(start, noun.idx), max(end, noun.idx + len(noun.text)), _victim_lemma(noun), child.i
    if noun.lemma_.lower() in group_nouns() or noun.lemma_.lower() == "total":
        # ("a total of seven people were confirmed dead": the people counted, not one total)
        # "a family of seven civilians", "a family of five": the members counted are the victims
        for member in (p for c in kids if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
            found = _noun_count(member)
            if found is not None and found[0] > 0:
                count, exact, start, end, victims, key = found
                return count, exact, min(start, noun.left_edge.idx), end, victims, key
    singular = noun.tag_ in ("NN", "NNP") or noun.lower_ in ("he", "she", "himself", "herself") or (noun.lower_ in ("him", "her") and noun.dep_ == "dobj")
    if noun.tag_ == "JJ" and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids):
        # "killing a civilian, local authorities said": the parser can tag a person's noun after
        # 'a' as an adjective; a word that 'a' opens in an object's or subject's place names one person
        # ('the wounded' is no such word: only the indefinite article makes it one)
        singular = True
    if singular and noun.lemma_.lower() not in _NO_VICTIM_LEMMAS:
        # "a policeman was shot dead", "the suicide bomber was killed", "he died": one person; "the
        # bomber killed himself and 5 others": the bomber is among the dead, as ACLED and GTD count them
        det = next((c for c in kids if c.dep_ in ("det", "poss")), None)
        if noun.pos_ == "PROPN" or noun.pos_ == "PRON" or det is not None:
            count, exact, start, end = _add_conjuncts(noun, 1, True, noun.left_edge.idx, noun.idx + len(noun.text))
            victims = None if noun.pos_ in ("PRON", "PROPN") else _victim_lemma(noun)
            return count, exact, start, end, victims, noun.i
    return None


def _child(token, *deps):
    return next((c for c in token.children if c.dep_ in deps), None)


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and _child(verb, "dobj") is None
    )


def _verb_victims(verb, role: str):
    """The noun that names the victims of a killing/injuring verb."""
    if role == "intransitive":
        subject = _nearest_subject(verb)
        if subject is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and any(c.lower_ == "to" for c in verb.children):
            # "11 people are reported to have died", "five are feared to have perished": the raising verb's subject
            subject = _nearest_subject(verb.head)
        if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.tag_ == "VBN" and _child(verb.head, "dobj") is None:
            # "two men were set on fire by villagers and died": the passive first verb's subject died
            subject = _nearest_subject(verb.head)
        return subject
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _child(verb, "nsubjpass", "dobj") is None and not _subjects_of_be(verb):
        return verb.head  # "the 4 people killed in the blast"
    obj = _child(verb, "dobj")
    if obj is not None and obj.lower_ in ("them", "they") and verb.dep_ in ("advcl", "conj") and (told := _child(verb.head, "dobj", "nsubjpass")) is not None:
        return told  # "set ablaze three suspected robbers, burning them to death": those the first verb told of
    if obj is not None and not _is_passive(verb):
        return obj
    if obj is None and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        # "killed 15 farmers working their fields": the parser makes the victims the subject of a
        # clause of their doing; those after the verb, doing something, are whom it killed
        doing = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG" and c.i > verb.i), None)
        subject = _child(doing, "nsubj") if doing is not None else None
        if subject is not None and subject.i > verb.i and subject.pos_ in ("NOUN", "PROPN"):
            return subject
    if _is_passive(verb):
        subject = _nearest_subject(verb)
        if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            subject = _child(verb.head, "nsubjpass")  # "1 fighter was shot and killed": the subject is the first verb's
        if subject is None and verb.dep_ in ("advcl", "oprd", "xcomp") and verb.head.pos_ == "VERB" and verb.tag_ == "VBN":
            subject = _depicted(verb.head)  # "a man was found seriously injured", "they left him wounded"
        return subject
    return None


def _nearest_subject(verb):
    """The verb's subject, passing over a wire dateline the parser took for one ("QUETTA, June 8: At
    least six people were killed": the town in capitals that opens the sentence, before a comma, a
    colon or a bracket)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")] or _subjects_of_be(verb)
    if len(subjects) > 1 and _dateline_town(subjects[0]):
        return subjects[1]
    return subjects[0] if subjects else None


def _subjects_of_be(verb) -> list:
    """"Four policemen were on Tuesday martyred", "two were yesterday shot dead": local press puts the day
    between the auxiliary and the participle, and the parser may hang the subject on the auxiliary
    ("were" auxpass) or make "were" the clause's verb and the participle its adverbial."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubjpass", "nsubj") for c in verb.children):
        return []
    be = next((c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.lemma_ == "be"), None)
    if be is None and verb.dep_ in ("advcl", "xcomp", "acomp", "conj") and verb.head.lemma_ == "be" and verb.head.i < verb.i:
        be = verb.head
    return [c for c in be.children if c.dep_ in ("nsubjpass", "nsubj")] if be is not None else []


def _dateline_town(token) -> bool:
    doc = token.doc
    sent_start = token.sent.start if doc.has_annotation("SENT_START") else 0
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.pos_ != "PROPN" or token.left_edge.i != sent_start or after is None:
        return False
    if token.text.isupper() and len(token.text) > 2 and after.text in (",", ":", "(", "-", "\u2014"):
        return True
    # "Bunia, 20 June 2021 (Radio Okapi) - Five civilians were killed": a town, a comma and a date open a
    # local agency's dateline, whatever the case of the town
    dated = doc[token.i + 2] if token.i + 2 < len(doc) else None
    return after.text == "," and dated is not None and (dated.ent_type_ == "DATE" or is_month_name(dated.text))


def _depicted(verb):
    """Whom a participle or adjective after a verb describes: the verb's object ("found him dead"), else its
    passive subject ("was found dead"), else, for a verb joined to an earlier one ("was kidnapped and later
    found dead"), the earlier verb's."""
    found = _child(verb, "dobj") or _child(verb, "nsubjpass")
    if found is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        found = _child(verb.head, "nsubjpass")
    return found


def _fallback_number(trigger):
    """A bare figure hanging off the trigger ("At least 10, possibly 15, people were killed"; "3 killed.",
    where the tagger takes a figure that opens a sentence for a list marker, ``meta``)."""
    for child in trigger.children:
        if child.dep_ in ("advcl", "npadvmod", "dep", "appos", "attr", "dobj", "nsubj", "meta") and _is_count(child):
            return child
    return None


def _adjective_victims(adj):
    """"four dead", "left 4 dead", "are dead", "shot dead"."""
    prev = adj.doc[adj.i - 1] if adj.i > 0 else None
    if prev is not None and _is_count(prev):
        return prev
    subject = _child(adj, "nsubj")
    if subject is not None and adj.dep_ in ("ccomp", "xcomp", "oprd", "advcl") and adj.head.lemma_.lower() in ("leave", "find"):
        return subject  # "leaving at least 5 people dead", parsed as a clause of its own
    if adj.dep_ in ("oprd", "acomp", "xcomp", "advmod"):
        verb = adj.head
        return _depicted(verb) or _child(verb, "nsubj")
    if adj.dep_ in ("amod", "acl") and adj.head.i != adj.i:
        first = _left_objects(adj.head, adj)
        return first if first is not None else adj.head
    return None


def _noun_victims(noun):
    """"12 deaths", "the killing of two journalists", "the death toll rose to 12"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return noun  # "no injuries were reported"
    if _of_a_year(noun):
        return None  # "over the 2017 murder of a journalist", "last year's killing of two students": a past death
    number = _child(noun, "nummod")
    if number is not None and _is_count(number):
        return number
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = _child(prep, "pobj")
            if pobj is not None:
                return pobj
    return None


def _of_a_year(noun) -> bool:
    """Is a death noun dated by a year before it ("the 2017 murder of a journalist", "the 1994 killings") or by
    a past year's possessive ("last year's killing of two students")? A report names the deaths of its own
    incident by their day ("Sunday's killing"); a year names an earlier one, which the story recalls."""
    for child in noun.children:
        if child.dep_ in ("nummod", "compound", "amod") and re.fullmatch(r"(?:1[89]|20)\d\d", child.text):
            return True
        if child.dep_ == "poss" and child.lemma_.lower() == "year" and any(g.lower_ in ("last", "previous") for g in child.children):
            return True
    return False


# Verbs by which someone sets a toll at a figure: "put the toll at 12", "raised the death toll to 15".
TOLL_SETTING_VERBS = frozenset("put raise revise place set lift bring estimate update".split())


def _toll_set(toll):
    """The figure a toll is set at by someone: "the ministry put the toll at 12", "officials raised the
    death toll to 15", "revised the toll to 20"."""
    verb = toll.head
    if toll.dep_ != "dobj" or verb.lemma_.lower() not in TOLL_SETTING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "at") and child.i > toll.i:
            pobj = _child(child, "pobj")
            if pobj is not None and _is_count(pobj):
                return pobj
    return None


def _bare_toll(toll) -> bool:
    """"The toll from the outbreak of fighting rose to 40", "the toll stood at 12": a toll with no
    "death" before it that reaches a figure is the count of the dead, unless a word before it says what
    else it counts ("the road toll", "the injury toll") or what it is of or from is a hazard or an
    illness ("the toll from the floods", "the toll of the epidemic"). What it is of or from must be an
    incident, a conflict or the dead (not "the toll of injured rose to 40"), and the word after its figure
    none of the hurt or the arrested (not "the toll stood at 12 injured"). (Only a subject reaching a
    figure; "took a heavy toll on 12 districts" has none.)"""
    if toll.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ in ("compound", "nmod") for c in toll.children):
        return False
    number = _toll_number(toll)
    if number is None:
        return False
    objects = [g for p in toll.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in p.children if g.dep_ == "pobj"]
    if not all(_toll_of_the_dead(g) for g in objects):
        return False  # "the toll of injured rose to 40", "the toll of arrests"
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and after is number.head and after.i + 1 < len(number.doc):
        after = number.doc[after.i + 1]  # "stood at 12 people injured"
    return after is None or not _names_hurt(after)  # not "the toll stood at 12 injured"


@lru_cache(maxsize=1)
def _toll_objects() -> dict[str, frozenset[str]]:
    """toll_objects.tsv by kind: incident, dead, other."""
    return read_word_sets("toll_objects.tsv", ("incident", "dead", "other"))


def _names_hurt(token) -> bool:
    """Is the word one of the hurt or the arrested ("injured", "wounded", "hurt", "arrested", "arrests";
    casualty_words.tsv's words of the injured, figure_words.tsv's "hurt", toll_objects.tsv's "other")?"""
    return bool({token.lower_, token.lemma_.lower()} & _hurt_words())


@lru_cache(maxsize=1)
def _hurt_words() -> frozenset[str]:
    return frozenset({w for w, (kind, _) in casualty_words().items() if kind == "injured"} | figure_words()["hurt"] | _toll_objects()["other"])


def _toll_of_the_dead(obj) -> bool:
    """May a bare toll "of" or "from" this be the dead? Only an incident or a conflict ("the toll from the
    fighting", "of Sunday's attack", "from the outbreak of fighting", looking through the word before an
    "of") or the dead themselves ("the toll of the dead", "of those killed"); and no word on it of the hurt
    or the arrested ("the toll of injured", "of those wounded", "of dead and injured", "of arrests")."""
    told = [obj] + [c for c in obj.children if c.dep_ in ("conj", "acl", "amod", "relcl", "compound")]
    if any(_names_hurt(t) or any(_names_hurt(g) for g in t.children if g.dep_ in ("acl", "amod")) for t in told):
        return False
    words = _toll_objects()
    killing = {w for w, (kind, _) in casualty_words().items() if kind == "killed"}
    node = obj
    for _ in range(3):
        lemma = node.lemma_.lower()
        if lemma in words["incident"] or node.lower_ in words["incident"] or lemma in words["dead"]:
            return True
        if any(c.lemma_.lower() in killing | words["dead"] or c.lower_ in killing for c in node.children if c.dep_ in ("acl", "amod", "relcl")):
            return True  # "the toll of those killed", "of people killed"
        node = next((g for p in node.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        if node is None:
            return False
    return False


def _hazard_toll(toll) -> bool:
    """Is the toll one of a hazard or an illness, by what it is "from" or "of" ("the toll from the
    floods", "the death toll of the cholera outbreak"; not "the toll from the outbreak of fighting")?"""
    return any(cause_kind(g) is not None for p in toll.children if p.dep_ == "prep" and p.lower_ in ("from", "of", "in") for g in p.children if g.dep_ == "pobj")


def _toll_number(toll):
    """The figure a death toll reaches: "rose to 12", "stands at 12", "is 12", "reached 12", or is set
    at ("put the toll at 12")."""
    if toll.dep_ == "dobj":
        return _toll_set(toll)
    number = _child(toll, "nummod")
    if number is not None and number.i > toll.i and _is_count(number):
        return number  # "Saturday's ambush near Tillaberi: death toll 9", a digest's heading
    verb = toll.head
    if toll.dep_ not in ("nsubj", "nsubjpass") or verb is toll:
        return None
    for child in verb.children:
        if child.dep_ in ("attr", "dobj", "npadvmod") and _is_count(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("to", "at"):
            pobj = _child(child, "pobj")
            if pobj is not None and _is_count(pobj):
                return pobj
    return None


def _trigger(token):
    """(kind, role) if the token signals killing or injuring, else None."""
    words = casualty_words()
    lemma = token.lemma_.lower()
    lower = token.lower_
    if token.pos_ == "ADJ" or (token.tag_ == "VBN" and token.dep_ in ("amod", "acl") and lower in words):
        if lower in words and words[lower][1] == "adjective":
            return words[lower]
    if token.pos_ in ("NOUN", "PROPN"):
        if lemma == "toll":
            # "the death toll rose to 12"; a bare "toll" only when set at a figure ("the ministry put the
            # toll at 12", "raised the toll to 15"; not "took a heavy toll on 12 districts")
            if _hazard_toll(token):
                return None  # "the death toll from the cholera outbreak rose to 40": no violence's dead
            if any(c.lemma_.lower() in ("death", "fatality") for c in token.children) or _toll_set(token) is not None:
                return "killed", "toll"
            if _bare_toll(token):
                return "killed", "toll"
            return None
        if lemma in ("casualty", "casualties") and any(c.lower_ == "no" for c in token.children):
            return "both", "zero"
        if lemma in words:
            return words[lemma][0], "noun"
        return None
    if token.pos_ in ("VERB", "AUX"):
        if lemma == "shoot" and (
            any(c.lower_ == "dead" for c in token.children)
            or any(g.lower_ == "dead" for c in token.children if c.dep_ == "dobj" for g in c.children)
        ):
            return "killed", "verb"
        if lemma in DOWN_VERBS and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
            return "killed", "verb"  # "gunned down two suspects", "were gunned down"
        if lemma in TO_DEATH_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() == "death" for p in c.children) for c in token.children
        ):
            return "killed", "verb"  # "was shot to death", "beaten to death", "stabbed to death"
        if lemma == "bury" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BURIED_DEAD and any(g.dep_ == "nummod" and _is_count(g) for g in c.children)
            for c in token.children
        ):
            # "relatives buried six victims of the attack", "four bodies were buried": counted dead (not
            # "the decision to bury the body of a patient")
            return "killed", "verb"
        if lemma in ALIVE_VERBS and any(c.lower_ == "alive" for c in token.children):
            return "killed", "verb"  # "two suspects were burnt alive by a mob"
        if lemma == "lose" and any(c.lemma_.lower() == "life" for c in token.children if c.dep_ == "dobj"):
            return "killed", "intransitive"
        if lemma == "lose" and _side_lost_its_people(token):
            return "killed", "verb"  # "the attackers lost three of their members": the side's own dead
        if lemma in AWAY_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in token.children):
            return "killed", "intransitive"  # "the wounded officer passed away in hospital"
        if lemma == "claim" and any(c.lemma_.lower() == "life" for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
            return "killed", "lives"  # "the blast claimed 12 lives", "claimed the lives of seven soldiers"
        if lemma in ("cut", "slit", "slash") and any(c.lemma_.lower() == "throat" for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
            return "killed", "lives"  # "cut the throats of five villagers"
        phrase = _phrase_death(token)
        if phrase is not None:
            return "killed", phrase  # "paid the supreme price", "were sent to hell"
        if lemma in ("sustain", "suffer", "receive") and any(
            c.lemma_.lower() in ("injury", "wound") for c in token.children if c.dep_ == "dobj"
        ):
            return "injured", "intransitive"
        if lemma in words and words[lemma][1] in ("verb", "intransitive", "fighters"):
            return words[lemma]
        if lemma in words and words[lemma][1] == "bare" and not any(
            c.lower_ == "to" or c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in token.children
        ):
            # "the constable succumbed in hospital": a death; "succumbed to pressure" is none (what one
            # succumbs to, when it is a wound, is death_phrases.tsv's)
            return words[lemma][0], "intransitive"
    return None


def _killed_along_with(verb, victims):
    """"killed 142 students, together with three soldiers and three police officers", "killed 12 villagers
    along with two soldiers": people the killing verb takes "together with" or "along with" after its
    object are further victims of it. (count, exact, start, end) of them, or None."""
    if victims.i < verb.i:
        return None
    for prep in verb.children:
        if prep.i < victims.i:
            continue
        if prep.dep_ == "prep" and prep.lower_ == "along":
            prep = _child(prep, "prep")
            if prep is None:
                continue
        elif not (prep.dep_ == "prep" and prep.lower_ == "with" and any(c.lower_ == "together" for c in prep.children)):
            continue
        if prep.lower_ != "with":
            continue
        people = _child(prep, "pobj")
        reading = _noun_count(people) if people is not None else None
        if reading is not None and reading[0] > 0:
            return reading[:4]
    return None


def _side_lost_its_people(verb) -> bool:
    """"The attackers also lost three of their members", "the militants lost five fighters": an armed side
    (its own subject: fighter_nouns, attacker_nouns) that lost people of the kinds a side loses
    (casualty_words.tsv's "lost" rows) lost them dead. (A loss joined to the side's killing, "killed 15
    and lost three soldiers", is own_losses'; "the party lost three members" is no armed side's.)"""
    subject = _child(verb, "nsubj")
    obj = _child(verb, "dobj")
    if subject is None or obj is None or subject.lemma_.lower() not in fighter_nouns() | attacker_nouns():
        return False
    people = obj
    if obj.pos_ == "NUM":
        people = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), obj)
    return people.lemma_.lower() in lost_people()


def _lives_victims(verb):
    """Whose lives or throats: "claimed 20 lives" (the figure on the noun), "the lives of seven soldiers"
    (the "of" phrase)."""
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("life", "throat")), None)
    if noun is None:
        return None
    number = _child(noun, "nummod")
    if number is not None and _is_count(number):
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return _child(prep, "pobj")
    return None


def _victims_for(token, role):
    if role == "lives":
        return _lives_victims(token)
    if role == "fighters":
        victims = _verb_victims(token, "verb")
        return victims if victims is not None and victims.lemma_.lower() in fighter_nouns() else None
    if role in ("verb", "intransitive"):
        return _verb_victims(token, role) or _fallback_number(token)
    if role == "adjective":
        return _adjective_victims(token)
    if role == "noun":
        # skip a noun that is itself the object of a sustain/suffer trigger, or the head of a toll
        if token.dep_ == "dobj" and _trigger(token.head) is not None:
            return None
        if token.dep_ == "compound" and token.head.lemma_.lower() == "toll":
            return None
        if _left_dead_conjunct(token):
            return token.head
        return _noun_victims(token)
    if role == "toll":
        return _toll_number(token)
    if role == "zero":
        return token
    return None


def _left_objects(noun, state):
    """"the blast left six children and a teacher wounded", "found two women and a child dead": the
    parser can hang the state word closing a verb of leaving or finding on the last object only; it
    describes them all, so the first object is the victims' noun (its conjuncts counted with it).
    None when the noun is no later conjunct of such an object or the state word does not close the
    list."""
    if noun.dep_ != "conj" or state.i < noun.i or any(c.i > state.i for c in noun.children):
        return None
    first = noun.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "dobj" or first.pos_ not in ("NOUN", "PROPN") or first.head.lemma_.lower() not in ("leave", "find"):
        return None
    if any(_is_state_word(t) for t in first.doc[first.i : noun.i]):
        return None  # "left 3 fighters dead and 6 others injured": each has its own state word
    return first


def _left_dead_conjunct(token) -> bool:
    """"the attack left four officers and a civilian dead": the parser can take the state word that
    closes a verb of leaving or finding ("dead", "wounded") for the last of the objects' conjuncts
    ("officers ... and a civilian dead"), the last person folded into it. The people the state
    describes are then the first object and its conjuncts, the folded one counted by its article."""
    head = token.head
    return (
        token.dep_ == "conj" and token.i == head.right_edge.i == token.right_edge.i
        and _is_state_word(token)
        and head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN") and head.head.lemma_.lower() in ("leave", "find")
    )


def _one_of_those_told(noun) -> bool:
    """"One was burnt alive and the other was stoned to death", "one was shot dead, the others hacked to
    death": a bare "one" set against "the other(s)" also killed tells how each of the victims counted
    before died, not a count of its own (which would lower the figure told before)."""
    if noun.lower_ != "one" or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return any(
        t.lemma_.lower() in ("other", "another") and (t.lower_ == "another" or any(c.lower_ == "the" for c in t.children))
        and t.dep_ in ("nsubjpass", "nsubj", "dobj") and (found := _trigger(t.head)) is not None and found[0] == "killed"
        for t in noun.sent if t.i != noun.i
    )  # (not "killing one and wounding the other": one of two was killed)


def own_losses(verb) -> tuple[int, bool, int] | None:
    """(count, exact, end) of the people the killers say they lost beside those they killed: "troops
    killed 15 militants and lost three soldiers", "killing 20 insurgents and losing five of its men".
    ACLED's fatalities are every death of the event, both sides' (ACLED-CODING.md), so the killers' own
    dead add to the count of their victims."""
    for other in verb.conjuncts:
        if other.lemma_.lower() != "lose":
            continue
        obj = _child(other, "dobj")
        if obj is None:
            continue
        reading = _noun_count(obj)
        if reading is None or reading[0] <= 0:
            continue
        people = reading[4] or obj.lemma_.lower()
        if people in lost_people():
            return reading[0], reading[1], reading[3]
    return None


def _slice(span, sentence_text: str, base: int, start: int, end: int) -> str:
    if base <= start and end - base <= len(sentence_text):
        return sentence_text[start - base : end - base]
    return (text_of(span.doc) if hasattr(span, "doc") else span.text)[start:end]


# ---------------------------------------------------------------------------------------------------------
# Coordinated tolls read in token order

# Hedge words between a casualty word and its figure ("killed at least five", "wounded more than 20").
_HEDGES = frozenset("at least most more less fewer than no not just well over under nearly almost about around roughly approximately up to as upwards of an estimated total totalling another further".split())
_JOINS = frozenset({"and", ",", "while"})
_BEFORE_PASSIVE = frozenset({"was", "were", "be", "been", "being", "is", "are"})


def _casualty_kind(token) -> str | None:
    """"killed"/"injured" for a word that kills or injures, whatever the tagger made of it ("injured" JJ,
    "hurt" VBN, "dead")."""
    words = casualty_words()
    for key in (token.lemma_.lower(), token.lower_):
        entry = words.get(key)
        if entry is not None and entry[1] in ("verb", "intransitive", "adjective") and key not in ("die", "perish"):
            return entry[0]
    return None


def _figure_at(doc, i: int, end: int):
    """The figure that starts at token ``i`` ("at least 9", "dozens", "some 20", "five"), with the people it
    counts if a noun follows ("three civilians", "dozens of others"): (count, exact, first, last, victims),
    ``last`` the index of the phrase's last token; None when no figure starts there."""
    j = i
    while j < end and j - i < 4 and doc[j].lower_ in _HEDGES and not _is_count(doc[j]):
        j += 1
    if j >= end or not _is_count(doc[j]):
        return None
    k = j
    while k + 1 < end and (_is_count(doc[k + 1]) or (doc[k + 1].text in ("-", "to", "or") and k + 2 < end and _is_count(doc[k + 2]))):
        k += 2 if doc[k + 1].text in ("-", "to", "or") else 1
    found = parse_quantity(text_of(doc)[doc[i].idx : doc[k].idx + len(doc[k].text)])
    if found is None:
        return None
    last, victims = k, None
    n = k + 1
    if n < end and doc[n].lower_ == "of":
        n += 1
    while n < end and n - k <= 3 and doc[n].pos_ in ("ADJ", "NOUN", "PROPN") and _casualty_kind(doc[n]) is None:
        if doc[n].pos_ != "ADJ":
            last, victims = n, _victim_lemma(doc[n])
        n += 1
    return found[0], found[1], i, last, victims


def _ordered_tolls(span) -> list[tuple[int, int, list[CasualtyMention]]]:
    """Two tolls joined in one clause, read in the order the words come, as a reader takes them: "killed
    five and injured dozens", "killed at least 9 and wounded scores" (a verb, its figure, a join, the
    other verb, its figure) and "leaving 4 dead and 11 hurt", "3 killed, 9 wounded" (a figure and its
    word, twice). The parser may hang the first figure on the second noun ("five ... dozens") or leave
    the second figure on nothing; the order of the words does not change. Returns (start, end, mentions)
    per pair, in characters."""
    doc = span.doc if hasattr(span, "doc") else span
    lo, hi = (span.start, span.end) if hasattr(span, "start") else (0, len(doc))
    found = []
    i = lo
    while i < hi:
        pair = _verb_first_pair(doc, i, hi) or _figure_first_pair(doc, i, hi)
        if pair is None:
            i += 1
            continue
        first, last, readings = pair
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        text = text_of(doc)[start:end]
        mentions = [
            CasualtyMention(kind=kind, count=count, text=text, start=start, end=end, exact=exact, victims=victims)
            for kind, count, exact, victims in readings
        ]
        found.append((start, end, mentions))
        i = last + 1
    return found


def _join_after(doc, n: int, end: int) -> int | None:
    """The index after a join (", and", "and", ",", "while") that starts at ``n``, or None."""
    if n >= end or doc[n].lower_ not in _JOINS:
        return None
    n += 1
    if n < end and doc[n].lower_ == "and" and doc[n - 1].text == ",":
        n += 1
    return n


def _verb_first_pair(doc, i: int, end: int):
    kind = _casualty_kind(doc[i])
    if kind is None or doc[i].tag_ not in ("VBD", "VBN", "VBG") or (i > 0 and doc[i - 1].lower_ in _BEFORE_PASSIVE):
        return None
    one = _figure_at(doc, i + 1, end)
    if one is None:
        return None
    n = _join_after(doc, one[3] + 1, end)
    if n is None or n >= end:
        return None
    other = _casualty_kind(doc[n])
    if other is None or other == kind or doc[n].tag_ not in ("VBD", "VBN", "VBG", "JJ"):
        return None
    two = _figure_at(doc, n + 1, end)
    if two is None:
        return None
    return i, two[3], [(kind, one[0], one[1], one[4]), (other, two[0], two[1], two[4])]


def _figure_first_pair(doc, i: int, end: int):
    if i > 0 and (_is_count(doc[i - 1]) or doc[i - 1].lower_ in _HEDGES):
        return None  # the figure starts earlier
    one = _figure_at(doc, i, end)
    if one is None or one[3] + 1 >= end:
        return None
    word = one[3] + 1
    kind = _casualty_kind(doc[word])
    if kind is None or doc[word].tag_ not in ("JJ", "VBN", "VBD"):
        return None
    n = _join_after(doc, word + 1, end)
    if n is None:
        return None
    two = _figure_at(doc, n, end)
    if two is None or two[3] + 1 >= end:
        return None
    other = _casualty_kind(doc[two[3] + 1])
    if other is None or other == kind or doc[two[3] + 1].tag_ not in ("JJ", "VBN", "VBD"):
        return None
    return i, two[3] + 1, [(kind, one[0], one[1], one[4]), (other, two[0], two[1], two[4])]


def _with_ordered_tolls(span, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The parse's counts, except where a pair of tolls read in word order says otherwise: there the pair's
    two counts replace whatever the parse read inside the pair's words."""
    for start, end, pair in _ordered_tolls(span):
        inside = [m for m in mentions if m.start < end and m.end > start]
        if all(any(m.kind == p.kind and m.count == p.count for m in inside) for p in pair):
            continue  # the parse read the same counts
        mentions = [m for m in mentions if m not in inside] + pair
    return mentions


def find_casualties(span, above: str = "") -> list[CasualtyMention]:
    """Counts of killed and injured people stated in a sentence (a spaCy ``Span`` or ``Doc``). ``above``:
    the document's text before the parsed piece the sentence is in, where a table row's header may be."""
    text = span.text
    lowered = text.lower()  # (the string tests below spare passes over the tokens of most sentences)
    mentions = _with_ordered_tolls(span, _parsed_casualties(span, _said_false(lowered)))
    if ":" in text or _after_a_field(span):  # (a form's fields only)
        mentions = [m for m in mentions if not _field_value(span, m)]
        mentions += [m for m in _field_tolls(span) if not any(o.start < m.end and o.end > m.start for o in mentions)]
    if " among " in lowered or lowered.startswith("among "):
        mentions += [m for m in _among_the_dead(span) if not any(o.kind == m.kind and o.start < m.end and o.end > m.start for o in mentions)]
    if "|" in text:  # (a table's row only)
        mentions += [m for m in _column_tolls(span, above) if not any(o.start < m.end and o.end > m.start for o in mentions)]
    if any(m.kind == "killed" for m in mentions) and any(stem in lowered for stem in _protest_topic_words()["stem"]):
        mentions = [m for m in mentions if not (m.kind == "killed" and _protested_death(span, m))]
    if len(mentions) <= 2 and any(m.kind == "killed" for m in mentions):
        mentions = _one_more(span, mentions)
    if any(m.kind == "killed" and m.count > 0 for m in mentions):
        if "himself" in lowered or "herself" in lowered or "themselves" in lowered or " own life" in lowered or sum(m.kind == "killed" for m in mentions) > 1:
            mentions = _killer_dies_too(span, mentions)
    return mentions


@lru_cache(maxsize=1)
def _protest_topic_words() -> dict[str, frozenset[str]]:
    """protest_topics.tsv: the lemmas of protesting, and the stems that let a sentence hold one."""
    return read_word_sets("protest_topics.tsv", ("protest", "stem"))


def _protested_death(span, mention: CasualtyMention) -> bool:
    """Is the count a death a demonstration is held over ("youths protesting the killing of a taxi driver
    by police", "marched against the killing of two students", "in protest over the death of a boy"),
    the demonstration's topic, not one of its dead (ACLED counts the deaths of the event itself)? The
    death noun is the object of a word of protesting, directly or through "against", "over" or "at"."""
    token = next((t for t in span if t.idx <= mention.start < t.idx + len(t.text)), None)
    if token is None or casualty_words().get(token.lemma_.lower(), ("", ""))[1] != "noun":
        return False
    protest = _protest_topic_words()["protest"]
    node = token
    for _ in range(3):
        if node.dep_ == "dobj" and node.head.lemma_.lower() in protest:
            return True
        if node.dep_ == "pobj" and node.head.lower_ in ("against", "over", "at", "of") and node.head.head.lemma_.lower() in protest:
            return True
        if node.dep_ not in ("pobj", "dobj", "conj") or node.head is node:
            return False
        node = node.head if node.dep_ != "pobj" else node.head.head
    return False


# Verbs by which an attacker takes his own life with the object "himself": "shot himself", "blew himself up".
SELF_KILLING_VERBS = frozenset("kill shoot blow detonate explode hang stab".split())
# What an attacker turns on himself: "turned the gun on himself".
TURNED_WEAPONS = frozenset("gun weapon rifle pistol firearm knife".split())
_SELF = frozenset({"himself", "herself"})


def _took_own_life(token) -> bool:
    """Is ``token`` the attacker's own death told with a reflexive: "shot himself", "blew himself up",
    "turned the gun on himself", "took his own life"?"""
    if token.lower_ in _SELF:
        if token.dep_ == "dobj" and token.head.lemma_.lower() in SELF_KILLING_VERBS:
            return True
        prep = token.head
        return (
            token.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_.lower() == "turn"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in TURNED_WEAPONS for c in prep.head.children)
        )
    return (
        token.lemma_.lower() == "life" and token.dep_ == "dobj" and token.head.lemma_.lower() == "take"
        and any(c.lower_ == "own" for c in token.children)
    )


def _killer_dies_too(span, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The attacker's own death beside those he killed, in one sentence: "killed four people before turning
    the gun on himself", "blew himself up, killing three policemen", "stabbed two worshippers to death
    before he was shot dead by police", "the gunman was also killed". ACLED and GTD count the attacker
    among the dead of the event (ACLED-CODING.md: the suicide bomber counts), so his death adds one to
    his victims' toll, which the sentence's highest count alone would leave out."""
    doc = span.doc if hasattr(span, "doc") else span
    lo, hi = (span.start, span.end) if hasattr(span, "start") else (0, len(doc))
    killed = [m for m in mentions if m.kind == "killed" and m.count > 0]
    main = max(killed, key=lambda m: m.count)
    for i in range(lo, hi):
        token = doc[i]
        if token.lower_ == "themselves" and token.dep_ == "dobj" and token.head.lemma_.lower() in SELF_KILLING_VERBS:
            # "two suicide bombers blew themselves up, killing 11 worshippers": the attackers the subject
            # counts died too (a plural with no figure tells not how many: left as told)
            subject = _child(token.head, "nsubj")
            reading = _noun_count(subject) if subject is not None and subject.tag_ in ("NNS", "NNPS") else None
            if reading is None or reading[0] < 2 or _among_the_counted(token) or any(m.start <= token.idx < m.end for m in killed):
                continue
            return _add_one(mentions, main, None, reading[0])
        if token.lower_ in _SELF or token.lower_ == "life":
            if not _took_own_life(token):
                continue
            if _among_the_counted(token):
                continue  # "six people were killed, including the suicide bomber who blew himself up": counted
            own = next((m for m in killed if m.start <= token.idx < m.end), None)
            if own is main or own is not None and own.count != 1:
                continue  # "the bomber killed himself and 5 others": counted with the others
            return _add_one(mentions, main, own)
    if len(killed) < 2:
        return mentions
    for other in killed:
        if other is main or other.count != 1 or main.victims in attacker_nouns() or main.victims is None:
            continue
        first = next((t for t in doc[lo:hi] if t.idx == other.start), None)
        if first is None:
            continue
        if other.victims in attacker_nouns() or first.lower_ in ("he", "she") and first.dep_ == "nsubjpass" and _by_others(first.head, main, doc, lo, hi):
            return _add_one(mentions, main, other)
    return mentions


def _among_the_counted(token) -> bool:
    """Is the attacker who took his own life told as one of the dead counted ("six people were killed,
    including the suicide bomber who blew himself up", "among them the gunman, who shot himself")?"""
    node = token.head
    for _ in range(3):
        if node.dep_ in ("relcl", "acl") and node.head.head.lower_ in _COUNTED_WITH:
            return True
        if node.lower_ in _COUNTED_WITH:
            return True
        if node.head is node:
            return False
        node = node.head
    return False


# Words that put a person among the dead counted before ("six killed, including the bomber", "among them
# the gunman", "the bomber included").
_COUNTED_WITH = frozenset({"including", "among", "included"})


def _by_others(verb, main: CasualtyMention, doc, lo: int, hi: int) -> bool:
    """"(An attacker stabbed two worshippers to death) before he was shot dead by police": the pronoun's
    killing is told with its agent, after a killing done by one person named as its subject."""
    if not any(c.dep_ == "agent" for c in verb.children) or verb.idx < main.end:
        return False
    killer = next((t for t in doc[lo:hi] if main.start <= t.idx < main.end and t.dep_ in ("ROOT", "ccomp", "advcl", "conj", "relcl") and t.pos_ == "VERB"), None)
    if killer is None:
        # "(A gunman opened fire on guests,) killing 12 people before he was beaten to death by them": the
        # verb whose object the count is, its subject that of the clause it hangs on
        inside = [t for t in doc[lo:hi] if main.start <= t.idx < main.end]
        top = next((t for t in inside if not main.start <= t.head.idx < main.end), None)
        if top is not None and top.dep_ == "dobj" and top.head.pos_ == "VERB":
            killer = top.head
    subject = _child(killer, "nsubj") if killer is not None else None
    if subject is None and killer is not None and killer.tag_ == "VBG" and killer.dep_ in ("advcl", "xcomp", "conj") and killer.head.pos_ == "VERB":
        subject = _child(killer.head, "nsubj")  # "A gunman opened fire, killing 12 people": the gunman killed
    return subject is not None and subject.tag_ in ("NN", "NNP") and subject.i < killer.i


def _add_one(mentions: list[CasualtyMention], main: CasualtyMention, own: CasualtyMention | None, attackers: int = 1) -> list[CasualtyMention]:
    joined = CasualtyMention(
        kind="killed", count=main.count + attackers, text=main.text, start=main.start, end=main.end, exact=main.exact, victims=main.victims
    )
    return [joined if m is main else m for m in mentions if m is not own]


# Nouns for the dead as a group, after "among": "among the dead", "among the victims".
DEAD_GROUPS = frozenset("dead victim fatality".split())


def _among_the_dead(span) -> list[CasualtyMention]:
    """The people a copula puts among the dead: "Abdullahi Musa, a teacher, was among those who lost their
    lives", "among those killed was a policeman", "Among the dead were three children and the pastor" (an
    obituary's or a report's naming of victims). Counted as the subject names them, with its conjuncts;
    the mention starts at the group ("the dead", "those killed"), which a later sentence tells as some of
    the dead (events/merge.py reads such a sentence as a part of the toll)."""
    doc = span.doc if hasattr(span, "doc") else span
    lo, hi = (span.start, span.end) if hasattr(span, "start") else (0, len(doc))
    found = []
    for i in range(lo, hi):
        prep = doc[i]
        if prep.lower_ != "among" or prep.dep_ != "prep" or prep.head.lemma_ != "be":
            continue
        group = _child(prep, "pobj")
        if group is None:
            continue
        dead = group.lemma_.lower() in DEAD_GROUPS or group.lower_ in DEAD_GROUPS or group.lower_ == "those" and any(
            c.dep_ in ("relcl", "acl") and (t := _trigger(c)) is not None and t[0] == "killed" for c in group.children
        )
        if not dead:
            continue
        be = prep.head
        subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i > prep.i and subject.lower_ in ("there",):
            subject = next((c for c in be.children if c.dep_ == "attr"), None)  # "Among the dead were three children"
        if subject is None or subject.i == group.i:
            continue
        reading = _noun_count(subject)
        if reading is None or reading[0] <= 0:
            continue
        count, exact, start, end, victims, _ = reading
        start = min(start, group.left_edge.idx)
        end = max(end, group.right_edge.idx + len(group.right_edge.text))
        found.append(CasualtyMention(kind="killed", count=count, text=text_of(doc)[start:end], start=start, end=end, exact=exact, victims=victims))
    return found


# How many lines above a table's row its header may stand.
_HEADER_REACH = 40


def _column_kind(cell: str) -> str | None:
    """"killed" or "injured" for a table header's cell that names the dead or the hurt ("Killed", "Dead",
    "Deaths", "Fatalities", "Wounded", "Injured"), else None."""
    cell = cell.strip().lower()
    words = casualty_words()
    for key in (cell, cell[:-1], cell[:-3] + "y", cell[:-2], cell[:-1] + "e" if cell.endswith("ed") else cell):
        entry = words.get(key) or words.get(key.rstrip("d")) if key else None
        if entry is not None and entry[1] in ("verb", "intransitive", "adjective", "noun") and key not in ("body", "corpse"):
            return entry[0]
    return None


def _column_tolls(span, above: str = "") -> list[CasualtyMention]:
    """The tolls of a table's row under a header whose columns name the dead or the hurt: "Location |
    Incident | Killed | Injured" over "Duma | Airstrike on a market | 6 | 15" (casualty digests and
    monitors' tables, one line a row, cells between bars). The figure in a "Killed" cell is the row's
    dead, though no word of death stands in the row itself."""
    doc = span.doc if hasattr(span, "doc") else span
    text = text_of(doc)
    start_char = getattr(span, "start_char", 0)
    end_char = getattr(span, "end_char", len(text))
    line_start = text.rfind("\n", 0, start_char) + 1
    line_end = text.find("\n", start_char)
    line_end = len(text) if line_end < 0 else line_end
    row = text[line_start:line_end]
    if row.count("|") < 1:
        return []
    header = None
    lines = (above[-4000:] + text[:line_start]).rstrip("\n").split("\n")[-_HEADER_REACH:]
    for line in reversed(lines):
        if line.count("|") == row.count("|") and any(_column_kind(cell) for cell in line.split("|")):
            header = line
            break
    if header is None:
        return []
    found = []
    offset = line_start
    for name, cell in zip(header.split("|"), row.split("|")):
        kind = _column_kind(name)
        value = cell.strip()
        if kind is not None and value:
            at = offset + cell.index(value)
            figure = parse_quantity(value)
            if figure is not None and start_char <= at and at + len(value) <= end_char:
                found.append(CasualtyMention(kind=kind, count=figure[0], text=value, start=at, end=at + len(value), exact=figure[1], victims=None))
        offset += len(cell) + 1
    return found


def _after_a_field(span) -> bool:
    """Does the sentence follow one that ends with a field's label and its colon ("Dead:" | "7. Wounded:
    19.": a sentence split after the colon)?"""
    start = getattr(span, "start", 0)
    return start >= 2 and span.doc[start - 1].text == ":" and _field_word(span.doc[start - 2]) is not None


def _field_word(token) -> str | None:
    entry = casualty_words().get(token.lemma_.lower()) or casualty_words().get(token.lower_)
    return entry[0] if entry is not None and entry[0] in ("killed", "injured") else None


def _field_value(span, mention: CasualtyMention) -> bool:
    """Is the mention's figure the value of the field before it, the sentence having been split after the
    field's colon ("Dead:" | "7. Wounded: 19.": the 7 is the dead, not the wounded)?"""
    if not _after_a_field(span):
        return False
    first = span.doc[span.start]
    return first.idx == mention.start or mention.start <= first.idx < mention.end


def _one_more(span, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """"Two died on the spot and a third in hospital", "two people were killed and a third died later":
    a count and the next ordinal after it, told with "a" ("a third"), are one toll, one more than the
    count. The separate reading of the ordinal ("a third died": 1) is dropped."""
    doc = span.doc if hasattr(span, "doc") else span
    lo, hi = (span.start, span.end) if hasattr(span, "start") else (0, len(doc))
    joined = _others_after(doc, mentions)
    if joined is not None:
        return joined
    for mention in mentions:
        if mention.kind != "killed":
            continue
        for i in range(lo + 1, hi):
            token = doc[i]
            if token.lower_ == "another" and token.idx > mention.start and doc[i - 1].lower_ in ("and", ",") and i + 1 < hi:
                joined = _another_one(doc, i, hi, mention, mentions)
                if joined is not None:
                    return joined
                continue
            if token.idx <= mention.start or _ordinals().get(token.lower_) != mention.count + 1:
                continue
            if doc[i - 1].lower_ not in ("a", "an") or i - 2 < lo or doc[i - 2].lower_ not in ("and", ","):
                continue
            if not _dies_too(doc, i + 1, hi):
                continue  # "two police officers were killed and a third person wounded": not one more dead
            rest = [m for m in mentions if m is not mention and not (m.kind == "killed" and m.start <= doc[i - 1].idx < m.end)]
            end = token.idx + len(token.text)
            joined = CasualtyMention(
                kind="killed", count=mention.count + 1, text=text_of(doc)[mention.start:end], start=mention.start, end=end,
                exact=mention.exact, victims=mention.victims,
            )
            return [joined, *rest]
    return mentions


# What may stand between a count of dead and a count of others who died too, in one sentence ("Seven
# jawans were killed on the spot while two others succumbed on the way to hospital")
_OTHERS_JOIN = re.compile(r"\b(?:and|while|whereas)\b|[,;]")
# ... unless it makes the others some of those counted ("12 died, including two others")
_OTHERS_AMONG = re.compile(r"\b(?:including|among|of whom|of them|out of)\b|[:(]")


def _others_after(doc, mentions: list[CasualtyMention]) -> list[CasualtyMention] | None:
    """"Seven jawans were killed on the spot while two others succumbed on the way to hospital", "three
    soldiers died in the blast and two more were killed later": the dead told as others after a count
    are more dead of the same toll, the sum of the two (the sentence's highest count alone leaves them
    out). None when the sentence tells no such pair."""
    killed = sorted((m for m in mentions if m.kind == "killed" and m.count > 0), key=lambda m: m.start)
    if len(killed) != 2:
        return None
    first, second = killed
    words = second.text.lower().split()
    if first.end > second.start or len(words) < 2 or not (words[1] in ("others", "more") and parse_quantity(words[0]) is not None):
        return None  # ("two others", "two more": the count right before the word of others)
    between = text_of(doc)[first.end : second.start].lower()
    if not _OTHERS_JOIN.search(between) or _OTHERS_AMONG.search(between):
        return None
    joined = CasualtyMention(
        kind="killed", count=first.count + second.count, text=text_of(doc)[first.start : second.end], start=first.start,
        end=second.end, exact=first.exact and second.exact, victims=first.victims,
    )
    return [joined if m is first else m for m in mentions if m is not second]


def _another_one(doc, i: int, hi: int, mention: CasualtyMention, mentions: list[CasualtyMention]) -> list[CasualtyMention] | None:
    """"Two people died at the scene and another later in hospital", "three were killed, and another two
    died in hospital": the dead told with "another" after a count are more dead of the same toll (one, or
    the figure that follows), when the clause tells no other fate ("and another was wounded": none)."""
    figure = _figure_at(doc, i + 1, hi) if _is_count(doc[i + 1]) else None
    more, after = (figure[0], figure[3] + 1) if figure is not None else (1, i + 1)
    if more <= 0 or doc[after - 1].i >= hi or not _dies_too(doc, after, hi) or _at_a_place_of_its_own(doc, after, hi):
        return None
    # a reading the parse made of the same words ("another two died": 2) is part of the joined toll
    rest = [m for m in mentions if m is not mention and not (m.kind == "killed" and m.start >= doc[i].idx)]
    end = doc[after - 1].idx + len(doc[after - 1].text)
    joined = CasualtyMention(
        kind="killed", count=mention.count + more, text=text_of(doc)[mention.start:end], start=mention.start, end=end,
        exact=mention.exact, victims=mention.victims,
    )
    return [joined, *rest]


def _at_a_place_of_its_own(doc, i: int, end: int) -> bool:
    """Does the clause after "another" name a place of its own ("killed two people in Gao and another three
    in Menaka"): the dead of another place, not more of the same toll ("another later in hospital" is)."""
    while i < end and doc[i].text not in (".", ",", ";", ":"):
        token = doc[i]
        if token.dep_ == "mark" or token.lower_ in ("after", "following") and token.dep_ == "prep":
            break  # (the cause told next has its own place: "... another later in hospital after a bomb exploded in Mogadishu")
        if token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "near", "outside"):
            return True
        i += 1
    return False


def _dies_too(doc, i: int, end: int) -> bool:
    """Does the clause after an ordinal ("a third ...") tell no other fate than death ("a third in
    hospital", "a third died later"; not "a third person wounded", "a second was kidnapped")?"""
    while i < end and doc[i].text not in (".", ",", ";", ":"):
        token = doc[i]
        if token.dep_ == "mark" or token.lower_ in ("after", "following") and token.dep_ == "prep":
            break  # "... and a third later in hospital after a bomb exploded": the cause told, not a fate
        if _casualty_kind(token) == "injured":
            return False
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() not in ("be", "have", "die") and _casualty_kind(token) != "killed":
            return False
        i += 1
    return True


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    """ordinal_words.tsv: "third" -> 3."""
    return {row[0].lower(): int(row[1]) for row in _data_lines("ordinal_words.tsv")}


# Marks after which a form's field starts: "... village. Dead: 7. Injured: 3", "Killed: 2; wounded: 5".
_FIELD_OPENERS = frozenset(".;|,-\u2013\u2014")


def _field_tolls(span) -> list[CasualtyMention]:
    """The tolls of a report form's fields: a word of death or injury at the start of the sentence or
    after a field's mark, a colon, then a figure ("Dead: 7", "Fatalities: 2", "Injured: three",
    "Deaths: 12"). casualty_words.tsv's nouns and adjectives are read as well as its verbs ("Killed: 7")."""
    doc = span.doc if hasattr(span, "doc") else span
    lo, hi = (span.start, span.end) if hasattr(span, "start") else (0, len(doc))
    found = []
    if _after_a_field(span):
        # "Dead:" | "7. Wounded: 19.": the figure that opens the sentence is the value of the field that
        # ended the sentence before (split after its colon)
        figure = _figure_at(doc, lo, hi)
        if figure is not None:
            count, exact, _, last, victims = figure
            start, end = doc[lo].idx, doc[last].idx + len(doc[last].text)
            kind = _field_word(doc[lo - 2])
            found.append(CasualtyMention(kind=kind, count=count, text=text_of(doc)[start:end], start=start, end=end, exact=exact, victims=victims))
    for i in range(lo, hi - 2):
        token = doc[i]
        if doc[i + 1].text != ":" or i > lo and doc[i - 1].text not in _FIELD_OPENERS and "\n" not in doc[i - 1].text_with_ws:
            continue
        kind = _field_word(token)
        if kind is None:
            continue
        figure = _figure_at(doc, i + 2, hi)
        if figure is None:
            continue
        count, exact, _, last, victims = figure
        start, end = token.idx, doc[last].idx + len(doc[last].text)
        found.append(CasualtyMention(kind=kind, count=count, text=text_of(doc)[start:end], start=start, end=end, exact=exact, victims=victims))
    return found


@lru_cache(maxsize=1)
def figure_words() -> dict[str, frozenset[str]]:
    """figure_words.tsv by kind: adding, further, total, whole, hurt, detail, unverified, checked, false,
    asserting (read here for a claim called false, and by events/merge.py for how figures stand)."""
    return read_word_sets("figure_words.tsv", ("adding", "further", "total", "whole", "hurt", "detail", "unverified", "checked", "false", "asserting"))


@lru_cache(maxsize=1)
def _claim_words() -> tuple[frozenset[str], frozenset[str]]:
    """figure_words.tsv's words of falsity, and of a claim (its "asserting" and "checked" words)."""
    words = figure_words()
    return words["false"], words["asserting"] | words["checked"]


def _said_false(lowered: str) -> bool:
    """Does the sentence (its text in lower case) hold a word of falsity (a string test, before any
    reading of its parse)?"""
    return any(word in lowered for word in _claim_words()[0])


def _claimed_false(trigger) -> bool:
    """Is the death told inside a claim the sentence calls false: "a post claiming that 40 people were
    killed is false", "the false claim that 40 died", "officials debunked a video alleging 300 were
    killed"? The claim is a word of claiming above the trigger (figure_words.tsv's "asserting" or
    "checked"); it is false when a word of falsity modifies it, is said of it ("is false", "is fake"),
    or exposes it ("debunked")."""
    false, claims = _claim_words()
    for node in trigger.ancestors:
        if node.lemma_.lower() not in claims:
            continue
        claim = node.head if node.dep_ in ("acl", "relcl") and node.pos_ == "VERB" else node  # "a post claiming ..."
        if any(c.lemma_.lower() in false or c.lower_ in false for c in claim.children if c.dep_ in ("amod", "compound")):
            return True
        head = claim.head
        if claim.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in false for c in head.children if c.dep_ in ("acomp", "attr")):
            return True  # "the claim ... is false"
        if claim.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in false:
            return True  # "fact-checkers debunked the claim", "the claim was refuted"
    return False


def _parsed_casualties(span, checked: bool = False) -> list[CasualtyMention]:
    """``checked``: the sentence holds a word of falsity (``_said_false``), so a figure inside a claim it
    calls false is dropped."""
    mentions: list[CasualtyMention] = []
    used: set[tuple[str, int]] = set()
    # Slice the sentence, not doc.text: building the whole document's text per sentence is quadratic.
    sentence_text = span.text
    base = getattr(span, "start_char", 0)
    for token in span:
        found = _trigger(token)
        if found is None:
            continue
        if checked and _claimed_false(token):
            continue  # a figure the sentence calls false is no count
        kind, role = found
        victims_tok = _victims_for(token, role)
        if victims_tok is None:
            continue
        if role == "zero":
            reading = (0, True, token.left_edge.idx, token.idx + len(token.text), None, token.i)
        else:
            reading = _noun_count(victims_tok)
            fallback = _fallback_number(token) if role in ("verb", "intransitive") else None
            if reading is None and fallback is not None and fallback is not victims_tok:
                reading = _noun_count(fallback)
                if reading is not None and victims_tok.tag_ in ("NNS", "NNPS"):
                    reading = (*reading[:4], _victim_lemma(victims_tok), reading[5])
        if reading is None or _one_of_those_told(victims_tok):
            continue
        count, exact, start, end, victims, key = reading
        if kind == "killed" and role == "verb":
            lost = own_losses(token)
            if lost is not None:
                count, exact, end = count + lost[0], exact and lost[1], max(end, lost[2])
            joined = _killed_along_with(token, victims_tok)
            if joined is not None:
                count, exact, end = count + joined[0], exact and joined[1], max(end, joined[3])
        start, end = min(start, token.idx), max(end, token.idx + len(token.text))
        for each in ("killed", "injured") if kind == "both" else (kind,):
            if (each, key) in used:
                continue
            used.add((each, key))
            mentions.append(
                CasualtyMention(
                    kind=each, count=count, text=_slice(span, sentence_text, base, start, end), start=start, end=end, exact=exact, victims=victims
                )
            )
    return mentions
