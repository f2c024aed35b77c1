"""Fixtures for the web app's tests: real uvicorn servers on free loopback ports over temporary
SQLite stores filled by ingesting our own reports (``tests/web/web_reports.py``), and Debian's Chromium
driven by Playwright (never downloaded: ``executable_path``)."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))

import web_reports as reports  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class LiveServer:
    """uvicorn serving ``create_app(store, **options)`` in a thread, on a socket bound to a free
    127.0.0.1 port before the server starts (no race for the port)."""

    def __init__(self, store, **options):
        import uvicorn

        from conflictscope.api import create_app
        from conflictscope.api.app import LOOPBACK_HOSTS

        options.setdefault("allowed_hosts", LOOPBACK_HOSTS)
        self.app = create_app(store, **options)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=lambda: asyncio.run(self.server.serve(sockets=[self.sock])), daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.sock.close()

    def client(self, **kwargs) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=120, **kwargs)


def ingest_reports(store, items) -> None:
    from conflictscope.ingest.readers import document_from_text
    from conflictscope.store import queries

    for r in items:
        document = document_from_text(
            r["text"], published=r["published"], id=r["id"], title=r.get("title"), source=r.get("source"), url=r.get("url")
        )
        queries.ingest_document(store, document, origin="tests/web")


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
    live = LiveServer(filled_store).start()
    yield live
    live.stop()


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
