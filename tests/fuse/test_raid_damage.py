"""The burning and looting armed men do in their attack on a place is part of that attack (ACLED codes the
property destruction of an attack as the attack); burning elsewhere, on another day, by another named force,
or with no attack told, is an event of its own; looting after a battle between armed sides is too."""
from __future__ import annotations

import pytest

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _subs(text: str, published: str = "2022-03-09") -> list[str]:
    return [e.sub_event_type for e in fuse(analyze_text(text, published).claims)]


RAIDS = [
    "Gunmen attacked worshippers at a church in Kajuru, Kaduna State, Nigeria on Sunday and killed nine people. "
    "The attackers also set fire to cars parked outside the church, witnesses said.",
    "Armed men raided the village of Tawa in Niger's Tillaberi region on Monday, shooting dead 14 residents. "
    "Houses and granaries were burnt in the village, the mayor said.",
]


@pytest.mark.parametrize("text", RAIDS, ids=[t[:30] for t in RAIDS])
def test_burning_in_a_raid_is_part_of_the_attack(text):
    subs = _subs(text)
    assert "Looting/property destruction" not in subs, subs
    assert "Attack" in subs, subs


def test_burning_in_another_town_stays_its_own_event():
    text = ("Gunmen attacked worshippers at a church in Kajuru, Kaduna State, Nigeria on Sunday and killed nine people. "
            "In Zaria, 80 km away, armed men set fire to shops on Sunday, police said.")
    assert "Looting/property destruction" in _subs(text)


def test_burning_with_no_attack_stays_its_own_event():
    text = "Armed men set fire to houses and granaries in Tawa village in Niger's Tillaberi region on Monday, the mayor said."
    assert _subs(text) == ["Looting/property destruction"]


def test_looting_after_a_battle_stays_its_own_event():
    text = ("Rebels fought soldiers in Bunia in Congo's Ituri province on Monday. "
            "The rebels then looted shops in Bunia on Monday, residents said.")
    assert "Looting/property destruction" in _subs(text)
