"""Each export format, field by field, on hand-built events; determinism across formats."""
from __future__ import annotations

import csv
import io
import json
import random

import pytest
from export_events import ALL, BARREL, CEASEFIRE, CLASH, REBEL_FIGHT

from sitroom.export import FORMATS, event_record, export
from sitroom.export.acled import COLUMNS as ACLED_COLUMNS
from sitroom.export.ucdp import COLUMNS as UCDP_COLUMNS

RECORD_FIELDS = [
    "id", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "actor2", "assoc_actor_2", "interaction", "civilian_targeting", "location",
    "fatalities", "counts", "status", "sources", "claims", "evidence", "notes", "confidence",
]  # fmt: skip


def run(fmt: str, events) -> tuple[int, str]:
    out = io.StringIO()
    n = export(events, fmt, out)
    return n, out.getvalue()


def csv_rows(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


def test_acled_columns_are_productmd_list_in_order():
    n, text = run("acled", ALL)
    header, rows = csv_rows(text)
    assert header == (
        "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
        "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
        "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities "
        "tags timestamp"
    ).split()
    assert list(ACLED_COLUMNS) == header
    assert n == len(rows) == 4
    # event date, then id: BARREL (8 Dec) first; then the three 9 Dec events by id
    assert [r["event_id_cnty"] for r in rows] == ["SYR0BADC0DE", "SYR3FA2B1C0", "SYRA0B1C2D3", "XXXFFEE0011"]


def test_acled_row_of_a_known_event():
    _, text = run("acled", [CLASH])
    (row,) = csv_rows(text)[1]
    assert row == {
        "event_id_cnty": "SYR3FA2B1C0",
        "event_date": "2016-12-09",
        "year": "2016",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Opposition Rebels (Syria)",
        "assoc_actor_1": "",
        "inter1": "2",
        "actor2": "Military Forces of Syria (2000-2024)",
        "assoc_actor_2": "Hezbollah; Military Forces of Iran (1989-)",
        "inter2": "1",
        "interaction": "12",
        "civilian_targeting": "",
        "iso": "760",
        "region": "Middle East",
        "country": "Syria",
        "admin1": "Aleppo",
        "admin2": "Jebel Saman",
        "admin3": "",
        "location": "Sheikh Saeed",
        "latitude": "36.1783",
        "longitude": "37.1672",
        "geo_precision": "1",
        "source": "Eldorar; Syrian Observatory for Human Rights",
        "source_scale": "Local-National",
        "notes": CLASH.notes,
        "fatalities": "25",
        "tags": "uncorroborated:8 captured",
        "timestamp": "1481241600",  # 2016-12-09T00:00:00Z
    }


@pytest.mark.parametrize(
    ("event", "column", "value"),
    [
        (BARREL, "interaction", "17"),
        (BARREL, "civilian_targeting", "Civilian targeting"),
        (BARREL, "iso", "760"),  # the location has no iso: taken from the country table
        (BARREL, "source_scale", "International"),
        (BARREL, "timestamp", "1481155200"),  # 2016-12-08T00:00:00Z
        (BARREL, "time_precision", "2"),
        (BARREL, "geo_precision", "2"),
        (REBEL_FIGHT, "fatalities", "0"),  # not reported: ACLED has no null
        (REBEL_FIGHT, "interaction", "22"),
        (CEASEFIRE, "interaction", "80"),  # a lone actor: X0
        (CEASEFIRE, "location", ""),
        (CEASEFIRE, "latitude", ""),
        (CEASEFIRE, "region", ""),
        (CEASEFIRE, "source", ""),
        (CEASEFIRE, "source_scale", ""),
        (CEASEFIRE, "disorder_type", "Strategic developments"),
    ],
)
def test_acled_values(event, column, value):
    _, text = run("acled", [event])
    assert csv_rows(text)[1][0][column] == value


def test_jsonl_record_of_a_known_event():
    n, text = run("jsonl", [CLASH])
    assert n == 1 and text.endswith("\n") and text.count("\n") == 1
    record = json.loads(text)
    assert list(record) == RECORD_FIELDS
    assert record == {
        "id": "3fa2b1c0d4e5f601",
        "event_date": "2016-12-09",
        "time_precision": 1,
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": {"name": "Opposition Rebels (Syria)", "mention": "rebels", "inter": 2, "side": "opposition"},
        "assoc_actor_1": [],
        "actor2": {"name": "Military Forces of Syria (2000-2024)", "mention": "pro-Assad forces", "inter": 1, "side": "government"},
        "assoc_actor_2": [
            {"name": "Hezbollah", "mention": "Hezbollah", "inter": 8, "side": "foreign-pro-government"},
            {"name": "Military Forces of Iran (1989-)", "mention": "Iranian", "inter": 8, "side": "foreign-pro-government"},
        ],
        "interaction": 12,
        "civilian_targeting": None,
        "location": {"name": "Sheikh Saeed", "latitude": 36.17833, "longitude": 37.16722, "geo_precision": 1,
                     "admin1": "Aleppo", "admin2": "Jebel Saman", "admin3": None, "country": "Syria", "iso": 760,
                     "gazetteer_id": "sitroom:aleppo-sheikh-saeed"},
        "fatalities": {"best": 25, "low": 25, "high": 30},
        "counts": {"captured": 8, "injured": None, "destroyed": None},
        "status": "corroborated",
        "sources": [
            {"name": "Eldorar", "kind": "news outlet", "stance": "pro-opposition", "cue": "according to the Eldorar site"},
            {"name": "Syrian Observatory for Human Rights", "kind": "monitor", "stance": "pro-opposition", "cue": "the monitor said"},
        ],
        "claims": 2,
        "evidence": [{"report_id": "syria-daily", "entry": "UPDATE 1850 GMT", "start": 1234, "end": 1290,
                      "text": "Rebels said they killed 25 militiamen in Sheikh Saeed."}],
        "notes": CLASH.notes,
        "confidence": 0.87,
    }


def test_jsonl_nulls_for_unknowns():
    record = event_record(CEASEFIRE)
    assert record["location"] is None and record["fatalities"] is None and record["actor2"] is None
    assert record["claims"] == 3 and record["sources"] == [] and record["civilian_targeting"] is None
    assert event_record(BARREL)["fatalities"] == {"best": 12, "low": 10, "high": None}


def test_jsonl_order_and_non_ascii():
    from dataclasses import replace

    n, text = run("jsonl", [*ALL, replace(CLASH, id="ffff0000aaaa1111", notes="Frappes sur Alep, « 25 » tués")])
    ids = [json.loads(line)["id"] for line in text.splitlines()]
    assert n == 5 and ids == ["0badc0de11223344", "3fa2b1c0d4e5f601", "a0b1c2d3e4f50617", "ffee0011ccdd2233", "ffff0000aaaa1111"]
    assert "« 25 » tués" in text  # not \u-escaped


def test_geojson_is_a_valid_feature_collection_in_lon_lat_order():
    n, text = run("geojson", ALL)
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection"
    assert n == len(doc["features"]) == 3  # the ceasefire has no place and is skipped
    by_id = {f["id"]: f for f in doc["features"]}
    clash = by_id[CLASH.id]
    assert clash["type"] == "Feature"
    assert clash["geometry"] == {"type": "Point", "coordinates": [37.16722, 36.17833]}
    props = clash["properties"]
    assert list(props) == RECORD_FIELDS
    assert props["location"]["name"] == "Sheikh Saeed" and "latitude" not in props["location"]
    assert "longitude" not in props["location"] and props["fatalities"]["best"] == 25
    for f in doc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90 and lon > lat  # Syria: east of 35E, north of 32N


def test_geojson_of_nothing_is_still_valid():
    n, text = run("geojson", [CEASEFIRE])
    assert n == 0 and json.loads(text) == {"type": "FeatureCollection", "features": []}


def test_ucdp_columns_and_known_row():
    n, text = run("ucdp", ALL)
    header, rows = csv_rows(text)
    assert header == list(UCDP_COLUMNS) and len(header) == 31
    assert n == len(rows) == 3  # the ceasefire (strategic development) is not organised violence
    clash = next(r for r in rows if r["id"] == CLASH.id)
    assert clash == {
        "id": "3fa2b1c0d4e5f601",
        "relid": "SYR-2016-1-3fa2b1c0",
        "year": "2016",
        "active_year": "1",  # 25 deaths in this dyad-year
        "type_of_violence": "1",
        "conflict_name": "Syria: Government",
        "dyad_name": "Government of Syria - Opposition Rebels (Syria)",
        "side_a": "Government of Syria",
        "side_b": "Opposition Rebels (Syria)",
        "source_article": "Eldorar; Syrian Observatory for Human Rights",
        "source_headline": "",
        "where_prec": "1",
        "where_coordinates": "Sheikh Saeed",
        "adm_1": "Aleppo",
        "adm_2": "Jebel Saman",
        "latitude": "36.1783",
        "longitude": "37.1672",
        "country": "Syria",
        "country_id": "760",
        "region": "Middle East",
        "event_clarity": "1",
        "date_prec": "1",
        "date_start": "2016-12-09",
        "date_end": "2016-12-09",
        "deaths_a": "0",
        "deaths_b": "0",
        "deaths_civilians": "0",
        "deaths_unknown": "25",
        "best": "25",
        "high": "30",
        "low": "25",
    }
    barrel = next(r for r in rows if r["id"] == BARREL.id)
    assert (barrel["type_of_violence"], barrel["side_a"], barrel["side_b"]) == ("3", "Government of Syria", "Civilians")
    assert (barrel["where_prec"], barrel["date_prec"], barrel["active_year"]) == ("2", "2", "0")
    assert (barrel["best"], barrel["low"], barrel["high"]) == ("12", "10", "12")
    rebels = next(r for r in rows if r["id"] == REBEL_FIGHT.id)
    assert (rebels["best"], rebels["low"], rebels["high"], rebels["deaths_unknown"]) == ("0", "0", "0", "0")


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_are_deterministic_and_order_free(fmt):
    first = run(fmt, ALL)
    shuffled = ALL[:]
    random.Random(7).shuffle(shuffled)
    assert run(fmt, shuffled) == first == run(fmt, list(reversed(ALL)))


def test_unknown_format_is_a_value_error():
    with pytest.raises(ValueError, match="acled, jsonl, geojson, ucdp"):
        export(ALL, "kml", io.StringIO())
