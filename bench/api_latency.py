"""API latency bench: p50/p95 of the events query on a store of at least 10,000 fused events.

1. Build the store (or reuse it): generated wire reports about incidents in real towns of 16
   countries (shelling, air strikes, clashes, bombings, attacks on civilians, protests, riots; with
   claims, denials, responsibility claims and outlets relaying them), extracted by the real pipeline
   (two worker processes) and stored through the store's own ``ingest_document``, which fuses
   reports of the same incident. About one incident in six is told by a second outlet with another
   death toll, so fusion, ``sources`` and ``disputed`` are exercised as in a real feed.
2. Start the real server (``conflictscope serve`` in a subprocess, on a free loopback port).
3. Time a few hundred GET requests per query over HTTP and print p50/p95 (and append them to
   ``bench/RESULTS.md`` with ``--record``).

    python bench/api_latency.py --db /tmp/cs-bench.db --events 10000 --requests 300 --record

Only loopback traffic; every loop is bounded.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Real towns (they must resolve in GeoNames), with the words a wire report would use.
COUNTRIES = {
    "UA": dict(name="Ukraine", region="eastern Ukraine", army="Ukrainian army", foe="Russian", foe_state="Russia",
               groups=["Russian troops", "separatist fighters"],
               towns=["Kramatorsk", "Sloviansk", "Kharkiv", "Kherson", "Zaporizhzhia", "Mykolaiv", "Sumy", "Chernihiv", "Pokrovsk", "Kupiansk", "Izium", "Nikopol", "Dnipro", "Odesa"]),
    "SY": dict(name="Syria", region="northern Syria", army="Syrian army", foe="Syrian government", foe_state="Damascus",
               groups=["Hayat Tahrir al-Sham fighters", "Islamic State militants"],
               towns=["Idlib", "Aleppo", "Hama", "Homs", "Raqqa", "Deir ez-Zor", "Saraqib", "Maarat al-Numan", "Jisr al-Shughur", "Azaz", "Afrin", "Manbij", "Daraa"]),
    "YE": dict(name="Yemen", region="western Yemen", army="Yemeni army", foe="Saudi-led coalition", foe_state="Riyadh",
               groups=["Houthi rebels", "al Qaeda militants"],
               towns=["Hodeidah", "Taiz", "Marib", "Sanaa", "Aden", "Saada", "Hajjah", "Dhamar", "Ibb", "Mukalla"]),
    "SO": dict(name="Somalia", region="southern Somalia", army="Somali army", foe="al Shabaab", foe_state="Mogadishu",
               groups=["al Shabaab fighters", "clan militiamen"],
               towns=["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Jowhar", "Afgooye", "Marka", "Galkayo", "Bosaso"]),
    "ML": dict(name="Mali", region="central Mali", army="Malian army", foe="jihadist", foe_state="Bamako",
               groups=["jihadist fighters", "Tuareg rebels"],
               towns=["Gao", "Timbuktu", "Mopti", "Kidal", "Segou", "Menaka", "Douentza", "Bandiagara", "Sevare", "Djenne"]),
    "NG": dict(name="Nigeria", region="northern Nigeria", army="Nigerian army", foe="Boko Haram", foe_state="Abuja",
               groups=["Boko Haram fighters", "bandits"],
               towns=["Maiduguri", "Gusau", "Kaduna", "Katsina", "Sokoto", "Jos", "Yola", "Damaturu", "Bauchi", "Potiskum", "Zaria", "Makurdi"]),
    "AF": dict(name="Afghanistan", region="southern Afghanistan", army="Afghan army", foe="Taliban", foe_state="Kabul",
               groups=["Taliban fighters", "Islamic State militants"],
               towns=["Kandahar", "Lashkar Gah", "Kunduz", "Herat", "Jalalabad", "Ghazni", "Mazar-i-Sharif", "Kabul", "Farah", "Gardez"]),
    "ET": dict(name="Ethiopia", region="northern Ethiopia", army="Ethiopian army", foe="Ethiopian government", foe_state="Addis Ababa",
               groups=["Tigrayan forces", "Fano militiamen"],
               towns=["Mekelle", "Dessie", "Gondar", "Bahir Dar", "Kombolcha", "Adigrat", "Shire", "Woldia", "Lalibela"]),
    "SD": dict(name="Sudan", region="western Sudan", army="Sudanese army", foe="Rapid Support Forces", foe_state="Khartoum",
               groups=["Rapid Support Forces fighters", "armed tribesmen"],
               towns=["Khartoum", "Omdurman", "El Fasher", "Nyala", "El Obeid", "Geneina", "Kadugli", "Wad Madani", "Kassala"]),
    "CD": dict(name="Congo", region="eastern Congo", army="Congolese army", foe="M23", foe_state="Kinshasa",
               groups=["M23 rebels", "ADF militants"],
               towns=["Goma", "Beni", "Bunia", "Butembo", "Bukavu", "Uvira", "Rutshuru", "Kalemie"]),
    "MM": dict(name="Myanmar", region="northern Myanmar", army="Myanmar military", foe="junta", foe_state="Naypyitaw",
               groups=["resistance fighters", "Arakan Army fighters"],
               towns=["Myitkyina", "Lashio", "Sittwe", "Mandalay", "Hpakant", "Kalay", "Loikaw", "Bhamo", "Monywa"]),
    "IQ": dict(name="Iraq", region="northern Iraq", army="Iraqi army", foe="Islamic State", foe_state="Baghdad",
               groups=["Islamic State militants", "armed men"],
               towns=["Mosul", "Kirkuk", "Tikrit", "Baqubah", "Ramadi", "Fallujah", "Samarra", "Tal Afar", "Erbil"]),
    "BF": dict(name="Burkina Faso", region="northern Burkina Faso", army="Burkinabe army", foe="jihadist", foe_state="Ouagadougou",
               groups=["jihadist fighters", "armed men"],
               towns=["Djibo", "Dori", "Ouahigouya", "Kaya", "Fada N'Gourma", "Gorom-Gorom", "Arbinda", "Kongoussi"]),
    "MZ": dict(name="Mozambique", region="northern Mozambique", army="Mozambican army", foe="insurgent", foe_state="Maputo",
               groups=["insurgents", "armed men"],
               towns=["Pemba", "Mocimboa da Praia", "Palma", "Macomia", "Montepuez", "Mueda", "Nampula"]),
    "PK": dict(name="Pakistan", region="northwestern Pakistan", army="Pakistani army", foe="Pakistani Taliban", foe_state="Islamabad",
               groups=["Pakistani Taliban fighters", "separatist militants"],
               towns=["Peshawar", "Quetta", "Bannu", "Dera Ismail Khan", "Kohat", "Mardan", "Gwadar", "Turbat", "Khuzdar"]),
    "CO": dict(name="Colombia", region="southwestern Colombia", army="Colombian army", foe="ELN", foe_state="Bogota",
               groups=["ELN guerrillas", "FARC dissidents"],
               towns=["Cucuta", "Popayan", "Tumaco", "Buenaventura", "Arauca", "Quibdo", "Pasto", "Florencia"]),
}

OUTLETS = ["Reuters", "AFP", "the Associated Press", "Al Jazeera", "the BBC", "Anadolu", "Xinhua"]
SOURCES = ["Frontline Wire", "Conflict Daily", "Regional Monitor", "World Desk", "Field Report", "Crisis Watch", "Evening Bulletin", "Morning Post"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ISSUES = ["rising fuel prices", "power cuts", "the arrest of an opposition leader", "unpaid salaries", "a disputed election", "food shortages"]


def _number(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low, high)


def incident(rng: random.Random, day: date) -> dict:
    """One invented incident: where, when, what, how many."""
    code = rng.choice(sorted(COUNTRIES))
    c = COUNTRIES[code]
    kind = rng.choices(["shelling", "airstrike", "clash", "bomb", "civilians", "protest", "riot"], weights=[22, 18, 18, 10, 16, 11, 5])[0]
    return {
        "code": code, "kind": kind, "town": rng.choice(c["towns"]), "day": day,
        "killed": _number(rng, 1, 30) if kind not in ("protest",) else 0,
        "injured": _number(rng, 0, 40), "group": rng.choice(c["groups"]),
    }


def tell(rng: random.Random, inc: dict, variant: int) -> dict:
    """A report about the incident, published a day later; ``variant`` > 0 is another outlet's
    version (another wording, possibly another toll)."""
    c = COUNTRIES[inc["code"]]
    published = inc["day"] + timedelta(days=1)
    weekday = WEEKDAYS[inc["day"].weekday()]
    town, killed, injured, group = inc["town"], inc["killed"], inc["injured"], inc["group"]
    if variant and killed:
        killed = max(1, killed + rng.choice([-2, -1, 1, 2, 3]))
    outlet = rng.choice(OUTLETS)
    s: list[str] = []
    kind = inc["kind"]
    if kind == "shelling":
        s.append(f"{c['foe']} forces shelled the town of {town} in {c['region']} on {weekday}, killing {killed} civilians and wounding {injured}, local officials said.")
        if rng.random() < 0.5:
            s.append(f"{c['foe_state']} denied shelling the town and said its forces had hit military targets.")
        if rng.random() < 0.3:
            s.append(f"The {c['army']} accused the {c['foe']} side of targeting homes, {outlet} reported.")
    elif kind == "airstrike":
        s.append(f"Warplanes struck a market in {town} on {weekday}, killing at least {killed} people, witnesses told {outlet}.")
        if rng.random() < 0.4:
            s.append(f"A military spokesman denied that civilians had been hit.")
    elif kind == "clash":
        s.append(f"Heavy fighting broke out between the {c['army']} and {group} near {town} on {weekday}, and {killed} soldiers were killed, the military said.")
        if rng.random() < 0.4:
            s.append(f"The {group} said they had captured two checkpoints outside {town}.")
    elif kind == "bomb":
        s.append(f"A roadside bomb exploded near a police post in {town} on {weekday}, killing {killed} policemen and wounding {injured} others, police said.")
        if rng.random() < 0.6:
            s.append(f"The {group} claimed responsibility for the bombing in a statement relayed by {outlet}.")
    elif kind == "civilians":
        s.append(f"Gunmen killed {killed} villagers in an attack on a village near {town} on {weekday}, a local official told {outlet}.")
        if rng.random() < 0.3:
            s.append("Residents said the attackers burned houses before fleeing.")
    elif kind == "protest":
        s.append(f"Hundreds of people protested in {town} on {weekday} against {rng.choice(ISSUES)}, witnesses said.")
        if rng.random() < 0.5:
            s.append("Police fired tear gas to disperse the crowd.")
    else:
        s.append(f"Rioters set fire to shops and cars in {town} on {weekday} after a dispute over land, and {killed} people died in the violence, police said.")
    if rng.random() < 0.4:
        s.append(f"The conflict in {c['name']} has displaced thousands of families in recent years.")
    return {
        "text": " ".join(s),
        "published": published.isoformat(),
        "source": rng.choice(SOURCES) if not variant else rng.choice(SOURCES[::-1]),
        "title": f"{kind.capitalize()} reported in {town}",
    }


def generate(seed: int, count: int, start: date, days: int):
    """``count`` incidents -> a list of report dicts (about one incident in six told twice)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        inc = incident(rng, start + timedelta(days=rng.randrange(days)))
        out.append({**tell(rng, inc, 0), "id": f"bench-{seed}-{i}-a"})
        if rng.random() < 0.17:
            out.append({**tell(rng, inc, 1), "id": f"bench-{seed}-{i}-b"})
    return out


