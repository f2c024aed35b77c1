"""Actors: read who a noun phrase names ("Azerbaijani forces", "unidentified gunmen", "one civilian",
"the Taliban", "an Armenian rocket attack") as an ACLED-style actor."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import pycountry
from spacy.tokens import Token

from conflictscope.knowledge import ActorTerm, GroupEntry, load_acled_countries, load_actor_terms, load_groups, load_role_words, read_rows, read_word_sets
from conflictscope.events.predicates.scheme import TYPING_ACTS
from conflictscope.types import Actor


@lru_cache(maxsize=None)
def country_name(code: str | None) -> str | None:
    """ACLED-style country name for an ISO 3166-1 alpha-2 code."""
    if not code:
        return None
    acled = load_acled_countries().get(code.upper())
    if acled:
        return acled[1]
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name


UNIDENTIFIED = frozenset("unidentified unknown masked anonymous suspected".split())
# Who has left the forces: "a former soldier", "a retired police officer", "an ex-army officer"
FORMER = frozenset("former retired ex ex-".split())
# demonyms of no state that name a bloc, a continent or a divided nation, not a people without a state: a
# "Korean People's Army" or a "Soviet Army" is a state's
SUPRANATIONAL = frozenset("korean soviet african european asian western arab latin middle".split())
# (a team, a contingent or a detachment "of" an armed body acts as it does: "a joint team of Army and Police";
# of people the tables do not know, no crowd of civilians: "a team of police commandos" is read as before)
TEAMS = frozenset("team contingent detachment".split())
COLLECTIVES = frozenset("group groups number band crowd dozens hundreds scores members member".split()) | TEAMS
# People who back an insurgency without fighting in it ("Maoist sympathisers", "Boko Haram informants",
# "Taliban supporters", "relatives of an al-Shabaab commander"): civilians (typing_acts.tsv, backers)
BACKERS = read_word_sets("typing_acts.tsv", TYPING_ACTS)["backers"]
# Words for the people of a body ("men of the Frontier Corps", "elements of the Republican Guard",
# "cadres of the party's armed wing", "a cell of militants"): of an armed body or of armed people, they
# are those; of anything else, as before (typing_acts.tsv, body_people)
BODY_PEOPLE = read_word_sets("typing_acts.tsv", TYPING_ACTS)["body_people"]
AFFILIATION = load_role_words()["affiliation_words"]  # "believed to belong to X", "linked to X"
ORGANISATIONS = load_role_words()["organisation_nouns"]  # "the children of fire initiative"
# Of the organisations' nouns (role_words.tsv), those that name a whole armed body, not a unit of one
# ("the 6th Southern Resistance Brigade" is the Southern Resistance's): a known name going on with one of
# them is another body's ("the National Resistance Army")
WHOLE_BODY_NOUNS = ORGANISATIONS & frozenset("army front movement".split())
# and those that, capitalised after words of a name the tables do not know, name an insurgent body
# ("the X Movement", "the Y Front", "the Z Emirate", "the W Brigades"); not a state's "Army" (read by its
# words: ActorReader._peoples_army), a "Battalion" (a unit), nor an "Organization", a "Network" or an
# "Initiative" (a state's services: "National Intelligence Organization"; aid bodies)
INSURGENT_BODY_NOUNS = ORGANISATIONS & frozenset("movement front brigade emirate".split())
# a "Movement" or a "Front" is an insurgent body's only when its name tells an armed struggle ("the Eastern
# Turkestan Islamic Movement", "the X Liberation Front"); parties and protest movements bear such names too
# ("the Green Movement", "the Patriotic Front", "the Movement for Democratic Change")
ARMED_STRUGGLE_WORDS = frozenset(
    "islamic islamist jihad jihadi jihadist mujahideen mujahidin mujahedeen liberation revolutionary independence armed insurgent free emancipation".split()
)

# a body told by the name it goes by ("a group calling itself the X Liberation Front", "an outfit that
# calls itself Y", "a group called Z"): the body's nouns and the naming verbs (self_naming.tsv)
_SELF_NAMING = read_word_sets("self_naming.tsv", ("body", "naming"))
SELF_NAMED_BODIES = _SELF_NAMING["body"]
NAMING_VERBS = _SELF_NAMING["naming"]
_OWN_NAME_PRONOUNS = frozenset("itself themselves himself".split())
# "the enemy" of a ministry's or a general staff's communique, and the carriers that name it acting
# ("enemy drones"): enemy_words.tsv; the adversary of each state at war with another, by period:
# adversaries.tsv
_ENEMY_WORDS = read_word_sets("enemy_words.tsv", ("enemy", "machine", "occupier"))


@lru_cache(maxsize=1)
def _adversaries() -> tuple[tuple[str, str, dt.date | None, dt.date | None], ...]:
    rows = []
    for row in read_rows("adversaries.tsv", 3):
        since, _, until = row[2].partition("..")
        rows.append((row[0], row[1], dt.date.fromisoformat(since) if since else None, dt.date.fromisoformat(until) if until else None))
    return tuple(rows)


@dataclass(frozen=True)
class ActorRef:
    """An actor as the text names it; the country may still be unknown until the event is placed."""

    kind: str
    template: str  # ACLED-style name; "{country}" is filled from country_code or the event's country
    country_code: str | None
    armed: bool
    token: Token  # head token of the phrase that names it
    explicit_country: bool = False  # the text itself gave the country (demonym, "of X", group home)
    # "the enemy" of a communique whose state is not known: (state, its adversary) pairs in force, the
    # event's country read as the communique's (adversaries.tsv); empty for every other actor
    adversaries: tuple[tuple[str, str], ...] = ()

    def resolve(self, location_country: str | None, *, placed: bool = True) -> Actor:
        """The actor in an event in ``location_country``; ``placed`` is False when that country is only
        the one the report is about (no place of the event resolved)."""
        if self.adversaries and self.country_code is None:
            # "the enemy shelled our positions" in a communique of a state at war with another: that state's
            # forces, external where they struck in the communique's country; else nobody known
            adversary = dict(self.adversaries).get(location_country) if location_country else None
            if adversary is None:
                return Actor(name=fill_template("Unidentified Armed Group ({country})", location_country), kind="political_militia", country_code=location_country)
            return Actor(name=fill_template(self.template, adversary), kind="external_forces", country_code=adversary)
        code = self.country_code or location_country
        kind = self.kind
        # ACLED: a state's forces acting outside their own country are External/Other forces.
        # When no place of the event resolved, the report's country still counts if the text itself
        # named the forces' country ("Israeli forces raided the town" in a report on Palestine).
        if kind == "state_forces" and (placed or self.explicit_country) and self.country_code and location_country and self.country_code != location_country:
            kind = "external_forces"
        return Actor(name=fill_template(self.template, code), kind=kind, country_code=code)


@lru_cache(maxsize=1)
def _people_terms() -> dict[tuple[str, ...], ActorTerm]:
    """People by age, travel or doing (people_nouns.tsv: "a teenager", "a motorcyclist"): civilians. A
    word written with a hyphen ("passer-by") is one key, matched by its written form (_hyphenated)."""
    return {(word.lower(),): ActorTerm((word.lower(),), "civilians", "Civilians ({country})", False) for word, *_ in read_rows("people_nouns.tsv", 1)}


def fill_template(template: str, code: str | None) -> str:
    name = country_name(code)
    if "{country}" not in template:
        return template
    if name:
        return template.replace("{country}", name)
    # Unknown country: drop "({country})" or " of {country}".
    stripped = re.sub(r"\s*\(\{country\}\)", "", template)
    stripped = re.sub(r"\s+of \{country\}", "", stripped)
    return stripped.replace("{country}", "").strip()


def _as_written(text: str) -> str:
    """A phrase as group names are listed: apostrophes and runs of spaces as one space."""
    return re.sub(r"[\s\u2019']+", " ", text).strip()


@lru_cache(maxsize=4)
def _group_names(groups: tuple[GroupEntry, ...]) -> tuple[dict[str, GroupEntry], int, frozenset[str]]:
    """Group name -> group, the most words in a name, and every beginning of every name: a phrase
    can only be a name if its first word begins one, which rules out nearly every phrase start
    before its text is built. Made once per table, not once per document."""
    # keyed as phrases are looked up (``_as_written``): "Al-Qa'ida in Iraq" in the text is the table's
    # "al-qa'ida in iraq"
    index = {_as_written(name): g for g in groups for name in g.names}
    starts = frozenset(name[:k] for name in index for k in range(len(name) + 1))
    return index, max(len(n.split()) for n in index), starts


@lru_cache(maxsize=1)
def _all_groups() -> tuple[GroupEntry, ...]:
    """groups.tsv's named groups, then past_insurgencies.tsv's (insurgents of earlier decades, read only
    here, in groups.tsv's columns)."""
    past = []
    for row in read_rows("past_insurgencies.tsv", 3):
        names, kind, name = row[0], row[1], row[2]
        country = row[3] if len(row) > 3 and row[3] else None
        forms = (n.strip() if n.strip().isupper() else n.strip().lower() for n in names.split("|"))
        past.append(GroupEntry(tuple(forms), kind, name, country))
    return load_groups() + tuple(past)


@lru_cache(maxsize=1)
def _dated_groups() -> dict[str, tuple[tuple[GroupEntry, dt.date | None, dt.date | None], ...]]:
    """Name -> the groups.tsv rows that name it with the years they hold (a fifth column "FROM..TO",
    either side open: "..2011-07-08", "2011-07-09.."), for names whose side changed: the SPLA was Sudan's
    rebels until South Sudan's independence, its army after. Only names some row dates."""
    rows = list(read_rows("groups.tsv", 3))
    variants: dict[str, list[tuple[GroupEntry, dt.date | None, dt.date | None]]] = {}
    dated: set[str] = set()
    for row, entry in zip(rows, load_groups()):
        since = until = None
        if len(row) > 4 and row[4]:
            start, _, end = row[4].partition("..")
            since = dt.date.fromisoformat(start) if start else None
            until = dt.date.fromisoformat(end) if end else None
        for name in entry.names:
            key = _as_written(name)
            variants.setdefault(key, []).append((entry, since, until))
            if since or until:
                dated.add(key)
    return {key: tuple(variants[key]) for key in dated}


@lru_cache(maxsize=1)
def _crude_arms() -> frozenset[str]:
    """Weapons anyone may pick up (crude_arms.tsv: sticks, stones, blades, tools)."""
    return frozenset(row[0].lower() for row in read_rows("crude_arms.tsv", 2) if row[1] == "crude")


def _bearing_arms(armed: Token) -> bool:
    """``armed`` is the word "armed" telling people bearing arms: not armed only with what anyone may pick
    up ("youths armed with machetes and sticks", "villagers armed with stones": a crowd, ACLED's rioters,
    not an armed group); armed with a gun, or with nothing named, they bear arms."""
    if armed.lower_ != "armed":
        return False
    held = [o for c in armed.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
    return not held or not all(o.lemma_.lower() in _crude_arms() for o in held)


def armed_only_crudely(head: Token) -> bool:
    """The people ``head`` names are told armed only with what anyone may pick up ("youths armed with
    machetes", "a group of men armed with sticks and stones"): a crowd's arms, not an armed group's."""
    return any(c.lower_ == "armed" and not _bearing_arms(c) for c in head.children)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """A capital's name -> its country (GeoNames' country table, as geo/capitals.py reads it)."""
    from conflictscope.geo.capitals import _capital_names

    return {name.lower(): code for code, name in _capital_names().items()}


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    """A seat of government named for those who sit there ("the Kremlin", "the White House") -> its country
    (landmarks.tsv, the geoparser's table of such sites)."""
    seats = {}
    for row in read_rows("landmarks.tsv", 3):
        if row[0] == "name":
            continue  # (the table's header)
        for name in (row[0], *row[1].split("|")):
            if name.strip():
                seats[name.strip().lower()] = row[2]
    return seats


def _seat_country(name: str, *, possessive: bool) -> str | None:
    """The country a seat of government names, or a capital told as owner ("Moscow's"): a capital before a
    noun is more often the place of its own people or police ("Kabul police")."""
    key = name.lower().removeprefix("the ")
    return _seats().get(key) or (_capitals().get(key) if possessive else None)


@lru_cache(maxsize=1)
def _capitalised_names() -> frozenset[str]:
    """Names groups.tsv writes with a capital first letter, not all in capitals ("Tigers", "Sea Tigers"):
    common words too (the animals), read as the group's name only when capitalised inside a sentence."""
    return frozenset(
        _as_written(name).lower() for row in read_rows("groups.tsv", 3) for name in (n.strip() for n in row[0].split("|"))
        if name[:1].isupper() and not name.isupper()
    )


class ActorReader:
    """Reads actors from tokens. ``demonyms`` maps lower-cased demonyms to ISO2 codes (or None for
    ethnic groups without a state); ``country_of_name`` turns a country or place name into ISO2."""

    def __init__(self, demonyms: dict[str, str | None], country_of_name):
        self.terms = {**_people_terms(), **load_actor_terms()}  # (actors.tsv's rows win over people_nouns.tsv's)
        self.groups = _all_groups()
        self.demonyms = demonyms
        # the words of the demonyms of several words ("south", "african"): where demonym_country looks further
        self._demonym_words = frozenset(word for key in demonyms if " " in key for word in key.split())
        self.country_of_name = country_of_name
        self._group_index, self._group_max_words, self._name_starts = _group_names(self.groups)
        # every word of the actor table's phrases ("separatist", "rebel", "local"): no people's name
        self._term_words = frozenset(word for key, term in self.terms.items() if term.armed for word in key)
        # the day the text is read at (its publication), for names whose side changed (_dated_groups)
        self.when: dt.date | None = None
        # the country of the state body whose communique the sentence is ("Armenia's defence ministry
        # said"), set by the roles reader: whose "enemy" it tells (_enemy)
        self.home: str | None = None

    def _in_force(self, group: GroupEntry, key: str) -> GroupEntry:
        """The row of a name that holds on ``when`` (the first listed when the day is unknown)."""
        variants = _dated_groups().get(key)
        if not variants:
            return group
        if self.when is None:
            return variants[0][0]
        return next((g for g, since, until in variants if (since is None or since <= self.when) and (until is None or self.when <= until)), group)

    # ---- groups ("the Taliban", "Al Shabaab militants", "Islamic State fighters")
    def group_at(self, token: Token) -> GroupEntry | None:
        """A named group whose name covers ``token`` or words of its phrase before it ("Taliban
        militants", "the Islamic State group")."""
        doc = token.doc
        lo = max(token.left_edge.i, token.i - self._group_max_words - 2)
        if token.i > 0 and doc[token.i - 1].text in self._group_index:
            lo = min(lo, token.i - 1)  # an acronym the parser took for a verb ("IS fighters")
        while lo > token.sent.start and lo > token.i - self._group_max_words - 4 and (
            _word(doc[lo - 1]) and (_title(doc[lo - 1]) or _hyphen_joined(doc, lo - 1))
            or doc[lo - 1].text in _HYPHENS and _hyphen_joined(doc, lo - 1)
        ):
            # a name's capitalised first word the parser took for a verb ("Shining Path guerrillas killed",
            # "Shining" read as a gerund): the capitalised words just before the phrase may begin its name;
            # so may the words a name joins by hyphens ("Jamaat-ul-Ahrar said", parsed in pieces)
            lo -= 1
        # names that hold the head word first: "pro-STC Security Belt Forces" are the Security Belt
        # Forces, a group the STC backs; then names before it ("Taliban militants")
        spans = [(start, end) for start in range(lo, token.i + 1) for end in range(min(token.i + 2, len(doc)), start, -1)]
        spans.sort(key=lambda span: not (span[0] <= token.i < span[1]))
        starts_a_name: dict[int, bool] = {}
        for start, end in spans:
            if end - start > self._group_max_words:
                continue
            if start not in starts_a_name:
                first = _as_written(doc[start].text)
                starts_a_name[start] = first in self._name_starts or first.lower() in self._name_starts
            if not starts_a_name[start]:
                continue
            if end <= token.i and any(t.dep_ == "cc" or t.text == "," for t in doc[end : token.i]):
                continue  # "Imbonerakure and CNL supporters": a name coordinated before the phrase is another side
            written = _as_written(doc[start:end].text)
            text = written.lower()
            key = text.replace(" - ", "-") if text.replace(" - ", "-") in self._group_index else written
            group = self._group_index.get(key)
            if group and not _against(doc, start) and not self._longer_name(doc, start, end, group, key):
                return self._in_force(group, key)
        for start in (s for s in range(lo, token.i + 1) if starts_a_name.get(s) and token.pos_ in ("NOUN", "PROPN")):
            # a name that goes on past its head noun: "the Patriotic and Integrationist Force of Congo" at
            # "Force" is the group, not a state's force (its "of Congo" is part of the name); not past a
            # prefix ("pro-" of "pro-STC": the side a modifier names is read at its own word)
            stop = self.name_end(doc, start, token.i + 1)
            if stop > token.i + 1 and not _against(doc, start):
                written = _as_written(doc[start:stop].text)
                key = written.lower().replace(" - ", "-") if written.lower().replace(" - ", "-") in self._group_index else written
                group = self._group_index.get(key)
                if group and not self._longer_name(doc, start, stop, group, key):
                    return self._in_force(group, key)
        return None

    def _longer_name(self, doc, start: int, end: int, group: GroupEntry, key: str) -> bool:
        """The name found at ``doc[start:end]`` is only the start of another body's longer name: a name of
        several words the text goes on with a capitalised organisation's noun ("National Resistance Army"
        is not the "National Resistance"), a name told only in capitals ("Tigers", not tigers) written in
        small letters or opening its sentence, or a state's army's name going on "of" a place that is not
        that state ("the People's Liberation Army of Manipur" is no army of China)."""
        if key in _capitalised_names():
            written = doc[start:end]
            opens = start == doc[start].sent.start and (start == 0 or doc[start - 1].text in (".", "!", "?", '"', "\n") or doc[start - 1].is_space)
            if not all(t.text[:1].isupper() for t in written if t.is_alpha) or opens:
                return True
        if end >= doc[end - 1].sent.end:
            return False
        after = doc[end]
        if end - start >= 2 and after.text[:1].isupper() and after.lemma_.lower() in WHOLE_BODY_NOUNS:
            return True
        if group.kind in ("state_forces", "external_forces") and group.country_code and after.lower_ == "of" and end + 1 < doc[end].sent.end:
            place = doc[end + 1] if doc[end + 1].lower_ != "the" or end + 2 >= len(doc) else doc[end + 2]
            if place.pos_ == "PROPN" and _as_written(doc[start:end].text).lower().split()[-1] in ORGANISATIONS | {"forces", "force"}:
                return self.country_of_name(_compound_text(place)) != group.country_code and self.country_of_name(place.text) != group.country_code
        return False

    def name_end(self, doc, start: int, end: int) -> int:
        """The end of the longest group name the table knows that begins at ``start`` and reaches at least
        to ``end`` ("Al-Qa'ida in Iraq", "Islamic State of Iraq and the Levant"), within the sentence;
        ``end`` when none does."""
        best = end
        limit = min(doc[start].sent.end, start + self._group_max_words)
        for stop in range(end + 1, limit + 1):
            written = _as_written(doc[start:stop].text)
            if written.lower().replace(" - ", "-") in self._group_index or written in self._group_index:
                best = stop
        return best

    def misread_acronym(self, token: Token) -> bool:
        """A group's acronym in capitals the parser took for a verb: "killed by IS", "IS militants
        planted an IED" ("IS" read as "is")."""
        return token.pos_ in ("AUX", "VERB") and len(token.text) > 1 and token.text.isupper() and token.text in self._group_index

    def demonym_country(self, token: Token) -> tuple[bool, str | None]:
        """(is a demonym, its country) for a token like "Armenian" or "Azerbaijani"."""
        key = token.lower_
        # (a demonym of several words, read from any of its words: "South African troops" are South
        # Africa's, not Africa's; "South Sudanese soldiers" South Sudan's, not Sudan's)
        # (not one joined by a hyphen to what follows: "North Korean-trained" soldiers are not North Korea's)
        doc = token.doc
        if key in self._demonym_words:
            for start in range(max(0, token.i - 2), token.i + 1):
                for end in range(max(start + 2, token.i + 1), min(start + 3, len(doc)) + 1):
                    words = doc[start:end]
                    if any(not t.text[:1].isupper() for t in words) or any(not t.whitespace_ for t in words[:-1]):
                        continue
                    if end < len(doc) and not words[-1].whitespace_ and doc[end].text in _HYPHENS:
                        continue
                    longer = " ".join(t.lower_ for t in words)
                    if longer in self.demonyms:
                        return True, self.demonyms[longer]
        if key in self.demonyms:
            return True, self.demonyms[key]
        return False, None

    def _modifier_country(self, head: Token) -> str | None:
        """Country from a demonym, a country name or a place compound modifying ``head``, or from
        "of X"/"from X"."""
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < head.i:
                is_demonym, code = self.demonym_country(child)
                if is_demonym and code:
                    return code
                code = self.country_of_name(child.text)
                if not code and child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
                    # "Moscow's warplanes", "Kyiv's forces", "Kremlin forces": a capital owning a state's forces,
                    # or the seat of its government (landmarks.tsv), names that state
                    code = _seat_country(_compound_text(child), possessive=child.dep_ == "poss")
                if not code and child.dep_ == "compound" and child.pos_ == "PROPN":
                    code = self.country_of_name(_compound_text(child))  # "United States air force"
                if code:
                    return code
                for grandchild in child.children:
                    # "Turkish Army forces": the demonym hangs off the compound
                    if grandchild.dep_ in ("amod", "compound") and grandchild.i < child.i:
                        is_demonym, code = self.demonym_country(grandchild)
                        if is_demonym and code:
                            return code
        for child in self.own_preps(head, ("of", "from")):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    code = self.country_of_name(_compound_text(pobj))
                    if code:
                        return code
                    is_demonym, code = self.demonym_country(pobj)
                    if code:
                        return code
        return None

    def actor_at(self, head: Token) -> ActorRef | None:
        """The actor a noun phrase headed by ``head`` names, if any."""
        if head.text in _HYPHENS:
            return None  # (a hyphen inside a name, tagged as a word: "al - Shabaab" parsed in pieces)
        if head.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ", "NUM") and not self.misread_acronym(head):
            if head.pos_ == "VERB" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and (group := self.group_at(head)) is not None:
                # a group's name the tagger took for a verb in a noun's place ("Senderistas armed with rifles
                # killed ...": "Senderistas" tagged as a verb, parsed as the subject)
                return ActorRef(group.kind, group.name, group.country_code, group.kind not in ("protesters", "civilians"), head, bool(group.country_code))
            return None
        group = self.group_at(head)
        if group and group.kind == "rebel_group" and head.lemma_.lower() in BACKERS and head.pos_ == "NOUN":
            # "two suspected Maoist sympathisers", "Boko Haram informants", "Taliban supporters": people
            # who back an insurgency or tell it things do not fight in it; ACLED codes them as civilians
            return ActorRef("civilians", "Civilians ({country})", group.country_code, False, head, bool(group.country_code))
        if group:
            return ActorRef(group.kind, group.name, group.country_code, group.kind not in ("protesters", "civilians"), head, bool(group.country_code))
        if (enemy := self._enemy(head)) is not None:
            return enemy
        if head.lemma_.lower() in SELF_NAMED_BODIES and (named := self.self_named(head)) is not None:
            return named
        if head.lemma_.lower() in BODY_PEOPLE or head.lower_ in BODY_PEOPLE:
            # "men of the Frontier Corps shot dead two smugglers": an armed body's people act as the body
            for child in self.own_preps(head, ("of",)):
                member = next((c for c in child.children if c.dep_ == "pobj"), None)
                if member is not None and (found := self.actor_at(member)) is not None and found.armed:
                    return replace(found, token=head)
        if head.lemma_.lower() in COLLECTIVES or head.lower_ in COLLECTIVES:
            # "a group of people", "two groups of villagers", "a number of residents": the members act;
            # a group of people the tables do not know ("taxi bike riders") is a crowd of civilians
            for child in self.own_preps(head, ("of",)):
                member = next((c for c in child.children if c.dep_ == "pobj"), None)
                if member is not None:
                    found = self.actor_at(member)
                    if found is not None and found.kind == "civilians" and any(_bearing_arms(c) for c in head.children):
                        # "an armed group of Dogon hunters", "an armed band of youths": people bearing arms, a
                        # people's militia when named by it
                        people = self._people_before(member)
                        if people is not None:
                            return ActorRef("identity_militia", f"{people} Ethnic Militia ({{country}})", None, True, member)
                        return ActorRef("political_militia", "Unidentified Armed Group ({country})", None, True, member)
                    if found is None and head.lemma_.lower() in TEAMS:
                        break  # ("a team of police commandos": the words the tables know are read as before)
                    return found or ActorRef("civilians", "Civilians ({country})", None, False, member)
        term = self._term_for(head)
        modifiers = [c for c in head.children if c.dep_ in ("amod", "compound")]
        modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
        if term is not None and (term.armed or any(c.lower_ == "armed" for c in head.children)) and "{country}" in term.name and (named := next((
            n for c in self.own_preps(head, ("of", "from")) for o in c.children
            if o.dep_ == "pobj" and o.lemma_.lower() in SELF_NAMED_BODIES and (n := self.self_named(o)) is not None
        ), None)) is not None:
            # "armed men from a group that calls itself the X Liberation Front": that body's men
            return replace(named, token=head)
        if term is not None and term.armed and term.kind == "state_forces" and any(c.lower_ in FORMER for c in modifiers):
            # "a former military officer", "a retired soldier": no longer a side in any fight
            return ActorRef("civilians", "Civilians ({country})", self._modifier_country(head), False, head)
        if term is not None and term.armed and any(c.lemma_.lower() == "civilian" for c in modifiers) and not any(
            c.lemma_.lower() == "police" for c in [head, *modifiers]
        ):  # ("civilian police" is a police force)
            # "a civilian school guard", "civilian police staff": said to be civilians
            return ActorRef("civilians", "Civilians ({country})", self._modifier_country(head), False, head)
        if term is not None and term.kind == "civilians" and (owner := self._armed_body_of(head)) is not None:
            # "the children of fire initiative", "sons of the X movement": people named as those of an
            # armed body are that body's name, not civilians
            return owner
        if term is not None and term.kind == "civilians" and head.tag_ in ("NN", "NNS"):
            if any(c.dep_ in ("amod", "compound") and _bearing_arms(c) for c in head.children):
                # "four armed inmates", "armed youths": people bearing arms act as an armed group; named by
                # a people ("armed Misseriya nomads"), that people's militia
                if (people := self._people_before(head)) is not None:
                    return ActorRef("identity_militia", f"{people} Ethnic Militia ({{country}})", None, True, head)
                return ActorRef("political_militia", "Unidentified Armed Group ({country})", None, True, head)
            for c in head.children:
                if c.dep_ == "compound" and c.i < head.i and (force := self._term_for(c)) is not None and force.kind == "state_forces":
                    # "a railway police official", "an army chief": a member of the state's forces
                    code = self._modifier_country(head)
                    return ActorRef(force.kind, force.name, code, True, head, code is not None)
        if term is not None and term.armed and _self_defence(head):
            # "self-defense forces", "a village self-defence unit": armed for their community, not a state's
            # forces nor a party's militia (ACLED's identity militias)
            return ActorRef("identity_militia", "Communal Militia ({country})", None, True, head)
        if term is not None and term.kind == "rebel_group" and "{country}" in term.name and (
            people := self._people_before(head)
        ) is not None and any(t.lower_ == "ethnic" for t in head.doc[head.left_edge.i : head.i]):
            # "ethnic Tuareg fighters": fighters the text names by their people are its militia
            return ActorRef("identity_militia", f"{people} Ethnic Militia ({{country}})", None, True, head)
        if term is not None and term.kind == "political_militia" and term.name.startswith("Militia"):
            # (an acronym names an organisation, not a people: "CODECO militiamen"; nor does a word of
            # the actor tables capitalised at the sentence's start: "Separatist militias", "Rebel militia")
            ethnic = next((c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper() and not (len(c.text) > 1 and c.text.isupper()) and not _hyphen_prefix(c) and not self.demonym_country(c)[1] and not self.country_of_name(c.text) and c.lower_ not in self._term_words), None)
            if ethnic is not None and not self.demonym_country(ethnic)[0] and self._loyal_to_others(head):
                # "Shabiha militiamen loyal to the Assad government", "X militia allied to the governor": a name
                # the tables know as no people, on a militia told serving a government, a party or a man, names
                # that militia, not a people's (ACLED's political militia)
                ethnic = None
            if ethnic is not None:
                return ActorRef("identity_militia", f"{ethnic.text} Ethnic Militia ({{country}})", None, True, head)
        if term is not None and term.armed and term.kind in ("political_militia", "identity_militia"):
            # "Fulani gunmen", "Hausa raiders": armed men named by an ethnic group (a demonym of no
            # state) are that group's ethnic militia (not "Kurdish fighters", "Baloch militants": rebels)
            ethnic = next((c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i and (d := self.demonym_country(c))[0] and not d[1]), None)
            if ethnic is not None:
                return ActorRef("identity_militia", f"{ethnic.text} Ethnic Militia ({{country}})", None, True, head)
        if term is not None and term.kind == "political_militia" and _from_community(head, named_place=term.name.startswith("Militia")):
            # "militiamen from the Ayr sub-clan", "militias from Umumubu and Omor", "gunmen from the Y
            # community": a communal militia
            return ActorRef("identity_militia", "Communal Militia ({country})", None, True, head)
        if term is not None and term.kind == "rebel_group" and "{country}" in term.name and _from_community(head, named_place=False) and self._member_of(head) is None:
            # "fighters from the Habar Gidir clan", "militants from a rival tribe": men armed for a clan or
            # a tribe are its militia (ACLED's identity militia), not rebels
            return ActorRef("identity_militia", "Communal Militia ({country})", None, True, head)
        if term is not None and term.armed and "{country}" in term.name and (
            (group := self._member_of(head)) is not None or term.kind != "state_forces" and (group := self._affiliation(head)) is not None
        ):
            # "gunmen believed to belong to IS", "militants linked to Al Shabaab": men told as a named
            # group's are that group (ACLED codes the suspected group)
            return ActorRef(group.kind, group.name, group.country_code, True, head, bool(group.country_code))
        if term is not None and term.armed and self.suspected_of_crime(head):
            # "police shot dead a suspected robber": someone only suspected of a crime is a civilian until
            # told armed ("suspected armed robbers") or fighting (events/roles.py)
            return ActorRef("civilians", "Civilians ({country})", self._modifier_country(head), False, head)
        if term is not None and term.armed and any(
            c.dep_ == "amod" and c.lower_ in UNIDENTIFIED for c in head.children
        ) and not _named_modifier(head, self) and not (term.kind == "state_forces" and self._modifier_country(head)):
            # (a state's machines or men suspected by their country are that state's: "a suspected US air
            # force aircraft conducted an air strike")
            if term.kind == "identity_militia":
                # "unknown raiders", "two unidentified tribal militias": who they are is unknown, not
                # what they are (ACLED's "Unidentified Communal/Tribal/Clan Militia")
                return ActorRef("identity_militia", f"Unidentified {term.name}", None, True, head)
            # "unidentified militants", "unknown gunmen": ACLED's Unidentified Armed Group ("suspected
            # BIFF militants" name their group: not unidentified)
            return ActorRef("political_militia", "Unidentified Armed Group ({country})", None, True, head)
        if term is not None and term.armed and len(term.words) == 1:
            # "Coalition warplanes", "militia fighters", "regime fighters": the member or machine word
            # (head) belongs to the armed body its modifier names
            owner = next((t for c in head.children if c.dep_ == "compound" and c.i < head.i and (t := self._term_for(c)) is not None and t.armed), None)
            if owner is not None and owner.name != term.name:
                term = owner
                if term.kind == "political_militia" and term.name.startswith("Militia") and (people := self._people_before(head)) is not None:
                    # "Ethnic Lendu militia fighters", "Hema militia fighters": a people's militia
                    return ActorRef("identity_militia", f"{people} Ethnic Militia ({{country}})", None, True, head)
        if term is not None and term.armed and term.kind == "state_forces" and (owner_ref := self._external_owner(head)) is not None:
            # "warplanes of the Saudi-led coalition", "troops of the UN mission": machines or men of an
            # international force are that force's, not the host state's
            return owner_ref
        if term is not None and term.kind == "state_forces" and (named := self._peoples_army(head)) is not None:
            return named
        if term is not None:
            code = self._modifier_country(head)
            return ActorRef(term.kind, term.name, code, term.armed, head, code is not None)
        for child in head.children:
            if child.dep_ == "poss" and (owner := self.actor_at(child)) is not None and owner.armed:
                # "the regime's 4th Division", "the army's 5th Brigade": a unit of an armed actor
                return replace(owner, token=head)
        if (named := self.named_armed_body(head)) is not None:
            return named
        if head.pos_ == "PROPN" and head.text[:1].isupper() and _named_operation(head):
            # "Operation Whirl Stroke neutralised four bandits": a state's forces under their operation's name
            # (operations of other sides, or of forces abroad, are groups.tsv's: Barkhane, Peace Spring)
            return ActorRef("state_forces", "Military Forces of {country}", None, True, head)
        # A country, or its people, named as an actor: "Armenia attacked", "the Armenians".
        is_demonym, code = self.demonym_country(head)
        if is_demonym and code is None and head.text[:1].isupper() and (
            head.tag_ in ("NNS", "NNPS") or head.lower_.endswith("s") and head.lower_[:-1] in self.demonyms
        ):
            # a people of no state named by its plural ("Hutus", "the Luos", "Dalits"): its people, civilians
            # until told fighting (events/roles.py reads them then as the people's ethnic militia)
            return ActorRef("civilians", "Civilians ({country})", None, False, head)
        if not code and head.pos_ == "PROPN":
            code = self.country_of_name(_compound_text(head))
        if code:
            return ActorRef("state_forces", "Military Forces of {country}", code, True, head, True)
        return None

    def _name_words(self, head: Token) -> list[Token]:
        """The capitalised words of a proper name before ``head`` (its compounds and adjectives, and theirs)."""
        words = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i]
        words += [g for c in words for g in c.children if g.dep_ in ("compound", "amod") and g.i < c.i]
        return [w for w in words if w.text[:1].isupper()]

    def named_armed_body(self, head: Token) -> ActorRef | None:
        """A body the tables do not know, named as an organisation, that the text tells acting: "the Eastern
        Turkestan Islamic Movement attacked", "the Caucasus Emirate claimed", "the X Brigades fired rockets".
        ACLED codes a named armed organisation fighting the state for power or territory as a rebel group
        (the names of states' units are actors.tsv's: "72 Special Forces Battalion"). Only a capitalised
        name: the noun of an organisation (role_words.tsv, organisation_nouns; "Brigades" in the plural, an
        organisation's, not the singular, a state's unit) after words of the name, or before an "of" or
        "for" that goes on with it ("the Movement for the Emancipation of ...")."""
        lemma = head.lemma_.lower()
        if lemma not in ORGANISATIONS and lemma.endswith("s"):
            lemma = lemma[:-1]  # (a capitalised plural keeps its -s as lemma: "Brigades")
        if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.text.isupper() or lemma not in INSURGENT_BODY_NOUNS:
            return None
        if lemma == "brigade" and not head.lower_.endswith("s"):
            return None  # (a state's unit: "the Golani Brigade")
        if lemma in ("movement", "front") and not any(w.lower_ in ARMED_STRUGGLE_WORDS for w in head.subtree):
            return None  # (a party or a protest movement: "the Green Movement", "the Patriotic Front")
        named = bool(self._name_words(head)) or any(
            c.dep_ == "prep" and c.lower_ in ("of", "for") and any(p.dep_ == "pobj" and p.text[:1].isupper() for p in c.children)
            for c in head.children
        )
        if not named or head.i == head.sent.start:
            return None
        start = min([head.i, *(w.i for w in self._name_words(head))])
        return ActorRef("rebel_group", head.doc[start : head.i + 1].text, None, True, head)

    def _enemy(self, head: Token) -> ActorRef | None:
        """"The enemy shelled our positions", "enemy forces", "enemy drones attacked": a communique's other
        side. ACLED codes the adversary state's forces: the adversary of the state whose communique it is
        (``home``, set by the roles reader from a state body speaking) or, not knowing it, of the event's
        country, where adversaries.tsv gives one in force on the report's day; else an unidentified armed
        group, as before."""
        lemma = head.lemma_.lower()
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        if lemma in _ENEMY_WORDS["occupier"]:
            if head.dep_ != "nsubj" or any(c.dep_ in ("compound", "amod", "nummod") for c in head.children):
                return None  # "two land occupiers", "at land invaders": people who took land
        elif lemma not in _ENEMY_WORDS["enemy"]:
            if not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _ENEMY_WORDS["enemy"] for c in head.children):
                return None
            term = self._term_for(head)
            if not (term is not None and term.armed or lemma in _ENEMY_WORDS["machine"] or lemma.rstrip("s") in _ENEMY_WORDS["machine"]):
                return None
        elif any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None  # ("an enemy of the people": no side of a war)
        # without the report's day, only the wars still in force (a finished one's row would name a side of a
        # war decades over)
        pairs = tuple(
            (home, other) for home, other, since, until in _adversaries()
            if (until is None if self.when is None else (since is None or since <= self.when) and (until is None or self.when <= until))
        )
        if not pairs:
            return None
        adversary = dict(pairs).get(self.home) if self.home else None
        if adversary is not None:
            return ActorRef("state_forces", "Military Forces of {country}", adversary, True, head, True)
        return ActorRef("state_forces", "Military Forces of {country}", None, True, head, False, pairs)

    def self_named(self, head: Token) -> ActorRef | None:
        """The body ``head`` ("group", "outfit") names, told by the name it goes by: "a group calling itself
        the Free Baluch Liberation Army", "an outfit that calls itself the People's Revolutionary Front", "a
        group called the Azawad National Liberation Front", "a previously unknown group, the Islamic
        Resistance Brigades". A name the group table knows is that group; a capitalised name telling an
        armed struggle (ARMED_STRUGGLE_WORDS) or naming an armed body ("Army", "Front", "Brigades",
        "Movement", "Emirate") is a rebel group's: an organised armed body by its own account, not an
        unidentified one. Other names ("a group called Citizens for Peace") say nothing of arms: None."""
        for child in head.children:
            name = None
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in NAMING_VERBS:
                name = next((g for g in child.children if g.dep_ in ("oprd", "attr", "xcomp", "dobj") and g.lower_ not in _OWN_NAME_PRONOUNS), None)
                if name is None:
                    # "known as", "describing itself as"
                    name = next((o for a in child.children if a.dep_ == "prep" and a.lower_ == "as" for o in a.children if o.dep_ == "pobj"), None)
            elif child.dep_ == "appos" and child.i > head.i:
                name = child
            if name is None or name.pos_ != "PROPN" or not name.text[:1].isupper():
                continue
            group = self.group_at(name)
            if group is not None:
                if group.kind in ("protesters", "civilians"):
                    return None
                return ActorRef(group.kind, group.name, group.country_code, True, head, bool(group.country_code))
            words = [t for t in name.subtree if t.i <= name.i and t.text[:1].isupper()]
            lemma = name.lemma_.lower()
            body = lemma in INSURGENT_BODY_NOUNS | {"army"} or lemma.endswith("s") and lemma[:-1] in INSURGENT_BODY_NOUNS
            if not (body or any(w.lower_ in ARMED_STRUGGLE_WORDS for w in words)):
                continue
            if any(self.country_of_name(w.text) or self.demonym_country(w)[1] for w in words if w.lower_ not in ARMED_STRUGGLE_WORDS):
                continue  # (a state's name in it: the tables' business, "the Free Syrian Army")
            start = min(t.i for t in name.subtree if t.i <= name.i and t.dep_ != "det")
            end = name.i + 1
            for prep in (c for c in name.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i == end):
                if any(p.dep_ == "pobj" and p.text[:1].isupper() for p in prep.children):
                    end = max(t.i for t in prep.subtree) + 1  # "the Islamic Movement of the Sahel"
            return ActorRef("rebel_group", head.doc[start:end].text, None, True, head)
        return None

    def _peoples_army(self, head: Token) -> ActorRef | None:
        """An "Army" named by a people of no state ("the Kuki National Army", "a Zomi army"): that people's
        insurgents, not a state's army (no word of the name is a state's demonym or a country's name)."""
        if head.lemma_.lower() != "army" or head.pos_ != "PROPN":
            return None
        words = self._name_words(head)
        people = [w for w in words if (d := self.demonym_country(w))[0] and d[1] is None and w.lower_ not in SUPRANATIONAL]
        if not people or any(self.demonym_country(w)[1] or self.country_of_name(w.text) for w in words):
            return None
        start = min([head.i, *(w.i for w in words)])
        return ActorRef("rebel_group", head.doc[start : head.i + 1].text, None, True, head)

    def suspected_of_crime(self, head: Token) -> bool:
        """The phrase names someone suspected of a crime ("a suspected robber", "alleged cattle thieves"):
        a word of suspicion before a head that, so modified, the actor table reads as a civilian, with
        no word telling arms ("suspected armed robbers" bear them)."""
        lemma = head.lemma_.lower()
        modifiers = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
        if any(c.lower_ == "armed" for c in modifiers):
            return False
        return any(
            c.dep_ == "amod" and (term := self.terms.get((c.lemma_.lower(), lemma)) or self.terms.get((c.lower_, lemma))) is not None
            and term.kind == "civilians" for c in modifiers
        )

    def own_preps(self, head: Token, words: tuple[str, ...]) -> list[Token]:
        """The prepositions in ``words`` ("of", "from") whose phrase tells whose ``head`` is. The parser
        hangs a phrase told after the last of two coordinated nouns on the first: in "between military
        forces and members of the X", "of the X" on "forces". Such a phrase belongs to the conjunct it
        follows when that conjunct is a bare word for members or armed men ("members", "fighters",
        "militants") and the first noun already names its side (a modifier: "military forces"; or the
        state's forces: "soldiers", "police"); in "fighters and members of X" it stays on both."""
        found = [c for c in head.children if c.dep_ == "prep" and c.lower_ in words and not self._told_of_conjunct(head, c)]
        if head.dep_ == "conj" and not found:
            first = head.head
            found = [c for c in first.children if c.dep_ == "prep" and c.lower_ in words and c.i > head.i]
        return found

    def _told_of_conjunct(self, head: Token, prep: Token) -> bool:
        """Whether ``prep``, hung on ``head``, follows a conjunct of ``head`` that it belongs to (``own_preps``)."""
        if not any(c.dep_ in ("amod", "compound") and c.i < head.i for c in head.children):
            term = self._term_for(head)
            if term is None or term.kind != "state_forces":
                return False
        for conjunct in (c for c in head.children if c.dep_ == "conj" and head.i < c.i < prep.i):
            if any(c.dep_ == "prep" for c in conjunct.children):
                continue
            if conjunct.lower_ in ("members", "member") or (term := self._term_for(conjunct)) is not None and term.armed:
                return True
        return False

    def _member_of(self, head: Token) -> GroupEntry | None:
        """The named group armed men are "of" or "from": "fighters from the Southern Resistance", "forces
        of the 6th Southern Resistance Brigade"."""
        for child in self.own_preps(head, ("of", "from")):
            for token in child.subtree:
                group = self.group_at(token) if token.pos_ in ("PROPN", "NOUN") else None
                if group is not None and group.kind not in ("protesters", "civilians"):
                    return group
        return None

    def _affiliation(self, head: Token) -> GroupEntry | None:
        """The named group an armed phrase is said to belong to, read on the words after it ("gunmen
        believed to belong to IS", "militants linked to the Taliban", "men affiliated with X"): the
        parse of such clauses is unreliable ("IS" read as an auxiliary, "affiliated" as the main verb)."""
        doc = head.doc
        end = min(len(doc), head.sent.end)
        i = head.i + 1
        while i < end and i <= head.i + 4 and doc[i].lemma_.lower() not in AFFILIATION and doc[i].pos_ in ("VERB", "AUX", "PART", "ADV"):
            i += 1
        if i + 1 >= end or doc[i].lemma_.lower() not in AFFILIATION or doc[i + 1].lower_ not in ("to", "with"):
            return None
        j = i + 2
        if j < end and doc[j].lower_ == "the":
            j += 1
        for k in range(j, min(end, j + 4)):
            group = self.group_at(doc[k])
            if group is not None and group.kind not in ("protesters", "civilians"):
                return group
        return None

    def _loyal_to_others(self, head: Token) -> bool:
        """Armed men told tied to someone who is no community ("militiamen loyal to the governor", "allied to
        the ruling party"): a word of affiliation (role_words.tsv) and "to" or "with" within the words after
        ``head``, then no clan, tribe or community within the next five."""
        doc = head.doc
        end = min(len(doc), head.sent.end)
        for i in range(head.i + 1, min(end - 1, head.i + 4)):
            if doc[i].lemma_.lower() in AFFILIATION and doc[i + 1].lower_ in ("to", "with"):
                return not any(t.lemma_.lower() in COMMUNITY_WORDS for t in doc[i + 2 : min(end, i + 7)])
        return False

    def _armed_body_of(self, head: Token) -> ActorRef | None:
        """The non-state armed body named in "X of <body>" ("the children of fire initiative"; an
        organisation's noun, not people: "the wives of fighters" are civilians)."""
        for child in self.own_preps(head, ("of",)):
            for pobj in (p for p in child.children if p.dep_ == "pobj" and p.lemma_.lower() in ORGANISATIONS):
                term = self._term_for(pobj)
                if term is not None and term.armed and term.kind in ("political_militia", "rebel_group"):
                    return ActorRef(term.kind, term.name, None, True, head)
        return None

    def _people_before(self, head: Token) -> str | None:
        """The people named before a phrase of armed men ("Lendu" in "Ethnic Lendu militia fighters"): a
        capitalised demonym of no state among the head's modifiers or its compound's, or any capitalised
        name when the word "ethnic" says it is a people's."""
        modifiers = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
        modifiers += [g for c in modifiers for g in c.children if g.dep_ in ("compound", "amod") and g.i < c.i]
        ethnic = any(c.lower_ == "ethnic" for c in modifiers)
        for c in sorted(modifiers, key=lambda t: t.i):
            if not c.text[:1].isupper() or c.lower_ in self._term_words or c.lower_ == "ethnic" or _hyphen_prefix(c):
                continue
            is_demonym, code = self.demonym_country(c)
            if is_demonym and code is None or ethnic and c.pos_ == "PROPN" and not is_demonym and not self.country_of_name(c.text):
                return c.text
        return None

    def _external_owner(self, head: Token) -> ActorRef | None:
        """The international force a state-forces word belongs to, told "of" it ("warplanes of the coalition",
        "soldiers of MINUSMA")."""
        for child in self.own_preps(head, ("of",)):
            for pobj in (p for p in child.children if p.dep_ == "pobj"):
                group = self.group_at(pobj)
                if group is not None and group.kind == "external_forces":
                    return ActorRef(group.kind, group.name, group.country_code, True, head, bool(group.country_code))
                term = self._term_for(pobj)
                if group is None and term is not None and term.kind == "external_forces":
                    return ActorRef(term.kind, term.name, None, True, head)
        return None

    def _term_for(self, head: Token) -> ActorTerm | None:
        lemma = head.lemma_.lower()
        if head.pos_ == "PROPN" and lemma.endswith("s") and (lemma,) not in self.terms:
            lemma = lemma[:-1]  # "the Ukrainian Forces": a capitalised plural keeps its -s as lemma
        words = [c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
        # Try the longest modifier + head combinations first ("security force", "armed man").
        for k in range(len(words), -1, -1):
            key = tuple(words[len(words) - k :]) + (lemma,)
            if key in self.terms:
                return self.terms[key]
            key = tuple(words[len(words) - k :]) + (head.lower_,)
            if key in self.terms:
                return self.terms[key]
        for form in _hyphenated(head):
            # "a passer-by", "two passers-by": the tokeniser splits the word at its hyphen, and the parse
            # makes either half the head
            if (form,) in self.terms:
                return self.terms[(form,)]
        for word in reversed(words[:-1]):
            # a word of the phrase before another modifier: "armed Islamic groups" is an armed group (only
            # for a head the table does not know alone: "armed Fulani men" stay men, read as such)
            if (word, lemma) in self.terms and self.terms[(word, lemma)].armed:
                return self.terms[(word, lemma)]
        return None

    def perpetrator_modifier(self, trigger: Token) -> ActorRef | None:
        """The actor named as a modifier of an event noun: "an Armenian rocket attack", "Taliban
        attack", "Azerbaijan's shelling"."""
        for child in trigger.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < trigger.i:
                group = self.group_at(child)
                if group:
                    return ActorRef(group.kind, group.name, group.country_code, True, child, bool(group.country_code))
                is_demonym, code = self.demonym_country(child)
                if not code and child.dep_ == "compound" and child.pos_ == "PROPN":
                    code = self.country_of_name(_compound_text(child))  # "US strikes", "Israel strikes"
                if code:
                    return ActorRef("state_forces", "Military Forces of {country}", code, True, child, True)
                if child.dep_ == "poss":
                    actor = self.actor_at(child)
                    if actor:
                        return actor
                # "rocket attack": look one level further ("Armenian rocket attack")
                if child.dep_ == "compound":
                    inner = self.perpetrator_modifier(child)
                    if inner:
                        return inner
        return None


# (a caste is a community of birth: "members of the X caste" who attack are its militia, as ACLED codes them)
COMMUNITY_WORDS = frozenset("clan sub-clan subclan tribe community family village ethnic communal caste".split())


def _named_operation(head: Token) -> bool:
    """A capitalised name opening with the word "Operation" ("Operation Whirl Stroke", "Operation Lafiya
    Dole"): a military operation's name."""
    first = min((c for c in head.children if c.dep_ == "compound" and c.i < head.i), key=lambda c: c.i, default=None)
    return first is not None and first.text == "Operation" and all(
        t.text[:1].isupper() or not t.is_alpha for t in head.doc[first.i : head.i + 1]
    )


def _from_community(head: Token, *, named_place: bool = True) -> bool:
    """An armed group named by where or whom it comes from: "militia from the X clan", "gunmen from the
    Y community"; with ``named_place``, a militia from a named place too: "militias from Umumubu and
    Omor" (villages), "militia from the Mapel area" (not "gunmen from Zamfara": armed men of unknown
    allegiance who came from a state are no local militia)."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            for token in child.subtree:
                if token.lemma_.lower() in COMMUNITY_WORDS:
                    return True
                if named_place and token.dep_ == "pobj" and token.head.i == child.i and (
                    token.pos_ == "PROPN" or any(c.dep_ == "compound" and c.text[:1].isupper() for c in token.children)
                ):
                    return True
        if child.dep_ == "appos" and child.lemma_.lower() in COMMUNITY_WORDS:
            return True  # "militia from the Mapel area (presumed Boor clan of the Balanda)"
    return False


def _self_defence(head: Token) -> bool:
    """The phrase names a self-defence body: "self-defense forces", "a self-defence group" ("self" hangs
    off "defence", or both off the head)."""
    words = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod")]
    words += [g for c in words for g in c.children if g.i < c.i]
    defence = any(w.lower_ in ("defence", "defense", "self-defence", "self-defense") for w in words)
    return defence and any(w.lower_ in ("self", "self-defence", "self-defense") for w in words)


def _named_modifier(head: Token, reader: "ActorReader") -> bool:
    """A proper name modifies the phrase ("suspected BIFF militants", "suspected Murle raiders"): the
    group is named, only suspected, not unidentified. A country's name or demonym is no group name."""
    return any(
        c.dep_ in ("compound", "amod") and c.i < head.i and c.pos_ == "PROPN" and not reader.demonym_country(c)[1]
        and not reader.country_of_name(c.text)
        for c in head.children
    )


def _against(doc, start: int) -> bool:
    """"anti-Houthi forces" are the Houthis' enemies, not the Houthis."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "anti"


def _compound_text(token: Token) -> str:
    """The token with its preceding compound words: "Nagorno-Karabakh", "South Sudan"."""
    start = token.i
    doc = token.doc
    for child in token.children:
        if child.dep_ in ("compound",) and child.i < token.i and child.pos_ == "PROPN":
            if any(t.is_punct and t.whitespace_ for t in doc[child.left_edge.i : token.i]):
                continue  # "MOGADISHU - US strikes": a dateline's town before a dash is no part of the name
            start = min(start, child.left_edge.i)
    return token.doc[start : token.i + 1].text


def with_country(actor: ActorRef, code: str | None) -> ActorRef:
    return replace(actor, country_code=code)


_HYPHENS = ("-", "\u2010", "\u2011")


def _word(token) -> bool:
    """A word, also one a transliteration writes with an apostrophe inside ("Gama'a", "Jama'at")."""
    return token.is_alpha or token.text.replace("'", "").replace("\u2019", "").isalpha()


def _title(token) -> bool:
    """Capitalised as a name's word is ("Shining"; "Gama'a", whose apostrophe Python's istitle reads as a break)."""
    text = token.text
    return text.istitle() or text[:1].isupper() and text.replace("'", "").replace("\u2019", "").istitle()


def _hyphen_joined(doc, i: int) -> bool:
    """The token at ``i`` is joined by a hyphen, with no space, to the token after it ("Jamaat-ul-Ahrar")."""
    if i + 1 >= len(doc) or doc[i].whitespace_:
        return False
    return doc[i].text in _HYPHENS or doc[i + 1].text in _HYPHENS


def _hyphenated(token) -> list[str]:
    """The word a hyphen joins the token into, written with no space ("passer-by" from "passer" or from
    "by"), with the first half also as its lemma ("passers-by" -> "passer-by"); none when no hyphen."""
    doc = token.doc
    halves = []
    if token.i >= 2 and doc[token.i - 1].text in _HYPHENS and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_:
        halves.append((doc[token.i - 2], token))
    if not token.whitespace_ and token.i + 2 < len(doc) and doc[token.i + 1].text in _HYPHENS and not doc[token.i + 1].whitespace_:
        halves.append((token, doc[token.i + 2]))
    forms = []
    for first, second in halves:
        forms += [f"{first.lower_}-{second.lower_}", f"{first.lemma_.lower()}-{second.lower_}"]
    return forms


def _hyphen_prefix(token) -> bool:
    """"Pro-government", "Anti-Balaka": a word joined by a hyphen to another is part of a compound
    (a prefix, or what follows one), no people's name."""
    doc = token.doc
    before = token.i >= 2 and doc[token.i - 1].text in _HYPHENS and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_
    after = not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text in _HYPHENS
    return before or after
