"""The JSON API on the seed: every endpoint, filter and error, through FastAPI's test client."""
from __future__ import annotations

import json

import pytest
from web_fixtures import LATER

ALEPPO_CITY = (37.0, 36.1, 37.3, 36.3)  # west, south, east, north: the city and its districts


def _get(client, url, **kw):
    return client.get(url, headers=client.auth_headers, **kw)


def _all(client, query=""):
    return _get(client, f"/api/events?limit=1000&{query}").json()


def test_events_list_is_the_fused_seed(client, seed_events):
    body = _all(client)
    assert body["total"] == len(seed_events) == len(body["items"])
    assert {i["id"] for i in body["items"]} == {e.id for e in seed_events}
    dates = [i["event_date"] for i in body["items"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        ("event_type=Battles", lambda e: e.event_type == "Battles"),
        ("event_type=air/drone strike", lambda e: e.sub_event_type == "Air/drone strike"),
        ("sub_event_type=Armed clash", lambda e: e.sub_event_type == "Armed clash"),
        ("country=syria", lambda e: e.location is not None and e.location.country == "Syria"),
        ("admin1=Aleppo", lambda e: e.location is not None and e.location.admin1 == "Aleppo"),
        ("status=contested", lambda e: e.status == "contested"),
        ("since=2016-12-09&until=2016-12-09", lambda e: str(e.event_date) == "2016-12-09"),
        ("until=2016-12-08", lambda e: str(e.event_date) <= "2016-12-08"),
        ("actor=islamic state", lambda e: any("islamic state" in a.name.lower() for a in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2) if a)),
        ("bbox=" + ",".join(map(str, ALEPPO_CITY)),
         lambda e: e.location is not None and 36.1 <= e.location.latitude <= 36.3 and 37.0 <= e.location.longitude <= 37.3),
        ("q=al-bab", lambda e: "al-bab" in (e.location.name.lower() if e.location else "") or "al-bab" in e.notes.lower()
         or any("al-bab" in (a.name.lower()) for a in (e.actor1, e.actor2) if a)),
    ],
)
def test_each_filter_keeps_exactly_the_matching_events(client, seed_events, query, keep):
    body = _all(client, query)
    expected = {e.id for e in seed_events if keep(e)}
    assert expected, f"the seed should have events for {query}"
    assert {i["id"] for i in body["items"]} == expected
    assert body["total"] == len(expected)


def test_bbox_leaves_out_al_bab(client):
    items = _all(client, "bbox=" + ",".join(map(str, ALEPPO_CITY)))["items"]
    assert items and all(i["location"] != "al-Bab" for i in items)
    assert any(i["location"] == "al-Bab" for i in _all(client)["items"])


def test_paging_and_sorting(client):
    full = _all(client, "sort=-fatalities")["items"]
    deaths = [i["fatalities"] for i in full if i["fatalities"] is not None]
    assert deaths == sorted(deaths, reverse=True) and deaths[0] >= 25  # the seed's two 25-death reports
    page = _get(client, "/api/events?sort=-fatalities&limit=5&offset=5").json()
    assert [i["id"] for i in page["items"]] == [i["id"] for i in full[5:10]]
    assert page["total"] == len(full) and page["limit"] == 5 and page["offset"] == 5


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("since=yesterday", "since"),
        ("since=2016-12-10&until=2016-12-01", "after until"),
        ("status=bogus", "status 'bogus' is not one of"),
        ("event_type=Skirmish", "event_type 'Skirmish'"),
        ("sub_event_type=Battles", "sub_event_type 'Battles'"),
        ("bbox=1,2,3", "four numbers"),
        ("bbox=10,50,20,40", "south <= north"),
        ("sort=colour", "sort 'colour'"),
        ("limit=0", "limit"),
        ("limit=100000", "limit"),
        ("offset=-1", "offset"),
        ("rejected=maybe", "rejected 'maybe'"),
    ],
)
def test_bad_filter_values_are_422_with_a_message(client, query, says):
    response = _get(client, f"/api/events?{query}")
    assert response.status_code == 422
    assert says in response.json()["detail"]


