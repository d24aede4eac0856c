"""Geoparsing a whole document: sentences, the document's focus, and places resolved in reading order.

`geoparse(text)` is what `sitroom geoparse` and `sitroom eval geoparse` run: it computes the focus
countries once, splits the text into sentences and calls `find_places` on each with the places already
resolved earlier in the document as context (nearest first), so "Sheikh Saeed" after "Aleppo" resolves
to the Aleppo neighbourhood.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from sitroom.errors import KnowledgeError
from sitroom.geo.cues import load_cues
from sitroom.geo.gazetteer import DATA_DIR, Gazetteer
from sitroom.geo.names import normalize
from sitroom.geo.recognize import person_names, raw_spans, tokenize
from sitroom.geo.resolve import document_focus, focus_of_tokens, places_in_tokens
from sitroom.models import PlaceMention

DEMONYMS = DATA_DIR / "demonyms.tsv"
ABBREVIATIONS = DATA_DIR / "abbreviations.tsv"
_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*")

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before a space and a
# capital, digit or quote, or at a line break. Abbreviations ("U.S. forces") rarely have a capital
# after them in news prose, and a wrong split only costs context, never a place.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[A-Z0-9])|\n+")
_CONTEXT = 12  # resolved places kept as context for the next sentence
_ABBREVIATIONS = frozenset({
    "St", "Ste", "Mt", "Ft", "Pt", "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
    "Gov", "Sen", "Rep", "Rev", "Jr", "Sr", "No", "Co", "Corp", "Inc", "Ltd", "vs", "Jan", "Feb", "Aug", "Sept",
    "Oct", "Nov", "Dec",
})


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) offsets of the sentences in `text` (whitespace-only pieces skipped)."""
    start = 0
    for m in _BOUNDARY.finditer(text):
        word = text[max(0, m.start() - 5):m.start()].rsplit(None, 1)[-1:] or [""]
        bare = word[0].rstrip(".").lstrip("(\"“")
        if "\n" not in m.group() and (bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isupper())):
            continue  # "St. Louis", "Gen. Mattis", "George H. W. Bush": the full stop ends a word, not a sentence
        if text[start:m.start()].strip():
            yield start, m.start()
        start = m.end()
    if text[start:].strip():
        yield start, len(text)


def read_demonyms(path: Path = DEMONYMS) -> dict[str, str]:
    """Return demonym (or abbreviation) -> gazetteer id from `path`; KnowledgeError names the file and
    line of a bad row or of an id the gazetteer lacks."""
    gazetteer = Gazetteer.load()
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#") or line in ("demonym\tplace", "abbreviation\tplace"):
                continue
            cells = line.split("\t")
            if len(cells) != 2 or not cells[0].strip():
                raise KnowledgeError(str(path), number, "expected `name<TAB>place id`")
            if not gazetteer.has(cells[1]):
                raise KnowledgeError(str(path), number, f"place {cells[1]!r} is not in the gazetteer")
            out[cells[0].strip()] = cells[1]
    return out


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return read_demonyms()


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return read_demonyms(ABBREVIATIONS)


_ABBREVIATION = re.compile(
    r"(?<=[A-Za-z]), ((?:[A-Z]\.){2,3}|[A-Z]\.[A-Z][a-z]\.|[A-Z][a-z]{1,4}\.|[A-Z]{2}\b)"
    # dotted initials also after a preposition: "In B.C., up to 20 cm", "across N.J."
    r"|\b(?:[Ii]n|of|from|across|to|throughout) ((?:[A-Z]\.){2,3})"
)


def abbreviation_mentions(text: str, offset: int = 0) -> list[PlaceMention]:
    """Return state/province mentions written as news abbreviations right after a place and a comma
    ("Edmonton, Ky.", "Surrey, B.C.", "LOUISVILLE, KY"), precision 3."""
    table, gazetteer = _abbreviations(), Gazetteer.load()
    out = []
    for m in _ABBREVIATION.finditer(text):
        group = 1 if m.group(1) else 2
        place_id = table.get(m.group(group))
        if place_id is not None:
            out.append(PlaceMention(
                start=offset + m.start(group), end=offset + m.end(group), text=m.group(group),
                place=gazetteer.get(place_id), score=0.6, precision=3, qualifier=None,
            ))
    return out


