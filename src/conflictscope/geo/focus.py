"""The countries a report is about, read cheaply from the raw text (no parse).

Both the full pipeline and the fast path use this one reading, so that a place is resolved the same way
whichever paragraphs get parsed: countries named count 2, towns that can only be in one country (or are
by far the largest of their name) and capitalised demonyms count 1; a name known only as villages of
under 1,000 people counts 0.25, and a country needs half a point to be in the list.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from conflictscope.geo.gazetteer import WORLD_FEATURES, Gazetteer, normalize_name
from conflictscope.geo.choose import focus_order, own_name_over_aliases, unique_town_weight
from conflictscope.geo.names import SAINT_WORDS, SAINTS_TOWN, group_names, lexicon_words, place_demonyms, saint_key
from conflictscope.geo.words import ARTICLES, CITY_WORDS, NAMED_AFTER, ORG_HEAD_WORDS, REGION_WORDS, STOP_WORDS, TITLES
from conflictscope.knowledge import load_focus_words, load_groups, read_rows
from conflictscope.mentions.dates import is_month_name

# Runs of up to four capitalised words, hyphenated names included ("Nagorno-Karabakh", "Cabo Delgado").
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:[ -](?:of |al-|el-|de |du |al |el |as |ad |ash |ar |an |ez |az )?[A-Z][\w'’.-]*){0,3}")
# Words after (or before) a place's name in a capitalised run that are no name of their own:
# "Kramatorsk Mayor", "Kabul Police", "Herat Province".
GENERIC_HEADS = ORG_HEAD_WORDS | TITLES | REGION_WORDS | CITY_WORDS | frozenset("city town".split())
_ALLEGIANCE_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)
# An armed force's demonym ("Turkish troops", focus_words.tsv) counts this much towards the report's
# country; a country's name counts 2, another demonym 1.
ARMED_DEMONYM_WEIGHT = 0.5
# A named group's home country counts as little as an armed force's demonym: groups strike abroad too
# ("Al Shabaab" in Kenya), so a town or a country named in the report outweighs it.
GROUP_HOME_WEIGHT = 0.5
# A name read only as towns this small casts no vote when the country the text calls its people by (a
# demonym that is no armed force's, this much weight) leads the text (_only_small_towns).
SMALL_TOWN_VOTE = 20_000
SMALL_TOWN_OUTVOTED_BY = 1.0
# A town this large that bears a name only as another of its names counts among the name's readings
# (_reading_countries).
ALIAS_READING = 100_000
STOP_INITIALS = frozenset("The A An In On At By For From And But Of To It He She They We This That".split())


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# (not after a saint's abbreviation: "St. George's", "Ste. Anne")
_AFTER_FULL_STOP = re.compile(r"(?<!\bSt\.)(?<!\bSte\.)(?<=\.)\s+")
# A possessive ending on the last word of a run ("Sudan's", "Pakistan’s", "the Philippines'").
_POSSESSIVE = re.compile(r"(?<=\w)(?:['’]s|(?<=s)['’])$")


def _runs(text: str):
    """(name, the word after it) for each capitalised run; the word is "" where a sentence ends."""
    for match in CAPITALISED_RUN.finditer(text):
        start = match.start()
        # (the pattern ends in a hyphen, or a hyphen and a line break: only then is it looked for)
        if "-" in text[max(0, start - 2) : start] and _ALLEGIANCE_BEFORE.search(text, max(0, start - 6), start) and normalize_name(match.group(0)) not in group_names():
            # "pro-Hadi forces": an allegiance, not a place; an armed group's name stays ("pro-Houthi
            # forces" fight where the Houthis do: its home counts as the group's name would)
            continue
        after = _NEXT_WORD.match(text, match.end())
        # "in Idleb. Two fighters": a full stop and a space end a sentence, and the run
        run = match.group(0)
        parts = _AFTER_FULL_STOP.split(run) if "." in run else [run]
        for k, part in enumerate(parts):
            words = part.rstrip(".").split()
            while words and words[0] in STOP_INITIALS:
                words = words[1:]
            if words and _POSSESSIVE.search(words[-1]) and not (len(words) > 1 and words[0].rstrip(".").lower() in SAINT_WORDS):
                # (a saint's possessive stays: "St. John's" may be the town so named, _name_weight)
                # "South Sudan's army", "Kenya's police": the owner's name, not a name "Sudans"
                words[-1] = _POSSESSIVE.sub("", words[-1])
            if words:
                last = k == len(parts) - 1 and not part.endswith(".")
                yield " ".join(words), (after.group(1).lower() if after and last else "")


@lru_cache(maxsize=1)
def shared_country_names() -> dict[str, tuple[tuple[str, ...], tuple[re.Pattern[str] | None, ...], re.Pattern[str]]]:
    """shared_country_names.tsv: a short name two states share -> (their ISO2 codes in order of
    preference, for each state a pattern of the longer forms that name it outright, a pattern of the
    name after a town and a comma: "BUKAVU, Congo")."""
    table = {}
    for row in read_rows("shared_country_names.tsv", 2):
        codes = tuple(code.strip().upper() for code in row[1].split("|") if code.strip())
        patterns = []
        for cell in row[2:2 + len(codes)]:
            forms = [form.strip() for form in cell.split("|") if form.strip()]
            patterns.append(re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b") if forms else None)
        after_town = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}),[ \t]*" + re.escape(row[0]) + r"\b")
        table[row[0]] = (codes, tuple(patterns), after_town)
    return table


@lru_cache(maxsize=1)
def shared_country_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The longer forms of shared_country_names.tsv as written, for each state of a short name: a text
    holding none of them as a substring cannot match that state's pattern, which is then not run."""
    table = {}
    for row in read_rows("shared_country_names.tsv", 2):
        codes = [code for code in row[1].split("|") if code.strip()]
        table[row[0]] = tuple(tuple(form.strip() for form in cell.split("|") if form.strip()) for cell in row[2:2 + len(codes)])
    return table


