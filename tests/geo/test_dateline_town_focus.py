"""A report about a town whose country it never names (a dateline and the town again, the text naming
other countries in passing), and a name that towns of several countries abroad bear: the town's
country is the focus, and the namesake abroad is not read into it. Sentences written for these tests."""
from __future__ import annotations

from sitroom.geo.document import geoparse
from sitroom.geo.resolve import document_focus

DATELINE = ("Honiara calm after night of rioting\n\nHONIARA, Monday - Rioters burned shops in Chinatown "
            "overnight, police said. Australia sent police officers at the request of the government, and "
            "China urged calm. Smoke still rose over western Honiara in the morning.")


def _resolved(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.iso2 if m.place else None) for m in geoparse(text)]


def test_a_town_named_twice_sets_the_focus_though_its_country_is_never_named():
    assert "SB" in document_focus(DATELINE)
    assert ("Honiara", "SB") in _resolved(DATELINE)


def test_a_town_named_once_beside_named_countries_does_not():
    # near miss: one passing mention of a mid-sized town is no focus against the countries named
    text = ("Australia and China both sent aid on Monday. Officials met in Honiara to plan the "
            "delivery, and Australia said more would follow from China.")
    assert "SB" not in document_focus(text)


def test_a_town_abroad_named_twice_is_no_focus_beside_the_country_named():
    # near miss: a village the gazetteer lacks shares its name with a town abroad (Mahis, Jordan)
    text = ("Soldiers killed ten fighters in clashes near Mahas in central Somalia on Monday, the army said. "
            "The fighters denied that any clash had taken place near Mahas.")
    assert document_focus(text) == ["SO"]


def test_a_name_towns_of_several_countries_bear_is_none_of_them_abroad():
    assert ("Chinatown", None) in _resolved(DATELINE)


def test_the_far_bigger_namesake_abroad_stands():
    # near miss: Paris is many times any other Paris, so a report from Honiara still means France's
    text = DATELINE + " The prime minister flew to Paris on Tuesday for talks."
    assert ("Paris", "FR") in _resolved(text)


def test_a_shared_name_in_the_texts_own_country_is_unaffected():
    # near miss: a Chinatown of the focus country is read as such
    text = "SAN FRANCISCO, Monday - Police in California arrested two men after a shooting in Chinatown."
    assert ("Chinatown", "US") in _resolved(text)
