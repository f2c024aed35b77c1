"""The REST API against a real running server (uvicorn on a loopback port) over a store filled by
ingesting our own reports."""

from __future__ import annotations

import web_reports as reports


def events(client, **params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def countries(page) -> set[str]:
    return {e["location"]["country_code"] for e in page["events"]}


def test_events_list_has_every_fused_event(client):
    page = events(client)
    assert page["total"] == 5 and page["limit"] == 100 and page["offset"] == 0
    assert countries(page) == {"ML", "ET", "BD", "NG", "PS"}
    dates = [e["date"] for e in page["events"]]
    assert dates == sorted(dates, reverse=True)  # newest first
    for e in page["events"]:
        assert {"id", "event_type", "sub_event_type", "claims", "evidence", "sources", "reports", "fatalities_low", "fatalities_high"} <= set(e)


def test_filters_mean_what_the_cli_filters_mean(client):
    assert countries(events(client, country="ML")) == {"ML"}
    assert countries(events(client, country="MLI")) == {"ML"}  # alpha-3 too
    assert countries(events(client, type="protests")) == {"BD"}
    assert countries(events(client, type="Air/drone strike")) == {"ET", "PS"}
    assert countries(events(client, actor="police")) == {"BD"}
    assert countries(events(client, since="2023-01-01")) == {"NG", "PS", "BD"}
    assert countries(events(client, since="2022-01-01", until="2023-06-30")) == {"ML", "NG"}
    assert countries(events(client, bbox="-12,5,15,25")) == {"ML", "NG"}  # West Africa
    assert countries(events(client, min_sources=2)) == {"ML"}
    disputed = countries(events(client, disputed="true"))
    assert {"ML", "NG"} <= disputed and "BD" not in disputed
    assert countries(events(client, disputed="false")) == {"ML", "ET", "BD", "NG", "PS"} - disputed
    assert events(client, country="SY")["total"] == 0


def test_paging_is_stable(client):
    first = events(client, limit=2, offset=0)
    second = events(client, limit=2, offset=2)
    third = events(client, limit=2, offset=4)
    ids = [e["id"] for page in (first, second, third) for e in page["events"]]
    assert len(ids) == 5 and len(set(ids)) == 5
    assert first["total"] == second["total"] == 5


def test_bad_parameters_get_a_clear_4xx(client):
    cases = {
        "/api/events?country=XX": "unknown country code",
        "/api/events?bbox=1,2": "West,South,East,North",
        "/api/events?bbox=0,10,10,5": "south <= north",
        "/api/events?bbox=nan,0,1,1": "West,South,East,North",
        "/api/events?since=2024-01-02&until=2024-01-01": "since is after until",
        "/api/events?since=yesterday": "since",
        "/api/events?type=skirmish": "unknown event type",
        "/api/events?limit=0": "limit",
        "/api/events?limit=100000": "limit",
        "/api/events?offset=-1": "offset",
        "/api/events?actor=a%00b": "control characters",
        "/api/events?disputed=maybe": "disputed",
        "/api/events/not%20an%20id": "event_id",
        "/api/documents/0": "pk",
        "/api/documents/99999999999": "pk",
        "/api/documents?limit=5000": "limit",
    }
    for url, words in cases.items():
        response = client.get(url)
        assert response.status_code == 422, (url, response.status_code, response.text)
        assert words in response.json()["detail"], (url, response.json())
    missing = client.get("/api/events/ffffffffffffffff")
    assert missing.status_code == 404 and "no event" in missing.json()["detail"]
    assert client.get("/api/documents/4242").status_code == 404
    assert client.get("/api/nothing-here").status_code == 404


def test_event_detail_has_reports_claims_evidence_and_the_fatality_range(client, event_ids):
    gao = client.get(f"/api/events/{event_ids['ML']}").json()
    assert gao["sources"] == 2 and gao["disputed"] is True
    assert (gao["fatalities_low"], gao["fatalities_high"], gao["fatalities"]) == (4, 6, 4)
    assert {r["document_id"] for r in gao["reports"]} == {"gao-army", "gao-local"}
    assert {m["document"]["document_id"] for m in gao["mentions"]} == {"gao-army", "gao-local"}
    stances = {(c["speaker"]["name"], c["stance"]) for m in gao["mentions"] for c in m["event"]["claims"]}
    assert ("jihadist group", "claims_responsibility") in stances
    assert ("army", "denies") in stances
    # every claim's and every evidence span's offsets point at its sentence in its own report
    for m in gao["mentions"]:
        text = client.get(f"/api/documents/{m['document']['pk']}").json()["text"]
        spans = [c["evidence"] for c in m["event"]["claims"]] + m["event"]["evidence"]
        assert spans
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]
    dessie = client.get(f"/api/events/{event_ids['ET']}").json()
    by_stance = {c["stance"]: c for c in dessie["claims"]}
    assert by_stance["asserts"]["via"] == "Reuters"
    assert by_stance["accuses"]["speaker"]["name"] == "Tigray People's Liberation Front"
    assert "denied" in by_stance["denies"]["evidence"]["text"]


