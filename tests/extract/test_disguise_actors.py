"""A force named as a disguise ("dressed as a police officer", "posing as soldiers", "wearing army uniforms") is
not an actor: the wearer acted, and with no one else named he is an unidentified armed group. Texts written for
these tests."""
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
    "Police say a man dressed as a police officer opened fire on people at a camp near Tromso on Tuesday.",
    "A man disguised as a soldier shot dead six worshippers at a church near Gao on Tuesday, a local official said.",
    "Men posing as soldiers abducted 20 villagers near Gao on Tuesday, a local official said.",
    "Two men wearing police uniforms shot dead four shopkeepers in a market near Gao on Tuesday, residents said.",
])
def test_a_disguise_names_no_actor(text):
    events = _events(text)
    assert events, text
    a1 = events[0].actor1
    assert a1 is not None and a1.side == "unknown", a1


@pytest.mark.parametrize("text", [
    "Soldiers opened fire on villagers near Gao on Tuesday, killing 12, a local official said.",
    "Police dressed in riot gear fired on villagers near Gao on Tuesday, killing 12, a local official said.",
])
def test_a_force_that_acted_stays_the_actor(text):
    events = _events(text)
    assert events and events[0].actor1 is not None and events[0].actor1.side == "government", events