def _blank(found: re.Match[str]) -> str:
    """Spaces as long as a match: the text read on keeps its offsets."""
    return " " * len(found.group())


@lru_cache(maxsize=1)
def group_homes() -> dict[str, str]:
    """An armed group's name -> the country it fights in (``groups.tsv``). Foreign and international
    forces (Wagner, NATO, AMISOM) fight away from home by definition, and groups of no one country
    have none. Names the table writes in capitals ("MODEL", "OLA") match only as written."""
    homes: dict[str, str] = {}
    for group in load_groups():
        if group.country_code and group.kind != "external_forces":
            for form in group.names:
                homes[form if form.isupper() else normalize_name(form)] = group.country_code
    return homes


class FocusReader:
    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.demonyms = place_demonyms(gazetteer)
        self._weight_of = lru_cache(maxsize=100_000)(self._name_weight)

    def _name_weight(self, name: str) -> tuple[str, float] | None:
        lowered = name.lower()
        if lowered in STOP_WORDS and normalize_name(name) not in group_names():
            # "No casualties reported.": a word opening a sentence, not the town of No (an armed
            # group's name that is no place, "Houthi", still tells its home below)
            return None
        if is_month_name(name):
            return None  # "On 14 June 2021": a date, not Unieux (alias "June") or March, Cambridgeshire
        if normalize_name(name) in lexicon_words():
            return None  # "Artillery shelled ...": a word of the lexicon, not a town
        if normalize_name(name) in group_names():
            # "Taliban" is an armed group, not the Turkish town that also answers to it; a group that
            # fights at home says a little about the report's country ("Al Shabaab": Somalia)
            homes = group_homes()
            # a form the table writes in capitals matches only as written; any other matches whatever
            # the case ("LRA" for the table's "lra")
            home = (homes.get(name) if name.isupper() else None) or homes.get(normalize_name(name))
            return (home, GROUP_HOME_WEIGHT) if home else None
        if lowered in self.demonyms:
            code = self.demonyms[lowered]
            return (code, 1.0) if code else None
        if name.isupper() and len(name) <= 3 and not self.gazetteer.names_country(name):
            return None  # "UP", "FM": an initialism, not a small town that answers to it ("US" stays)
        candidates = self.gazetteer.candidates(name)
        if _POSSESSIVE.search(name):
            # "St. John's": the towns of some size named so, apostrophe and all (St. John's,
            # Newfoundland), else the saint's name without it (names.CandidateFinder._own_possessive)
            key = saint_key(name)
            candidates = [c for c in candidates if "'" in c.name.replace("’", "'") and saint_key(c.name) == key and c.population >= SAINTS_TOWN]
            if not candidates:
                return self._weight_of(_POSSESSIVE.sub("", name))
        head, _, rest = name.partition("-")
        if not candidates and rest and head.lower() in ARTICLES:
            candidates = self.gazetteer.candidates(rest)  # "Ar-Raqqa": "Raqqa"
        # "Dili": East Timor's capital, not Delhi, whose Hindi name it is
        candidates = own_name_over_aliases(candidates, normalize_name(name))
        if not candidates:
            return None
        if candidates[0].feature in WORLD_FEATURES:
            return None  # "Africa", "the Middle East": no one country
        countries = [c for c in candidates if c.feature == "country"]
        if countries:
            return countries[0].country_code, 2.0
        codes = {c.country_code for c in candidates if c.country_code}
        if len(codes) == 1:
            return next(iter(codes)), unique_town_weight(candidates)
        regions = {c.country_code for c in candidates if c.feature in ("admin1", "region") and c.country_code}
        if len(regions) == 1 and all(c.population < 100_000 for c in candidates if c.country_code not in regions):
            # "Lahij": a Yemeni governorate, and a village in Azerbaijan
            return next(iter(regions)), 1.0
        big = [c for c in candidates if c.population >= 100_000]
        if big:
            top = max(big, key=lambda c: c.population)
            abroad = [c for c in candidates if c.country_code != top.country_code]
            if all(c.population * 10 <= top.population for c in abroad):
                return top.country_code, 1.0
        return None

    def focus(self, text: str) -> list[str]:
        weights: Counter[str] = Counter()
        # names whose readings lie in several countries: (the country they vote for, weight, the
        # countries of all their readings), counted after the rest (see below)
        shared: list[tuple[str, float, dict[str, int]]] = []
        # names read only as small towns of one country: (country, weight), counted after the rest
        small: list[tuple[str, float]] = []
        people: Counter[str] = Counter()  # demonyms that are no armed force's ("Burkinabe sources")
        group_homes_named: set[str] = set()
        words_after = load_focus_words()
        shared_names = shared_country_names()
        shared_states: list[tuple[str, ...]] = []  # "Congo": the states one short name may be
        written_forms = shared_country_forms()
        for name, (codes, long_forms, after_town) in shared_names.items():
            for code, forms, written in zip(codes, long_forms, written_forms[name]):
                if forms is not None and any(form in text for form in written):
                    # "Democratic Republic of Congo", "Republic of Congo" name their state outright,
                    # each time, and leave no short name behind
                    text, times = forms.subn(_blank, text)
                    if times:
                        weights[code] += 2.0 * times
            # "BUKAVU, Congo", "Brazzaville, Congo": a town's country, as a dateline or an address writes it
            for found in after_town.finditer(text) if name in text else ():
                town = self._weight_of(found.group(1))
                if town is not None and town[0] in codes:
                    weights[town[0]] += 2.0
                    text = text[: found.start()] + found.group().replace(name, " " * len(name)) + text[found.end() :]
        for run, after in self._split_unknown(_runs(text)):
            if run in shared_names:
                shared_states.append(shared_names[run][0])
                continue
            if after in words_after["currency"]:
                continue  # "the US dollar exchange rate": money, not the report's place
            if after in NAMED_AFTER:
                continue  # "the Astana talks", "the Algiers accord": a pact's name, not the report's place
            hit = self._weight_of(run)
            if hit and after in words_after["armed"] and run.lower() in self.demonyms:
                # "Russian forces patrolled in Qamishli": whose force it is, less where the report is
                hit = (hit[0], hit[1] * ARMED_DEMONYM_WEIGHT)
            elif hit and run.lower() in self.demonyms:
                people[hit[0]] += hit[1]
            if hit is None and " " in run and not self._known(run):
                # "Russian Foreign Ministry", "Kramatorsk Mayor": a name heading words that are no name
                # of their own. Not the halves of an unknown name ("Bab Ghaliq", "Mitiga Airport"),
                # nor those of a known but ambiguous one ("Ad Dali")
                words = run.split()
                for i, word in enumerate(words):
                    single = self._weight_of(word)
                    if single and (single[1] >= 2.0 or word.lower() in self.demonyms or all(
                        w.lower() in GENERIC_HEADS for j, w in enumerate(words) if j != i
                    )):
                        weights[single[0]] += single[1]
                continue
            if hit:
                readings = self._reading_countries(run)
                if len(readings) > 1:
                    shared.append((hit[0], hit[1], readings))
                    continue
                if run.lower() not in self.demonyms and normalize_name(run) not in group_names() and self._only_small_towns(run):
                    small.append(hit)
                    continue
                weights[hit[0]] += hit[1]
                if normalize_name(run) in group_names():
                    group_homes_named.add(hit[0])
        # A name shared by places in several countries ("Ilam": an Iranian province and city, a town
        # of Nepal; "Hyderabad") says nothing of the report's country when what else the report
        # names (a country, a demonym, a town of one country) already puts it in one of them: its
        # large namesake abroad is no second country of the report ("Nepal Police arrested five
        # cadres in Ilam").
        for codes in shared_states:
            # counted for the state the rest of the text points to, else the usual one
            weights[max(codes, key=lambda code: (weights[code], -codes.index(code)))] += 2.0
        leader, sure_weights = _sole_leader(weights), Counter(weights)
        for code, weight, readings in shared:
            if not _outvoted(code, leader, readings, sure_weights):
                weights[code] += weight
        # A name read only as a small town of one country ("Soum", a village of Senegal) gives way to the
        # country the text calls its people by, when that country leads the text ("Burkinabe security
        # sources said jihadists attacked Diguel (Soum)"): it is more likely a place of that country the
        # gazetteer lacks than the one village abroad. (Not an armed force's demonym: "Turkish forces
        # shelled positions near Tell Abiad" is in Syria; nor a country named only, which may be a
        # neighbour's: "the Prefecture of Paraguay" in a report on Formosa.)
        told = _sole_leader(people)
        for code, weight in small:
            if told is None or told != leader or told == code or sure_weights[code] or people[told] < SMALL_TOWN_OUTVOTED_BY:
                weights[code] += weight
        # a group that fights at home ("Janjaweed": Sudan) says where the report is more surely than
        # a lone village spelt like a hamlet abroad ("Tawila", Yemen); an armed force's demonym
        # ("Turkish forces shelled ... Tell Abiad") says whose force it is, and does not
        return focus_order(weights, sure=0.5 if group_homes_named else 1.0)

    def _split_unknown(self, runs):
        """"PD8 of Kabul", "Pie Nawa of Tarinkot": a run the gazetteer does not know as a whole is read
        as the names on either side of its "of" ("the Republic of Korea" stays whole)."""
        for run, after in runs:
            if " of " in run and not self._known(run):
                parts = [part for part in run.split(" of ") if part]
                yield from ((part, after if k == len(parts) - 1 else "") for k, part in enumerate(parts))
            else:
                yield run, after

    @lru_cache(maxsize=100_000)
    def _only_small_towns(self, name: str) -> bool:
        """Is every reading of the name a town of fewer than ``SMALL_TOWN_VOTE`` people?"""
        candidates = own_name_over_aliases(self.gazetteer.candidates(name), normalize_name(name))
        return bool(candidates) and all(c.feature == "city" and c.population < SMALL_TOWN_VOTE for c in candidates)

    @lru_cache(maxsize=100_000)
    def _known(self, name: str) -> bool:
        return bool(self.gazetteer.candidates(name))

    @lru_cache(maxsize=100_000)
    def _reading_countries(self, name: str) -> dict[str, int]:
        """The countries of a name's readings as a town or a region, each with the population of its
        largest town of the name (none for a country's name)."""
        every = self.gazetteer.candidates(name)
        candidates = own_name_over_aliases(every, normalize_name(name))
        if any(c.feature == "country" for c in candidates):
            return {}
        # (a large town that answers to the name as another of its names is a reading too: "Saida" is
        # Sidon, Lebanon, as well as the Algerian town of its own name; in a report the rest of whose
        # names and demonyms put in Lebanon, the Algerian reading casts no vote, _outvoted)
        aliases = [c for c in every if c not in candidates and c.feature == "city" and c.population >= ALIAS_READING]
        return reading_populations(candidates + aliases)


def reading_populations(candidates) -> dict[str, int]:
    """Country -> the population of its largest town among ``candidates`` (0 for a region only)."""
    out: dict[str, int] = {}
    for c in candidates:
        if c.country_code:
            people = c.population if c.feature == "city" else 0
            out[c.country_code] = max(out.get(c.country_code, 0), people)
    return out


def _outvoted(code: str, leader: str | None, readings: dict[str, int], sure: Counter) -> bool:
    """A shared name's vote for ``code``, a country nothing else in the text points to (``sure``:
    the weights of names of one country, countries named, demonyms), gives way to the leading
    country when the name is a town there too, not ten times smaller than the one it votes for
    ("Ilam" in a report naming Nepal); a great city stays what the name means ("Vienna" in a report
    that names the United States), and a country the text names otherwise keeps the vote ("Ontario"
    in a report naming Canada and the United States)."""
    return (
        leader is not None
        and code != leader
        and not sure[code]
        and leader in readings
        and readings[leader] * 10 >= readings.get(code, 0)
    )


def _sole_leader(weights: Counter) -> str | None:
    """The country with the most weight, when no other has as much."""
    ranked = weights.most_common(2)
    if not ranked or ranked[0][1] <= 0 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
