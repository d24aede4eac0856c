"""find_places must keep up with the pipeline: aim 200,000 words/s, fail below 100,000 (slow CI)."""
from __future__ import annotations

import re
import time

from sitroom.geo import find_places


def test_find_places_throughput(seed_text):
    sentences = re.findall(r"[^.!?\n]+[.!?]*", seed_text)
    find_places(sentences[0], focus=["SY"])  # load the gazetteer outside the timing
    words = sum(len(s.split()) for s in sentences)
    rounds = 0
    started = time.perf_counter()
    while time.perf_counter() - started < 0.5:
        for s in sentences:
            find_places(s, focus=["SY"])
        rounds += 1
    rate = rounds * words / (time.perf_counter() - started)
    assert rate > 100_000, f"{rate:,.0f} words/s"
