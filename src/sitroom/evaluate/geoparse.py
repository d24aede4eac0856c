"""Geoparsing evaluation: place recognition and resolution against annotated news, and Syrian places.

Two gold formats are read from XML (`evaluate_xml`):

* TR-News (Kamalloo & Rafiei 2018): `<article><text>` with `<toponym><phrase/><start/><end/>
  <gaztag><lat/><lon/></gaztag>`. Its annotators marked country adjectives ("Turkish") as toponyms of
  the country.
* GeoWebNews (Gritta et al. 2019): `<article><text>` with `<toponym><type/><start/><end/>
  <latitude/><longitude/>`. Its taxonomy separates toponyms (Literal, Mixed, Coercion, Metonymic,
  Literal_Modifier, Non_Literal_Modifier, Embedded_Literal, Embedded_Non_Lit) from non-toponyms
  (Demonym, Homonym, Language, Non_Toponym and the common-noun expressions); only toponyms are gold.
  Country adjectives used as modifiers ("Russian officials") are Non_Literal_Modifier toponyms there.

Both sets count country adjectives and modifier uses ("US airstrikes") as toponyms, so predictions are
`sitroom geoparse`'s defaults, which include them (event coding does not).

Scoring. A predicted mention matches a gold toponym when their character spans overlap (one-to-one,
gold in text order, the longest overlap first); `exact_f1` counts only identical spans. Recognition
P/R/F1 count matched spans. End to end, a gold toponym counts as found when a resolved prediction
matches it and lies within 161 km (100 miles) of the gold coordinates (a gold span without coordinates
counts when matched). `acc_161` and `median_km` are over matched pairs whose gold has coordinates.
Predictions are the resolved mentions `sitroom geoparse` prints (abstentions are not predictions).

Syrian Archive (`evaluate_syrian_archive`): each verified-video record has a short description, the
city and neighbourhood it was filmed in and, for some, coordinates; the place list gives coordinates per
(city, neighbourhood). A record is scored when its recorded place has coordinates and its description
names that place (a run of words in the description is spelled like the recorded neighbourhood, or the
city when no neighbourhood is given, on a letter-skeleton comparison that tolerates transliteration).
The prediction is the most specific resolved place in the description (neighbourhood before village or
town before city before a province or country; the first such), geoparsed with Syria as a country hint
(as `sitroom geoparse --focus SY` would: the collection is Syrian); the score is the share within 5 km.
Known gold noise: the place list's coordinates for a few neighbourhoods (Kalaseh, Mashhad) lie tens of
kilometres from the neighbourhoods of the same name.
"""
from __future__ import annotations

import csv
import difflib
import math
import re
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

KM_161 = 161.0
TOPONYM_TYPES = frozenset({
    "Literal", "Mixed", "Coercion", "Metonymic", "Literal_Modifier", "Non_Literal_Modifier",
    "Embedded_Literal", "Embedded_Non_Lit",
})


@dataclass(frozen=True)
class GoldPlace:
    start: int
    end: int
    text: str
    latitude: float | None
    longitude: float | None


@dataclass
class Document:
    id: str
    text: str
    gold: list[GoldPlace]


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    text: str
    latitude: float
    longitude: float
    name: str = ""


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


# ---------------------------------------------------------------- reading gold

