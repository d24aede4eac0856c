"""Shared fixtures: where the seed and eval data live, and a pipeline run over the seed."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITROOM_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "syria-daily-2016-12-09.txt"
EVAL = SHARED / "eval"
SEED_PUBLISHED = datetime(2016, 12, 9, tzinfo=timezone.utc)


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (tests read shared data from ../shared or $SITROOM_SHARED)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return need(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analyzed(seed_text):
    from sitroom.ingest import make_report
    from sitroom.pipeline import analyze_report

    report = make_report(seed_text, published=SEED_PUBLISHED, origin=str(SEED))
    return analyze_report(report)


@pytest.fixture(scope="session")
def seed_events(seed_analyzed):
    from sitroom.fuse import fuse

    return fuse(seed_analyzed.claims)