def demonym_mentions(text: str, offset: int = 0) -> list[PlaceMention]:
    """Return country mentions made by adjectives ("Turkish", "Syrian"), precision 3, qualifier
    "demonym". Geoparsing conventions such as TR-News count them as toponyms; event coding does not.
    Each part of a hyphened pair counts ("Turkish-Russian relations"). A country adjective used as a
    noun, with no word after it, names people or a language, not the country ("none of the injured
    were British,", "speaks in Spanish."); so does one before "-led", "-born" ("Saudi-led")."""
    table, gazetteer = _demonyms(), Gazetteer.load()
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word in table:
            parts = [(word, m.start())]
        elif "-" in word:
            parts = [(part, m.start() + at) for part, at in _parts(word) if part in table]
            if not parts:
                continue
        else:
            continue
        rest = text[m.end():m.end() + 2]
        if rest[:1] == "-" and rest[1:2].islower():
            continue  # "Saudi-led", "Syrian-born"
        after = text[m.end():m.end() + 40].lstrip(" ")
        if not after or not (after[0].isalnum() or after[0] == "-"):
            continue  # a noun: "were British,", "in Spanish."
        if after.split(None, 1)[0].rstrip(".,;:'’s") in _LANDFORMS:
            continue  # "the Korean Peninsula", "the Syrian Desert": a landform, not the country
        for word, start in parts:
            place_id = table.get(word)
            if place_id is None:
                continue
            out.append(PlaceMention(
                start=offset + start, end=offset + start + len(word), text=word, place=gazetteer.get(place_id),
                score=0.5, precision=3, qualifier="demonym",
            ))
    return out


_LANDFORMS = frozenset({"Peninsula", "Sea", "Ocean", "Gulf", "Strait", "Straits", "Channel", "Desert", "Plateau",
                        "Mountains", "Highlands", "Riviera", "Coast", "Basin", "Islands"})


def _parts(word: str) -> list[tuple[str, int]]:
    """The hyphen-separated parts of `word` with their offsets in it."""
    out, at = [], 0
    for part in word.split("-"):
        out.append((part, at))
        at += len(part) + 1
    return out


def geoparse(text: str, *, focus: list[str] | None = None, demonyms: bool = False) -> list[PlaceMention]:
    """Return the place mentions of a document, in text order, offsets into `text`.

    `focus` (ISO2 codes) overrides the focus computed from the text. Short all-capital names used as
    modifiers ("US airstrikes") count as places here; with `demonyms`, so do country adjectives.
    """
    gazetteer, cues = Gazetteer.load(), load_cues()
    spans = list(sentences(text))
    tokens = [tokenize(text[start:end]) for start, end in spans]
    abbreviated = [abbreviation_mentions(text[start:end], start) if "." in text[start:end] or "," in text[start:end]
                   else [] for start, end in spans]
    regions: set[tuple[str, str]] = set()
    raws = [raw_spans(toks, gazetteer, fuzzy=False) for toks in tokens]  # shared by both passes
    anchors: list = []
    computed = focus_of_tokens(tokens, [m.place for found in abbreviated for m in found if m.place], regions, raws,
                               anchors)
    focus = computed if focus is None else list(focus)
    context: list = []
    found: list[PlaceMention] = []
    persons: set[str] = set()
    for toks in tokens:
        persons |= person_names(toks, gazetteer, cues)
    unresolved: list[int] = []  # sentences where the resolver abstained on a name
    for number, ((start, end), toks) in enumerate(zip(spans, tokens)):
        sentence = text[start:end]
        mentions = places_in_tokens(sentence, toks, offset=start, focus=focus,
                                    context=context[-_CONTEXT:] or None, modifiers=True, persons=persons,
                                    regions=regions, raw=raws[number], anchors=anchors)
        extra = abbreviated[number] + (demonym_mentions(sentence, start) if demonyms else [])
        if extra:
            taken = [(m.start, m.end) for m in mentions]
            mentions += [d for d in extra if not any(a < d.end and d.start < b for a, b in taken)]
            mentions.sort(key=lambda m: m.start)
        if any(m.place is None for m in mentions):
            unresolved.append(number)
        for m in mentions:
            found.append(m)
            if m.place is not None and m.qualifier != "demonym":
                context = [p for p in context if p.id != m.place.id] + [m.place]
    if unresolved:
        found = _second_pass(text, spans, tokens, unresolved, found, focus, persons, regions, anchors)
    return _one_sense(found)


