"""Merge within a document: event mentions of one incident (same place, same day, compatible kind)
become one event that keeps every evidence span and every claim."""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from conflictscope.events.build import EventMention
from conflictscope.events.classify import Classification
from conflictscope.events.happened import dated_by_year, measure_words
from conflictscope.events.event_places import second_place_words, speech_words
from conflictscope.events.locate import Locator
from conflictscope.events.predicates.syntax import token_at
from conflictscope.events.roles import told_acting
from conflictscope.geo.gazetteer import default_gazetteer, normalize_name
from conflictscope.knowledge import (
    load_reporting_verbs,
    load_taxonomy,
    opens_another_incident,
    other_incident_words,
    read_rows,
    read_word_sets,
    tells_another_incident,
)
from conflictscope.knowledge.geo_data import load_demonyms
from conflictscope.events.causes import cause_kind, load_non_violent_causes
from conflictscope.mentions.actors import fill_template
from conflictscope.mentions.attribution import BLAMED_KINDS, Attribution
from conflictscope.nlp.analyze import text_of
from conflictscope.mentions.quantities import BURIED_DEAD, UNITS, attacker_nouns, figure_words, parse_number, vague_words
from conflictscope.types import ACTOR_KINDS, Actor, Claim, DateMention, Event, Evidence, Location, PlaceMention, Speaker

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
DEMONSTRATIONS = {"Protests", "Riots"}
CROWD_KINDS = ("protesters", "civilians", "rioters")
# Event types a crowd does not carry out (its violence is a riot): their author is no crowd read elsewhere.
NO_CROWD_AUTHOR = frozenset({"Violence against civilians", "Explosions/Remote violence"})
# What a demonstration's crowd may do that makes it a violent demonstration.
CROWD_ACTS = {"Armed clash", "Looting/property destruction", "Mob violence"}
# Strategic developments that ACLED folds into a violent event at the same place and day.
ABSORBED_BY_VIOLENCE = {"Looting/property destruction", "Disrupted weapons use", "Arrests"}
# Bombs set off on the spot by those who planted or carried them.
PLANTED_BOMBS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})
# Strategic developments that kill nobody: deaths told with one are those of the violence it is about
# (a weapon going off early, ACLED's Disrupted weapons use, and its Other may kill)
NO_DEATHS = frozenset({
    "Arrests", "Looting/property destruction", "Change to group/activity", "Agreement",
    "Headquarters or base established", "Non-violent transfer of territory",
})
# A sentence without a place name may continue the story of the event just before it.
CONTINUATION_WINDOW = 2


@dataclass
class Cluster:
    mentions: list[EventMention] = field(default_factory=list)
    floating: list[tuple[Attribution, str, Evidence]] = field(default_factory=list)
    restated_toll: int | None = None  # "The death toll later rose to 14": the event's latest figure
    toll_updated: bool = False  # the restated toll is an update ("rose to"), not another source's figure
    counted_apart: int | None = None  # "Eleven passengers were confirmed dead." after an event that counts none
    further_apart: int = 0  # "Two more succumbed ... on Monday.", told apart after the event's count

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    @property
    def place(self):
        return next((m.place for m in self.mentions if m.place), None)

    @property
    def date(self) -> date | None:
        dated = self.dated
        return dated.value if dated is not None else None

    @property
    def dated(self) -> DateMention | None:
        """The day its sentences tell of the event, else the day a statement about it was made."""
        told = [m for m in self.mentions if m.date and m.date.value]
        chosen = next((m for m in told if not m.date_said), told[0] if told else None)
        return chosen.date if chosen is not None else None

    @property
    def last_sentence(self) -> int:
        return max(m.sentence for m in self.mentions)

    @property
    def historical(self) -> bool:
        return any(m.historical for m in self.mentions)


def compatible_kinds(a: EventMention, b: EventMention) -> bool:
    ta, tb = a.classification.event_type, b.classification.event_type
    if ta == tb:
        return ta != "Strategic developments" or a.classification.sub_event_type == b.classification.sub_event_type
    if ta in VIOLENT and tb in VIOLENT or ta in DEMONSTRATIONS and tb in DEMONSTRATIONS:
        return True
    subs = {a.classification.sub_event_type, b.classification.sub_event_type}
    if {ta, tb} & DEMONSTRATIONS and any(
        m.classification.sub_event_type in CROWD_ACTS and m.classification.specific for m in (a, b)
    ):
        return True  # the crowd of a demonstration clashed or wrecked property: one violent demonstration
    if {ta, tb} & DEMONSTRATIONS and any(m.warning_fire for m in (a, b)):
        return True  # forces firing into the air at a demonstration: their intervention
    if {ta, tb} & DEMONSTRATIONS and any(_forces_on_a_crowd(m) for m in (a, b)):
        # "Police in Nairobi fired tear gas at opposition supporters. In Kibera, protesters threw stones at
        # police": the state's forces acting on the crowd at its place and day are the demonstration's
        # intervention (ACLED codes it in the demonstration event), not an attack of their own
        return True
    if "Arrests" in subs and {ta, tb} & DEMONSTRATIONS:
        # participants detained there: the intervention in a demonstration
        return any(m.participants_detained for m in (a, b) if m.classification.sub_event_type == "Arrests")
    return bool(subs & ABSORBED_BY_VIOLENCE) and bool({ta, tb} & VIOLENT)


def _forces_on_a_crowd(mention: EventMention) -> bool:
    """Violence by a state's forces on a crowd: on protesters or rioters, or on people (or nobody named)
    with a means of crowd control (crowd_control.tsv: "fired tear gas at opposition supporters")."""
    if mention.classification.event_type not in VIOLENT or mention.perpetrator is None or mention.perpetrator.kind != "state_forces":
        return False
    if mention.target is not None and mention.target.kind in ("protesters", "rioters"):
        return True
    return (mention.target is None or mention.target.kind == "civilians") and bool(_crowd_means().search(mention.evidence.text))


@lru_cache(maxsize=1)
def _crowd_means():
    stems = sorted(read_word_sets("crowd_control.tsv", ("means",))["means"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(stem).replace(r"\ ", r"\s+") for stem in stems) + r")", re.IGNORECASE)


def _same_place(a, b) -> bool:
    if a is None or b is None:
        return False
    pa, pb = a.place, b.place
    if pa.geonameid is not None and pa.geonameid == pb.geonameid:
        return True
    return (pa.name, pa.country_code) == (pb.name, pb.country_code)


def _dates_agree(cluster: Cluster, mention: EventMention) -> bool:
    if mention.historical != cluster.historical:
        return False
    value = mention.date.value if mention.date and not mention.date_said else None
    if value is None or cluster.date is None or value == cluster.date:
        return True
    if value == cluster.date + timedelta(days=1) and _small_hours_entry(mention):
        # "26/11 23:50 - Car dealership on fire. 27/11 01:10 - Officers wounded by shotgun pellets": a
        # log's entry of the small hours after the night its incident began goes on with that incident,
        # dated by its start
        return True
    return all(m.date_said for m in cluster.mentions if m.date and m.date.value)  # "police said on Monday" ... "late on Sunday"


_SMALL_HOURS = 6  # an entry timed before six in the morning belongs to the night before


def _small_hours_entry(mention: EventMention) -> bool:
    """Does the mention open a log or chat entry with its day and a clock time of the small hours
    ("27/11 01:10 - ...", "[27/11/07 02:40] ...")?"""
    text = mention.evidence.text
    found = re.match(r"\s*\[?" + re.escape(mention.date.text) + r"(?:/\d{2,4})?\s*,?\s*(\d{1,2})[:.h](\d{2})\b", text)
    return found is not None and int(found.group(1)) < _SMALL_HOURS


def cluster_mentions(
    mentions: list[EventMention], locator: Locator | None = None, story_place: PlaceMention | None = None
) -> list[Cluster]:
    """Group mentions into incidents. A text that places no event at all (a single sentence, a
    summary naming no town the gazetteer knows) still gives its events: at a place named apart from
    the event when there is one (``locator``, see events/locate.py), else without a location. With
    ``story_place`` (a local report's dateline town), events that name no place and continue none
    happened there, instead of being left out as known only to country level."""
    if locator is not None:
        mentions = locator.refine(mentions)
        _unplace_speech_venues(mentions, locator)
    mentions = _without_aftermath(mentions, locator.scenes if locator is not None else None)
    clusters, orphans = _cluster(mentions, locator.scenes if locator is not None else None)
    if story_place is not None and clusters and orphans and all(_same_country(c.place, story_place) for c in clusters):
        for mention in orphans:
            told = _continued_event(clusters, mention)
            mention.place = told.place if told is not None else story_place
        clusters, orphans = _cluster(mentions, locator.scenes if locator is not None else None)
    clusters = _one_place_two_names(clusters)
    clusters = _spread_towns_dropped(clusters)
    orphans = _leads_joined(clusters, orphans, locator)
    orphans = _violence_beside_developments(clusters, orphans)
    if locator is not None:
        clusters = _namesakes_abroad_joined(clusters, locator)
    clusters = _region_leads_joined(clusters)
    clusters = _region_tolls_joined(clusters)
    if locator is not None:
        clusters = _restated_victims_joined(clusters, locator)
        _tolls_restated(clusters, mentions, locator)
    if clusters or not orphans:
        clusters = clusters + _entries_of_other_days(clusters, orphans, locator)
        if locator is not None:
            locator.apply_coded(clusters)
        _split_tolls(clusters)
        return clusters
    unplaced: list[Cluster] = []
    # An event dated over a month back and placed nowhere is background to newer news ("he had been
    # detained in 2013"), unless the text tells nothing newer: then it is the text's own news.
    told = [m for m in orphans if not (m.refine_only or m.needs_story)]
    past_only = all(m.historical for m in told)
    # a toll told alone ("1 fatality.", refine_only) after an event placed nowhere that counts no dead
    # of its own is that event's, a sentence or two on ("... found in a field. According to the report,
    # ... 1 fatality")
    refining = [m for m in orphans if m.refine_only and not m.needs_story and not m.historical and m.killed]
    for mention in sorted([*told, *refining], key=lambda m: m.sentence):
        if mention.historical and not past_only:
            continue
        last = unplaced[-1] if unplaced else None
        if mention.refine_only:
            if (
                last is not None and mention.sentence - last.last_sentence <= CONTINUATION_WINDOW
                and not any(m.killed for m in last.mentions)  # (a tally beside a count told is no new figure:
                # "... led to another death ... Two fatalities distributed across two days")
                and (compatible_kinds(last.first, mention) or not mention.classification.specific) and _dates_agree(last, mention)
            ):
                mention.continuation = True
                last.mentions.append(mention)
            continue
        if last is not None and compatible_kinds(last.first, mention) and _dates_agree(last, mention):
            mention.continuation = mention.sentence - last.last_sentence <= CONTINUATION_WINDOW and not mention.classification.specific
            last.mentions.append(mention)
        else:
            unplaced.append(Cluster([mention]))
    if locator is not None:
        for cluster in unplaced:
            found = next((p for m in cluster.mentions if (p := locator.place_for(m.sentence)) is not None), None)
            if found is not None:
                cluster.first.place = found
        locator.apply_coded(unplaced)
    return unplaced


# Between two names of one place told one in the other: a comma ("in Jalalpur, Shamli"), a bracket
# ("Namssiguia (Bourzanga)"), "in" or "of" after up to three words ("Kwall village in Bassa", "the Lyari
# area of Karachi"), or a possessive ("Kathmandu's Kalimati area", the second the inner place)
_NESTED_GAP = re.compile(r"\s*,\s*|\s*\(\s*|\s+(?:[a-z-]+\s+){0,3}(?:in|of)\s+(?:the\s+)?|['\u2019]s\s+")
# Words that join two places as two scenes, not one named twice ("in Bamenda and in Buea", "from Gao to Menaka")
_TWO_SCENES = re.compile(r"\b(?:and|or|while|whereas|but|also|from|to|between|then)\b|[;.\d]")


def _one_place_two_names(clusters: list[Cluster]) -> list[Cluster]:
    """One sentence's event told at a place and at a place it lies in ("Police fired tear gas at
    protesters in Jalalpur, Shamli", "Villagers in Kathmandu's Kalimati area staged a demonstration")
    is one event (ACLED: one event per actor pair, place and day), not one at each name. The clusters
    that hold the same mention of one sentence (the same words, kind and day) at two places named one in
    the other are joined at the inner place, unless the inner name resolves to another country than the
    outer one (then it is a namesake abroad, and the outer place stands); not when the two lie far apart in
    one country (one of them is a namesake, and which one is not known: both stay, as told)."""
    if len(clusters) < 2:
        return clusters
    joined: set[int] = set()
    for i, a in enumerate(clusters):
        if i in joined or len({m.sentence for m in a.mentions if m.place is not None}) != 1:
            continue
        for j in range(i + 1, len(clusters)):
            b = clusters[j]
            if j in joined or a.place is None or b.place is None or _same_place(a.place, b.place):
                continue
            ma, mb = next(m for m in a.mentions if m.place is not None), next((m for m in b.mentions if m.place is not None), None)
            if mb is None or len({m.sentence for m in b.mentions if m.place is not None}) != 1 or ma.sentence != mb.sentence:
                continue
            if ma.evidence.start != mb.evidence.start or ma.classification != mb.classification or ma.date != mb.date:
                continue
            inner = _inner_place(ma.evidence.text, ma.place, mb.place)
            if inner is None:
                continue
            outer = mb.place if inner is ma.place else ma.place
            if inner.place.country_code != outer.place.country_code:
                inner, outer = outer, inner  # the inner name read as a namesake abroad: the outer place stands
            elif not _lies_in(inner.place, outer.place):
                continue  # far apart in one country: one of the two names is read as a namesake, which is not known
            keep, other = (a, b) if a.place is inner else (b, a)
            for mention in other.mentions:
                if mention.place is not None:
                    mention.place = inner
            keep.mentions = sorted(keep.mentions + other.mentions, key=lambda m: m.sentence)
            if keep is b:
                clusters[i] = b
            joined.add(j)
            a = clusters[i]
    return [c for k, c in enumerate(clusters) if k not in joined]


