"""A force the text says was not there ("few police to be seen", "with the police no longer on the streets") is
no actor; looting nobody in the sentence did is not put on the state's forces the report names elsewhere, so at
a riot it is the riot's; an "entered" with no object after it ("the buildings they had entered") tells no
assault. Texts written for these tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _run(text: str):
    day = datetime(2024, 3, 20, 18, tzinfo=timezone.utc)
    claims = analyze_report(make_report(text, published=day), Options()).claims
    return claims, fuse(claims)


@pytest.mark.parametrize("text", [
    "With the police no longer on the streets, crowds looted shops in the centre of Lusaka on Tuesday, witnesses said.",
    "Residents said there were few soldiers to be seen when crowds looted shops in Goma on Tuesday.",
    "With the army, which had guarded the market for years, no longer on the streets, crowds looted shops in Goma on "
    "Tuesday.",
])
def test_an_absent_force_is_no_actor(text):
    claims, _ = _run(text)
    assert claims and all(c.actor1 is None or c.actor1.inter != 1 for c in claims), [
        (c.sub_event_type, c.actor1) for c in claims]


def test_a_force_that_looted_stays_the_actor():
    claims, _ = _run("Soldiers looted shops in Goma on Tuesday, residents said.")
    assert claims and claims[0].actor1 is not None and claims[0].actor1.inter == 1


def test_looting_told_after_a_riot_is_the_riots():
    text = ("Rioters burned shops in the centre of Kisumu on Tuesday, residents said. Police fired tear gas at the "
            "crowd. Many of the stores that were looted belonged to traders from the coast, residents said.")
    subs = [e.sub_event_type for e in _run(text)[1]]
    assert "Looting/property destruction" not in subs, subs


@pytest.mark.parametrize("text", [
    "Firefighters said the buildings they had entered were empty.",
    "The men were trapped inside the house they had entered.",
])
def test_entered_with_no_object_is_no_assault(text):
    assert [c.sub_event_type for c in _run(text)[0]] == []


@pytest.mark.parametrize("text", [
    "Insurgents entered the town of Mocimboa on Tuesday, residents said.",
    "Gunmen entered Palma on Tuesday, residents said.",
])
def test_entering_a_place_stays_an_assault(text):
    assert "Armed clash" in [c.sub_event_type for c in _run(text)[0]]
