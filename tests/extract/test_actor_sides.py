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