def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def read_xml(path: Path) -> tuple[str, list[Document]]:
    """Return (format name, documents) of a TR-News or GeoWebNews XML file."""
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except ET.ParseError as exc:
        raise InputError(str(path), f"not well-formed XML ({exc})") from None
    articles = list(root.iter("article"))
    if not articles:
        raise InputError(str(path), "no <article> elements: not a TR-News or GeoWebNews file")
    kind = "trnews" if root.find(".//gaztag") is not None or root.find(".//phrase") is not None else "geowebnews"
    docs = []
    for n, art in enumerate(articles):
        text = art.findtext("text")
        if text is None:
            raise InputError(str(path), f"article {n + 1} has no <text>")
        gold = []
        for tp in art.iter("toponym"):
            try:
                start, end = int(tp.findtext("start")), int(tp.findtext("end"))
            except (TypeError, ValueError):
                raise InputError(str(path), f"article {n + 1}: toponym without integer start/end") from None
            if kind == "trnews":
                tag = tp.find("gaztag")
                lat = _float(tag.findtext("lat")) if tag is not None else None
                lon = _float(tag.findtext("lon")) if tag is not None else None
            else:
                if tp.findtext("type") not in TOPONYM_TYPES:
                    continue
                lat, lon = _float(tp.findtext("latitude")), _float(tp.findtext("longitude"))
            if lat is None or lon is None:
                lat = lon = None
            phrase = tp.findtext("phrase") if kind == "trnews" else tp.findtext("extractedName")
            start, end = _align(text, start, end, phrase)
            gold.append(GoldPlace(start, end, text[start:end], lat, lon))
        gold.sort(key=lambda g: (g.start, g.end))
        docs.append(Document(art.get("docid") or art.get("file") or str(n), text, gold))
    return kind, docs


