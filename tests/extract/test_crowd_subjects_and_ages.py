"""Who did what at a demonstration, and numbers that are no count (sentences written for these tests):
- "protesters overturned a police car and threw stones": the police car is no subject, the crowd threw;
- "Police and plain-clothes supporters beat protesters": a crowd acting with the force is no mob of its own;
- "Name, 36, was killed": the number after a name, set off by commas, is an age, not a toll."""
from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

PUBLISHED = "2024-03-11T10:00:00Z"


def events_of(text: str):
    return fuse(analyze_text(text, PUBLISHED).claims)


def test_stones_thrown_after_overturning_a_police_car_make_a_riot():
    events = events_of("In the Medina district of Dakar on Sunday, protesters overturned a police car and threw stones "
                       "at officers, witnesses said.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_police_who_throw_are_still_the_force():
    # near miss: the police are the subject; the crowd is the object
    events = events_of("Riot police charged the crowd and threw stones at the protesters in Dakar on Sunday.")
    assert "Violent demonstration" not in [e.sub_event_type for e in events]


def test_supporters_beating_protesters_beside_the_police_are_no_mob():
    events = events_of("Police and plain-clothes government supporters beat protesters with sticks in Dakar on Sunday "
                       "and detained dozens, witnesses said.")
    subs = [e.sub_event_type for e in events]
    assert "Mob violence" not in subs and subs


def test_supporters_beating_protesters_on_their_own_are_mob_violence():
    # near miss: no force beside them
    events = events_of("Government supporters beat protesters with sticks in Dakar on Sunday, witnesses said.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_a_number_after_a_name_between_commas_is_an_age():
    events = events_of("Amadou Diallo, 23, was shot dead by gunmen in Bamako on Sunday.")
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.best == 1


def test_a_count_after_a_town_is_still_a_count():
    # near miss: "In Gao, 12 people ..." is a toll (the number heads a noun, no comma after it)
    events = events_of("In Gao, 12 people were killed on Sunday when gunmen attacked a market.")
    assert len(events) == 1 and events[0].fatalities.best == 12


def test_a_headline_in_the_present_tense_fires_on_a_crowd():
    # headlines tell the past in the present: "Troops fire on crowd" is "troops fired on a crowd"
    events = events_of("Troops fire on crowd in Bamako; witnesses speak of dozens dead")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_fire_on_rebels_in_a_headline_is_no_crowd():
    # near miss: the target is an armed group, no demonstration
    events = events_of("Troops fire on rebels near Kidal as fighting spreads")
    assert "Excessive force against protesters" not in [e.sub_event_type for e in events]
