"""Actors' sides from the event, not only from the report; texts written for these tests (no eval text)."""
from __future__ import annotations

from datetime import datetime, timezone

from sitroom.extract.claims import _sided
from sitroom.ingest import make_report
from sitroom.knowledge.actors import find_actors
from sitroom.models import Location
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 12, tzinfo=timezone.utc)


def claims_of(text: str):
    return [c for c in analyze_report(make_report(text, published=PUBLISHED)).claims if c.polarity == "supports"]


def test_a_missile_that_hits_homes_has_civilian_victims_not_the_last_armed_side_named():
    found = claims_of("Russian forces and Ukrainian troops fought near Bakhmut on Monday. "
                      "On Tuesday a missile hit a residential building in Kramatorsk, killing four people.")
    strike = [c for c in found if c.sub_event_type == "Shelling/artillery/missile attack"]
    assert strike and strike[0].actor2 is not None and strike[0].actor2.side == "civilian"


def test_a_crowd_burning_a_house_has_no_civilian_actor():
    found = claims_of("A crowd set fire to the house of a local politician in Kandy on Monday night, police said.")
    assert found and found[0].sub_event_type == "Violent demonstration"
    assert found[0].actor2 is None or found[0].actor2.side != "civilian"


def _place(name: str, country: str, precision: int = 1) -> Location:
    return Location(name=name, latitude=0.0, longitude=0.0, geo_precision=precision, country=country)


def test_a_state_force_is_external_where_the_event_is_abroad_and_government_at_home():
    army = find_actors("Israeli troops", country="Israel")[0]
    assert army.side == "government"
    abroad = _sided(army, _place("Khan Younis", "Palestine"), "Israel")
    assert (abroad.side, abroad.inter) == ("external", 8)
    # the same force in its own country, in a report about a neighbour, is the government there
    visiting = find_actors("Israeli troops", country="Lebanon")[0]
    assert visiting.side != "government"
    home = _sided(visiting, _place("Haifa", "Israel"), "Lebanon")
    assert (home.side, home.inter) == ("government", 1)


def test_a_country_named_alone_does_not_move_a_force_abroad():
    army = find_actors("Congolese troops", country="Democratic Republic of the Congo")[0]
    assert _sided(army, _place("Uganda", "Uganda", 3), "Democratic Republic of the Congo").side == army.side


def test_a_group_the_report_defines_by_its_acronym_is_a_rebel_group():
    found = claims_of("The Karen National Liberation Army (KNLA) said on Tuesday it had attacked an army outpost "
                      "near Myawaddy. KNLA fighters killed four soldiers, a spokesman said.")
    names = {a.name for c in found for a in (c.actor1, c.actor2) if a is not None}
    assert "KNLA: Karen National Liberation Army" in names
    knla = next(a for c in found for a in (c.actor1, c.actor2) if a is not None and a.name.startswith("KNLA"))
    assert (knla.inter, knla.side) == (2, "opposition")


def test_a_known_group_keeps_its_own_name_when_defined_with_an_acronym():
    from sitroom.extract.claims import _defined_groups

    assert "SDF" not in _defined_groups("the Syrian Democratic Forces (SDF) advanced on Raqqa", "Syria")


def test_two_states_that_agree_are_the_parties_not_their_host():
    found = claims_of("In Geneva, after talks hosted by the Swiss foreign minister, the defence ministers of "
                      "Sudan and South Sudan agreed on Tuesday to a ceasefire along the border.")
    deal = [c for c in found if c.sub_event_type == "Agreement"]
    assert deal
    sides = {deal[0].actor1.side, deal[0].actor2.side}
    names = " ".join(a.name for a in (deal[0].actor1, deal[0].actor2))
    assert "Sudan" in names and "Switzerland" not in names and len(sides) == 2


def test_a_strike_told_with_no_actor_takes_no_target_force_from_the_report():
    found = claims_of("The Arakan Army (AA) fought government troops near Sittwe on Sunday. "
                      "On Monday one rocket struck the grounds of the airport in Sittwe.")
    strike = [c for c in found if c.sub_event_type == "Shelling/artillery/missile attack"]
    assert strike and strike[-1].actor2 is None
