"""A blast that was only heard names no weapon, actor, target or damage: no explosion event of its own.
A fight "for control of" a place is the battle, not a change of hands. Sentences written for these tests."""
from __future__ import annotations

import pytest

from sitroom.pipeline import classify_text

HEARD = [
    "Explosions were heard across the capital overnight, residents said.",
    "Residents of the northern district heard several loud explosions before dawn on Monday.",
    "The sound of explosions and heavy gunfire could be heard near the airport.",
    "Blasts were also heard in the east of the city late on Friday.",
]


@pytest.mark.parametrize("text", HEARD)
def test_a_blast_only_heard_is_no_event(text):
    assert classify_text(text) is None


CASES = [
    # the fighting the sounds came with is still a battle
    ("Gunfire and explosions were heard on Sunday as soldiers and rebels fought for control of the airport.",
     "Armed clash"),
    ("The militia and the army battled for control of the bridge on Tuesday.", "Armed clash"),
    # a blast that did damage, or a named bomb, is still an explosion
    ("A blast ripped through a market in the town on Monday, killing six people.", "Remote explosive/landmine/IED"),
    ("Explosions were heard after a car bomb went off outside the ministry.", "Remote explosive/landmine/IED"),
    # taking control is still a change of hands
    ("Rebels took control of the border town on Monday.", "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1] + ":" + c[0][:30] for c in CASES])
def test_sub_event_type(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected
