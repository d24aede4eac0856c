"""The gold annotations in examples/gold/*.yaml are well formed and match their reports.

This checks shape only (keys, vocabularies, evidence strings, plausible coordinates); how well the
pipeline reproduces the gold is measured elsewhere.
"""
from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from sitroom.models import STATUSES, SUB_TO_TYPE

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOLD = EXAMPLES / "gold" / "examples.yaml"

EVENT_KEYS = {
    "event_type", "sub_event_type", "date", "time_precision", "location",
    "actor1", "actor2", "fatalities", "source", "status", "evidence",
}
LOCATION_KEYS = {"name", "country", "admin1", "latitude", "longitude", "geo_precision"}
ACTOR_KEYS = {"name", "side", "inter"}

# Rough bounding boxes (south, north, west, east), generous by a fraction of a degree: enough to
# catch swapped or mistyped coordinates, not to validate a gazetteer.
COUNTRY_BOXES: dict[str, tuple[float, float, float, float]] = {
    "Iraq": (29.0, 37.5, 38.7, 48.8),
    "Syria": (32.3, 37.4, 35.6, 42.4),
    "Yemen": (12.0, 19.0, 42.5, 54.6),
    "Ukraine": (44.3, 52.4, 22.1, 40.3),
    "Nigeria": (4.2, 13.9, 2.6, 14.7),
    "Burkina Faso": (9.4, 15.1, -5.6, 2.5),
    "Myanmar": (9.5, 28.6, 92.1, 101.2),
    "Mali": (10.1, 25.0, -12.3, 4.3),
    "Sudan": (8.6, 22.3, 21.8, 38.7),
    "Lebanon": (33.0, 34.7, 35.1, 36.7),
    "Afghanistan": (29.3, 38.5, 60.5, 75.0),
    "Kenya": (-4.8, 5.1, 33.9, 42.0),
    "Mozambique": (-26.9, -10.4, 30.2, 40.9),
    "Iran": (25.0, 39.8, 44.0, 63.4),
    "Somalia": (-1.7, 12.0, 40.9, 51.5),
    "Saudi Arabia": (16.3, 32.2, 34.5, 55.7),
    "Turkey": (35.8, 42.2, 25.6, 44.9),
    "Ethiopia": (3.3, 15.0, 32.9, 48.1),
    "Eritrea": (12.3, 18.1, 36.4, 43.2),
    "Azerbaijan": (38.3, 42.0, 44.7, 50.5),
    "Democratic Republic of Congo": (-13.6, 5.5, 12.1, 31.4),
    "Sri Lanka": (5.8, 9.9, 79.6, 82.0),
    "Haiti": (17.9, 20.2, -74.6, -71.6),
    "Israel": (29.4, 33.4, 34.2, 35.9),
    "Palestine": (31.2, 32.6, 34.2, 35.6),
    "Pakistan": (23.6, 37.2, 60.8, 77.9),
    "Colombia": (-4.3, 13.5, -79.1, -66.8),
    "Cameroon": (1.6, 13.1, 8.4, 16.3),
    "Libya": (19.4, 33.3, 9.3, 25.2),
    "Egypt": (21.7, 31.9, 24.5, 37.1),
    "Chile": (-56.1, -17.3, -76.0, -66.0),
    "China": (17.9, 53.7, 73.4, 135.2),
    "Belarus": (51.1, 56.3, 23.0, 32.9),
    "Kazakhstan": (40.4, 55.6, 46.3, 87.5),
    "Philippines": (4.4, 21.3, 116.8, 126.8),
    "South Sudan": (3.3, 12.4, 23.3, 36.1),
    "Central African Republic": (2.1, 11.2, 14.3, 27.6),
    "India": (6.6, 35.8, 68.0, 97.5),
    "Niger": (11.5, 23.7, 0.0, 16.1),
    "Bolivia": (-23.0, -9.6, -69.7, -57.4),
    "Peru": (-18.4, -0.0, -81.4, -68.6),
    "Nicaragua": (10.7, 15.1, -87.7, -82.6),
    "Guinea": (7.1, 12.7, -15.1, -7.6),
    "Chad": (7.4, 23.5, 13.4, 24.0),
    "Bangladesh": (20.6, 26.7, 88.0, 92.7),
    "France": (41.3, 51.1, -5.2, 9.6),
    "Ecuador": (-5.0, 1.5, -81.1, -75.2),
    "South Africa": (-34.9, -22.1, 16.4, 32.9),
    "Georgia": (41.0, 43.6, 40.0, 46.7),
    "Russia": (41.2, 81.9, 19.6, 180.0),
    "Armenia": (38.7, 41.4, 43.3, 46.7),
    "Eswatini": (-27.4, -25.7, 30.7, 32.2),
    "Rwanda": (-2.9, -1.0, 28.8, 30.9),
    "Senegal": (12.3, 16.7, -17.6, -11.3),
    "Indonesia": (-11.1, 6.1, 94.9, 141.1),
    "Mexico": (14.5, 32.8, -118.5, -86.7),
    "Venezuela": (0.6, 12.3, -73.4, -59.8),
    "United States": (18.9, 71.5, -179.2, -66.9),
    "Algeria": (18.8, 37.2, -8.8, 12.1),
    "Kosovo": (41.8, 43.3, 20.0, 21.8),
    "Thailand": (5.5, 20.5, 97.3, 105.7),
    "Tunisia": (30.2, 37.6, 7.5, 11.6),
    "Bahrain": (25.5, 26.4, 50.3, 50.9),
    "Zimbabwe": (-22.5, -15.6, 25.2, 33.1),
    "Kyrgyzstan": (39.1, 43.3, 69.2, 80.3),
    "Tajikistan": (36.6, 41.1, 67.3, 75.2),
    "Brazil": (-33.8, 5.3, -74.0, -34.7),
    "Burundi": (-4.5, -2.3, 28.9, 30.9),
    "Papua New Guinea": (-11.7, -0.8, 140.8, 156.0),
    "Nepal": (26.3, 30.5, 80.0, 88.3),
    "Cambodia": (10.4, 14.7, 102.3, 107.7),
    "Paraguay": (-27.7, -19.2, -62.7, -54.2),
    "Uzbekistan": (37.0, 45.8, 55.8, 73.3),
    "Greece": (34.7, 41.9, 19.2, 29.8),
    "Spain": (27.5, 44.0, -18.3, 4.5),
    "Argentina": (-55.2, -21.6, -73.7, -53.5),
    "Cuba": (19.7, 23.4, -85.1, -74.0),
    "United Kingdom": (49.8, 60.9, -8.8, 1.9),
    "Uganda": (-1.6, 4.3, 29.5, 35.1),
    "Jordan": (29.1, 33.4, 34.9, 39.4),
    "Ivory Coast": (4.2, 10.9, -8.8, -2.3),
    "Sierra Leone": (6.8, 10.1, -13.5, -10.1),
    "Bosnia and Herzegovina": (42.4, 45.4, 15.6, 19.8),
    "Honduras": (12.8, 16.6, -89.5, -83.0),
    "Morocco": (27.5, 36.1, -13.4, -0.8),
    "Malaysia": (0.7, 7.6, 99.4, 119.5),
    "Solomon Islands": (-12.5, -5.0, 155.3, 168.0),
    "Guatemala": (13.6, 18.0, -92.4, -88.1),
    "Madagascar": (-25.7, -11.8, 43.1, 50.6),
    "Tanzania": (-11.8, -0.9, 29.3, 40.5),
    "North Macedonia": (40.8, 42.4, 20.4, 23.1),
    "Croatia": (42.3, 46.6, 13.4, 19.5),
    "Moldova": (45.4, 48.5, 26.6, 30.2),
    "Timor-Leste": (-9.6, -8.1, 124.0, 127.4),
    "Jamaica": (17.6, 18.6, -78.5, -76.1),
    "Kuwait": (28.5, 30.2, 46.5, 48.5),
    "Guinea-Bissau": (10.8, 12.8, -16.8, -13.6),
    "Gabon": (-4.0, 2.4, 8.6, 14.6),
    "South Korea": (33.0, 38.7, 124.5, 131.0),
    "Serbia": (42.1, 46.3, 18.7, 23.1),
    "Albania": (39.5, 42.8, 19.1, 21.2),
    "El Salvador": (13.0, 14.6, -90.2, -87.6),
    "Mauritania": (14.6, 27.4, -17.2, -4.7),
    "Fiji": (-21.0, -12.4, 176.8, 180.0),  # the eastern islands beyond 180 degrees are left out
    "Oman": (16.5, 26.5, 51.8, 60.0),
    "Gambia": (13.0, 13.9, -17.0, -13.7),
    "Togo": (6.0, 11.2, -0.2, 1.9),
    "Liberia": (4.2, 8.7, -11.6, -7.3),
    "Qatar": (24.4, 26.2, 50.7, 51.7),
    "Hungary": (45.7, 48.6, 16.1, 22.9),
    "Maldives": (-0.8, 7.2, 72.6, 73.8),
    "Bhutan": (26.7, 28.4, 88.7, 92.2),
    "Japan": (24.0, 45.6, 122.9, 146.0),
    "Vietnam": (8.4, 23.4, 102.1, 109.5),
    "Belgium": (49.4, 51.6, 2.5, 6.5),
    "United Arab Emirates": (22.6, 26.1, 51.5, 56.4),
    "Angola": (-18.1, -4.3, 11.6, 24.1),
    "Benin": (6.2, 12.5, 0.7, 3.9),
    "Malawi": (-17.2, -9.3, 32.6, 35.95),
    "Comoros": (-12.5, -11.3, 43.1, 44.6),
    "Mongolia": (41.5, 52.2, 87.7, 120.0),
    "Trinidad and Tobago": (10.0, 11.4, -62.0, -60.4),
    "Djibouti": (10.9, 12.8, 41.7, 43.5),
    "Poland": (49.0, 54.9, 14.1, 24.2),
    "Norway": (57.9, 71.2, 4.5, 31.2),
    "Tonga": (-22.4, -15.5, -176.3, -173.7),
    "Panama": (7.2, 9.7, -83.1, -77.1),
}


