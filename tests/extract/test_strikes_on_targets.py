"""A bare "strike(s) on" a military target ("two strikes on the city's airport") is a bombing; a walkout
("a strike on Monday", "their strikes") is not."""
from __future__ import annotations

import pytest

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in fuse(analyze_text(text, "2024-01-13").claims)]


@pytest.mark.parametrize("text", [
    "US jets struck Houthi targets in Yemen on Friday. In Taiz, residents reported at least two strikes on the city's airport.",
    "Israeli jets struck Lebanon on Friday. Residents of Baalbek reported a strike on a Hezbollah arms depot.",
])
def test_strikes_on_a_military_target_are_air_strikes(text):
    assert "Air/drone strike" in _subs(text)


@pytest.mark.parametrize("text", [
    "Workers at the port of Mombasa, Kenya began a strike on Monday over pay.",
    "Teachers in Lagos, Nigeria called off their strikes on Monday after talks.",
])
def test_walkouts_are_no_event(text):
    assert _subs(text) == []
