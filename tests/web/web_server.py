"""A real uvicorn server in a thread, for the web tests, and the ingest of our fixture reports."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import httpx


class LiveServer:
    """uvicorn serving ``create_app(store, **options)`` in a thread, on a socket bound to a free
    127.0.0.1 port before the server starts (no race for the port). ``with LiveServer(store) as live``
    starts it and stops it on the way out."""

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

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

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
