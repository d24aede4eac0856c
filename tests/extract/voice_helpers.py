"""Helpers shared by the voice and status test modules: the events a passage gives, the one event of a
sub-type, and the names of an event's voices."""
from __future__ import annotations

from sitroom.fuse import fuse


def _events(text: str, published: str = "2023-05-14T18:00:00Z"):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, published, outlet="test desk").claims)


def _one(events, sub):
    found = [e for e in events if e.sub_event_type == sub]
    assert len(found) == 1, [(e.sub_event_type, e.location and e.location.name, e.status) for e in events]
    return found[0]


def _names(e):
    return [s.name for s in e.sources]
