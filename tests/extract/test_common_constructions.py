"""Common news constructions that must make (or must not make) a claim: a toll whose count is set apart
from its verb by who the dead were, dead counted by nationality, a force that "came under fire", a
numbered monitor item whose label is the place. Texts written for these tests; every expected value was
worked out by hand from the sentence (ACLED: the most conservative credible total, not a share of it)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 18, tzinfo=timezone.utc)  # a Wednesday


def claims_of(text: str):
    return analyze_report(make_report(text, published=PUBLISHED)).claims


def sentence(claim) -> str:
    return next(e.text for e in claim.evidence if e.field == "sentence")


# ------------------------------------------------------------------------------------------ tolls with an aside

@pytest.mark.parametrize("text, dead", [
    # who the dead were, between commas, brackets or dashes, stands between the count and "were killed"
    ("JABALIA, Gaza, March 20 - The health ministry said 118 Palestinians, among them 31 children and 12 women, "
     "were killed in Israeli strikes on Jabalia on Tuesday.", 118),
    ("BAGHDAD, March 20 - At least 27 people (most of them pilgrims) were killed when a car bomb exploded in "
     "Kadhimiya on Tuesday, police said.", 27),
    ("BAGHDAD, March 20 - Police said 33 people - mostly day labourers - were killed when a car bomb exploded in "
     "Sadr City on Tuesday.", 33),
    ("BAGHDAD, March 20 - Nineteen shoppers, including a policeman, were killed when a car bomb exploded in "
     "Kadhimiya on Tuesday, police said.", 19),
])
def test_an_aside_on_the_dead_keeps_the_total(text, dead):
    found = [c for c in claims_of(text) if c.fatalities is not None]
    assert found, [(c.sub_event_type, c.fatalities) for c in claims_of(text)]
    assert {c.fatalities.best for c in found} == {dead}


@pytest.mark.parametrize("text, dead", [
    ("JABALIA, Gaza, March 20 - The ministry said 46 Palestinians were killed in Jabalia on Tuesday.", 46),
    ("KABUL, March 20 - Officials said 14 Afghans were killed when a bomb exploded in a market in Kabul on "
     "Tuesday.", 14),
    ("BEIRUT, March 20 - Nine Lebanese were killed in an Israeli air strike on Nabatieh on Tuesday, the health "
     "ministry said.", 9),
])
def test_dead_counted_by_nationality_are_people(text, dead):
    # "46 Palestinians" is a count of people like "46 people": the toll is the event's
    found = [c for c in claims_of(text) if c.fatalities is not None]
    assert found and {c.fatalities.best for c in found} == {dead}
    assert all(c.event_type != "Protests" for c in found)


def test_a_crowd_named_by_nationality_is_not_killed_by_a_death_it_mourns():
    text = ("SARAJEVO, March 20 - Hundreds of Bosnians gathered in Sarajevo on Tuesday to mourn a student whose "
            "death last year was never explained, as police stood by.")
    subs = {c.sub_event_type for c in claims_of(text)}
    assert "Excessive force against protesters" not in subs and "Attack" not in subs, subs


# ------------------------------------------------------------------------------------------ came under fire

@pytest.mark.parametrize("text", [
    "GAO, Mali, March 20 - Soldiers came under heavy fire near Tessit on Tuesday, the army said.",
    "GAO, Mali, March 20 - Malian troops escorting a fuel convoy came under fire near Tessit on Tuesday.",
    "GAO, Mali, March 20 - Police officers were fired on near Tessit on Tuesday, the governor said.",
])
def test_a_force_fired_on_is_an_armed_clash_with_the_force_as_target(text):
    found = [c for c in claims_of(text) if c.sub_event_type == "Armed clash"]
    assert found, [(c.sub_event_type, sentence(c)) for c in claims_of(text)]
    c = found[0]
    assert c.location is not None and c.location.name == "Tessit"
    # the force fired on is the second actor; who fired is not named
    assert c.actor2 is not None and c.actor2.inter == 1
    assert c.actor1 is None or c.actor1.inter != 1


def test_a_base_under_mortar_fire_is_the_target_of_the_shelling():
    text = "GAO, Mali, March 20 - Malian troops came under sustained mortar fire at their base in Tessit on Tuesday."
    found = [c for c in claims_of(text) if c.sub_event_type == "Shelling/artillery/missile attack"]
    assert found and found[0].actor2 is not None and found[0].actor2.inter == 1
    assert found[0].actor1 is None or found[0].actor1.inter != 1


@pytest.mark.parametrize("text", [
    "BAMAKO, March 20 - The defence minister came under fire from lawmakers on Tuesday over the losses near Tessit.",
    "BAMAKO, March 20 - The government came under fire for its handling of the crisis in Tessit on Tuesday.",
    "BAMAKO, March 20 - The army chief came under criticism in Bamako on Tuesday after the losses.",
    "BAMAKO, March 20 - The plan has come under heavy fire in parliament since it was announced.",
])
def test_criticism_is_no_fire(text):
    claims = claims_of(text)
    assert not [c for c in claims if c.event_type in ("Battles", "Explosions/Remote violence",
                                                     "Violence against civilians")], \
        [(c.sub_event_type, sentence(c)) for c in claims]


# ------------------------------------------------------------------------------------------ numbered items

MONITOR = """GAZA, March 20 - Daily incident summary, 19 March.

Central Gaza

1. Bureij camp, from about 09:30: Israeli troops raided a house in the camp, the military said. It said its soldiers came under heavy fire as they withdrew.

