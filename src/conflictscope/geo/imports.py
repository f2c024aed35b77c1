"""Places imported from GeoNames dump files, kept beside the base index.

The base index (``gazetteer-v<N>.sqlite``) is rebuilt from installed packages whenever its schema
changes, so a user's imports live in a file of their own, ``gazetteer-imports.sqlite`` in the same
folder (or ``$CONFLICTSCOPE_GAZETTEER_IMPORTS``). :class:`~conflictscope.geo.gazetteer.Gazetteer`
attaches it read-only and answers from both files with one candidate lookup.

Two GeoNames formats are read, from a ``.zip`` or from the unzipped ``.txt``, as a stream (the 1.5 GB
``allCountries.txt`` is never held in memory):

- the "geoname" table (``allCountries``, ``XX`` per country, ``cities500``...): 19 tab-separated
  columns, one place per line;
- ``alternateNamesV2`` (10 columns; the older ``alternateNames`` has 8): more names for places that
  are already in the base index or were imported before.

Re-importing a file replaces its rows and changes nothing else (place rows are keyed by geonameid,
names by name and geonameid).
"""

from __future__ import annotations

import os
import sqlite3
import time
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from conflictscope.errors import ConflictscopeError

IMPORTS_NAME = "gazetteer-imports.sqlite"
IMPORTS_SCHEMA = "2"

GEONAME_COLUMNS = 19
ALTERNATE_COLUMNS = (10, 8)  # alternateNamesV2, and the older alternateNames
# alternateNamesV2 "isolanguage" values that are codes or links, not names.
NON_NAME_LANGUAGES = frozenset("link wkdt post iata icao faac unlc tcid phon piny fr_1793 abbr".split())
# Feature codes inside class A that are areas below the first level (the base index has admin1 and
# countries already): imported as "region".
ADMIN_BELOW_FIRST = frozenset("ADM2 ADM3 ADM4 ADM5 ADMD ADM2H ADM3H ADM4H ADMDH".split())
MAX_REPORTED_ROWS = 20  # bad rows reported one by one per file; the rest are counted


class ImportFileError(ConflictscopeError):
    """A file that cannot be imported at all (missing, not a zip, unknown layout)."""

    code = "CS021"


def default_imports_path() -> Path:
    """``$CONFLICTSCOPE_GAZETTEER_IMPORTS``, else ``gazetteer-imports.sqlite`` in the index's folder
    (``$CONFLICTSCOPE_DATA_DIR`` or ``~/.cache/conflictscope``)."""
    explicit = os.environ.get("CONFLICTSCOPE_GAZETTEER_IMPORTS")
    if explicit:
        return Path(explicit)
    from conflictscope.geo.gazetteer import default_index_path

    return default_index_path().parent / IMPORTS_NAME


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS source(
    id INTEGER PRIMARY KEY, file TEXT, options TEXT, kind TEXT, size INTEGER, rows INTEGER,
    places INTEGER, names INTEGER, skipped INTEGER, bad INTEGER, imported_at TEXT, seconds REAL,
    UNIQUE(file, options));
-- admin1code is resolved against the base index's admin1 table at query time, so a rebuilt base
-- index names the region; admin1name is used for rows copied from the base index.
CREATE TABLE IF NOT EXISTS place(
    geonameid INTEGER PRIMARY KEY, name TEXT, cc TEXT, lat REAL, lon REAL, feature TEXT,
    admin1code TEXT, admin1name TEXT, population INTEGER, fclass TEXT, fcode TEXT, source INTEGER);
