"""Police named as responders are neither the author of a gas attack nobody in the sentence carried out (ACLED:
an unnamed attacker is an unidentified armed group) nor, by going into a place with no foe and no one hurt, a
side of a battle. Texts written for these tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _events(text: str):
    day = datetime(2024, 3, 20, 18, tzinfo=timezone.utc)
    return fuse(analyze_report(make_report(text, published=day), Options()).claims)


@pytest.mark.parametrize("text", [
    "Police officers sealed off the station in Osaka on Tuesday. A poison gas attack on a train killed three people "
    "there on Tuesday, police said.",
    "A nerve agent was released on two buses in Osaka on Tuesday, killing four passengers. Police have set up an "
    "investigation headquarters with hundreds of officers.",
    "Police closed three stations in Osaka on Tuesday. A toxic gas was released in a crowded carriage there on "
    "Tuesday morning, killing two people, the fire department said.",
])
def test_police_responders_are_not_the_gas_attackers(text):
    chem = [e for e in _events(text) if e.sub_event_type == "Chemical weapon"]
    assert chem, [e.sub_event_type for e in _events(text)]
    assert chem[0].actor1 is not None and chem[0].actor1.side == "unknown", chem[0].actor1


def test_an_army_named_as_the_gas_attacker_stays():
    # near miss: the force the report names as the one that dropped the gas
    text = ("Government forces dropped chlorine on the rebel-held town of Douma on Saturday, rescuers said. "
            "A gas attack on the town later killed 40 people, rescuers said.")
    chem = [e for e in _events(text) if e.sub_event_type == "Chemical weapon"]
    assert chem and chem[0].actor1 is not None and chem[0].actor1.side == "government", chem


@pytest.mark.parametrize("text", [
    "Police officers in protective suits entered the station in Osaka on Tuesday.",
    "Police entered the building in Osaka on Tuesday, the fire department said.",
])
def test_police_going_in_with_no_foe_is_no_battle(text):
    assert [e.sub_event_type for e in _events(text)] == []


@pytest.mark.parametrize("text", [
    "Police entered the town of Mocimboa on Tuesday and fought with insurgents, residents said.",
    "Insurgents entered the town of Mocimboa on Tuesday, residents said.",
])
def test_entering_against_a_foe_stays_a_battle(text):
    assert "Armed clash" in [e.sub_event_type for e in _events(text)]
