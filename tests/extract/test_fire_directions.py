"""Places named as the directions fire was aimed along ("in the directions of X, Y and Z") are a front's axes,
not places hit: with no other place, the fire is one event near the first; a list of places hit stays one
event per place."""
from __future__ import annotations

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _places(text: str) -> list[tuple[str, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None)
                  for e in fuse(analyze_text(text, "2023-05-10").claims))


def test_directions_of_fire_are_one_event():
    text = ("Ukraine's general staff said Russian forces had shelled Ukrainian positions with artillery and mortars "
            "in the directions of Kupiansk, Lyman and Bakhmut on Tuesday.")
    events = _places(text)
    assert len(events) == 1 and events[0][0] == "Shelling/artillery/missile attack", events


def test_places_shelled_are_one_event_each():
    text = "Ukraine's general staff said Russian forces had shelled Kupiansk, Lyman and Bakhmut with artillery on Tuesday."
    events = _places(text)
    assert len(events) == 3, events


def test_a_place_hit_beside_the_directions_is_the_place():
    text = ("Russian artillery fired in the directions of Lyman and Bakhmut on Tuesday and hit a school in the town "
            "of Kostiantynivka, Ukraine, officials said.")
    assert [p for _, p in _places(text)] == ["Kostyantynivka"]
