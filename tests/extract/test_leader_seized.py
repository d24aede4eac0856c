"""A leader seized ("seized President X", "captured General Y") is a person taken, not territory; a town
seized is still a taking of territory."""
from __future__ import annotations

import pytest

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}


def _subs(text: str) -> set[str]:
    return {e.sub_event_type for e in fuse(analyze_text(text, "2021-09-06").claims)}


@pytest.mark.parametrize("text", [
    "Mutinous soldiers seized President Alpha Conde at the palace in Conakry, Guinea on Sunday.",
    "Rebels captured General Mwamba near Bunia in Congo's Ituri province on Sunday.",
    "Troops seized the deposed Prime Minister at his home in Niamey, Niger on Sunday.",
])
def test_a_leader_seized_is_no_territory(text):
    assert not _subs(text) & TERRITORY


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Bunia in Congo's Ituri province on Sunday.",
    "Rebels seized Bunia in Congo's Ituri province on Sunday.",
])
def test_a_town_seized_is_territory(text):
    assert _subs(text) == {"Non-state actor overtakes territory"}
