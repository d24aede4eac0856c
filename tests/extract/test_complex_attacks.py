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
