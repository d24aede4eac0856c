"""Pages: built from the same queries as the API, escaped everywhere, forms guarded against CSRF."""
from __future__ import annotations

import re

from web_fixtures import MALICIOUS

HTML = {"Accept": "text/html"}


def _login(client, token: str) -> None:
    page = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = client.post("/login", data={"token": token, "csrf": csrf, "next": "/events"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/events"


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_pages_send_browsers_without_a_token_to_login(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_login_with_a_bad_token_is_refused(client):
    csrf = _csrf(client.get("/login").text)
    r = client.post("/login", data={"token": "sitroom_nope", "csrf": csrf})
    assert r.status_code == 403 and "not recognised" in r.text


def test_login_sets_a_cookie_that_opens_pages_and_json(client, token):
    _login(client, token)
    assert client.get("/").status_code == 200
    assert client.get("/api/events").status_code == 200  # same-origin fetches from the pages


def test_events_table_matches_the_api(open_client):
    api = open_client.get("/api/events?event_type=Battles&sort=-fatalities&limit=1000").json()
    page = open_client.get("/events?event_type=Battles&sort=-fatalities").text
    linked = list(dict.fromkeys(re.findall(r"<td><a href=\"/events/([0-9a-f]+)\">", page)))
    assert linked == [i["id"] for i in api["items"]]
    assert f"{api['total']} events" in page


def test_event_page_shows_fields_claims_and_highlighted_evidence(open_client):
    ev = open_client.get("/api/events?sub_event_type=Armed clash&sort=-fatalities").json()["items"][0]
    detail = open_client.get(f"/api/events/{ev['id']}").json()
    html = open_client.get(f"/events/{ev['id']}").text
    assert f"{detail['sub_event_type']}" in html and f'st-{detail["status"]}' in html
    for claim in detail["claims"]:
        if claim["source"]:
            assert claim["source"]["kind"] in html and claim["source"]["stance"] in html
    sentence = next(e for e in detail["claims"][0]["evidence"] if e["field"] == "sentence")
    marked = "".join(re.findall(r'<mark class="ev-sentence[^"]*"[^>]*>(.*?)</mark>', html, flags=re.S))
    first_words = sentence["text"][:30].replace("&", "&amp;").replace("'", "&#39;").replace('"', "&#34;")
    assert first_words[:15] in marked
    assert re.search(r'<mark class="ev-location ev-sentence"', html) or re.search(r'class="[^"]*ev-location', html)


def test_report_page_lists_entries_with_times_and_events(open_client):
    rid = open_client.get("/api/reports").json()["items"][0]["id"]
    api = open_client.get(f"/api/reports/{rid}").json()
    html = open_client.get(f"/reports/{rid}").text
    assert "UPDATE 1850 GMT" in html and "2016-12-09T18:50" in html
    for entry in api["entries"]:
        for eid in entry["events"]:
            assert f'href="/events/{eid}"' in html


def test_malicious_report_text_renders_as_text(open_client):
    r = open_client.post("/api/reports", headers=open_client.auth_headers,
                         json={"text": MALICIOUS, "published": "2016-12-15", "title": "<img src=x onerror=alert(1)>"})
    assert r.status_code == 201 and r.json()["events"]
    for url in [f"/events/{eid}" for eid in r.json()["events"]] + [f"/reports/{r.json()['id']}", "/reports", "/events"]:
        html = open_client.get(url).text
        assert "<script>document" not in html and "<img src=x" not in html and "<img src=x onerror" not in html
    html = open_client.get(f"/reports/{r.json()['id']}").text
    assert "&lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt;" in html
    assert "script-src 'self'" in open_client.get("/").headers["content-security-policy"]


def test_review_form_needs_login_and_a_matching_csrf_token(client, token, store):
    _login(client, token)
    ev = client.get("/api/events?sub_event_type=Armed clash&sort=-fatalities").json()["items"][0]
    page = client.get(f"/events/{ev['id']}").text
    csrf = _csrf(page)
    form = {"action": "correct", "field": "fatalities", "value": "9", "note": "checked"}
    assert client.post(f"/events/{ev['id']}/review", data=form).status_code == 403  # no token in the form
    assert client.post(f"/events/{ev['id']}/review", data={**form, "csrf": "x" * 43}).status_code == 403
    cross = client.post(f"/events/{ev['id']}/review", data={**form, "csrf": csrf}, headers={"Origin": "https://evil.example"})
    assert cross.status_code == 403
    assert store.reviews(ev["id"]) == []
    ok = client.post(f"/events/{ev['id']}/review", data={**form, "csrf": csrf}, follow_redirects=False)
    assert ok.status_code == 303
    [logged] = store.reviews(ev["id"])
    assert (logged.who, logged.field, logged.new["best"], logged.note) == ("alice", "fatalities", 9, "checked")
    page = client.get(f"/events/{ev['id']}").text
    assert "corrected" in page and "checked" in page and "alice" in page
    bad = client.post(f"/events/{ev['id']}/review", data={**form, "value": "lots", "csrf": csrf})
    assert bad.status_code == 200 and "fatalities &#39;lots&#39;" in bad.text


def test_missing_map_library_shows_a_notice(open_client):
    open_client.app.state.leaflet = False
    html = open_client.get("/").text
    assert 'id="map-missing"' in html and "leaflet.js" not in html


def test_unknown_event_page_is_a_404_page(open_client):
    r = open_client.get("/events/nope", headers=HTML)
    assert r.status_code == 404 and "no event with id" in r.text and "<html" in r.text


def test_api_docs_page_is_offline_and_lists_the_endpoints(open_client):
    html = open_client.get("/api/docs").text
    assert "GET /api/events" in html and "POST /api/reports" in html and "bbox" in html
    assert "cdn" not in html.lower() and "<script" not in html