# How far a place told as lying in a town may be from it (a town's outskirts, a district's villages).
NESTED_KM = 60


def _lies_in(inner, outer) -> bool:
    """Can the inner place lie in the outer one (of one country): within NESTED_KM of a town, or in a
    region's first-level division? When not, one name resolved to a namesake elsewhere ("Jalalpur, Shamli"
    read as a Jalalpur 600 km away; "Nichlaul, Maharajganj" with the district read as a town of the name
    far off), and which one is not known."""
    if outer.feature == "city":
        north = math.radians((inner.latitude + outer.latitude) / 2)
        dy = (inner.latitude - outer.latitude) * 111.2
        dx = (inner.longitude - outer.longitude) * 111.2 * math.cos(north)
        return math.hypot(dx, dy) <= NESTED_KM
    if outer.feature == "admin1":
        return inner.admin1 is None or normalize_name(inner.admin1) == normalize_name(outer.name)
    return True


def _inner_place(text: str, first: PlaceMention, second: PlaceMention) -> PlaceMention | None:
    """Of two places a sentence names one in the other, the inner one; None when they are not so told."""
    a = re.search(r"\b" + re.escape(first.text) + r"\b", text)
    b = re.search(r"\b" + re.escape(second.text) + r"(?!\w)", text)
    if a is None or b is None:
        return None
    (lead, lead_span), (later, later_span) = sorted([(first, a.span()), (second, b.span())], key=lambda pair: pair[1][0])
    gap = text[lead_span[1]:later_span[0]]
    if len(gap) > 40 or not _NESTED_GAP.fullmatch(gap) or _TWO_SCENES.search(gap):
        return None
    if gap.strip() == "," and (re.match(r"\s*(?:,\s*|and\s+)[A-Z]", text[later_span[1]:]) or re.search(r"\w,\s*$", text[: lead_span[0]])):
        return None  # "spread to Ibadan, Abeokuta and Port Harcourt": a list of places, not one in another
    return later if gap.startswith(("'s", "\u2019s")) else lead


def _namesakes_abroad_joined(clusters: list[Cluster], locator: Locator) -> list[Cluster]:
    """A report about one country whose event is also placed at a town of another country, which the
    report never names, on the same day and of a kind that joins with it ("... protested in Nelson Mandela
    Bay" read as Nelson, New Zealand; a hotel called "Seoul"; a street named "Vatan"): the foreign town is
    a namesake of a word or a name of the report, and its event the home event told again. Its mentions
    are joined to the home event told nearest before it (none told before it: none). Not when the report names that
    country or another of its places (a border clash, a strike across the frontier), nor for a report the
    locator reads no country for."""
    if len(clusters) < 2 or not locator.countries:
        return clusters
    home = [c for c in clusters if c.place is not None and c.place.place.country_code in locator.countries and not c.historical]
    if not home:
        return clusters
    told = {}
    for scene in locator.scenes.values():
        for mention in scene.places:
            told.setdefault(mention.place.country_code, set()).add((mention.place.name, mention.place.feature))
    joined: set[int] = set()
    for index, cluster in enumerate(clusters):
        place = cluster.place
        if place is None or cluster.historical or place.place.country_code in locator.countries or place.place.feature != "city":
            continue
        names = told.get(place.place.country_code, set())
        if any(feature != "city" or name != place.place.name for name, feature in names):
            continue  # the country, or another of its places, is named: an event there may be told
        if place.place.country_code in _demonym_countries(locator.text) or _BORDER_TOWN.search(locator.text):
            continue  # "the Chadian border town of Adre": a town abroad the report places on purpose
        targets = [
            c for c in home if c is not cluster and id(c) not in joined
            and (c.date is None or cluster.date is None or c.date == cluster.date) and compatible_kinds(c.first, cluster.first)
        ]
        if not targets:
            continue
        # the home event told first: the report's country is read from its whole text and may itself come
        # from a namesake ("Culture" read as Kültür, Turkey, beside Athens), while a report opens with its
        # own event
        at = (cluster.first.sentence, cluster.place.start)
        earlier = [c for c in targets if (c.first.sentence, c.place.start) < at]
        if not earlier:
            continue
        target = max(earlier, key=lambda c: (c.first.sentence, c.place.start))
        for mention in cluster.mentions:
            if mention.place is not None:
                mention.place = target.place
        target.mentions = sorted(target.mentions + cluster.mentions, key=lambda m: m.sentence)
        joined.add(id(cluster))
    return [c for c in clusters if id(c) not in joined]


