"""Querying events: every filter, ordering, paging, and exact round-trip of a rich Event."""
from __future__ import annotations

from datetime import date

import pytest
from store_builders import R1, R1_CLAIMS, R2, R2_CLAIMS, R3, R3_CLAIMS, claim, entries_for, location, report, save

from sitroom.models import ActorRef, Claim, Event, Evidence, Fatalities, SourceRef

PLACE = {"Sheikh Saeed": "A", "Idlib": "B", "Palmyra": "C", "Mosul": "D"}


@pytest.fixture
def filled(store):
    for rep, claims in ((R1, R1_CLAIMS), (R2, R2_CLAIMS), (R3, R3_CLAIMS)):
        save(store, rep, claims)
    return store


def letters(events: list[Event]) -> set[str]:
    return {PLACE[e.location.name] for e in events}


# A: Sheikh Saeed clash 9 Dec (Aleppo, rebels v. regime + Hezbollah, two sources: corroborated)
# B: Idlib air strike 9 Dec (regime v. civilians)   C: Palmyra taken by ISIS 8 Dec (Homs)
# D: Mosul clash 9 Dec (Iraq, Iraqi army v. ISIS)
@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, "ABCD"),
        ({"since": date(2016, 12, 9)}, "ABD"),
        ({"until": date(2016, 12, 8)}, "C"),
        ({"since": date(2016, 12, 8), "until": date(2016, 12, 8)}, "C"),
        ({"since": date(2016, 12, 10)}, ""),
        ({"country": "syria"}, "ABC"),
        ({"country": "IRAQ"}, "D"),
        ({"country": "Syr"}, ""),  # equality, not substring
        ({"admin1": "aleppo"}, "A"),
        ({"event_type": "battles"}, "ACD"),
        ({"event_type": "Explosions/Remote violence"}, "B"),
        ({"event_type": "air/drone strike"}, "B"),  # a sub-event type is accepted too
        ({"sub_event_type": "Armed Clash"}, "AD"),
        ({"actor": "islamic state"}, "CD"),
        ({"actor": "HEZBOLLAH"}, "A"),  # associated actors count
        ({"actor": "civilians"}, "B"),
        ({"actor": "%"}, ""),  # LIKE wildcards are literal
        ({"actor": "Syria (2000"}, "ABC"),
        ({"status": "Corroborated"}, "A"),
        ({"status": "reported"}, "BCD"),
        ({"report_id": R2.id}, "AC"),
        ({"report_id": "wire-7781"}, "AC"),  # the id the input gave
        ({"report_id": R3.id}, "D"),
        ({"country": "Syria", "event_type": "Battles"}, "AC"),
    ],
)
def test_filters(filled, filters, expected):
    assert letters(filled.events(**filters)) == set(expected)


def test_order_is_event_date_then_id_and_paging_follows_it(filled):
    events = filled.events()
    assert [(e.event_date, e.id) for e in events] == sorted((e.event_date, e.id) for e in events)
    assert PLACE[events[0].location.name] == "C"  # the only 8 December event comes first
    assert filled.events(limit=2) == events[:2]
    assert filled.events(offset=1, limit=2) == events[1:3]
    assert filled.events(offset=3) == events[3:]


def test_event_lookup(filled):
    some = filled.events()[1]
    assert filled.event(some.id) == some
    assert filled.event("0000") is None


RICH_REPORT = report(
    "Opposition activists said 14 people were killed when a regime air strike hit a civil defence centre "
    "in Idlib; two rescuers were among the dead and an ambulance was destroyed."
)
RICH_EVENT = Event(
    id="7c1e0a5b9d2f4e61",
    event_date=date(2016, 12, 9),
    time_precision=2,
    disorder_type="Political violence",
    event_type="Explosions/Remote violence",
    sub_event_type="Air/drone strike",
    actor1=ActorRef("Military Forces of Syria (2000-2024)", "regime", 1, "government", "SYR_MIL", 56, 62),
    assoc_actor_1=[ActorRef("Military Forces of Russia (2000-)", "Russian", 8, "foreign-pro-government")],
    actor2=ActorRef("Civilians (Syria)", "people", 7, None),
    assoc_actor_2=[ActorRef("Syria Civil Defence", "civil defence", 7, None, None, 83, 96)],
    interaction=17,
    civilian_targeting="Civilian targeting",
    location=location("Idlib", precision=2),
    fatalities=Fatalities(low=12, best=14, high=16),
    counts={"destroyed": 1, "injured": 0},
    status="claimed",
    sources=[SourceRef("Opposition activists", "activist", "pro-opposition", "Opposition activists said", "opposition", 0, 25)],
    claim_ids=[],  # filled below
    evidence=[Evidence(RICH_REPORT.ref, "UPDATE 1850 GMT", 0, 150, RICH_REPORT.text[:150]),
              Evidence(RICH_REPORT.ref, "UPDATE 1850 GMT", 26, 28, "14", field="fatalities")],
    notes="On 9 December 2016, a regime air strike hit a civil defence centre in Idlib; 14 killed (12-16).",
    confidence=0.8733333333333333,
    flags=["uncorroborated:14 people", "ünïcode ✓"],
)


def test_rich_event_round_trips_exactly(store):
    c = claim(RICH_REPORT, 0, "Air/drone strike", date(2016, 12, 9), "Idlib", best=14)
    expected = Event.from_dict({**RICH_EVENT.to_dict(), "claim_ids": [c.id]})

    def rich_fuse(claims: list[Claim]) -> list[Event]:
        return [Event.from_dict(expected.to_dict())]

    store.save_report(RICH_REPORT, entries_for(RICH_REPORT), [c], rich_fuse)
    assert store.event(expected.id) == expected
    assert store.events(actor="russia") == [expected]
    assert store.claims(event_id=expected.id) == [c]
