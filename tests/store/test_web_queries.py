"""The web's store queries on SQLite and PostgreSQL: bbox, free text, sorting, counts, stats, the
review overlay, tokens and the live cursor."""
from __future__ import annotations

from datetime import date

import pytest
from store_builders import R1, R1_CLAIMS, R2, R2_CLAIMS, R3, R3_CLAIMS, save

from sitroom.store import query, review, tokens
from sitroom.store.query import EventFilter

PLACE = {"Sheikh Saeed": "A", "Idlib": "B", "Palmyra": "C", "Mosul": "D"}


@pytest.fixture
def filled(store):
    for rep, claims in ((R1, R1_CLAIMS), (R2, R2_CLAIMS), (R3, R3_CLAIMS)):
        save(store, rep, claims)
    return store


def letters(page) -> str:
    return "".join(PLACE[e.location.name] for e in page.items)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(bbox=(36.0, 33.0, 39.0, 37.0)), "CBA"),  # Syria's west and centre: Idlib, Palmyra, Sheikh Saeed; not Mosul
        (EventFilter(bbox=(42.0, 35.0, 44.0, 37.0)), "D"),
        (EventFilter(q="mosul"), "D"),
        (EventFilter(q="SHEIKH"), "A"),
        (EventFilter(q="observatory"), "AC"),  # a source's name
        (EventFilter(q="%"), ""),
        (EventFilter(sort="-fatalities"), "ABCD"),  # 30 (A), 12 (B), then no figure: date, id
        (EventFilter(status="CORROBORATED"), "A"),
        (EventFilter(event_type="battles", country="syria"), "CA"),
    ],
)
def test_find_events(filled, flt, expected):
    page = filled.search(flt)
    if flt.sort == "date":
        assert sorted(letters(page)) == sorted(expected)
    else:
        assert letters(page) == expected
    assert page.total == len(expected)


def test_paging_counts_everything(filled):
    page = filled.search(EventFilter(limit=2, offset=1))
    assert len(page.items) == 2 and page.total == 4


def test_stats(filled):
    stats = filled.read(lambda conn: query.stats(conn, EventFilter(country="Syria")))
    assert stats["total"]["events"] == 3
    assert {r["event_type"]: r["events"] for r in stats["by_type"]} == {"Battles": 2, "Explosions/Remote violence": 1}
    assert {r["admin1"]: r["events"] for r in stats["by_admin1"]} == {"Aleppo": 1, "Homs": 1, "Idlib": 1}
    assert [(r["date"], r["event_type"]) for r in stats["by_day"]] == [
        ("2016-12-08", "Battles"), ("2016-12-09", "Battles"), ("2016-12-09", "Explosions/Remote violence")]


def test_review_overlay_and_filters(filled):
    idlib = filled.search(EventFilter(q="idlib")).items[0]
    filled.review(idlib.id, "correct", "location", {"name": "Saraqib", "latitude": 35.86, "longitude": 36.80}, "wrong town", "ana")
    filled.review(idlib.id, "correct", "event_date", "2016-12-08", "", "ana")
    seen = filled.event(idlib.id)
    assert (seen.location.name, seen.location.admin1, str(seen.event_date)) == ("Saraqib", "Idlib", "2016-12-08")
    assert {"reviewed", "corrected:location", "corrected:event_date"} <= set(seen.flags)
    assert [e.id for e in filled.events(until=date(2016, 12, 8))] == sorted([idlib.id, filled.search(EventFilter(q="palmyra")).items[0].id])
    assert filled.search(EventFilter(q="saraqib")).items[0].id == idlib.id
    assert filled.search(EventFilter(q="idlib", rejected="exclude")).items[0].id == idlib.id  # admin1 still Idlib
    log = filled.reviews(idlib.id)
    assert [(r.field, r.old["name"] if r.field == "location" else r.old) for r in log] == [("location", "Idlib"), ("event_date", "2016-12-09")]
    with pytest.raises(review.ReviewError, match="already"):
        filled.review(idlib.id, "correct", "event_date", "2016-12-08", "", "ana")
    with pytest.raises(KeyError):
        filled.review("nope", "confirm", None, None, "", "ana")


def test_tokens(store):
    secret = store.write(lambda conn: tokens.create(conn, "bot-1"))
    assert store.read(lambda conn: tokens.check(conn, secret)) == ("bot-1", True)
    assert store.read(lambda conn: tokens.check(conn, secret + "x")) == (None, False)
    store.write(lambda conn: tokens.revoke(conn, "bot-1"))
    assert store.read(lambda conn: tokens.check(conn, secret)) == ("bot-1", False)


def test_changes_follow_reports_and_reviews(store):
    start = store.read(query.cursor_now)
    save(store, R1, R1_CLAIMS)
    events, after_r1 = store.read(lambda conn: query.changes(conn, start))
    assert sorted(PLACE[e.location.name] for e in events) == ["A", "B"]
    save(store, R2, R2_CLAIMS)
    events, after_r2 = store.read(lambda conn: query.changes(conn, after_r1))
    assert sorted(PLACE[e.location.name] for e in events) == ["A", "C"]  # A changed (a second source), C is new
    assert store.read(lambda conn: query.changes(conn, after_r2)) == ([], after_r2)
    a = next(e for e in events if e.location.name == "Sheikh Saeed")
    store.review(a.id, "reject", None, None, "", "ana")
    events, _ = store.read(lambda conn: query.changes(conn, after_r2))
    assert [(e.id, "rejected" in e.flags) for e in events] == [(a.id, True)]
    assert query.Cursor.decode(after_r2.encode()) == after_r2
