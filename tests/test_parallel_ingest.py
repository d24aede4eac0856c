"""`sitroom ingest --jobs N`: worker processes analyze, this process stores in input order, and the store
ends up exactly as with one job (same events, same ids, same summary), repeats and bad inputs included."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitroom.pipeline import ingest_paths
from sitroom.store import Store

REPO = Path(__file__).resolve().parents[1]
REPORTS = REPO / "examples" / "reports"


def _folder(tmp_path: Path, seed_text: str) -> Path:
    """Twelve example reports, the seed, a byte-for-byte repeat of one report under another name (the
    same content id) and a file that cannot be read, in a fixed order."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    names = sorted(p.name for p in REPORTS.glob("*.txt"))[::15][:12]
    assert len(names) == 12
    for name in names:
        shutil.copy(REPORTS / name, folder / name)
    shutil.copy(REPORTS / names[3], folder / ("zz-repeat-" + names[3]))
    (folder / "seed.txt").write_text(
        "---\npublished: 2016-12-09T20:00:00Z\noutlet: seed\n---\n" + seed_text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"Shelling hit\x00\x00Douma")
    return folder


def _ingest(db: Path, folder: Path, jobs: int):
    errors = []
    store = Store(str(db))
    try:
        summary = ingest_paths([str(folder)], store, jobs=jobs,
                               on_error=lambda origin, reason: errors.append((Path(origin).name, reason)))
        events = [e.to_dict() for e in store.events()]
    finally:
        store.close()
    return summary, events, errors


def test_two_jobs_store_what_one_job_stores(tmp_path, seed_text):
    folder = _folder(tmp_path, seed_text)
    one, one_events, one_errors = _ingest(tmp_path / "one.db", folder, jobs=1)
    two, two_events, two_errors = _ingest(tmp_path / "two.db", folder, jobs=2)
    # 12 examples + the seed + the repeat read; the repeat is the same report, so it is unchanged.
    assert (one.reports, one.unchanged) == (14, 1)
    assert one_errors == [("broken.txt", "binary file, not a text report")]
    assert one.new_events > 30
    assert two.line() == one.line()
    assert two_errors == one_errors
    assert two_events == one_events


def test_parallel_reingest_adds_nothing(tmp_path, seed_text):
    folder = _folder(tmp_path, seed_text)
    db = tmp_path / "again.db"
    _, first, _ = _ingest(db, folder, jobs=2)
    again, events, _ = _ingest(db, folder, jobs=2)
    assert (again.reports, again.unchanged, again.claims, again.new_events, again.updated_events) == (14, 14, 0, 0, 0)
    assert events == first


def test_jobs_must_not_be_negative(tmp_path):
    store = Store(str(tmp_path / "neg.db"))
    try:
        with pytest.raises(ValueError, match="jobs must be 0"):
            ingest_paths([str(REPORTS)], store, jobs=-1)
    finally:
        store.close()


def test_cli_jobs_option(tmp_path):
    from click.testing import CliRunner

    from sitroom.cli import main

    names = sorted(p.name for p in REPORTS.glob("*.txt"))[:3]
    paths = [str(REPORTS / n) for n in names]
    runner = CliRunner()
    one = runner.invoke(main, ["ingest", "-q", "--db", str(tmp_path / "a.db"), *paths])
    two = runner.invoke(main, ["ingest", "-q", "--jobs", "2", "--db", str(tmp_path / "b.db"), *paths])
    assert one.exit_code == 0 and two.exit_code == 0, (one.output, two.output)
    assert two.output == one.output and one.output.startswith("3 reports (0 unchanged)")
    bad = runner.invoke(main, ["ingest", "--jobs", "-1", "--db", str(tmp_path / "c.db"), *paths])
    assert bad.exit_code == 2 and "-1 is not in the range x>=0" in bad.output
    assert not (tmp_path / "c.db").exists()
