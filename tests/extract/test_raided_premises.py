"""A raid on an office, a home or a newsroom by men no one names, with no armed side in the sentence, is an
attack on the people there (and the same day's like raid joins it); a raid on an army post is fighting."""
from __future__ import annotations

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in fuse(analyze_text(text, "2019-10-06").claims)]


def test_a_second_newsroom_raided_the_same_day_is_that_attack():
    text = ("Masked gunmen stormed the Baghdad offices of a television channel on Saturday and beat two employees. "
            "Another channel said its office in the capital was raided the same day.")
    assert _subs(text) == ["Attack"]


def test_an_office_raided_alone_is_an_attack():
    assert _subs("A radio station in Baghdad, Iraq said its office was raided on Saturday.") == ["Attack"]


def test_a_raid_on_an_army_post_is_fighting():
    assert _subs("Rebels raided an army post near Beni in Congo's North Kivu province on Saturday.") == ["Armed clash"]
