"""The eventness model (analyze/eventness.py, data/eventness.json): what it reads, how it is trained, and
how fusion uses it. Sentences here are written for these tests, in the project's own words."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sitroom.analyze import eventness
from sitroom.fuse import fuse
from sitroom.models import Event, Evidence, Fatalities
from sitroom.pipeline import analyze_text

REPO = Path(__file__).resolve().parents[2]

# sentences that tell no incident of their own: a roundup, earlier history, a stance, a legal measure,
# a survivor's memory, a past year, a side remark about an earlier fight
NOT_INCIDENTS = [
    "Smaller rallies were reported in Larissa, Volos and several other towns over the weekend.",
    "Earlier this month a roadside bomb planted by the group wounded two soldiers near Gao.",
    "The minister said the army would not negotiate while the militants were attacking villages.",
    "A curfew giving the army wider powers to detain suspects took effect at dawn.",
    "Survivors said they had hidden under the pews as the shooting went on.",
    "In 2015 the rebels overran the town before being pushed out a year later.",
    "Officials said two men had been questioned over the earlier brawl.",
]
# sentences that do tell one, in the ways news writes them
INCIDENTS = [
    "Gunmen on motorbikes killed 12 villagers in Dinangourou on Tuesday, a local official said.",
    "Police fired tear gas at several thousand protesters marching on parliament in Nairobi on Thursday.",
    "Rebels seized the town of Kidal after a day of fighting with the army, residents said.",
    "A car bomb exploded outside a police station in Kirkuk on Sunday morning, wounding five officers.",
    "Government aircraft struck a market in Maarat al-Numan, the civil defence said.",
    "Hundreds of students gathered outside the university in Dhaka on Monday to demand the release of detained classmates.",
    "Soldiers arrested 14 suspected members of the group in a dawn raid on a village near Maiduguri.",
]


def test_tokens_replace_names_counts_and_years():
    assert eventness.tokens("Last weekend a Serbian policeman was killed in 1998 near Pristina, 12 km away, KFOR said") == [
        "last", "weekend", "a", "<CAP>", "policeman", "was", "killed", "in", "<YEAR>", "near", "<CAP>", "<NUM>",
        "km", "away", "kfor", "said"]


def test_features_hold_words_and_pairs():
    f = eventness.features("Protests were reported in Tunis")
    assert {"protests", "were_reported", "in_<CAP>"} <= f
    assert "Tunis" not in f and "tunis" not in f


def test_the_shipped_model_keeps_every_incident():
    scores = {s: eventness.score(s) for s in INCIDENTS}
    assert all(v >= eventness.THRESHOLD for v in scores.values()), scores


def test_the_shipped_model_reads_most_non_incidents_as_such():
    low = [s for s in NOT_INCIDENTS if eventness.score(s) < eventness.THRESHOLD]
    assert len(low) >= 4, low
    assert statistics.median(eventness.score(s) for s in NOT_INCIDENTS) < eventness.THRESHOLD
    gap = statistics.mean(map(eventness.score, INCIDENTS)) - statistics.mean(map(eventness.score, NOT_INCIDENTS))
    assert gap > 0.5, gap


def test_fusion_drops_an_event_none_of_whose_sentences_reads_as_an_incident():
    # (a sentence the rules still read as an incident: the roundup of smaller rallies no longer is one to them)
    remark = analyze_text(NOT_INCIDENTS[2], "2021-06-14T10:00:00Z")
    assert fuse(remark.claims, veto=False), "the rules read an attack in the side remark"
    assert fuse(remark.claims) == []
    raid = analyze_text(INCIDENTS[0], "2021-06-14T10:00:00Z")
    assert len(fuse(raid.claims)) == len(fuse(raid.claims, veto=False)) == 1


def _event(sentences: list[str], killed: int | None) -> Event:
    return Event(id="e1", event_date=date(2021, 6, 14), time_precision=1, disorder_type="Political violence",
                 event_type="Violence against civilians", sub_event_type="Attack",
                 fatalities=None if killed is None else Fatalities(killed, killed, killed),
                 evidence=[Evidence(report_id="r", entry="", start=0, end=len(s), text=s) for s in sentences])


def test_veto_needs_every_sentence_low_and_no_one_killed():
    low = lambda s: 0.01  # noqa: E731
    high_second = lambda s: 0.9 if s == "b" else 0.01  # noqa: E731
    assert eventness.vetoed(_event(["a"], None), low)
    assert eventness.vetoed(_event(["a"], 0), low)
    assert not eventness.vetoed(_event(["a"], 3), low)
    assert not eventness.vetoed(_event(["a", "b"], None), high_second)
    assert not eventness.vetoed(_event([], None), low)


def test_training_is_deterministic_and_separates_its_data():
    data = [(s, 1) for s in INCIDENTS] + [(s, 0) for s in NOT_INCIDENTS]
    w1 = eventness.train(data, min_df=1)
    assert w1 == eventness.train(data, min_df=1)
    assert all(eventness.score_with(w1, s) > 0.5 for s in INCIDENTS)
    assert all(eventness.score_with(w1, s) < 0.5 for s in NOT_INCIDENTS)


def test_training_needs_both_kinds():
    with pytest.raises(ValueError):
        eventness.train([(s, 1) for s in INCIDENTS])


def test_shipped_weights_come_from_open_data_only_and_match_a_fresh_fit():
    shipped = json.loads((REPO / "src" / "sitroom" / "data" / "eventness.json").read_text(encoding="utf-8"))
    assert shipped["trained_on"] and not any("sealed" in name for name in shipped["trained_on"])
    assert shipped["threshold"] == eventness.THRESHOLD
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "train_eventness.py"), "--check"],
                         capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 0, run.stdout + run.stderr


def test_eval_gold_can_score_with_the_check_off(tmp_path):
    from click.testing import CliRunner

    from sitroom.cli import main

    (tmp_path / "r.txt").write_text(f"---\npublished: 2021-06-14T10:00:00Z\noutlet: test desk\n---\n{NOT_INCIDENTS[2]}\n",
                                    encoding="utf-8")
    (tmp_path / "g.yaml").write_text("documents:\n  - file: r.txt\n    events: []\n    not_events: []\n", encoding="utf-8")
    figures = {}
    for flag in ([], ["--no-eventness"]):
        run = CliRunner().invoke(main, ["eval", "gold", str(tmp_path / "g.yaml"), "--json", *flag])
        assert run.exit_code == 0, run.output
        figures[bool(flag)] = json.loads(run.output)["predicted_events"]
    assert figures == {False: 0, True: 1}
