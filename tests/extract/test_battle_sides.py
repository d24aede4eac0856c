"""Sides of battles: whom a town falls to took it, and the people a sentence about ground changing hands names
are no side to it (ACLED: a battle is fought between organised armed groups). Texts written for these tests."""
from __future__ import annotations

from datetime import datetime, timezone

from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 18, tzinfo=timezone.utc)  # a Wednesday
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def territory(text: str):
    found = [c for c in analyze_report(make_report(text, published=PUBLISHED)).claims
             if c.sub_event_type in TERRITORY]
    assert found, text
    return found[0]


def test_a_town_that_falls_to_mutinous_troops_was_taken_by_them():
    c = territory("MALAKAL, March 20 - Malakal fell on Tuesday to troops loyal to the sacked deputy leader, "
                  "after the garrison commander changed sides with his men.")
    assert c.sub_event_type == "Non-state actor overtakes territory"
    assert c.actor1 is not None and c.actor1.side == "opposition", c.actor1
    assert c.actor2 is None or c.actor2.side != "civilian", c.actor2


def test_a_town_that_falls_to_the_army_was_regained():
    # near miss: the same words with the state's forces after "to" keep the state as the taker
    c = territory("MALAKAL, March 20 - Malakal fell on Tuesday to the army after a week of fighting.")
    assert c.sub_event_type == "Government regains territory"
    assert c.actor1 is not None and c.actor1.side == "government", c.actor1
    assert c.actor2 is None or c.actor2.side != "civilian", c.actor2
