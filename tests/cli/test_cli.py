"""The `sitroom` command end to end on a temporary SQLite file: ingest, bad inputs, re-ingest, events, export."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitroom.cli import main

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "reports"

GOOD = """---
published: 2016-12-09T10:00:00Z
outlet: test desk
---
UPDATE 1000 GMT: Activists say regime warplanes struck the town of Kafrnabel in Idlib Province, killing 6 civilians.

ORIGINAL ENTRY: Rebels clashed with pro-Assad forces in Sheikh Saeed in eastern Aleppo on Thursday.
"""


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "t.db")


def test_ingest_then_reingest_changes_nothing(tmp_path, db):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    first = run("ingest", str(good), "--db", db)
    assert first.exit_code == 0, first.output
    assert first.output.startswith("1 report (0 unchanged)")
    events_before = run("export", "--format", "jsonl", "--db", db).stdout
    assert events_before.strip(), "no events came out"
    again = run("ingest", str(good), "--db", db)
    assert again.exit_code == 0
    assert "1 report (1 unchanged), 0 claims, 0 new events, 0 updated events" in again.output
    assert run("export", "--format", "jsonl", "--db", db).stdout == events_before


def test_events_table_and_filters(tmp_path, db):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    run("ingest", str(good), "--db", db)
    table = run("events", "--db", db)
    assert table.exit_code == 0
    assert "Air/drone strike" in table.output and "Kafr" in table.output
    only = run("events", "--db", db, "--type", "Battles")
    assert "Air/drone strike" not in only.output
    assert "Armed clash" in only.output
    none = run("events", "--db", db, "--since", "2017-01-01")
    assert none.output.strip() == "no events"
    bad = run("events", "--db", db, "--since", "yesterday")
    assert bad.exit_code != 0 and "--since" in bad.output


BAD_INPUTS = {
    "empty.txt": (b"", "empty"),
    "binary.txt": (b"\x00\x01\x02\x03" * 100, "binary"),
    "latin1.txt": ("Rebels clashed in Alepp\xf3".encode("latin-1"), "UTF-8"),
    "report.pdf": (b"%PDF-1.4 not really", "unknown format"),
    "feed.rss": (b"this is not xml at all {", "feed"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_named_and_others_still_processed(tmp_path, db, name):
    content, reason = BAD_INPUTS[name]
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(bad), str(good), "--db", db])
    assert result.exit_code != 0
    lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(lines) == 1 and reason.lower() in lines[0].lower(), result.stderr
    assert result.stdout.startswith("1 report"), result.stdout
    assert name in result.stdout  # the summary names what failed
    # the good report went in whole
    assert "Kafr" in run("events", "--db", db).output


def test_missing_path_and_huge_file(tmp_path, db):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope.txt"), str(huge),
                                                       "--db", db, "--published", "2016-12-09"])
    assert result.exit_code != 0
    assert "nope.txt" in result.stderr and "no such file" in result.stderr.lower()
    assert "huge.txt" in result.stderr and "MB" in result.stderr
    assert result.stdout.startswith("0 reports")


def test_jsonl_bad_line_keeps_good_lines(tmp_path, db):
    path = tmp_path / "batch.jsonl"
    good = {"id": "doc-1", "text": "Regime warplanes struck Kafrnabel in Idlib Province, killing 6 civilians.",
            "published": "2016-12-09", "outlet": "wire"}
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", db])
    assert result.exit_code != 0
    assert "line 2" in result.stderr
    assert result.stdout.startswith("1 report")
    record = json.loads(run("export", "--format", "jsonl", "--db", db).stdout.splitlines()[0])
    assert record["evidence"][0]["report_id"] == "doc-1"  # the user's own id comes back


def test_no_publication_time_is_an_error(tmp_path, db):
    plain = tmp_path / "plain.txt"
    plain.write_text("Rebels clashed with regime forces in Sheikh Saeed.", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(plain), "--db", db])
    assert result.exit_code != 0 and "--published" in result.stderr
    ok = run("ingest", str(plain), "--db", db, "--published", "2016-12-09")
    assert ok.exit_code == 0


def test_stdin(db):
    result = run("ingest", "-", "--db", db, "--published", "2016-12-09", input=GOOD.split("---\n", 2)[2])
    assert result.exit_code == 0 and result.output.startswith("1 report")


@pytest.mark.parametrize("fmt", ["acled", "jsonl", "geojson", "ucdp"])
def test_export_formats_to_file_are_deterministic(tmp_path, db, fmt):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    run("ingest", str(good), "--db", db)
    out1, out2 = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    assert run("export", "--format", fmt, "-o", str(out1), "--db", db).exit_code == 0
    assert run("export", "--format", fmt, "-o", str(out2), "--db", db).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes() and out1.stat().st_size > 0
    if fmt == "acled":
        rows = list(csv.DictReader(io.StringIO(out1.read_text(encoding="utf-8"))))
        assert {r["sub_event_type"] for r in rows} >= {"Air/drone strike"}
        strike = next(r for r in rows if r["sub_event_type"] == "Air/drone strike")
        assert strike["fatalities"] == "6" and strike["country"] == "Syria"


def test_examples_ingest(tmp_path, db):
    if not EXAMPLES.exists():
        pytest.skip("examples/reports not present")
    folder = tmp_path / "ex"
    shutil.copytree(EXAMPLES, folder)
    result = run("ingest", str(folder), "--db", db)
    assert result.exit_code == 0, result.output
    assert not re.search(r"(?<!\d)0 new events", result.output), result.output  # ("180 new events" is fine)


def test_classify(tmp_path):
    tsv = tmp_path / "s.tsv"
    tsv.write_text("id\ttext\n1\tThe US warplanes pounded the village, killing 6 civilians, including 2 women\n"
                   "2\tThe minister met his counterpart to discuss trade.\n", encoding="utf-8")
    result = run("classify", str(tsv), "--id-column", "id", "--text-column", "text")
    assert result.exit_code == 0
    lines = result.stdout.rstrip("\n").split("\n")
    assert lines[0] == "id\tevent_type\tsub_event_type"
    assert lines[1] == "1\tExplosions/Remote violence\tAir/drone strike"
    assert lines[2] == "2\t\t"
    missing = run("classify", str(tsv), "--id-column", "nope", "--text-column", "text")
    assert missing.exit_code != 0 and "nope" in missing.output