def load_gold() -> dict:
    """Return every gold file's documents (examples.yaml, world.yaml, ...) as one gold set."""
    documents = []
    for path in sorted(GOLD.parent.glob("*.yaml")):
        with path.open(encoding="utf-8") as fh:
            documents.extend(yaml.safe_load(fh).get("documents") or [])
    return {"documents": documents}


def front_matter(text: str) -> dict:
    """Return the `key: value` pairs of a report's leading `---` block (empty when it has none)."""
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not match:
        return {}
    pairs = (line.split(":", 1) for line in match.group(1).splitlines() if ":" in line)
    return {k.strip(): v.strip() for k, v in pairs}


def _actor_problems(actor: object, where: str) -> list[str]:
    if not isinstance(actor, dict):
        return [f"{where}: expected a mapping"]
    problems = []
    if set(actor) != ACTOR_KEYS:
        problems.append(f"{where}: keys {sorted(actor)} != {sorted(ACTOR_KEYS)}")
    if not isinstance(actor.get("name"), str) or not actor.get("name"):
        problems.append(f"{where}: name must be a non-empty string")
    if actor.get("inter") not in range(1, 9):
        problems.append(f"{where}: inter {actor.get('inter')!r} not in 1..8")
    return problems


def event_problems(event: dict, text: str, published: dt.date) -> list[str]:
    """Return what is wrong with one gold event (an empty list when it is well formed)."""
    problems: list[str] = []
    if set(event) != EVENT_KEYS:
        return [f"keys: missing {sorted(EVENT_KEYS - set(event))}, unknown {sorted(set(event) - EVENT_KEYS)}"]
    sub = event["sub_event_type"]
    if SUB_TO_TYPE.get(sub) != event["event_type"]:
        problems.append(f"sub_event_type {sub!r} is not an ACLED sub-event type of {event['event_type']!r}")
    if event["status"] not in STATUSES:
        problems.append(f"status {event['status']!r} not in {STATUSES}")
    if not isinstance(event["date"], dt.date) or event["date"] > published:
        problems.append(f"date {event['date']!r} must be a date on or before publication {published}")
    if event["time_precision"] not in (1, 2, 3):
        problems.append(f"time_precision {event['time_precision']!r} not in 1..3")
    fat = event["fatalities"]
    if fat is not None and (not isinstance(fat, int) or isinstance(fat, bool) or fat < 0):
        problems.append(f"fatalities {fat!r} must be null or a non-negative integer")
    if not isinstance(event["source"], str) or not event["source"]:
        problems.append("source must be a non-empty string")
    problems += _actor_problems(event["actor1"], "actor1")
    if event["actor2"] is not None:
        problems += _actor_problems(event["actor2"], "actor2")
    loc = event["location"]
    if not isinstance(loc, dict) or set(loc) != LOCATION_KEYS:
        problems.append(f"location must have exactly the keys {sorted(LOCATION_KEYS)}")
    else:
        if loc["geo_precision"] not in (1, 2, 3):
            problems.append(f"geo_precision {loc['geo_precision']!r} not in 1..3")
        box = COUNTRY_BOXES.get(loc["country"])
        if box is None:
            problems.append(f"country {loc['country']!r} has no bounding box in this test")
        else:
            south, north, west, east = box
            if not (south <= loc["latitude"] <= north and west <= loc["longitude"] <= east):
                problems.append(f"{loc['name']} ({loc['latitude']}, {loc['longitude']}) is outside {loc['country']}")
    evidence = event["evidence"]
    if not isinstance(evidence, str) or text.count(evidence) != 1:
        problems.append(f"evidence {evidence!r} must occur exactly once in the report")
    return problems


