"""Opening a store: URLs, migrations applied on open, the schema the models describe, WAL."""

from __future__ import annotations

import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from conflictscope.store import StoreError, normalize_url, open_store
from conflictscope.store.models import Base

TABLES = {"documents", "mentions", "claims", "actors", "places", "fused_events", "corrections", "ingest_errors", "alembic_version"}


def test_migrations_build_the_schema_of_the_models(store):
    assert store.current_revision() == store.head_revision() == "0001"
    with store.engine.connect() as conn:
        assert TABLES <= set(inspect(conn).get_table_names())
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


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
