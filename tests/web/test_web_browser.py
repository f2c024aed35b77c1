"""The page in a real headless Chromium (Debian's, driven by Playwright): markers, the timeline
brush, the event detail with its claims, the paste box, and the untrusted text that must stay text.

Every request the page makes is intercepted: anything not addressed to the test server's loopback
address is aborted and recorded, and each test ends by asserting there was none.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
import web_reports as reports

LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


class Page:
    """A browser page on the app, with its requests, console errors and dialogs recorded."""

    def __init__(self, browser, server):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, service_workers="block")
        self.page = self.context.new_page()
        self.server = server
        self.external: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or (parts.hostname in LOCAL_HOSTS and parts.port == self.server.port):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self):
        self.page.goto(self.server.url + "/")
        self.page.wait_for_selector("body[data-ready=true]", timeout=60_000)
        return self.page

    def summary(self) -> str:
        return self.page.locator("#summary").inner_text()

    def events_on_map(self) -> int:
        """Single markers plus the events inside cluster markers."""
        singles = self.page.locator("path.cs-marker").count()
        clustered = sum(int(t.replace(",", "")) for t in self.page.locator(".cs-cluster-count").all_inner_texts())
        return singles + clustered

    def close(self):
        self.context.close()


@pytest.fixture
def app_page(browser, server):
    page = Page(browser, server)
    yield page
    page.close()
    assert page.external == [], f"the page tried to reach other hosts: {page.external}"
    assert page.dialogs == [], f"a dialog opened: {page.dialogs}"


def test_map_timeline_and_event_detail(app_page, event_ids):
    page = app_page.open()
    assert app_page.summary().startswith("5 events")
    page.wait_for_function("() => document.querySelectorAll('path.cs-marker').length + document.querySelectorAll('.cs-cluster').length > 0")
    assert app_page.events_on_map() == 5
    # country outlines drawn from the package data, under the markers
    page.wait_for_function("() => document.querySelectorAll('.pane-outlines path').length > 100", timeout=120_000)
    assert page.locator("#event-list li").count() == 5

    # Brush the timeline's right half: only the 2023-2024 events stay.
    overlay = page.locator(".timeline-svg .overlay")
    box = overlay.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.45, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=8)
    page.mouse.move(box["x"] + box["width"] - 1, y, steps=8)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('#summary').textContent.startsWith('3 events')")
    since = page.locator("#f-since").input_value()
    until = page.locator("#f-until").input_value()
    assert "2022-09-14" < since <= "2023-02-14" and until >= "2024-07-11"
    assert page.locator(".brush-selection").count() == 1
    assert app_page.events_on_map() == 3
    assert page.locator(f"path.cs-ev-{event_ids['ML']}").count() == 0  # Gao (2022) is filtered out

    # Back to every date; open the Gao attack from its marker.
    page.locator("#brush-clear").click()
    page.wait_for_function("() => document.querySelector('#summary').textContent.startsWith('5 events')")
    gao = page.locator(f"path.cs-ev-{event_ids['ML']}")
    assert gao.count() == 1
    gao.click()
    page.wait_for_selector("#drawer:not([hidden]) .claims-grid")
    drawer = page.locator("#drawer")
    assert "Gao" in drawer.locator(".detail-place").inner_text()
    assert "4–6 killed across reports" in drawer.locator(".fatalities .range").inner_text()
    columns = {stance: drawer.locator(f".claims-col[data-stance={stance}]") for stance in ("asserts", "accuses", "denies", "claims_responsibility")}
    assert "jihadist group" in columns["claims_responsibility"].inner_text()
    assert "Al Akhbar" in columns["claims_responsibility"].inner_text()  # relayed by
    assert "army" in columns["denies"].inner_text()
    assert "Malian army" in columns["asserts"].inner_text()
    # each claim's sentence is highlighted in its report; clicking the claim points at it
    assert drawer.locator(".report").count() == 2
    card = columns["denies"].locator(".claim-card").first
    card.click()
    flashed = drawer.locator("mark.flash")
    assert flashed.count() >= 1
    assert "The army denied that any base had been overrun." in " ".join(flashed.all_inner_texts())

    # A filter from the form: only Protests.
    page.locator("#drawer-close").click()
    page.select_option("#f-type", "Protests")
    page.wait_for_function("() => document.querySelector('#summary').textContent.startsWith('1 event ')")
    assert app_page.events_on_map() == 1
    assert "Dhaka" in page.locator("#event-list").inner_text()


def test_hostile_report_is_shown_as_text_and_never_runs(app_page, event_ids):
    page = app_page.open()
    page.locator(f"#event-list button[data-id='{event_ids['PS']}']").click()
    page.wait_for_selector("#drawer:not([hidden]) .report .source-text")
    drawer = page.locator("#drawer")
    text = drawer.locator(".report .source-text").inner_text()
    assert "<script>window.__pwned='text'</script>" in text
    assert "<img src=x onerror=" in text
    assert reports.HOSTILE["title"] in drawer.inner_text()  # the title, markup and all, as text
    assert reports.HOSTILE["source"] in drawer.inner_text()
    # nothing became markup: no script, image or link was created from the report
    assert drawer.locator("script, img, iframe, object, embed").count() == 0
    assert drawer.locator(".report h5 a").count() == 0  # a javascript: URL is not made a link
    page.mouse.move(5, 5)
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert app_page.dialogs == []


def test_the_csp_blocks_inline_script_even_if_one_got_in(app_page):
    page = app_page.open()
    page.evaluate(
        """() => {
            const s = document.createElement('script');
            s.textContent = 'window.__inline = 1';
            document.body.appendChild(s);
            const d = document.createElement('div');
            d.setAttribute('onclick', 'window.__inline = 2');
            document.body.appendChild(d);
            d.click();
        }"""
    )
    assert page.evaluate("typeof window.__inline") == "undefined"
    assert any("Content Security Policy" in e for e in app_page.errors)


def test_paste_box_shows_events_at_once_and_stores_nothing(app_page):
    page = app_page.open()
    page.locator("#open-paste").click()
    form = page.locator(".paste-form")
    form.locator("textarea[name=text]").fill(
        "Rebels shelled the town of Beni on Saturday, killing six civilians, the army said. "
        "The rebel group denied any attack on civilians. <img src=\"https://example.com/pixel.png\" onerror=\"alert('pasted')\">"
    )
    form.locator("input[name=published]").fill("2021-04-19")
    form.locator("button[name=extract]").click()
    page.wait_for_selector(".pasted-event")
    results = page.locator(".paste-results")
    assert "Beni" in results.inner_text()
    assert "6 killed" in results.inner_text()
    assert "denied" in results.locator(".claims-col[data-stance=denies]").inner_text()
    assert "<img src=" in results.locator(".source-text").inner_text()
    assert page.locator("path.cs-pasted").count() >= 1
    assert re.match(r"1 events? found \(not stored\)", form.locator(".status").inner_text())
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.locator("#drawer-close").click()
    assert page.locator("path.cs-pasted").count() == 0
    assert app_page.summary().startswith("5 events")


def test_every_asset_comes_from_the_server(app_page):
    page = app_page.open()
    page.wait_for_function("() => document.querySelectorAll('.pane-outlines path').length > 100", timeout=120_000)
    paths = {urlsplit(u).path for u in app_page.requests}
    assert {"/", "/static/leaflet/leaflet.js", "/static/leaflet/leaflet.css", "/static/app/main.js", "/api/outlines", "/api/meta"} <= paths
    assert app_page.external == []
