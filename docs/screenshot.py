"""Screenshots of the web app for the README: docs/img/map.png (map, clusters, a period brushed on
the timeline) and
docs/img/event.png (one disputed event told by two reports: claims side by side, highlighted
sentences, fatalities range).

    python docs/screenshot.py --db /tmp/conflictscope-bench.db     # a store built by bench/api_latency.py
    python docs/screenshot.py                                       # builds a small demo store first

Runs `conflictscope serve` on a free loopback port and Debian's Chromium through Playwright
(`$CONFLICTSCOPE_CHROMIUM`, default /usr/bin/chromium); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pick_event(base: str) -> str:
    """A disputed event told by several reports, with as many kinds of claim as possible."""
    import httpx

    page = httpx.get(f"{base}/api/events", params={"disputed": "true", "min_sources": 2, "limit": 500}, timeout=60).json()["events"]
    if not page:
        page = httpx.get(f"{base}/api/events", params={"limit": 500}, timeout=60).json()["events"]

    def score(e):
        stances = {c["stance"] for c in e["claims"]}
        spread = (e["fatalities_high"] or 0) - (e["fatalities_low"] or 0)
        return (len(stances), e["sources"], spread > 0, -len(e["claims"]))

    return max(page, key=score)["id"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="an existing store (default: build a demo store of about 1,500 events)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"))
    args = parser.parse_args()

    db = args.db
    if not db:
        sys.path.insert(0, str(ROOT / "bench"))
        from api_latency import build_store

        db = str(Path(tempfile.mkdtemp()) / "demo.db")
        build_store(db, 1500)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "conflictscope", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "CONFLICTSCOPE_TOKEN": ""},
    )
    try:
        import httpx
        from playwright.sync_api import sync_playwright

        deadline = time.monotonic() + 90
        while True:
            try:
                httpx.get(f"{base}/api/health", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.3)
        event_id = pick_event(base)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=os.environ.get("CONFLICTSCOPE_CHROMIUM", "/usr/bin/chromium"), args=ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 900}, device_scale_factor=1)
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready=true]", timeout=120_000)
            page.wait_for_function("() => document.querySelectorAll('.pane-outlines path').length > 100", timeout=180_000)
            # brush about three weeks of the timeline: the map keeps that period only
            box = page.locator(".timeline-svg .overlay").bounding_box()
            y = box["y"] + box["height"] / 2
            page.mouse.move(box["x"] + box["width"] * 0.70, y)
            page.mouse.down()
            page.mouse.move(box["x"] + box["width"] * 0.73, y, steps=6)
            page.mouse.up()
            page.wait_for_selector("#brush-clear:not([hidden])")
            # one step closer, as a reader would zoom in to tell towns apart
            page.locator(".leaflet-control-zoom-in").click()
            page.wait_for_timeout(1500)
            page.screenshot(path=str(out / "map.png"))
            print(out / "map.png")
            # open the event as a user would: narrow the filters to its country and day, then
            # pick it from the list
            page.locator("#brush-clear").click()
            event = httpx.get(f"{base}/api/events/{event_id}", timeout=60).json()
            page.select_option("#f-country", event["location"]["country_code"])
            page.fill("#f-since", event["date"])
            page.fill("#f-until", event["date"])
            page.wait_for_selector(f"#event-list button[data-id='{event_id}']", timeout=60_000)
            page.locator(f"#event-list button[data-id='{event_id}']").click()
            page.wait_for_selector("#drawer:not([hidden]) .claims-grid", timeout=60_000)
            page.set_viewport_size({"width": 1440, "height": 1250})
            card = page.locator(".claim-card").first
            card.click()
            page.wait_for_timeout(900)
            page.locator("#drawer").evaluate("(el) => { el.scrollTop = 0; }")
            page.wait_for_timeout(300)
            page.screenshot(path=str(out / "event.png"))
            print(out / "event.png")
            browser.close()
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