def _one_sense(found: list[PlaceMention]) -> list[PlaceMention]:
    """A name means one place throughout a document: later mentions of a name take the place its first
    resolved mention got ("LONDON, Ky. ... London police")."""
    first: dict[str, object] = {}
    out = []
    for m in found:
        if m.place is None or m.qualifier == "demonym":
            out.append(m)
            continue
        key = normalize(m.text)
        place = first.setdefault(key, m.place)
        if place is not m.place and place.id != m.place.id:
            m = PlaceMention(start=m.start, end=m.end, text=m.text, place=place, score=m.score,
                             precision=m.precision, qualifier=m.qualifier)
        out.append(m)
    return out


def _second_pass(text: str, spans: list[tuple[int, int]], tokens: list, unresolved: list[int],
                 found: list[PlaceMention], focus: list[str], persons: set[str],
                 regions: set[tuple[str, str]] = frozenset(), anchors: list = ()) -> list[PlaceMention]:
    """Resolve again the names the first pass abstained on, with every place the document resolved as
    context (places named later count too: "the town of Teir Maalah in the countryside of Homs")."""
    resolved = list({m.place.id: m.place for m in found if m.place is not None and m.qualifier != "demonym"}.values())
    if not resolved:
        return found
    better: dict[tuple[int, int], PlaceMention] = {}
    for number in unresolved:
        start, end = spans[number]
        for m in places_in_tokens(text[start:end], tokens[number], offset=start, focus=focus,
                                  context=resolved[-_CONTEXT:], modifiers=True, persons=persons,
                                  regions=regions, anchors=anchors):
            if m.place is not None:
                better[(m.start, m.end)] = m
    return [better.get((m.start, m.end), m) if m.place is None else m for m in found]


def place_record(m: PlaceMention) -> dict:
    """Return the `sitroom geoparse` JSON object of a resolved mention (PRODUCT.md contract)."""
    p = m.place
    assert p is not None
    return {
        "start": m.start, "end": m.end, "text": m.text, "name": p.name, "latitude": p.latitude,
        "longitude": p.longitude, "country": p.country, "admin1": p.admin1, "feature": p.feature,
        "gazetteer_id": p.id,
    }


def geoparse_jsonl(lines: list[str], origin: str, hint: list[str] | None = None, demonyms: bool = True) -> list[str]:
    """Geoparse JSONL documents `{"id", "text"}`; return one JSON line `{"id", "places": [...]}` each.

    Every line is checked before any output is made: InputError names `origin`, the line and the reason
    (not JSON, not an object, a missing or non-string `text`, a missing `id`). Blank lines are skipped.
    Mentions the resolver abstains on are left out (they have no coordinates). `hint`: ISO2 codes of
    countries the documents are known to be about, put before each document's own focus. `demonyms`:
    country adjectives count as mentions of the country (as in the gold standards `sitroom eval` uses).
    """
    import json

    from sitroom.errors import InputError

    docs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{origin}:{number}", f"not JSON ({exc.msg})") from None
        if not isinstance(doc, dict):
            raise InputError(f"{origin}:{number}", "expected a JSON object with \"id\" and \"text\"")
        if "id" not in doc:
            raise InputError(f"{origin}:{number}", "missing \"id\"")
        if not isinstance(doc.get("text"), str):
            raise InputError(f"{origin}:{number}", "\"text\" must be a string")
        docs.append(doc)
    out = []
    for doc in docs:
        focus = None
        if hint:
            focus = list(hint) + [c for c in document_focus(doc["text"]) if c not in hint]
        places = [place_record(m) for m in geoparse(doc["text"], focus=focus, demonyms=demonyms)
                  if m.place is not None]
        out.append(json.dumps({"id": doc["id"], "places": places}, ensure_ascii=False))
    return out
