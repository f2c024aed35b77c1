"""Store test fixtures: every store test runs on SQLite and on a real PostgreSQL server.

PostgreSQL: ``CONFLICTSCOPE_TEST_PG_URL`` (set by ``.ci/run``), else a local Debian cluster started
here with ``pg_ctlcluster`` (as ``.ci/run`` does), else the tests fail with a message saying how to
get one. Each test gets its own schema (SQLite: its own file), dropped afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

BACKENDS = ("sqlite", "postgresql")


def _start_debian_cluster() -> str:
    """Start the first Debian cluster (root only) and return a URL for conflictscope_test."""
    listing = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True, check=True).stdout.split("\n")
    first = next((line.split() for line in listing if line.strip()), None)
    if not first:
        pytest.fail("pg_ctlcluster exists but there is no PostgreSQL cluster: run `pg_createcluster 15 main` or set CONFLICTSCOPE_TEST_PG_URL")
    version, name, port = first[0], first[1], first[2]
    subprocess.run(["pg_ctlcluster", version, name, "start"], capture_output=True)

    def psql(sql: str) -> str:
        return subprocess.run(
            ["runuser", "-u", "postgres", "--", "psql", "-p", port, "-qtAc", sql], capture_output=True, text=True, check=True
        ).stdout

    psql("ALTER USER postgres PASSWORD 'postgres';")
    if "1" not in psql("SELECT 1 FROM pg_database WHERE datname='conflictscope_test'"):
        subprocess.run(["runuser", "-u", "postgres", "--", "createdb", "-p", port, "conflictscope_test"], check=True)
    return f"postgresql+psycopg://postgres:postgres@127.0.0.1:{port}/conflictscope_test"


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    url = os.environ.get("CONFLICTSCOPE_TEST_PG_URL")
    if not url:
        if shutil.which("pg_ctlcluster") and shutil.which("pg_lsclusters"):
            try:
                url = _start_debian_cluster()
            except (subprocess.CalledProcessError, OSError) as exc:
                pytest.fail(f"could not start the local PostgreSQL cluster for the store tests: {exc}")
        else:
            pytest.fail(
                "the store tests need PostgreSQL: set CONFLICTSCOPE_TEST_PG_URL=postgresql+psycopg://USER:PASS@HOST:PORT/DB "
                "or install Debian's postgresql package (pg_ctlcluster); .ci/run does both"
            )
    import psycopg

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        psycopg.connect(conninfo, connect_timeout=10).close()
    except psycopg.Error as exc:
        pytest.fail(f"cannot connect to the test PostgreSQL at {make_url(url).render_as_string()}: {exc}")
    return url


def _pg_admin(url: str, sql: str) -> None:
    import psycopg

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql)


@contextmanager
def _empty_database(backend: str, request, tmp_path: Path, name: str = "store") -> Iterator[str]:
    if backend == "sqlite":
        yield str(tmp_path / f"{name}.db")
        return
    server = request.getfixturevalue("pg_server_url")
    schema = f"cs_test_{uuid.uuid4().hex[:12]}"
    _pg_admin(server, f'CREATE SCHEMA "{schema}"')
    url = make_url(server).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        _pg_admin(server, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A fresh, empty database URL on each back-end (a new SQLite file / a new PostgreSQL schema)."""
    with _empty_database(request.param, request, tmp_path) as url:
        yield url


@pytest.fixture
def other_db_url(db_url, request, tmp_path):
    """A second empty database on the back-end of ``db_url``."""
    backend = "sqlite" if "://" not in db_url else "postgresql"
    with _empty_database(backend, request, tmp_path, name="other") as url:
        yield url


@pytest.fixture
def store(db_url):
    from conflictscope.store import open_store

    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture(scope="session")
def extractor():
    """One extractor for every store test (it loads spaCy and the gazetteer once)."""
    from conflictscope.pipeline import Extractor

    return Extractor.default()


@pytest.fixture
def cli():
    """Run `conflictscope ARGS...` in-process; returns typer's Result (exit_code, stdout, stderr)."""
    from typer.testing import CliRunner

    from conflictscope.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return run