GOLD_DATA = load_gold() if GOLD.exists() else {"documents": []}
DOCS = GOLD_DATA["documents"]
EVENTS = [(doc["file"], i, ev) for doc in DOCS for i, ev in enumerate(doc["events"])]
NOT_EVENTS = [(doc["file"], s) for doc in DOCS for s in doc["not_events"]]


def report_text(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def published_of(name: str) -> dt.date:
    return next(doc["published"] for doc in DOCS if doc["file"] == name)


def test_gold_covers_every_report_and_at_least_six():
    reports = sorted(f"reports/{p.name}" for p in (EXAMPLES / "reports").glob("*.txt"))
    assert len(reports) >= 6
    assert sorted(doc["file"] for doc in DOCS) == reports


@pytest.mark.parametrize("doc", DOCS, ids=[d["file"] for d in DOCS])
def test_document_shape_and_front_matter(doc):
    assert set(doc) == {"file", "published", "events", "not_events"}
    text = report_text(doc["file"])
    meta = front_matter(text)
    assert {"published", "outlet", "title"} <= set(meta), "front matter needs published, outlet, title"
    stamp = dt.datetime.fromisoformat(meta["published"].replace("Z", "+00:00"))
    assert stamp.date() == doc["published"]
    words = len(text.split())
    assert 150 <= words <= 900, f"{doc['file']} has {words} words"  # a short wire story up to a long live blog
    assert doc["events"], "every example report should give at least one event"
    assert doc["not_events"], "every example report should carry at least one non-event sentence"


@pytest.mark.parametrize(("name", "index", "event"), EVENTS, ids=[f"{n}#{i}" for n, i, _ in EVENTS])
def test_gold_event_is_well_formed(name, index, event):
    assert event_problems(event, report_text(name), published_of(name)) == []


@pytest.mark.parametrize(("name", "snippet"), NOT_EVENTS, ids=[f"{n}:{s[:30]}" for n, s in NOT_EVENTS])
def test_not_event_string_occurs_once_and_is_no_evidence(name, snippet):
    text = report_text(name)
    assert text.count(snippet) == 1
    doc = next(d for d in DOCS if d["file"] == name)
    for ev in doc["events"]:
        assert snippet not in ev["evidence"] and ev["evidence"] not in snippet


def test_same_incident_is_not_coded_twice():
    # The event unit: same day, place, type and actors make one event.
    for doc in DOCS:
        keys = [
            (e["date"], e["location"]["name"], e["sub_event_type"], e["actor1"]["name"],
             (e["actor2"] or {}).get("name"))
            for e in doc["events"]
        ]
        assert len(keys) == len(set(keys)), doc["file"]


def test_actor_names_are_coded_consistently():
    # One canonical name must always carry the same side and inter code where it acts at home, and the
    # same where it acts abroad in one host country (ACLED: a state's forces outside their country are
    # external forces, 8; whether they back the host government or neither party depends on the host:
    # US forces in the Afghan coalition back the government, in South Sudan in 2013 neither side).
    seen: dict[tuple[str, bool, str], tuple] = {}
    for _, _, ev in EVENTS:
        for actor in (ev["actor1"], ev["actor2"]):
            if actor:
                country = ev["location"]["country"]
                at_home = country in actor["name"]
                key = (actor["name"], at_home, "" if at_home else country)
                assert seen.setdefault(key, (actor["side"], actor["inter"])) == (actor["side"], actor["inter"]), key


# The checker itself must reject broken records: mutate a known-good event and expect a complaint.
GOOD_TEXT = "Warplanes hit the Great Hall in southern Sanaa on October 8 while mourners gathered."
GOOD_EVENT = {
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Air/drone strike",
    "date": dt.date(2016, 10, 8),
    "time_precision": 1,
    "location": {"name": "Sanaa", "country": "Yemen", "admin1": "Amanat al Asimah",
                 "latitude": 15.35, "longitude": 44.21, "geo_precision": 1},
    "actor1": {"name": "Military Forces of Saudi Arabia (2015-)", "side": "foreign-pro-government", "inter": 8},
    "actor2": {"name": "Civilians (Yemen)", "side": "civilians", "inter": 7},
    "fatalities": 140,
    "source": "United Nations",
    "status": "corroborated",
    "evidence": "Warplanes hit the Great Hall in southern Sanaa on October 8",
}


def _mutate(path: str, value):
    event = copy.deepcopy(GOOD_EVENT)
    *parents, last = path.split(".")
    target = event
    for key in parents:
        target = target[key]
    target[last] = value
    return event


@pytest.mark.parametrize(
    ("path", "value", "complaint"),
    [
        ("sub_event_type", "Airstrike", "sub_event_type"),
        ("event_type", "Battles", "sub_event_type"),
        ("status", "confirmed", "status"),
        ("date", dt.date(2016, 10, 20), "date"),
        ("time_precision", 4, "time_precision"),
        ("fatalities", "more than 140", "fatalities"),
        ("fatalities", -1, "fatalities"),
        ("location.latitude", 44.21, "outside Yemen"),  # lat/lon swapped
        ("location.geo_precision", 0, "geo_precision"),
        ("actor1.inter", 9, "inter"),
        ("evidence", "Warplanes hit the Great Hall in Sanaa", "evidence"),
    ],
)
def test_checker_rejects_broken_events(path, value, complaint):
    assert event_problems(GOOD_EVENT, GOOD_TEXT, dt.date(2016, 10, 15)) == []
    problems = event_problems(_mutate(path, value), GOOD_TEXT, dt.date(2016, 10, 15))
    assert any(complaint in p for p in problems), problems


def test_front_matter_parser_reads_the_block():
    text = "---\npublished: 2016-10-17T09:00:00Z\noutlet: sitroom examples\ntitle: A: B\n---\nBody."
    assert front_matter(text) == {"published": "2016-10-17T09:00:00Z", "outlet": "sitroom examples", "title": "A: B"}
    assert front_matter("No front matter here.") == {}
