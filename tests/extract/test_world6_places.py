"""Where world6's place errors came from, as general rules: a shared city name read through a nearby town
supports its country's focus; a force's starting point is not where it fought; a square named after a person
is not the town of that name; a new name given to a place is not a town abroad. Sentences written for these
tests, plus behaviour checks on the open world6 reports."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.extract.coding import event_places
from sitroom.fuse import fuse
from sitroom.geo import find_places
from sitroom.geo.resolve import document_focus
from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report

REPORTS = Path(__file__).resolve().parents[2] / "examples" / "reports"


def _events(text: str, tmp_path: Path):
    f = tmp_path / "r.txt"
    f.write_text("---\npublished: 2024-05-04T08:00:00Z\noutlet: test desk\n---\n" + text, encoding="utf-8")
    return fuse(analyze_report(next(iter(read_inputs([str(f)]))).report).claims)


def _places(sentence: str, focus: list[str]) -> list[str]:
    return [m.place.name for m in event_places(find_places(sentence, focus=focus), sentence, 0, focus)]


# --- focus: a big city read through a nearby town counts like any big city ------------------------------

def test_capital_beside_a_provincial_town_outweighs_a_reacting_country():
    text = ("SANAA - Rebels seized ministries in Sanaa on Sunday. Fighting spread to Amran. Sanaa's airport "
            "closed. The United States called on all sides to stop.")
    assert document_focus(text)[0] == "YE"


def test_a_country_named_often_still_leads():
    # negative: a text that is about the named country keeps it first
    text = ("WASHINGTON - The United States said on Monday it would send aid. United States officials met in "
            "Washington. Sanaa was quiet.")
    assert document_focus(text)[0] == "US"


# --- a force's starting point ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,focus,gone", [
    ("Commandos flown in from Nairobi stormed the compound at dawn.", ["KE"], "Nairobi"),
    ("Reinforcements sent from Kano overnight fought the gunmen for hours.", ["NG"], "Kano"),
    ("Troops brought in from Lagos clashed with the militants.", ["NG"], "Lagos"),
])
def test_force_origin_is_not_the_place(sentence, focus, gone):
    assert gone not in _places(sentence, focus)


def test_force_origin_leaves_the_battle_place():
    # the place the fighting was at stays
    assert _places("Soldiers sent from Kano fought the gunmen in Maiduguri on Sunday.", ["NG"]) == ["Maiduguri"]


def test_force_origin_falls_back_to_paragraph_place(tmp_path):
    text = ("Gunmen attack hotel in Mombasa\n\nMOMBASA - Gunmen stormed a hotel in Mombasa on Monday, killing "
            "four guests.\n\nPolice commandos, flown in from Nairobi, fought the gunmen through the night on "
            "Tuesday and killed three of them.\n")
    names = {e.location.name for e in _events(text, tmp_path) if e.location}
    assert "Nairobi" not in names and "Mombasa" in names


def test_people_arriving_somewhere_are_still_placed_there():
    # negative: "arrived in" is a place, unlike "arrived from"
    assert _places("Militants who arrived in Kano on Friday attacked a market.", ["NG"]) == ["Kano"]


# --- squares and streets named after people ----------------------------------------------------------------

@pytest.mark.parametrize("sentence,focus,name", [
    ("Protesters gathered in the Plaza de Bolivar in Bogota on Friday.", ["CO"], "Bolivar"),
    ("Marchers filled the Avenida de Sucre in Quito.", ["EC"], "Sucre"),
])
def test_square_named_after_a_person_is_not_the_town(sentence, focus, name):
    assert name not in [m.place.name for m in find_places(sentence, focus=focus) if m.place]


def test_town_of_the_same_name_still_found():
    # negative: the town itself, without a square's noun before it
    assert "Bolivar" in [m.place.name for m in find_places("Riot police moved into Bolivar on Monday.",
                                                            focus=["CO"]) if m.place]


def test_square_under_a_city_heading_is_in_that_city(tmp_path):
    text = ("Protest summary, 3 May\n\nBogota\n\n1. Plaza de Bolivar, 3 May: Several thousand people gathered "
            "peacefully in the square on Monday, the city government said.\n")
    names = {e.location.name for e in _events(text, tmp_path) if e.location}
    assert names == {"Bogotá"}


# --- a place's new name --------------------------------------------------------------------------------------

def test_renamed_place_is_not_a_town_abroad():
    sentence = "Protesters who have renamed it Puerto Resistencia clashed with police at the junction."
    assert "Resistencia" not in _places(sentence, ["CO"])


def test_renamed_rule_needs_the_verb():
    # negative: a town named plainly stays
    assert _places("Protesters clashed with police in Resistencia on Monday.", ["AR"]) == ["Resistencia"]


# --- behaviour on the open world6 reports ----------------------------------------------------------------------

def _report_events(name: str):
    return fuse(analyze_report(next(iter(read_inputs([str(REPORTS / name)]))).report).claims)


def test_yemen_report_is_about_yemen():
    events = _report_events("yemen-2014-09-22.txt")
    assert events and all(e.location and e.location.country == "Yemen" for e in events)
    assert not any("United States" in (a.name or "") for e in events for a in (e.actor1, e.actor2) if a)


def test_in_amenas_events_are_at_in_amenas_not_the_dateline():
    events = _report_events("algeria-2013-01-20.txt")
    assert events and {e.location.name for e in events} == {"In Amenas"}


def test_commandos_from_delhi_do_not_place_a_clash_in_delhi():
    events = _report_events("india-2008-11-27.txt")
    assert "Delhi" not in {e.location.name for e in events if e.location}
