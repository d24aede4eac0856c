"""Looting and arson by a crowd that rioted at the same place and day are part of the riot (ACLED codes
the looting a riot does as that riot); looting by an armed force, or elsewhere, is an event of its own."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _events(text: str, published: str = "2022-03-09"):
    day = datetime.fromisoformat(published).replace(tzinfo=timezone.utc)
    return fuse(analyze_report(make_report(text, published=day), Options()).claims)


RIOT_AND_LOOTING = [
    "Rioters hurled stones at police in Nairobi on Tuesday and burned tyres on the main roads. "
    "Several shops in the city centre were looted.",
    "Youths fought running battles with police in Kampala on Tuesday. Supermarkets were looted and "
    "a fuel station was set on fire.",
    "In Lusaka, angry crowds threw rocks at riot police on Tuesday. Dozens of stores were looted.",
]


@pytest.mark.parametrize("text", RIOT_AND_LOOTING, ids=[t[:30] for t in RIOT_AND_LOOTING])
def test_looting_by_rioters_is_part_of_the_riot(text):
    subs = [e.sub_event_type for e in _events(text)]
    assert "Looting/property destruction" not in subs, subs
    assert "Violent demonstration" in subs or "Mob violence" in subs, subs


def test_looting_in_another_city_stays_its_own_event():
    text = ("Rioters hurled stones at police in Nairobi on Tuesday. "
            "In Mombasa, several shops were looted on Tuesday.")
    subs = [e.sub_event_type for e in _events(text)]
    assert "Looting/property destruction" in subs, subs


def test_looting_by_soldiers_stays_its_own_event():
    text = ("Rioters hurled stones at police in Goma on Tuesday. "
            "Soldiers looted shops in Goma on Tuesday, residents said.")
    subs = [e.sub_event_type for e in _events(text)]
    assert "Looting/property destruction" in subs, subs
