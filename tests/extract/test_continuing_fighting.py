"""'Fighting continued': the battle already told, going on at its place and on its day, is that event (ACLED
codes one event per place, day and kind); with a day or a place of its own it is a new event. Texts written
for these tests."""
from __future__ import annotations

from datetime import datetime, timezone

from sitroom.fuse import fuse
from sitroom.ingest.meta import make_report
from sitroom.pipeline import analyze_report

BASE = "Government troops and rebels clashed in Aleppo's Sheikh Saeed district on Saturday, a monitor said. "


def _events(text):
    report = make_report(text, published=datetime(2016, 12, 11, 18, tzinfo=timezone.utc))
    return fuse(analyze_report(report).claims)


def test_fighting_that_goes_on_with_no_place_or_day_of_its_own_is_the_battle_told():
    events = _events(BASE + "Several residents said fighting went on in parts of the district until the evening.")
    assert len(events) == 1
    assert events[0].sub_event_type == "Armed clash" and events[0].location.name == "Sheikh Saeed"
    assert "residents" in [s.name for s in events[0].sources]


def test_fighting_that_goes_on_the_next_day_or_elsewhere_is_a_new_event():
    next_day = _events(BASE + "Heavy fighting continued on Sunday, the monitor said.")
    assert sorted(e.event_date.isoformat() for e in next_day) == ["2016-12-10", "2016-12-11"]
    elsewhere = _events(BASE + "Fighting continued in the Bustan al-Qasr district, the monitor said.")
    assert sorted(e.location.name for e in elsewhere) == ["Bustan al-Qasr", "Sheikh Saeed"]


def test_a_forces_role_in_a_fight_is_no_battle():
    # a force described by its part in a long fight ("a key part of the fight against ...") reports no clash
    text = ("Kenyan troops have been a key part of the regional fight against al-Shabaab in Somalia. "
            "Al-Shabaab fighters attacked a Kenyan army base in Mandera, Kenya, on Monday, police said.")
    events = _events(text)
    assert [e.location.name for e in events if e.event_type == "Battles"] == ["Mandera"]


def test_what_a_crowd_threw_at_the_police_is_its_riot_not_an_explosion_event():
    text = ("Hundreds of protesters attacked a police station in Nakuru, Kenya, on Tuesday, throwing stones at officers. "
            "Police said 20 officers had been injured, some by rocks and homemade explosives.")
    events = _events(text)
    assert len(events) == 1 and events[0].event_type in ("Riots", "Protests")
    # a bomb that hurt people with no crowd told before it is an explosion event
    alone = _events("Police said 20 officers had been injured, some by a homemade bomb, in Nakuru, Kenya, on Tuesday.")
    assert [e.event_type for e in alone] == ["Explosions/Remote violence"]


ATTACK = "Gunmen killed nine villagers in an attack on a market in Mopti, Mali, on Sunday, officials said. "


def test_how_the_attackers_did_it_is_the_attack_told():
    events = _events(ATTACK + "The attackers came on motorbikes and opened fire on the crowd of shoppers.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_the_attackers_next_act_or_an_act_elsewhere_is_its_own_event():
    later = _events(ATTACK + "The gunmen then raided Djenne, Mali, and killed four more people.")
    assert sorted(e.location.name for e in later) == ["Djenné", "Mopti"]
    elsewhere = _events(ATTACK + "The attackers ambushed an army patrol near Gao on Saturday, the army said.")
    assert len(elsewhere) == 2


def test_attackers_killed_in_turn_are_not_the_attacks_toll():
    events = _events(ATTACK + "Troops killed four of the attackers in a shootout on Saturday, the army said.")
    attack = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attack) == 1 and attack[0].fatalities.best == 9
