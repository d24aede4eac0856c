"""A state's forces in a territory that was still part of that state on the day are at home (government, inter
1), and an unnamed 'police' there are that state's; after independence they are abroad."""
from datetime import date, datetime, timezone

from sitroom.knowledge.actors import _ruler, _ruled_by
from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def test_kosovo_was_serbia_s_until_its_independence():
    assert _ruled_by("Kosovo", "Serbia", date(1999, 1, 15))
    assert _ruler("Kosovo", date(1999, 1, 15)) == "Serbia"


def test_near_miss_after_independence_kosovo_is_no_longer_serbia_s():
    assert not _ruled_by("Kosovo", "Serbia", date(2010, 1, 15))
    assert _ruler("Kosovo", date(2010, 1, 15)) is None
    assert _ruler("Serbia", date(1999, 1, 15)) is None  # (the state itself has no ruler)


def _sides(text: str, when: datetime) -> list[tuple[str, str]]:
    events = fuse(analyze_report(make_report(text, published=when)).claims)
    return [(a.name, a.side) for e in events for a in (e.actor1, e.actor2) if a is not None and a.inter in (1, 8)]


def test_sudan_s_army_in_the_south_before_2011_is_at_home():
    found = _sides("Sudanese troops killed 12 villagers in an attack on Abyei town in South Sudan on Monday, "
                   "residents said.", datetime(2008, 5, 20, 12, tzinfo=timezone.utc))
    assert found and all(side == "government" for _, side in found)


def test_near_miss_sudan_s_army_in_south_sudan_after_2011_is_abroad():
    found = _sides("Sudanese troops killed 12 villagers in an attack on Abyei town in South Sudan on Monday, "
                   "residents said.", datetime(2013, 5, 20, 12, tzinfo=timezone.utc))
    assert found and all(side != "government" for _, side in found)
