"""Writes through the API, the token that guards them, the body limit, and `conflictscope serve`
itself (a real subprocess)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
import pytest
import web_reports as reports
from web_server import LiveServer
from typer.testing import CliRunner

TOKEN = "correct-horse-battery-staple-42"


@pytest.fixture
def open_server(fresh_store):
    with LiveServer(fresh_store) as live:
        yield live


@pytest.fixture
def token_server(fresh_store):
    with LiveServer(fresh_store, token=TOKEN) as live:
        yield live


def test_ingest_stores_fuses_and_is_idempotent(open_server):
    with open_server.client() as c:
        first = c.post("/api/documents", json=reports.GAO_ARMY)
        assert first.status_code == 201, first.text
        stored = first.json()
        assert stored["status"] == "stored" and stored["events"] and stored["fused_ids"]
        again = c.post("/api/documents", json=reports.GAO_ARMY)
        assert again.status_code == 200 and again.json()["status"] == "exists" and again.json()["pk"] == stored["pk"]
        second = c.post("/api/documents", json=reports.GAO_LOCAL)
        assert second.status_code == 201
        assert second.json()["fused_ids"] == stored["fused_ids"]  # the same attack, told twice
        page = c.get("/api/events").json()
        assert page["total"] == 1 and page["events"][0]["sources"] == 2
        detail = c.get(f"/api/documents/{stored['pk']}").json()
        assert detail["origin"] == "api" and detail["title"] == reports.GAO_ARMY["title"]


def test_ingest_refuses_unusable_documents(open_server):
    with open_server.client() as c:
        assert c.post("/api/documents", json={"text": ""}).status_code == 422
        assert c.post("/api/documents", json={"text": "Ceci n'est pas un rapport en anglais, mais un texte écrit en français pour le test, avec des phrases complètes et assez longues pour que la langue soit reconnue sans doute."}).status_code == 422
        assert c.post("/api/documents", content=b"just text", headers={"Content-Type": "text/plain"}).status_code == 415
        assert c.get("/api/documents").json()["total"] == 0


def test_token_guards_the_post_endpoints(token_server):
    body = {"text": reports.DHAKA["text"], "published": reports.DHAKA["published"]}
    with token_server.client() as c:
        for path in ("/api/documents", "/api/extract"):
            missing = c.post(path, json=body)
            assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
            assert "token" in missing.json()["detail"]
            wrong = c.post(path, json=body, headers={"Authorization": "Bearer not-the-token"})
            assert wrong.status_code == 401
            basic = c.post(path, json=body, headers={"Authorization": f"Basic {TOKEN}"})
            assert basic.status_code == 401
        assert c.get("/api/documents").json()["total"] == 0  # nothing got in
        auth = {"Authorization": f"Bearer {TOKEN}"}
        assert c.post("/api/extract", json=body, headers=auth).status_code == 200
        assert c.post("/api/documents", json=body, headers=auth).status_code == 201
        assert c.get("/api/meta").json()["write_requires_token"] is True
        assert c.get("/api/events").status_code == 200  # reads stay open


def test_request_body_limit_gives_a_clear_413(fresh_store):
    with LiveServer(fresh_store, max_body_bytes=4000) as live, live.client() as c:
        big = {"text": "Shelling was reported near Kharkiv. " * 200}
        for path in ("/api/extract", "/api/documents"):
            response = c.post(path, json=big)
            assert response.status_code == 413, response.text
            assert response.json()["detail"] == "request body too large: the limit is 4,000 bytes"

        def chunks():  # no Content-Length: the limit still holds
            for _ in range(50):
                yield b'{"text": "' + b"x" * 200
            yield b'"}'

        chunked = c.post("/api/extract", content=chunks(), headers={"Content-Type": "application/json"})
        assert chunked.status_code == 413 and "too large" in chunked.json()["detail"]
        small = c.post("/api/extract", json={"text": reports.DHAKA["text"]})
        assert small.status_code == 200
        assert c.get("/api/documents").json()["total"] == 0


def test_serve_refuses_a_public_address_without_a_token(tmp_path):
    from conflictscope.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0", "--port", "0"], env={"CONFLICTSCOPE_TOKEN": ""})
    assert result.exit_code == 2
    assert "--token" in result.output
    assert not (tmp_path / "s.db").exists()  # refused before opening anything


def test_serve_command_serves_the_store(tmp_path, filled_store):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = filled_store.url.removeprefix("sqlite:///")
    env = {**os.environ, "CONFLICTSCOPE_TOKEN": ""}
    proc = subprocess.Popen(
        [sys.executable, "-m", "conflictscope", "serve", "--db", db, "--port", str(port), "--no-warm"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError(f"serve did not start: {proc.stdout.read() if proc.poll() is not None else ''}") from None
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["total"] == 5
        assert "content-security-policy" in response.headers
        assert "server" not in response.headers
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0, out
    assert f"http://127.0.0.1:{port}/" in out
