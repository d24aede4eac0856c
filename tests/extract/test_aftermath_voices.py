"""Arrests told after another event (README "Data model", status): a voice that only says it detained people
after a riot backs the arrests, not the riot, so it adds no voice to the riot's status; a voice that tells
the riot itself still counts."""
from __future__ import annotations

from voice_helpers import _events, _names


def _riot(events):
    riots = [e for e in events if e.sub_event_type == "Violent demonstration"]
    assert riots, [(e.sub_event_type, e.status) for e in events]
    return riots[0]


def test_police_telling_only_their_arrests_do_not_corroborate_the_riot():
    text = ("Rioters smashed the windows of dozens of shops and set two buses on fire in Nakuru "
            "on Tuesday, county officials said. "
            "Police said on Wednesday they had detained more than 200 people in Nakuru.")
    e = _riot(_events(text))
    assert e.status == "reported", (_names(e), e.status)


def test_near_miss_police_telling_the_riot_itself_still_corroborate_it():
    text = ("Rioters smashed the windows of dozens of shops and set two buses on fire in Nakuru "
            "on Tuesday, county officials said. "
            "Police said the rioters had also thrown stones at officers and burned a police car in Nakuru.")
    e = _riot(_events(text))
    assert e.status == "corroborated", (_names(e), e.status)


# ---------------------------------------- "the police" later is not a witness who stood behind police lines

def test_the_police_later_are_not_the_residents_who_watched_from_behind_police_lines():
    text = ("Residents watching from behind police lines said the shooting went on for over an hour in Pattani. "
            "In Songkhla province, young men raided a police station; 19 of the assailants were shot dead, "
            "the police said.")
    names = [n for e in _events(text) for n in _names(e)]
    assert "police" in names, names


def test_near_miss_the_governor_later_is_still_the_governor_named_before():
    text = ("Regional governor Anton Melnyk said shelling had destroyed three houses in Kramatorsk on Monday. "
            "Two people were wounded, the governor said.")
    names = [n for e in _events(text) for n in _names(e)]
    assert any("Melnyk" in n for n in names), names
    assert "governor" not in names, names


# ---------------------------------------- a measure a leader declared, in a relative clause, is no attribution

def test_the_curfew_a_prime_minister_declared_makes_him_no_source_of_the_looting():
    text = ("Crowds looted and burned shops in Lautoka for a second day today, ignoring the curfew that "
            "Prime Minister Jone Ratu declared last night.")
    names = [n for e in _events(text) for n in _names(e)]
    assert not any("Ratu" in n for n in names), names


def test_near_miss_a_prime_minister_who_declared_that_the_looting_ended_is_a_source():
    text = ("Crowds looted and burned shops in Lautoka on Wednesday, and Prime Minister Jone Ratu declared "
            "that the army had restored order by the evening.")
    names = [n for e in _events(text) for n in _names(e)]
    assert any("Ratu" in n for n in names), names
