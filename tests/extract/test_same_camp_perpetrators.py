"""Gunmen a report ties to several armed groups of one camp (the Islamic State claims the attack, the government
blames a local jihadist group) stay unidentified, since who did it is disputed, but on that camp's side
(`claims._named_perpetrator`). Near misses: groups only named once, as active in the area, tell no side; groups
of different camps tell none; one group named is that group."""
from __future__ import annotations

from datetime import date

from sitroom.extract.claims import _named_perpetrator
from sitroom.extract.context import EntryContext
from sitroom.knowledge.actors import find_actors

DAY = date(2017, 3, 3)


def _gunmen():
    return find_actors("Gunmen stormed the hotel.", country="Bangladesh", on=DAY)[0]


def _ctx(counts: dict[str, int]) -> EntryContext:
    ctx = EntryContext(ref_date=DAY, country="Bangladesh", focus=["BD"])
    text = {"Islamic State": "Islamic State", "JMB": "Jamaat-ul-Mujahideen Bangladesh", "BNP": "BNP activists",
            "AQIS": "AQIS"}
    for key, n in counts.items():
        ref = find_actors(text[key], country="Bangladesh", on=DAY)[0]
        ctx.report_actors.append(ref)
        ctx.report_counts[ref.name] = n
    return ctx


def test_disputed_perpetrator_of_one_camp_keeps_its_side():
    # the claim named three times, the government's blame on a local jihadist group twice: unidentified, jihadist
    got = _named_perpetrator(_gunmen(), _ctx({"Islamic State": 3, "JMB": 2}))
    assert (got.name, got.side) == ("Unidentified Armed Group (Bangladesh)", "jihadist")


def test_groups_only_named_once_tell_no_side():
    got = _named_perpetrator(_gunmen(), _ctx({"Islamic State": 1, "AQIS": 1}))
    assert (got.name, got.side) == ("Unidentified Armed Group (Bangladesh)", "unknown")


def test_one_group_named_is_that_group():
    got = _named_perpetrator(_gunmen(), _ctx({"JMB": 2}))
    assert got.name == "JMB: Jamaat-ul-Mujahideen Bangladesh"
