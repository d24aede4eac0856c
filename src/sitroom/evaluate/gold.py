"""Annotated documents (`examples/gold/*.yaml`): event precision/recall and field accuracy.

A gold event and a predicted event match when they have the same event type and either the predicted
event's evidence contains the gold evidence string, or they share the date and lie within 25 km. Pairs
are made greedily, best first. Field accuracy is measured on matched pairs:
sub-event type, date, place within 5 km, actors' sides, fatalities (exact; null = not reported),
source (every voice the gold names, ";"-separated, found among the event's sources by name or
attribution cue), status.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from ..errors import InputError
from ..models import Event, Report

FIELDS = ("sub_event_type", "date", "place", "sides", "fatalities", "source", "status")


@dataclass
class GoldResult:
    documents: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    matched: int = 0
    field_hits: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    misses: list[str] = field(default_factory=list)
    false_events: list[str] = field(default_factory=list)
    field_errors: list[str] = field(default_factory=list)
    not_event_violations: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted_events if self.predicted_events else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_events if self.gold_events else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_accuracy(self) -> dict[str, float]:
        return {f: (self.field_hits[f] / self.matched if self.matched else 0.0) for f in FIELDS}

    @property
    def mean_field_accuracy(self) -> float:
        acc = self.field_accuracy()
        return sum(acc.values()) / len(acc)

    def add(self, other: "GoldResult", label: str) -> None:
        """Pool another set's counts into this one (micro-averaged figures); its listed errors are kept,
        each prefixed with the set's label."""
        self.documents += other.documents
        self.gold_events += other.gold_events
        self.predicted_events += other.predicted_events
        self.matched += other.matched
        for f in FIELDS:
            self.field_hits[f] += other.field_hits[f]
        for mine, theirs in ((self.misses, other.misses), (self.false_events, other.false_events),
                             (self.field_errors, other.field_errors),
                             (self.not_event_violations, other.not_event_violations)):
            mine.extend(f"{label}: {x}" for x in theirs)

    def to_dict(self) -> dict:
        return {
            "documents": self.documents, "gold_events": self.gold_events,
            "predicted_events": self.predicted_events, "matched": self.matched,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "field_accuracy": {k: round(v, 4) for k, v in self.field_accuracy().items()},
            "mean_field_accuracy": round(self.mean_field_accuracy, 4),
            "misses": self.misses, "false_events": self.false_events, "field_errors": self.field_errors,
            "not_event_violations": self.not_event_violations,
        }


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def load(path: Path) -> list[dict]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except yaml.YAMLError as exc:
        raise InputError(str(path), f"not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise InputError(str(path), "expected a mapping with a 'documents' list")
    return data["documents"]


def read_document(path: Path, doc: dict) -> Report:
    """The report a gold document of the file at `path` names."""
    from ..ingest import read_inputs

    # a document path is relative to the gold file's folder, or to its parent (gold/ beside reports/)
    candidates = [(path.parent / doc["file"]).resolve(), (path.parent.parent / doc["file"]).resolve()]
    file = next((c for c in candidates if c.exists()), candidates[0])
    reads = list(read_inputs([str(file)]))
    if not reads or reads[0].report is None:
        reason = reads[0].error.reason if reads and reads[0].error else "could not be read"
        raise InputError(str(file), reason)
    return reads[0].report


def evaluate(path: Path, *, veto: bool = True) -> GoldResult:
    """Score the events sitroom gives for each document of a gold file (`veto=False`: with the eventness
    check off, to see what it changes)."""
    from ..fuse import fuse
    from ..pipeline import analyze_report

    result = GoldResult()
    for doc in load(path):
        report = read_document(path, doc)
        events = fuse(analyze_report(report).claims, veto=veto)
        result.documents += 1
        _score_document(doc, events, report.text, result)
    return result


def _score_document(doc: dict, events: list[Event], text: str, result: GoldResult) -> None:
    gold = doc.get("events") or []
    result.gold_events += len(gold)
    result.predicted_events += len(events)
    name = doc["file"]
    pairs = []
    for gi, g in enumerate(gold):
        for pi, e in enumerate(events):
            s = _match_score(g, e)
            if s > 0:
                pairs.append((s, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for s, gi, pi in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        result.matched += 1
        _score_fields(name, gold[gi], events[pi], result)
    for gi, g in enumerate(gold):
        if gi not in used_g:
            result.misses.append(f"{name}: {g.get('date')} {g.get('sub_event_type')} @ "
                                 f"{(g.get('location') or {}).get('name')} — {g.get('evidence', '')[:60]}")
    for pi, e in enumerate(events):
        if pi not in used_p:
            ev = next((x.text for x in e.evidence if x.field == "sentence"), "")
            result.false_events.append(f"{name}: {e.event_date} {e.sub_event_type} @ "
                                       f"{e.location.name if e.location else None} — {ev[:80]}")
    # a not-event sentence may join an event as a further claim (a denial makes it contested); it is a
    # violation when an event stands on such sentences alone
    phrases = doc.get("not_events") or []
    for e in events:
        sentences = [x.text for x in e.evidence if x.field == "sentence"]
        hits = [p for p in phrases if any(p in t for t in sentences)]
        if hits and all(any(p in t for p in phrases) for t in sentences):
            result.not_event_violations.append(f"{name}: {e.sub_event_type} from '{hits[0][:60]}'")


def _gold_date(g: dict) -> date | None:
    d = g.get("date")
    if isinstance(d, date):
        return d
    return date.fromisoformat(str(d)) if d else None


def _match_score(g: dict, e: Event) -> float:
    if g.get("event_type") != e.event_type:
        return 0.0
    ev_text = " ".join(x.text for x in e.evidence if x.field == "sentence")
    score = 0.0
    if g.get("evidence") and g["evidence"] in ev_text:
        score += 2.0
    loc = g.get("location") or {}
    near = False
    dist = None
    if e.location is not None and loc.get("latitude") is not None:
        dist = km((loc["latitude"], loc["longitude"]), (e.location.latitude, e.location.longitude))
        near = dist <= 25
    if _gold_date(g) == e.event_date and near:
        score += 1.0
    if score == 0:
        return 0.0
    if g.get("sub_event_type") == e.sub_event_type:
        score += 0.5
    if dist is not None:
        # several gold events on one sentence ("marches in Mombasa, Kisumu and Eldoret") pair with the
        # nearest predictions, not in list order
        score += 0.4 * max(0.0, 1.0 - dist / 200.0)
    return score


def _sides(e: Event) -> set[str]:
    return {a.side for a in (e.actor1, e.actor2) if a is not None and a.side}


def _score_fields(name: str, g: dict, e: Event, result: GoldResult) -> None:
    loc = g.get("location") or {}
    checks = {
        "sub_event_type": g.get("sub_event_type") == e.sub_event_type,
        "date": _gold_date(g) == e.event_date,
        "place": e.location is not None and loc.get("latitude") is not None
        and km((loc["latitude"], loc["longitude"]), (e.location.latitude, e.location.longitude)) <= 5,
        "sides": {(g.get(k) or {}).get("side") for k in ("actor1", "actor2") if (g.get(k) or {}).get("side")}
        == _sides(e),
        "fatalities": (g.get("fatalities") is None and e.fatalities is None)
        or (e.fatalities is not None and g.get("fatalities") == e.fatalities.best),
        "source": source_hit(g.get("source"), e.sources),
        "status": g.get("status") == e.status,
    }
    for f, ok in checks.items():
        if ok:
            result.field_hits[f] += 1
        else:
            result.field_errors.append(f"{name}: {g.get('sub_event_type')} {g.get('date')}: {f} wrong "
                                       f"(gold {_gold_value(g, f)!r}, got {_event_value(e, f)!r})")


def source_hit(gold_source, sources) -> bool:
    """True when every voice the gold names (";"-separated) is one of the event's sources.

    A gold voice matches a source when either name contains the other (case-insensitive), or when the
    source's attribution cue contains the gold voice: gold "governor of Baalbek-Hermel" is the source
    sitroom names "Bachir Khodr" from "the governor of Baalbek-Hermel, Bachir Khodr, said".
    """
    voices = [v.strip().lower() for v in str(gold_source or "").split(";") if v.strip()]
    if not voices:
        return False

    def found(voice: str) -> bool:
        for s in sources:
            name = s.name.lower()
            if voice in name or (len(name) >= 3 and name in voice) or voice in (s.cue or "").lower():
                return True
            a, b = _body_words(voice), _body_words(name)
            if a and b and (a <= b or b <= a):
                return True
        return False

    return all(found(v) for v in voices)


_FILLER = frozenset({"of", "the", "a", "an", "for", "and", "s"})


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    from ..knowledge.countries import load_countries

    words: set[str] = set()
    for c in load_countries():
        for form in (c.name, *c.adjectives):
            words.update(re.findall(r"[a-z]+", form.lower()))
    return frozenset(words)


def _body_words(name: str) -> frozenset[str]:
    """The words that name a body, without filler and country words: "Ministry of Defence of Armenia",
    "Armenian defence ministry" and "the defence ministry" are all {ministry, defence}. (A limit: another
    country's defence ministry has the same words; a gold event's source rarely names two of them.)"""
    words = set(re.findall(r"[a-z]+", name.lower())) - _FILLER
    rest = words - _country_words()
    return frozenset(rest if rest else words)


def _gold_value(g: dict, f: str):
    return {"sub_event_type": g.get("sub_event_type"), "date": str(g.get("date")),
            "place": (g.get("location") or {}).get("name"),
            "sides": sorted({(g.get(k) or {}).get("side") for k in ("actor1", "actor2") if g.get(k)} - {None}),
            "fatalities": g.get("fatalities"), "source": g.get("source"), "status": g.get("status")}[f]


def _event_value(e: Event, f: str):
    return {"sub_event_type": e.sub_event_type, "date": e.event_date.isoformat(),
            "place": e.location.name if e.location else None, "sides": sorted(_sides(e)),
            "fatalities": e.fatalities.best if e.fatalities else None,
            "source": [s.name for s in e.sources], "status": e.status}[f]


@dataclass
class PooledResult:
    """Several gold files scored one by one and pooled: each set's figures, and the micro-averaged
    figures over all their events (every matched event weighs the same, whichever set it is in)."""

    sets: dict[str, GoldResult] = field(default_factory=dict)
    pooled: GoldResult = field(default_factory=GoldResult)

    def to_dict(self) -> dict:
        return {"sets": {k: v.to_dict() for k, v in self.sets.items()}, "pooled": self.pooled.to_dict()}


def evaluate_many(paths: list[Path], *, veto: bool = True) -> PooledResult:
    """`evaluate` each file; a set is labelled by its file name without the extension (the folder is
    added when two files share a name)."""
    stems = [p.stem for p in paths]
    result = PooledResult()
    for path in paths:
        label = path.stem if stems.count(path.stem) == 1 else str(path.with_suffix(""))
        if label in result.sets:
            raise InputError(str(path), "given twice")
        one = evaluate(path, veto=veto)
        result.sets[label] = one
        result.pooled.add(one, label)
    return result


def render_many(result: PooledResult) -> str:
    width = max([len(k) for k in result.sets] + [6])
    head = (f"{'set':<{width}}  docs  gold  pred  match      P      R     F1  fields  "
            + "  ".join(f"{_SHORT[f]:>6}" for f in FIELDS))
    rows = [head]
    for label, r in [*result.sets.items(), ("pooled", result.pooled)]:
        acc = r.field_accuracy()
        if label == "pooled":
            rows.append("-" * len(head))
        rows.append(f"{label:<{width}}  {r.documents:>4}  {r.gold_events:>4}  {r.predicted_events:>4}  "
                    f"{r.matched:>5}  {r.precision:.3f}  {r.recall:.3f}  {r.f1:.3f}   {r.mean_field_accuracy:.3f}  "
                    + "  ".join(f"{acc[f]:>6.2f}" for f in FIELDS))
    rows.append("(pooled: micro-averaged over all events of the sets; `sitroom eval gold FILE` lists one "
                "set's misses, false events and field errors)")
    return "\n".join(rows)


_SHORT = {"sub_event_type": "type", "date": "date", "place": "place", "sides": "sides",
          "fatalities": "deaths", "source": "source", "status": "status"}


def render(result: GoldResult) -> str:
    lines = [
        f"gold documents: {result.documents}, gold events {result.gold_events}, "
        f"predicted {result.predicted_events}, matched {result.matched}",
        f"  event precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}",
        f"  field accuracy (mean {result.mean_field_accuracy:.3f}): " + ", ".join(
            f"{k} {v:.2f}" for k, v in result.field_accuracy().items()),
    ]
    for title, items in (("missed", result.misses), ("false events", result.false_events),
                         ("field errors", result.field_errors), ("not-event violations",
                                                                 result.not_event_violations)):
        if items:
            lines.append(f"  {title}:")
            lines += [f"    {x}" for x in items[:30]]
    return "\n".join(lines)
