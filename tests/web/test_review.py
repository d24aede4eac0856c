"""Analyst review: corrections are logged, laid over every read and export, and survive re-ingestion."""
from __future__ import annotations

import io
import json

from sitroom.export import export

# Another report of the seed's Sheikh Saeed battle (same day, same district): it re-fuses that event.
MORE_SHEIKH_SAEED = ("Fierce clashes continued in the Sheikh Saeed district of Aleppo on Friday, "
                     "killing at least 30 pro-Assad fighters, opposition activists said.")


def _auth(client):
    return client.auth_headers


def _sheikh_saeed(client) -> dict:
    items = client.get("/api/events?q=sheikh saeed&sub_event_type=Armed clash", headers=_auth(client)).json()["items"]
    assert len(items) == 1, items
    return items[0]


def test_correction_is_logged_overlaid_exported_and_survives_reingest(client, store):
    ev = _sheikh_saeed(client)
    before = client.get(f"/api/events/{ev['id']}", headers=_auth(client)).json()
    old = before["fatalities"]["best"]
    r = client.post(f"/api/events/{ev['id']}/reviews", headers=_auth(client),
                    json={"action": "correct", "field": "fatalities", "value": 7, "note": "hospital list names 7"})
    assert r.status_code == 201, r.text
    logged = r.json()
    assert logged["who"] == "alice" and logged["old"]["best"] == old and logged["new"] == {"low": 7, "best": 7, "high": 7}

    after = client.get(f"/api/events/{ev['id']}", headers=_auth(client)).json()
    assert after["fatalities"]["best"] == 7 and "corrected:fatalities" in after["flags"]
    assert [x["note"] for x in after["reviews"]] == ["hospital list names 7"]
    # filters and sorting see the corrected value
    assert ev["id"] in {i["id"] for i in client.get("/api/events?q=sheikh saeed", headers=_auth(client)).json()["items"]}

    # every export reads through the overlay
    for fmt in ("acled", "jsonl", "geojson", "ucdp"):
        out = io.StringIO()
        export(store.events(), fmt, out)
        text = out.getvalue()
        if fmt == "jsonl":
            record = next(json.loads(line) for line in text.splitlines() if json.loads(line)["id"] == ev["id"])
            assert record["fatalities"]["best"] == 7
        elif fmt == "acled":
            import csv

            row = next(r for r in csv.DictReader(io.StringIO(text)) if r["notes"] and "Sheikh Saeed" in r["location"])
            assert row["fatalities"] == "7" and "corrected:fatalities" in row["tags"]

    # a new report about the same battle re-fuses the event; the correction still holds
    posted = client.post("/api/reports", headers=_auth(client), json={"text": MORE_SHEIKH_SAEED, "published": "2016-12-09T20:00:00Z"}).json()
    assert ev["id"] in posted["events"] and posted["updated_events"] >= 1
    again = client.get(f"/api/events/{ev['id']}", headers=_auth(client)).json()
    assert len(again["claims"]) == len(before["claims"]) + 1
    assert again["fatalities"]["best"] == 7


def test_reject_marks_but_keeps_and_restore_undoes(client):
    ev = _sheikh_saeed(client)
    url = f"/api/events/{ev['id']}/reviews"
    assert client.post(url, headers=_auth(client), json={"action": "reject", "note": "duplicate of another report"}).status_code == 201
    detail = client.get(f"/api/events/{ev['id']}", headers=_auth(client)).json()
    assert detail["rejected"] is True
    ids = lambda q: {i["id"] for i in client.get(f"/api/events?limit=1000&{q}", headers=_auth(client)).json()["items"]}  # noqa: E731
    assert ev["id"] in ids("") and ev["id"] not in ids("rejected=exclude") and ids("rejected=only") == {ev["id"]}
    client.post(url, headers=_auth(client), json={"action": "restore", "note": "not a duplicate after all"})
    assert client.get(f"/api/events/{ev['id']}", headers=_auth(client)).json()["rejected"] is False


def test_corrected_type_moves_the_event_between_filters(client):
    ev = _sheikh_saeed(client)
    client.post(f"/api/events/{ev['id']}/reviews", headers=_auth(client),
                json={"action": "correct", "field": "sub_event_type", "value": "Shelling/artillery/missile attack", "note": ""})
    battles = {i["id"] for i in client.get("/api/events?limit=1000&event_type=Battles", headers=_auth(client)).json()["items"]}
    shelling = client.get("/api/events?limit=1000&sub_event_type=Shelling/artillery/missile attack", headers=_auth(client)).json()
    assert ev["id"] not in battles and ev["id"] in {i["id"] for i in shelling["items"]}
    stats = client.get("/api/stats?event_type=Explosions/Remote violence", headers=_auth(client)).json()
    assert stats["total"]["events"] == shelling["total"] + sum(
        1 for i in client.get("/api/events?limit=1000&event_type=Explosions/Remote violence", headers=_auth(client)).json()["items"]
        if i["sub_event_type"] != "Shelling/artillery/missile attack")


def test_bad_reviews_are_422_and_unknown_events_404(client, open_client):
    ev = _sheikh_saeed(client)
    url = f"/api/events/{ev['id']}/reviews"
    for body, says in [
        ({"action": "approve"}, "action 'approve'"),
        ({"action": "correct", "field": "colour", "value": "red"}, "field 'colour'"),
        ({"action": "correct", "field": "fatalities", "value": "many"}, "fatalities 'many'"),
        ({"action": "correct", "field": "event_date", "value": "Friday"}, "event_date 'Friday'"),
        ({"action": "correct", "field": "location", "value": {"name": "X", "latitude": 95, "longitude": 0}}, "outside"),
        ({"action": "correct", "field": "status", "value": "true"}, "status 'true'"),
    ]:
        r = client.post(url, headers=_auth(client), json=body)
        assert r.status_code == 422 and says in r.json()["detail"], (body, r.text)
    assert client.post("/api/events/nope/reviews", headers=_auth(client), json={"action": "confirm"}).status_code == 404
    assert open_client.post(url, json={"action": "confirm"}).status_code == 401
    assert client.get(f"/api/events/{ev['id']}", headers=_auth(client)).json()["reviews"] == []
