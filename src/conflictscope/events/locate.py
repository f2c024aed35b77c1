"""Where an event was, when the sentence that tells it gives no place the builder keeps.

ACLED codes every event at the most specific place the report names; an event known only to its
country is not recorded. A report often names the place once and tells the event apart from it:

* in the event's own sentence, in a part the builder leaves out as no scene of the event: where it
  "was reported" ("heavy fire was reported in Ajaylat", "in Belford Roxo, it was reported through an
  app that a shoot-out took place in a neighbourhood"), the people who acted ("protesters in Diwaniya
  rejected the proposal", read as the speakers of a claim);
* in a sentence with no event of its own, before it ("In X, the police carried out an operation. A
  shoot-out broke out.") or after it ("Arsonists set fire to a vehicle. The incident occurred in X.").

When a document places none of its events, each event takes such a place: first from its own
sentence, then from the nearest sentence of the same paragraph (the one before at equal distance).
Only towns and regions of the country the report is about (or of the one country all the places it
names are in) are taken, so that a speaker abroad or a place a crowd came from does not move the
event to another country. Nothing is taken across a
paragraph break, and only from sentences the fast path parses as well (the relevant units), so the
events are the same with and without it.

Among the places of one sentence (the builder makes one event mention per place), a place that is
not where the event was gives way to the one that is (``Locator.refine``): an end of a road named by
its ends ("a protest on the Dhaka-Sylhet highway in Narsingdi": Narsingdi), and a namesake of a
quarter, square or building named as inside a town ("the Pul-e-Charkhi area of Kabul" read as Poole,
England; "the Khan Agha area of Tarinkot" read as a town 500 km away): the town; and a name followed or
opened by a word for a part of a town (a neighbourhood, a station, a square, a road named by one town,
"Colonia X"; town_parts.tsv) that resolves more than 20 km from the town the sentence puts it in ("the
Uskhod metro station in Minsk", "in Zumpango, residents of the San Lorenzo neighborhood"): that town;
a place named as where people are from ("people from the villages of Puducherry protested in
Viluppuram", "reinforcements from Dhamar arrived in Juban"), when the sentence names another town of
the report's country: that town. The district opening a bracket after a village the gazetteer lacks
("Bab Ghaliq (Qaatabah, Ad Dali)") is where ACLED codes the event, near a town (precision 2).
A change that would give the mention the place of another event is not made, so events are not merged
by it, except where the other event is the same sentence's at the road's or the quarter's own town
("blocking the Khulna-Dhaka highway in Phultala town": one event, at Phultala).

ACLED's notes may say where they coded an event ("marched in Kypseli [coded to Athens-Central
Athens]", "coded at Am Taffah (Mukayras, Al Bayda)"): that place is the event's (``apply_coded``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span

from conflictscope.events.predicates.places import is_bearing
from conflictscope.geo.coordinates import is_point
from conflictscope.geo.gazetteer import distance_km
from conflictscope.geo.words import CHAIN_WORDS, CITY_WORDS, FRONT_WORDS, REGION_WORDS, SECOND_LEVEL_WORDS
from conflictscope.knowledge import load_reporting_verbs, read_rows, read_word_sets, tells_another_incident
from conflictscope.knowledge.geo_data import load_facility_words
from conflictscope.nlp.analyze import text_of
from conflictscope.types import PlaceMention

# How many sentences away a scene may be told.
SCENE_WINDOW = 2
SUB_NATIONAL = ("city", "admin1", "region")
# Stances of verbs whose speaker's place is not the event's: those who say or accuse ("officials in
# Kandahar said"). People who reject or deny something are often the crowd that acted ("protesters
# in Mosul rejected the plan").
SAYING = frozenset({"asserts", "accuses"})
# Prepositions of where someone came from or went.
DIRECTIONS = frozenset({"from", "to", "toward", "towards", "into", "via"})
# A town abroad named as inside a town of the report's country ("the Seray in Tripoli", "the
# Pul-e-Charkhi area of Kabul", "St Albans prison in Port Elizabeth") is a namesake of a square, a
# building or a quarter: the event is in the other, when it is named this close after it.
INSIDE_GAP = 40
# ... and so is a town of the same country named as inside another one by a preposition ("the Khan
# Agha area of Tarinkot district") that resolves this far from it.
FAR_NAMESAKE_KM = 100.0
# A name followed by a word for a part of a town ("the San Lorenzo neighborhood", "the Uskhod metro
# station in Minsk") that resolves this far from the town the report puts it in is a namesake: a part
# of a town is within this distance of the town's point.
PART_OF_TOWN_KM = 20.0
# Prepositions that put a site inside a town ("the X metro station in Minsk"); "near" does not.
WITHIN = frozenset({"in", "of", "at", "inside", "within"})
# The town a road named by its ends runs through is named this close after it ("on the Dhaka-Aricha
# highway in Savar city").
ROAD_GAP = 60
# The words between the two ends of a road named by its ends ("Dhaka-Sylhet", "Bint Jbeil and Tyre",
# "from Aden to Taizz").
ROAD_ENDS_JOINED = re.compile(r"\s*(?:-|–|and|to|&)\s*", re.IGNORECASE)
# ACLED's notes say where they coded an event whose own place their gazetteer lacks ("marched in
# Kypseli [coded to Athens-Central Athens]", "west of Taizz, coded at Bir Bashah front"): the place
# named right after it is the event's. (A count "coded as 3", or victims "coded in" another event's
# place, is not.)
CODED_AT = re.compile(r"\bcoded (?:to|at|in)(?: approximate location as)? ?\[?$", re.IGNORECASE)
CODED_COUNT = re.compile(r"\b(?:fatalit|casualt|killed|death|injur)|\d", re.IGNORECASE)


@lru_cache(maxsize=1)
def road_words() -> tuple[frozenset[str], frozenset[str]]:
    """(road nouns, words that name a road by its ends) from road_words.tsv."""
    kinds: dict[str, set[str]] = {"road": set(), "link": set()}
    for kind, word in read_rows("road_words.tsv", 2):
        if kind not in kinds:
            raise ValueError(f"road_words.tsv: unknown kind {kind!r}")
        kinds[kind].add(word.lower())
    return frozenset(kinds["road"]), frozenset(kinds["link"])


@lru_cache(maxsize=1)
def _town_parts() -> dict[str, frozenset[str]]:
    """town_parts.tsv by kind: quarter, facility, area, before."""
    return read_word_sets("town_parts.tsv", ("quarter", "facility", "area", "before"))


@lru_cache(maxsize=1)
def town_part_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that alone make a name a quarter of a town, words of a site in a town, words of an area)
    from town_parts.tsv, sites with the buildings, venues and streets of facility_words.tsv."""
    parts = _town_parts()
    return parts["quarter"], parts["facility"] | load_facility_words(), parts["area"]


