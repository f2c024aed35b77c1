"""Opening a store: URLs, migrations applied on open, the schema the models describe, WAL."""

from __future__ import annotations

import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from conflictscope.store import StoreError, normalize_url, open_store
from conflictscope.store.session import SCHEMA_REVISION, Store
from conflictscope.store.models import Base

TABLES = {"documents", "mentions", "claims", "actors", "places", "fused_events", "corrections", "ingest_errors", "alembic_version"}


def test_migrations_build_the_schema_of_the_models(store):
    assert store.current_revision() == store.head_revision() == "0001"
    with store.engine.connect() as conn:
        assert TABLES <= set(inspect(conn).get_table_names())
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def _schema(url: str) -> dict:
    """Everything about the tables a store could depend on, as the database reports it."""
    store = Store(normalize_url(url))
    try:
        with store.engine.connect() as conn:
            found = inspect(conn)
            out = {}
            for table in sorted(found.get_table_names()):
                out[table] = {
                    "columns": [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(table)],
                    "primary key": found.get_pk_constraint(table)["constrained_columns"],
                    "foreign keys": sorted((tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"])) for f in found.get_foreign_keys(table)),
                    "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in found.get_indexes(table)),
                    "unique": sorted((u["name"], tuple(u["column_names"])) for u in found.get_unique_constraints(table)),
                }
            out["revision"] = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            return out
    finally:
        store.close()


def test_a_new_store_has_the_schema_the_migrations_build(db_url, other_db_url):
    # open_store creates an empty database from the models without running alembic; upgrading an
    # empty database with alembic's own command must give exactly the same tables.
    from alembic import command

    assert SCHEMA_REVISION == Store(normalize_url(db_url)).head_revision()
    migrated = Store(normalize_url(db_url))
    try:
        cfg = migrated._alembic_config()
        with migrated.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        migrated.close()
    open_store(other_db_url).close()
    by_alembic, by_models = _schema(db_url), _schema(other_db_url)
    assert by_alembic["revision"] == by_models["revision"] == [SCHEMA_REVISION]
    assert len(by_alembic) > 9 and by_alembic["documents"]["indexes"]
    assert by_alembic == by_models


def test_an_older_store_is_upgraded_by_alembic(db_url):
    # A database alembic left at an older revision (here: none applied yet, version table only)
    # goes through the migrations, not through the empty-database shortcut.
    store = Store(normalize_url(db_url))
    try:
        with store.engine.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
        assert store.current_revision() is None
        store.migrate()
        assert store.current_revision() == SCHEMA_REVISION
        with store.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        store.close()


def test_opening_again_is_a_no_op(store, db_url):
    again = open_store(db_url)
    try:
        assert again.current_revision() == "0001"
        with again.read() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == ["0001"]
    finally:
        again.close()


def test_sqlite_default_path_and_wal(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CONFLICTSCOPE_DB", raising=False)
    store = open_store(None)
    try:
        assert (tmp_path / "conflictscope.db").exists()
        with store.read() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        store.close()


def test_urls():
    assert normalize_url("postgresql://u:p@localhost:5432/db") == "postgresql+psycopg://u:p@localhost:5432/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
    assert normalize_url("events.db") == "sqlite:///" + os.path.join(os.getcwd(), "events.db")
    with pytest.raises(StoreError):
        normalize_url("mysql://u@h/db")


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot open the database"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")


def test_unwritable_sqlite_path_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        open_store(blocker / "sub" / "store.db")
