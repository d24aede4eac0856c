"""Whose toll a figure is, and when a report gives none: a missing death toll is no zero, a toll told after a
rally and a riot is the riot's, one more death told of an event is one of its dead rather than its count.
Texts written for these tests; every expected value was worked out by hand from the sentence."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 18, tzinfo=timezone.utc)  # a Wednesday


def events_of(text: str):
    return fuse(analyze_report(make_report(text, published=PUBLISHED)).claims)


def dead(e):
    return e.fatalities.best if e.fatalities is not None else None


# ------------------------------------------------------------------------------- a toll nobody gave

@pytest.mark.parametrize("tail, expected", [
    ("No death toll was available.", None),         # the figure is missing, not the dead
    ("Officials gave no casualty figures.", None),
    ("There was no immediate death toll.", None),
    ("No one was killed.", 0),                      # near miss: this says nobody died
    ("Nobody was hurt, the mayor said.", 0),
])
def test_missing_toll_is_not_zero(tail, expected):
    events = events_of("Rebel artillery shelled the town of Goma on Tuesday, destroying several houses. " + tail)
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1
    assert dead(shelling[0]) == expected


# ------------------------------------------------------------------ a toll after a rally and a riot

def test_toll_after_rally_and_riot_is_the_riots():
    # the opening tells the storming and its dead; the body tells the morning rally and then the riot
    text = ("A mob of opposition supporters forced its way into the county assembly in Nakuru on Tuesday afternoon, "
            "smashing windows and fighting with police. Three people died, the county police commander said.\n\n"
            "The day began with a rally in Uhuru Park in Nakuru, where thousands of people gathered to hear "
            "opposition leaders speak.\n\n"
            "Around 2 p.m. rioters broke through the barricades and overwhelmed the police lines outside the "
            "assembly, according to witnesses.\n")
    events = events_of(text)
    riots = [e for e in events if e.event_type == "Riots"]
    rallies = [e for e in events if e.sub_event_type == "Peaceful protest"]
    assert riots and dead(riots[0]) == 3
    assert rallies and all(dead(e) is None for e in rallies)


def test_dead_after_a_rally_alone_are_no_rally_toll():
    # near miss: with no riot told, the dead do not turn the rally into a deadly one (a separate event takes them)
    text = ("Thousands of opposition supporters marched through central Nakuru on Tuesday. "
            "Two people died, a hospital official said.")
    events = events_of(text)
    assert not any(e.sub_event_type == "Peaceful protest" and dead(e) for e in events)


# ----------------------------------------------------------------- one more death told of an event

def test_one_later_death_is_among_the_stated_toll():
    text = ("Rioters stormed the parliament building in Nakuru on Tuesday and fought police in the corridors. "
            "A woman was shot by police inside the building. She later died in hospital. "
            "Five people died in the violence, the police chief said.")
    events = events_of(text)
    riots = [e for e in events if e.event_type == "Riots"]
    assert len(riots) == 1 and dead(riots[0]) == 5


def test_one_later_death_alone_is_one():
    text = ("Rioters stormed the parliament building in Nakuru on Tuesday and fought police in the corridors. "
            "A woman was shot by police inside the building. She later died in hospital.")
    riots = [e for e in events_of(text) if e.event_type == "Riots"]
    assert len(riots) == 1 and dead(riots[0]) == 1


# ------------------------------------------------------------------------- many dead, no number

@pytest.mark.parametrize("text, expected", [
    # told as many with no number: a significant toll (ACLED: 10)
    ("Bandits raided the market in Dori on Monday, killing many traders.", 10),
    ("Bandits raided the market in Dori on Monday. A large number of traders were killed, the mayor said.", 10),
    # the dead as a bare plural, no number or quantifier: an open, uncounted group, significant (10)
    ("Bandits raided the market in Dori on Monday and killed traders.", 10),
    ("Bandits raided the market in Dori on Monday, going from stall to stall and killing unarmed traders.", 10),
    ("Bandits raided the market in Dori on Monday, where traders were killed in the stalls, the mayor said.", 10),
    # bodies seen in the streets after the raid are its dead, told as many
    ("Bandits raided the market in Dori on Monday. Traders said they had seen many bodies in the streets.", 10),
    # near misses: a limited toll with no number stays 3, a count stays the count
    ("Bandits raided the market in Dori on Monday and killed several traders.", 3),
    ("Bandits raided the market in Dori on Monday and killed a number of traders.", 3),
    ("Bandits raided the market in Dori on Monday, killing some traders.", 3),
    ("Bandits raided the market in Dori on Monday and killed the traders guarding the gate.", 3),
    ("Many residents fled after bandits raided the market in Dori on Monday and killed two traders.", 2),
])
def test_many_dead_with_no_number_is_significant(text, expected):
    raids = [e for e in events_of(text) if e.event_type == "Violence against civilians"]
    assert len(raids) == 1
    assert dead(raids[0]) == expected


# ---------------------------------------------------------------------------- wounds that killed

@pytest.mark.parametrize("tail, expected", [
    ("A police officer was mortally wounded in the exchange of fire.", 1),
    ("Two passengers were fatally injured, the governor said.", 2),
    # near miss: badly hurt is not dead
    ("Two passengers were seriously injured, the governor said.", 0),
])
def test_mortal_wounds_are_deaths(tail, expected):
    events = events_of("Gunmen ambushed a bus carrying police officers and passengers near Kaduna on Monday. " + tail)
    assert any(dead(e) == expected for e in events), [(e.sub_event_type, dead(e)) for e in events]


# ------------------------------------------------------------- a count that belongs to a new statement

@pytest.mark.parametrize("tail, high", [
    # the 700 are the evacuated of a second statement, not dead
    ("The governor said 14 people were killed and said more than 700 people were evacuated.", 14),
    # near miss: a count right after the kill word is the dead
    ("The blast killed at least 14 people and wounded dozens.", 14),
])
def test_count_of_a_new_statement_is_not_the_dead(tail, high):
    events = events_of("A bomb exploded in a hotel lobby in Mombasa on Tuesday. " + tail)
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert len(bombs) == 1 and bombs[0].fatalities is not None
    assert bombs[0].fatalities.high in (high, None) and bombs[0].fatalities.best == 14


# -------------------------------------------------------------- victims named by where they were

@pytest.mark.parametrize("text, expected", [
    ("Gunmen stormed a hotel in Mombasa on Tuesday, killing 12 guests.", 12),
    ("Gunmen opened fire at a cafe in Mombasa on Tuesday, killing five diners and two waiters.", 7),
    ("A bomb exploded at a railway station in Mombasa on Tuesday, killing nine commuters.", 9),
    # near miss: a count of things, not people, is no toll
    ("Gunmen stormed a hotel in Mombasa on Tuesday and torched 12 vehicles.", None),
])
def test_victims_named_by_the_place_they_were(text, expected):
    events = [e for e in events_of(text) if e.event_type != "Strategic developments"]
    assert events and dead(events[0]) == expected


@pytest.mark.parametrize("text, expected", [
    # bodies found, recovered or dug up tell deaths without saying who killed them when: no toll of the raid
    ("Bandits raided the market in Dori on Monday. Police said on Wednesday they had found many bodies in a "
     "grave outside the town.", None),
])
def test_bodies_found_later_are_no_toll(text, expected):
    raids = [e for e in events_of(text) if e.event_type == "Violence against civilians"]
    assert all(dead(r) in (expected, 3) for r in raids), [(e.sub_event_type, dead(e)) for e in raids]


# ------------------------------------------------------------- an unplaced lede's toll and whose act it is

LEDE_BODY = (
    "Gunmen kill scores at church in Nigeria\n\n"
    "ABUJA, March 20 - Gunmen who attacked a packed church during Sunday mass killed {n} people, the state governor "
    "said on Wednesday.\n\n"
    "The attackers arrived on motorcycles and opened fire on worshippers inside the church in Makurdi on Sunday, "
    "witnesses said.\n\n"
    "Hours later, Nigerian air force jets struck the motorcycles used by the attackers near Makurdi and killed "
    "several of the gunmen, the army said.\n")


def test_an_unplaced_lede_toll_is_the_toll_of_its_own_actors_act():
    # the lede names no town; of the body's two incidents near it, only the gunmen's attack is their act (the strike
    # on them is the air force's): the lede tells that one, with its toll
    events = events_of(LEDE_BODY.format(n=58))
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attacks) == 1 and dead(attacks[0]) == 58, [(e.sub_event_type, dead(e)) for e in events]
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert all(dead(s) != 58 for s in strikes)


def test_an_unplaced_toll_over_several_acts_of_the_same_hands_stays_a_summary():
    # near miss: the gunmen's attacks on two towns on different days; the lede's 40 is their sum, no one town's toll
    text = ("Gunmen kill 40 in central Nigeria\n\n"
            "ABUJA, March 20 - Gunmen killed 40 people in attacks this week, the governor said on Wednesday.\n\n"
            "Gunmen attacked Makurdi on Sunday and opened fire on residents, witnesses said.\n\n"
            "On Tuesday gunmen attacked Gboko and shot villagers in the market, police said.\n")
    attacks = [e for e in events_of(text) if e.sub_event_type == "Attack" and e.location is not None
               and e.location.name in ("Makurdi", "Gboko")]
    assert len(attacks) == 2 and all(dead(a) != 40 for a in attacks), [(e.location.name, dead(e)) for e in attacks]
