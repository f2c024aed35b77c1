"""What the tests share: reading a sentence or a short report through the real pipeline, and picking
out of the result what a test compares (the current events, their types, the places found).

Two ways in, kept apart because they are not the same reading:
- ``current_events`` and the helpers built on it go through the public API, ``conflictscope.extract``
  (the reader's input checks, the fast path), and leave out the events told as history;
- ``pipeline_events`` hands a ``Document`` to ``Extractor.default()`` itself, with ``fast`` chosen by
  the caller (``fast=False`` parses every sentence), and keeps every event, history included.

``run_cli`` runs the command line in a process of its own.

``tests/conftest.py`` puts ``tests/`` on ``sys.path``, so test files import this module as ``helpers``.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import conflictscope
from conflictscope.geo import default_gazetteer, find_places
from conflictscope.geo.gazetteer import distance_km
from conflictscope.nlp.analyze import get_nlp
from conflictscope.pipeline import Extractor
from conflictscope.types import Document, Event, Place

# The publication day most tests read their sentences on ("on 19 June" is the day before).
PUBLISHED = date(2021, 6, 20)


# ---- events through the public API, history left out


def current_events(text: str, published: date | str = PUBLISHED) -> list[Event]:
    """The events ``conflictscope.extract`` finds in ``text``, without those told as history."""
    return [e for e in conflictscope.extract(text, published=published) if not e.historical]


def located(text: str, published: date | str = PUBLISHED) -> list:
    """The places of ``text``'s current events, those that have one, in order."""
    return [e.location for e in current_events(text, published) if e.location is not None]


def first_event(text: str, published: date | str = PUBLISHED) -> Event:
    """The first current event of ``text``; fails the test when there is none."""
    found = current_events(text, published)
    assert found, text
    return found[0]


def only_event(text: str, published: date | str = PUBLISHED) -> Event:
    """The one current event of ``text``; fails the test, listing what was found, unless there is
    exactly one."""
    found = current_events(text, published)
    assert len(found) == 1, _listed(found)
    return found[0]


def sub_types(text: str, published: date | str = PUBLISHED) -> list[str]:
    """The sub-event type of each current event, in text order."""
    return [e.sub_event_type for e in current_events(text, published)]


def event_types(text: str, published: date | str = PUBLISHED) -> list[str]:
    """The event type of each current event, in text order."""
    return [e.event_type for e in current_events(text, published)]


def type_pairs(text: str, published: date | str = PUBLISHED) -> list[tuple[str, str]]:
    """(event type, sub-event type) of each current event, in text order."""
    return [(e.event_type, e.sub_event_type) for e in current_events(text, published)]


# ---- events straight from the extractor, fast or full, history kept


def pipeline_events(text: str, published: date = PUBLISHED, *, fast: bool = True) -> list[Event]:
    """Every event ``Extractor.default()`` builds for ``text`` as one document, history included;
    ``fast=False`` parses the sentences the fast path would skip."""
    return Extractor.default().extract(Document(text=text, id="t", published=published), fast=fast)


def current_pipeline_events(text: str, published: date = PUBLISHED, *, fast: bool = True) -> list[Event]:
    """``pipeline_events`` without the events told as history."""
    return [e for e in pipeline_events(text, published, fast=fast) if not e.historical]


def only_pipeline_event(text: str, published: date = PUBLISHED, *, fast: bool = True) -> Event:
    """The one current event of ``pipeline_events``; fails the test, listing what was found, unless
    there is exactly one."""
    found = current_pipeline_events(text, published, fast=fast)
    assert len(found) == 1, _listed(found)
    return found[0]


def _listed(events: list[Event]) -> list[tuple]:
    return [(e.sub_event_type, e.location and e.location.name, e.fatalities) for e in events]


# ---- places


def place_named(text: str, name: str) -> Place:
    """The place ``conflictscope.extract_places`` gives the first mention written ``name``."""
    return next(p.place for p in conflictscope.extract_places(text) if p.text == name)


def places_by_mention(text: str) -> dict[str, Place]:
    """Each place name ``conflictscope.extract_places`` finds, as written, with its place."""
    return {p.text: p.place for p in conflictscope.extract_places(text)}


def place_rows(text: str, fields: tuple[str, ...] = ("country_code", "feature")) -> list[tuple]:
    """(the name as written, then the ``fields`` of its place) for each place
    ``conflictscope.extract_places`` finds, in text order. A file comparing other fields binds its
    own with ``functools.partial(place_rows, fields=...)``."""
    return [(p.text, *(getattr(p.place, f) for f in fields)) for p in conflictscope.extract_places(text)]


def place_row(text: str, name: str, fields: tuple[str, ...] = ("country_code", "feature")) -> tuple:
    """The first of ``place_rows`` for the name written ``name``."""
    return next(row for row in place_rows(text, fields) if row[0] == name)


def gazetteer_matches(text: str, **options) -> list:
    """The place mentions ``find_places`` reads in ``text`` parsed whole by ``get_nlp()``, against the
    default gazetteer (``options``, such as ``focus`` or ``embedded``, go to ``find_places``)."""
    return find_places(get_nlp()(text), default_gazetteer(), **options)


def matched_countries(text: str, **options) -> list[tuple[str, str | None]]:
    """(the name as written, its place's country code) for each of ``gazetteer_matches``."""
    return [(m.text, m.place.country_code) for m in gazetteer_matches(text, **options)]


def matched_places(text: str, **options) -> dict[str, Place]:
    """Each name ``gazetteer_matches`` reads, as written, with its place."""
    return {m.text: m.place for m in gazetteer_matches(text, **options)}


def near(place, lat: float, lon: float, km: float = 60) -> bool:
    """Whether ``place`` (a Place or an event's Location) lies within ``km`` of the point."""
    return distance_km(place, Place(name="x", country_code=None, latitude=lat, longitude=lon)) <= km


# ---- the command line


def run_cli(*args, stdin: str | bytes | None = None, env: dict | None = None, cwd=None, timeout: float = 600) -> tuple[int, str, str]:
    """Run ``python -m conflictscope ARGS`` (each argument as ``str``) in a new process and return
    (exit code, stdout, stderr), the output decoded as UTF-8 with its line ends as written."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "conflictscope", *map(str, args)],
        input=data,
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=timeout,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
