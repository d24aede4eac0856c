"""The seed end to end: the events an expert coder records from one day of the Syria live blog.

The table below is our own reading of the seed (published Friday 2016-12-09; "Thursday" = 12-08,
"Sunday" = 12-04), coded by hand under CODING-RULES.md — not copied from the program's output.
Places are checked by name and by distance to where they really are.
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime, timezone

import pytest

ALEPPO = (36.20, 37.15)
AL_BAB = (36.37, 37.52)
PALMYRA = (34.56, 38.27)
KAFRNABEL = (35.61, 36.56)

# (key, sub_event_type, date, place-name regex, (lat, lon), km, expectations)
EXPECTED = [
    ("sheikh-saeed", "Armed clash", "2016-12-09", r"sheikh|shaykh", ALEPPO, 8,
     dict(fatalities=25, captured=8, sides={"opposition", "government"}, status="corroborated",
          source="Eldorar", evidence="25 Afghan, Iranian, and regime militiamen were slain")),
    ("jeb-chalabi", "Armed clash", "2016-12-09", r"chalabi|jalabi", ALEPPO, 8,
     dict(fatalities=15, sides={"opposition", "government"}, evidence="Another 15 pro-Assad troops")),
    ("al-bab-offensive", "Armed clash", "2016-12-09", r"bab", AL_BAB, 5,
     dict(status="contested", sides={"jihadist"}, evidence="offensive to take the key ISIS-held town",
          evidence2="troops have entered the town")),
    ("al-bab-suicide", "Suicide bomb", "2016-12-09", r"bab", AL_BAB, 5,
     dict(actor1="Islamic State", evidence="two ISIS vehicle-borne suicide bombs")),
    ("zarzur", "Non-state actor overtakes territory", "2016-12-09", r"zarzur", AL_BAB, 25,
     dict(sides={"opposition", "jihadist"}, status="claimed", evidence="Zarzur residential area")),
    ("al-bab-highway", "Non-state actor overtakes territory", "2016-12-09", r"bab", AL_BAB, 5,
     dict(precision=2, status="claimed", evidence="highway between al-Bab and Manbij")),
    ("turkish-strikes", "Air/drone strike", "2016-12-09", r"bab", AL_BAB, 5,
     dict(actor1="Turkey", destroyed=10, status="claimed", precision=2, evidence="Turkish warplanes destroyed")),
    ("jaloom", "Air/drone strike", "2016-12-09", r"jal+oum|jaloom", ALEPPO, 8,
     dict(actor1="Military Forces of Syria", actor2="Civilians (Syria)", fatalities=25, source="White Helmets",
          evidence="barrel-bombing of the Jaloom district")),
    ("kalaseh", "Air/drone strike", "2016-12-09", r"kal+as", ALEPPO, 8, dict(actor1="Military Forces of Syria")),
    ("firdous", "Air/drone strike", "2016-12-09", r"firdaw|firdous", ALEPPO, 8, dict()),
    ("maadi", "Air/drone strike", "2016-12-09", r"maadi|ma'adi|ma’adi", ALEPPO, 8, dict()),
    ("bustan", "Air/drone strike", "2016-12-09", r"bustan", ALEPPO, 8, dict()),
    ("maghayir", "Air/drone strike", "2016-12-09", r"magha", ALEPPO, 8, dict()),
    ("lcc-thursday", "Air/drone strike", "2016-12-08", r"aleppo", ALEPPO, 10,
     dict(fatalities=47, actor2="Civilians (Syria)", source="Local Coordination Committees",
          evidence="verified the killing of 47 people")),
    ("al-halk", "Attack", "2016-12-04", r"h[ae]l+[ao]?k|hul+[uo]k", ALEPPO, 8,
     dict(fatalities=4, actor1="National Defen", actor2="Civilians (Syria)", evidence="executed four men")),
    ("disappeared", "Abduction/forced disappearance", "2016-12-09", r"aleppo", ALEPPO, 10,
     dict(actor2="Civilians (Syria)", evidence="hundreds of men have disappeared")),
    ("detained", "Arrests", "2016-12-09", r"aleppo", ALEPPO, 10,
     dict(actor1="Military Forces of Syria", evidence="Other civilians were detained")),
    ("factions", "Attack", "2016-12-09", r"aleppo", ALEPPO, 10,
     dict(actor1="Jabhat Fateh al", actor2="Civilians (Syria)", evidence="killing or kidnapping residents")),
    ("ceasefire", "Agreement", "2016-12-08", r"aleppo", ALEPPO, 10,
     dict(status="claimed", flag="uncorroborated", evidence="announced a de facto ceasefire")),
    ("palmyra-thursday", "Armed clash", "2016-12-08", r"palmyra|tadmur", PALMYRA, 8,
     dict(fatalities=50, sides={"jihadist", "government"}, status="corroborated", source="Amaq",
          evidence="more than 50 regime troops were killed")),
    ("huwaysis", "Non-state actor overtakes territory", "2016-12-08", r"huwaysis|huweisis|huwaisis", PALMYRA, 35,
     dict(actor1="Islamic State", evidence="ISIS seized the town of Huwaysis")),
    ("jazal", "Non-state actor overtakes territory", "2016-12-08", r"jazal|jizal", PALMYRA, 40,
     dict(actor1="Islamic State", evidence="It took the village of Jazal")),
    ("jazal-oilfield", "Non-state actor overtakes territory", "2016-12-09", r"jazal|jizal", PALMYRA, 40,
     dict(actor1="Islamic State", status="claimed", evidence="completing the capture of the Jazal oilfield")),
    ("palmyra-checkpoints", "Non-state actor overtakes territory", "2016-12-08", r"palmyra|tadmur", PALMYRA, 8,
     dict(precision=2, evidence="seized a series of checkpoints")),
    ("palmyra-today", "Armed clash", "2016-12-09", r"palmyra|tadmur", PALMYRA, 8,
     dict(actor1="Islamic State", status="claimed", evidence="surrounded the ancient city of Palmyra")),
    ("salaheddin-caption", "Armed clash", "2016-12-09", r"sala", ALEPPO, 8,
     dict(actor1="Military Forces of Syria", flag="weak:caption", evidence="Pro-regime militia fight")),
    ("kafrnabel", "Air/drone strike", "2016-12-09", r"kaf\w*n\w*b", KAFRNABEL, 5,
     dict(actor1="Military Forces of Syria", fatalities=0, source="White Helmets",
          evidence="destroyed its center in Kafrnabel")),
]

# sentences that must not be the evidence of any event: history, plans, opinions, statements
NOT_EVENTS = [
    "will meet in Geneva on Saturday",
    "culminating in the capture of the city of Manbij in June",
    "In March, pro-Assad forces regained Palmyra",
    "following the Assad regime’s chemical attacks near Damascus",
    "the jihadists withdrew in 2015",
    "the Kremlin was quick to protest",
    "which proposed a five-day ceasefire on Wednesday",
    "Moscow vetoed a UN resolution for a ceasefire",
    "intense bombing and then the pro-Assad ground offensive",
    "new areas have been taken since August",
    "EA’s local sources have said for days that the assault was imminent",
    "That advance is hoping to take al-Bab",
    "Russian-regime bombing and an overflow of displaced people",
    "arbitrary detention, torture and enforced disappearances",
]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def find(events, sub, day, name_rx, centre, radius):
    out = []
    for e in events:
        if e.sub_event_type != sub or e.event_date != date.fromisoformat(day) or e.location is None:
            continue
        if not re.search(name_rx, e.location.name, re.I):
            continue
        if km((e.location.latitude, e.location.longitude), centre) <= radius:
            out.append(e)
    return out


def _evidence(e) -> str:
    return " || ".join(x.text for x in e.evidence if x.field in ("sentence", "doubt"))


@pytest.mark.parametrize("key,sub,day,name_rx,centre,radius,want", EXPECTED, ids=[r[0] for r in EXPECTED])
def test_seed_event(seed_events, key, sub, day, name_rx, centre, radius, want):
    matches = find(seed_events, sub, day, name_rx, centre, radius)
    if "evidence" in want:
        matches = [e for e in matches if want["evidence"] in _evidence(e)] or matches
    assert matches, f"{key}: no {sub} on {day} at /{name_rx}/ — events: " + "; ".join(
        f"{e.event_date} {e.sub_event_type} @ {e.location.name if e.location else None}" for e in seed_events)
    e = matches[0]
    if "evidence" in want:
        assert want["evidence"] in _evidence(e)
    if "evidence2" in want:
        assert want["evidence2"] in _evidence(e)
    if "fatalities" in want:
        assert e.fatalities is not None and e.fatalities.best == want["fatalities"], e.fatalities
    for count in ("captured", "destroyed"):
        if count in want:
            assert e.counts.get(count) == want[count], e.counts
    if "sides" in want:
        sides = {a.side for a in (e.actor1, e.actor2) if a is not None}
        assert want["sides"] <= sides, (e.actor1, e.actor2)
    if "actor1" in want:
        names = [a.name for a in (e.actor1, e.actor2) if a is not None]
        assert any(want["actor1"] in n for n in names), names
        if e.actor1 is not None and e.actor2 is not None and want.get("actor2"):
            assert want["actor1"] in e.actor1.name or want["actor1"] in e.actor2.name
    if "actor2" in want:
        assert e.actor2 is not None and want["actor2"] in e.actor2.name, e.actor2
    if "status" in want:
        assert e.status == want["status"], (e.status, [s.name for s in e.sources])
    if "source" in want:
        assert any(want["source"].lower() in s.name.lower() for s in e.sources), [s.name for s in e.sources]
    if "precision" in want:
        assert e.location.geo_precision == want["precision"]
    if "flag" in want:
        assert any(f.startswith(want["flag"]) for f in e.flags), e.flags


def test_seed_no_event_twice(seed_events):
    """The same incident reported in two updates is one event, not two."""
    keys = [(e.event_date, e.sub_event_type, e.location.gazetteer_id if e.location else None,
             tuple(sorted(a.side or "" for a in (e.actor1, e.actor2) if a))) for e in seed_events]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes


@pytest.mark.parametrize("phrase", NOT_EVENTS)
def test_seed_not_an_event(seed_events, phrase):
    for e in seed_events:
        assert phrase not in _evidence(e), f"{e.sub_event_type} on {e.event_date} came from: {phrase}"


def test_seed_no_history(seed_events):
    """Nothing dated before December 2016: Manbij in June, Palmyra in March, 2013 and 2015 are background."""
    assert all(e.event_date >= date(2016, 12, 1) for e in seed_events)
    assert not [e for e in seed_events if e.sub_event_type in ("Chemical weapon", "Peaceful protest")]


def test_seed_summary_not_double_counted(seed_events):
    """'more than 50 pro-Assad troops were killed' is the sum of the district figures, not a third event."""
    aleppo_dec9 = [e for e in seed_events if e.event_date == date(2016, 12, 9) and e.event_type == "Battles"
                   and e.location is not None and km((e.location.latitude, e.location.longitude), ALEPPO) < 10]
    assert sum((e.fatalities.best or 0) for e in aleppo_dec9 if e.fatalities) == 40
    assert not any("more than 50 pro-Assad troops" in _evidence(e) for e in seed_events)


def test_seed_event_count(seed_events):
    """Exactly the events of the table above: no duplicates, nothing extra."""
    assert len(seed_events) == len(EXPECTED), [
        f"{e.event_date} {e.sub_event_type} @ {e.location.name if e.location else None}" for e in seed_events]


def test_seed_evidence_offsets(seed_events, seed_text):
    """Every piece of evidence points at exactly the words it quotes."""
    for e in seed_events:
        for x in e.evidence:
            assert seed_text[x.start:x.end] == x.text, (x.field, x.text)


def test_seed_deterministic(seed_text):
    from sitroom.fuse import fuse
    from sitroom.ingest import make_report
    from sitroom.pipeline import analyze_report

    runs = []
    for _ in range(2):
        report = make_report(seed_text, published=datetime(2016, 12, 9, tzinfo=timezone.utc))
        runs.append([e.to_dict() for e in fuse(analyze_report(report).claims)])
    assert runs[0] == runs[1]
