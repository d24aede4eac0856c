"""A name that a famous city abroad shares with a local town: a town the document names unambiguously
close to the local bearer makes it the one meant, wherever in the text that town comes. Sentences
written for these tests."""
from __future__ import annotations

from sitroom.geo.document import geoparse
from sitroom.geo.resolve import document_focus

LOCAL = ("A London woman was charged with fraud on Tuesday. She had worked for a charity in Strathroy "
         "for three years.")


def _resolved(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.place.admin1, m.place.iso2) for m in geoparse(text) if m.place is not None]


def test_a_shared_name_is_the_bearer_near_a_town_named_later():
    # Strathroy (Ontario) is about 35 km from London, Ontario, and has no namesake elsewhere
    assert _resolved(LOCAL) == [("London", "Ontario", "CA"), ("Strathroy", "Ontario", "CA")]


def test_the_nearby_town_sets_the_focus_for_the_shared_name():
    assert document_focus(LOCAL)[:1] == ["CA"]


def test_a_famous_city_stays_itself_without_a_nearby_town():
    text = "Protesters marched through London on Saturday as the prime minister flew to Washington."
    assert _resolved(text)[0] == ("London", "England", "GB")

