"""Complex attacks told in one sentence or across a report (world6.yaml classes): a vehicle that explodes
carried the bomb; a bomber's blast and other men's gunfire on civilians are two events (ACLED codes each
sub-event of a complex attack); a named site the report puts "at" a locality, or in a city's own area,
places the later lines that name only the site; an explosion of no stated kind joins the named blast.
Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime, timezone

from sitroom.extract.claims import _report_landmarks
from sitroom.extract.lexicon import find_cues
from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

MAR = datetime(2024, 3, 14, 9, tzinfo=timezone.utc)


def events_of(text: str, published: datetime = MAR):
    return fuse(analyze_report(make_report(text, published=published)).claims)


def subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in events_of(text))


# ------------------------------------------------------------------ a vehicle that explodes carried the bomb

def test_a_truck_or_car_that_exploded_is_a_vehicle_bomb():
    assert any(c.sub_event_type == "Remote explosive/landmine/IED"
               for c in find_cues("A parked car blew up outside the tax office on Monday."))
    text = ("The regional governor said on Saturday that a truck exploded on the causeway near Tiraspol at dawn, "
            "killing four people in a passing minibus.")
    assert subs(text) == ["Remote explosive/landmine/IED"]


def test_a_car_that_exploded_in_a_collision_is_no_attack():
    text = "A car exploded after a collision with a fuel lorry on the highway near Tiraspol on Monday, killing two people."
    assert subs(text) == []


def test_a_car_that_exploded_when_a_rocket_hit_it_is_the_rocket_attack():
    text = "A car exploded when a rocket hit it near Tiraspol on Monday, killing its driver."
    assert "Remote explosive/landmine/IED" not in subs(text)


# ------------------------------------------------------- a bomber's blast and the others' gunfire on civilians

def test_a_bomber_and_the_others_firing_on_diners_are_two_events():
    text = ("Police said one of the attackers blew himself up at the entrance of a hotel in Kisumu on Friday, "
            "and that the others opened fire on diners in its restaurant.")
    assert subs(text) == ["Attack", "Suicide bomb"]


def test_the_others_firing_on_soldiers_is_no_attack_on_civilians():
    text = ("Police said one of the attackers blew himself up at the gate of an army camp in Kisumu on Friday, "
            "and that the others opened fire on the soldiers guarding it.")
    assert "Attack" not in subs(text)


def test_one_bomber_who_also_fired_is_one_event():
    text = "A gunman detonated explosives at the gate of a hotel in Kisumu on Friday and opened fire on the guests."
    assert len(events_of(text)) == 1


# ------------------------------------------------------- a named site "at" a locality, or in a city's own area

def test_a_site_at_a_locality_or_in_a_citys_area_is_a_landmark_there():
    marks = _report_landmarks("Gunmen stormed the Oberoi hotel at Nariman Point late on Wednesday.", ["IN"])
    assert marks["Oberoi hotel"].town.text == "Nariman Point"
    marks = _report_landmarks("Gunmen attacked the Palmview hotel and office complex on Riverside Drive in Nairobi's "
                              "Westlands area on Tuesday.", ["KE"])
    assert marks["Palmview hotel"].town.text == "Westlands"


def test_the_hotel_named_after_its_city_is_the_one_in_the_citys_area():
    text = ("Nairobi hotel siege ends\n\nGunmen attacked the Palmview hotel and office complex in Nairobi's Westlands "
            "area on Tuesday afternoon, police said.\n\nPolice said a bomber blew himself up in the hotel lobby at "
            "the start of the attack on Tuesday, and that the others opened fire on customers in a restaurant.")
    places = {e.location.name for e in events_of(text) if e.sub_event_type in ("Suicide bomb", "Attack")}
    assert places == {"Westlands"}


def test_a_loud_explosion_and_the_bombers_blast_are_one_event():
    text = ("Witnesses reported a loud explosion at the Palmview hotel in Nairobi's Westlands area on Tuesday.\n\n"
            "The Shabaab said it carried out the attack.\n\n"
            "Police said a bomber blew himself up in the hotel lobby on Tuesday.")
    assert subs(text) == ["Suicide bomb"]


# ------------------------------------------------ gunfire into a crowd of travellers, shoppers: an attack

def test_gunfire_into_a_crowd_of_shoppers_is_an_attack_on_civilians():
    text = "Two gunmen fired into a crowd of shoppers at the market in Kisumu on Monday, killing six people."
    assert subs(text) == ["Attack"]


def test_gunfire_and_grenades_into_commuters_is_one_attack_not_a_grenade_event():
    text = ("At the Central Terminus in Kisumu, two gunmen fired into crowds of commuters in the main hall and "
            "threw grenades, killing more than 40 people, police said.")
    assert subs(text) == ["Attack"]


def test_gunfire_into_a_crowd_of_protesters_stays_force_against_protesters():
    text = "Soldiers fired into crowds of protesters in Kisumu on Monday, killing six people."
    assert subs(text) == ["Excessive force against protesters"]


def test_soldiers_fired_on_at_a_checkpoint_is_no_attack_on_civilians():
    text = "Two soldiers were fired on at a checkpoint in Kisumu on Monday and killed."
    assert "Attack" not in subs(text)


def test_gunmen_storming_a_hotel_with_a_hyphenated_name_attack_civilians():
    text = ("Two more gunmen stormed the Grand-Palm hotel in Kisumu on Wednesday, where guests were killed in the "
            "lobby, witnesses said.")
    assert subs(text) == ["Attack"]


# ------------------------------------------------ an incident told at one named site of the city is no summary

def test_a_city_incident_told_at_a_named_site_stays_beside_the_districts_incidents():
    text = ("MUMBAI, Nov 27 - Gunmen struck several places in the city on Wednesday night.\n\n"
            "At the Central Terminus, the city's main railway station, two gunmen fired into crowds of commuters, "
            "killing more than 40 people, police said.\n\n"
            "In Colaba, gunmen opened fire on diners at a cafe, killing about 10 people, police said.\n\n"
            "A bomb planted in a taxi exploded in Vile Parle late on Wednesday, killing the driver, police said.")
    places = sorted(e.location.name for e in events_of(text, datetime(2008, 11, 27, 17, tzinfo=timezone.utc))
                    if e.sub_event_type == "Attack")
    assert places == ["Colaba", "Mumbai"]


def test_a_city_wide_figure_over_the_districts_incidents_is_still_a_summary():
    text = ("MUMBAI, Nov 27 - More than 60 people were killed across the city in attacks on Wednesday night, "
            "officials said.\n\n"
            "In Colaba, gunmen opened fire on diners at a cafe, killing about 10 people, police said.\n\n"
            "A bomb planted in a taxi exploded in Vile Parle late on Wednesday, killing the driver, police said.")
    events = events_of(text, datetime(2008, 11, 27, 17, tzinfo=timezone.utc))
    assert not any(e.location is not None and e.location.name == "Mumbai" and e.fatalities is not None
                   and e.fatalities.best == 60 for e in events)


def test_the_truck_that_exploded_is_the_vehicle_bomb_already_told():
    # a definite vehicle refers back: no cue of its own to retype the suicide attack told before it
    assert not any(c.sub_event_type == "Remote explosive/landmine/IED"
                   for c in find_cues("Police said 30 people were killed when the truck exploded outside a mall."))


# ------------------------------------------------ an incident list's items at two sites of one town

LIST = ("Daily unrest summary, 3 May\n\nRiverton\n\n"
        "1. Hillside, night of 3 May: Police moved into the hillside district of Hillside, where residents had "
        "gathered at a vigil. Residents said officers fired live ammunition at the crowd in Riverton, and that "
        "two people were killed.\n\n"
        "2. Eastgate junction, 3 May: Protesters who have held a blockade at the junction in Riverton clashed "
        "with riot police through the afternoon. Youths threw stones at the police, who fired tear gas.\n\n"
        "3. General: The mayor said the city was short of fuel because of the blockades.")


def test_two_items_at_two_sites_of_one_town_are_two_events():
    subs_ = sorted(e.sub_event_type for e in events_of(LIST.replace("Riverton", "Cali")))
    assert "Excessive force against protesters" in subs_ and "Violent demonstration" in subs_


def test_one_item_told_in_two_sentences_is_one_event():
    text = ("Daily unrest summary, 3 May\n\n"
            "1. Eastgate junction, 3 May: Protesters who have held a blockade at the junction in Cali clashed with "
            "riot police through the afternoon. Youths threw stones at the police, who fired tear gas.")
    assert subs(text) == ["Violent demonstration"]


# ------------------------------------------------ people hurt with no figure, no one killed: no fatalities

def test_a_number_hurt_and_no_one_killed_is_zero_fatalities():
    text = ("Youths threw stones at the police in Cali on Monday, who fired tear gas. "
            "The police said a number of officers were injured.")
    (e,) = events_of(text)
    assert e.fatalities is not None and e.fatalities.best == 0


def test_a_number_hurt_and_two_killed_keeps_the_dead():
    text = ("Youths threw stones at the police in Cali on Monday, who fired tear gas. "
            "The police said a number of officers were injured and two protesters were killed.")
    (e,) = events_of(text)
    assert e.fatalities is not None and e.fatalities.best == 2
