"""A line that only adds a detail to an incident the report has told (typed from a cue that names no weapon or
act of its own — firing, fighting, explosions, the dead —, with no place, day, agent or toll of its own) is part
of that incident, not an event of its own. A line with its own place, day, agent or toll, or one that marks a
further incident, stays an event. Texts written for these tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _events(text: str, published: str = "2024-03-20"):
    day = datetime.fromisoformat(published).replace(tzinfo=timezone.utc)
    return fuse(analyze_report(make_report(text, published=day), Options()).claims)


FOLDED = [
    # an air raid and the air defences' fire
    ("Air/drone strike", "Government warplanes bombed the airport of Kassala on Tuesday, the rebels said. "
     "The rebels said one of the attacking planes had been shot down over the town."),
    # an air raid and what people heard
    ("Air/drone strike", "Government warplanes bombed the airport of Kassala on Tuesday, the rebels said. "
     "Residents said they heard heavy explosions and bursts of gunfire from the direction of the airport."),
    # a raid on a hotel, the noise heard for hours and a line that refers back to it
    ("Attack", "Gunmen stormed a hotel in Kassala on Tuesday evening and opened fire on guests, witnesses said. "
     "Blasts and gunfire could be heard across the city for hours. "
     "Later, officials said the operation was over, with two of the gunmen dead."),
    # a riot and who the dead were
    ("Violent demonstration", "Rioters set fire to shops and cars in the centre of Kassala on Tuesday, police said. "
     "Police said the bodies of six people had been found in the burned shops. "
     "They believe the dead were looters who were trapped when the roofs fell in."),
]


@pytest.mark.parametrize("sub,text", FOLDED, ids=[t[:60] for _, t in FOLDED])
def test_a_detail_is_part_of_the_incident(sub, text):
    events = _events(text)
    subs = [e.sub_event_type for e in events]
    assert subs == [sub], subs


def test_the_folded_detail_does_not_decide_the_sides():
    text = FOLDED[-1][1]
    (event,) = _events(text)
    assert {a.side for a in (event.actor1, event.actor2) if a is not None} == {"protesters"}


@pytest.mark.parametrize("text", [
    # its own place and toll: a second incident
    "Government warplanes bombed the airport of Kassala on Tuesday, the rebels said. "
    "In Gedaref, fighting between soldiers and rebels killed four people on Tuesday, officials said.",
    # a further incident, marked as such
    "Government warplanes bombed the airport of Kassala on Tuesday, the rebels said. "
    "Separately, soldiers and rebels clashed, the rebels said.",
    # its own agent and opponent
    "Government warplanes bombed the airport of Kassala on Tuesday, the rebels said. "
    "Rebel fighters later attacked an army post on the road to the airport, the rebels said.",
])
def test_a_second_incident_stays_its_own_event(text):
    assert len(_events(text)) == 2, [(e.sub_event_type, e.location and e.location.name) for e in _events(text)]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None) for e in _events(text))


@pytest.mark.parametrize("text", [
    "Malian troops fought Tuareg rebels in Gao on Monday, the army said. "
    "The troops also took the airport during the night, the army said.",
    "Malian soldiers clashed with Tuareg rebels for hours in Gao on Monday, a military source said. "
    "Before dawn the soldiers had seized the bridge over the river, the source said.",
])
def test_a_taking_told_inside_a_battle_is_the_battle(text):
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Armed clash"], _kinds(text)


@pytest.mark.parametrize("text", [
    # the taking has a place of its own
    "Malian troops fought Tuareg rebels in Gao on Monday, the army said. "
    "The rebels took control of the town of Ansongo on Monday, the army said.",
    # and a day of its own
    "Malian troops fought Tuareg rebels in Gao on Monday, the army said. "
    "On Wednesday the troops took the airport, the army said.",
])
def test_a_taking_of_its_own_stays_an_event(text):
    assert len(_events(text)) == 2, _kinds(text)


LIVE = ("LIVE - Gunmen attack market in Kassala\n\nTuesday 19 March\n\n"
        "18:40 - Police say gunmen opened fire on shoppers at the central market in Kassala.\n\n"
        "23:10 - Police say at least ten people were killed at the market.\n\nWednesday 20 March\n\n")


@pytest.mark.parametrize("update", [
    "03:50 - The police chief has told reporters that at least 30 people were killed at the market.",
    "04:15 - Hospital officials now put the number of dead at 30.",
])
def test_a_later_toll_line_is_the_incident_s_toll(update):
    events = _events(LIVE + update, published="2024-03-20T06:00:00")
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [("Attack", "2024-03-19")], _kinds(LIVE + update)


def test_a_later_incident_with_its_own_place_and_day_stays_apart():
    text = LIVE + "03:50 - In Gedaref, at least 30 people were killed on Wednesday when gunmen attacked a bus station, police said."
    assert len(_events(text, published="2024-03-20T06:00:00")) == 2, _kinds(text)
