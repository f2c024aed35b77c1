"""The event store: documents, the events extracted from them, and events fused across reports.

``open_store(db)`` opens (and migrates) SQLite or PostgreSQL; ``conflictscope.store.queries`` has
every read and write. See ``docs/store.md``.
"""

from conflictscope.store.session import DEFAULT_DB, Store, StoreError, normalize_url, open_store

__all__ = ["DEFAULT_DB", "Store", "StoreError", "normalize_url", "open_store"]
