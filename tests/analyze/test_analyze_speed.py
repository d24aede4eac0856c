"""The analyze functions must stay fast: the brief's target is 300,000 words/s each on the seed.

The thresholds here are a third of that, so a slow CI machine does not fail spuriously while a
regression that makes a function several times slower still does.
"""
from __future__ import annotations

import re
import time
from datetime import date

import pytest

from sitroom.analyze import find_attributions, find_dates, find_quantities, modality_at

FLOOR = 100_000  # words per second


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


@pytest.mark.parametrize(
    "name,fn",
    [
        ("find_quantities", find_quantities),
        ("find_dates", lambda s: find_dates(s, ref=date(2016, 12, 9))),
        ("find_attributions", find_attributions),
        ("modality_at", lambda s: modality_at(s, len(s) // 2, len(s) // 2 + 1)),
    ],
)
def test_words_per_second(seed_text, name, fn):
    sentences = _sentences(seed_text) * 5
    words = sum(len(s.split()) for s in sentences)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for s in sentences:
            fn(s)
        best = min(best, time.perf_counter() - t0)
    assert words / best > FLOOR, f"{name}: {words / best:,.0f} words/s"