_HAZARD_KINDS = frozenset({"disease", "animal", "nature", "outbreak", "eruption"})  # non_violent_causes.tsv's causes
_BORDER_TOWN = re.compile(r"\b(?:border|frontier)\s+(?:town|city|village|post|crossing)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _demonym_countries(text: str) -> set[str]:
    """The countries whose demonyms the text writes ("Chadian", "Sudanese")."""
    demonyms = load_demonyms()
    return {code for word in set(_WORD.findall(text)) if (code := demonyms.get(word.lower()))}


def _spread_towns_dropped(clusters: list[Cluster]) -> list[Cluster]:
    """"Protests over fuel prices erupted in Lagos on Monday and spread to Ibadan, Abeokuta and Port
    Harcourt": one demonstration, at Lagos. A cluster told only by a sentence's mention at a town the
    sentence names after a verb of spreading (spread_words.tsv: "spread to", "spilled into"), whose same
    mention is placed at another town of the sentence too (the demonstration's own), is dropped: the
    report names the towns in passing, with no event of their own told there."""
    if len(clusters) < 2:
        return clusters
    dropped: set[int] = set()
    for index, cluster in enumerate(clusters):
        placed = [m for m in cluster.mentions if m.place is not None]
        if not placed or len({m.sentence for m in cluster.mentions}) != 1:
            continue  # (a town whose event other sentences go on telling has a scene of its own)
        mention = placed[0]
        if not _after_spreading(mention.evidence.text, mention.place):
            continue
        own = [
            c for k, c in enumerate(clusters) if k != index and k not in dropped and any(
                m.sentence == mention.sentence and m.evidence.start == mention.evidence.start and m.place is not None
                and not _after_spreading(m.evidence.text, m.place) for m in c.mentions
            )
        ]
        if own:
            dropped.add(index)
    return [c for k, c in enumerate(clusters) if k not in dropped]


def _after_spreading(text: str, place: PlaceMention) -> bool:
    """Is the place named after a verb of spreading, in its list ("spread to Ibadan, Abeokuta and Port
    Harcourt", "spilled into the neighbouring towns of X and Y")?"""
    found = re.search(r"\b" + re.escape(place.text) + r"(?!\w)", text)
    if found is None:
        return False
    before = text[: found.start()]
    verbs = [v for v in re.finditer(r"\b([a-z]+)\s+(?:out\s+)?(?:to|into|across)\b", before, re.IGNORECASE) if v.group(1).lower() in _spread_words()]
    if not verbs:
        return False
    gap = before[verbs[-1].end():]
    if len(gap) > 80 or re.search(r"[;.:]|\b(?:where|which|when|after|while|as|but|on|in)\b", gap):
        return False
    # "spilled into Kasserine and Thala, where police shot dead 12 protesters": the towns' own scene
    return re.match(r"[^.;:]{0,80}?,\s*where\b", text[found.end():]) is None


@lru_cache(maxsize=1)
def _spread_words() -> frozenset[str]:
    return read_word_sets("spread_words.tsv", ("spread",))["spread"]


def _tolls_restated(clusters: list[Cluster], mentions: list[EventMention], locator: Locator) -> None:
    """"A car bomb exploded in Mogadishu on Saturday, killing at least five people. The death toll later
    rose to 14, a hospital official said.": a sentence that tells no event and only states the death toll
    (the count is the toll's: "the toll rose to 14", "officials put the toll at 14", "bringing the death
    toll to 14") restates the toll of the event told last before it, and its figure replaces the earlier
    counts (ACLED codes the report's latest toll). Only for an event whose dead were counted, when the
    sentence names no other place for it and the toll is not one over a span of time ("the toll since
    January rose to 300": place_tolls.tsv's "span" words). A count of dead told so, a sentence or two after
    violence that counted none ("... attacked a bus near Mandera on Tuesday. Eleven passengers were
    confirmed dead."), is that violence's figure."""
    told = {m.sentence for m in mentions}
    for scene in sorted(locator.scenes.values(), key=lambda s: s.index):
        if scene.index in told or not scene.casualties:
            continue
        counts = [c for c in scene.casualties if c.kind == "killed" and c.count]
        if len(counts) != 1:
            continue
        toll = scene.sent.text[counts[0].start - scene.sent.start_char:].lower().startswith("toll")
        text = scene.sent.text.lower()
        if any(re.search(r"\b" + re.escape(word) + r"\b", text) for word in _toll_spans()):
            continue
        if tells_another_incident(text):
            continue  # "Separately, the death toll from ... rose to 40": another incident's toll
        if any(load_non_violent_causes().get(token.lower_) in _HAZARD_KINDS and cause_kind(token) is not None for token in scene.sent):
            # "the death toll from a cholera outbreak rose to 40": no violence's toll (an outbreak or an
            # eruption "of fighting" is violence: "the toll from the outbreak of fighting rose to 40")
            continue
        before = [
            (max(m.sentence for m in c.mentions if m.sentence < scene.index), c) for c in clusters
            if not c.historical and any(m.sentence < scene.index for m in c.mentions)
        ]
        if not before:
            continue
        told_last, last = max(before, key=lambda pair: pair[0])
        if any(not _same_place(last.place, place) for place in scene.kept):
            if not (
                last.place is not None and any(word in text for word in _place_toll_words()["care"])
                and scene.index - told_last <= CONTINUATION_WINDOW and _count_kind(counts[0].count, scene) == "further"
            ):
                continue
            # "... killing six passengers. Two more passengers succumbed to their injuries in Nairobi on Monday":
            # the town of the hospital, not of another incident
            last.further_apart += counts[0].count
            continue
        if not any(m.killed for m in last.mentions if m.sentence < scene.index):
            # "Al-Shabaab militants attacked a bus near Mandera on Tuesday. Eleven passengers were confirmed
            # dead.": the dead of the violence told just before, which counted none
            if scene.index - told_last <= CONTINUATION_WINDOW and last.first.classification.event_type in VIOLENT:
                last.counted_apart = counts[0].count
            continue
        if not toll and scene.index - told_last <= CONTINUATION_WINDOW and counts[0].exact and _only_vague_counts(last, locator.scenes, scene.index):
            # "Clashes ... left scores dead, local officials said. The state police command confirmed 17
            # deaths.": a stated number after a vague word's count is the event's figure (ACLED codes the
            # vague word only when no number is given)
            last.restated_toll, last.toll_updated = counts[0].count, True
            continue
        if not toll and scene.index - told_last <= CONTINUATION_WINDOW and _count_kind(counts[0].count, scene) == "further":
            # "... killing five people. Two more succumbed to their injuries in hospital on Monday": deaths
            # beyond those counted, told in a sentence of no event of its own, are the event's (ACLED adds
            # the wounded who die later to the event they were hurt in, whatever the day they die)
            last.further_apart += counts[0].count
            continue
        if toll and scene.index - told_last <= CONTINUATION_WINDOW:
            last.restated_toll = counts[0].count
            last.toll_updated = any(re.search(r"\b" + re.escape(word), text) for word in _toll_updates())


def _only_vague_counts(cluster: Cluster, scenes: dict, before: int) -> bool:
    """Are the cluster's death figures told before sentence ``before`` all vague words' ("scores dead",
    "dozens were killed"), none a stated number?"""
    figures = [m for m in cluster.mentions if m.killed and m.sentence < before]
    return bool(figures) and all(
        (scene := scenes.get(m.sentence)) is not None
        and any(c.kind == "killed" and c.count == m.killed and not c.exact for c in scene.casualties)
        for m in figures
    )


@lru_cache(maxsize=1)
def _toll_updates() -> frozenset[str]:
    """place_tolls.tsv's words of a toll that has risen since the first count ("rose to", "later")."""
    return _place_toll_words()["update"]


@lru_cache(maxsize=1)
def _toll_spans() -> frozenset[str]:
    """place_tolls.tsv's words of a toll over a span of time or many incidents."""
    return _place_toll_words()["span"]


@lru_cache(maxsize=1)
def _place_toll_words() -> dict[str, frozenset[str]]:
    return read_word_sets("place_tolls.tsv", ("other_fate", "span", "update", "unarmed", "tally", "care"))


def _entries_of_other_days(clusters: list[Cluster], orphans: list[EventMention], locator: Locator | None) -> list[Cluster]:
    """A text whose placed events fall on two or more days (a log, a bulletin's dated entries) tells
    each day's incident as its own: an event placed nowhere the gazetteer knows, on a day of its own
    that none of them has ("15/03 - Ngongo village: two humanitarian staff were abducted"), is another
    entry, not a continuation to drop. It is kept at the place the text gives around it, if any, else
    without one (not for a refinement, a sentence that needs the story, or a past event)."""
    days = {c.date for c in clusters if c.date is not None}
    if len(days) < 2:
        return []
    found: list[Cluster] = []
    for mention in orphans:
        if mention.refine_only or mention.needs_story or mention.historical or mention.continuation:
            continue
        if mention.date is None or mention.date.value is None or mention.date_said or mention.date.value in days:
            continue
        if mention.date.text not in mention.evidence.text[: len(mention.date.text) + 4]:
            continue  # an entry opens with its own day ("15/03 - ...", "On 15 March, ..."); "the previous week" is background
        last = found[-1] if found else None
        if last is not None and last.date == mention.date.value and compatible_kinds(last.first, mention):
            last.mentions.append(mention)
            continue
        if locator is not None:
            mention.place = locator.place_for(mention.sentence)
        found.append(Cluster([mention]))
    return found


def _split_tolls(clusters: list[Cluster]) -> None:
    """A death toll one sentence gives for an event at several places ("operations killed 10 militants in
    Sangin district and Lashkargah city") is split evenly between the events at those places, the
    remainder to the first (ACLED's rule for a total over several places), when no other sentence of
    those events counts their dead."""
    told: dict[int, list[tuple[int, EventMention]]] = {}
    for index, cluster in enumerate(clusters):
        for mention in cluster.mentions:
            if mention.killed and not mention.historical:
                told.setdefault(mention.sentence, []).append((index, mention))
    for sentence, items in told.items():
        places = sorted({index for index, _ in items})
        if len(places) < 2 or len({m.killed for _, m in items}) != 1 or len({id(m) for _, m in items}) != len(items):
            continue
        if any(m.killed and m.sentence != sentence for index in places for m in clusters[index].mentions):
            continue
        own = _tolls_by_place(items[0][1].evidence.text, [next(m for i, m in items if i == index).place for index in places], items[0][1].killed)
        if own is not None:
            # "killed two people in Gao and another three in Menaka": each place's own figure, not a
            # share of one of them
            for index, mention in items:
                mention.killed = own[places.index(index)]
            continue
        if not _places_joined(items[0][1].evidence.text, [next(m for i, m in items if i == index).place for index in places]):
            continue  # "in Jalalpur, Shamli": a town and its district, one event's places
        total = items[0][1].killed
        share, rest = divmod(total, len(places))
        if share == 0:
            continue
        for index, mention in items:
            mention.killed = share + (rest if index == places[0] else 0)


def _tolls_by_place(text: str, places: list, killed: int) -> list[int] | None:
    """The death figure each place of a sentence gets when the sentence counts each place's dead apart:
    "killed two people in Gao and another three in Menaka", "three people were killed in Bunia while two
    others died in Djugu", "killed 12 civilians in Idlib and 5 in Ariha". Each place has one figure of its
    own, told after the place before it (the first place: the figure nearest before it), no word of
    injury or of another fate stands between the first figure and the last place, and the sentence's
    death figure is the first place's or their sum (so the figures are counts of the dead). None when
    the places share one figure ("killed 10 soldiers in Sangin district and Lashkargah city")."""
    spans = _place_spans(text, places)
    if spans is None or len(set(spans)) != len(spans):
        return None
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    figures = list(_figures(text))
    counts: list[int] = [0] * len(spans)
    first_figure = None
    previous_end = 0
    for rank, k in enumerate(order):
        start = spans[k][0]
        inside = [f for f in figures if previous_end <= f[0] and f[1] <= start]
        if not inside or rank > 0 and len(inside) != 1:
            return None
        counts[k] = inside[-1][2]
        if rank == 0:
            first_figure = inside[-1]
        previous_end = spans[k][1]
    stretch = text[first_figure[1]:spans[order[-1]][0]].lower()
    if _other_fates().search(stretch):
        return None
    if killed not in (counts[order[0]], sum(counts)):
        return None
    return counts


_MONTHS = "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()


def _figures(text: str):
    """(start, end, value) of the counts a sentence states in digits or number words (not a year, a
    day of a month, an age or a span of time)."""
    for found in re.finditer(r"\b(?:\d[\d,]*|[A-Za-z]+(?:-[A-Za-z]+)?)\b", text):
        word = found.group(0)
        if not word[0].isdigit() and (word.lower() in ("a", "an") or parse_number(word) is None or word.lower() in vague_words()):
            continue
        value = parse_number(word)
        if value is None:
            continue
        before = text[: found.start()].rstrip().lower().rsplit(" ", 1)[-1]
        after = text[found.end():].lstrip().lower()
        after_word = re.match(r"[a-z]*", after).group(0)
        if re.fullmatch(r"1[89]\d\d|20\d\d", word) or before in _MONTHS or after_word in _MONTHS:
            continue
        if re.match(r"-?(?:year|month|week|day|hour|minute)s?\b", after):  # "a 25-year-old trader", "5 years"
            continue
        if after_word.rstrip("s") in UNITS or after_word in UNITS or after.startswith("%"):
            continue  # "50 km from Menaka", "20 percent"
        yield found.start(), found.end(), value


@lru_cache(maxsize=1)
def _other_fates():
    """place_tolls.tsv's words of a fate other than death (injury, capture, abduction, flight)."""
    stems = sorted(_place_toll_words()["other_fate"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in stems) + r")")


def _place_spans(text: str, places: list) -> list[tuple[int, int]] | None:
    """Where in the sentence's text each place's name first stands, in the places' order; None when a
    place is missing or its name is not found."""
    spans = []
    for place in places:
        if place is None:
            return None
        found = re.search(r"\b" + re.escape(place.text) + r"\b", text)
        if found is None:
            return None
        spans.append(found.span())
    return spans


def _places_joined(text: str, places: list) -> bool:
    """Are the places named one after another as a list ending with "and" ("in Sangin district and
    Lashkargah city", "in Kabul, Ghor, Laghman, and Balkh provinces"), not set one in the other ("in
    Jalalpur, Shamli", "near Namssiguia (Bourzanga, Bam)", "in the town of Da'el in the countryside of
    Dar'a")?"""
    spans = _place_spans(text, places)
    if spans is None:
        return False
    spans.sort()
    if re.search(r"\bbetween\s+(?:the\s+)?$", text[: spans[0][0]]):
        return False  # "an ambush between Sar-e Pol and Jowzjan provinces": one place between two
    gaps = [text[a[1]:b[0]] for a, b in zip(spans, spans[1:])]
    # a list ends with "and" ("in Kabul, Ghor, Laghman, and Balkh provinces"); its other joins are commas
    return bool(gaps) and re.search(r"\band\b", gaps[-1]) is not None and all(
        len(gap) <= 40 and not re.search(r"[()]", gap) and (re.search(r"\band\b", gap) or re.fullmatch(r"\s*,\s*", gap))
        for gap in gaps
    )


def _continued_event(clusters: list[Cluster], mention: EventMention) -> Cluster | None:
    """The event a sentence naming no place goes on telling, in a local report whose dateline town
    takes its unplaced events: "Srinagar: Two militants were killed in an encounter at Malhura village
    in Shopian ... As the forces zeroed in, the hiding militants fired upon them, triggering a
    gunfight" is the encounter at Malhura told on, not a gunfight in Srinagar. The latest event of its
    family told in the sentences just before, on its day, when the sentence counts no dead of its own
    and does not turn to another incident ("In a separate incident, ...")."""
    if mention.historical or mention.killed or _turns_story(mention):
        return None
    return next(
        (
            c for c in reversed(clusters)
            if 0 < mention.sentence - c.last_sentence <= CONTINUATION_WINDOW and not c.historical
            and _same_family(c.first, mention) and _dates_agree(c, mention)
        ),
        None,
    )


def _unplace_speech_venues(mentions: list[EventMention], locator: Locator) -> None:
    """A sentence placed only where someone spoke ("'They opened fire on the police party,' the
    spokesman said at a news conference in Islamabad") tells the event of the other sentences, not one
    at the venue: when another sentence places an event elsewhere, such a mention loses its place and
    continues the story as a sentence naming none does (or is left out). Told alone, the venue stays
    the event's place, as before."""
    venues = [m for m in mentions if m.place is not None and _speech_venue(m.place, locator.scenes.get(m.sentence))]
    if not venues:
        return
    elsewhere = {(m.place.place.name, m.place.place.country_code) for m in mentions if m.place is not None and m not in venues and not m.historical}
    for mention in venues:
        if elsewhere - {(mention.place.place.name, mention.place.place.country_code)}:
            mention.place = None


def _speech_venue(place: PlaceMention, scene) -> bool:
    """Is the place named only as where a statement was made: after a verb of saying, through a
    preposition ("said in Islamabad", "told reporters in Gusau") or a venue noun of speech_venues.tsv
    ("said at a news conference in Islamabad", "told a briefing in Geneva")? Not a place inside what was
    said, nor one before the verb unless through a venue ("In Kandahar, police said ..." sets the scene)."""
    if scene is None:
        return False
    token = next((t for t in scene.sent if t.idx == place.start), None)
    if token is None:
        return False
    while token.dep_ == "compound" and token.head is not token:
        token = token.head
    via_venue = False
    for _ in range(3):
        if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.lower_ not in ("in", "at", "from", "during"):
            return False
        head = token.head.head
        if head.dep_ == "acl" and head.lemma_.lower() in speech_words()["issue"] and head.head.lemma_.lower() in speech_words()["statement"]:
            return True  # "the army said in a statement released in Gao": where the statement was issued
        if head.pos_ in ("VERB", "AUX"):
            # (a venue may open the sentence: "At a summit in Addis Ababa, leaders condemned ...")
            return (via_venue or head.i < token.i) and head.lemma_.lower() in _speaking_verbs() and not any(
                c.dep_ in ("auxpass", "nsubjpass") for c in head.children
            )
        if head.pos_ in ("NOUN", "PRON") and head.dep_ in ("dobj", "dative") and head.head.lemma_.lower() == "tell":
            return head.i > head.head.i  # "told reporters in Gusau"
        if head.lemma_.lower() not in speech_words()["venue"]:
            return False
        token, via_venue = head, True  # "at a news conference in Islamabad": up to the verb through the venue
    return False


@lru_cache(maxsize=1)
def _speaking_verbs() -> frozenset[str]:
    """The verbs of speaking whose place is the speaker's (second_places.tsv's "speak", which leaves out
    "report": "residents reported clashes in X" places the clashes) and speech_venues.tsv's verbs."""
    return second_place_words()["speak"] | speech_words()["verb"]


def _security_measure(mention: EventMention) -> bool:
    """A curfew imposed, troops deployed, patrols stepped up (security_measures.tsv): ACLED's change to
    group/activity told by a measure's words."""
    return mention.classification.sub_event_type == "Change to group/activity" and bool(measure_words().search(mention.evidence.text))


def _without_aftermath(mentions: list[EventMention], scenes: dict | None = None) -> list[EventMention]:
    """The mentions less the past events told beside the report's own, and the security measures told
    beside violence or a demonstration of the same report: "Gunmen killed 11 villagers in Kajuru on
    Saturday. The state imposed a 24-hour curfew and troops were deployed" is one event, the killing
    (ACLED codes a note's main incident; a curfew or a deployment is coded only when it is the news, as
    in a report that tells nothing else)."""
    current = [m for m in mentions if not (m.historical or m.refine_only or m.needs_story)]
    if current:
        # a past event dated only by a year beside the report's own is its background ("Tamil rebels
        # attacked an army camp on Sunday ... In 2008, a bombing in the capital killed 26 people"); told
        # alone, it is the text's news, flagged historical (happened.py)
        mentions = [m for m in mentions if not (m.historical and dated_by_year(m.date))]
    mentions = _without_looking_back(mentions, current, scenes)
    if not any(m.classification.event_type in VIOLENT | DEMONSTRATIONS for m in current):
        return mentions
    told = {m.sentence for m in current if m.classification.event_type in VIOLENT | DEMONSTRATIONS}
    return [
        m for m in mentions
        if not _security_measure(m) and not (_displacement(m) and told - {m.sentence}) and not _arrests_for_it(m, told)
        and not (scenes and _background_tally(m, scenes.get(m.sentence), told))
    ]


@lru_cache(maxsize=1)
def _tally_phrases() -> re.Pattern:
    """place_tolls.tsv's "tally" phrases, up to two words allowed after "the" ("in the Kashmir conflict",
    "since the start"); a phrase ending in a year's first figures ("since 19") is open at its end."""
    def pattern(phrase: str) -> str:
        words = [re.escape(w) for w in phrase.split()]
        return r"\s+".join(w + (r"(?:\s+[\w'-]+){0,2}?" if w == "the" else "") for w in words)
    return re.compile(r"\b(?:" + "|".join(pattern(p) for p in sorted(_place_toll_words()["tally"])) + r")")


def _background_tally(mention: EventMention, scene, told: set[int]) -> bool:
    """"Two policemen were shot dead in Srinagar on Friday. More than 40,000 people have died in the Kashmir
    conflict": a sentence after the report's violence whose only death count is a tally over a span of
    time or a whole conflict (place_tolls.tsv's "tally" phrases: "since January", "this year", "in the conflict"), told
    in the perfect ("have died", "has killed") or as a toll ("raise the death toll in the state this month
    to 27"), is the story's background, no event (ACLED codes the day's incident). Not deaths told as
    further ones ("two more have died since"), which are the event's."""
    if scene is None or not mention.killed or not any(s < mention.sentence for s in told):
        return False
    counts = [c for c in scene.casualties if c.kind == "killed" and c.count]
    if len(counts) != 1:
        return False
    text = scene.sent.text.lower()
    spanned = _tally_phrases().search(text) is not None
    if not spanned and not _span_told_before(scene.sent):
        return False
    token = token_at(scene.sent, counts[0].start)
    if token is None or _count_kind(counts[0].count, scene) == "further":
        return False
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    perfect = verb is not None and any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ") for c in [*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else [])])
    return perfect or spanned and token.lemma_.lower() == "toll"


def _span_told_before(sent) -> bool:
    """Does the sentence before, in the same paragraph, set the span a tally in the perfect counts over ("The
    country has been in crisis since the president sought a third term last year. More than 400 people have
    been killed")? A sentence of the paragraph before is another passage (and another piece of a parse)."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    if "\n" in text_of(sent.doc)[before.end_char : sent.start_char] or "\n" in before.text.strip():
        return False
    return _tally_phrases().search(before.text.lower()) is not None


def _arrests_for_it(mention: EventMention, told: set[int]) -> bool:
    """"A policeman was shot dead by gunmen in Orangi Town on Tuesday. On Wednesday, police arrested two
    suspects in connection with the killing": arrests told after the violence or demonstration they are
    made for, pointing back to it ("in connection with the killing", "over the violence", "suspected of
    involvement in the murder"; follow_ups.tsv), belong to that event (ACLED codes the incident, and the
    arrests in its note), not an event of their own, whatever their day. Not when the arrests' sentence
    tells the incident too ("police arrested three suspects in connection with the killing of a trader
    on 2 May": the arrests are the news)."""
    if mention.classification.sub_event_type != "Arrests" or mention.historical or not any(s < mention.sentence for s in told):
        return False
    text = mention.evidence.text
    return bool(_follow_up().search(text) or _doers_arrested().search(text) or _suspects_later(text)) and not (
        _turns_story(mention) or _other_incident(mention)
    )


@lru_cache(maxsize=1)
def _doers_arrested():
    """The incident's doers told as such: "the attacker", "two of the gunmen", "the suspected bomber"
    (casualty_words.tsv's attacker nouns, after "the")."""
    forms = {form for w in attacker_nouns() for form in (w, w + "s", w[:-3] + "men" if w.endswith("man") else w)}
    nouns = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(r"\bthe\s+(?:suspected\s+|alleged\s+)?(?:" + nouns + r")\b", re.IGNORECASE)


def _suspects_later(text: str) -> bool:
    """"Security forces later detained four suspects": suspects named bare (no crime of their own) and
    told as arrested after the incident (follow_ups.tsv's "after" words)."""
    lowered = text.lower()
    if not re.search(r"\bsuspects?\b(?!\s+(?:of|for|over|in\s+an?)\b)", lowered):
        return False
    # (or told in the past perfect, as done by the time the incident was reported: "police said two suspects
    # had been arrested")
    return _told_after().search(lowered) is not None or re.search(r"\bsuspects?\s+(?:had|have|has)\s+been\s+\w+", lowered) is not None


@lru_cache(maxsize=1)
def _told_after():
    """follow_ups.tsv's "after" words ("later", "subsequently"), read once."""
    words = read_word_sets("follow_ups.tsv", ("link", "incident", "after"))["after"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=1)
def _follow_up():
    """A tie to an incident told before: a linking phrase, "the" (or "this", "that", "Sunday's"), up to two
    words, then a noun of an incident: the one told ("the killing", "the attack in Kaduna", "the killing of
    the policeman"), not one of others told anew ("the killing of a trader")."""
    words = read_word_sets("follow_ups.tsv", ("link", "incident", "after"))
    links = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words["link"], key=len, reverse=True))
    nouns = "|".join(re.escape(w) for w in sorted(words["incident"], key=len, reverse=True))
    return re.compile(
        r"\b(?:" + links + r")\s+(?:the|this|that|these|those|\w+'s)\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b(?!\s+of\s+(?:a|an|\d+|[a-z]+teen|two|three|four|five|six|seven|eight|nine|ten)\b)",
        re.IGNORECASE,
    )


