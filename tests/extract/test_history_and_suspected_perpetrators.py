"""Who the unnamed bombers of a report are: not a group only its history paragraph names, not a group a speaker
only believes was behind an attack nobody has claimed; a group the report's news names (or blames) still is."""
from datetime import datetime, timezone

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2011, 3, 6, 12, tzinfo=timezone.utc)


def perpetrators(text: str) -> list[str]:
    events = fuse(analyze_report(make_report(text, published=PUBLISHED)).claims)
    return [e.actor1.name for e in events if e.actor1 is not None and e.sub_event_type in (
        "Suicide bomb", "Remote explosive/landmine/IED")]


BLAST = ("A car bomb exploded outside a bus station in Kano, Nigeria, on Saturday evening, killing 14 people, police "
         "said.")


def test_a_group_only_the_background_paragraph_names_for_an_old_year_is_not_the_bomber():
    text = (BLAST + "\n\nBackground: In 2009 the security forces fought Boko Haram for five days in Maiduguri and "
            "killed its founder.")
    assert perpetrators(text) == ["Unidentified Armed Group (Nigeria)"]


def test_a_time_stamped_some_background_post_is_history_too():
    text = ("10:05 - " + BLAST + "\n\n11:40 - Some background: Boko Haram fighters attacked a prison in Bauchi in "
            "September 2010 and freed hundreds of inmates.")
    assert perpetrators(text) == ["Unidentified Armed Group (Nigeria)"]


def test_near_miss_the_same_group_named_in_the_news_is_the_bomber():
    text = (BLAST + " Officials blamed Boko Haram.\n\nBackground: In 2009 the security forces fought Boko Haram "
            "for five days in Maiduguri and killed its founder.")
    assert perpetrators(text) == ["Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad"]


def test_near_miss_a_background_line_about_the_present_still_names_the_group():
    # no earlier year: the line tells the state of things now, not history
    text = BLAST + "\n\nBackground: Boko Haram fighters are active across the north-east and in Kano."
    assert perpetrators(text) == ["Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad"]


def test_a_group_a_minister_believes_was_behind_an_unclaimed_bombing_is_not_named():
    text = (BLAST + " No group has said it carried out the bombing. The interior minister said he believed "
            "Boko Haram was behind it.")
    assert perpetrators(text) == ["Unidentified Armed Group (Nigeria)"]


def test_near_miss_a_claimed_bombing_keeps_the_group_a_minister_believes_in():
    # with no sentence saying the attack is unclaimed, the belief is the only attribution the report offers
    text = BLAST + " The interior minister said he believed Boko Haram was behind it."
    assert perpetrators(text) == ["Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad"]


def test_near_miss_officials_blaming_the_group_for_an_unclaimed_bombing_name_it():
    text = BLAST + " No group has claimed the attack, but officials blamed Boko Haram."
    assert perpetrators(text) == ["Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad"]
