"""Coded passages (YAML): does sitroom give exactly the ACLED sub-event types an expert coder records?

A snippet file is a list of short passages, each with the sub-event types a coder would record from it
(`expect: []` for a passage that tells no event: history, totals, plans, reactions, trials, ...):

    - id: pair-demo-03
      category: pair/demo-subtypes
      published: 2019-03-24T08:00:00Z
      text: "Police fired tear gas to break up a sit-in outside parliament on Saturday."
      expect: [Protest with intervention]
      why: "intervention against a peaceful protest, no one killed"

A passage is right when the set of sub-event types of the events sitroom fuses from it is the expected
set. Besides that exact accuracy, the scorer gives the share of no-event passages that stay empty, the
share of event passages coded exactly, and precision/recall/F1 over (passage, sub-event type) pairs.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

from ..errors import InputError
from .case2021 import LABELS

SUB_EVENT_TYPES = frozenset(LABELS.values())


@dataclass
class Snippet:
    id: str
    category: str
    published: datetime | date | str
    text: str
    expect: frozenset[str]


@dataclass
class SnippetResult:
    items: int = 0
    correct: int = 0
    empty_items: int = 0  # passages that tell no event
    empty_kept: int = 0  # ... for which sitroom gives none
    event_items: int = 0
    event_exact: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    by_group: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # right, all
    wrong: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.items if self.items else 0.0

    @property
    def empty_rate(self) -> float:
        return self.empty_kept / self.empty_items if self.empty_items else 0.0

    @property
    def event_rate(self) -> float:
        return self.event_exact / self.event_items if self.event_items else 0.0

    @property
    def precision(self) -> float:
        n = self.true_pos + self.false_pos
        return self.true_pos / n if n else 0.0

    @property
    def recall(self) -> float:
        n = self.true_pos + self.false_neg
        return self.true_pos / n if n else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "items": self.items, "correct": self.correct, "accuracy": round(self.accuracy, 4),
            "no_event_items": self.empty_items, "no_event_kept": round(self.empty_rate, 4),
            "event_items": self.event_items, "event_exact": round(self.event_rate, 4),
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "groups": {g: {"right": r, "items": n, "accuracy": round(r / n, 4)}
                       for g, (r, n) in sorted(self.by_group.items())},
            "wrong": self.wrong,
        }


def load(path: Path) -> list[Snippet]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not valid UTF-8 ({exc.reason})") from None
    except yaml.YAMLError as exc:
        raise InputError(str(path), f"not valid YAML: {exc}") from None
    if not isinstance(data, list):
        raise InputError(str(path), "expected a list of passages")
    snippets, seen = [], set()
    for n, item in enumerate(data, 1):
        where = f"item {n}" + (f" ({item.get('id')})" if isinstance(item, dict) and item.get("id") else "")
        if not isinstance(item, dict):
            raise InputError(str(path), f"{where}: expected a mapping")
        missing = [k for k in ("id", "text", "published", "expect") if item.get(k) is None]
        if missing:
            raise InputError(str(path), f"{where}: missing {', '.join(missing)}")
        if item["id"] in seen:
            raise InputError(str(path), f"{where}: id given twice")
        seen.add(item["id"])
        expect = item["expect"]
        if not isinstance(expect, list):
            raise InputError(str(path), f"{where}: expect must be a list of sub-event types")
        unknown = [x for x in expect if x not in SUB_EVENT_TYPES]
        if unknown:
            raise InputError(str(path), f"{where}: {unknown[0]!r} is not an ACLED sub-event type")
        snippets.append(Snippet(str(item["id"]), str(item.get("category") or "uncategorised"),
                                item["published"], str(item["text"]), frozenset(expect)))
    return snippets


def code(snippet: Snippet) -> frozenset[str]:
    """The sub-event types of the events sitroom fuses from one passage."""
    from ..fuse import fuse
    from ..pipeline import analyze_text

    published = snippet.published
    if isinstance(published, date) and not isinstance(published, datetime):
        published = datetime(published.year, published.month, published.day)
    try:
        analyzed = analyze_text(snippet.text, published)
    except ValueError as exc:
        raise InputError(snippet.id, str(exc)) from None
    return frozenset(e.sub_event_type for e in fuse(analyzed.claims))


def evaluate(path: Path) -> SnippetResult:
    result = SnippetResult()
    for s in load(path):
        got = code(s)
        right = got == s.expect
        result.items += 1
        result.correct += right
        if s.expect:
            result.event_items += 1
            result.event_exact += right
        else:
            result.empty_items += 1
            result.empty_kept += not got
        result.true_pos += len(got & s.expect)
        result.false_pos += len(got - s.expect)
        result.false_neg += len(s.expect - got)
        group = result.by_group[s.category.split("/")[0]]
        group[0] += right
        group[1] += 1
        if not right:
            result.wrong.append({"id": s.id, "category": s.category, "expect": sorted(s.expect),
                                 "got": sorted(got)})
    return result


def render(result: SnippetResult) -> str:
    lines = [
        f"passages: {result.items}, coded exactly {result.correct} ({result.accuracy:.3f})",
        f"  no-event passages kept empty: {result.empty_kept}/{result.empty_items} ({result.empty_rate:.3f})",
        f"  event passages coded exactly: {result.event_exact}/{result.event_items} ({result.event_rate:.3f})",
        f"  sub-event types: precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}",
        "  by category: " + ", ".join(f"{g} {r}/{n}" for g, (r, n) in sorted(result.by_group.items())),
    ]
    if result.wrong:
        lines.append("  wrong:")
        for w in result.wrong[:60]:
            lines.append(f"    {w['id']} ({w['category']}): expected {w['expect'] or 'no event'}, "
                         f"got {w['got'] or 'no event'}")
        if len(result.wrong) > 60:
            lines.append(f"    ... and {len(result.wrong) - 60} more (--json lists all)")
    return "\n".join(lines)
