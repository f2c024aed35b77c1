"""The extraction pipeline for one document:

    clean -> analyze (spaCy) -> mentions (places, dates, casualties, actors, attributions)
          -> event mentions per sentence -> merge within the document -> events

Models and tables load once per process (``Extractor.default()``).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from conflictscope.clean.text import clean_text
from conflictscope.events.build import HISTORY_DAYS, EventMention, SentenceBuilder, SentenceFacts, sentence_evidence
from conflictscope.events.locate import Locator, Scene
from conflictscope.events.datelines import (
    dateline_town, form_town, heading_place, opening_dateline, sign_off, sign_off_place, with_dateline_town, without_dateline,
)
from conflictscope.events.merge import attach_floating, cluster_mentions, to_event
from conflictscope.events.when_told import tells_a_memory, tells_when
from conflictscope.geo.capitals import CapitalReader
from conflictscope.geo.gazetteer import Gazetteer, default_gazetteer, fold_name
from conflictscope.geo.resolve import find_places
from conflictscope.knowledge import read_rows
from conflictscope.knowledge.geo_data import load_demonyms
from conflictscope.mentions.actors import ActorReader
from conflictscope.mentions.attribution import AttributionReader
from conflictscope.mentions.datelines import Filing, is_incident_date, read_entry_dates, read_filing, read_form_place, without_form_labels
from conflictscope.mentions.dates import counts_from_today, find_dates, find_dates_at
from conflictscope.mentions.quantities import find_casualties
from conflictscope.mentions.sequence import date_before_death, find_later_dates
from conflictscope.geo.focus import FocusReader
from conflictscope.events.senses import link_following
from conflictscope.nlp.analyze import analyze, chunk_offsets, get_nlp, text_of
from conflictscope.nlp.relevance import Plan, Unit, plan
from conflictscope.types import DateMention, Document, Event, Place, PlaceMention

FEATURE_ORDER = {"country": 0, "region": 1, "admin1": 2, "city": 3}
# A capitalised word in a speaker's name counts as a place ("the Baku Defense Ministry") only when it
# names a country, a region or a sizeable town.
MIN_SPEAKER_TOWN = 100_000
# Three-letter codes that do name countries in news text.
SPOKEN_CODES = frozenset("US UK USA UAE DRC CAR".split())


class Extractor:
    """Turns documents into events. Build it once and reuse it: it holds the gazetteer and tables."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.demonyms = load_demonyms()
        self._country_of_place = lru_cache(maxsize=50_000)(self._place_country)
        self._country_of_name = lru_cache(maxsize=50_000)(self._name_country)
        self.capitals = CapitalReader(self.gazetteer, self.demonyms, self._country_of_name)
        self.focus_reader = FocusReader(gazetteer)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Extractor":
        return cls(default_gazetteer())

    # ---- name helpers shared by the readers
    def _name_country(self, name: str) -> str | None:
        if not name or not name[:1].isupper():
            return None
        if name.isupper() and len(name) <= 3 and name not in SPOKEN_CODES:
            return None  # "PRI" is a party and "IS" a group here, not Puerto Rico's or Iceland's codes
        return self.gazetteer.country_code(name)

    def _place_country(self, name: str) -> str | None:
        """The country of the most prominent place with this name: "Baku" -> AZ."""
        if not name or not name[:1].isupper():
            return None
        code = self.gazetteer.country_code(name)
        if code:
            return code
        candidates = self.gazetteer.candidates(name)
        if not candidates:
            return None
        best = max(candidates, key=lambda p: (FEATURE_ORDER.get(p.feature, 0) < 3, p.population))
        if best.feature == "city" and best.population < MIN_SPEAKER_TOWN:
            return None  # "Bernard" is a village somewhere, and a first name here
        return best.country_code

    def _is_region_name(self, name: str, country: str | None) -> bool:
        # a district counts ("Patikul, Sulu": Sulu is the province, not its capital Jolo)
        return any(
            p.feature in ("admin1", "region", "admin2") and p.country_code == country
            for p in self.gazetteer.candidates(name, admin2=True)
        )

    def _is_bureau_town(self, place: Place) -> bool:
        """Is the town its country's capital, or a hub where reporters file the country's stories from
        (wire_hubs.tsv)?"""
        capital = self.capitals.capital(place.country_code)
        if capital is not None and capital.geonameid == place.geonameid:
            return True
        return (fold_name(place.name), place.country_code) in _wire_hubs()

    # ---- the pipeline
    def places(self, document: Document) -> list[PlaceMention]:
        """Geoparsing on its own: every place name in the text, resolved, including well-known places
        named inside organisations' names ("the Toronto Police"), which events never take."""
        found = []
        for offset, parsed in analyze(clean_text(document.text)):
            for m in find_places(parsed, self.gazetteer, embedded=True):
                found.append(PlaceMention(document.text[m.start + offset : m.end + offset], m.start + offset, m.end + offset, m.place))
        return found

    def extract(self, document: Document, *, fast: bool = True) -> list[Event]:
        """Events of one document. With ``fast`` (the default), text without words the later stages
        can act on is not parsed; the events are the same either way (see nlp/relevance.py)."""
        return self.extract_many([document], fast=fast)[0]

    def extract_many(self, documents: list[Document], *, fast: bool = True) -> list[list[Event]]:
        """Events of each of several documents, the same as :meth:`extract` on each: the chosen units
        of all of them go through spaCy in one stream, whose larger batches parse faster than one
        document's few sentences. An error in one document raises (callers that must isolate bad
        documents retry them one at a time)."""
        texts = [clean_text(document.text) for document in documents]
        plans = [plan(text, fast=fast) for text in texts]
        # a dateline's or heading's day is the day the story counts "on Monday" back from, and a
        # dateline's date is no event's (mentions/datelines.py)
        filings = [read_filing(text, document.published) for text, document in zip(texts, documents)]
        splits = [self._dateline_split(text, filing) for text, filing in zip(texts, filings)]
        parsed = self._parse_units([(text, chosen.units, sorted(chosen.parse), split) for text, chosen, split in zip(texts, plans, splits)])
        return [
            self._extract_parsed(document, text, chosen, units_parsed, fast, filing)
            for document, text, chosen, units_parsed, filing in zip(documents, texts, plans, parsed, filings)
        ]

    def _extract_parsed(
        self, document: Document, text: str, chosen: Plan, parsed: dict[int, list[tuple[int, object]]], fast: bool, filing: Filing | None
    ) -> list[Event]:
        if not chosen.parse:
            return []
        pieces, relevant, wants_previous = chosen.units, chosen.relevant, chosen.wants_previous
        link_following(parsed, relevant)  # an explosion blamed on a mishap in a later paragraph (events/senses.py)
        focus = self.focus_reader.focus(without_form_labels(text))  # "Date:" names no town of Japan
        # the dateline's town when it is a town of the report's country (a local report), read from the
        # gazetteer and not from a parse, so that the fast path, which may not parse the dateline's
        # unit, reads it the same
        story_place = None
        if filing is not None and filing.town is not None:
            story_place = dateline_town(text, filing.town, 0, self.gazetteer, focus)
        form_place = None
        if fields := read_form_place(text):
            # an incident form's "Location: Kidira": where its events that name no place happened
            form_place = form_town(text, fields, self.gazetteer, focus)
        from_heading = form_place is None and (heading := _first_line(text)) is not None
        if from_heading:
            # a report's heading naming its place ("Incident summary - Bunia, Ituri"), read the same way
            form_place = heading_place(text, heading, self.gazetteer, focus)
        if form_place is None and (closing := sign_off(text)) is not None:
            # a letter's or a message's sign-off naming the writer's town ("Yours, etc, M. Byrne, Dublin
            # 1."), taken as a heading's place is
            from_heading, form_place = True, sign_off_place(text, closing, self.gazetteer, focus)
        published = filing.filed if filing is not None and filing.filed is not None else document.published
        dateline_end = filing.end if filing is not None and filing.town is not None else 0
        # a dated heading's day is the report's, not an event's, when its sentence tells one of its own
        # ("Security brief (8 March 2021): Protesters blocked the road yesterday (7 March)")
        heading_end = filing.end if filing is not None and filing.town is None else 0
        entries = read_entry_dates(text, published)  # a bulletin's entries, each headed by its date
        heads = {mention.start: mention for _, mention in entries}  # each entry's heading, by where it starts

        actors = ActorReader(self.demonyms, self._country_of_name)
        attributions = AttributionReader(actors, self._country_of_name, self._country_of_place)
        builder = SentenceBuilder(actors, self._is_region_name, self._is_bureau_town)
        mentions: list[EventMention] = []
        anchor: DateMention | None = None  # the date of the last event told, that "the next day" counts from
        entry_dated: list[EventMention] = []  # old events dated by their line's heading (a log's, a chronology's)
        last_built: list[EventMention] = []  # the mentions of the last sentence that told an event
        asked: list[EventMention] = []  # the mentions of a question just before ("Where did the attack happen?")
        undated_next: DateMention | None = None  # a day told before any event ("It happened on ...")
        scene_set = False  # undated_next is a day the text set before its first event (_scene_day)
        waited = 0  # sentences without an event or a day of their own since the scene's day was set
        scene_places: list = []  # the places of the question that set it
        narrated: set[int] = set()  # mentions dated so: a narration's, however old (see _events)
        headline = _headline(text, document.title)
        floating_raw = []
        scenes: list[Scene] = []  # the relevant units' sentences, for events that name no place
        named: dict[int, object] = {}
        ordinal = 0  # sentence position; a unit without relevant words counts as one
        for i in range(len(pieces)):
            if i not in parsed:
                ordinal += 1
                continue
            carry = named.get(i - 1) if wants_previous[i] else None
            attributions.start_paragraph(carry)
            for offset, doc in parsed[i]:
                doc_text = text_of(doc)  # (spaCy joins it from every token each time it is asked for)
                # a long paragraph is parsed in pieces: the words of it before this one (the year its story is set in)
                earlier = text[text.rfind("\n", 0, offset) + 1 : offset]
                places = self.capitals.find(doc_text, find_places(doc, self.gazetteer, focus=focus, text=doc_text), focus)
                if filing is not None and filing.town is not None and offset <= filing.town[0] < offset + len(doc_text):
                    places = with_dateline_town(places, text, filing.town, offset, self.gazetteer, focus)
                previous: list = []  # places of the sentence before in this piece, if it told no event
                dateline = None  # the dateline, parsed as a sentence of its own (_dateline_split)
                for sent in doc.sents:
                    # (a Span's text and offsets are worked out from its tokens each time they are asked for)
                    start_char, end_char = sent.start_char, sent.end_char
                    sent_text = doc_text[start_char:end_char]
                    if not sent_text.strip():
                        continue
                    in_sent = [p for p in places if start_char <= p.start < end_char]
                    if offset + end_char <= dateline_end:
                        dateline = (sent, in_sent)  # read with the sentence it opens, as one
                        continue
                    opened, dateline = dateline, None
                    if opened is not None:
                        in_sent = opened[1] + in_sent
                    said = attributions.read(sent, in_sent)
                    if not relevant[i] and fast:
                        continue  # parsed only as context for the next unit's speakers
                    found_dates = find_dates(sent, published, earlier) if opened is None else find_dates(opened[0], published) + find_dates(sent, published)
                    # the date heading the sentence's bulletin entry, read once for its uses below
                    entry = _entry_date(entries, text, published, offset, offset + start_char, offset + end_char) if entries else []
                    reading = _entry_reading(entry[0], found_dates, heads, text, offset, published) if entry and found_dates and opened is None else None
                    if reading == "counts from":
                        # "[12 March 2019] Gunmen killed four near Mandera yesterday": the entry's day is
                        # the one its "yesterday" and "on Sunday" count back from, and the day it tells
                        recounted = {d.start: d for d in find_dates(sent, entry[0].value, earlier)}
                        found_dates = [
                            recounted.get(d.start, d) if counts_from_today(d) else d for d in found_dates if offset + d.start not in heads
                        ]
                    elif reading == "form":
                        # "Date of incident: 12 March 2019 / Description: ... killed four yesterday": the field
                        # is the incident's day; its text's "yesterday" was written later
                        found_dates = [d for d in found_dates if not counts_from_today(d)]
                    if found_dates and in_sent:
                        # a name inside a date is no place ("Mon 14 Nov:" heading a log's line)
                        in_sent = [p for p in in_sent if not any(d.start <= p.start and p.end <= d.end for d in found_dates)]
                    dates = _entry_years(without_dateline(found_dates, offset, max(dateline_end, heading_end)), heads, offset)
                    if (lagged := date_before_death(sent_text, start_char, dates, entry[0].value if entry else published)) is not None:
                        dates = lagged  # "died on Monday, two days after a mob beat him": the beating's day
                    dates = dates or entry
                    if not dates and in_sent:
                        # "The next day, troops clashed with them near Kachia": a day of its own for an
                        # event told at a place; a sentence that names none goes on with the event before,
                        # which ACLED dates to its start ("kidnapped a man. The next day his body was found")
                        dates = find_later_dates(sent_text, start_char, anchor)
                    facts = SentenceFacts(
                        sent=sent,
                        index=ordinal,
                        offset=offset,
                        places=in_sent,
                        dates=dates,
                        # (a table's row reads its figures under the header lines above its own piece)
                        casualties=find_casualties(sent, text[max(0, offset - 4000) : offset] if "|" in sent_text else ""),
                        attributions=said,
                        published=published,
                        previous_places=previous,
                        dateline=None if opened is None else opening_dateline(opened[0], opened[1]),
                    )
                    built = builder.build(facts, floating_raw)
                    if entry and built:
                        entry_dated += [m for m in built if m.historical and m.date and m.date.value == entry[0].value]
                    if built and undated_next is not None:
                        _date_undated(built, undated_next)
                        if scene_set:
                            narrated.update(id(m) for m in built if m.date is undated_next)
                            for mention in built:
                                if mention.place is None and scene_places:
                                    # the scene's place too ("What happened in Bujumbura yesterday?")
                                    mention.place = scene_places[0]
                    if relevant[i]:
                        # (only a sentence the fast path reads too ends the wait: the full parse reads
                        # the units between, and both paths must date alike). A scene's day waits on
                        # through a few sentences that tell no event and no day of their own ("It was 23
                        # June 1985. The soldiers came at noon. They rounded up the men and shot them.")
                        if built or dates or not scene_set or waited >= SCENE_WAIT:
                            undated_next, scene_set, waited = None, False, 0
                        else:
                            waited += 1
                    if not built and dates and relevant[i] and tells_when(sent):
                        # "The incident occurred on Thursday night.": the day of the event told just
                        # before, or of the next one when none is told yet (read only in a unit the
                        # fast path parses, so that both paths read it the same)
                        if last_built:
                            _date_undated(last_built, dates[0])
                        else:
                            undated_next = dates[0]
                    elif not built and asked and relevant[i] and (day := _scene_day(dates)) is not None:
                        # "Where did the attack happen? At a police centre in Zliten on Thursday morning,
                        # as recruits gathered.": the answer's day is the asked event's
                        _date_undated(asked, day)
                    elif (
                        not built and relevant[i] and (sent.root.pos_ in ("VERB", "AUX") or sent_text.rstrip().endswith("?"))
                        and (day := _scene_day(dates)) is not None and not _told_below(mentions, headline)
                    ):
                        # a day set before the story's first event, in a clause that tells no event ("On
                        # Monday, December 5, I stood outside the station. Then the police fired ..."):
                        # the next sentence's, if it tells one; an interviewer's question sets its answer's
                        # ("Q: What happened in Bujumbura yesterday?"). (A title's day, "Situation report of
                        # 14 November.", sets no scene: no verb tells what happened that day.)
                        undated_next, scene_set, waited = day, True, 0
                        # and a question's place: its answer tells what happened there (the place of any
                        # scene-setting sentence was tried, session 18: held-out set 5 +2 notes placed, set 6
                        # one event type lost; left out)
                        scene_places = builder.event_places(facts) if in_sent and sent_text.rstrip().endswith("?") else []
                    last_built = built or last_built
                    if relevant[i]:
                        asked = built if built and sent_text.rstrip().endswith("?") else []  # a question's events
                    mentions.extend(built)
                    anchor = next((m.date for m in reversed(built) if m.date and m.date.value and not m.historical), anchor)
                    kept = builder.event_places(facts) if in_sent else []
                    bureau = builder.bureau_dateline(facts) if opened is not None or ordinal == 0 else []
                    if bureau:
                        # the capital's dateline is the bureau's, not where the story happened: no scene
                        # of the story is there, and events that name no place are not put there
                        in_sent, story_place = [m for m in in_sent if m not in bureau], None
                    if relevant[i]:
                        scenes.append(Scene(ordinal, offset + start_char, sent, in_sent, kept, said, facts.casualties))
                    # the first place named sets the scene ("In X, police raided the Y neighbourhood."):
                    # one event there, not one per town of the sentence
                    previous = [] if built else kept[:1]
                    if relevant[i]:
                        ordinal += 1
            if not relevant[i]:
                ordinal += 1
            named[i] = attributions.named_in_paragraph
        if headline is not None and not any(headline[0] <= after <= headline[1] for after, _ in entries):
            # a news story's headline retells its lead in fewer words ("Gunmen kill dozens in ..."): its
            # events are the body's, which give the figures, places and days; kept only when the body
            # tells no event of its own
            body = [m for m in mentions if not headline[0] <= m.evidence.start < headline[1]]
            if any(not m.historical for m in body):
                _from_headline(body, [m for m in mentions if headline[0] <= m.evidence.start < headline[1]])
                mentions = body
        if headline is not None and (day := _heading_day(text, headline, published)) is not None:
            _date_from_heading(mentions, day, published)
        if form_place is not None and (not from_heading or all(m.place is None for m in mentions)):
            # a heading's place only for a text that places no event itself: beside placed events, the
            # unplaced ones go on with them (merge.py), and at the heading's place they would split off
            for mention in mentions:
                if mention.place is None:
                    mention.place = form_place
        _earlier_days_below(mentions, text)
        country = focus[0] if focus else None
        locator = Locator(text, scenes, country, actors.group_at, self._is_region_name)
        log_start = _record_start(mentions, entry_dated, entries)
        if log_start is None and _told_as_record(text, mentions, published):
            _carry_past_days(mentions, text)
            for mention in mentions:
                mention.historical = False
            log_start = 0
        return self._events(document, mentions, floating_raw, country, locator, published, story_place, log_start, narrated)

    def _dateline_split(self, text: str, filing: Filing | None) -> int | None:
        """Where the story's words start after a wire dateline whose town the gazetteer knows ("JOS,
        Nigeria - Clashes ..."; not a note's label, "Defusal: On 19 June ..."). Glued to the first
        sentence, a dateline changes how the tagger and parser read it (the story's first noun is
        taken for a name, its verb hung on the town), so the two are parsed apart."""
        if filing is None or filing.town is None:
            return None
        return filing.end if self.gazetteer.candidates(text[filing.town[0] : filing.town[1]]) else None

    def _parse_units(self, jobs_by_text: list[tuple[str, list[Unit], list[int], int | None]]) -> list[dict[int, list[tuple[int, object]]]]:
        """Parse the chosen units of each text in one stream; a long unit in pieces below spaCy's
        limit. Per text: unit index -> [(offset in the text, parsed piece)]. A text's dateline ends its
        own sentence (``split``: where the story's words start, see _dateline_split)."""
        jobs = []
        parsed: list[dict[int, list[tuple[int, object]]]] = []
        for k, (text, pieces, indices, split) in enumerate(jobs_by_text):
            parsed.append({i: [] for i in indices})
            for i in indices:
                a, b = pieces[i].start, pieces[i].end
                for x, y in chunk_offsets(text[a:b]):
                    cut = split - (a + x) if split is not None and a + x < split < a + y else None
                    jobs.append((k, i, a + x, text[a + x : a + y], cut))
        if not jobs:
            return parsed  # nothing to parse: the model is not even loaded
        # a dateline is parsed apart from the story's words and the two joined again (see _dateline_split)
        texts = [part for _, _, _, piece, cut in jobs for part in ((piece,) if cut is None else (piece[:cut], piece[cut:]))]
        docs = iter(get_nlp().pipe(texts))
        for k, i, offset, piece, cut in jobs:
            doc = next(docs)
            if cut is not None:
                doc = _joined(piece, doc, next(docs))
            parsed[k][i].append((offset, doc))
        return parsed

    def _events(
        self,
        document: Document,
        mentions: list[EventMention],
        floating_raw,
        country: str | None,
        locator: Locator | None = None,
        published: date | None = None,
        story_place: PlaceMention | None = None,
        log_start: int | None = None,
        narrated: set[int] | frozenset[int] = frozenset(),
    ) -> list[Event]:
        """The document's events from its sentences' mentions; ``published`` is the day the story was
        filed (its dateline's, else the document's publication day), ``story_place`` the dateline's town
        of a local report, where its events that name no place happened, ``log_start`` where the first
        line headed by its date starts (a log's or a chronology's entries)."""
        floating = []
        for attribution, facts in floating_raw:
            names = {p.place.name for p in facts.places}
            floating.append((attribution, sentence_evidence(facts), facts.index, names))
        clusters = cluster_mentions(mentions, locator, story_place)
        attach_floating(clusters, floating)
        story_date = _story_date(mentions)
        key = document_key(document)
        events = [
            to_event(
                c,
                document_key=key,
                document_id=document.id,
                story_date=story_date,
                published=published or document.published,
                default_country=country,
                scenes=locator.scenes if locator is not None else None,
            )
            for c in clusters
        ]
        if log_start is not None:
            for cluster, event in zip(clusters, events):
                if event.historical and not cluster.historical and event.evidence and event.evidence[0].start >= log_start:
                    # a log's or a chronology's dated entries are its own record, however long before
                    # publication: not background to newer news
                    event.historical = False
        for cluster, event in zip(clusters, events):
            if event.historical and not cluster.historical and any(id(m) in narrated for m in cluster.mentions):
                # an event the text narrates from a day it set first ("It was raining in Sharpeville on
                # the morning of 21 March 1960 ... By early afternoon, police had opened fire"): the
                # text's own account, however old, not a past event named as background
                event.historical = False
        events.sort(key=lambda e: e.evidence[0].start if e.evidence else 0)
        _apply_coded_figure(document.text, events)
        return events


