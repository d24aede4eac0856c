"""A national capital that is the biggest bearer of its name gives the text its country, as a bearer ten times
the size of the others does ("Colombo", not the Brazilian city of that name; "Dili"): without it a story that
names only its capital has no country, and its actors no country in their names. Near misses: a capital that
is not its name's biggest bearer, and a text whose other names point elsewhere."""
from __future__ import annotations

import pytest

from sitroom.geo.resolve import document_focus


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("Police fired on protesters in Dili on Thursday, killing two, witnesses said.", "TL"),
        ("Strikers blocked the main road in Colombo on Thursday and clashed with police.", "LK"),
        ("Riot police dispersed a crowd outside parliament in Tunis on Monday.", "TN"),
        ("Thousands marched through Astana on Saturday.", "KZ"),
    ],
)
def test_a_named_capital_gives_the_country(text, iso2):
    assert document_focus(text)[:1] == [iso2]


def test_other_names_still_decide_a_shared_name():
    # Colombo in Parana state: the state named beside it is Brazil's
    assert document_focus("Police clashed with strikers in Colombo, Parana, on Thursday.")[:1] == ["BR"]
