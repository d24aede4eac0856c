"""Type and victim kept apart across sentences: an event named again by a definite noun as the subject of
"came"/"followed" is the one already told, and the sentence's new event keeps its own type (and the toll
told after it). Texts written for these tests; expected values worked out by hand (20 March 2024 is a
Wednesday)."""
from __future__ import annotations

from datetime import date

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

WEDNESDAY = "2024-03-20T12:00:00Z"
KIDNAP = "Gunmen kidnapped 20 traders from the market in Dori, in northern Burkina Faso, on Monday night, residents said.\n\n"


def events_of(text: str):
    return [(e.sub_event_type, e.location.name if e.location else None, e.event_date,
             e.fatalities.best if e.fatalities else None) for e in fuse(analyze_text(text, WEDNESDAY).claims)]


def test_event_that_came_after_another_is_not_told_again_at_the_other_place():
    # "The kidnapping came only hours after a bomb ...": the bombing in Kaya is the new event, with the toll
    # told after it; there is no kidnapping in Kaya
    events = events_of(KIDNAP + "The kidnapping came only hours after a bomb ripped through a crowded bus station in "
                                "Kaya early on Monday morning. Police said 12 people were killed in the blast.\n")
    assert sorted(events) == [("Abduction/forced disappearance", "Dori", date(2024, 3, 18), None),
                              ("Remote explosive/landmine/IED", "Kaya", date(2024, 3, 18), 12)]


def test_followed_with_a_place_phrase_after_the_noun():
    events = events_of(KIDNAP + "The kidnapping in Dori followed an attack on an army post in Kaya on Sunday in "
                                "which four soldiers were killed.\n")
    assert not any(sub == "Abduction/forced disappearance" and place == "Kaya" for sub, place, _, _ in events), events
    assert any(place == "Kaya" and day == date(2024, 3, 17) and sub in ("Armed clash", "Attack")
               for sub, place, day, _ in events), events


def test_indefinite_event_before_came_is_still_an_event():
    # "Another kidnapping came ...": no definite article, so no reference back (the rule needs "the", "its",
    # "their", "these", "those" or a day's possessive before the noun): a second kidnapping, on Tuesday
    events = events_of("Gunmen kidnapped 20 traders in Dori, in northern Burkina Faso, on Monday, residents said. "
                       "Another kidnapping came on Tuesday in Kaya, where gunmen seized five teachers.\n")
    assert sorted((sub, place, day) for sub, place, day, _ in events) == [
        ("Abduction/forced disappearance", "Dori", date(2024, 3, 18)),
        ("Abduction/forced disappearance", "Kaya", date(2024, 3, 19))]


def test_definite_event_noun_without_came_keeps_its_event():
    # a definite noun that is not placed beside another event in time still tells its own event
    events = events_of("The kidnapping of 20 traders in Dori, in northern Burkina Faso, on Monday night shocked "
                       "the town, residents said.\n")
    assert [(sub, place) for sub, place, _, _ in events] == [("Abduction/forced disappearance", "Dori")]


STORMED = "Police said four gunmen were killed when security forces stormed a hostel in Garissa, Kenya, on Wednesday."


def test_blast_by_one_of_the_attackers_during_the_assault_is_part_of_it():
    # ACLED codes one event for the assault: "One of them blew himself up as officers moved in" tells how the
    # storming of the hostel ended, not a suicide bombing of its own
    events = events_of(STORMED + " One of them blew himself up as officers moved in, the police chief said.\n")
    assert [(sub, place) for sub, place, _, _ in events] == [("Armed clash", "Garissa")]


def test_blast_told_as_a_separate_incident_stays_its_own_event():
    events = events_of(STORMED + "\n\nIn a separate incident, a suicide bomber blew himself up at a checkpoint in "
                                 "Mandera on Wednesday, police said.\n")
    assert sorted((sub, place) for sub, place, _, _ in events) == [("Armed clash", "Garissa"),
                                                                   ("Suicide bomb", "Mandera")]


def test_armed_group_burning_shelters_during_its_attack_is_no_demonstration():
    # "Militiamen attacked the camp, killing residents ... and setting shelters on fire": the participles share
    # the armed group's clause; the arson is part of its attack on civilians, not a crowd's violent demonstration
    events = events_of("Militiamen attacked a camp for displaced people in Dori in northern Burkina Faso late on "
                       "Tuesday, killing residents with machetes and setting shelters on fire, local leaders said.\n")
    assert [(sub, place, day) for sub, place, day, _ in events] == [("Attack", "Dori", date(2024, 3, 19))]


def test_protesters_burning_tyres_stay_a_violent_demonstration():
    events = events_of("Protesters marched on the town hall in Dori in northern Burkina Faso on Tuesday, throwing "
                       "stones at police and setting tyres on fire.\n")
    assert [(sub, place) for sub, place, _, _ in events] == [("Violent demonstration", "Dori")]



RAID = ("Gunmen raided a village near Dori, in northern Burkina Faso, on Monday and killed nine farmers, the mayor "
        "said.\n\nJihadist groups are active in the province, along the border with Mali, where they attack army "
        "posts. ")


def claims_of(text: str):
    return [(c.sub_event_type, c.location.name if c.location else None) for c in analyze_text(text, WEDNESDAY).claims
            if c.polarity == "supports"]


def test_definite_event_that_took_place_beside_another_happening_is_not_a_new_event():
    # "The attacks took place on the day ...": the raid already told, dated by another happening; the army posts
    # of the line before make it no battle of its own
    text = RAID + "The attacks took place on the day the election results were announced.\n"
    assert claims_of(text) == [("Attack", "Dori")]
    assert [(sub, place) for sub, place, _, _ in events_of(text)] == [("Attack", "Dori")]


def test_definite_event_that_happened_as_something_else_went_on_is_not_a_new_event():
    assert claims_of(RAID + "The attacks happened as the election results were being read out on the radio.\n") == [("Attack", "Dori")]


def test_indefinite_event_that_took_place_on_the_day_is_still_an_event():
    # no definite article before the noun: a further incident, told at a place of its own
    events = events_of(RAID + "A second raid took place on the same day in Kaya, where gunmen killed four "
                              "herders.\n")
    assert any(place == "Kaya" for _, place, _, _ in events), events