def test_map_points_match_the_events(client):
    full = events(client, country="NG")
    light = client.get("/api/map", params={"country": "NG"}).json()
    assert light["total"] == full["total"] == 1
    point, event = light["events"][0], full["events"][0]
    assert point["id"] == event["id"] and point["place"] == event["location"]["name"] == "Gusau"
    assert (point["latitude"], point["longitude"]) == (event["location"]["latitude"], event["location"]["longitude"])
    assert (point["fatalities"], point["fatalities_low"], point["fatalities_high"]) == (7, 7, 9)


def test_counts_per_day(client):
    days = client.get("/api/counts/daily").json()
    assert sum(d["events"] for d in days) == 5
    assert sum(d["fatalities"] for d in days) == sum(e["fatalities"] for e in events(client)["events"])
    assert [d["date"] for d in client.get("/api/counts/daily", params={"country": "ML"}).json()] == ["2022-09-14"]


def test_documents(client):
    page = client.get("/api/documents").json()
    assert page["total"] == 6 and len(page["documents"]) == 6
    hostile = next(d for d in page["documents"] if d["document_id"] == reports.HOSTILE["id"])
    assert hostile["title"] == reports.HOSTILE["title"]  # stored as given: escaping is the page's job
    detail = client.get(f"/api/documents/{hostile['pk']}").json()
    assert detail["text"] == reports.HOSTILE["text"]
    assert detail["events"] and detail["events"][0]["fused_id"]
    assert client.get("/api/documents", params={"source": "Sahel Desk"}).json()["total"] == 1


def test_meta_lists_countries_and_the_taxonomy(client):
    meta = client.get("/api/meta").json()
    assert meta["events"] == 5 and meta["documents"] == 6
    assert {c["code"] for c in meta["countries"]} == {"ML", "ET", "BD", "NG", "PS"}
    assert meta["first_date"] == "2021-10-31" and meta["last_date"] == "2024-07-11"
    assert [t["name"] for t in meta["event_types"]][0] == "Battles"
    assert meta["write_requires_token"] is False


def test_extract_returns_events_and_stores_nothing(client):
    before = client.get("/api/meta").json()
    report = {
        "text": "Gunmen killed three farmers near Kaduna on Monday, a police spokesman said. The army said it had deployed troops to the area.",
        "published": "2023-05-10",
        "title": "Farmers killed near Kaduna",
    }
    response = client.post("/api/extract", json=report)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["text"] == report["text"]
    [event] = body["events"]
    assert event["location"]["name"] == "Kaduna" and event["fatalities"] == 3 and event["date"] == "2023-05-08"
    after = client.get("/api/meta").json()
    assert (after["events"], after["documents"]) == (before["events"], before["documents"])