# Openings of a sentence that looks back to an earlier incident ("Earlier this month, ...")
_LOOKING_BACK = tuple(row[0].lower() for row in read_rows("looking_back.tsv", 1))


def _without_looking_back(mentions: list[EventMention], current: list[EventMention], scenes: dict | None = None) -> list[EventMention]:
    """The mentions less those of a sentence told after the story's lead that looks back to an earlier
    incident ("Earlier this month, an air strike on a market in Nyala killed 22", looking_back.tsv),
    dated before the lead's event: the story's background, not one of its events. (One over a month
    old stays, flagged historical, as before.) A sentence that ranks the lead's event among others and
    tells no event of its own ("It was the third such attack in the city this week.") opens such a look
    back too: the incidents told just after it, dated before the lead, are those it counts."""
    dated = [m for m in current if m.date is not None and m.date.value is not None and not m.date_said]
    if not dated:
        return mentions
    lead = dated[0]
    built = {m.sentence for m in mentions}

    def ranking(index: int) -> bool:
        scene = scenes.get(index) if scenes else None
        if scene is None or index in built:
            return False
        return bool(_ranked_opening().match(scene.sent.text.lstrip(" \t\"'“‘").lower()))

    def looks_back(m: EventMention) -> bool:
        if m.historical or m.sentence <= lead.sentence or m.date is None or m.date.value is None or m.date.value >= lead.date.value:
            return False
        opening = m.evidence.text.lstrip(" \t\"'“‘").lower()
        return (
            opening.startswith(_LOOKING_BACK) or bool(_likened().search(m.evidence.text)) or bool(_ranked_opening().match(opening))
            or ranking(m.sentence - 1)
        )

    return [m for m in mentions if not looks_back(m)]


@lru_cache(maxsize=1)
def _ranked_opening():
    """A sentence that opens by ranking the story's event among others ("It was the second attack in the
    county this month: on June 3, bandits killed a herder", "This is the third such raid since May"),
    by an ordinal (ordinal_words.tsv) or told_before_words.tsv's "ranking" words: the incidents it goes
    on to tell, dated before the lead, are those the story's event is counted with, its background."""
    from conflictscope.events.happened import told_before_words
    from conflictscope.events.predicates.lexicon import ordinal_values

    ranks = sorted(set(ordinal_values()) | told_before_words()["ranking"], key=len, reverse=True)
    return re.compile(r"(?:it|this|that|the \w+)\s+(?:was|is|marks|marked|became)\s+(?:also\s+)?(?:the\s+)?(?:" + "|".join(ranks) + r")\b")


@lru_cache(maxsize=1)
def _likened():
    """The words that tell events as like the story's own (told_before_words.tsv's "likened":
    "Similar protests were held in Gazipur and Savar last week"): told after the lead and dated before
    it, a look back to other incidents, the story's background. (Not "same": "the same group attacked a
    checkpoint on Friday" tells who, not an incident like the story's.)"""
    from conflictscope.events.happened import told_before_words

    words = sorted(told_before_words()["likened"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _displacement(mention: EventMention) -> bool:
    """People told in the perfect as having fled or been displaced (displacement_words.tsv), ACLED's
    Other: beside violence told in another sentence, the count of those uprooted so far, its aftermath
    ("... killing eight. Some 3,000 people have fled towards Kiwanja"); not a flight told as done on a
    day ("Over 2,000 villagers fled to nearby villages"), which ACLED may code as its own event."""
    return mention.classification.sub_event_type == "Other" and bool(_displacement_words().search(mention.evidence.text))


@lru_cache(maxsize=1)
def _displacement_words():
    stems = sorted(read_word_sets("displacement_words.tsv", ("displacement",))["displacement"], key=len, reverse=True)
    return re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:been\s+)?(?:" + "|".join(re.escape(stem) for stem in stems) + r")", re.IGNORECASE)


def _cluster(mentions: list[EventMention], scenes: dict | None = None) -> tuple[list[Cluster], list[EventMention]]:
    clusters: list[Cluster] = []
    orphans: list[EventMention] = []
    for mention in mentions:
        target = None
        later = _died_of_wounds_later(clusters, mention, scenes) if scenes and mention.killed else None
        if later is not None:
            mention.place, mention.continuation = later.place, True
            later.mentions.append(mention)
            continue
        if mention.place is not None:
            for cluster in clusters:
                if _same_place(cluster.place, mention.place) and _dates_agree(cluster, mention) and compatible_kinds(cluster.first, mention):
                    target = cluster
                    break
        else:
            # No place named: a continuation of the latest compatible event just before it (the next
            # sentence), or close before it when the sentence refers back ("the city", "the attack"),
            # counts victims or carries a claim.
            # (people detained there and then, "police arrested them", refer to a crowd told before)
            referring = mention.anaphoric or mention.killed or mention.injured or mention.refine_only or mention.claims or mention.participants_detained
            for cluster in reversed(clusters):
                distance = mention.sentence - cluster.last_sentence
                window = CONTINUATION_WINDOW if referring else 1
                # a guessed kind (generic words only) does not keep a sentence from continuing a story
                kinds_fit = compatible_kinds(cluster.first, mention) or not mention.classification.specific
                if distance <= window and kinds_fit and _dates_agree(cluster, mention):
                    target = cluster
                    break
            if target is not None:
                target = _first_reading(clusters, target, mention)
            if target is None:
                orphans.append(mention)  # known only to country level, or not at all
                continue
            mention.continuation = True
        if target is None and mention.place is not None and (mention.refine_only or mention.needs_story):
            # A refinement naming another place than any event: look back for the latest compatible one
            for cluster in reversed(clusters):
                if mention.sentence - cluster.last_sentence <= CONTINUATION_WINDOW and compatible_kinds(cluster.first, mention):
                    target = cluster
                    break
            if target is None:
                continue
        if target is None and mention.place is not None:
            target = _lead_told_on(clusters, mention)
        if target is None:
            clusters.append(Cluster([mention]))
        else:
            target.mentions.append(mention)
    return clusters, orphans


# Verbs of a death that may come later than the harm: "died", "succumbed", "passed away"
_LATER_DEATH_VERBS = frozenset({"die", "succumb", "pass"})


def _died_of_wounds_later(clusters: list[Cluster], mention: EventMention, scenes: dict) -> Cluster | None:
    """"A bomb exploded at a market in Maiduguri on Sunday, killing five people. Two more victims of the
    blast died in hospital on Monday", "Police shot three protesters in Nairobi on Tuesday. One of them
    died in hospital on Wednesday": people told as others than the dead counted ("more", "two of the
    wounded") or as some of those hurt before (when no dead were counted), who died (not "were killed":
    a killing is an incident of its own), a sentence or two after a violent event or a demonstration,
    died of it, whatever the day or the hospital's town (at another town only when told dying in care or
    of wounds, place_tolls.tsv's "care" words): ACLED adds them to that event. The event, or None."""
    scene = scenes.get(mention.sentence)
    if scene is None or not clusters or _turns_story(mention) or _other_incident(mention) or mention.historical:
        return None
    last = max(clusters, key=lambda c: c.last_sentence)
    if last.historical or not 0 < mention.sentence - last.last_sentence <= CONTINUATION_WINDOW:
        return None
    if last.first.classification.event_type not in VIOLENT | DEMONSTRATIONS:
        return None
    if mention.place is not None and last.place is not None and not _same_place(last.place, mention.place):
        text = scene.sent.text.lower()
        if not any(word in text for word in _place_toll_words()["care"]):
            return None  # "two more people died in Katsina": at another town, not told as dying of wounds
    for count in (c for c in scene.casualties if c.kind == "killed" and c.count):
        # (a toll the sentence raises with them, "raising the toll to seven", goes with them)
        token = token_at(scene.sent, count.start)
        verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None) if token is not None else None
        if verb is None or verb.lemma_.lower() not in _LATER_DEATH_VERBS or _own_cause(verb):
            continue
        kind = _count_kind(count.count, scene)
        if kind == "further" or kind == "part" and not any(m.killed for m in last.mentions):
            return last
    return None


def _own_cause(verb) -> bool:
    """Does the death verb tell a cause of its own: a clause ("died when their vehicle hit a landmine") or an
    incident not told before ("died in an attack on a market"; not "died in the attack")?"""
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "as", "because", "while") for c in child.children):
            return True  # (not a participle's clause: "raising the toll to seven")
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lower_ in _incident_nouns() and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in pobj.children):
                    return True
    return False


def _lead_told_on(clusters: list[Cluster], mention: EventMention) -> Cluster | None:
    """The event a sentence placed elsewhere goes on telling: "Five militants were killed in a clash
    with troops in Datu Saudi Ampatuan on Saturday. Soldiers were conducting an operation in Barangay
    Kitango when they encountered about 20 gunmen" names the village where the clash of the lead took
    place, not a second clash. A sentence that gives no day of its own, counts no dead or hurt of its own and
    does not turn to another incident ("In a separate attack", "also", "another") tells on the latest
    event of its family told in the sentences just before, on its day; the event keeps the lead's
    place. (A sentence with its own day or its own dead tells an incident of its own, as ACLED's notes
    of two events do: "... killing two. On 4 May, militants ambushed a patrol in Y".)"""
    if mention.historical or mention.killed or mention.injured or mention.date is not None or _turns_story(mention) or _other_incident(mention):
        return None
    return next(
        (
            c for c in reversed(clusters)
            if 0 < mention.sentence - _told_before(c, mention.sentence) <= CONTINUATION_WINDOW and not c.historical
            and _same_family(c.first, mention) and compatible_kinds(c.first, mention) and _dates_agree(c, mention)
        ),
        None,
    )


