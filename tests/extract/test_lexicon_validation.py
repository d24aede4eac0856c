"""The trigger lexicon is data, validated at load: a broken file stops with its path, line and reason."""
from __future__ import annotations

import pytest

from sitroom.errors import KnowledgeError
from sitroom.extract.lexicon import find_cues, load_groups

GOOD = """groups:
  air:
    role: weapon
    sub_event_type: Air/drone strike
    patterns:
      - 'air ?strikes?'
"""


def write(tmp_path, text):
    path = tmp_path / "triggers.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_file_loads_and_covers_every_role_it_declares():
    groups = load_groups()
    assert len(groups) > 20
    assert {g.role for g in groups} >= {"weapon", "clash", "gain", "kill", "protest", "agreement", "arrest"}


@pytest.mark.parametrize("broken,line,words", [
    (GOOD.replace("role: weapon", "role: bombard"), 3, "role 'bombard'"),
    (GOOD.replace("Air/drone strike", "Airstrike"), 4, "not an ACLED sub-event type"),
    (GOOD.replace("'air ?strikes?'", "'air (strikes'"), 6, "bad pattern"),
    (GOOD.replace("    patterns:\n      - 'air ?strikes?'\n", "    patterns: []\n"), 5, "non-empty list"),
    (GOOD.replace("    role: weapon\n", "    role: weapon\n    colour: red\n"), 4, "unknown key"),
    ("groups:\n  air:\n\trole: weapon\n", 3, "not valid YAML"),
])
def test_broken_file_names_line_and_reason(tmp_path, broken, line, words):
    path = write(tmp_path, broken)
    with pytest.raises(KnowledgeError) as err:
        load_groups(path)
    assert err.value.path == str(path) and err.value.line == line
    assert words in str(err.value)


@pytest.mark.parametrize("sentence,group,text", [
    ("Regime warplanes struck the town.", "air", "warplanes"),
    ("Two ISIS vehicle-borne suicide bombs hit the column.", "suicide", "vehicle-borne suicide bombs"),
    ("A roadside bomb killed two soldiers.", "ied", "roadside bomb"),
    ("Mortars are still targeting the district.", "shelling", "Mortars"),
])
def test_cues_found_with_sentence_offsets(sentence, group, text):
    cues = [c for c in find_cues(sentence) if c.group == group]
    assert cues and sentence[cues[0].start:cues[0].end] == cues[0].text == text