def _align(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """Return the span of `phrase` at or nearest to `start` (within 200 characters) when the given offsets
    do not hold it: a few gold articles count offsets over a differently normalised text."""
    phrase = (phrase or "").strip()
    if not phrase or text[start:end] == phrase:
        return start, end
    best = None
    for m in re.finditer(re.escape(phrase), text[max(0, start - 200):start + 200 + len(phrase)]):
        at = max(0, start - 200) + m.start()
        if best is None or abs(at - start) < abs(best - start):
            best = at
    return (best, best + len(phrase)) if best is not None else (start, end)


# ---------------------------------------------------------------- scoring

@dataclass
class GeoparseResult:
    kind: str
    documents: int
    gold: int
    predicted: int
    matched: int
    exact: int
    correct: int  # matched, resolved within 161 km (or gold without coordinates)
    with_coordinates: int  # matched pairs whose gold has coordinates
    within_161: int
    errors_km: list[float] = field(default_factory=list, repr=False)
    missed: Counter = field(default_factory=Counter, repr=False)
    spurious: Counter = field(default_factory=Counter, repr=False)
    far: Counter = field(default_factory=Counter, repr=False)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    @property
    def exact_f1(self) -> float:
        p = self.exact / self.predicted if self.predicted else 0.0
        r = self.exact / self.gold if self.gold else 0.0
        return self._f1(p, r)

    @property
    def e2e_precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def e2e_recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def e2e_f1(self) -> float:
        return self._f1(self.e2e_precision, self.e2e_recall)

    @property
    def acc_161(self) -> float:
        return self.within_161 / self.with_coordinates if self.with_coordinates else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else 0.0

    def to_dict(self) -> dict:
        r = lambda x: round(x, 4)  # noqa: E731
        return {
            "format": self.kind, "documents": self.documents, "gold": self.gold, "predicted": self.predicted,
            "matched": self.matched, "precision": r(self.precision), "recall": r(self.recall), "f1": r(self.f1),
            "exact_f1": r(self.exact_f1), "e2e_precision": r(self.e2e_precision),
            "e2e_recall": r(self.e2e_recall), "e2e_f1": r(self.e2e_f1), "acc_161": r(self.acc_161),
            "median_km": round(self.median_km, 1), "resolved_pairs": self.with_coordinates,
            "top_missed": self.missed.most_common(15), "top_spurious": self.spurious.most_common(15),
            "top_far": self.far.most_common(15),
        }


def match(gold: list[GoldPlace], predicted: list[Predicted]) -> list[tuple[GoldPlace, Predicted]]:
    """Pair gold and predicted spans one-to-one by overlap (largest overlap first)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def score_documents(kind: str, docs: list[Document], predictions: list[list[Predicted]]) -> GeoparseResult:
    res = GeoparseResult(kind, len(docs), 0, 0, 0, 0, 0, 0, 0)
    for doc, preds in zip(docs, predictions):
        res.gold += len(doc.gold)
        res.predicted += len(preds)
        pairs = match(doc.gold, preds)
        res.matched += len(pairs)
        gm = {id(g) for g, _ in pairs}
        pm = {id(p) for _, p in pairs}
        res.missed.update(g.text for g in doc.gold if id(g) not in gm)
        res.spurious.update(p.text for p in preds if id(p) not in pm)
        for g, p in pairs:
            if (g.start, g.end) == (p.start, p.end):
                res.exact += 1
            if g.latitude is None:
                res.correct += 1
                continue
            d = km(g.latitude, g.longitude, p.latitude, p.longitude)
            res.with_coordinates += 1
            res.errors_km.append(d)
            if d <= KM_161:
                res.within_161 += 1
                res.correct += 1
            else:
                res.far[f"{g.text} -> {p.name}"] += 1
    return res


def predict(text: str, *, demonyms: bool) -> list[Predicted]:
    """The resolved place mentions sitroom finds in `text`."""
    from ..geo.document import geoparse

    out = []
    for m in geoparse(text, demonyms=demonyms):
        if m.place is not None:
            out.append(Predicted(m.start, m.end, m.text, m.place.latitude, m.place.longitude, m.place.name))
    return out


def evaluate_xml(path: Path, progress: bool = False) -> GeoparseResult:
    """Score sitroom's geoparser on a TR-News or GeoWebNews XML file."""
    kind, docs = read_xml(path)
    iterator = docs
    if progress:
        from tqdm import tqdm

        iterator = tqdm(docs, desc=f"geoparse {kind}", unit="doc", leave=False)
    predictions = [predict(d.text, demonyms=True) for d in iterator]
    return score_documents(kind, docs, predictions)


def render(result: GeoparseResult) -> str:
    lines = [
        f"geoparsing ({result.kind}): {result.documents} documents, {result.gold} gold toponyms, "
        f"{result.predicted} predicted",
        f"  recognition P/R/F1:       {result.precision:.3f} / {result.recall:.3f} / {result.f1:.3f}"
        f"   (exact spans F1 {result.exact_f1:.3f})",
        f"  end-to-end P/R/F1 (161km): {result.e2e_precision:.3f} / {result.e2e_recall:.3f} / {result.e2e_f1:.3f}",
        f"  accuracy within 161 km:    {result.acc_161:.3f} of {result.with_coordinates} found places",
        f"  median error:              {result.median_km:.1f} km",
    ]
    for title, counter in (("missed", result.missed), ("spurious", result.spurious), ("far", result.far)):
        if counter:
            lines.append(f"  most frequent {title}: " + ", ".join(f"{k} ({n})" for k, n in counter.most_common(10)))
    return "\n".join(lines)


# ---------------------------------------------------------------- Syrian Archive

SPECIFICITY = {
    "neighbourhood": 0, "district": 0, "landmark": 0, "checkpoint": 0, "field": 0,
    "village": 1, "town": 1, "front": 1, "city": 2, "admin2": 3, "admin1": 4, "region": 4, "country": 5,
}
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F'’]+")


def _skeleton(text: str) -> str:
    """Lowercase letters without vowels, doubled letters, apostrophes or an 'al' article (for matching
    spellings like 'Maret Numan' ~ 'Maart al noman')."""
    from ..geo.names import normalize

    key = normalize(text).replace(" al ", " ")
    key = re.sub(r"[^a-z]", "", key)
    key = re.sub(r"[aeiouyw]", "", key)
    return re.sub(r"(.)\1+", r"\1", key)


def names_place(description: str, name: str) -> bool:
    """Return whether a run of words in `description` is spelled like `name` (letter skeletons)."""
    target = _skeleton(name)
    if len(target) < 2:
        return False
    words = _WORD.findall(description)
    n = max(1, len(name.replace("-", " ").split()))
    for size in {max(1, n - 1), n, n + 1}:
        for i in range(len(words) - size + 1):
            cand = _skeleton(" ".join(words[i:i + size]))
            if cand and difflib.SequenceMatcher(None, cand, target).ratio() >= 0.8:
                return True
    return False


@dataclass
class ArchiveResult:
    records: int
    scored: int
    within_5km: int
    resolved: int
    errors_km: list[float] = field(default_factory=list, repr=False)
    misses: Counter = field(default_factory=Counter, repr=False)

    @property
    def share_5km(self) -> float:
        return self.within_5km / self.scored if self.scored else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else 0.0

    def to_dict(self) -> dict:
        return {
            "records": self.records, "scored": self.scored, "resolved": self.resolved,
            "within_5km": self.within_5km, "share_5km": round(self.share_5km, 4),
            "median_km": round(self.median_km, 2), "top_misses": self.misses.most_common(20),
        }


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


def _na(value: str | None) -> str:
    value = (value or "").strip()
    return "" if value.upper() == "NA" else value


def read_archive(folder: Path) -> list[tuple[str, str, float, float]]:
    """Return (description, recorded place name, latitude, longitude) for the records of a Syrian
    Archive folder whose recorded place has coordinates."""
    violations = folder / "seankross_violations.csv"
    places_path = folder / "seankross_syrian_places.csv"
    rows = _read_csv(violations)
    if rows and not {"Description", "City", "Neighborhood", "Latitude", "Longitude"} <= set(rows[0]):
        raise InputError(str(violations), "expected columns Description, City, Neighborhood, Latitude, Longitude")
    known: dict[tuple[str, str], tuple[float, float]] = {}
    for p in _read_csv(places_path):
        lat, lon = _float(_na(p.get("Latitude"))), _float(_na(p.get("Longitude")))
        if lat is not None and lon is not None:
            known[(_na(p.get("City")).lower(), _na(p.get("Neighborhood")).lower())] = (lat, lon)
    out = []
    for r in rows:
        city, hood = _na(r["City"]), _na(r["Neighborhood"])
        name = hood or city
        if not name:
            continue
        lat, lon = _float(_na(r["Latitude"])), _float(_na(r["Longitude"]))
        if lat is None or lon is None:
            lat, lon = known.get((city.lower(), hood.lower()), (None, None))
        if lat is None or lon is None:
            continue
        out.append((r["Description"] or "", name, lat, lon))
    return out


def best_place(text: str, hint: list[str] | None = None):
    """The most specific resolved place in `text` (first of equally specific ones), or None. `hint`:
    countries the collection is known to be about, put before the text's own focus."""
    from ..geo.document import geoparse
    from ..geo.resolve import document_focus

    focus = list(hint or []) + [c for c in document_focus(text) if c not in (hint or [])]
    found = [m.place for m in geoparse(text, focus=focus) if m.place is not None]
    if not found:
        return None
    return min(enumerate(found), key=lambda ip: (SPECIFICITY.get(ip[1].feature, 1), ip[0]))[1]


def evaluate_syrian_archive(folder: Path, progress: bool = False) -> ArchiveResult:
    """Share of Syrian Archive records naming their place that sitroom puts within 5 km of it."""
    if not folder.is_dir():
        raise InputError(str(folder), "not a folder (expected the syrian-archive folder of ../shared/eval)")
    records = read_archive(folder)
    res = ArchiveResult(len(records), 0, 0, 0)
    iterator = records
    if progress:
        from tqdm import tqdm

        iterator = tqdm(records, desc="syrian-archive", unit="record", leave=False)
    for description, name, lat, lon in iterator:
        if not names_place(description, name):
            continue
        res.scored += 1
        place = best_place(description, ["SY"])
        if place is None:
            res.misses[f"{name} (none)"] += 1
            continue
        res.resolved += 1
        d = km(lat, lon, place.latitude, place.longitude)
        res.errors_km.append(d)
        if d <= 5.0:
            res.within_5km += 1
        else:
            res.misses[f"{name} -> {place.name}"] += 1
    return res


def render_archive(result: ArchiveResult) -> str:
    lines = [
        f"Syrian Archive: {result.records} records with a recorded place, {result.scored} name it in the description",
        f"  within 5 km:   {result.share_5km:.3f} ({result.within_5km} of {result.scored}; "
        f"{result.resolved} resolved)",
        f"  median error:  {result.median_km:.2f} km",
    ]
    if result.misses:
        lines.append("  most frequent misses: " + ", ".join(f"{k} ({n})" for k, n in result.misses.most_common(12)))
    return "\n".join(lines)
