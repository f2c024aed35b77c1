"""Geography: the offline gazetteer and the toponym resolver."""

from conflictscope.geo.gazetteer import (
    Gazetteer,
    build_index,
    default_gazetteer,
    default_index_path,
    normalize_name,
)

__all__ = [
    "Gazetteer",
    "build_index",
    "default_gazetteer",
    "default_index_path",
    "normalize_name",
    "find_places",
    "document_focus",
]


def __getattr__(name: str):
    # The resolver is loaded on demand so that importing the gazetteer stays cheap.
    if name in ("find_places", "document_focus"):
        from conflictscope.geo import resolve

        return getattr(resolve, name)
    raise AttributeError(name)
