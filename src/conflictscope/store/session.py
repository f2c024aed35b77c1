"""Opening a store: an engine from a URL or a path, migrations applied on open, short transactions.

* ``None`` or a path -> SQLite at that path (default ``./conflictscope.db``), in WAL mode so that
  readers (``events``, the web app) query while an ingest writes. Write transactions start with
  ``BEGIN IMMEDIATE`` (one writer at a time, waiting up to ``busy_timeout``); reads use a separate
  engine with deferred transactions, so they never wait for the writer.
* ``postgresql://...`` (or ``postgres://``) -> PostgreSQL through psycopg 3 (``postgresql+psycopg://``).
  Writers take one transaction-scoped advisory lock, so concurrent ingests fuse one after the other.

Alembic migrations in ``migrations/versions`` bring the schema to the latest revision on open.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Column, Engine, MetaData, PrimaryKeyConstraint, String, Table, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from conflictscope.errors import ConflictscopeError

DEFAULT_DB = "conflictscope.db"
BUSY_TIMEOUT_MS = 60_000
# pg_advisory_xact_lock key for every write transaction ("cscope" in ASCII)
PG_WRITE_LOCK = 0x6373636F7065
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions (a test checks it is alembic's head): add a migration, bump it.
SCHEMA_REVISION = "0001"


class StoreError(ConflictscopeError):
    """The database cannot be opened or used."""

    code = "CS030"


def normalize_url(db: str | os.PathLike | None) -> str:
    """A SQLAlchemy URL for ``--db``: a path means SQLite; PostgreSQL URLs use psycopg 3."""
    if db is None or str(db) == "":
        db = DEFAULT_DB
    value = str(db)
    if "://" not in value:
        return "sqlite:///" + str(Path(value).expanduser().resolve())
    scheme, rest = value.split("://", 1)
    if scheme in ("postgresql", "postgres", "postgresql+psycopg2", "postgresql+psycopg"):
        return "postgresql+psycopg://" + rest
    if scheme.startswith("sqlite"):
        return value
    raise StoreError(f"unsupported database URL scheme {scheme!r}: use a file path, sqlite:///PATH or postgresql://...", source="--db")


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        # Let us issue BEGIN ourselves (pysqlite's own transaction handling defers and guesses).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # durable against a killed process in WAL mode
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # noqa: ANN001
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Store:
    """An open database. Use :meth:`write` and :meth:`read` for transactions; :func:`open_store`
    to get one."""

    def __init__(self, url: str):
        self.url = url
        self.dialect = make_url(url).get_backend_name()
        if self.dialect == "sqlite":
            path = make_url(url).database
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.engine = _sqlite_engine(url, immediate=True)
            self.read_engine = _sqlite_engine(url, immediate=False)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
            self.read_engine = self.engine
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on an exception."""
        with self._write.begin() as session:
            if self.dialect == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITE_LOCK})
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (never waits for a running ingest)."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- migrations
    def _alembic_config(self):
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return cfg

    def head_revision(self) -> str:
        """The newest revision of ``migrations/versions``, as alembic reads it."""
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self._alembic_config()).get_current_head()

    def current_revision(self) -> str | None:
        with self.read_engine.connect() as conn:
            return _stored_revision(conn)

    def migrate(self) -> None:
        """Bring the schema to the latest revision (a no-op when it is there already).

        Alembic is imported only to upgrade an older schema: a store at ``SCHEMA_REVISION`` is
        recognised by its ``alembic_version`` row, and an empty database gets the models' schema at
        once (the schema the migrations build; ``tests/store/test_store_schema.py`` checks that the
        two agree). Importing and running alembic cost every command that opens a store about half a
        second of CPU."""
        if self.current_revision() == SCHEMA_REVISION:
            return
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITE_LOCK})
            current = _stored_revision(conn)
            if current == SCHEMA_REVISION:
                return  # another process migrated while we waited
            if current is None and not inspect(conn).get_table_names():
                from conflictscope.store.models import Base

                Base.metadata.create_all(conn)
                _VERSION_TABLE.create(conn)
                conn.execute(_VERSION_TABLE.insert().values(version_num=SCHEMA_REVISION))
                return
            from alembic import command

            cfg = self._alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")


# The table alembic keeps its revision in, as alembic creates it.
_VERSION_TABLE = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def _stored_revision(conn) -> str | None:  # noqa: ANN001 - a SQLAlchemy Connection
    """The revision a database records (None for a database alembic never touched)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_store(db: str | os.PathLike | None = None, *, migrate: bool = True) -> Store:
    """Open (and create or upgrade) the store at ``db``: a path, ``sqlite:///PATH`` or
    ``postgresql://user:pass@host:port/name``. Raises :class:`StoreError` when it cannot."""
    url = normalize_url(db)
    try:
        store = Store(url)
    except OSError as exc:
        raise StoreError(f"cannot create the database folder: {exc.strerror or exc}", source=str(db)) from exc
    if migrate:
        try:
            store.migrate()
        except ConflictscopeError:
            store.close()
            raise
        except Exception as exc:  # noqa: BLE001 - an unreachable server, a read-only file...
            store.close()
            message = " ".join(str(exc).split())[:300]
            raise StoreError(f"cannot open the database: {type(exc).__name__}: {message}", source=store.display_url) from exc
    return store