2. Deir al-Balah and nearby areas, afternoon: Israeli aircraft carried out strikes on the camp and its surroundings. The health ministry said 23 Palestinians, among them nine children, were killed.
"""


def test_a_numbered_item_with_a_time_places_its_lines():
    claims = claims_of(MONITOR)
    fired = [c for c in claims if "came under heavy fire" in sentence(c)]
    assert fired and all(c.location is not None and c.location.name == "Al Burayj" for c in fired), \
        [(c.sub_event_type, c.location and c.location.name) for c in fired]


def test_an_item_for_a_camp_and_nearby_areas_places_its_toll():
    claims = claims_of(MONITOR)
    toll = [c for c in claims if "23 Palestinians" in sentence(c)]
    assert toll and all(c.location is not None and c.location.name == "Dayr al Balaḩ" for c in toll), \
        [(c.sub_event_type, c.location and c.location.name) for c in toll]
    assert {c.fatalities.best for c in toll if c.fatalities is not None} == {23}


# ------------------------------------------------------------------------------------------ holdings and control

TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text", [
    # a holding told as the news of the day is the taking; the side that holds it is the non-state actor
    "MOGADISHU, Somalia, March 20 - By the afternoon the insurgents held the governor's compound and the police "
    "headquarters in Baidoa, residents said.",
    "MOGADISHU, Somalia, March 20 - By nightfall al Shabaab fighters were in control of the airport in Baidoa, "
    "officials said.",
    "MOGADISHU, Somalia, March 20 - Al Shabaab fighters seized control of Baidoa on Tuesday, officials said.",
])
def test_a_change_of_control_is_taken_territory(text):
    found = [c for c in claims_of(text) if c.sub_event_type in TERRITORY]
    assert found, [(c.sub_event_type, sentence(c)) for c in claims_of(text)]
    c = found[0]
    assert c.sub_event_type == "Non-state actor overtakes territory"
    assert c.actor1 is not None and c.actor1.inter == 2  # the taking side
    assert c.location is not None and c.location.name == "Baidoa"


@pytest.mark.parametrize("text", [
    # a hold kept is no change of control
    "MOGADISHU, Somalia, March 20 - The army spokesman said the army remained in control of Baidoa on Tuesday.",
    "MOGADISHU, Somalia, March 20 - Government forces retained control of Baidoa on Tuesday, officials said.",
    # control of a situation is no territory
    "MOGADISHU, Somalia, March 20 - The prime minister said the police were in control of the security situation "
    "in Baidoa.",
    # "held" of a meeting, talks, hostages or a rally
    "MOGADISHU, Somalia, March 20 - By evening the two sides held talks in the capital, officials said.",
    "MOGADISHU, Somalia, March 20 - The governor held talks with elders in Baidoa on Tuesday.",
    "MOGADISHU, Somalia, March 20 - By Tuesday the militants held 30 hostages in a hotel in Baidoa.",
    "MOGADISHU, Somalia, March 20 - Al Shabaab held a meeting with clan elders in Baidoa on Tuesday.",
])
def test_a_hold_kept_or_a_meeting_held_is_no_territory(text):
    assert not [c for c in claims_of(text) if c.sub_event_type in TERRITORY], \
        [(c.sub_event_type, sentence(c)) for c in claims_of(text)]


def test_a_hold_kept_after_an_attack_is_the_attack():
    text = ("MOGADISHU, Somalia, March 20 - Government forces remained in control of the city on Tuesday after "
            "repelling an al Shabaab attack on Baidoa.")
    subs = {c.sub_event_type for c in claims_of(text)}
    assert subs == {"Armed clash"}, subs


# ------------------------------------------------------------------------------------------ drone strikes on vehicles

@pytest.mark.parametrize("text, dead", [
    # ACLED: a drone's attack on civilians is an air/drone strike with civilians as the second actor
    ("KURSK, Russia, March 20 - The governor said a Ukrainian drone had struck an ambulance near Sudzha on Tuesday, "
     "killing the driver and a paramedic.", 2),
    ("KURSK, Russia, March 20 - An ambulance was hit by a Ukrainian drone near Sudzha on Tuesday, killing its "
     "driver.", 1),
    ("KHERSON, Ukraine, March 20 - Russian drones attacked an evacuation convoy near Kherson on Tuesday, killing a "
     "volunteer driver, the regional governor said.", 1),
])
def test_a_drone_strike_on_a_civilian_vehicle(text, dead):
    found = [c for c in claims_of(text) if c.event_type in ("Battles", "Explosions/Remote violence",
                                                            "Violence against civilians")]
    assert [c.sub_event_type for c in found] == ["Air/drone strike"], [(c.sub_event_type, sentence(c)) for c in found]
    c = found[0]
    assert c.actor1 is not None and c.actor1.inter in (1, 8)  # the state whose drone it was
    assert c.actor2 is not None and c.actor2.inter == 7
    assert c.fatalities is not None and c.fatalities.best == dead


def test_aircraft_named_with_their_country_strike_for_it():
    text = "KURSK, Russia, March 20 - Russian aircraft struck Ukrainian units in the Sudzha district on Tuesday."
    c = next(c for c in claims_of(text) if c.sub_event_type == "Air/drone strike")
    assert c.actor1 is not None and "Russia" in c.actor1.name
    assert c.actor2 is not None and "Ukraine" in c.actor2.name


def test_a_retaliation_names_the_place_of_another_event():
    text = ("TEL AVIV, March 20 - Hamas said it had fired 40 rockets at Ashkelon on Tuesday in response to the "
            "destruction of a tower in Gaza City.")
    places = {c.location.name for c in claims_of(text) if c.location is not None}
    assert "Ashkelon" in places and not any("Gaza" in p for p in places), places
