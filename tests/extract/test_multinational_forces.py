"""Multinational forces: ECOMOG, the West African force that fought for Sierra Leone's and Liberia's governments, is a
foreign force on the government's side there (its initials mean nothing elsewhere); a UN peacekeeping mission is the UN."""
from datetime import datetime, timezone

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _actors(text: str, when: datetime) -> list[tuple[str, str, int]]:
    events = fuse(analyze_report(make_report(text, published=when)).claims)
    return [(a.name, a.side, a.inter) for e in events for a in (e.actor1, e.actor2) if a is not None]


def test_ecomog_troops_in_sierra_leone_back_the_government():
    found = _actors("Rebels attacked ECOMOG troops at Waterloo, east of Freetown, Sierra Leone, on Tuesday and "
                    "killed four of them, officers said.", datetime(1999, 1, 12, tzinfo=timezone.utc))
    assert ("ECOMOG: Economic Community of West African States Monitoring Group", "foreign-pro-government", 8) in found


def test_near_miss_the_initials_do_not_count_outside_its_wars():
    found = _actors("Rebels attacked ECOMOG troops near Bamako, Mali, on Tuesday and killed four of them, "
                    "officers said.", datetime(1999, 1, 12, tzinfo=timezone.utc))
    assert all(not name.startswith("ECOMOG") for name, _, _ in found)


def test_a_un_peacekeeping_mission_attacked_is_the_un_not_civilians():
    found = _actors("Armed youths attacked the base of the UN peacekeeping mission at Pibor, South Sudan, on "
                    "Thursday and killed two peacekeepers, the mission said.", datetime(2014, 1, 12, tzinfo=timezone.utc))
    assert ("UN: United Nations", "external", 8) in found


def test_near_miss_a_mission_of_the_red_cross_is_no_peacekeeping_force():
    found = _actors("Armed youths attacked a Red Cross mission at Pibor, South Sudan, on Thursday and killed two "
                    "aid workers, the mission said.", datetime(2014, 1, 12, tzinfo=timezone.utc))
    assert all(name != "UN: United Nations" for name, _, _ in found)
