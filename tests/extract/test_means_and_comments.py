"""A weapon carried, laid or used in the same act as gunfire is a means of that act, not an explosion event of its
own; a blast only reported or that woke people is what was heard of a fight; a name given to an act, a place's
record and troops taking up positions are no events. Sentences written for these tests."""
from __future__ import annotations

import pytest

from sitroom.pipeline import classify_text

NO_EVENT = [
    # blasts only reported, or that woke people, with no one hurt
    "Residents in the old town report several loud explosions.",
    "Gunfire and at least two explosions were reported near the airport road.",
    "Villagers said they had been woken by heavy gunfire and explosions before dawn.",
    # a weapon laid, not set off
    "The army says the approaches to the camp are mined with explosive devices.",
    # a name given to an act is a comment on it
    "Opposition senators called the decision a surrender of the state.",
    "The governor called those who set fire to the tax office vandals.",
    "The envoy criticised what she called the disproportionate use of force by the army in the capital.",
    # a place's record
    "The northern districts have seen frequent abductions of aid workers.",
    # care for the wounded
    "Clinics in the two provinces said they had treated dozens of wounded soldiers and police.",
    "Health workers in the city received several wounded civilians and soldiers on Wednesday.",
    # a deployment
    "Armoured vehicles took up positions around the parliament building on Tuesday.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(text):
    assert classify_text(text) is None


CASES = [
    # an explosive used in the same act as gunfire: the gun attack or the battle
    ("Officers sent to the bank came under fire and a grenade attack as they arrived on Monday.", "Armed clash"),
    ("Gunmen set off a bomb at the church gate and then opened fire on the congregation, killing 40 people.",
     "Attack"),
    ("Troops stormed the warehouse on Sunday, throwing grenades, and killed five militants.", "Armed clash"),
    # near misses: an explosion on its own, or one set apart by another time, is still an explosion
    ("A roadside bomb hit a police truck outside the town on Monday, killing three officers.",
     "Remote explosive/landmine/IED"),
    ("A grenade was thrown into a bar in the port on Saturday, wounding six drinkers.", "Grenade"),
    ("A bomb went off at the bus depot on Friday; later, gunmen opened fire on a checkpoint in the north.",
     "Remote explosive/landmine/IED"),
    # an explosion reported with its harm is still an explosion
    ("An explosion was reported at the market on Monday, and four traders were killed.",
     "Remote explosive/landmine/IED"),
    # a blast reported as the moment an attack began, at its place, is still an explosion
    ("Witnesses report a loud blast followed by gunfire at the shopping centre on Saturday.",
     "Remote explosive/landmine/IED"),
    # a weapon carried by attackers who then used another is not the event; the act is
    ("Gunmen armed with rifles, machetes and homemade bombs shot dead seven villagers on Friday.", "Attack"),
    # what was actually said and done still counts
    ("Gunmen wounded three soldiers at a checkpoint outside the town on Sunday.", "Armed clash"),
    ("Residents phoned the police after gunmen attacked a bar in the town on Friday, killing two men.", "Attack"),
    ("Gunmen abducted two aid workers in the northern district on Sunday.", "Abduction/forced disappearance"),
    ("Rebels took the town of Kalo on Tuesday after heavy fighting.", "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1] + ":" + c[0][:30] for c in CASES])
def test_sub_event_type(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected
