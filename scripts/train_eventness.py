"""Train the eventness model (src/sitroom/data/eventness.json) from the project's OPEN gold documents,
the open half of the challenge passages and the hand-written sentences of tests/data/eventness/*.yaml, or
measure it by leave-one-set-out.

    python scripts/train_eventness.py            # write src/sitroom/data/eventness.json
    python scripts/train_eventness.py --check    # exit 1 if the shipped weights differ from a fresh fit
    python scripts/train_eventness.py --loso     # per open set: F1 without the veto, and with a model
                                                 # trained on the other open sets only

Positive sentences are those a gold event cites as its evidence; negative ones are the gold's
`not_events` (a sentence listed there that also holds an event's evidence is left out). The sentence
files are lists of {text, incident: true|false, kind}; they are always trained on (also in --loso). Sealed sets
(`examples/gold/sealed*.yaml`, `tests/data/challenge/sealed.yaml`) are never read.
"""
from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import yaml  # noqa: E402

from sitroom.evaluate import gold  # noqa: E402
from sitroom.analyze import eventness  # noqa: E402
from sitroom.fuse import fuse  # noqa: E402
from sitroom.ingest import segment, split_sentences  # noqa: E402
from sitroom.pipeline import analyze_report  # noqa: E402

GOLD = REPO / "examples" / "gold"
CHALLENGE = REPO / "tests" / "data" / "challenge" / "open.yaml"
SENTENCES = REPO / "tests" / "data" / "eventness"
OUT = REPO / "src" / "sitroom" / "data" / "eventness.json"


def open_sets() -> list[Path]:
    # retold*.yaml retell other open sets' reports in new wording to measure how general the tuned
    # model and rules are; training on them would spoil that measurement, so they are left out too
    return sorted(p for p in GOLD.glob("*.yaml") if not p.name.startswith(("sealed", "retold")))


def _sentence(report, sentences, phrase: str) -> str | None:
    at = report.text.find(phrase)
    if at < 0:
        return None
    return next((s.text for s in sentences if s.start <= at < s.end), None)


def samples_of(path: Path) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for doc in gold.load(path):
        report = gold.read_document(path, doc)
        sentences = split_sentences(report, segment(report))
        told = {_sentence(report, sentences, g["evidence"]) for g in doc.get("events") or [] if g.get("evidence")}
        told.discard(None)
        quiet = {_sentence(report, sentences, p) for p in doc.get("not_events") or []}
        quiet.discard(None)
        out += [(s, 1) for s in sorted(told)] + [(s, 0) for s in sorted(quiet - told)]
    return out


def challenge_samples() -> list[tuple[str, int]]:
    if not CHALLENGE.exists():
        return []
    items = yaml.safe_load(CHALLENGE.read_text(encoding="utf-8"))
    return [(item["text"], 1 if item.get("expect") else 0) for item in items]


def sentence_files() -> list[Path]:
    return sorted(SENTENCES.glob("*.yaml"))


def sentence_samples() -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for path in sentence_files():
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        out += [(item["text"], 1 if item["incident"] else 0) for item in items]
    return out


def fit(per_set: list[list[tuple[str, int]]]) -> dict[str, float]:
    """Weights from the gold sets' samples (one list per set) and the always-trained passages and sentences."""
    return eventness.train([s for samples in per_set for s in samples] + challenge_samples() + sentence_samples())


def payload(sets: list[Path], weights: dict[str, float]) -> dict:
    return {"about": "sitroom eventness model: see src/sitroom/analyze/eventness.py; "
                     "written by scripts/train_eventness.py",
            "trained_on": [p.name for p in sets] + ([str(CHALLENGE.relative_to(REPO))] if CHALLENGE.exists() else [])
                          + [str(p.relative_to(REPO)) for p in sentence_files()],
            "threshold": eventness.THRESHOLD, "weights": weights}


def _line(name: str, before: gold.GoldResult, after: gold.GoldResult) -> str:
    return (f"{name:10s} F1 {before.f1:.3f} -> {after.f1:.3f}  (P {before.precision:.3f} -> {after.precision:.3f},"
            f" R {before.recall:.3f} -> {after.recall:.3f}; fields {before.mean_field_accuracy:.3f} -> "
            f"{after.mean_field_accuracy:.3f})")


def loso() -> None:
    sets = open_sets()
    samples = {p: samples_of(p) for p in sets}  # each set read once, not once per fold
    before_all, after_all = gold.GoldResult(), gold.GoldResult()
    for held in sets:
        scorer = partial(eventness.score_with, fit([samples[p] for p in sets if p != held]))
        before, after = gold.GoldResult(), gold.GoldResult()
        for doc in gold.load(held):
            report = gold.read_document(held, doc)
            events = fuse(analyze_report(report).claims, veto=False)
            gold._score_document(doc, events, report.text, before)
            gold._score_document(doc, [e for e in events if not eventness.vetoed(e, scorer)], report.text, after)
        before_all.add(before, held.stem)
        after_all.add(after, held.stem)
        print(_line(held.stem, before, after), flush=True)
    print(_line("pooled", before_all, after_all))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare the shipped weights with a fresh fit")
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out figures over the open gold sets")
    ap.add_argument("--threshold", type=float, default=eventness.THRESHOLD,
                    help=f"veto threshold for --loso (default {eventness.THRESHOLD})")
    args = ap.parse_args()
    if args.loso:
        eventness.THRESHOLD = args.threshold
        loso()
        return 0
    if args.threshold != eventness.THRESHOLD:
        ap.error("--threshold only applies to --loso (the shipped threshold is eventness.THRESHOLD)")
    sets = open_sets()
    text = json.dumps(payload(sets, fit([samples_of(p) for p in sets])), indent=0, sort_keys=True) + "\n"
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.relative_to(REPO)}: {'matches a fresh fit' if same else 'differs from a fresh fit; run scripts/train_eventness.py'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(json.loads(text)['weights'])} weights from {len(sets)} open gold sets"
          f" and {len(sentence_files())} sentence file(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