def _extract(report: dict):
    from conflictscope.ingest.readers import document_from_text
    from conflictscope.pipeline import Extractor

    document = document_from_text(report["text"], published=report["published"], id=report["id"], title=report["title"], source=report["source"])
    return document, Extractor.default().extract(document)


class _Extracted:
    """Hands ``ingest_document`` the events the real pipeline already found for this document
    (in a worker process), so extraction runs on every core while writes stay in one process."""

    def __init__(self, events):
        self.events = events

    def extract(self, _document):
        return self.events


def build_store(db: str, events_wanted: int, seed: int = 7, workers: int = 2) -> int:
    from conflictscope.store import open_store, queries

    store = open_store(db)
    try:
        have = queries.count_events(store)
        batch_no = 0
        started = time.monotonic()
        while have < events_wanted and batch_no < 200:
            missing = events_wanted - have
            reports = generate(seed + batch_no, max(200, int(missing * 1.1)), date(2022, 1, 1), 730)
            with ProcessPoolExecutor(max_workers=workers) as pool:
                for n, (document, events) in enumerate(pool.map(_extract, reports, chunksize=16), 1):
                    queries.ingest_document(store, document, _Extracted(events), origin="bench/api_latency.py")
                    if n % 500 == 0:
                        print(f"  {n}/{len(reports)} reports, {time.monotonic() - started:.0f} s", file=sys.stderr)
            have = queries.count_events(store)
            batch_no += 1
            print(f"store: {have} fused events", file=sys.stderr)
        return have
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def measure(base: str, path: str, params: dict, n: int) -> dict:
    import httpx

    timings = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for _ in range(5):  # warm-up
            client.get(path, params=params).raise_for_status()
        for _ in range(n):
            t0 = time.perf_counter()
            response = client.get(path, params=params)
            timings.append((time.perf_counter() - t0) * 1000)
            response.raise_for_status()
        body = response.json()
        total = body.get("total") if isinstance(body, dict) else len(body)
    return {"p50": percentile(timings, 50), "p95": percentile(timings, 95), "mean": statistics.fmean(timings), "total": total}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/conflictscope-bench.db")
    parser.add_argument("--events", type=int, default=10_000, help="at least this many fused events in the store")
    parser.add_argument("--requests", type=int, default=300, help="timed requests per query")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--build-only", action="store_true", help="build the store and stop")
    parser.add_argument("--record", action="store_true", help="append the figures to bench/RESULTS.md")
    args = parser.parse_args()

    t0 = time.monotonic()
    events = build_store(args.db, args.events, workers=args.workers)
    print(f"store ready: {events} fused events ({time.monotonic() - t0:.0f} s)")
    if args.build_only:
        return 0

    load_before = os.getloadavg()[0]
    port = free_port()
    env = {**os.environ, "CONFLICTSCOPE_TOKEN": ""}
    server = subprocess.Popen(
        [sys.executable, "-m", "conflictscope", "serve", "--db", args.db, "--port", str(port), "--no-warm"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/health", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.2)
        queries = [
            ("events, first page of 100 (no filter)", "/api/events", {}),
            ("events filtered (country=UA, since=2023-01-01, type=Explosions/Remote violence)", "/api/events",
             {"country": "UA", "since": "2023-01-01", "type": "Explosions/Remote violence"}),
            ("events filtered (bbox 30,10,45,40 & disputed=true)", "/api/events", {"bbox": "30,10,45,40", "disputed": "true"}),
            ("map points, 5,000 per page (no filter)", "/api/map", {}),
            ("counts per day (no filter)", "/api/counts/daily", {}),
        ]
        rows = []
        for label, path, params in queries:
            r = measure(base, path, params, args.requests)
            rows.append((label, r))
            print(f"{label}: p50 {r['p50']:.1f} ms, p95 {r['p95']:.1f} ms (mean {r['mean']:.1f} ms, {r['total']} matching)")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()

    load_after = os.getloadavg()[0]
    print(f"machine load average (1 min): {load_before:.1f} before, {load_after:.1f} after")
    if args.record:
        command = f"python bench/api_latency.py --db {args.db} --events {args.events} --requests {args.requests} --record"
        lines = [
            "",
            f"## API latency ({date.today().isoformat()})",
            "",
            f"`{command}`: {events:,} fused events in SQLite (real extraction of generated reports), the real server",
            f"(`conflictscope serve`, one uvicorn process) on loopback, {args.requests} sequential requests per query, {os.cpu_count()} cores",
            f"shared with other work (load average {load_before:.1f} before, {load_after:.1f} after: figures vary by about 2x between runs).",
            "",
            "| query | p50 (ms) | p95 (ms) | matching events |",
            "|---|---|---|---|",
            *[f"| {label} | {r['p50']:.1f} | {r['p95']:.1f} | {r['total'] if r['total'] is not None else '-'} |" for label, r in rows],
            "",
        ]
        results = ROOT / "bench" / "RESULTS.md"
        existing = results.read_text(encoding="utf-8") if results.exists() else "# Bench results\n"
        results.write_text(existing.rstrip("\n") + "\n" + "\n".join(lines), encoding="utf-8")
        print(f"appended to {results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
