"""An opening toll the body gives as the total of several days of fighting is that total, not the toll of
the one incident the body tells; an opening toll of one incident still joins it."""
from __future__ import annotations

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

HEAD = "Armenia says 49 soldiers killed in Azerbaijani attacks\n\n"


def _events(text: str):
    return fuse(analyze_text(text, "2022-09-14T09:00:00Z").claims)


def test_a_headline_toll_given_as_a_multi_day_total_is_no_incident_toll():
    text = HEAD + ("YEREVAN, Sept 14 - Armenia said 49 of its soldiers had been killed in two days of fighting with "
                   "Azerbaijan. The defence ministry said the town of Jermuk in Vayots Dzor province was hit by "
                   "artillery fire on Tuesday and several houses were damaged.")
    assert all(e.fatalities is None or e.fatalities.best != 49 for e in _events(text))


def test_a_headline_toll_of_the_incident_still_counts():
    text = HEAD + ("YEREVAN, Sept 14 - The defence ministry said 49 soldiers were killed when Azerbaijani artillery "
                   "hit positions near the town of Jermuk in Vayots Dzor province on Tuesday.")
    assert any(e.fatalities is not None and e.fatalities.best == 49 for e in _events(text))
