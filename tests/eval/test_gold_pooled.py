"""`sitroom eval gold A.yaml B.yaml`: each set's figures and the pooled (micro-averaged) figures."""
import json

from click.testing import CliRunner

from sitroom.cli import main
from sitroom.evaluate.gold import FIELDS, GoldResult

REPORT = """---
published: 2019-03-24T08:00:00Z
outlet: test wire
title: Gunmen attack a village
---
MOPTI, March 24 - Gunmen killed 12 villagers in Koro on Saturday, the regional governor said.
"""

GOLD = """documents:
  - file: {file}
    published: 2019-03-24T08:00:00Z
    events:
{events}
    not_events: []
"""

EVENT = """      - event_type: Violence against civilians
        sub_event_type: Attack
        date: 2019-03-23
        time_precision: 1
        location: {{name: Koro, country: Mali, admin1: Mopti, latitude: 14.07, longitude: -3.08, geo_precision: 1}}
        actor1: {{name: Unidentified Armed Group (Mali), side: unknown, inter: 3}}
        actor2: {{name: Civilians (Mali), side: civilian, inter: 7}}
        fatalities: {deaths}
        source: regional governor
        status: reported
        evidence: Gunmen killed 12 villagers in Koro
"""

ABSENT = """      - event_type: Battles
        sub_event_type: Armed clash
        date: 2019-03-20
        time_precision: 1
        location: {name: Gao, country: Mali, admin1: Gao, latitude: 16.27, longitude: -0.04, geo_precision: 1}
        actor1: {name: Military Forces of Mali, side: government, inter: 1}
        actor2: {name: Unidentified Armed Group (Mali), side: unknown, inter: 3}
        fatalities: null
        source: army
        status: claimed
        evidence: a sentence this report does not have
"""


def write_sets(tmp_path):
    (tmp_path / "koro.txt").write_text(REPORT, encoding="utf-8")
    one = tmp_path / "one.yaml"
    one.write_text(GOLD.format(file="koro.txt", events=EVENT.format(deaths=12)), encoding="utf-8")
    two = tmp_path / "two.yaml"
    two.write_text(GOLD.format(file="koro.txt", events=EVENT.format(deaths=7) + ABSENT), encoding="utf-8")
    return one, two


def run(*args):
    return CliRunner().invoke(main, ["eval", "gold", *args], catch_exceptions=False)


def test_pooled_figures_are_the_sums_of_each_sets_counts(tmp_path):
    one, two = write_sets(tmp_path)
    out = run(str(one), str(two), "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert set(data["sets"]) == {"one", "two"}
    a, b, pooled = data["sets"]["one"], data["sets"]["two"], data["pooled"]
    # the set with an extra gold event the report never tells has one more miss than the other
    assert b["gold_events"] == a["gold_events"] + 1 == 2
    assert len(b["misses"]) == len(a["misses"]) + 1
    for key in ("documents", "gold_events", "predicted_events", "matched"):
        assert pooled[key] == a[key] + b[key]
    matched = pooled["matched"]
    assert matched >= 1
    assert pooled["recall"] == round(matched / pooled["gold_events"], 4)
    # micro-averaging: the pooled death-toll accuracy counts set one's hit and set two's miss equally
    hits = a["field_accuracy"]["fatalities"] * a["matched"] + b["field_accuracy"]["fatalities"] * b["matched"]
    assert pooled["field_accuracy"]["fatalities"] == round(hits / matched, 4)
    # pooled error lines say which set they come from
    assert all(x.startswith("two: ") for x in pooled["misses"][-1:])


def test_the_table_has_a_row_per_set_and_a_pooled_row(tmp_path):
    one, two = write_sets(tmp_path)
    out = run(str(one), str(two))
    assert out.exit_code == 0, out.output
    rows = [line.split()[0] for line in out.output.splitlines() if line and not line.startswith(("-", "("))]
    assert rows == ["set", "one", "two", "pooled"]


def test_one_file_keeps_its_detailed_listing(tmp_path):
    one, _ = write_sets(tmp_path)
    out = run(str(one))
    assert out.exit_code == 0
    assert out.output.startswith("gold documents: 1, gold events 1")


def test_the_same_file_twice_is_an_error_naming_it(tmp_path):
    one, _ = write_sets(tmp_path)
    out = CliRunner().invoke(main, ["eval", "gold", str(one), str(one)])
    assert out.exit_code != 0
    assert "one.yaml" in out.output and "given twice" in out.output


def test_adding_results_sums_counts_and_labels_errors():
    a = GoldResult(documents=2, gold_events=5, predicted_events=4, matched=3)
    a.field_hits = {f: 3 for f in FIELDS}
    a.misses = ["r.txt: missed one"]
    b = GoldResult(documents=1, gold_events=3, predicted_events=5, matched=2)
    b.field_hits = {f: 1 for f in FIELDS}
    total = GoldResult()
    total.add(a, "a")
    total.add(b, "b")
    assert (total.documents, total.gold_events, total.predicted_events, total.matched) == (3, 8, 9, 5)
    assert total.precision == 5 / 9 and total.recall == 5 / 8
    assert total.field_accuracy()["status"] == 4 / 5
    assert total.misses == ["a: r.txt: missed one"]
