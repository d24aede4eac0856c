"""Shared fixtures for the analyze tests: the seed live blog, read from the shared folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

SEED_NAME = "syria-daily-2016-12-09.txt"


def shared_dir() -> Path:
    env = os.environ.get("SITROOM_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = shared_dir() / "seed" / SEED_NAME
    if not path.exists():
        pytest.skip(f"seed document not found at {path} (set SITROOM_SHARED to the shared folder)")
    return path.read_text(encoding="utf-8")


def _sentence_around(text: str, key: str) -> tuple[str, int]:
    """Return (sentence, its start offset) of the first seed sentence containing `key`."""
    pos = text.index(key)
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    start, end = line_start, line_end
    for i in range(pos - 1, line_start, -1):
        if text[i - 1] in ".!?" and text[i] == " " and i + 1 < len(text) and (text[i + 1].isupper() or text[i + 1] in "“\""):
            start = i + 1
            break
    for i in range(pos + len(key), line_end - 1):
        if text[i] in ".!?" and text[i + 1] == " " and i + 2 < len(text) and (text[i + 2].isupper() or text[i + 2] in "“\""):
            end = i + 1
            break
    return text[start:end], start


@pytest.fixture
def seed_sentence(seed_text):
    """Return a function key -> (sentence, offset) over the seed document."""
    return lambda key: _sentence_around(seed_text, key)
