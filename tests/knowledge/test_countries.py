"""The countries table: lookups by name, adjective, alias and code; validation; the table is current."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sitroom.errors import KnowledgeError
from sitroom.knowledge.countries import all_countries, country, load_countries

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("query", "name", "iso2", "numeric"),
    [
        ("Syria", "Syria", "SY", 760),
        ("Syrian", "Syria", "SY", 760),
        ("syrian", "Syria", "SY", 760),
        ("Syrian Arab Republic", "Syria", "SY", 760),
        ("Turkish", "Turkey", "TR", 792),
        ("Türkiye", "Turkey", "TR", 792),
        ("Turkiye", "Turkey", "TR", 792),
        ("Iraqi", "Iraq", "IQ", 368),
        ("Afghan", "Afghanistan", "AF", 4),
        ("Iranian", "Iran", "IR", 364),
        ("Iran", "Iran", "IR", 364),
        ("Russian", "Russia", "RU", 643),
        ("Russian Federation", "Russia", "RU", 643),
        ("American", "United States", "US", 840),
        ("US", "United States", "US", 840),
        ("U.S.", "United States", "US", 840),
        ("the United States", "United States", "US", 840),
        ("America", "United States", "US", 840),
        ("British", "United Kingdom", "GB", 826),
        ("UK", "United Kingdom", "GB", 826),
        ("DRC", "Democratic Republic of Congo", "CD", 180),
        ("Congolese", "Democratic Republic of Congo", "CD", 180),
        ("Republic of Congo", "Republic of Congo", "CG", 178),
        ("Ivory Coast", "Ivory Coast", "CI", 384),
        ("Côte d’Ivoire", "Ivory Coast", "CI", 384),
        ("Burkinabe", "Burkina Faso", "BF", 854),
        ("Nigerien", "Niger", "NE", 562),
        ("Nigerian", "Nigeria", "NG", 566),
        ("Malian", "Mali", "ML", 466),
        ("Israeli", "Israel", "IL", 376),
        ("Palestinian", "Palestine", "PS", 275),
        ("Yemeni", "Yemen", "YE", 887),
        ("Saudi", "Saudi Arabia", "SA", 682),
        ("Emirati", "United Arab Emirates", "AE", 784),
        ("Burma", "Myanmar", "MM", 104),
        ("South Sudanese", "South Sudan", "SS", 728),
        ("Sudanese", "Sudan", "SD", 729),
        ("SYR", "Syria", "SY", 760),
        ("SY", "Syria", "SY", 760),
        ("760", "Syria", "SY", 760),
        (760, "Syria", "SY", 760),
        ("004", "Afghanistan", "AF", 4),
    ],
)
def test_country_lookup(query, name, iso2, numeric):
    c = country(query)
    assert c is not None, query
    assert (c.name, c.iso2, c.numeric) == (name, iso2, numeric)


@pytest.mark.parametrize("query", ["us", "Us", "it", "in", "Aleppo", "rebels", "", None, 999, "Kurdish"])
def test_not_a_country(query):
    assert country(query) is None


def test_every_country_has_an_adjective_and_unique_codes():
    rows = all_countries()
    assert len(rows) == 250
    assert all(c.adjectives for c in rows)
    assert len({c.iso3 for c in rows}) == len({c.numeric for c in rows}) == 250


def _write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "countries.tsv"
    p.write_text("# comment\nname\tiso2\tiso3\tnumeric\tadjectives\taliases\n" + body, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("Syria\tSY\tSYR\t760\tSyrian\n" , 3, "expected 6"),
        ("Syria\tsy\tSYR\t760\tSyrian\t\n", 3, "iso2"),
        ("Syria\tSY\tSYR\tx760\tSyrian\t\n", 3, "numeric"),
        ("Syria\tSY\tSYR\t760\tSyrian\t\nIraq\tIQ\tIRQ\t368\tIraqi|Syrian\t\n", 4, "already names Syria"),
    ],
)
def test_broken_table_names_the_line(tmp_path, body, line, words):
    with pytest.raises(KnowledgeError) as err:
        load_countries(_write(tmp_path, body))
    assert err.value.line == line
    assert words in err.value.reason


def test_shipped_table_is_what_the_script_builds():
    if importlib.util.find_spec("pycountry") is None:
        pytest.skip("pycountry (dev dependency) not installed: cannot rebuild the countries table")
    spec = importlib.util.spec_from_file_location("build_countries", ROOT / "scripts" / "build_countries.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    shipped = (ROOT / "src" / "sitroom" / "data" / "countries.tsv").read_text(encoding="utf-8")
    assert mod.render(mod.build_rows()) == shipped, "countries.tsv is stale: run scripts/build_countries.py"
