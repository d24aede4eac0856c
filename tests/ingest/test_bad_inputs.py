"""Bad inputs: each gives one ReadResult with a one-line InputError and never stops the run."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.errors import InputError
from sitroom.ingest import read_inputs

DAY = datetime(2016, 12, 9, tzinfo=timezone.utc)


def _error(path, **options) -> InputError:
    (result,) = list(read_inputs([str(path)], **options))
    assert result.report is None and isinstance(result.error, InputError)
    assert "\n" not in str(result.error)
    assert result.error.origin == result.origin
    return result.error


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"\n  \n", "empty file"),
        ("nul.txt", b"Shelling hit\x00\x00Douma", "binary file, not a text report"),
        ("controls.txt", bytes(range(1, 9)) * 20, "binary file, not a text report"),
        ("latin1.txt", "Shelling hit Ma\u00e2ret".encode("latin-1"), "not valid UTF-8 (byte 0xe2 at offset 15)"),
        ("report.pdf", b"%PDF-1.4 ...", "unknown format '.pdf' (expected text, HTML, JSONL or RSS/Atom)"),
        ("report.docx", b"PK\x03\x04", "unknown format '.docx' (expected text, HTML, JSONL or RSS/Atom)"),
        ("map.png", b"\x89PNG", "unknown format '.png' (expected text, HTML, JSONL or RSS/Atom)"),
        ("feed.xml", b"<rss version='2.0'><channel><title>T</title></channel></rss>", "feed has no items"),
    ],
)
def test_bad_file_reasons(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    assert _error(path, published=DAY).reason == reason


def test_missing_path(tmp_path):
    assert _error(tmp_path / "nope.txt").reason == "no such file or directory"


def test_feed_that_is_not_xml(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text("this is not a feed at all, just words")
    assert _error(path, published=DAY).reason.startswith("not an RSS/Atom feed: ")


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffShelling hit Douma.\n".encode("utf-8"))
    (result,) = list(read_inputs([str(path)], published=DAY))
    assert result.report.text == "Shelling hit Douma.\n"


def test_too_large_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: no 100 MB written to disk
        handle.truncate(100 * 1024 * 1024)
    assert _error(path, published=DAY).reason == "file is 100.0 MB; the limit is 50 MB (split it)"


def test_no_publication_time(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Shelling hit Douma.\n")
    assert _error(path).reason == (
        "no publication time: give --published YYYY-MM-DD or put it in the document's metadata")


def test_unreadable_front_matter_date(tmp_path):
    path = tmp_path / "bad-date.txt"
    path.write_text("---\npublished: the day after\n---\nShelling hit Douma.\n")
    assert "cannot read publication time 'the day after'" in _error(path).reason


def test_directory_without_readable_files(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    assert _error(tmp_path).reason.startswith("no readable files in directory")


def test_a_bad_input_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Rebels took Souran.\n")
    results = list(read_inputs([str(tmp_path / "missing.txt"), str(good)], published=DAY))
    assert [r.error is not None for r in results] == [True, False]
