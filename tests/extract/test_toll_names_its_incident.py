"""A live blog's later toll that names its incident by place or target ("from the market shell") goes to that
incident, not to whichever incident the post before it told."""
from datetime import datetime, timezone

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2015, 8, 9, 21, tzinfo=timezone.utc)

HEAD = ("LIVE - Shelling in Donetsk\n\n"
        "10:00 - A shell exploded in the crowded central market of Donetsk, Ukraine, on Sunday morning, killing at "
        "least 12 people, a hospital doctor said.\n\n"
        "12:30 - A reminder that on Saturday shells struck a queue for bread near the railway station, killing "
        "two people, officials said.\n\n")


def tolls(text: str) -> dict[str, int | None]:
    events = fuse(analyze_report(make_report(text, published=PUBLISHED)).claims)
    return {e.event_date.isoformat(): e.fatalities.best if e.fatalities else None for e in events}


def test_a_revised_toll_from_the_market_shell_goes_to_the_market_incident():
    found = tolls(HEAD + "15:00 - Hospital officials give a revised toll of 19 dead from the market shell.")
    assert found == {"2015-08-09": 19, "2015-08-08": 2}


def test_near_miss_a_toll_that_names_no_incident_stays_with_the_last_one():
    # "from the shelling" names no place: the toll belongs to the incident just told (the existing rule)
    found = tolls(HEAD + "15:00 - Officials now say five people died from the shelling.")
    assert found == {"2015-08-09": 12, "2015-08-08": 5}