def _told_before(cluster: Cluster, sentence: int) -> int:
    """The last sentence before ``sentence`` that tells the cluster's event (a sentence naming two places
    that goes on telling it joins it once per place)."""
    return max((m.sentence for m in cluster.mentions if m.sentence < sentence), default=-CONTINUATION_WINDOW - 1)


def _other_incident(mention: EventMention) -> bool:
    return bool(other_incident_words().search(mention.evidence.text))


def _turns_story(mention: EventMention) -> bool:
    """Does the mention's sentence open as another incident ("In a separate incident, ...")?"""
    return opens_another_incident(mention.evidence.text)


def _same_family(a: EventMention, b: EventMention) -> bool:
    """Of one event type, or both violent ones (a lead's "attack" told as a clash later), or a protest
    met with deadly force and the killing (a lead's "fired live ammunition at protesters, killing four",
    then "the four were shot dead in Omdurman")."""
    ta, tb = a.classification.event_type, b.classification.event_type
    forced = {m.classification.sub_event_type for m in (a, b)} & {"Excessive force against protesters"}
    return ta == tb or (ta in VIOLENT and tb in VIOLENT) or bool(forced and {ta, tb} & VIOLENT)


def _leads_joined(clusters: list[Cluster], orphans: list[EventMention], locator: Locator | None) -> list[EventMention]:
    """A news story's lead tells the event by its country or region only ("Jihadists killed 22 soldiers
    in an attack in northern Burkina Faso on Sunday"), and the next sentences name its town ("...
    attacked the Tin-Akoff post"): such a lead joins the first event of a compatible kind told within
    the next sentences in that country or region, on its day. The orphans left."""
    left = []
    for mention in orphans:
        scene = locator.scenes.get(mention.sentence) if locator is not None else None
        target = None
        if scene is not None and not mention.historical:
            target = _event_told_after(clusters, mention, mention.sentence, scene.places)
        if target is None:
            left.append(mention)
        else:
            target.mentions.insert(0, mention)
    return left


def _violence_beside_developments(clusters: list[Cluster], orphans: list[EventMention]) -> list[EventMention]:
    """Violence told at a place the gazetteer does not know ("armed men attacked the village of Tawori,
    killing 14 civilians") beside a development placed at a known town in the next sentences ("some 2,000
    people fled to Djibo"): the violence is the news, and was left out as placed nowhere. It joins that
    development, whose place is the nearest the text gives and whose type it raises (ACLED: the higher
    type). The orphans left."""
    left = []
    for mention in orphans:
        target = None
        if mention.classification.event_type in VIOLENT and not mention.historical and not mention.continuation:
            target = next(
                (
                    c for c in clusters
                    if all(m.classification.event_type == "Strategic developments" for m in c.mentions)
                    and 0 < c.first.sentence - mention.sentence <= CONTINUATION_WINDOW
                    and not c.historical and _dates_agree(c, mention)
                ),
                None,
            )
        if target is None:
            left.append(mention)
        else:
            target.mentions.insert(0, mention)
    return left


def _event_told_after(
    clusters: list[Cluster], lead: EventMention, after: int, regions: list[PlaceMention], towns_only: bool = False
) -> Cluster | None:
    """The first event of the lead's family told within the next sentences after sentence ``after``, at
    a place one of ``regions`` holds (a town, with ``towns_only``), on the lead's day and not after a
    sentence that turns the story to another incident: the event a lead told by its region joins."""
    return next(
        (
            c for c in clusters
            if (not towns_only or c.place is not None and c.place.place.feature == "city")
            and 0 < c.first.sentence - after <= CONTINUATION_WINDOW
            and not c.historical and _same_family(c.first, lead) and not _turns_story(c.first)
            and _dates_agree(c, lead) and _holds(regions, c.place)
        ),
        None,
    )


def _region_leads_joined(clusters: list[Cluster]) -> list[Cluster]:
    """A lead placed only at a province or region ("an air strike killed at least 50 people in the
    Sagaing region") and the event the next sentences place at a town of that region ("bombs fell on
    Pazigyi village in Kanbalu township"): one event, at the town (ACLED: the most specific place
    told). Such a lead joins the first event of its family told within the next sentences at a town
    of its region, on its day."""
    kept = []
    for cluster in clusters:
        region = cluster.place
        target = None
        if region is not None and region.place.feature in ("admin1", "region") and not cluster.historical:
            town = next((m.place for m in cluster.mentions if m.place is not None and m.place.place.feature == "city" and _holds([region], m.place)), None)
            if town is not None:
                # a later sentence of the same event names the town: the event is there
                for mention in cluster.mentions:
                    if mention.place is region:
                        mention.place = town
                kept.append(cluster)
                continue
            target = _event_told_after(clusters, cluster.first, cluster.last_sentence, [region], towns_only=True)
        if target is None:
            kept.append(cluster)
            continue
        for mention in cluster.mentions:
            mention.place = target.place  # the lead tells the town's event
        target.mentions[:0] = cluster.mentions
    return kept


def _region_tolls_joined(clusters: list[Cluster]) -> list[Cluster]:
    """"Taliban fighters attacked a police checkpoint in Nahr-e Saraj district on Saturday night. Seven
    policemen were killed in the attack in Helmand province": a sentence placed only at a province or
    region that gives the dead, right after an event at a town of that region that gave none, tells that
    event's toll, not another event (the toll would stay on a duplicate and the event keep 0). It joins
    the town's event, when of its family, on its day, and not told as another incident. So does one that
    gives no dead and names the incident as told ("The attack in Ondo state early on Sunday was condemned
    by the president", after an attack at Owo)."""
    kept: list[Cluster] = []
    for cluster in clusters:
        first = cluster.first
        region = cluster.place
        target = None
        if (
            region is not None and region.place.feature in ("admin1", "region") and not cluster.historical
            and (first.killed or _restates_the_incident(cluster)) and not _turns_story(first) and not _other_incident(first)
        ):
            target = next(
                (
                    c for c in reversed(kept)
                    if 0 < first.sentence - c.last_sentence <= CONTINUATION_WINDOW and not c.historical
                    and c.place is not None and c.place.place.feature == "city" and _holds([region], c.place)
                    and not (first.killed and any(m.killed for m in c.mentions)) and _same_family(c.first, first) and _dates_agree(c, first)
                ),
                None,
            )
        if target is None:
            kept.append(cluster)
            continue
        for mention in cluster.mentions:
            mention.place = target.place
            mention.continuation = True  # the town's sentence decides the type
        target.mentions.extend(cluster.mentions)
    return kept


def _restates_the_incident(cluster: Cluster) -> bool:
    """Does every sentence of the cluster count no dead and name its incident as one told before ("The
    attack in Ondo state early on Sunday was condemned by the president": "the", "this" or a day's
    possessive before a noun of an incident, follow_ups.tsv)? Such a sentence placed at the region of the
    town an event was just told at tells that event again, not another one."""
    return all(not m.killed and not m.injured and _told_incident().search(m.evidence.text) for m in cluster.mentions)


@lru_cache(maxsize=1)
def _incident_nouns() -> frozenset[str]:
    """follow_ups.tsv's nouns of an incident ("attack", "blast", "killing")."""
    return read_word_sets("follow_ups.tsv", ("link", "incident", "after"))["incident"]


@lru_cache(maxsize=1)
def _told_incident():
    nouns = "|".join(re.escape(w) for w in sorted(_incident_nouns(), key=len, reverse=True))
    return re.compile(
        r"\b(?:the|this|that|\w+day's)\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b(?!\s+of\s+(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten)\b)",
        re.IGNORECASE,
    )


def _restated_victims_joined(clusters: list[Cluster], locator: Locator) -> list[Cluster]:
    """"Security forces fired live ammunition at protesters in the Sudanese capital on Saturday, killing
    four. The four were shot dead in Omdurman": a sentence that names its dead as those counted just
    before ("the four", "the three soldiers", the same number) tells the same deaths again, at the place
    where they happened, not another event. Such an event joins the one whose dead it names, when that
    one is of its family, in the same country, on its day and told within the sentences just before."""
    kept: list[Cluster] = []
    for cluster in clusters:
        first = cluster.first
        target = None
        if first.killed and not first.historical and not _turns_story(first) and _names_dead_told(first, locator.scenes.get(first.sentence)):
            target = next(
                (
                    c for c in reversed(kept)
                    if 0 < first.sentence - c.last_sentence <= CONTINUATION_WINDOW and not c.historical
                    and any(m.killed == first.killed for m in c.mentions) and _same_family(c.first, first)
                    and _dates_agree(c, first) and _same_country(c.place, first.place)
                ),
                None,
            )
        if target is None:
            kept.append(cluster)
        else:
            for mention in cluster.mentions:
                mention.continuation = True  # the lead's sentence decides the type
            target.mentions.extend(cluster.mentions)
    return kept


def _names_dead_told(mention: EventMention, scene) -> bool:
    """Is the mention's count of dead a definite one, "the four", "the three soldiers", "these two"?"""
    if scene is None:
        return False
    count = next((c for c in scene.casualties if c.kind == "killed" and c.count == mention.killed), None)
    if count is None:
        return False
    numbers = [t for t in scene.sent if count.start <= t.idx < count.end and t.like_num]
    for number in numbers:
        holders = [number] + ([number.head] if number.dep_ == "nummod" else [])
        if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for h in holders for c in h.children):
            return True
    return False


def _holds(regions: list[PlaceMention], town: PlaceMention | None) -> bool:
    """Whether one of a sentence's places is the country or the first-level region that ``town`` is in."""
    if town is None:
        return False
    place = town.place
    for mention in regions:
        area = mention.place
        if area.country_code != place.country_code:
            continue
        if area.feature == "country":
            return True
        if area.feature in ("admin1", "region") and place.admin1 and normalize_name(place.admin1) in {
            normalize_name(area.admin1 or ""), normalize_name(area.name)
        }:
            return True
    return False


def _first_reading(clusters: list[Cluster], target: Cluster, mention: EventMention) -> Cluster:
    """The builder makes one event per place a sentence names: "in Mangalagiri town (Guntur, AP)"
    gives one at each. A sentence after it ("Police resorted to a lathi charge") continues the event
    at the first of them, the place the report names first and most precisely, not at the one named
    last to situate it (the district in brackets). Not a first place read in another country than the
    other: that one is rather a word read as a town abroad ("students led by BAYAN")."""
    told = [m.sentence for m in target.mentions if not m.continuation]
    if not told:
        return target
    sentence = max(told)
    for cluster in clusters:
        if cluster is target:
            break
        if (
            any(m.sentence == sentence and not m.continuation for m in cluster.mentions)
            and (compatible_kinds(cluster.first, mention) or not mention.classification.specific)
            and _dates_agree(cluster, mention)
            and _same_country(cluster.place, target.place)
        ):
            return cluster
    return target


def _same_country(a, b) -> bool:
    if a is None or b is None:
        return False
    return a.place.country_code == b.place.country_code


def attach_floating(clusters: list[Cluster], floating: list[tuple[Attribution, Evidence, int, set[str]]]) -> None:
    """Attach denials and responsibility claims that name no event of their own: to the event at a
    place the sentence names, else to the event the speaker's side is accused of, else to the
    nearest event before (or after) it."""
    live = [c for c in clusters if not c.historical]
    if not live:
        return
    for attribution, evidence, sentence, place_names in floating:
        target = None
        for cluster in live:
            if cluster.place and cluster.place.place.name in place_names:
                target = cluster
                break
        if target is None and attribution.stance == "denies" and attribution.speaker.country_code:
            for cluster in live:
                perpetrators = [m.perpetrator for m in cluster.mentions if m.perpetrator]
                if any(p.country_code == attribution.speaker.country_code for p in perpetrators):
                    target = cluster
                    break
        if target is None:
            before = [c for c in live if c.first.sentence <= sentence]
            target = before[-1] if before else live[0]
        target.floating.append((attribution, attribution.stance, evidence))
        if attribution.stance == "denies" and sentence < target.first.sentence and _only_reported_before(target):
            # "The army denied that troops attacked a wedding party. Local media had reported that dozens
            # of guests were killed": the piece's news is the denial; the killing is told only as what
            # others had reported before it, nothing the text itself states
            clusters.remove(target)
            live.remove(target)
            if not live:
                return


def _only_reported_before(cluster: Cluster) -> bool:
    """Is every sentence of the event told only as what someone had reported ("Local media had reported
    that ...": a saying verb in the past perfect over it)?"""
    for mention in cluster.mentions:
        verbs = [a.verb for a, stance in mention.claims if stance != "denies"]
        if not verbs or not all(any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in v.children) for v in verbs):
            return False
    return True


def _forces_acting(cluster: Cluster) -> list[EventMention]:
    """Sentences continuing a demonstration's story in which the state's forces use violence."""
    return [
        m for m in cluster.mentions
        if m.continuation and (m.classification.event_type in VIOLENT or m.warning_fire)
        and m.perpetrator is not None and m.perpetrator.kind == "state_forces"
    ]


