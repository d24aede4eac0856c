"""Guards or escorts who "returned fire" or "shot back" fought the attackers: a clash between the two armed
sides beside the attack on the civilians they guarded (ACLED: one event per actor pair)."""
from __future__ import annotations

import pytest

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in fuse(analyze_text(text, "2013-01-17").claims))


@pytest.mark.parametrize("answer", ["returned fire", "shot back", "fired back at them"])
def test_escorts_answering_fire_fought_the_attackers(answer):
    text = ("Gunmen attacked a bus carrying workers near the town of In Amenas, Algeria on Wednesday, killing two. "
            f"Soldiers escorting the bus {answer} and the attackers fled, the ministry said.")
    assert _subs(text) == ["Armed clash", "Attack"]


def test_an_attack_no_one_answered_is_one_attack():
    text = ("Gunmen attacked a bus carrying workers near the town of In Amenas, Algeria on Wednesday, killing two. "
            "The attackers fled towards the border, the ministry said.")
    assert _subs(text) == ["Attack"]


@pytest.mark.parametrize("text,expected", [
    # both sides firing heavy weapons at each other across a front are fighting each other
    ("Government troops and rebels exchanged artillery and rocket fire around the town of Kidal, Mali on Wednesday, "
     "residents said.", ["Armed clash"]),
    ("The two armies traded heavy machine-gun fire near the village of Sotk, Armenia on Wednesday.", ["Armed clash"]),
    # near-miss: one side's artillery fire on a town is shelling
    ("Rebels shelled the town of Kidal, Mali with artillery and rocket fire on Wednesday, residents said.",
     ["Shelling/artillery/missile attack"]),
])
def test_an_exchange_of_heavy_fire_is_a_clash(text, expected):
    assert _subs(text) == expected


def test_bombs_set_off_in_a_street_fight_are_that_fight():
    text = ("In Jenin on Monday, Islamic Jihad said its fighters were fighting Israeli troops in the alleys of the camp "
            "and had detonated explosives against army vehicles.")
    assert _subs(text) == ["Armed clash"]


def test_a_bomb_elsewhere_after_the_fighting_is_its_own_event():
    text = ("Militants fought troops in the alleys of the camp in Jenin on Monday. Later, a roadside bomb exploded "
            "under an army jeep near the town of Tubas, the army said.")
    assert _subs(text) == ["Armed clash", "Remote explosive/landmine/IED"]
