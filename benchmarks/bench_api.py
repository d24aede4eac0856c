"""Benchmark `sitroom serve`: /api/events latency with filters over many events, and the dashboard's first load.

    .venv/bin/python benchmarks/bench_api.py                  # 100,000 synthetic events in a temporary SQLite file
    .venv/bin/python benchmarks/bench_api.py --events 20000 --rounds 50 --json

Events are synthetic (random types, places in a few countries, dates over two years, actors,
fatalities), written straight into the events table, then queried in-process through FastAPI's test
client, so a figure includes routing, validation, the query and JSON encoding but no network.
Targets (issue 5): p95 < 100 ms for /api/events with filters; dashboard first load < 1 MB.
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import re
import statistics
import sys
import tempfile
import time
import warnings
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitroom.models import DISORDER, SUB_TO_TYPE, ActorRef, Event, Fatalities, Location, SourceRef  # noqa: E402
from sitroom.store import Store  # noqa: E402
from sitroom.store import rows as store_rows  # noqa: E402
from sitroom.store.query import optimize  # noqa: E402
from sitroom.store.schema import events as events_t  # noqa: E402

PLACES = [  # (name, admin1, country, latitude, longitude): real places, so bbox queries mean something
    ("Aleppo", "Aleppo", "Syria", 36.2021, 37.1343), ("al-Bab", "Aleppo", "Syria", 36.3706, 37.5157),
    ("Palmyra", "Homs", "Syria", 34.5624, 38.2840), ("Douma", "Rif Dimashq", "Syria", 33.5711, 36.4011),
    ("Idlib", "Idlib", "Syria", 35.9306, 36.6339), ("Mosul", "Ninewa", "Iraq", 36.3350, 43.1189),
    ("Fallujah", "Al Anbar", "Iraq", 33.3496, 43.7836), ("Taizz", "Taizz", "Yemen", 13.5795, 44.0209),
    ("Hodeidah", "Al Hudaydah", "Yemen", 14.7978, 42.9545), ("Kharkiv", "Kharkiv", "Ukraine", 49.9935, 36.2304),
    ("Mariupol", "Donetsk", "Ukraine", 47.0971, 37.5434), ("Khartoum", "Khartoum", "Sudan", 15.5007, 32.5599),
    ("Gao", "Gao", "Mali", 16.2666, -0.0400), ("Kabul", "Kabul", "Afghanistan", 34.5553, 69.2075),
]
ACTORS = ["Military Forces of Syria (2000-2024)", "Islamic State (Syria)", "Hayat Tahrir al-Sham", "SDF: Syrian Democratic Forces",
          "Military Forces of Russia (2000-)", "Military Forces of Iraq (2014-)", "Houthi Movement", "Civilians (Syria)",
          "Military Forces of Ukraine (2019-)", "Rapid Support Forces", "JNIM", "Taliban"]
STATUSES = ["reported", "reported", "reported", "claimed", "corroborated", "contested", "denied"]
SOURCES = [SourceRef("Syrian Observatory for Human Rights", "monitor", "pro-opposition"), SourceRef("Reuters", "news outlet", "independent"),
           SourceRef("SANA", "state media", "pro-government")]


def synthetic_events(n: int, seed: int = 7) -> list[Event]:
    rnd = random.Random(seed)
    subs = list(SUB_TO_TYPE)
    start = date(2015, 1, 1)
    out = []
    for i in range(n):
        sub = rnd.choice(subs)
        etype = SUB_TO_TYPE[sub]
        name, admin1, country, lat, lon = rnd.choice(PLACES)
        best = rnd.choice([0, 0, 1, 2, 3, 5, 10, 12, 25, 50]) if etype != "Protests" else 0
        out.append(Event(
            id=f"{i:016x}", event_date=start + timedelta(days=rnd.randrange(730)), time_precision=1,
            disorder_type=DISORDER[etype], event_type=etype, sub_event_type=sub,
            actor1=ActorRef(rnd.choice(ACTORS)), actor2=ActorRef(rnd.choice(ACTORS)) if rnd.random() < 0.7 else None,
            location=Location(name, lat + rnd.uniform(-0.05, 0.05), lon + rnd.uniform(-0.05, 0.05), 1, country, admin1=admin1),
            fatalities=Fatalities(best, best, best), status=rnd.choice(STATUSES), sources=[rnd.choice(SOURCES)],
            claim_ids=[f"c{i:015x}"], notes=f"Synthetic event {i} in {name} ({admin1}).",
        ))
    return out


def fill(store: Store, events: list[Event]) -> None:
    batch = 5000
    for i in range(0, len(events), batch):
        chunk = [store_rows.event_row(e) for e in events[i : i + batch]]
        store.write(lambda conn, chunk=chunk: conn.execute(events_t.insert(), chunk))


QUERIES = [
    "/api/events",
    "/api/events?country=Syria",
    "/api/events?event_type=Battles&since=2016-01-01&until=2016-06-30",
    "/api/events?admin1=Aleppo&status=contested",
    "/api/events?sub_event_type=Air/drone strike&sort=-fatalities",
    "/api/events?actor=islamic state&country=Syria",
    "/api/events?bbox=36.0,35.5,38.0,36.8",
    "/api/events?q=mosul",
    "/api/events?since=2016-03-01&until=2016-03-31&sort=-date&limit=100",
    "/api/events?country=Yemen&offset=2000",
]


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def first_load_bytes(client) -> dict[str, int]:
    """Bytes the dashboard transfers on first load (compressed as served): the page, what it links,
    the basemap, and its first API calls."""
    def size(url: str) -> int:
        r = client.get(url, headers={"Accept-Encoding": "gzip"})
        assert r.status_code == 200, url
        return r.num_bytes_downloaded

    html = client.get("/").content
    urls = ["/"] + [u.decode() for u in re.findall(rb'(?:href|src)="(/static/[^"]+)"', html)]
    urls += ["/static/basemap/countries-110m.geojson", "/api/events?limit=1000&sort=-date", "/api/stats"]
    return {u: size(u) for u in urls}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=30, help="times each query is run (after one warm-up)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

    from sitroom.web import Settings, create_app

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        t0 = time.perf_counter()
        fill(store, synthetic_events(args.events))
        store.write(optimize)  # as `sitroom serve` does when it starts
        fill_s = time.perf_counter() - t0
        client = TestClient(create_app(Settings(db=store.url, open_reads=True), store))
        per_query = {}
        every = []
        for url in QUERIES:
            assert client.get(url).status_code == 200, url
            times = []
            for _ in range(args.rounds):
                t = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200
            every += times
            per_query[url] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 95), 1),
                              "total": r.json()["total"]}
        sizes = first_load_bytes(client)
        store.close()
    result = {
        "events": args.events, "fill_seconds": round(fill_s, 1), "rounds": args.rounds,
        "p95_ms_all_queries": round(percentile(every, 95), 1), "p50_ms_all_queries": round(statistics.median(every), 1),
        "per_query": per_query, "first_load_bytes": sum(sizes.values()), "first_load": sizes,
        "leaflet_installed": any("leaflet.js" in k for k in sizes), "python": platform.python_version(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{args.events} events in SQLite (filled in {result['fill_seconds']} s)")
        for url, figures in per_query.items():
            print(f"  {figures['p50_ms']:7.1f} ms p50 {figures['p95_ms']:7.1f} ms p95  {figures['total']:>6} match  {url}")
        print(f"/api/events with filters: p95 {result['p95_ms_all_queries']} ms over {len(every)} requests (target < 100 ms)")
        print(f"dashboard first load: {result['first_load_bytes']:,} bytes (target < 1,000,000)"
              + ("" if result["leaflet_installed"] else " - Leaflet not installed, run `make web-assets`"))
        for url, n in sizes.items():
            print(f"  {n:>9,}  {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
