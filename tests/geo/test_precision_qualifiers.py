"""The wording around a place name sets ACLED geo_precision and the qualifier (checked by hand)."""
from __future__ import annotations

import pytest

from sitroom.geo import find_places

# (sentence, mention text, gazetteer id, precision, qualifier)
CASES = [
    ("Pro-government forces pushed further in eastern Aleppo city on Friday.", "Aleppo city", "gn:170063", 2, "eastern"),
    ("Activists counted 47 dead in Aleppo Province on Thursday.", "Aleppo Province", "ocha:SY02", 3, None),
    ("The offensive on the town, northeast of Aleppo city, has begun.", "Aleppo city", "gn:170063", 2, "northeast of"),
    ("ISIS seized a village near the Al-Sha'er Gas Fields overnight.", "Al-Sha'er Gas Fields", "sy-shaer-gas-field", 2, "near"),
    ("Fifteen troops were killed on the Jeb Chalabi front.", "Jeb Chalabi front", "sy-alp-jeb-chalabi", 2, "front"),
    ("Rebels hold the highway between al-Bab and Manbij.", "al-Bab", "gn:174018", 2, "between"),
    ("Rebels hold the highway between al-Bab and Manbij.", "Manbij", "gn:167357", 2, "between"),
    ("Militants overran the town of Huwaysis at dawn.", "Huwaysis", "sy-huwaysis", 1, None),
    ("Barrel bombs fell on the Jaloom district of Aleppo.", "Jaloom district", "sy-alp-jalloum", 1, None),
    ("A strike hit a bakery in Kafr Nabl.", "Kafr Nabl", "gn:168661", 1, None),
    ("Shelling continued across northern Syria.", "Syria", "cc:SY", 3, "northern"),
    ("Clashes erupted 10 km south of Palmyra.", "Palmyra", "gn:163808", 2, "km south of"),
    ("Airstrikes hit the outskirts of Idlib city.", "Idlib city", "gn:169389", 2, "outskirts of"),
    ("Fighting spread to Idlib Governorate.", "Idlib Governorate", "ocha:SY07", 3, None),
    ("Regime aircraft bombed Deir ez-Zor.", "Deir ez-Zor", "gn:170794", 1, None),
    ("Regime aircraft bombed Deir Ezzor and al-Mayadin.", "Deir Ezzor", "gn:170794", 1, None),
]


@pytest.mark.parametrize("sentence,mention,place_id,precision,qualifier", CASES)
def test_precision_and_qualifier(sentence, mention, place_id, precision, qualifier):
    found = {m.text: m for m in find_places(sentence, focus=["SY"])}
    assert mention in found, f"{mention!r} not in {list(found)}"
    m = found[mention]
    assert m.place is not None and m.place.id == place_id
    assert (m.precision, m.qualifier) == (precision, qualifier)
    assert sentence[m.start:m.end] == mention


@pytest.mark.parametrize("sentence,mention,place_id", [
    # The Old City next to al-Bab is al-Bab's; Aleppo's Old City is Aleppo's.
    ("Troops fought for the hill overlooking al-Bab and the Old City district.", "Old City district", "sy-albab-old-city"),
    ("Civilians were moved from a hospital in Aleppo's Old City.", "Old City", "sy-alp-old-city"),
    ("Civilians were moved from a hospital in Aleppo’s Old City.", "Old City", "sy-alp-old-city"),
    ("Iraqi forces advanced through Mosul's Old City.", "Old City", "iq-mosul-old-city"),
])
def test_context_picks_the_right_namesake(sentence, mention, place_id):
    found = {m.text: m for m in find_places(sentence, focus=["SY", "IQ"])}
    assert found[mention].place is not None and found[mention].place.id == place_id


def test_entry_context_resolves_an_ambiguous_name():
    from sitroom.geo import Gazetteer

    albab = Gazetteer.load().get("gn:174018")
    (m,) = find_places("Fighting raged in the Old City.", focus=["SY"], context=[albab])
    assert m.place is not None and m.place.id == "sy-albab-old-city"


def test_abstains_without_evidence():
    (m,) = find_places("Fighting raged in the Old City.", focus=["SY", "IQ"])
    assert m.place is None and m.text == "Old City"


def test_offset_is_added():
    (m,) = find_places("Strikes hit Manbij.", offset=100, focus=["SY"])
    assert (m.start, m.end) == (112, 118)