# Protests whose sub-type says nobody was killed by force.
CALM_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention"})


def _forces_involved(cluster: Cluster, actor1: Actor | None, actor2: Actor | None) -> bool:
    """Is a state's force a side of the event, or the perpetrator of one of its mentions?"""
    kinds = {a.kind for a in (actor1, actor2) if a is not None}
    kinds |= {m.perpetrator.kind for m in cluster.mentions if m.perpetrator is not None}
    return bool(kinds & {"state_forces", "external_forces"})


def _generic_actor(template: str, kind: str, country: str | None) -> Actor:
    """ACLED's name for an actor the text does not name: "Civilians (Azerbaijan)", "Rioters"."""
    return Actor(fill_template(template, country), kind, country)


def _tells_clash(mention: EventMention, around_attack: bool) -> bool:
    """A later sentence telling a clash: by its words; around an attack on people, by someone named
    fighting or firing at an armed side that is not told as the victims."""
    c = mention.classification
    if not mention.continuation or c.sub_event_type != "Armed clash":
        return False
    if not around_attack:
        return c.specific
    if not c.specific and _attackers_stopped(mention):
        return False
    return mention.perpetrator is not None and (
        c.specific or mention.target is not None and mention.target.armed and not mention.civilian_victims
    )


def _attackers_stopped(mention: EventMention) -> bool:
    """Forces killing or hurting the attackers the story told before ("The attacker was shot dead by
    police", "the four gunmen were killed when troops ended the siege"): how the attack on people ended,
    no fight of its own. ACLED codes the attack, its attackers' deaths in its toll; fire exchanged, told
    by its words ("guards fought the gunmen"), is still a clash."""
    doer, target = mention.perpetrator, mention.target
    if doer is None or target is None or doer.kind not in ("state_forces", "external_forces"):
        return False
    token = target.token
    return token.lemma_.lower() in attacker_nouns() and any(
        child.dep_ in ("det", "poss") and child.lower_ in ("the", "this", "these", "those", "their", "his", "its")
        for child in token.children
    )


def _crowd_did_it(cluster: Cluster) -> Classification | None:
    """"A mob of villagers burned to death five women accused of witchcraft ... The victims were tied up,
    beaten and set alight": harm told with nobody named as its doer, in an event whose own sentence tells
    a crowd's violence (a riot, named by its place), is the crowd's. ACLED codes violence by a crowd as a
    riot, whoever its victims (mob violence); the riot's classification, when every sentence typed as an
    attack on people names no doer of its own."""
    riots = [m.classification for m in cluster.mentions if m.classification.event_type == "Riots" and not m.continuation and m.classification.specific]
    attacks = [m for m in cluster.mentions if m.classification.event_type == "Violence against civilians"]
    if not riots or any(m.perpetrator is not None for m in attacks):
        return None
    return min(riots, key=lambda c: load_taxonomy().rank(c.sub_event_type))


def _forces_own_account(cluster: Cluster, mention: EventMention, scenes: dict | None) -> bool:
    """"Soldiers shot dead four civilians ... The army said troops had killed four 'terrorists' in a
    firefight", "... killed about 30 civilians ... The army said it had killed rebels in the area": the
    forces who attacked people telling their act as a fight with armed men is their version of the same
    killing, disputed, not a fight told beside it (ACLED codes the attack the others report). The clash's
    sentence is told by a state's voice (typing_words.tsv state_voice: the army, the police, officials)
    through a reporting verb, and the forces are the doers of the attack."""
    scene = scenes.get(mention.sentence) if scenes else None
    if scene is None or mention.perpetrator is None or mention.perpetrator.kind not in ("state_forces", "external_forces"):
        return False
    if not any(
        m.perpetrator is not None and m.perpetrator.kind == mention.perpetrator.kind
        for m in cluster.mentions if m.classification.event_type == "Violence against civilians"
    ):
        return False
    from conflictscope.events.predicates.lexicon import typing_words

    voices = typing_words("state_voice")
    root = scene.sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj")):
        if load_reporting_verbs().get(verb.lemma_.lower()) is None:
            continue
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in voices for c in verb.children):
            return True
    return False


def _claimant(cluster: Cluster):
    claims = [a for m in cluster.mentions for a, stance in m.claims if stance == "claims_responsibility"]
    claims += [a for a, stance, _ in cluster.floating if stance == "claims_responsibility"]
    for attribution in claims:
        if attribution.speaker.kind in ACTOR_KINDS and attribution.speaker.kind != "civilians":
            return attribution.speaker
    return None


STATE_NAMES = ("Military Forces of", "Police Forces of", "Government of")


def _own_state(actor: Actor | None) -> Actor | None:
    """A state's forces or government read as external (their country is not the event's) as that state's own."""
    if actor is not None and actor.kind == "external_forces" and actor.name.startswith(STATE_NAMES):
        return Actor(actor.name, "state_forces", actor.country_code)
    return actor


def _claimed_actor(claimant, country: str | None) -> Actor:
    """The claimant as an actor: a group under its own name, in the report's country when the table
    gives it none; a state's forces under ACLED's name for them ("the U.S. military claimed the strike":
    Military Forces of United States), external where the event is in another country."""
    code = claimant.country_code or country
    if claimant.kind in ("state_forces", "external_forces") and claimant.country_code:
        kind = "external_forces" if country and claimant.country_code != country else "state_forces"
        template = "Police Forces of {country}" if "police" in claimant.name.lower() else "Military Forces of {country}"
        return Actor(fill_template(template, code), kind, code)
    return Actor(claimant.name, claimant.kind, code)


def _acts_in_violence(cluster: Cluster, perpetrator) -> bool:
    """The side is told acting (``told_acting``) in a sentence that tells violence."""
    return any(
        m.perpetrator is perpetrator and m.classification.event_type in VIOLENT and told_acting(perpetrator.token)
        for m in cluster.mentions
    )


def _killed(cluster: Cluster, scenes: dict | None) -> int | None:
    """The event's death figure from its sentences' figures, in the order told. ACLED codes the lowest
    of competing reports of the same deaths ("officials said 3, residents 7"), but a total the report
    states is the event's figure ("clashed ..., resulting in 10 fatalities. Some sources said 12
    rebels were killed": 10; "killing one. 11 prisoners were also killed (total of 12 fatalities)":
    12), and victims told as further ones add to those before ("Local authorities reported that 4
    militants were also killed", "another three men were found dead"). A sentence that only states
    the toll ("2 fatalities.") raises the figure to itself but does not lower it. A running count by an
    ordinal ("a third soldier died") raises the figure to itself."""
    figure, totals, raising, seen = None, [], [], set()
    figure_vague = False  # the figure is a vague word's ("dozens"), which a stated number replaces
    sides: set[str] = set()  # the sides whose dead the figure counts ("state", "non-state", "unarmed")
    attackers = 0  # the attackers' own dead, told in a sentence of their own ("The gunman was shot dead by police")
    for mention in sorted(cluster.mentions, key=lambda m: m.sentence):
        if mention.killed is None or mention.sentence in seen:
            continue
        seen.add(mention.sentence)  # one figure per sentence, however many places it names
        scene = scenes.get(mention.sentence) if scenes else None
        kind = _figure_kind(mention, scene) if scene is not None else "report"
        killed = mention.killed
        if kind == "report" and not mention.running_total and _attackers_told(mention, scene):
            # "A gunman opened fire on shoppers, killing 12 people. The gunman was shot dead by police": the
            # attackers told before are not among the dead they caused; ACLED counts every death of the
            # event, the attackers' too (whichever is told first)
            attackers = max(attackers, killed)
            continue
        lowest = _lowest_of_two_sources(mention, scene) if scene is not None else None
        if lowest is not None:
            killed, kind = lowest, "report"  # two sources' figures in the sentence: the lower, as a count
        side = _dead_side(mention, scene)
        both = _both_sides_dead(mention, scene)
        if both is not None and (kind == "report" or kind == "part" and figure is None) and not mention.running_total:
            # the sentence counts each side's dead: their sum is its figure, of no one side (how one side's
            # died, "twelve policemen died on the spot and one rebel was killed", tells no part of a
            # figure when none was told before)
            kind, side = "both", None
        if kind == "part" and figure is not None:
            continue  # "one of them died on the spot", "the other two in hospital": some of the dead told
        if _unverified(mention, scene) or _unverified_next(mention, scene):
            # "the RSF said they had killed more than 100 soldiers, a figure that could not be verified":
            # ACLED codes such a claim 0 when no other source counts the dead
            continue
        if mention.running_total and not (mention.refine_only and kind == "claim"):
            raising.append(killed)  # "a third soldier died", "2 fatalities."
        elif kind == "total":
            totals.append(killed)
        elif kind == "further" and figure is not None:
            figure += killed
        elif kind == "both":
            figure = both if figure is None else min(figure, both)
        elif kind == "report" and figure is not None and side is not None and sides and side not in sides and not (
            "unarmed" in sides | {side} and scene is not None and _said_by_someone(killed, scene)
        ):
            # (unarmed people's dead told by a speaker after an armed side's, or the reverse, may be the same
            # dead named otherwise: "killed 22 separatists ... The villagers contest that figure, saying 13
            # civilians were killed": competing figures)
            # "Two soldiers were killed when militants ambushed their patrol. Three militants died in the
            # return fire": the dead of the other side of the fight, not a competing count of the same
            # dead (ACLED's fatalities are every death of the event, both sides')
            figure += killed
            sides.add(side)
        else:  # a count, or a toll someone reports ("VoJ reported 6 fatalities"): competing figures
            if figure is None and side is not None:
                sides.add(side)  # (a first count of people of no side covers every side's dead)
            vague = _vague_count(mention, scene)
            if figure is None or figure_vague and not vague:
                figure, figure_vague = killed, vague  # "dozens were killed ... at least 50 people"
            elif not (vague and not figure_vague):
                figure = min(figure, killed)
    if totals:
        figure = totals[-1]
    if figure is not None:
        figure += cluster.further_apart
    if cluster.restated_toll is not None and figure is not None:
        # "The death toll later rose to 14": the report's latest figure; another source's toll ("Hospital
        # sources put the toll at 19") competes with the first count, and ACLED codes the lower
        figure = cluster.restated_toll if cluster.toll_updated else min(figure, cluster.restated_toll)
    if figure is None and cluster.counted_apart is not None:
        figure = cluster.counted_apart  # "... attacked a bus near Mandera. Eleven passengers were confirmed dead."
    if attackers and not totals:
        # (a total the report states counts them already: "a total of 40 people died, the gunman among them";
        # so does a bare toll after them, below: "... The perpetrator died in the clash. 2 fatalities")
        figure = attackers if figure is None else figure + attackers
    if raising and (figure is None or max(raising) > figure):
        figure = max(raising)  # "two soldiers were killed ... a third soldier died": three
    return figure


def _attackers_told(mention: EventMention, scene) -> bool:
    """Is the sentence's one death count the attackers told before, by a noun for the one who carried out an
    attack with a definite determiner ("the gunman", "the four attackers", "both bombers")?"""
    if scene is None:
        return False
    counts = [c for c in scene.casualties if c.kind == "killed" and c.count]
    if len(counts) == 1 and counts[0].count == mention.killed == 1 and counts[0].victims is None:
        return _attacker_pronoun(scene.sent, counts[0])
    if len(counts) != 1 or counts[0].count != mention.killed or counts[0].victims not in attacker_nouns():
        return False
    noun = next((t for t in scene.sent if counts[0].start <= t.idx < counts[0].end and t.lemma_.lower() == counts[0].victims), None)
    return noun is not None and any(c.dep_ in ("det", "predet") and c.lower_ in _TOLD_BEFORE_DETERMINERS for c in noun.children)


def _attacker_pronoun(sent, count) -> bool:
    """Is the one dead "he" or "she", the subject of its sentence, after a sentence whose subject is one
    attacker ("A gunman opened fire on shoppers, killing 12 people. He was later shot dead by police")?
    The attacker's death, told by a pronoun, adds to his victims' (not a lower count of the same dead)."""
    pronoun = next((t for t in sent if count.start <= t.idx < count.end), None)
    if pronoun is None or pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ == "NN" and subject.lemma_.lower() in attacker_nouns()


# Determiners by which a noun names people told before ("the gunman", "both attackers", "all three bombers")
_TOLD_BEFORE_DETERMINERS = frozenset({"the", "both", "all", "these", "those"})


# Verbs by which a source gives its own death figure as a toll ("a local official put the toll at 15"), not
# an update of the report's count ("raised the toll to 15", "revised", "brought": quantities' other
# toll-setting verbs)
_SOURCE_TOLL_VERBS = frozenset("put place set estimate".split())


def _lowest_of_two_sources(mention: EventMention, scene) -> int | None:
    """"Police said eleven people were killed, while a local official put the toll at 15": a sentence
    that counts the dead and gives another source's toll for them holds two sources' figures for the
    same dead; ACLED codes the lower (the sentence's figure is otherwise its highest count). None unless
    the sentence's two death figures are such a count and such a toll."""
    counts = [c for c in scene.casualties if c.kind == "killed" and c.count]
    if len(counts) != 2 or mention.killed != max(c.count for c in counts):
        return None
    text = scene.sent.text.lower()
    tolls = [c for c in counts if text[c.start - scene.sent.start_char:].startswith("toll")]
    if len(tolls) != 1:
        return _two_speakers_lowest(counts, scene)
    token = token_at(scene.sent, tolls[0].start)
    verb = token.head if token is not None else None
    if verb is None or token.dep_ != "dobj" or verb.lemma_.lower() not in _SOURCE_TOLL_VERBS or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return min(c.count for c in counts)


