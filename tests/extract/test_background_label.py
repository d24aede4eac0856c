"""A paragraph labelled 'Background:' tells history: none of its sentences is an event of the report."""
from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

NEWS = "Azerbaijani and Armenian troops clashed on the border near Tovuz on Sunday, killing four soldiers, the defence ministry said."


def events_of(text: str):
    return fuse(analyze_text(text, "2020-07-15T09:00:00Z").claims)


def test_a_background_paragraph_gives_no_event():
    text = NEWS + ("\n\nBackground: Armenian forces have shelled villages near Aghdam across the line of contact, "
                   "and soldiers on both sides have been killed by snipers near Tartar.")
    assert len(events_of(NEWS)) == 1
    assert len(events_of(text)) == 1


def test_the_label_covers_only_its_own_paragraph():
    text = ("Background: the two countries have clashed along the border many times since the ceasefire.\n\n"
            + NEWS)
    events = events_of(text)
    assert len(events) == 1 and events[0].sub_event_type == "Armed clash"


def test_a_word_background_inside_a_sentence_is_no_label():
    text = "Against this background, troops clashed with Armenian forces near Tovuz on Sunday, killing four soldiers."
    assert len(events_of(text)) == 1