def quarter_openers() -> frozenset[str]:
    """Words before a name that make it a quarter of a town ("Colonia Bosques de San Miguel"), from
    town_parts.tsv."""
    return _town_parts()["before"]


@lru_cache(maxsize=1)
def _part_or_road_words() -> frozenset[str]:
    """Every word for a part of a town or a road: the only nouns allowed between a place and the town
    a preposition puts it in ("the San Lorenzo neighborhood of Zumpango")."""
    return frozenset().union(*town_part_words(), road_words()[0])


@dataclass
class Scene:
    """One sentence of a relevant unit: its places, and those the builder takes as an event's."""

    index: int  # the sentence's ordinal (EventMention.sentence)
    start: int  # where the sentence starts in the document's text
    sent: Span
    places: list[PlaceMention]
    kept: list[PlaceMention] = field(default_factory=list)  # the builder's event places
    attributions: list = field(default_factory=list)  # who says what in the sentence
    casualties: list = field(default_factory=list)  # its counts of killed and injured (events/merge.py)


# Words that tell a town as other than the scene ("the nearby town of X", "a neighbouring village").
_ELSEWHERE = frozenset({"nearby", "neighbouring", "neighboring", "adjacent", "neighbour", "neighbor"})


def _told_as_elsewhere(token) -> bool:
    """"the mayor of the nearby town of X": the town's noun or the name itself qualified as elsewhere."""
    node = token
    for _ in range(3):
        if any(c.lower_ in _ELSEWHERE for c in node.children if c.dep_ in ("amod", "compound")):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head.head  # "the nearby town of X": up to "town"
        else:
            return False
    return False


def _through_a_verb(token, speaker, saying) -> bool:
    """Does the town hang on the speaker through a verb other than the one of saying ("officials speaking
    in Kandahar", "residents who fled to Gusau"): where they spoke or went, not where they are?"""
    node = token.head
    while node.i not in (speaker.i, saying.i) and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False


def _retells(told: "EventMention", later: "EventMention", text: str) -> bool:
    """Does ``later`` (its sentence's text ``text``) tell again the incident ``told`` tells, rather than
    an act of its own? Never when the sentence says it tells another incident ("In a separate attack",
    "also", "another": other_incident_words.tsv, story_turns.tsv) or counts dead or hurt other than
    ``told``'s ("A roadside bomb killed three soldiers in Ghazni province" after "killed 10 people").
    Else when it names the incident as one told before ("The attack took place in Ghazni province",
    "the blast", "Monday's bombing": follow_ups.tsv's incident nouns), or tells an act of the same
    sub-event type ("The militants stormed the base in Damasak" after an armed clash at the base)."""
    if tells_another_incident(text):
        return False
    if any(own and own != before for own, before in ((later.killed, told.killed), (later.injured, told.injured))):
        return False
    if _incident_told_before().search(text):
        return True
    if _NEW_ACT.match(text):
        return False  # "A suicide bomber blew himself up at a checkpoint in Ghazni": an act of its own
    return later.classification.sub_event_type == told.classification.sub_event_type


