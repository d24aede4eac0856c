"""Deaths in a building that caught fire or collapsed, with no one said to have caused it, are no political
violence; killers or a crowd named in the sentence keep it an event."""
from __future__ import annotations

import pytest

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in fuse(analyze_text(text, "2019-10-18").claims)]


@pytest.mark.parametrize("text", [
    "Firefighters found the bodies of two workers in a building in central Beirut, Lebanon that caught fire overnight.",
    "Two people died when a house in Tripoli, Lebanon collapsed on Friday.",
])
def test_deaths_in_a_fire_or_collapse_are_no_event(text):
    assert _subs(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed two workers in a building in Beirut, Lebanon that caught fire during the night.", "Attack"),
    ("Protesters set fire to a building in Beirut, Lebanon on Friday.", "Violent demonstration"),
])
def test_a_fire_someone_caused_is_still_an_event(text, expected):
    assert _subs(text) == [expected]


@pytest.mark.parametrize("text", [
    "A 22-year-old woman died in custody in Tehran, Iran on Friday, three days after the morality police detained her.",
    "An opposition activist died in police custody in Harare, Zimbabwe on Friday, his lawyer said.",
])
def test_a_death_in_custody_alone_is_no_battle_or_arrest(text):
    assert _subs(text) == []


def test_a_detainee_killed_by_guards_is_still_an_event():
    text = "Prison guards shot dead a detainee in custody in Harare, Zimbabwe on Friday, his lawyer said."
    assert _subs(text) != []
