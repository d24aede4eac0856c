"""Shared fixtures for the geo tests. `seed_text` comes from tests/conftest.py (read from ../shared,
skipped when absent); the seed itself is never copied into the repo."""
from __future__ import annotations

import re
from collections.abc import Callable

import pytest


@pytest.fixture(scope="session")
def seed_sentence(seed_text) -> Callable[[str], str]:
    """Return a function giving the one seed sentence (split at . ! ? or line end) containing a locator."""
    sentences = re.findall(r"[^.!?\n]+[.!?]*", seed_text)

    def find(locator: str) -> str:
        found = [s for s in sentences if locator in s]
        assert len(found) == 1, f"locator {locator!r} matches {len(found)} seed sentences"
        return found[0].strip()

    return find