def test_event_detail_has_claims_sources_and_evidence_offsets(client, store):
    battle = _all(client, "sub_event_type=Armed clash&sort=-fatalities")["items"][0]
    detail = _get(client, f"/api/events/{battle['id']}").json()
    assert detail["id"] == battle["id"] and detail["sub_event_type"] == "Armed clash"
    assert detail["claims"], "every event has at least one claim"
    report = store.report(detail["claims"][0]["report_id"])
    for claim in detail["claims"]:
        assert claim["source"] is None or {"name", "kind", "stance", "cue"} <= set(claim["source"])
        assert any(ev["field"] == "sentence" for ev in claim["evidence"])
        for ev in claim["evidence"]:
            assert report.text[ev["start"] : ev["end"]] == ev["text"]
    assert detail["reviews"] == [] and detail["rejected"] is False


def test_unknown_event_and_report_are_404(client):
    assert _get(client, "/api/events/0000000000000000").status_code == 404
    assert _get(client, "/api/reports/nope").status_code == 404


def test_reports_list_and_detail_with_entries(client, seed_events):
    listing = _get(client, "/api/reports").json()
    assert listing["total"] == 1
    summary = listing["items"][0]
    assert summary["title"] == "Syria daily, 9 December 2016" and summary["events"] == len(seed_events)
    detail = _get(client, f"/api/reports/{summary['id']}").json()
    labels = [e["label"] for e in detail["entries"]]
    assert "UPDATE 1850 GMT" in labels and "ORIGINAL ENTRY" in labels  # the seed's live-blog updates
    update = detail["entries"][labels.index("UPDATE 1850 GMT")]
    assert update["time"].startswith("2016-12-09T18:50")
    assert detail["text"][update["start"] : update["end"]].startswith("UPDATE 1850 GMT")
    found = {eid for e in detail["entries"] for eid in e["events"]}
    assert found == {e.id for e in seed_events}
    assert _get(client, f"/api/reports/{summary['id']}").json() == detail


def test_stats_add_up_to_the_events(client):
    stats = _get(client, "/api/stats").json()
    items = _all(client)["items"]
    assert stats["total"]["events"] == len(items)
    assert stats["total"]["fatalities"] == sum(i["fatalities"] or 0 for i in items)
    by_type = {r["event_type"]: r["events"] for r in stats["by_type"]}
    for t in {i["event_type"] for i in items}:
        assert by_type[t] == sum(1 for i in items if i["event_type"] == t)
    assert sum(r["events"] for r in stats["by_day"]) == len(items)
    assert sum(r["events"] for r in stats["by_admin1"]) == len(items)
    battles = _get(client, "/api/stats?event_type=Battles").json()
    assert [r["event_type"] for r in battles["by_type"]] == ["Battles"]


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/reports", "/api/reports/{report_id}", "/api/stream",
                 "/api/stats", "/api/events/{event_id}/reviews"):
        assert path in paths
    assert "post" in paths["/api/reports"]


# -- tokens -----------------------------------------------------------------------------------


def test_reads_need_a_token_unless_opened(client, open_client):
    assert client.get("/api/events").status_code == 401
    assert client.get("/api/events", headers={"Authorization": "Bearer sitroom_wrong"}).status_code == 403
    assert client.get("/api/events", headers={"Authorization": "Basic abc"}).status_code == 401
    assert _get(client, "/api/events").status_code == 200
    assert open_client.get("/api/events").status_code == 200


def test_revoked_token_is_403(client, store):
    from sitroom.store.tokens import revoke

    store.write(lambda conn: revoke(conn, "alice"))
    response = _get(client, "/api/events")
    assert response.status_code == 403 and "revoked" in response.json()["detail"]


def test_post_report_needs_a_token_even_when_reads_are_open(open_client):
    body = {"text": LATER, "published": "2016-12-10"}
    assert open_client.post("/api/reports", json=body).status_code == 401
    assert open_client.post("/api/reports", json=body, headers={"Authorization": "Bearer nope"}).status_code == 403