def test_extract_refuses_bad_documents_with_4xx(client):
    cases = [
        ({"text": ""}, 422, "empty"),
        ({"text": "   \n  "}, 422, "empty"),
        ({}, 422, "text: Field required"),
        ({"text": 42}, 422, "text"),
        ({"text": "Rebels attacked Goma.", "published": "last week"}, 422, "published"),
        ({"text": "Rebels attacked Goma.", "colour": "red"}, 422, "colour"),
        ({"text": "a\x00b\x00c\x00" * 50}, 422, "binary"),
        ({"text": "Rebels attacked Goma.", "title": "bad\x00title"}, 422, "control characters"),
    ]
    for body, status, words in cases:
        response = client.post("/api/extract", json=body)
        assert response.status_code == status, (body, response.text)
        assert words in response.json()["detail"], (body, response.json())
    not_json = client.post("/api/extract", content=b"text=hello", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert not_json.status_code == 415 and "JSON" in not_json.json()["detail"]
    broken = client.post("/api/extract", content=b'{"text": ', headers={"Content-Type": "application/json"})
    assert broken.status_code == 422
    lone_surrogate = client.post("/api/extract", content=b'{"text": "Shelling in Kharkiv \\ud800 today."}', headers={"Content-Type": "application/json"})
    assert lone_surrogate.status_code == 422 and "Unicode" in lone_surrogate.json()["detail"]


def test_openapi_spec_and_no_cdn_docs_pages(client):
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/map", "/api/counts/daily", "/api/documents", "/api/documents/{pk}", "/api/extract", "/api/meta"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/documents"] and "post" in spec["paths"]["/api/extract"]
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404


def test_outlines_come_from_the_installed_natural_earth_package(client):
    response = client.get("/api/outlines")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/geo+json")
    data = response.json()
    assert data["type"] == "FeatureCollection"
    codes = {f["properties"]["iso_a2"] for f in data["features"]}
    assert {"ML", "NG", "ET", "BD", "UA", "SY"} <= codes and len(codes) > 150


def test_the_page_and_leaflet_are_served_locally(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'src="/static/leaflet/leaflet.js"' in page.text and "://" not in page.text
    leaflet = client.get("/static/leaflet/leaflet.js")
    assert leaflet.status_code == 200 and "Leaflet" in leaflet.text[:2000]
    assert client.get("/static/leaflet/leaflet.css").status_code == 200
    for name in ("main.js", "map.js", "timeline.js", "detail.js", "cluster.js", "style.css"):
        assert client.get(f"/static/app/{name}").status_code == 200, name


def test_static_files_only_from_their_folders(client):
    for url in (
        "/static/app/../api/app.py",
        "/static/app/%2e%2e/api/app.py",
        "/static/app/..%2fapi%2fapp.py",
        "/static/leaflet/../../../../etc/passwd",
        "/static/leaflet/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/app//etc/passwd",
        "/static/other/x.js",
    ):
        response = client.get(url)
        assert response.status_code == 404, (url, response.status_code)
        assert "root:" not in response.text and "create_app" not in response.text


EXPECTED_CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "connect-src": "'self'",
    "frame-ancestors": "'none'",
    "object-src": "'none'",
}


def test_security_headers_on_every_kind_of_response(client):
    for url in ("/", "/api/events", "/static/app/main.js", "/static/leaflet/leaflet.js", "/api/events?country=XX", "/api/missing"):
        response = client.get(url)
        csp = dict(part.strip().split(" ", 1) for part in response.headers["content-security-policy"].split(";"))
        for directive, value in EXPECTED_CSP.items():
            assert csp.get(directive) == value, (url, directive, csp)
        assert "unsafe-inline" not in response.headers["content-security-policy"]
        assert "unsafe-eval" not in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
    assert client.get("/api/events").headers["cache-control"] == "no-store"


def test_foreign_host_header_is_refused(server):
    # A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) gets nothing.
    with server.client() as c:
        response = c.get("/api/events", headers={"Host": "attacker.example:8000"})
        assert response.status_code == 400 and "Host" in response.json()["detail"]
        assert c.get("/api/events", headers={"Host": f"localhost:{server.port}"}).status_code == 200
