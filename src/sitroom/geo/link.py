"""Which of a sentence's places an event happened at.

"Turkish warplanes destroyed buildings ... on the highway between al-Bab and Manbij"; "ISIS seized the
town of Huwaysis near the Al-Sha'er Gas Fields, north of Palmyra": a sentence names several places and
the event verb happened at one of them. `event_place` picks it by the words between the verb and each
place:

1. the verb's direct object ("captured Goma", "entering Syria") or a place introduced by a locative
   preposition ("in", "at", "near", "over", "north of", ...) after the verb, nearest first;
2. else the nearest locative before the verb in the same sentence ("In Aleppo, shells killed ...",
   "gunmen in the city of Benghazi killed ...", "blew himself up in a market in Baghdad, killing ten");
3. otherwise none: a place that is only a name's origin ("Syrian forces"), a speaker's location
   ("said in Geneva") or the direction of a movement ("fled to Turkey") is not where the event was.

Places whose mention reads as an actor (a low resolver score: "Russia said") never count.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitroom.models import PlaceMention

LOCATIVE = frozenset({
    "in", "at", "near", "outside", "inside", "around", "across", "throughout", "on", "into", "within", "over",
    "between", "along", "outskirts", "of", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest", "northern", "southern", "eastern", "western", "central", "town", "city",
    "village", "district", "province", "neighborhood", "neighbourhood", "area", "region", "outskirt",
    "cities", "towns", "villages", "districts", "provinces", "areas", "neighborhoods", "neighbourhoods",
})
_LEADS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout", "on", "into",
                    "within", "between", "along", "over"})
# Words after the verb that start a new statement or a speaker's location: the places after them are not
# where the event was.
_BREAKS = frozenset({"said", "says", "told", "reported", "according", "added", "announced", "claimed",
                     "stated", "but", "whereas", "who", "which"})
_NOT_EVENT_PLACE = frozenset({"from", "to", "towards", "toward", "for", "by"})
_WORD = re.compile(r"[A-Za-z]+|[;:.!?]")
_WINDOW = 30  # words between the verb and a place introduced after it


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def event_place(text: str, mentions: list[PlaceMention], verb_start: int, verb_end: int,
                offset: int = 0) -> PlaceMention | None:
    """Return the mention (offsets `offset`-based, as `find_places` gives them) where the event whose
    verb spans `verb_start:verb_end` (offsets into `text`) happened, or None when no place qualifies."""
    words = _words(text)
    usable = [m for m in mentions if m.score >= 0.3 and m.qualifier != "demonym"]
    after: list[tuple[int, PlaceMention]] = []
    before: list[tuple[int, PlaceMention]] = []
    for m in usable:
        start, end = m.start - offset, m.end - offset
        if start >= verb_end:
            between = [w for a, b, w in words if verb_end <= a and b <= start]
            if len(between) > _WINDOW or any(w in ";:.!?" for w in between):
                continue
            # The words right before the place decide: "in X", "near X", "the town of X", "north of X".
            lead = [w for w in between[-4:] if w in LOCATIVE]
            # "captured Goma", "entering Syria", "seized the strategic town of X": a direct object.
            direct = len(between) <= 3 and not any(w in _BREAKS or w in _NOT_EVENT_PLACE for w in between)
            if not (lead or direct) or between[-1:] and between[-1] in _NOT_EVENT_PLACE:
                continue
            if any(w in _BREAKS for w in between[:-1]) and not any(w in _LEADS for w in between[-2:]):
                continue
            if any(w in ("said", "says", "told", "according") for w in between):
                continue  # "killed, the army said in Damascus": the speaker's place
            after.append((len(between), m))
        elif end <= verb_start:
            between = [w for a, b, w in words if end <= a and b <= verb_start]
            prior = [w for a, b, w in words if b <= start]
            if any(w in ";:.!?" for w in between):
                continue
            if any(w in ("said", "says", "told", "reported", "according") for w in between + prior[-4:]):
                continue  # a speaker's place, or the place of an attribution
            # "In Aleppo, shells killed ...", "gunmen in the city of Benghazi killed ...", "blew himself up
            # at a bus station in Damaturu, killing 10": a locative before the verb in the same sentence.
            lead = [w for w in prior[-4:] if w in LOCATIVE]
            if lead and not prior[-1:] in (["from"], ["to"], ["for"], ["by"]):
                before.append((len(between), m))
    chosen = None
    if after:
        chosen = min(after, key=lambda nm: nm[0])[1]
    elif before:
        chosen = min(before, key=lambda nm: nm[0])[1]
    return _innermost(text, usable, chosen, offset) if chosen is not None else None


_AREAS = frozenset({"country", "admin1", "admin2", "region"})


def _innermost(text: str, mentions: list[PlaceMention], chosen: PlaceMention, offset: int) -> PlaceMention:
    """Return the place inside `chosen` named right after it ("in Syria's Aleppo province", "the
    Belarus capital Minsk", "Jerusalem's Old City"), else `chosen`: the event is at the smaller place."""
    while chosen.place is not None and chosen.place.feature in _AREAS or (
        chosen.place is not None and any(t in text[chosen.end - offset:chosen.end - offset + 3] for t in ("'s", "’s"))
    ):
        nxt = [m for m in mentions if m.start >= chosen.end and m.place is not None]
        if not nxt:
            break
        inner = min(nxt, key=lambda m: m.start)
        gap = _words(text[chosen.end - offset:inner.start - offset])
        if len(gap) > 3 or any(w in ";:.!?" or w in _BREAKS for _, _, w in gap):
            break
        if inner.place.iso2 != chosen.place.iso2 or inner.place.id == chosen.place.id:
            break
        chosen = inner
    return chosen


def capital_of(iso2: str) -> str | None:
    """The gazetteer id of a country's capital ("the capital", "Myanmar's capital"), or None."""
    return _capitals().get(iso2.upper())


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    from sitroom.geo.gazetteer import CAPITALS

    out: dict[str, str] = {}
    with open(CAPITALS, encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if len(cells) == 2 and cells[0].startswith("cc:"):
                out[cells[0][3:]] = cells[1]
    return out
