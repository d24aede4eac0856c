"""The day a story has reached: a narrative day anywhere in an article's sentence carries to the paragraphs
after it, a live-blog post's aside does not; a day named inside a window ("over the weekend ... on
Sunday") narrows it. Texts written for these tests; expected days worked out by hand from a calendar
(21 March 2024 is a Thursday)."""
from __future__ import annotations

from datetime import date

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

THURSDAY = "2024-03-21T18:00:00Z"
MONDAY = "2024-03-18T12:00:00Z"


def claims_of(text: str, published: str = THURSDAY):
    return analyze_text(text, published).claims


def _at(claims, sub: str, place: str):
    found = [c for c in claims if c.sub_event_type == sub and c.location is not None and c.location.name == place]
    assert found, [(c.sub_event_type, c.location.name if c.location else None, c.event_date) for c in claims]
    return found


ARTICLE = (
    "Villagers in Dori on Wednesday disputed an army statement that the attack on the town had been repelled.\n\n"
    "Jihadist fighters arrived in Dori, a market town in the north of Burkina Faso, late on Monday night in a "
    "convoy of pickups.\n\n"
    "The gunmen set fire to the market and kidnapped 20 traders, residents said.\n"
)


def test_article_day_named_late_in_a_sentence_carries_to_the_next_paragraph():
    # "late on Monday night" closes its sentence, after the lede's Wednesday statement has been told: the
    # kidnapping told next, with no day of its own, happened on Monday (18 March), not on Wednesday
    (c,) = _at(claims_of(ARTICLE), "Abduction/forced disappearance", "Dori")
    assert (c.event_date, c.time_precision) == (date(2024, 3, 18), 1)


def test_article_day_at_sentence_start_carries_as_well():
    text = ARTICLE.replace("Jihadist fighters arrived in Dori, a market town in the north of Burkina Faso, late on "
                           "Monday night in", "On Monday night jihadist fighters arrived in Dori, a market town in "
                           "the north of Burkina Faso, in")
    (c,) = _at(claims_of(text), "Abduction/forced disappearance", "Dori")
    assert c.event_date == date(2024, 3, 18)


LIVE = (
    "UPDATE 1500 GMT: The army says it has secured the road between Kaya and Dori.\n\n"
    "UPDATE 1300 GMT: The UN says soldiers shot dead 12 men in Djibo in the north of Burkina Faso.\n\n"
    "Soldiers reportedly executed four men in front of their families in Dori on Sunday.\n\n"
    "Other men were detained by soldiers in Dori, a UN spokesman said.\n"
)


def test_live_post_aside_day_does_not_date_the_next_item():
    # a live post strings items together on its own day: "on Sunday" at the end of one item dates that item
    # (17 March), the detentions told after it are the post's news of Thursday 21 March
    claims = claims_of(LIVE)
    (executed,) = _at(claims, "Attack", "Dori")
    (detained,) = _at(claims, "Arrests", "Dori")
    assert executed.event_date == date(2024, 3, 17)
    assert detained.event_date == date(2024, 3, 21)


def test_day_inside_a_window_narrows_it():
    # published Monday 18 March: "over the weekend" is 16-17 March, "on Sunday" the 17th; the fighting in
    # Djibo is told in the Sunday clause, and the next paragraph's fighting there is the same day's
    text = ("Rebels pressed their offensive on Dori over the weekend, and heavy fighting in Djibo in northern "
            "Burkina Faso on Sunday killed 12 soldiers, officials said.\n\n"
            "Soldiers and volunteers fought the rebels on several fronts around Djibo, the officials said.\n")
    events = [e for e in fuse(claims_of(text, MONDAY)) if e.location is not None and e.location.name == "Djibo"]
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == \
        [("Armed clash", date(2024, 3, 17), 1)]


def test_window_alone_stays_a_window():
    text = "Rebels attacked army posts around Djibo in northern Burkina Faso over the weekend, officials said.\n"
    (c,) = _at(claims_of(text, MONDAY), "Armed clash", "Djibo")
    assert (c.event_date, c.time_precision) == (date(2024, 3, 16), 2)


def test_reported_plan_day_is_not_the_story_day():
    # "would head for Dori on Monday", said on Sunday 17 March: a plan for the 18th, not the past Monday the
    # 11th; the strikes told next with no day are the report's own day
    text = ("Jihadists captured the town of Djibo in northern Burkina Faso on Sunday, officials said.\n\n"
            "A spokesman for the volunteers said their units would head for Dori on Monday.\n\n"
            "The air force said it had carried out three air strikes near Djibo in the past 24 hours.\n")
    claims = claims_of(text, "2024-03-17T20:00:00Z")
    assert all(c.event_date != date(2024, 3, 11) for c in claims), [(c.sub_event_type, c.event_date) for c in claims]
    (strike,) = _at(claims, "Air/drone strike", "Djibo")
    assert strike.event_date == date(2024, 3, 17)
