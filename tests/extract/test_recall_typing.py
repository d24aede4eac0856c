"""Recall and typing rules from ACLED's definitions, on sentences written for these tests (no eval or gold text).

- a crowd that is the agent of a passive ("an officer was stabbed by rioters") did the violence: a riot, not
  a battle of the force named first;
- a single protest told by what became of it ("a protest that started at noon turned violent") is a
  demonstration turned violent;
- "X fell on Sunday to the rebels": the place is the subject of the taking;
- people shot at, run down by a car or taken hostage are an attack (an abduction) on them;
- "the attackers also killed ...", "killed with machetes", after the battle is told: an attack on civilians
  of its own, not the battle's toll.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract.lexicon import find_cues
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 12, tzinfo=timezone.utc)  # a Wednesday


def subtypes(text: str) -> list[str]:
    report = make_report(text, published=PUBLISHED)
    return [c.sub_event_type for c in analyze_report(report).claims if c.polarity == "supports"]


def roles(text: str) -> list[tuple[str, str]]:
    return [(c.role, c.text) for c in find_cues(text)]


@pytest.mark.parametrize("text, expected", [
    # the crowd as the passive's agent: the riot is theirs
    ("In the northern city of Mosul, a traffic policeman was shot dead by rioters late on Tuesday, the agency said.",
     "Violent demonstration"),
    # near miss: the force as the passive's agent, a protester the victim
    ("A protester was shot dead by police in Mosul late on Tuesday, the agency said.",
     "Excessive force against protesters"),
    # a protest told by what became of it
    ("In Basra, a protest that started outside the oil company offices turned violent on Tuesday, a police "
     "spokesman said, and officers fired into the air.", "Violent demonstration"),
])
def test_crowd_violence_types(text, expected):
    assert expected in subtypes(text)
    if expected == "Violent demonstration":
        assert "Armed clash" not in subtypes(text)


def test_diplomatic_protest_is_no_demonstration():
    text = "The foreign ministry lodged a protest that the ambassador rejected on Tuesday."
    assert not any(t in subtypes(text) for t in ("Peaceful protest", "Violent demonstration"))


def test_town_fell_on_a_day_to_rebels():
    text = "Mosul fell on Tuesday to fighters loyal to the rebel commander, residents said."
    assert subtypes(text) == ["Non-state actor overtakes territory"]
    text = "The town of Mosul fell late on Tuesday to the rebels, residents said."
    assert "Non-state actor overtakes territory" in subtypes(text)


def test_fell_on_a_day_near_miss():
    # a price or a figure that fell, with a place inside its own phrase, takes no territory
    assert roles("Fuel prices in Iraq fell on Tuesday to their lowest level.") == [("gain", "fell on Tuesday to")]
    assert subtypes("Fuel prices in Iraq fell on Tuesday to their lowest level.") == []


@pytest.mark.parametrize("text, expected", [
    ("Two men on a motorbike began shooting at diners outside a restaurant in Bamako on Tuesday evening.", "Attack"),
    ("A man drove a van into shoppers on a busy street in Lyon on Tuesday, police said.", "Attack"),
    ("In Bamako on Tuesday, gunmen stormed a hotel and took hostages, a security official said.",
     "Abduction/forced disappearance"),
])
def test_attacks_on_people(text, expected):
    assert expected in subtypes(text)


def test_attack_cue_near_misses():
    # shooting with no target named, and a car bomb, start no attack by gunfire or ramming
    assert not any(r == "clash" for r, _ in roles("Soldiers arrived at dusk and began shooting."))
    assert not any(r == "clash" for r, _ in roles("A man drove a car packed with explosives into the gate."))
    assert not any(r == "abduct" for r, _ in roles("The rebels took the hill overnight."))


def test_attackers_also_killed_civilians_after_a_battle():
    text = ("Soldiers fought gunmen who attacked an army base in Kidal on Tuesday, the army said. "
            "The attackers also killed four civilians, the army said.")
    assert subtypes(text).count("Attack") == 1


def test_killed_with_blades_after_a_battle():
    text = ("Soldiers fought gunmen who attacked an army base in Kidal on Tuesday, the army said. "
            "Most had been killed with machetes, a doctor said.")
    assert "Attack" in subtypes(text)
    # near miss: the battle's own toll, no blade named, is no attack
    text = ("Soldiers fought gunmen who attacked an army base in Kidal on Tuesday, the army said. "
            "Most had been killed in the first hour, a doctor said.")
    assert "Attack" not in subtypes(text)


def test_police_taking_people_away_is_arrests():
    text = ("On Tuesday riot police surrounded the offices of the main opposition party in Lusaka and led several "
            "members away, party officials said.")
    assert subtypes(text) == ["Arrests"]
    # near miss: armed men taking people away are no arrest
    text = "On Tuesday gunmen surrounded a mosque in Kaduna and led several worshippers away, residents said."
    assert "Arrests" not in subtypes(text)


def test_toll_after_hostage_taking_goes_to_the_attack():
    text = ("Gunmen began shooting at diners on the terrace of a restaurant in Bamako on Tuesday evening, witnesses "
            "said. In Bamako the gunmen then took hostages inside, a security official said. "
            "At least 12 people have been killed, a minister said.")
    report = make_report(text, published=PUBLISHED)
    dead = {c.sub_event_type: c.fatalities and c.fatalities.best for c in analyze_report(report).claims
            if c.fatalities and c.fatalities.best}
    assert dead.get("Attack") == 12
    assert "Abduction/forced disappearance" not in dead
