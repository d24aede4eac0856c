"""`sitroom eval snippets`: coded passages scored by the exact set of sub-event types sitroom gives."""
import json

import pytest
from click.testing import CliRunner

from sitroom.cli import main
from sitroom.errors import InputError
from sitroom.evaluate import snippets

HEAD = "  published: 2021-05-10T09:00:00Z\n"


def item(i, text, expect, category="pair/x"):
    return f"- id: {i}\n  category: {category}\n{HEAD}  text: \"{text}\"\n  expect: {expect}\n"


def write(tmp_path, body, name="s.yaml"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_scores_by_hand(tmp_path, monkeypatch):
    """Four passages whose coding is fixed here, so every figure can be checked by hand."""
    given = {"a": frozenset(), "b": frozenset({"Attack"}), "c": frozenset({"Armed clash"}),
             "d": frozenset({"Attack", "Looting/property destruction"})}
    monkeypatch.setattr(snippets, "code", lambda s: given[s.id])
    path = write(tmp_path, item("a", "x", "[]", "not-event/plan") + item("b", "x", "[]", "not-event/history")
                 + item("c", "x", "[Attack]") + item("d", "x", "[Attack, Looting/property destruction]"))
    r = snippets.evaluate(path)
    assert (r.items, r.correct) == (4, 2)  # a and d
    assert (r.empty_kept, r.empty_items) == (1, 2)
    assert (r.event_exact, r.event_items) == (1, 2)
    # pairs: d gives 2 right; b and c give one wrong type each; c misses Attack
    assert (r.true_pos, r.false_pos, r.false_neg) == (2, 2, 1)
    assert r.precision == 0.5 and r.recall == 2 / 3
    assert dict(r.by_group) == {"not-event": [1, 2], "pair": [1, 2]}
    assert [w["id"] for w in r.wrong] == ["b", "c"]


def test_real_passages_through_the_command(tmp_path):
    path = write(tmp_path, item("plan", "The rebels said they would attack the capital next month.", "[]", "not-event/plan")
                 + item("raid", "Gunmen killed 12 villagers in the village of Koro, Mali, on Saturday, the governor said.",
                        "[Attack]"))
    out = CliRunner().invoke(main, ["eval", "snippets", str(path), "--json"], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["items"] == 2 and data["no_event_items"] == 1 and data["event_items"] == 1
    assert data["accuracy"] == 1.0, data["wrong"]


@pytest.mark.parametrize("body, reason", [
    ("a: 1\n", "expected a list of passages"),
    (item("a", "x", "[Ambush]"), "'Ambush' is not an ACLED sub-event type"),
    (item("a", "x", "[]") + item("a", "y", "[]"), "item 2 (a): id given twice"),
    ("- id: a\n  text: x\n  expect: []\n", "item 1 (a): missing published"),
    (item("a", "x", "Attack"), "expect must be a list"),
])
def test_bad_files_name_the_item_and_the_reason(tmp_path, body, reason):
    path = write(tmp_path, body)
    with pytest.raises(InputError) as err:
        snippets.load(path)
    assert reason in str(err.value) and "s.yaml" in str(err.value)
    out = CliRunner().invoke(main, ["eval", "snippets", str(path)])
    assert out.exit_code != 0 and reason in out.output
