"""Provinces next to towns: a town named with its province stays a town even when the gazetteer does not
record the town's province, and a province's name that a big city abroad also bears does not by itself
point the document at the province's country. Sentences written for these tests."""
from __future__ import annotations

from sitroom.geo import find_places
from sitroom.geo.resolve import document_focus


def test_town_followed_by_its_province_stays_a_town():
    # Merefa's gazetteer row has no province; the province named after it must not hide it
    found = find_places("Merefa, Kharkiv oblast: shelling hit a school in the town on Thursday.", focus=["UA"])
    assert [(m.text, m.place.feature) for m in found if m.place is not None][:1] == [("Merefa", "town")]


def test_town_followed_by_a_province_far_away_is_not_that_town():
    # Uzhhorod lies at the other end of the country from Kharkiv Oblast: not a plausible reading
    found = find_places("Uzhhorod, Kharkiv oblast: shelling hit a school on Thursday.", focus=["UA"])
    assert not any(m.place is not None and m.place.name == "Uzhhorod" for m in found)


def test_a_province_sharing_a_big_foreign_city_name_does_not_set_the_focus():
    # "Gaza" is also a province of Mozambique; the text's other names are all in Israel and Palestine
    text = ("Rockets were fired from Gaza at Ashkelon and Tel Aviv on Tuesday. Israeli aircraft struck "
            "targets in Gaza overnight, and sirens sounded in Ashdod.")
    assert "MZ" not in document_focus(text)


def test_a_province_with_no_foreign_namesake_still_sets_the_focus():
    assert document_focus("Fighting spread across Tigray and Amhara on Sunday.")[:1] == ["ET"]


def test_names_listed_before_a_plural_area_word_are_each_that_area():
    # "across X, Y and Z provinces": three provinces, none of them read as the town of its name
    found = find_places("Gunmen struck police posts across Pattani, Yala and Songkhla provinces on Wednesday.",
                        focus=["TH"])
    assert [(m.text, m.precision) for m in found if m.place is not None] == [
        ("Pattani", 3), ("Yala", 3), ("Songkhla", 3)]


def test_names_listed_before_a_singular_area_word_stay_towns():
    # "Yala, Songkhla province": a town and the province it is named with; and a plain list of towns
    found = find_places("Gunmen struck a police post in Saba Yoi, Songkhla province, on Wednesday.", focus=["TH"])
    assert [(m.text, m.precision) for m in found if m.place is not None][:1] == [("Saba Yoi", 1)]
    found = find_places("Gunmen struck police posts in Pattani and Yala on Wednesday.", focus=["TH"])
    assert [(m.text, m.precision) for m in found if m.place is not None] == [("Pattani", 1), ("Yala", 1)]
