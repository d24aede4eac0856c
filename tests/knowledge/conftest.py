"""Shared fixtures for the knowledge tests: the seed document, read from outside the repo."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("SITROOM_SHARED") or Path(__file__).resolve().parents[2] / ".." / "shared")
SEED = SHARED / "seed" / "syria-daily-2016-12-09.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed document not found at {SEED} (set SITROOM_SHARED to the shared folder)")
    return SEED.read_text(encoding="utf-8")
