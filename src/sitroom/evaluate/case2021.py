"""CASE 2021 Task 2 (fine-grained event classification): snippets -> ACLED sub-event type.

Scoring: per-class precision/recall/F1 over the 25 ACLED sub-event types; a prediction of an ACLED type
on a non-ACLED row (disasters, organised crime, diplomacy, attribution) counts as a false positive of
that type, and no prediction on an ACLED row is a false negative. Weighted F1 weights each ACLED class by
its gold support (as the shared task did); macro F1 is the plain mean over classes with gold support.
"""
from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

# The task's label codes and the ACLED sub-event types they stand for (facts from the task's label file).
LABELS = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
NON_ACLED = {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"}


@dataclass
class Case2021Result:
    rows: int
    acled_rows: int
    weighted_f1: float
    macro_f1: float
    accuracy: float
    non_acled_rows: int
    non_acled_no_event: float
    per_class: dict[str, dict[str, float]] = field(default_factory=dict)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "rows": self.rows, "acled_rows": self.acled_rows, "weighted_f1": round(self.weighted_f1, 4),
            "macro_f1": round(self.macro_f1, 4), "accuracy": round(self.accuracy, 4),
            "non_acled_rows": self.non_acled_rows, "non_acled_no_event": round(self.non_acled_no_event, 4),
            "per_class": self.per_class,
            "confusions": [{"gold": g, "predicted": p, "count": n} for g, p, n in self.confusions],
        }


def read_rows(path: Path) -> list[tuple[str, str, str]]:
    """(id, text, gold label) rows of a CASE 2021 Task 2 TSV."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            need = {"id", "EventSnippet", "SubType"}
            if not need <= set(reader.fieldnames or []):
                raise InputError(str(path), f"expected columns {sorted(need)}, found {reader.fieldnames}")
            rows = [(r["id"], r["EventSnippet"] or "", r["SubType"]) for r in reader]
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    unknown = {g for _, _, g in rows if g not in LABELS and g not in NON_ACLED}
    if unknown:
        raise InputError(str(path), f"unknown labels {sorted(unknown)}")
    return rows


def score(gold: list[str], predicted: list[str]) -> Case2021Result:
    """Scores for gold task labels and predicted ACLED sub-event types ('' = no event)."""
    classes = sorted(LABELS.values())
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    support: Counter = Counter()
    confusion: Counter = Counter()
    correct = 0
    acled = 0
    non_acled = 0
    non_acled_empty = 0
    for g, p in zip(gold, predicted):
        gsub = LABELS.get(g)
        if gsub is None:
            non_acled += 1
            if not p:
                non_acled_empty += 1
            else:
                fp[p] += 1
                confusion[(g, p)] += 1
            continue
        acled += 1
        support[gsub] += 1
        if p == gsub:
            tp[gsub] += 1
            correct += 1
        else:
            fn[gsub] += 1
            if p:
                fp[p] += 1
            confusion[(gsub, p or "(none)")] += 1
    per_class: dict[str, dict[str, float]] = {}
    for c in classes:
        prec = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        rec = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_class[c] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                        "support": support[c]}
    total = sum(support.values()) or 1
    weighted = sum(per_class[c]["f1"] * support[c] for c in classes) / total
    with_support = [c for c in classes if support[c]]
    macro = sum(per_class[c]["f1"] for c in with_support) / (len(with_support) or 1)
    return Case2021Result(
        rows=len(gold), acled_rows=acled, weighted_f1=weighted, macro_f1=macro,
        accuracy=correct / (acled or 1), non_acled_rows=non_acled,
        non_acled_no_event=non_acled_empty / (non_acled or 1), per_class=per_class,
        confusions=sorted(((g, p, n) for (g, p), n in confusion.items()), key=lambda t: (-t[2], t[0], t[1]))[:20],
    )


def evaluate(path: Path, progress: bool = False) -> Case2021Result:
    from ..pipeline import classify_text

    rows = read_rows(path)
    iterator = rows
    if progress:
        from tqdm import tqdm

        iterator = tqdm(rows, desc="case2021", unit="row", leave=False)
    predicted = []
    for _, text, _ in iterator:
        found = classify_text(text)
        predicted.append(found[1] if found else "")
    return score([g for _, _, g in rows], predicted)


def render(result: Case2021Result) -> str:
    lines = [
        f"CASE 2021 Task 2: {result.rows} rows ({result.acled_rows} ACLED, {result.non_acled_rows} non-ACLED)",
        f"  weighted F1 (25 ACLED types): {result.weighted_f1:.3f}",
        f"  macro F1:                     {result.macro_f1:.3f}",
        f"  accuracy on ACLED rows:       {result.accuracy:.3f}",
        f"  non-ACLED rows with no event: {result.non_acled_no_event:.3f}",
        "",
        f"  {'sub-event type':38} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}",
    ]
    for c, m in sorted(result.per_class.items(), key=lambda kv: -kv[1]["support"]):
        lines.append(f"  {c:38} {m['precision']:6.2f} {m['recall']:6.2f} {m['f1']:6.2f} {m['support']:4d}")
    if result.confusions:
        lines += ["", "  most frequent confusions (gold -> predicted):"]
        for g, p, n in result.confusions[:12]:
            lines.append(f"  {n:4d}  {g} -> {p}")
    return "\n".join(lines)