def _two_speakers_lowest(counts: list, scene) -> int | None:
    """"Army sources said 43 soldiers and police were killed, while the FARC claimed it had killed 60":
    two speakers' figures for the event's dead, each told by its own verb of saying with its own subject,
    are competing reports; ACLED codes the lower. Not when they count different people ("the army said 15
    militants were killed, while the group said it had killed 20 soldiers": each side's claim of the
    other's dead) or the same speaker tells both."""
    speakers = []
    for count in counts:
        token = token_at(scene.sent, count.start)
        verb = next((t for t in (token.ancestors if token is not None else []) if load_reporting_verbs().get(t.lemma_.lower()) is not None), None)
        subject = _child_of(verb, "nsubj") if verb is not None else None
        if subject is None:
            return None
        speakers.append((verb.i, subject.lower_))
    if speakers[0][0] == speakers[1][0] or speakers[0][1] == speakers[1][1]:
        return None
    victims = {c.victims for c in counts if c.victims and c.victims not in _UNSPECIFIC_VICTIMS}
    if len(victims) > 1:
        return None
    return min(c.count for c in counts)


def _said_by_someone(killed: int, scene) -> bool:
    """Is the scene's death count of ``killed`` told under a verb of saying ("saying 13 civilians were
    killed", "residents said 13 died")?"""
    count = next((c for c in scene.casualties if c.kind == "killed" and c.count == killed), None)
    token = token_at(scene.sent, count.start) if count is not None else None
    return token is not None and any(load_reporting_verbs().get(t.lemma_.lower()) is not None for t in token.ancestors)


def _child_of(token, dep: str):
    return next((c for c in token.children if c.dep_ == dep), None)


def _unverified(mention: EventMention, scene=None) -> bool:
    """Does the sentence of the mention's death figure say the figure could not be verified (figure_words.tsv's
    "unverified"), of the figure itself and not of something else it names ("the identity of the attackers
    could not be confirmed": the count stands)?"""
    text = mention.evidence.text.lower()
    if not any(phrase in text for phrase in figure_words()["unverified"]):
        return False
    return scene is None or _checks_the_figure(scene.sent)


def _checks_the_figure(sent) -> bool:
    """Is the sentence's verb of checking ("verified", "confirm") told of the figure or the claim
    (figure_words.tsv's "checked" words: "a figure that could not be verified", "could not verify the
    claims"), or of nothing it names? Not when its subject or object is something else."""
    checked = figure_words()["checked"]
    for token in sent:
        if token.lemma_.lower() not in ("verify", "confirm"):
            continue
        named = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
        return not named or any(c.lemma_.lower() in checked or c.lower_ in checked for c in named)
    return True


def _unverified_next(mention: EventMention, scene) -> bool:
    """"Al Shabaab said in a statement it had killed 20 soldiers. Reuters could not independently verify
    the claims.": a figure someone claims (a saying verb with its subject in the figure's sentence),
    which the very next sentence says could not be checked, and which that sentence does not count
    anew (no number of its own)."""
    if scene is None:
        return False
    sent = scene.sent
    if sent.end >= len(sent.doc):
        return False
    following = sent.doc[sent.end].sent
    text = following.text.lower()
    if not any(phrase in text for phrase in figure_words()["unverified"]):
        return False
    if any(t.like_num or t.pos_ == "NUM" for t in following):
        return False
    verbs = load_reporting_verbs()
    return any(verbs.get(t.lemma_.lower()) is not None and any(c.dep_ == "nsubj" for c in t.children) for t in sent)


def _dead_side(mention: EventMention, scene) -> str | None:
    """Which armed side the mention's dead are of, by the noun counted: "state" (soldiers, policemen,
    troops), "non-state" (militants, rebels, gunmen, terrorists), else None (civilians, people, a noun
    the actor table does not name as armed, several counts in the sentence)."""
    if scene is None:
        return None
    counts = [c for c in scene.casualties if c.kind == "killed" and c.count]
    if len(counts) != 1 or counts[0].count != mention.killed or not counts[0].victims:
        return None
    return _side_of(counts[0], scene)


def _side_of(count, scene) -> str | None:
    """"state" or "non-state" for a count of dead armed people, "unarmed" for one of people named as
    unarmed (place_tolls.tsv: hostages, villagers, passengers), else None."""
    if not count.victims:
        return None
    if count.victims in _place_toll_words()["unarmed"]:
        return "unarmed"
    term = _armed_terms().get(count.victims)
    if term is None:
        # "two army men", "three police officers": a person noun named by the force it serves in
        noun = next((t for t in scene.sent if count.start <= t.idx < count.end and t.lemma_.lower() == count.victims), None)
        words = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i] if noun is not None else []
        term = next((_armed_terms()[w] for w in words if w in _armed_terms()), None)
    if term is None:
        return None
    return "state" if term in ("state_forces", "external_forces") else "non-state"


@lru_cache(maxsize=1)
def _armed_terms() -> dict[str, str]:
    """One-word armed actor nouns of actors.tsv (their lemma) -> their kind."""
    from conflictscope.knowledge import load_actor_terms

    return {words[0]: term.kind for words, term in load_actor_terms().items() if term.armed and len(words) == 1}


def _both_sides_dead(mention: EventMention, scene) -> int | None:
    """"Troops killed seven militants in a gunfight in Kulgam, while two soldiers died in the exchange":
    a sentence counting the dead of each side of a fight apart gives their sum (ACLED's fatalities are
    every death of the event). Not when two speakers give the counts ("the army said 15 militants were
    killed, while the group claimed it had killed 20 soldiers": claims against each other)."""
    if scene is None or len(scene.attributions) > 1:
        return None
    counts = [c for c in scene.casualties if c.kind == "killed" and c.count]
    if len(counts) != 2 or mention.killed not in (counts[0].count, counts[1].count):
        return None
    sides = [None if (side := _side_of(c, scene)) == "unarmed" else side for c in counts]  # (unarmed people: of no side here)
    if None in sides:
        # "Five soldiers died in the blast and three civilians were killed by the gunfire that followed":
        # an armed side's dead and unarmed people's, counted apart in clauses of their own, are every death
        # of the event too (not "12 people died, including five soldiers": some of them)
        unarmed = counts[sides.index(None)]
        first, second = sorted(counts, key=lambda c: c.start)
        between = scene.sent.text[first.end - scene.sent.start_char : second.start - scene.sent.start_char].lower()
        if (
            sides.count(None) != 1 or not unarmed.victims or unarmed.victims in _UNSPECIFIC_VICTIMS
            or not re.search(r"\b(?:and|while|whereas)\b", between) or re.search(r"\b(?:including|among|of whom|of them)\b|[:(]", between)
        ):
            return None
        return counts[0].count + counts[1].count
    if len(set(sides)) != 2:
        return None
    return counts[0].count + counts[1].count


# Victim nouns that may count anyone, armed or not ("12 people were killed and five soldiers died" may
# count the soldiers twice)
_UNSPECIFIC_VICTIMS = frozenset({"people", "person", "other", "others", "total", "victim", "body", "dead", "casualty", "individual"})


def _vague_count(mention: EventMention, scene) -> bool:
    """Whether the mention's death figure is a vague word's ("dozens", "scores"), not a stated number."""
    if scene is None:
        return False
    return any(c.kind == "killed" and c.count == mention.killed and not c.exact for c in scene.casualties)


def _figure_kind(mention: EventMention, scene) -> str:
    """"total" (a toll the report states), "further" (victims told as others than those before),
    "claim" (a toll someone reports: a competing figure), "part" (some of the dead told before: "one
    of them", "the other two", "two died on the spot") or "report" (a count of victims)."""
    return _count_kind(mention.killed, scene)


def _count_kind(killed: int | None, scene) -> str:
    """``_figure_kind`` of the scene's death count of ``killed``."""
    sent = scene.sent
    count = next((c for c in scene.casualties if c.kind == "killed" and c.count == killed), None)
    token = token_at(sent, count.start) if count is not None else None
    if token is None:
        return "report"
    words = figure_words()
    noun = token.head if token.dep_ in ("nummod", "quantmod", "det", "amod") else token
    verb = next((t for t in [noun, *noun.ancestors][:5] if t.pos_ in ("VERB", "AUX")), None)
    # "3 fatalities", "a total of 12" (not "the city's victim total to 14 dead": a count of the year)
    stated = noun.lemma_.lower() in words["total"] or (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in words["total"]
    )
    if not stated and sum(c.kind == "killed" for c in scene.casualties) == 1:
        # "Four people died in all", "eleven were killed altogether": the sentence's one count is the whole toll
        lowered = sent.text.lower()
        stated = any(re.search(r"\b" + re.escape(phrase) + r"\b", lowered) for phrase in words["whole"])
    if stated:
        # "VoJ reported 3 fatalities", "HPG confirmed 4 PKK fatalities": a party's figure, not the note's
        said = verb is not None and load_reporting_verbs().get(verb.lemma_.lower()) is not None and any(
            c.dep_ == "nsubj" for c in verb.children
        )
        return "claim" if said else "total"
    if verb is not None and any(c.dep_ == "advmod" and c.lower_ in words["adding"] for c in verb.children):
        return "further"  # "4 militants were also killed"
    if verb is not None and verb.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "among" for c in verb.children):
        return "part"  # "Among the dead were three children", "a teacher was among those killed": some of the dead
    near = [*token.children, *noun.children, noun, token]
    whole = next((g for t in (token, noun) for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if whole is not None and whole.i > token.i:
        if whole.lemma_.lower() in words["hurt"] or whole.lower_ in words["hurt"] or any(
            c.dep_ == "amod" and c.lower_ in words["hurt"] for c in whole.children
        ):
            return "further"  # "two of the wounded (soldiers) later died": deaths beyond those counted
        if (whole.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in whole.children)) and (
            whole.lower_ not in _incident_nouns()
        ):
            # "one of them", "two of the dead were children": some of the dead told (not "two more victims of
            # the blast": the incident whose victims they are)
            return "part"
    if any(c.dep_ == "amod" and c.lower_ == "other" for c in near) and any(c.dep_ == "det" and c.lower_ == "the" for c in near):
        return "part"  # "the other two died in hospital": the rest of the dead told
    if verb is not None and any(
        c.lower_ in words["detail"] or c.dep_ == "prep" and any(g.lower_ in words["detail"] for g in c.children) for c in verb.children
    ):
        return "part"  # "two died on the spot", "one died instantly": how some of the dead died
    if any(t.lower_ in words["further"] and (t.lower_ != "more" or t.i > token.i) for t in near):
        return "further"  # "another three men", "two more died" (not "more than 20"), "8 others"
    owned = token.head if token.dep_ == "poss" else noun  # (a count told from its possessive: "His wife and son")
    if owned.lemma_.lower() not in BURIED_DEAD and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in owned.children):
        # "Gunmen killed a village head in Goronyo. His wife and son were shot dead as they tried to flee":
        # someone's kin or companions are others than the one whose they are (not "his body was found")
        return "further"
    return "report"


def _geo_precision(feature: str, near: bool) -> int:
    """ACLED: 1 a named town, 2 near a town (coded to it), 3 a larger region."""
    if feature != "city":
        return 3
    return 2 if near else 1


def _event_id(document_key: str, event_type: str, location: Location | None, when: date | None, first: int) -> str:
    key = f"{document_key}|{event_type}|{location.geonameid if location else None}|{location.name if location else None}|{when}|{first}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _claim(attribution: Attribution, stance: str, evidence: Evidence, killed: int | None, injured: int | None) -> Claim:
    speaker: Speaker = attribution.speaker
    return Claim(speaker=speaker, stance=stance, evidence=evidence, via=attribution.via, fatalities=killed, injuries=injured)


def _disputed(claims: list[Claim]) -> bool:
    stances = {c.stance for c in claims}
    if "denies" in stances and stances - {"denies"}:
        return True
    figures = {c.fatalities for c in claims if c.fatalities is not None}
    return len(figures) > 1


