"""Villages the gazetteer does not know, listed as what an act hit ("attacked the villages of A and B"), are
one event each (ACLED: one event per location); an unplaced overview of them ("killed in attacks on two
villages") is no further event. One village, or a list of known towns, is as before."""
from __future__ import annotations

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _events(text: str):
    return fuse(analyze_text(text, "2021-01-04").claims)


LISTED = ("Armed men on motorcycles attacked the villages of Kourou Dagna and Tassi Bangou in Niger's Tillaberi "
          "region on Saturday, killing dozens of residents, the mayor said.")


def test_listed_unknown_villages_are_one_event_each():
    events = _events(LISTED)
    assert [e.sub_event_type for e in events] == ["Attack", "Attack"], events


def test_an_overview_of_the_listed_villages_is_no_further_event():
    text = "About 60 civilians were killed in attacks on two villages of Niger's Tillaberi region on Saturday.\n\n" + LISTED
    assert len(_events(text)) == 2


def test_one_unknown_village_is_one_event():
    text = ("Armed men on motorcycles attacked the village of Kourou Dagna in Niger's Tillaberi region on Saturday, "
            "killing dozens of residents, the mayor said.")
    assert len(_events(text)) == 1


def test_known_towns_in_the_list_keep_their_places():
    text = ("Gunmen attacked the villages of Bokkos and Mangu in Nigeria's Plateau State on Saturday, killing dozens, "
            "officials said.")
    assert sorted(e.location.name for e in _events(text)) == ["Bokkos", "Mangu"]
