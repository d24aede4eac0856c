"""Event-place linking against Halterman (2019) "Geolocating Political Events in Text" (MIT licence):
sentences with the event verb's span and the span(s) of the place where it happened (none when the
sentence does not say where).

Each record's sentence is geoparsed (`find_places`, event-coding mode) and `geo.link.event_place`
picks the event's place for the verb. A prediction is correct when it overlaps a gold location span;
predicting a place for a record with no gold location is a false positive, predicting none where the
gold names one a false negative. `gold` scores the records the authors relabelled (source RELABEL),
`all` every accepted record. Reported: precision, recall, F1, and accuracy over all records (a record
is right when the prediction overlaps a gold span, or when both are empty); and, because many records
leave the location empty where the sentence plainly names it ("demonstrated in Beirut"), the same
precision and recall over the records whose gold names a place (`located_*`).
"""
from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


@dataclass
class LinkResult:
    records: int = 0
    with_location: int = 0
    predicted: int = 0
    correct: int = 0
    right: int = 0
    located_predicted: int = 0  # predictions on records whose gold names a place

    @property
    def located_precision(self) -> float:
        return self.correct / self.located_predicted if self.located_predicted else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.with_location if self.with_location else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.records if self.records else 0.0

    def to_dict(self) -> dict:
        return {"records": self.records, "with_location": self.with_location, "predicted": self.predicted,
                "correct": self.correct, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "accuracy": round(self.accuracy, 4),
                "located_precision": round(self.located_precision, 4), "located_recall": round(self.recall, 4)}


def read_records(path: Path) -> list[dict]:
    """Return the records of the labelled file (a JSON list, plain or inside a .zip)."""
    try:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if n.endswith(".jsonl") and not n.startswith("__MACOSX")]
                if not names:
                    raise InputError(str(path), "no .jsonl file inside the archive")
                raw = archive.read(names[0]).decode("utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except zipfile.BadZipFile:
        raise InputError(str(path), "not a zip archive") from None
    try:
        records = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(records, list):
        raise InputError(str(path), "expected a JSON list of records")
    return records


def evaluate(path: Path, subset: str = "gold") -> LinkResult:
    """Score event-place linking on the RELABEL records (`gold`) or every accepted record (`all`)."""
    from ..geo import document_focus, find_places
    from ..geo.link import event_place

    result = LinkResult()
    for rec in read_records(path):
        if subset == "gold" and rec.get("source") != "RELABEL":
            continue
        if rec.get("answer") != "accept" or not isinstance(rec.get("text"), str) or not rec.get("spans"):
            continue
        spans = rec.get("spans") or []
        verbs = [s for s in spans if s.get("label") == "VERB"]
        if len(verbs) != 1:
            continue
        text = rec["text"]
        gold = [(s["start"], s["end"]) for s in spans if s.get("label") == "LOCATION" and s["end"] > s["start"]]
        focus = document_focus(text)
        mentions = find_places(text, focus=focus)
        chosen = event_place(text, mentions, verbs[0]["start"], verbs[0]["end"], focus=focus)
        hit = chosen is not None and any(a < chosen.end and chosen.start < b for a, b in gold)
        result.records += 1
        result.with_location += bool(gold)
        result.predicted += chosen is not None
        result.correct += hit
        result.located_predicted += chosen is not None and bool(gold)
        result.right += hit or (chosen is None and not gold)
    return result


def render(result: LinkResult, subset: str) -> str:
    return "\n".join([
        f"event-location ({subset}): {result.records} sentences, {result.with_location} name where the event was",
        f"  linked place P/R/F1: {result.precision:.3f} / {result.recall:.3f} / {result.f1:.3f}"
        f"   ({result.correct} right of {result.predicted} predicted)",
        f"  accuracy (place or none): {result.accuracy:.3f}",
        f"  where the gold names a place: precision {result.located_precision:.3f}, recall {result.recall:.3f}",
    ])
