"""Codes the exports derive: UCDP violence types, ACLED source scale, country codes and regions."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from export_events import BARREL, CIVILIANS, CLASH, GOV, ISIS, REBELS, RUSSIA

from sitroom.export import regions
from sitroom.export.acled import event_id_cnty, source_scale
from sitroom.export.ucdp import sides, violence_type
from sitroom.models import ActorRef, Event

KURDS = ActorRef("SDF: Syrian Democratic Forces", "Kurdish-led SDF", 2, "kurdish")
TURKEY = ActorRef("Military Forces of Turkey (2016-)", "Turkish military", 8, "foreign")


def ev(sub: str, event_type: str, actor1: ActorRef | None, actor2: ActorRef | None) -> Event:
    return Event("e1", date(2016, 12, 9), 1, "Political violence", event_type, sub, actor1=actor1, actor2=actor2)


@pytest.mark.parametrize(
    ("what", "event", "kind", "side_a", "side_b"),
    [
        # "rebels have inflicted heavy casualties on pro-Assad forces": state v. rebels
        ("state v rebels", CLASH, 1, "Government of Syria", "Opposition Rebels (Syria)"),
        # "the rebels had to pull back after two ISIS suicide bombs": rebels v. rebels
        ("rebels v ISIS", ev("Armed clash", "Battles", REBELS, ISIS), 2, "Opposition Rebels (Syria)", "Islamic State (Syria)"),
        ("Kurds v ISIS", ev("Armed clash", "Battles", KURDS, ISIS), 2, "SDF: Syrian Democratic Forces", "Islamic State (Syria)"),
        # "barrel bombs killed 12 civilians in Idlib": state v. civilians
        ("state v civilians", BARREL, 3, "Government of Syria", "Civilians"),
        ("civilians listed first", ev("Attack", "Violence against civilians", CIVILIANS, ISIS), 3, "Islamic State (Syria)", "Civilians"),
        ("execution, target unnamed", ev("Attack", "Violence against civilians", GOV, None), 3, "Government of Syria", "Civilians"),
        # "Russian warplanes struck rebel positions": foreign state forces (inter 8) count as a state
        ("Russia v rebels", ev("Air/drone strike", "Explosions/Remote violence", RUSSIA, REBELS), 1, "Government of Russia", "Opposition Rebels (Syria)"),
        ("rebels v Turkey, state second", ev("Armed clash", "Battles", ISIS, TURKEY), 1, "Government of Turkey", "Islamic State (Syria)"),
        ("lone ISIS suicide bomb", ev("Suicide bomb", "Explosions/Remote violence", ISIS, None), 2, "Islamic State (Syria)", ""),
    ],
)
def test_ucdp_violence_type_and_sides(what, event, kind, side_a, side_b):
    assert violence_type(event) == kind, what
    assert sides(event, kind) == (side_a, side_b), what


@pytest.mark.parametrize(
    ("kinds", "scale"),
    [
        (["monitor"], "Local"),
        (["news outlet"], "National"),
        (["un", "humanitarian"], "International"),
        (["News Agency", "monitor"], "Local-International"),
        (["state media", "monitor", "un"], "Local-National-International"),
        (["astrologer"], "Other"),
        (["military", "astrologer"], "National-Other"),
        ([], ""),
    ],
)
def test_source_scale(kinds, scale):
    assert source_scale(kinds) == scale


@pytest.mark.parametrize(
    ("event_id", "country", "expected"),
    [
        ("3fa2b1c0d4e5f601", "Syria", "SYR3FA2B1C0"),
        ("ev-00ab12cd34", "Iraq", "IRQ00AB12CD"),  # the first run of 8 hex characters
        ("xyz", "Atlantis", "XXXXYZ"),
    ],
)
def test_event_id_cnty(event_id, country, expected):
    from sitroom.models import Location

    event = replace(CLASH, id=event_id, location=Location("Somewhere", 1.0, 2.0, 1, country))
    assert event_id_cnty(event) == expected


@pytest.mark.parametrize(
    ("name", "iso3", "region", "ucdp"),
    [
        ("Syria", "SYR", "Middle East", "Middle East"),
        ("syrian arab republic", "SYR", "Middle East", "Middle East"),
        ("Türkiye", "TUR", "Middle East", "Middle East"),
        ("Egypt", "EGY", "Northern Africa", "Middle East"),
        ("Democratic Republic of the Congo", "COD", "Middle Africa", "Africa"),
        ("Ivory Coast", "CIV", "Western Africa", "Africa"),
        ("Somalia", "SOM", "Eastern Africa", "Africa"),
        ("Mozambique", "MOZ", "Southern Africa", "Africa"),
        ("Afghanistan", "AFG", "South Asia", "Asia"),
        ("Burma", "MMR", "Southeast Asia", "Asia"),
        ("Georgia", "GEO", "Caucasus and Central Asia", "Europe"),
        ("Tajikistan", "TJK", "Caucasus and Central Asia", "Asia"),
        ("Ukraine", "UKR", "Europe", "Europe"),
        ("Colombia", "COL", "South America", "Americas"),
        ("Mexico", "MEX", "Central America", "Americas"),
        ("Haiti", "HTI", "Caribbean", "Americas"),
        ("Atlantis", "XXX", "", ""),
        (None, "XXX", "", ""),
    ],
)
def test_country_codes_and_regions(name, iso3, region, ucdp):
    assert (regions.iso3(name), regions.acled_region(name), regions.ucdp_region(name)) == (iso3, region, ucdp)


def test_country_table_agrees_with_iso_3166():
    pycountry = pytest.importorskip("pycountry", reason="pycountry (a dev dependency) checks the ISO codes")
    table = regions.countries()
    assert len(table) >= 60
    for c in table:
        if c.name == "Kosovo":  # no ISO code; ACLED's XKX
            continue
        official = pycountry.countries.get(alpha_3=c.iso3)
        assert official is not None and int(official.numeric) == c.iso, c