# A sentence opening with an indefinite subject tells an act not told before ("A suicide bomber ...",
# "Another bomb ...", "Gunmen in Ghazni ..." is no such opening: bare plurals may be the same doers)
_NEW_ACT = re.compile(r"\s*[\"'“‘]?(?:an?|another|one)\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _incident_told_before():
    """"the attack", "this blast", "the suicide bombing", "Monday's attack": a noun of an incident
    (follow_ups.tsv's "incident" nouns) told as known already."""
    nouns = sorted(read_word_sets("follow_ups.tsv", ("link", "incident", "after"))["incident"], key=len, reverse=True)
    return re.compile(r"\b(?:the|this|that|\w+day's)\s+(?:[\w-]+\s+)?(?:" + "|".join(re.escape(n) for n in nouns) + r")\b", re.IGNORECASE)


class Locator:
    """Places for events whose own sentences name none (see the module's docstring)."""

    def __init__(self, text: str, scenes: list[Scene], country: str | None, group_at=lambda token: None, is_region_name=lambda name, country: False):
        self.text = text
        self.scenes = {scene.index: scene for scene in scenes}
        # the country the report is about, and the one all its towns and regions are in, if they agree
        self.countries = {country} if country else set()
        # (the report's country is read from the whole text and can be wrong when it names no country)
        named = {m.place.country_code for scene in scenes for m in scene.places if m.place.feature in SUB_NATIONAL}
        names_country = any(m.place.feature == "country" for scene in scenes for m in scene.places)
        if len(named) == 1 and not names_country:
            self.countries |= named
        self.group_at = group_at  # token -> the armed group or organisation whose name holds it, or None
        self.verbs = load_reporting_verbs()
        self.is_region_name = is_region_name  # (name, country code) -> does a region of that country bear it
        # site_town's and texts_town's readings, kept: place_for is asked once per unplaced mention and
        # cluster, and site_town parses its sentence's names anew each time (the scenes do not change)
        self._site_towns: dict[int, PlaceMention | None] = {}
        self._texts_town: list[PlaceMention | None] = []

    def _fits(self, mention: PlaceMention) -> bool:
        place = mention.place
        if place.feature not in SUB_NATIONAL or self._lone_quarter(mention):
            return False
        # (a point read from coordinates, at sea, fits any report)
        return not self.countries or place.country_code in self.countries or is_point(place)

    @staticmethod
    def _most_specific(mentions: list[PlaceMention]) -> PlaceMention | None:
        towns = [m for m in mentions if m.place.feature == "city"]
        return (towns or mentions or [None])[0]

    def _sayers_over(self, token, scene: Scene) -> list:
        """The sentence's attributions by a verb of saying whose speaker is ``token`` or holds it ("officials
        in Kandahar said": the officials over Kandahar)."""
        return [
            a for a in scene.attributions
            if a.speaker_token is not None and (a.speaker_token == token or a.speaker_token.is_ancestor(token))
            and self.verbs.get(a.verb.lemma_.lower()) in SAYING
        ]

    def _may_be_scene(self, mention: PlaceMention, scene: Scene) -> bool:
        """Not a place in a group's name ("the Kabul police"), where a speaker is ("officials in
        Kandahar said"; a crowd's place is the crowd's), or where someone spoke ("speaking in Geneva")."""
        span = scene.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        if self.group_at(token) is not None:
            return False
        if self._sayers_over(token, scene):
            return False
        # where someone spoke ("speaking in Geneva", "told reporters in Kabul"); in the passive, where
        # the thing reported was ("heavy fire was reported in X", "in X, it was reported that ...")
        node = token.head if token.dep_ == "compound" else token
        verb = node.head.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and (verb.lemma_.lower() == "speak" or self.verbs.get(verb.lemma_.lower()) in SAYING):
            # "as reported on 2 May, in X, ...": a formula saying when it was reported, nobody speaking in X
            return any(c.dep_ in ("auxpass", "nsubjpass", "expl") or (c.dep_ == "mark" and c.lower_ == "as") for c in verb.children)
        return True

    @staticmethod
    def _source_or_goal(mention: PlaceMention, scene: Scene) -> bool:
        """"they had returned from Nairobi", "the convoy headed to Gao": where people came from or
        went, not where anything happened."""
        span = scene.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return True
        node = span.root.head if span.root.dep_ == "compound" else span.root
        return node.dep_ == "pobj" and node.head.lower_ in DIRECTIONS

    def _same_paragraph(self, a: Scene, b: Scene) -> bool:
        first, second = (a, b) if a.start <= b.start else (b, a)
        return "\n" not in self.text[first.start : second.start]

    def own_place(self, sentence: int) -> PlaceMention | None:
        """A place the event's own sentence names, though not as the scene the builder reads."""
        scene = self.scenes.get(sentence)
        if scene is None:
            return None
        usable = [m for m in scene.places if self._fits(m) and self._may_be_scene(m, scene)]
        return self._most_specific(usable)

    def scene_place(self, sentence: int) -> PlaceMention | None:
        """The place of the nearest sentence of the same paragraph that tells where things happened."""
        here = self.scenes.get(sentence)
        if here is None:
            return None
        for distance in range(1, SCENE_WINDOW + 1):
            for index in (sentence - distance, sentence + distance):
                scene = self.scenes.get(index)
                if scene is None or not self._same_paragraph(here, scene):
                    continue
                found = self._most_specific([m for m in scene.kept if self._fits(m) and not self._source_or_goal(m, scene)])
                if found is not None:
                    return found
        return None

    def speakers_town(self, sentence: int) -> PlaceMention | None:
        """The town of the sentence's speakers ("Police in the northern town of Gulu say two people were
        shot dead", "Residents of El Fasher report shelling"): local speakers report what happened where
        they are. Only when neither the sentence nor one near it tells a place: a town the speakers are
        from is no scene beside one the story names. Not a town told as elsewhere ("the mayor of the
        nearby town of X")."""
        scene = self.scenes.get(sentence)
        if scene is None:
            return None
        for mention in scene.places:
            if mention.place.feature != "city" or not self._fits(mention):
                continue
            span = scene.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or self.group_at(span.root) is not None or _told_as_elsewhere(span.root):
                continue
            if any(
                a.speaker_token != span.root and not _through_a_verb(span.root, a.speaker_token, a.verb)
                for a in self._sayers_over(span.root, scene)
            ):
                return mention
        return None

    def site_town(self, sentence: int) -> PlaceMention | None:
        """The town inside the name of the site where the sentence's act was ("clashed with police on
        the campus of the University of Dhaka", "a bomb exploded outside the Peshawar Press Club",
        "gunmen stormed the Kabul Serena Hotel"): the site stands in its town. Names inside a longer
        name are left out of the event builder's places (a group's "the Kabul police" is no scene), so
        they are read here, for this sentence only: the town must be of the report's country, and the
        site the object of a preposition of place or of a verb that is none of saying ("the Karachi
        Press Club condemned the attack": the club is a speaker, not a scene)."""
        if sentence not in self._site_towns:
            self._site_towns[sentence] = self._site_town(sentence)
        return self._site_towns[sentence]

    def _site_town(self, sentence: int) -> PlaceMention | None:
        scene = self.scenes.get(sentence)
        if scene is None:
            return None
        sent = scene.sent
        if not any(t.is_title and t.i > sent.start for t in sent):
            return None  # (a cheap pre-check: no name inside the sentence)
        from conflictscope.geo.resolve import find_places

        focus = sorted(self.countries) if self.countries else None
        inner = sent.as_doc()
        for found in find_places(inner, focus=focus, embedded=True):
            if found.place.feature != "city" or not self._fits(found) or is_point(found.place):
                continue
            span = sent.doc.char_span(sent.start_char + found.start, sent.start_char + found.end, alignment_mode="expand")
            if span is None or any(m.start <= span.start_char < m.end for m in scene.places):
                continue
            site = _site_named_after(span.root)
            if site is not None and self._site_of_the_act(site):
                mention = PlaceMention(found.text, span.start_char, span.end_char, found.place)
                return mention
        return None

    def _site_of_the_act(self, site) -> bool:
        node = site
        for _ in range(2):
            # "on the campus of the University of Dhaka", "at the gate of the Kabul Serena Hotel"
            if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
                node = node.head.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in SITE_PREPOSITIONS:
            return True
        verb = node.head
        return node.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() not in self.verbs

    def texts_town(self) -> PlaceMention | None:
        """The one town of the report's country the report names, wherever it names it (a headline, a
        speaker's title, a background paragraph): the event told only at a site the gazetteer does not
        know ("at Makerere University", "in Tahrir Square") is in the town the report is about. None
        when the report names two towns or more of its country (which is meant is not told), or its
        country is not known."""
        if not self._texts_town:
            self._texts_town.append(self._texts_town_now())
        return self._texts_town[0]

    def _texts_town_now(self) -> PlaceMention | None:
        if not self.countries:
            return None
        towns = {}
        for scene in self.scenes.values():
            for mention in scene.places:
                if mention.place.feature == "city" and self._fits(mention) and not is_point(mention.place):
                    if (
                        _opens_a_dateline(text_of(scene.sent.doc), mention) or self._source_or_goal(mention, scene)
                        or self._where_said(mention, scene) or not self._may_be_scene(mention, scene) or self._elsewhere(mention, scene)
                    ):
                        # (where the story was filed, a statement made or a speaker is, where people fled
                        # or came from, a town told as another, "the nearby town of X", is no sign of
                        # where the site is, and leaves which town is meant untold)
                        return None
                    towns.setdefault(_place_id(mention), mention)
        return next(iter(towns.values())) if len(towns) == 1 else None

    @staticmethod
    def _elsewhere(mention: PlaceMention, scene: Scene) -> bool:
        span = scene.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is None or _told_as_elsewhere(span.root)

    @staticmethod
    def _where_said(mention: PlaceMention, scene: Scene) -> bool:
        from conflictscope.events.event_places import _where_said

        span = scene.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is None or _where_said(span.root)

    def place_for(self, sentence: int) -> PlaceMention | None:
        return (
            self.own_place(sentence) or self.site_town(sentence) or self.scene_place(sentence) or self.speakers_town(sentence)
            or self.texts_town()
        )

    # ---- where the note says the event was coded
    def coded_places(self) -> list[tuple[int, PlaceMention]]:
        """(sentence, place) for each place named right after "coded to / at / in"."""
        found = []
        for index, scene in sorted(self.scenes.items()):
            text = text_of(scene.sent.doc)
            for mention in scene.places:
                before = text[max(mention.start - 60, 0) : mention.start]
                match = CODED_AT.search(before)
                if match is None or not self._fits(mention):
                    continue
                clause = re.split(r"[.;,(\[]", before[: match.start()])[-1]
                if CODED_COUNT.search(clause) is None:
                    found.append((index, mention))
        return found

    def apply_coded(self, clusters: list) -> None:
        """Each place the note says an event was coded to goes to that event: the one told in the same
        sentence (the one whose place is named just before it, if several), else the nearest one told
        before it in the same paragraph."""
        for index, coded in self.coded_places():
            scene = self.scenes[index]
            here = [c for c in clusters if any(m.sentence == index for m in c.mentions)]
            if here:
                def before(cluster):
                    starts = [m.place.end for m in cluster.mentions if m.sentence == index and m.place is not None and m.place.end <= coded.start]
                    return max(starts, default=-1)
                target = max(here, key=before)
            else:
                earlier = [
                    c for c in clusters
                    if any(m.sentence < index and (s := self.scenes.get(m.sentence)) is not None and self._same_paragraph(s, scene) for m in c.mentions)
                ]
                if not earlier:
                    continue
                target = max(earlier, key=lambda c: max(m.sentence for m in c.mentions if m.sentence < index))
            first = target.mentions[0]
            for mention in target.mentions:
                if mention.place is not None:
                    mention.place = coded
            first.place = coded
            # the builder's own event at the coded name is the same event, not a second one
            for other in [c for c in here if c is not target]:
                placed = [m for m in other.mentions if m.place is not None]
                if placed and all(_place_id(m.place) == _place_id(coded) and m.sentence == index for m in placed):
                    target.mentions.extend(other.mentions)
                    clusters.remove(other)

    # ---- choosing among the places of one sentence
    def refine(self, mentions: list) -> list:
        """Mentions of one sentence, made one per place it names, with the place changed where it is
        not where the event was: an end of a road named by its ends ("a protest on the Dhaka-Aricha
        highway in Savar": Savar), and a namesake abroad of a quarter, square or building named as
        inside a town of the report's country (that town)."""
        for mention in mentions:
            scene = self.scenes.get(mention.sentence)
            if mention.place is not None and scene is not None and (self._district_of_unknown(mention.place, scene) or self._bearing(mention.place, scene)):
                mention.near = True  # ACLED's precision 2: near a town, coded to it
        self._from_the_bureau(mentions)
        self._lone_quarters_unplaced(mentions)
        named = {_place_id(m.place) for m in mentions if m.place is not None}
        decisions = {}
        for k, mention in enumerate(mentions):
            scene = self.scenes.get(mention.sentence)
            if mention.place is not None and scene is not None:
                decisions[k] = self._decide(mention.place, scene)
        # the sentence's mentions that stay where they are told
        told = {(mentions[k].sentence, _place_id(mentions[k].place)) for k, d in decisions.items() if d == "keep"}
        dropped = set()
        for k, decision in decisions.items():
            mention = mentions[k]
            if decision == "keep" or _place_id(decision[0]) == _place_id(mention.place):
                continue
            decision, same_scene = decision
            if _place_id(decision) not in named:
                mention.place = decision
            elif same_scene and (mention.sentence, _place_id(decision)) in told:
                # the end of a road or the part of a town where the sentence's event at that town was
                # ("blocking the Khulna-Dhaka highway in Phultala", "the Maltepe neighborhood of
                # Zeytinburnu"): one event, at the town
                dropped.add(k)
            # else a place another event already has would merge the two: the events stay as told
        return [m for k, m in enumerate(mentions) if k not in dropped]

    def _lone_quarters_unplaced(self, mentions: list) -> None:
        """"Students clashed with riot police in the Quartier Latin": a name that opens with a word
        for a quarter of a town (town_parts.tsv's "before" words) is a part of some town; read as a
        place of a country nothing else in the report points to (no other place named there), it is
        a namesake found by chance (a Quartier Latin of New Caledonia), and the event is placed as
        one that names no place."""
        for mention in mentions:
            if mention.place is not None and self._lone_quarter(mention.place):
                mention.place = None

    def _lone_quarter(self, place: PlaceMention) -> bool:
        if place.place.feature != "city" or not place.text or place.text.split()[0].lower() not in quarter_openers():
            return False
        code = place.place.country_code
        return not any(
            m.place.country_code == code and _place_id(m) != _place_id(place)
            for scene in self.scenes.values() for m in scene.places
        )

    def _from_the_bureau(self, mentions: list) -> None:
        """"ABUJA (Reuters) - Nigerian troops killed 30 fighters who attacked a military base on Friday.
        The militants stormed the base in Damasak, Borno state, ...": an event placed only by a capital's
        dateline (where the story was filed) is at the town the next sentences tell the same incident
        at, of the same country: ACLED codes the most specific place told, not the bureau's. Not an
        event of another kind, another day, or one told as another incident ("In a separate attack,
        ..."), nor a town the dateline's capital holds (a quarter of it). The later sentence must tell
        the incident again (_retells): "A roadside bomb also killed three soldiers in Ghazni province"
        after a suicide bombing told at the dateline is an act of its own, and no sentence after it is
        read as the bombing's place (its "the blast" may be the roadside bomb's)."""
        from conflictscope.events.datelines import holds_dateline_town
        from conflictscope.events.merge import compatible_kinds

        for mention in mentions:
            place = mention.place
            if place is None or mention.historical or place.place.feature != "city" or not self._is_capital(place.place):
                continue
            scene = self.scenes.get(mention.sentence)
            if scene is None or not _opens_a_dateline(text_of(scene.sent.doc), place):
                continue
            for later in sorted(mentions, key=lambda m: m.sentence):
                if not mention.sentence < later.sentence <= mention.sentence + SCENE_WINDOW or later.place is None:
                    continue
                told = later.place.place
                other = self.scenes.get(later.sentence)
                if (
                    other is None or told.country_code != place.place.country_code or _place_id(later.place) == _place_id(place)
                    or (told.feature == "city" and distance_km(told, place.place) <= PART_OF_TOWN_KM)
                    or (told.feature != "city" and (told.feature not in SUB_NATIONAL or holds_dateline_town(later.place, place)))
                    or later.historical or not compatible_kinds(mention, later)
                    or (mention.date is not None and later.date is not None and mention.date.value != later.date.value)
                ):
                    continue
                if _retells(mention, later, other.sent.text):
                    mention.place = later.place
                break

    @staticmethod
    def _is_capital(place) -> bool:
        capital = _capital_of(place.country_code)
        return capital is not None and _place_id_of(capital) == _place_id_of(place)

    def _bearing(self, place: PlaceMention, scene: Scene) -> bool:
        """"10 km north of Kabul": a town given as a bearing is near where the event was."""
        span = self._span(place, scene)
        return span is not None and place.place.feature == "city" and is_bearing(span.root)

    def _district_of_unknown(self, place: PlaceMention, scene: Scene) -> bool:
        """"Bab Ghaliq (Qaatabah, Ad Dali)": a town opening a bracket "(district, region)" after a name
        the gazetteer does not place is the district the unknown village is in; the event is coded to
        the district's town as near it. (After a town that is placed, the bracket only situates it and
        is no event place: event_places._is_qualifier.)"""
        if place.place.feature != "city":
            return False
        span = self._span(place, scene)
        if span is None or span.start < 2 or span.end >= len(span.doc):
            return False
        doc = span.doc
        if doc[span.start - 1].text != "(" or doc[span.end].text != ",":
            return False
        k = span.start - 2
        while k > 0 and (doc[k].lower_ in CHAIN_WORDS or doc[k].lower_ in FRONT_WORDS):
            k -= 1  # "Murays front (Qaatabah, Ad Dali)"
        before = doc[k]
        if not before.text[:1].isupper() or not before.is_alpha:
            return False
        return not any(m.start <= before.idx < m.end for m in scene.places)

    def _decide(self, place: PlaceMention, scene: Scene):
        """"keep", or (the place to take instead, whether it is the scene of the same sentence)."""
        decision = self._decide_told(place, scene)
        if decision != "keep" or place.place.feature not in SUB_NATIONAL:
            return decision
        if self._origin(place, scene):
            # a place people are from ("people from the villages of Puducherry staged a protest in
            # Viluppuram") is not where it happened: the event is at the sentence's other town. (Not done
            # for a town abroad beside a town of the report's country: the report's country is read
            # wrong often enough, "in Ceiba, Fajardo" read in Honduras, that it moves right towns.)
            instead = self._home_place(place, scene)
            if instead is not None:
                return instead, True
        return "keep"

    def _home_place(self, place: PlaceMention, scene: Scene) -> PlaceMention | None:
        """The town of the report's country nearest ``place`` in its sentence that may be a scene (a
        town only: a region the people's town is in says no more than the origin does)."""
        usable = [
            p for p in scene.places
            if _key(p) != _key(place) and _place_id(p) != _place_id(place) and p.place.feature == "city" and self._fits(p)
            and not self._road_end(p, scene) and not self._source_or_goal(p, scene) and not self._origin(p, scene)
            and self._may_be_scene(p, scene)
        ]
        return min(usable, key=lambda p: abs(p.start - place.start), default=None)

    def _origin(self, place: PlaceMention, scene: Scene) -> bool:
        """"an individual from Afrin", "people from the villages of Puducherry", "reinforcements from
        Dhamar governorate and Rada": where people are from, named on the people, not on a verb."""
        span = self._span(place, scene)
        if span is None:
            return False
        node = span.root
        for _ in range(3):
            while node.dep_ in ("compound", "conj", "appos") and node.head is not node:
                node = node.head  # "Dhamar governorate", "... and Rada"
            if node.dep_ != "pobj" or node.head.dep_ != "prep":
                return False
            preposition, holder = node.head, node.head.head
            if preposition.lower_ == "from":
                return holder.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
            if preposition.lower_ != "of" or holder.pos_ != "NOUN":
                return False
            node = holder  # "the bordering villages of Puducherry"
        return False

    def _decide_told(self, place: PlaceMention, scene: Scene):
        if is_point(place.place):
            return "keep"  # coordinates are where the event was, whatever town is named beside them
        others = [p for p in scene.places if _key(p) != _key(place) and p.place.feature == "city" and self._fits(p)]
        if self._road_end(place, scene):
            instead = next(
                (p for p in others if 0 < p.start - place.end <= ROAD_GAP and not self._road_end(p, scene) and not self._source_or_goal(p, scene)),
                None,
            )
            if instead is not None:
                return instead, True
            # "on the road between Bint Jbeil and Tyre", "the federal road that connects X to Y": with
            # no town named as where on the road, the event is near it, coded to a representative town
            # (ACLED's precision 2): the larger end (the first named, when alike); the other end is no
            # second event
            partner = next(
                (
                    p for p in others
                    if self._road_end(p, scene)
                    and ((p.end <= place.start and ROAD_ENDS_JOINED.fullmatch(self._between(scene, p, place)))
                         or (place.end <= p.start and ROAD_ENDS_JOINED.fullmatch(self._between(scene, place, p))))
                ),
                None,
            )
            if partner is not None:
                larger = partner.place.population > place.place.population or (
                    partner.place.population == place.place.population and partner.start < place.start
                )
                if larger:
                    return partner, True
        if place.place.feature != "city":
            return "keep"
        host = next(
            (p for p in others if 0 <= p.start - place.end <= INSIDE_GAP and "." not in self._between(scene, place, p)
             and not self._road_end(p, scene)),
            None,
        )
        part = self._part_of_town(place, scene)
        if part == "quarter" and (host is None or not self._inside(place, host, scene)):
            # "in Zumpango, residents of the San Lorenzo neighborhood protested": the quarter is in the
            # town the sentence names, wherever it names it
            host = min(
                (p for p in others if not self._road_end(p, scene) and not self._source_or_goal(p, scene)),
                key=lambda p: abs(p.start - place.start),
                default=None,
            )
            if host is not None and host.place.country_code == place.place.country_code and distance_km(host.place, place.place) > PART_OF_TOWN_KM:
                return host, True
            return "keep"
        if host is None or not self._inside(place, host, scene):
            return "keep"
        if (
            part
            and host.place.country_code == place.place.country_code
            and distance_km(host.place, place.place) > PART_OF_TOWN_KM
            and self._by_preposition(place, host, scene, WITHIN)
        ):
            # "the Uskhod metro station in Minsk": a station, a square or a quarter said to be in a
            # town is near it, even when the town also names a province
            return host, True
        if self.countries and place.place.country_code not in self.countries:
            return host, False
        if (
            host.place.country_code == place.place.country_code
            and distance_km(host.place, place.place) > FAR_NAMESAKE_KM
            and self._by_preposition(place, host, scene)
            and not self.is_region_name(host.text, host.place.country_code)
            and not self._town_of_a_division(place, host, scene)
        ):
            # "the Khan Agha area of Tarinkot", "the Palanpur area of Surat city": a quarter of a town
            # is not hundreds of kilometres from it (a host that also names a province, "in the
            # countryside of Aleppo", may be far)
            return host, False
        return "keep"

    def _part_of_town(self, place: PlaceMention, scene: Scene) -> str | None:
        """"quarter" when the name is followed by a word for a quarter of a town ("the San Lorenzo
        neighborhood"), "facility" for a site in a town ("Uskhod metro station", "the Miraflores
        presidential palace"), else None. Up to three words after the name are read."""
        span = self._span(place, scene)
        if span is None:
            return None
        quarters, sites, _ = town_part_words()
        roads, _ = road_words()
        openers = quarter_openers()
        # "Colonia Colorines", "in Colonia Bosques de San Miguel": the name opens with, or is inside, a
        # quarter's name
        for token in reversed(span.doc[max(span.start - 4, 0) : span.start + 1]):
            if token.lower_ in openers:
                return "quarter"
            if token.i < span.start and not (token.is_title or token.lower_ in ("de", "del", "la", "las", "los", "do", "da", "dos")):
                break
        for token in span.doc[span.end : min(span.end + 3, len(span.doc))]:
            word = token.lower_
            if word in quarters:
                return "quarter"
            if word in sites or token.lemma_.lower() in roads:
                return "facility"  # also a road named by one town ("the Jalandhar bypass in Ludhiana")
            if not token.is_alpha or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
                return None
        return None

    def _between(self, scene: Scene, a: PlaceMention, b: PlaceMention) -> str:
        doc = scene.sent.doc
        return text_of(doc)[a.end : b.start]

    def _town_of_a_division(self, place: PlaceMention, host: PlaceMention, scene: Scene) -> bool:
        """"Myrzakent town of Turkistan region", "Khetolai village of Pokhran subdivision": a name the
        text calls a town in a host it calls a region or a district is a town of that division, which
        may stretch far from its seat (not an area: "the Khan Agha area of Tarinkot district" is near
        Tarinkot)."""
        span, host_span = self._span(place, scene), self._span(host, scene)
        doc = scene.sent.doc
        # (the town read in another first-level region is a namesake: "Malhura village in Shopian
        # district" is no Melur of Tamil Nadu)
        return (
            span is not None and host_span is not None and span.end < len(doc) and host_span.end < len(doc)
            and bool(place.place.admin1) and place.place.admin1 == host.place.admin1
            and doc[span.end].lower_ in CITY_WORDS
            and doc[host_span.end].lower_ in REGION_WORDS | SECOND_LEVEL_WORDS
        )

    @staticmethod
    def _span(mention: PlaceMention, scene: Scene):
        return scene.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")

    def _inside(self, place: PlaceMention, host: PlaceMention, scene: Scene) -> bool:
        """The text puts ``place`` inside ``host`` ("X square in Y", "X area of Y", "X, Y", "X (Y,
        Z)"): no verb, conjunction or direction between them."""
        span, host_span = self._span(place, scene), self._span(host, scene)
        if span is None or host_span is None:
            return False
        between = scene.sent.doc[span.end : host_span.start]
        return not any(t.pos_ in ("VERB", "AUX", "CCONJ") or t.lower_ in DIRECTIONS for t in between)

    def _by_preposition(self, place: PlaceMention, host: PlaceMention, scene: Scene, prepositions=None) -> bool:
        """"the Khan Agha area of Tarinkot": a preposition, and no noun between but words for a part
        of a town ("in Zumpango, Mexico, residents of the San Lorenzo neighborhood": not Zumpango in
        San Lorenzo)."""
        span, host_span = self._span(place, scene), self._span(host, scene)
        if span is None or host_span is None:
            return False
        between = scene.sent.doc[span.end : host_span.start]
        words = _part_or_road_words()
        if any(t.pos_ == "NOUN" and t.dep_ != "compound" and t.lower_ not in words for t in between):
            return False
        return any(t.pos_ == "ADP" and (prepositions is None or t.lower_ in prepositions) for t in between)

    def _road_end(self, place: PlaceMention, scene: Scene) -> bool:
        """"the Dhaka-Mymensingh highway", "the road linking Aden to Taizz", "the highway between X and Y"."""
        span = self._span(place, scene)
        if span is None:
            return False
        roads, links = road_words()
        doc = span.doc
        after = doc[span.end : min(span.end + 5, len(doc))]
        before = doc[max(span.start - 3, 0) : span.start]
        hyphen_after = len(after) > 1 and after[0].text in "-–" and after[1].text[:1].isupper()
        hyphen_before = len(before) > 1 and before[-1].text in "-–" and before[-2].text[:1].isupper()
        if (hyphen_after or hyphen_before) and any(t.lemma_.lower() in roads for t in after):
            return True
        node = span.root
        for _ in range(4):
            if node.head is node:
                break
            node = node.head
            if node.lemma_.lower() in links and any(t.lemma_.lower() in roads for t in (node, node.head, *node.head.children)):
                return True
            if node.lemma_.lower() in roads:
                return False
        return False


# Prepositions that put an act at a site ("outside the Peshawar Press Club", "at the University of Dhaka").
SITE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "near", "on", "into", "by", "behind", "beside", "opposite", "within", "around"})