CREATE TABLE IF NOT EXISTS name(key TEXT, geonameid INTEGER, source INTEGER, PRIMARY KEY(key, geonameid)) WITHOUT ROWID;
-- fold keys (gazetteer.fold_name) for spelling variants, as in the base index
CREATE TABLE IF NOT EXISTS fold(key TEXT, geonameid INTEGER, source INTEGER, PRIMARY KEY(key, geonameid)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS fold_source ON fold(source);
CREATE INDEX IF NOT EXISTS place_source ON place(source);
CREATE INDEX IF NOT EXISTS name_source ON name(source);
CREATE INDEX IF NOT EXISTS name_place ON name(geonameid);
"""


@dataclass
class ImportOptions:
    feature_classes: frozenset[str] = frozenset({"P"})
    min_population: int = 0
    countries: frozenset[str] = frozenset()  # empty: every country

    def describe(self) -> str:
        parts = [f"feature-class={','.join(sorted(self.feature_classes))}"]
        if self.min_population:
            parts.append(f"min-population={self.min_population}")
        if self.countries:
            parts.append(f"country={','.join(sorted(self.countries))}")
        return " ".join(parts)


@dataclass
class ImportResult:
    file: str
    kind: str = ""
    rows: int = 0  # data lines read
    places: int = 0  # place rows written (geoname files)
    names: int = 0  # (name, place) keys the index did not have before
    skipped: int = 0  # rows left out by the filters or already in the base index
    bad: int = 0  # malformed rows, reported and skipped
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)  # one line each, at most MAX_REPORTED_ROWS


class _Source:
    """A dump file opened as a stream of byte lines, from a zip member or a plain file."""

    def __init__(self, path: Path):
        self.path = path
        self.label = str(path)
        if not path.exists():
            raise ImportFileError("no such file", source=self.label)
        if not path.is_file():
            raise ImportFileError("not a file", source=self.label)
        self.member: str | None = None
        if path.suffix.lower() == ".zip":
            try:
                self._zip = zipfile.ZipFile(path)
            except zipfile.BadZipFile:
                raise ImportFileError("not a zip file (GeoNames dumps are .zip or the unzipped .txt)", source=self.label) from None
            except OSError as exc:
                raise ImportFileError(f"cannot read: {exc.strerror or exc}", source=self.label) from None
            self.member = self._pick_member()
            self.size = self._zip.getinfo(self.member).file_size
            self.label = f"{path}:{self.member}"
        else:
            try:
                with open(path, "rb") as handle:
                    head = handle.read(4)
            except OSError as exc:
                raise ImportFileError(f"cannot read: {exc.strerror or exc}", source=self.label) from None
            if head.startswith(b"PK\x03\x04"):
                raise ImportFileError("is a zip file without the .zip extension: rename it", source=self.label)
            self.size = path.stat().st_size

    def _pick_member(self) -> str:
        names = [i.filename for i in self._zip.infolist() if not i.is_dir() and i.filename.lower().endswith(".txt")]
        same = [n for n in names if Path(n).stem.lower() == self.path.stem.lower()]
        if same:
            return same[0]
        data = [n for n in names if Path(n).name.lower() not in ("readme.txt", "iso-languagecodes.txt")]
        if not data:
            raise ImportFileError("the zip holds no GeoNames .txt table", source=str(self.path))
        return max(data, key=lambda n: self._zip.getinfo(n).file_size)

    def lines(self) -> Iterator[bytes]:
        if self.member is not None:
            with self._zip.open(self.member) as handle:
                yield from handle
        else:
            with open(self.path, "rb") as handle:
                yield from handle

    def close(self) -> None:
        if self.member is not None:
            self._zip.close()


def detect_kind(source: _Source) -> str:
    """"geonames" or "alternatenames": from the file name, else from the first line's columns."""
    name = (source.member or source.path.name).lower()
    if "alternatename" in name:
        return "alternatenames"
    for raw in source.lines():
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        columns = line.count("\t") + 1
        if columns == GEONAME_COLUMNS:
            return "geonames"
        if columns in ALTERNATE_COLUMNS:
            return "alternatenames"
        raise ImportFileError(
            f"line 1 has {columns} tab-separated columns: neither GeoNames' geoname table ({GEONAME_COLUMNS}) "
            f"nor alternateNames ({ALTERNATE_COLUMNS[0]} or {ALTERNATE_COLUMNS[1]})",
            source=source.label,
        )
    raise ImportFileError("the file is empty", source=source.label)


def _names_of(values: list[str]) -> set[str]:
    from conflictscope.geo.gazetteer import _latin, normalize_name

    keys = set()
    for value in values:
        value = value.strip()
        if not value or (len(value) <= 3 and value.isupper()) or "://" in value:
            continue
        key = normalize_name(value)
        if _latin(key):
            keys.add(key)
    return keys


def _folds(names: list[tuple]) -> list[tuple]:
    from conflictscope.geo.gazetteer import fold_name

    out = []
    for key, gid, sid in names:
        folded = fold_name(key)
        if folded:
            out.append((folded, gid, sid))
    return out


def _float(text: str, low: float, high: float) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if low <= value <= high and value == value else None


class ImportStore:
    """The imports file, opened for writing."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else default_imports_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = sqlite3.connect(self.path, timeout=60)
        # Bulk loads: a big page cache; a crash mid-import leaves the journal to roll the file back.
        self.con.execute("PRAGMA cache_size = -262144")
        self.con.execute("PRAGMA synchronous = NORMAL")
        self.con.execute("PRAGMA temp_store = FILE")
        self.con.executescript(_SCHEMA)
        version = self.con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if version is None:
            self.con.execute("INSERT INTO meta VALUES ('schema', ?)", (IMPORTS_SCHEMA,))
            self.con.commit()
        elif version[0] != IMPORTS_SCHEMA:
            raise ImportFileError(
                f"the imports file has schema {version[0]}, this version reads {IMPORTS_SCHEMA}: "
                "run `conflictscope gazetteer reset-imports` and import again",
                source=str(self.path),
            )

    def close(self) -> None:
        self.con.close()

    def _source_id(self, file: str, options: str, kind: str, size: int) -> int:
        row = self.con.execute("SELECT id FROM source WHERE file = ? AND options = ?", (file, options)).fetchone()
        if row:
            return row[0]
        cur = self.con.execute("INSERT INTO source(file, options, kind, size) VALUES (?,?,?,?)", (file, options, kind, size))
        return int(cur.lastrowid)

    def import_file(
        self,
        path: Path,
        options: ImportOptions,
        base_places: Callable[[], dict[int, tuple]],
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportResult:
        """Import one dump file; raises :class:`ImportFileError` when the file cannot be read at all.
        ``base_places()`` gives the base index's places by geonameid (called at most once).
        ``progress(done_bytes, total_bytes)`` is called every few thousand lines."""
        started = time.monotonic()
        source = _Source(Path(path))
        try:
            kind = detect_kind(source)
            result = ImportResult(file=source.label, kind=kind)
            file_key = str(Path(path).resolve())
            opts = options.describe() if kind == "geonames" else ""
            with self.con:
                sid = self._source_id(file_key, opts, kind, source.size)
                before = self.con.execute("SELECT count(*) FROM name").fetchone()[0]
                # Re-import: this file's earlier rows go, then come back.
                self.con.execute("DELETE FROM name WHERE source = ?", (sid,))
                self.con.execute("DELETE FROM fold WHERE source = ?", (sid,))
                self.con.execute("DELETE FROM place WHERE source = ? AND geonameid NOT IN (SELECT geonameid FROM name)", (sid,))
                if kind == "geonames":
                    self._geonames(source, sid, options, base_places, result, progress)
                else:
                    self._alternates(source, sid, base_places, result, progress)
                after = self.con.execute("SELECT count(*) FROM name").fetchone()[0]
                result.names = after - before
                result.seconds = time.monotonic() - started
                owned = self.con.execute("SELECT count(*) FROM name WHERE source = ?", (sid,)).fetchone()[0]
                self.con.execute(
                    "UPDATE source SET rows=?, places=?, names=?, skipped=?, bad=?, imported_at=?, seconds=?, size=? WHERE id=?",
                    (
                        result.rows, result.places, owned, result.skipped, result.bad,
                        datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), round(result.seconds, 1), source.size, sid,
                    ),
                )
            return result
        finally:
            source.close()

    def _bad(self, result: ImportResult, label: str, lineno: int, problem: str) -> None:
        result.bad += 1
        if len(result.errors) < MAX_REPORTED_ROWS:
            result.errors.append(f"{label}: line {lineno}: {problem}")

    def _rows(self, source: _Source, columns: tuple[int, ...], result: ImportResult, progress) -> Iterator[tuple[int, list[str]]]:
        done = 0
        for lineno, raw in enumerate(source.lines(), 1):
            done += len(raw)
            if progress is not None and lineno % 20000 == 0:
                progress(done, source.size)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                self._bad(result, source.label, lineno, "not UTF-8 text")
                continue
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            result.rows += 1
            cells = line.split("\t")
            if len(cells) not in columns:
                expected = " or ".join(str(c) for c in columns)
                self._bad(result, source.label, lineno, f"expected {expected} tab-separated columns, found {len(cells)}")
                continue
            yield lineno, cells
        if progress is not None:
            progress(source.size, source.size)

    def _geonames(self, source, sid, options: ImportOptions, base_places, result: ImportResult, progress) -> None:
        in_base = base_places()
        places: list[tuple] = []
        names: list[tuple] = []

        def flush() -> None:
            self.con.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
            self.con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", names)
            self.con.executemany("INSERT OR IGNORE INTO fold VALUES (?,?,?)", _folds(names))
            places.clear()
            names.clear()

        for lineno, c in self._rows(source, (GEONAME_COLUMNS,), result, progress):
            try:
                gid = int(c[0])
            except ValueError:
                self._bad(result, source.label, lineno, f"geonameid {c[0]!r} is not a number")
                continue
            lat, lon = _float(c[4], -90, 90), _float(c[5], -180, 180)
            if lat is None:
                self._bad(result, source.label, lineno, f"latitude {c[4]!r} is not a number between -90 and 90")
                continue
            if lon is None:
                self._bad(result, source.label, lineno, f"longitude {c[5]!r} is not a number between -180 and 180")
                continue
            if not c[1].strip():
                self._bad(result, source.label, lineno, "the name column is empty")
                continue
            fclass, fcode, cc = c[6].strip(), c[7].strip(), c[8].strip().upper()
            try:
                population = int(c[14]) if c[14].strip() else 0
            except ValueError:
                self._bad(result, source.label, lineno, f"population {c[14]!r} is not a whole number")
                continue
            if fclass not in options.feature_classes or (options.countries and cc not in options.countries):
                result.skipped += 1
                continue
            if population < options.min_population or gid in in_base:
                result.skipped += 1
                continue
            if fclass == "A":
                if fcode not in ADMIN_BELOW_FIRST:
                    result.skipped += 1  # countries and first-level regions are in the base index
                    continue
                feature = "region"
            else:
                feature = "city"
            keys = _names_of([c[1], c[2], *c[3].split(",")])
            if not keys:
                result.skipped += 1
                continue
            places.append((gid, c[1].strip(), cc or None, lat, lon, feature, c[10].strip(), None, population, fclass, fcode, sid))
            names.extend((k, gid, sid) for k in keys)
            result.places += 1
            if len(places) >= 5000:
                flush()
        flush()

    def _alternates(self, source, sid, base_places, result: ImportResult, progress) -> None:
        """Names for places already known. Pending names go to a temporary table first, and only
        those whose geonameid is in the base index or imported are kept."""
        con = self.con
        con.execute("CREATE TEMP TABLE IF NOT EXISTS pending(key TEXT, geonameid INTEGER)")
        con.execute("DELETE FROM pending")
        batch: list[tuple] = []
        for lineno, c in self._rows(source, ALTERNATE_COLUMNS, result, progress):
            try:
                gid = int(c[1])
            except ValueError:
                self._bad(result, source.label, lineno, f"geonameid {c[1]!r} is not a number")
                continue
            if c[2].strip().lower() in NON_NAME_LANGUAGES:
                result.skipped += 1
                continue
            keys = _names_of([c[3]])
            if not keys:
                result.skipped += 1
                continue
            batch.extend((k, gid) for k in keys)
            if len(batch) >= 20000:
                con.executemany("INSERT INTO pending VALUES (?,?)", batch)
                batch.clear()
        con.executemany("INSERT INTO pending VALUES (?,?)", batch)
        # Places of the base index that get names here are copied in, so a name finds its place.
        missing = [r[0] for r in con.execute("SELECT DISTINCT geonameid FROM pending WHERE geonameid NOT IN (SELECT geonameid FROM place)")]
        if missing:
            base = base_places()
            copies = []
            for gid in missing:
                row = base.get(gid)
                if row is not None:
                    name, cc, lat, lon, feature, admin1, population = row
                    copies.append((gid, name, cc, lat, lon, feature, None, admin1, population, None, None, sid))
            con.executemany("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", copies)
        known = con.execute("SELECT count(*) FROM pending WHERE geonameid IN (SELECT geonameid FROM place)").fetchone()[0]
        total = con.execute("SELECT count(*) FROM pending").fetchone()[0]
        result.skipped += total - known  # names of places neither in the base index nor imported
        con.execute(
            "INSERT OR IGNORE INTO name SELECT key, geonameid, ? FROM pending WHERE geonameid IN (SELECT geonameid FROM place)",
            (sid,),
        )
        rows = con.execute("SELECT key, geonameid, ? FROM name WHERE source = ?", (sid, sid))
        while True:
            chunk = rows.fetchmany(20000)
            if not chunk:
                break
            self.con.executemany("INSERT OR IGNORE INTO fold VALUES (?,?,?)", _folds(chunk))
        con.execute("DELETE FROM pending")

    # -- reading --------------------------------------------------------------------
    def sources(self) -> list[dict]:
        cols = ["id", "file", "options", "kind", "size", "rows", "places", "names", "skipped", "bad", "imported_at", "seconds"]
        return [dict(zip(cols, r)) for r in self.con.execute(f"SELECT {', '.join(cols)} FROM source ORDER BY id")]

    def totals(self) -> dict:
        places = dict(self.con.execute("SELECT feature, count(*) FROM place WHERE fclass IS NOT NULL GROUP BY feature").fetchall())
        copied = self.con.execute("SELECT count(*) FROM place WHERE fclass IS NULL").fetchone()[0]
        names = self.con.execute("SELECT count(*) FROM name").fetchone()[0]
        countries = self.con.execute("SELECT count(DISTINCT cc) FROM place WHERE fclass IS NOT NULL").fetchone()[0]
        return {"places": places, "base_places_with_new_names": copied, "names": names, "countries": countries}


def reset_imports(path: Path | None = None) -> bool:
    """Delete the imports file; True when there was one."""
    path = Path(path) if path is not None else default_imports_path()
    removed = False
    for p in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if p.exists():
            p.unlink()
            removed = True
    return removed

