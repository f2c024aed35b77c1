"""Fixtures for the web app's tests: real uvicorn servers on free loopback ports over temporary
SQLite stores filled by ingesting our own reports (``tests/web/web_reports.py``), and Debian's Chromium
driven by Playwright (never downloaded: ``executable_path``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import web_reports as reports  # noqa: E402
from web_server import LiveServer, ingest_reports  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def filled_store(tmp_path_factory):
    """A store holding every fixture report (5 fused events from 6 reports)."""
    from conflictscope.store import open_store

    store = open_store(tmp_path_factory.mktemp("web-store") / "events.db")
    ingest_reports(store, reports.ALL)
    yield store
    store.close()


@pytest.fixture(scope="session")
def server(filled_store):
    """A read-mostly server over the filled store (tests must not write to it)."""
    with LiveServer(filled_store) as live:
        yield live


@pytest.fixture(scope="session")
def client(server):
    with server.client() as c:
        yield c


@pytest.fixture(scope="session")
def event_ids(client) -> dict[str, str]:
    """Fused event id by country: ML (Gao), ET (Dessie), BD (Dhaka), NG (Gusau), PS (Khan Younis)."""
    events = client.get("/api/events").json()["events"]
    return {e["location"]["country_code"]: e["id"] for e in events}


@pytest.fixture
def fresh_store(tmp_path):
    from conflictscope.store import open_store

    store = open_store(tmp_path / "fresh.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("CONFLICTSCOPE_CHROMIUM", "/usr/bin/chromium")
    if not Path(path).exists():
        pytest.fail(f"the browser tests need Chromium at {path}: apt-get install chromium (or set CONFLICTSCOPE_CHROMIUM); .ci/run installs it")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