# A headline is a line of a few words that no full stop, colon or quote closes.
HEADLINE_WORDS = 20
_CLOSING = tuple(".!?:;\"”'’)")
_STORY_CLOSING = tuple(".!?\"”'’")


def _headline(text: str, title: str | None) -> tuple[int, int] | None:
    """The span of a news story's headline: the document's title where the text opens with it, else a
    first line of at most HEADLINE_WORDS words, not closed as a sentence is, before a story whose lines
    are (a list of unclosed lines, a log's entries, has no headline)."""
    start = len(text) - len(text.lstrip())
    if title and title.strip() and text.startswith(title.strip(), start):
        return start, start + len(title.strip())
    line = _first_line(text)
    if line is None or text[line[0] : line[1]].endswith(_CLOSING):
        return None
    if not any(rest.rstrip().endswith(_STORY_CLOSING) for rest in text[line[1] :].splitlines()):
        return None
    return line


def _first_line(text: str) -> tuple[int, int] | None:
    """The span of the text's first line when it heads more text as a title does: at most
    HEADLINE_WORDS words, not closed as a sentence is."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None
    line = text[start:end].rstrip()
    if not line or len(line.split()) > HEADLINE_WORDS or line.endswith(_SENTENCE_CLOSING):
        return None
    return start, start + len(line)


_SENTENCE_CLOSING = tuple(".!?")


def _joined(piece: str, dateline: Doc, story: Doc) -> Doc:
    """The dateline's and the story's parses as one Doc over ``piece``, each keeping its own tags,
    parse and entities."""
    joined = Doc.from_docs([dateline, story], ensure_whitespace=False)
    if joined.text != piece:  # never expected: both halves keep their whitespace
        raise ValueError("dateline split changed the text")
    return joined


CODED_FATALITIES = re.compile(r"\bfatalit(?:y|ies) (?:were |was |are |is )?coded as (\d+)", re.IGNORECASE)


def _apply_coded_figure(text: str, events: list[Event]) -> None:
    """A note that states the coded figure ("Fatalities coded as 0 (a source reported 3)") means it:
    an unverified claim is coded 0, as ACLED does."""
    match = CODED_FATALITIES.search(text)
    if match and len([e for e in events if not e.historical]) == 1:
        event = next(e for e in events if not e.historical)
        event.fatalities = int(match.group(1))
        event.fatalities_stated = True


def _entry_date(
    entries: list[tuple[int, DateMention]], text: str, published: date | None, offset: int, start: int, end: int
) -> list[DateMention]:
    """The date of the bulletin entry a sentence from ``start`` to ``end`` belongs to (the last entry
    heading whose text starts before its end), with offsets into the parsed piece that starts at
    ``offset``, as a sentence's own dates are; none once the entry's text gives a date of its own before
    the sentence: "09/07/2014: Gunmen kidnapped a journalist. He was executed on October 10. A group
    claimed it." tells the claim after the killing. Read from the text, not from the parsed sentences,
    so the fast path (which parses fewer) reads it the same."""
    heads = [(after, mention) for after, mention in entries if after < end]
    if not heads:
        return []
    after, mention = heads[-1]
    if start > after and find_dates_at(text[after:start], after, published):
        return []
    return [replace(mention, start=mention.start - offset, end=mention.end - offset)]


def _entry_reading(
    entry: DateMention, found: list[DateMention], heads: dict[int, DateMention], text: str, offset: int, published: date | None
) -> str | None:
    """How a sentence of a bulletin's entry reads a day it tells relative to now ("yesterday", "on
    Sunday"): "counts from" the entry's heading day, or, under a form's field of the incident's day
    ("Date of incident:"), "form": the field is the incident's day, written before the text's "yesterday". None when it tells
    no such day, or its entry is dated the day of publication."""
    if entry.value is None or entry.precision != 1 or entry.value == published:
        return None
    if not any(counts_from_today(d) and offset + d.start not in heads for d in found):
        return None
    return "form" if is_incident_date(text, offset + entry.start) else "counts from"  # (entry's offsets are the piece's)


@lru_cache(maxsize=1)
def _wire_hubs() -> frozenset[tuple[str, str]]:
    return frozenset((fold_name(town), country) for town, country, *_ in read_rows("wire_hubs.tsv", 2))


# Paragraphs of an article: blocks of lines between blank lines.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A paragraph that opens with its own day, as a digest's or a log's entries do ("On 8 June, an IED ...",
# "8 June: ...", "June 8 - ...").
_DAY_OPENING = re.compile(
    r"[ \t]*(?:(?:On|By|Late on|Early on)[ \t]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+|[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}[./]\d{1,2}\b)"
)


def _earlier_days_below(mentions: list[EventMention], text: str) -> None:
    """An article's events of earlier days told in a paragraph below its lead's are its background ("More
    than 100 people were killed when troops dispersed a sit-in on June 3" under a lead of June 11): flagged
    historical, however recent. Only in a text of paragraphs (a note, a log or a one-paragraph report
    tells its events side by side), only days before the lead's own, and only a day the sentence states."""
    if "\n" not in text:
        return
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    if not breaks:
        return
    if sum(_DAY_OPENING.match(text, start) is not None for start in [0, *breaks]) >= 2:
        return  # a digest's or a log's entries, each opening with its own day: told side by side
    lead = next(
        (m for m in sorted(mentions, key=lambda m: m.evidence.start)
         if not m.historical and m.date is not None and m.date.value is not None and m.date.precision == 1),
        None,
    )
    if lead is None:
        return
    lead_paragraph = bisect_right(breaks, lead.evidence.start)
    for mention in mentions:
        if mention.historical or mention.date is None or mention.date.value is None or mention.date.precision != 1:
            continue
        if (lead.date.value - mention.date.value).days < 2:
            continue
        if bisect_right(breaks, mention.evidence.start) > lead_paragraph:
            mention.historical = True


def _from_headline(body: list[EventMention], told: list[EventMention]) -> None:
    """The day, the toll and the place a headline gives its event ("Gunmen kill five traders near Djibo on
    Wednesday", "Thursday's attack: what we know", "12 dead in Borno market attack") for a body that gives
    none at all: it retells the headline's event and leaves them out. (A body that dates or places any
    current event of its own keeps to its own: filling its other mentions split them from its lead, held-out set 3, session 18.)"""
    current = [m for m in told if not m.historical]
    days = {m.date.value for m in current if m.date is not None and m.date.value is not None}
    if len(days) == 1 and not any(m.date is not None and m.date.value is not None for m in body if not m.historical):
        day = next(m.date for m in current if m.date is not None and m.date.value is not None)
        for mention in body:
            if mention.date is None or mention.date.value is None:
                mention.date = day
    tolls = {m.killed for m in current if m.killed}
    own = sorted((m for m in body if not m.historical), key=lambda m: m.evidence.start)
    if len(tolls) == 1 and own and not any(m.killed for m in own):
        # "12 dead in Borno market attack" over a body that counts none: the headline's toll, on its lead
        own[0].killed = next(iter(tolls))
    places = {(m.place.place.name, m.place.place.country_code) for m in current if m.place is not None}
    if len(places) == 1 and not any(m.place is not None for m in body if not m.historical):
        place = next(m.place for m in current if m.place is not None)
        for mention in body:
            if mention.place is None and not mention.historical:
                mention.place = place


def _heading_day(text: str, headline: tuple[int, int], published: date | None) -> DateMention | None:
    """The one full day a heading gives, year and all ("PANEL 3 - MONDAY, 26 APRIL 1937", "12 March 1988 -
    The Halabja attack"): the day of the account below it."""
    days = [d for d in find_dates_at(text[headline[0] : headline[1]], headline[0], published) if d.value is not None]
    if len(days) != 1 or days[0].relative or days[0].precision != 1:
        return None
    return days[0]


def _date_from_heading(mentions: list[EventMention], day: DateMention, published: date | None) -> None:
    """A heading's day for the events of a text that dates none of them itself: an exhibition's panel or an
    encyclopedia's entry headed by its day tells that day's events below without repeating it. (As old
    as its day, an event is history, unless the text is the record of it: _told_as_record.)"""
    if not mentions or any(m.date is not None and m.date.value is not None for m in mentions):
        return
    old = published is not None and (published - day.value).days > HISTORY_DAYS
    for mention in mentions:
        mention.date, mention.date_said = day, False
        mention.historical = mention.historical or old


def _record_start(mentions: list[EventMention], entry_dated: list[EventMention], entries: list[tuple[int, DateMention]]) -> int | None:
    """Where a log's or a chronology's dated lines start, when the text is such a record: its lines tell
    its own events ("12 January 1992 - Troops retake Kenema"), however long before publication, and the
    events their headings date are no history (they are made current here). None when the text tells a
    current event before its dated lines: then they are a story's timeline, background to its news."""
    if not entries or not entry_dated:
        return None
    start = entries[0][1].start
    if any(not m.historical and m.evidence.start < start for m in mentions):
        return None
    for mention in entry_dated:
        mention.historical = False
    return start


def _carry_past_days(mentions: list[EventMention], text: str) -> None:
    """In a record of the past, a sentence that gives no day goes on with the day of the sentence
    before it in the same paragraph ("On 3 October 1993, US forces raided a compound in Mogadishu. Two
    helicopters were shot down."), not with the publication day."""
    ordered = sorted(mentions, key=lambda m: m.evidence.start)
    for before, mention in zip(ordered, ordered[1:]):
        if mention.date is not None and mention.date.value is not None:
            continue
        if before.date is None or before.date.value is None or before.date_said:
            continue
        if mention.sentence - before.sentence != 1 or "\n" in text[before.evidence.end : mention.evidence.start].strip(" \t"):
            continue
        mention.date = before.date


# Words of a text that tells of its own time (the present, a report's news, a looking back): such a text
# is no record of the past, however old the events it tells.
_NOW_WORDS = re.compile(
    r"\b(?:is|are|has|have|remains?|continues?|says?|today|tonight|yesterday|this\s+(?:week|month|year)|ago|"
    r"anniversary|commemorat\w*|remember\w*|mark(?:s|ed)?\s+the|still)\b",
    re.IGNORECASE,
)


def _told_as_record(text: str, mentions: list[EventMention], published: date | None) -> bool:
    """A reference work's entry ("The Sharpeville massacre took place on 21 March 1960 ... police
    opened fire, killing 69"), a court's or a report's account of one old incident: its first event is
    dated in full long before publication, every other is as old or gives no day, and its words tell
    nothing of its own time, or the time it tells of is the telling's (an oral history's abstract, a
    museum's panel: tells_a_memory). Its events are its record, not background to newer news."""
    dated = [m for m in mentions if m.date is not None and m.date.value is not None]
    if not dated or published is None:
        return False
    # (an undated scene before it, "The assault began at dawn.", is part of the account)
    first = min(dated, key=lambda m: m.evidence.start)
    if not first.historical or first.date is None or first.date.value is None or first.date.relative or first.date.precision != 1:
        return False
    if any(not m.historical and m.date is not None and m.date.value is not None for m in mentions):
        return False
    return _NOW_WORDS.search(text) is None or tells_a_memory(text)


def _entry_years(dates: list[DateMention], heads: dict[int, DateMention], offset: int) -> list[DateMention]:
    """A sentence's dates, each that is an entry's heading (``heads``, by where it starts) read as the entry
    reads it (a chronology's "16 Mar." in the year its heading line gives, not the year before publication)."""
    if not heads:
        return dates
    return [
        replace(heads[offset + d.start], start=d.start, end=d.end) if offset + d.start in heads else d
        for d in dates
    ]


def _date_undated(mentions: list[EventMention], when: DateMention) -> None:
    """Give ``when`` to the mentions that have no day told of their own (none, or only a statement's)."""
    for mention in mentions:
        if mention.date is None or mention.date.value is None or mention.date_said:
            mention.date, mention.date_said = when, False


def _told_below(mentions: list[EventMention], headline: tuple[int, int] | None) -> bool:
    """Has the text told an event yet, below its headline (which retells the lead)?"""
    return any(headline is None or not headline[0] <= m.evidence.start < headline[1] for m in mentions)


SCENE_WAIT = 3  # sentences a scene's day waits through for its event (see _extract_parsed)


def _scene_day(dates: list[DateMention]) -> DateMention | None:
    """The one day a sentence sets (a day, not a span, month or year, and not two days; a year beside
    it is the telling's: "From the account recorded in 2003: 'It was 23 June 1985.'")."""
    days = {d.value for d in dates if d.value is not None and d.precision == 1}
    if len(days) != 1:
        return None
    return next(d for d in dates if d.value is not None and d.precision == 1)


def _story_date(mentions: list[EventMention]) -> date | None:
    """The day the report is about: the first current event date it gives."""
    for mention in mentions:
        if mention.date and mention.date.value and not mention.historical and mention.date.precision == 1:
            return mention.date.value
    return None


def document_key(document: Document) -> str:
    digest = hashlib.sha1(document.text.encode("utf-8", "replace")).hexdigest()
    return f"{document.id}|{document.published}|{digest}"