def _site_named_after(token):
    """The head of the longer name that holds a town's name ("Kabul" in "the Kabul Serena Hotel",
    "Dhaka" in "the University of Dhaka"), or None when the town is named alone."""
    node = token
    for _ in range(4):
        if node.dep_ in ("compound", "amod", "nmod", "poss") and node.head.i > node.i and node.head.pos_ in ("PROPN", "NOUN"):
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "PROPN" and node.head.head.i < node.i:
            node = node.head.head  # "the University of Dhaka", "the Bank of Kigali"
        else:
            break
    return node if node is not token else None


def _key(mention: PlaceMention):
    return (mention.start, mention.end)


@lru_cache(maxsize=None)
def _capital_of(code: str | None):
    """The capital town of a country (the most populous town of its capital's name there), or None."""
    from conflictscope.geo.capitals import capital_name
    from conflictscope.geo.gazetteer import default_gazetteer

    name = capital_name(code)
    towns = [p for p in default_gazetteer().candidates(name) if p.feature == "city" and p.country_code == code] if name else []
    return max(towns, key=lambda p: p.population or 0) if towns else None


def _opens_a_dateline(text: str, place: PlaceMention) -> bool:
    """Is the place the town of a dateline opening its line ("ABUJA (Reuters) - ...")?"""
    from conflictscope.mentions.datelines import dateline_after

    line_start = text.rfind("\n", 0, place.start) + 1
    return not text[line_start : place.start].strip(" \t\"'“‘") and dateline_after(text, place.end) is not None


def _place_id_of(place):
    return place.geonameid or (place.name, place.country_code)


def _place_id(mention: PlaceMention):
    return mention.place.geonameid or (mention.place.name, mention.place.country_code)
