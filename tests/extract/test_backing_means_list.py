"""The aircraft or guns that back a ground assault are its means, also when the text lists several ("troops
backed by tanks, artillery and helicopter gunships stormed the camp"): the assault is the battle, not an air or
artillery strike. Near miss: aircraft that strike on their own stay an air strike. Texts written for these
tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _subs(text: str) -> list[str]:
    day = datetime(2024, 3, 20, tzinfo=timezone.utc)
    return sorted(e.sub_event_type for e in fuse(analyze_report(make_report(text, published=day), Options()).claims))


@pytest.mark.parametrize("text", [
    "Government troops backed by tanks, artillery and helicopter gunships stormed a rebel camp near Kidal on Monday.",
    "Soldiers supported by armoured cars, drones and fighter jets attacked rebel positions outside Kidal on Monday.",
    "Army units, with the support of armoured vehicles, helicopters and warplanes, fought the rebels at Kidal on Monday.",
])
def test_listed_means_of_a_ground_assault_make_a_battle(text):
    assert _subs(text) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    # the aircraft act on their own
    "Government helicopter gunships and warplanes attacked a rebel camp near Kidal on Monday.",
    # a ground force and an air raid, each with its own verb
    "Government troops stormed a rebel camp near Kidal on Monday, and warplanes bombed the town of Tessalit.",
])
def test_aircraft_striking_on_their_own_stay_an_air_strike(text):
    assert "Air/drone strike" in _subs(text)