def test_post_report_ingests_and_is_idempotent(client):
    body = {"text": LATER, "published": "2016-12-10T09:00:00Z", "title": "Later", "external_id": "later-1"}
    first = client.post("/api/reports", json=body, headers=client.auth_headers)
    assert first.status_code == 201, first.text
    saved = first.json()
    assert saved["new"] is True and saved["claims"] >= 1 and saved["events"]
    event = _get(client, f"/api/events/{saved['events'][0]}").json()
    assert event["location"]["name"] == "al-Bab" and event["event_date"] == "2016-12-10"
    again = client.post("/api/reports", json=body, headers=client.auth_headers).json()
    assert again["new"] is False and again["claims"] == 0
    assert _get(client, "/api/reports/later-1").json()["title"] == "Later"


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        (b"{not json", 422, "body"),
        (json.dumps({"published": "2016-12-10"}).encode(), 422, "text"),
        (json.dumps({"text": "x", "published": "someday"}).encode(), 422, "published"),
    ],
)
def test_post_report_rejects_bad_bodies(client, body, status, says):
    response = client.post("/api/reports", content=body, headers={**client.auth_headers, "Content-Type": "application/json"})
    assert response.status_code == status and says in response.json()["detail"]


def test_oversized_report_is_413(store, token):
    from web_fixtures import make_client

    small = make_client(store, max_body_bytes=1000)
    headers = {"Authorization": f"Bearer {token}"}
    response = small.post("/api/reports", json={"text": "Rebels shelled Jableh. " * 100}, headers=headers)
    assert response.status_code == 413 and "1000-byte limit" in response.json()["detail"]
    assert small.post("/api/reports", json={"text": LATER}, headers=headers).status_code == 201


# -- the live stream --------------------------------------------------------------------------


def _messages(text: str) -> list[dict]:
    out = []
    for block in text.strip().split("\n\n"):
        msg = {}
        for line in block.splitlines():
            key, _, value = line.partition(": ")
            msg[key] = value
        out.append(msg)
    return out


def test_stream_sends_new_and_changed_events_after_the_cursor(client):
    with client.stream("GET", "/api/stream?duration=0.2", headers=client.auth_headers) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        hello = _messages(r.read().decode())[0]
    assert hello["event"] == "hello"
    cursor = hello["id"]
    posted = client.post("/api/reports", json={"text": LATER, "published": "2016-12-10"}, headers=client.auth_headers).json()
    with client.stream("GET", f"/api/stream?duration=0.5&cursor={cursor}", headers=client.auth_headers) as r:
        messages = _messages(r.read().decode())
    sent = [json.loads(m["data"]) for m in messages if m.get("event") == "event"]
    assert {e["id"] for e in sent} == set(posted["events"])
    last = [m["id"] for m in messages if "id" in m][-1]
    # resuming from the last id sends nothing again
    with client.stream("GET", "/api/stream?duration=0.3", headers={**client.auth_headers, "Last-Event-ID": last}) as r:
        assert [m for m in _messages(r.read().decode()) if m.get("event") == "event"] == []


def test_stream_reports_reviews_and_rejects_bad_cursors(client):
    with client.stream("GET", "/api/stream?duration=0.1", headers=client.auth_headers) as r:
        cursor = _messages(r.read().decode())[0]["id"]
    eid = _all(client)["items"][0]["id"]
    client.post(f"/api/events/{eid}/reviews", json={"action": "reject", "note": "duplicate"}, headers=client.auth_headers)
    with client.stream("GET", f"/api/stream?duration=0.3&cursor={cursor}", headers=client.auth_headers) as r:
        sent = [json.loads(m["data"]) for m in _messages(r.read().decode()) if m.get("event") == "event"]
    assert [(e["id"], e["rejected"]) for e in sent] == [(eid, True)]
    assert client.get("/api/stream?cursor=garbage", headers=client.auth_headers).status_code == 422
    assert client.get("/api/stream").status_code == 401
