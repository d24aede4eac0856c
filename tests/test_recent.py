"""Recent keeps entries used in this round or the one before, and lets the rest go."""
from sitroom.recent import Recent


def test_entries_not_used_for_a_whole_round_are_dropped():
    cache: Recent[str] = Recent()
    cache.put("a", "A")
    cache.put("b", "B")
    cache.rotate()
    assert cache.get("a") == "A"  # used in the new round: kept
    cache.rotate()
    assert cache.get("a") == "A"
    assert cache.get("b") is None  # untouched for a round: gone
    assert len(cache) == 1


def test_a_round_that_outgrows_the_limit_rotates_early():
    cache: Recent[int] = Recent(limit=2)
    for i in range(5):
        cache.put(i, i)
    assert len(cache) <= 4
    assert cache.get(4) == 4 and cache.get(0) is None
