"""Shared fixtures for the ingest tests: the seed live blog and a helper to build small reports."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from sitroom.ingest import make_report, segment, split_sentences

SHARED = Path(os.environ.get("SITROOM_SHARED") or Path(__file__).resolve().parents[2] / ".." / "shared")
SEED = SHARED / "seed" / "syria-daily-2016-12-09.txt"
SEED_PUBLISHED = datetime(2016, 12, 9, tzinfo=timezone.utc)


@pytest.fixture(scope="session")
def seed_report():
    if not SEED.is_file():
        pytest.skip(f"seed live blog not found at {SEED} (set SITROOM_SHARED to the shared folder)")
    return make_report(SEED.read_text(encoding="utf-8"), published=SEED_PUBLISHED, origin=str(SEED))


@pytest.fixture(scope="session")
def seed_entries(seed_report):
    return segment(seed_report)


@pytest.fixture(scope="session")
def seed_sentences(seed_report, seed_entries):
    return split_sentences(seed_report, seed_entries)


def report_of(text: str, published: datetime = SEED_PUBLISHED):
    """Returns a Report for a hand-written text, published on the seed's day unless told otherwise."""
    return make_report(text, published=published)