def to_event(
    cluster: Cluster,
    *,
    document_key: str,
    document_id: str,
    story_date: date | None,
    published: date | None,
    default_country: str | None = None,
    scenes: dict | None = None,
) -> Event:
    taxonomy = load_taxonomy()
    # Sentences that name the place decide the event type; a continuation sentence may only refine
    # the sub-type within that type ("police fired tear gas" after "demonstrators marched").
    # (a sentence that only states the toll, "Fatalities: 7.", guesses a kind from its words alone: it does
    # not decide the type of what the other sentences tell)
    told = [m for m in cluster.mentions if not (m.refine_only and not m.classification.specific)] or cluster.mentions
    placed = [m.classification for m in told if not m.continuation] or [m.classification for m in told]
    primary = min(placed, key=lambda c: taxonomy.rank(c.sub_event_type)).event_type
    if primary == "Strategic developments" and all(c.sub_event_type in NO_DEATHS for c in placed):
        # "Militants set fire to a school in Gwoza on Friday. Three guards were killed in the attack",
        # "police arrested a man in Kabafukuzi ... he died of the torture in their custody": the deaths
        # told next are of the same incident, and ACLED codes a development that kills as the violence
        # (the higher type of the context), not as property destruction or arrests
        harmed = [m.classification for m in cluster.mentions if m.continuation and m.killed and m.classification.event_type in VIOLENT]
        if harmed:
            placed = placed + harmed
            primary = min(harmed, key=lambda c: taxonomy.rank(c.sub_event_type)).event_type
    else:
        harmed = []
    if primary in ("Explosions/Remote violence", "Violence against civilians"):
        # "a grenade was thrown at a checkpoint. Soldiers fired back", "gunmen attacked the village ...
        # When police intervened, the men opened fire at them": fire exchanged on the ground around a
        # remote attack or an attack on people makes one battle (ACLED: the higher type of the context).
        # A clash is told by its words; around an attack on people, by someone named fighting or firing at
        # an armed side (not by a count of guards or soldiers hurt: "1 security guard was killed").
        around_attack = primary == "Violence against civilians"
        fought = [
            m.classification for m in cluster.mentions
            if _tells_clash(m, around_attack) and not (around_attack and _forces_own_account(cluster, m, scenes))
        ]
        if fought:
            placed = placed + fought
            primary = "Battles"
    else:
        fought = []
    family = DEMONSTRATIONS if primary in DEMONSTRATIONS else {primary}
    usable = [m.classification for m in told if not m.continuation or m.classification.event_type in family]
    if primary in VIOLENT and any(m.killed or m.injured for m in cluster.mentions if m.classification.event_type in VIOLENT):
        # "Two men were killed by Israeli fire near Jenin. Israeli forces also arrested five people in
        # Jenin": violence that killed or hurt people is the event, and the arrests, looting or defused
        # device told beside it at its place and day are folded into it (ABSORBED_BY_VIOLENCE), even when
        # only their words are specific
        usable = [c for c in usable if c.event_type != "Strategic developments"] or usable
    specific = [c for c in usable if c.specific]
    kinds = specific or usable
    best = min(kinds, key=lambda c: taxonomy.rank(c.sub_event_type))
    if fought and best.event_type != "Battles":
        best = fought[0]  # the clash raised the type, even when only fire at an armed side told it
    if harmed and best.event_type not in VIOLENT:
        best = min(harmed, key=lambda c: taxonomy.rank(c.sub_event_type))  # the deaths raised the arson's type
    if best.event_type == "Violence against civilians" and (riot := _crowd_did_it(cluster)) is not None:
        best = riot
    subs = {m.classification.sub_event_type for m in cluster.mentions if m.classification.specific}
    types = {m.classification.event_type for m in cluster.mentions}
    if best.event_type in DEMONSTRATIONS or (best.sub_event_type in CROWD_ACTS and "Protests" in types):
        if (best.sub_event_type == "Mob violence" or subs & CROWD_ACTS) and "Protests" in types:
            # a crowd's violence told beside its demonstration: a violent demonstration
            best = Classification("Riots", "Violent demonstration", True)
        elif best.sub_event_type == "Peaceful protest" and any(
            m.participants_detained for m in cluster.mentions if m.classification.sub_event_type == "Arrests"
        ):
            best = Classification("Protests", "Protest with intervention", True)
        elif best.sub_event_type == "Peaceful protest" and (forces := _forces_acting(cluster)):
            # "Police intervened and shot into the air" told after the demonstration: the forces
            # intervened; people hurt by them make it excessive force
            hurt = any(m.killed or m.injured for m in forces)
            best = Classification("Protests", "Excessive force against protesters" if hurt else "Protest with intervention", True)
    place_mention = cluster.place
    location = None
    if place_mention is not None:
        near = all(m.near for m in cluster.mentions if m.place is not None)
        place = place_mention.place
        if place.feature == "admin1":
            # an event known only to its region: ACLED codes it at the provincial capital, which we
            # know when the region bears its name ("in Farah province": Farah city); else where the
            # region's people live, not the middle of its area
            gazetteer = default_gazetteer()
            place = gazetteer.named_seat(place) or gazetteer.settled_centre(place)
        location = Location.from_place(place, _geo_precision(place_mention.place.feature, near))
        # The report's spelling when it is the GeoNames name without diacritics ("Jalalabad" for
        # "Jalālābād"); an alternate name (Stepanakert for Khankendi) keeps the GeoNames name, and so
        # does a name in capitals (a dateline's "BAGHDAD").
        if normalize_name(place_mention.text) == normalize_name(location.name) and not place_mention.text.isupper():
            location.name = place_mention.text
    # Without a place, the country the report is about names the actors ("Civilians (Syria)").
    country = location.country_code if location else default_country

    dated = cluster.dated
    if dated is not None:
        when, precision = dated.value, dated.precision
    elif story_date is not None:
        when, precision = story_date, 1
    elif published is not None:
        when, precision = published, 2  # reported without a date: around publication
    else:
        when, precision = None, 1

    doers = cluster.mentions
    if best.sub_event_type in PLANTED_BOMBS:
        # "A suicide bomber blew herself up at a mosque in Konduga ... troops cordoned off Konduga and
        # arrested two suspects": those who made the arrests folded into a bombing did not set it off
        # (but "police raided the hideout ... a shoot-out broke out ... police seized a pistol": the
        # forces who seized the arms fought)
        doers = [m for m in cluster.mentions if m.classification.event_type != "Strategic developments"]
    # a crowd read in a mention of another type is no author of an attack on civilians or of an explosion
    # (a crowd's violence is a riot): "a man was shot dead ... the perpetrators were two men who later
    # clashed with the police" is an attack by armed men, not by the rioters of the later scuffle
    perpetrator = next(
        (
            m.perpetrator for m in doers
            if m.perpetrator and not (
                m.perpetrator.kind in ("protesters", "rioters") and best.event_type in NO_CROWD_AUTHOR
                and m.classification.event_type != best.event_type
            )
        ),
        None,
    )
    target = next((m.target for m in cluster.mentions if m.target and (not perpetrator or m.target.token.i != perpetrator.token.i)), None)
    actor1: Actor | None = perpetrator.resolve(country, placed=location is not None) if perpetrator else None
    actor2: Actor | None = target.resolve(country, placed=location is not None) if target else None
    civilian = any(m.civilian_victims for m in cluster.mentions)
    claimant = _claimant(cluster) if best.event_type in VIOLENT else None
    # (the claimant as an actor, in the report's country when the table gives the group none)
    claimed = _claimed_actor(claimant, country) if claimant is not None else None
    # (unnamed men of a kind of armed group, "insurgents", "Islamist militants": ACLED's generic name for them)
    generic = perpetrator is not None and "{country}" in perpetrator.template and perpetrator.kind in ("rebel_group", "political_militia")
    if claimed is not None and (actor1 is None or actor1.name.startswith("Unidentified") or actor1.kind == "civilians" or generic and claimed.kind in BLAMED_KINDS):
        # A group that claims the attack is its perpetrator, as ACLED codes it; so is the one who carried
        # it out for it, told only as a person ("the driver detonated the car ... the ELN claimed the
        # attack": the group's man, not a civilian side), or as unnamed men of an armed group ("rebels
        # attacked the camp ... the X Front claimed it": the X Front's men)
        actor1 = claimed
    elif claimed is not None and actor1.kind != claimed.kind and not _acts_in_violence(cluster, perpetrator):
        # "a bomb went off near an army patrol, wounding four soldiers; ISIL claimed responsibility": the
        # side named only by what was hit is the attacked one, the claimant the attacker (as ACLED and GTD
        # code it); forces the text tells acting in the violence ("soldiers fired back") stay actor1, not
        # those who acted only after it ("police cordoned off the area and arrested suspects")
        actor2 = actor2 or actor1
        actor1 = claimed
    blamed = next((a.speaker for a, stance, _ in cluster.floating if stance == "blamed"), None) if best.event_type in VIOLENT else None
    if claimed is None and blamed is not None and (actor1 is None or actor1.name.startswith("Unidentified") or actor1.kind == "civilians" or generic):
        # "A car bomb tore through the town ... The Real IRA was blamed by security sources": with nobody
        # claiming the act and no side named doing it, the named group it is laid on is its attacker (ACLED
        # codes the suspected group)
        actor1 = _claimed_actor(blamed, country)
    if (best.event_type in VIOLENT or best.sub_event_type == "Looting/property destruction") and actor1 is None:
        # violence or destruction by nobody named ("a vehicle was set on fire"): ACLED's unidentified group
        actor1 = _generic_actor("Unidentified Armed Group ({country})", "political_militia", country)
    if best.sub_event_type == "Arrests" and actor1 is None:
        actor1 = _generic_actor("Police Forces of {country}", "state_forces", country)  # "five men were arrested"
    if best.event_type == "Protests":
        # Protesters are actor1; whoever intervened (police, army) is actor2.
        forces = [a for m in cluster.mentions for a in (m.perpetrator, m.target) if a and a.kind == "state_forces"]
        actor2 = forces[0].resolve(country, placed=location is not None) if forces and best.sub_event_type != "Peaceful protest" else None
        actor1 = _generic_actor("Protesters ({country})", "protesters", country)
    if best.event_type == "Riots" and actor1 is not None and actor1.kind in ("state_forces", "external_forces"):
        # "police fired tear gas at stone-throwing workers": in a riot the crowd is actor1, the forces actor2
        actor2 = actor2 if actor2 is not None and actor2.kind not in CROWD_KINDS else actor1
        actor1 = None
    if best.event_type == "Riots" and actor1 is not None and actor1.name.startswith("Unidentified Armed Group"):
        actor1 = None  # "youths attacked a police station to demonstrate": no armed group, the crowd
    if best.event_type == "Riots" and (actor1 is None or actor1.kind in CROWD_KINDS):
        # ACLED: the crowd in a riot is "Rioters", whoever its members are
        actor1 = _generic_actor("Rioters ({country})", "rioters", country)
    if civilian and actor2 is None and best.event_type in VIOLENT:
        actor2 = _generic_actor("Civilians ({country})", "civilians", country)
    if best.sub_event_type == "Agreement":
        # "Burundi's government and 13 parties signed a peace agreement in Arusha": a state party to an
        # accord signed abroad stays its state's side (ACLED's external forces are forces acting abroad)
        actor1, actor2 = (_own_state(a) for a in (actor1, actor2))
    if actor1 and actor2 and actor1 == actor2:
        actor2 = None
    if best.event_type == "Strategic developments" and actor1 is None and actor2 is not None and actor2.kind == "civilians":
        # "fighting forced 480 villagers to flee", "260 people were displaced": with nobody told acting,
        # those it befell are the event's one side, and ACLED's actor1 is never empty
        actor1, actor2 = actor2, None
    if best.event_type == "Violence against civilians" and (actor2 is None or actor2.kind != "civilians"):
        actor2 = _generic_actor("Civilians ({country})", "civilians", country)

    killed = _killed(cluster, scenes)
    if killed and best.sub_event_type == "Abduction/forced disappearance" and (
        attack := next((m.classification for m in cluster.mentions if m.classification.sub_event_type == "Attack"), None)
    ) is not None:
        # "gunmen kidnapped three men; the victims were later killed": those taken were killed, and
        # ACLED's precedence puts the attack above the abduction (a guessed kind of killing included)
        best = attack
    if killed and best.sub_event_type in CALM_PROTESTS and not _forces_involved(cluster, actor1, actor2):
        # deaths told with a demonstration nobody met with force are its cause ("protested the killing
        # of a trader"): ACLED codes a protest where people are killed as Excessive force
        killed = 0
    if killed and best.sub_event_type in NO_DEATHS:
        # "police arrested three men over the killing of a journalist", "troops were deployed after
        # the attack that killed 12": the deaths are those of the violence the development is told
        # about, an event of its own (ACLED codes such developments without fatalities)
        killed = 0
    injured_values = [m.injured for m in cluster.mentions if m.injured is not None]
    evidence = _unique([m.evidence for m in cluster.mentions])
    claims: list[Claim] = []
    seen = set()
    for mention in cluster.mentions:
        for attribution, stance in mention.claims:
            key = (attribution.speaker.name, stance, mention.evidence.start)
            if key not in seen:
                seen.add(key)
                claims.append(_claim(attribution, stance, mention.evidence, mention.killed, mention.injured))
    for attribution, stance, ev in cluster.floating:
        if stance == "blamed":
            continue  # (a group blamed says nothing: no claim of the event)
        key = (attribution.speaker.name, stance, ev.start)
        if key not in seen:
            seen.add(key)
            claims.append(_claim(attribution, stance, ev, None, None))
    claims.sort(key=lambda c: c.evidence.start)
    historical = cluster.historical or bool(when and published and (published - when).days > 30)
    return Event(
        id=_event_id(document_key, best.event_type, location, when, evidence[0].start),
        event_type=best.event_type,
        sub_event_type=best.sub_event_type,
        date=when,
        time_precision=precision,
        location=location,
        actor1=actor1,
        actor2=actor2,
        fatalities=killed or 0,
        fatalities_stated=killed is not None,
        injuries=max(injured_values) if injured_values else None,
        civilian_targeting=civilian,
        claims=claims,
        disputed=_disputed(claims),
        historical=historical,
        evidence=evidence,
        notes=" ".join(e.text for e in evidence)[:500],
        document_id=document_id,
    )


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for item in sorted(evidence, key=lambda e: e.start):
        if item.start not in seen:
            seen.add(item.start)
            out.append(item)
    return out

