"""An event lists its sources in the order the report names them, whatever the claims' ids."""
from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

TEXT = "Gunmen attacked the market in Gao on Sunday, killing six people, residents and local officials said."


def sources_of(text: str) -> list[list[str]]:
    return [[s.name for s in e.sources] for e in fuse(analyze_text(text, "2019-05-10T12:00:00Z").claims)]


def test_two_voices_of_one_attribution_keep_the_sentence_s_order():
    assert sources_of(TEXT) == [["residents", "local officials"]]


def test_the_order_does_not_depend_on_the_report_id():
    # a trailing newline changes the report's content hash and so every claim id, not what was said
    assert sources_of(TEXT + "\n") == sources_of(TEXT) == sources_of(TEXT + "\n\n")


def test_voices_in_two_sentences_come_in_text_order():
    text = ("Gunmen attacked the market in Gao on Sunday, killing six people, the mayor said. "
            "A hospital doctor in Gao confirmed the six deaths in the attack on the market.")
    (names,) = sources_of(text)
    assert names[0] == "mayor", names
