"""Which event a denial answers: of the events a denial could dispute, the one told last before it in the same
report; a denial that names the act it denies ("denied shelling ...") answers the last event of that kind."""
from __future__ import annotations


from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _events(text: str, published: str = "2023-05-10T18:00:00Z"):
    return fuse(analyze_text(text, published, outlet="test desk").claims)


def _told(events, words):
    found = [e for e in events if any(words in x.text for x in e.evidence if x.field == "sentence")]
    assert len(found) == 1, [(e.sub_event_type, e.location and e.location.name, e.status) for e in events]
    return found[0]


def test_a_denial_answers_the_event_told_just_before_it():
    events = _events(
        "DAKAR, May 10 - Protesters burned tyres and looted a supermarket in central Dakar on Monday, witnesses "
        "said.\n\n"
        "On Tuesday, supporters of the opposition leader gathered again outside his house in Dakar. Police fired "
        "live rounds into the crowd, killing two people, a neighbour said. The interior ministry denied that "
        "officers had been ordered to fire on the demonstrators.")
    shooting = _told(events, "fired live rounds into the crowd")
    riot = _told(events, "looted a supermarket")
    assert shooting is not riot
    assert shooting.status == "contested"
    assert riot.status != "contested"


def test_a_denial_naming_the_act_answers_the_last_event_of_that_kind():
    events = _events(
        "TBILISI, May 10 - The defence ministry of Georgia said artillery shells hit the village of Ergneti on "
        "Tuesday and damaged a school. In Zardiaantkari, soldiers from across the line advanced and took two "
        "hilltop positions, the ministry said.\n\n"
        "The other side gave a different account. Its command denied shelling any village.")
    shelled = _told(events, "artillery shells hit the village")
    assert shelled.status == "contested"


def test_the_losing_side_pulling_back_is_a_further_voice_for_the_taking():
    events = _events(
        "GAO, May 10 - Rebel fighters overran the town of Bourem on Tuesday and raised their flag over the "
        "town hall, a rebel spokesman said.\n\n"
        "Soldiers pulled back to a camp outside Bourem during the afternoon, a local councillor said.",
        published="2023-05-10T18:00:00Z")
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert len(taken) == 1
    assert taken[0].status == "corroborated"


def test_a_denial_right_after_history_answers_the_history():
    events = _events(
        "HARARE, May 10 - Soldiers fired live rounds at a crowd of several hundred marchers in Harare on "
        "Tuesday, wounding several of them, witnesses said.\n\n"
        "The unrest began in February 2023, after an activist died in police custody. The police deny "
        "involvement.")
    shooting = _told(events, "fired live rounds at a crowd")
    assert shooting.status != "contested"


def test_a_denial_right_after_the_news_still_answers_it():
    events = _events(
        "HARARE, May 10 - Soldiers fired live rounds at a crowd of several hundred marchers in Harare on "
        "Tuesday, wounding several of them, witnesses said. The army denies involvement.")
    shooting = _told(events, "fired live rounds at a crowd")
    assert shooting.status == "contested"
