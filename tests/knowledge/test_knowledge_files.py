"""The shipped knowledge files load; broken ones fail with the file, line and key that is wrong."""
from __future__ import annotations

import textwrap

import pytest

from sitroom.errors import KnowledgeError
from sitroom.knowledge.actor_book import load_book
from sitroom.knowledge.sources import load_sources

GENERIC = """\
generic:
  civilians:
    pattern: "Civilians ({country})"
    bare: Civilians
    inter: 7
    side: civilian
    words: [civilians]
"""


def test_shipped_actors_load_and_validate():
    book = load_book()
    assert {"islamic_state", "jabhat_al_nusra", "hts", "ndf", "sdf"} <= set(book.groups)
    assert book.states["Syria"].period(None) == "2024-"
    assert all(1 <= (g.inter or book.kinds[g.generic].inter) <= 8 for g in book.groups.values())


def test_shipped_sources_load_and_validate():
    sources = load_sources()
    assert sources["eldorar"].stance_in("Syria") == "pro-opposition"
    assert sources["amaq"].party == "islamic_state"


def _actors(tmp_path, groups: str):
    path = tmp_path / "actors.yaml"
    path.write_text(GENERIC + "groups:\n" + textwrap.indent(textwrap.dedent(groups), "  "), encoding="utf-8")
    return path


# GENERIC is 7 lines; "groups:" is line 8, so the first group key is line 9.
@pytest.mark.parametrize(
    ("groups", "line", "words"),
    [
        ("a:\n  name: A\n  inter: 2\n  side: opposition\n  colour: red\n", 13, "unknown key 'colour'"),
        ("a:\n  aliases: [A]\n  inter: 2\n  side: opposition\n", 9, "exactly one of 'name'"),
        ("a:\n  name: A\n  side: opposition\n", 9, "missing required key 'inter'"),
        ("a:\n  name: A\n  inter: 9\n  side: opposition\n", 11, "inter code 1..8"),
        ("a:\n  name: A\n  inter: 2\n  side: opposition\n  valid_from: 2016-13-01\n", 13, "is not a date"),
        ("a:\n  name: A\n  inter: 2\n  side: opposition\n  valid_from: 2017-01-01\n  valid_to: 2016-01-01\n", 14,
         "before valid_from"),
        ("a:\n  name: A ({country})\n  inter: 2\n  side: opposition\n", 10, "unknown placeholder {country}"),
        ("a:\n  name: A\n  inter: 2\n  side: rebels\n", 12, "is not one of"),
        ("a:\n  name: A\n  inter: 2\n  side: opposition\n  successor: b\n", 13, "no group 'b'"),
        ("a:\n  generic: warlords\n", 10, "unknown kind 'warlords'"),
        ("a:\n  name: A\n  inter: 2\n  side: opposition\n  country: Atlantis\n", 13, "unknown country"),
        ("a:\n  name: A\n  inter: 2\n  side: opposition\n  aliases: [Alpha]\n"
         "b:\n  name: B\n  inter: 2\n  side: opposition\n  aliases:\n    - Beta\n    - alpha\n", 20,
         "'alpha' also means a"),
        ("a:\n  name: A\n  inter: 2\n  side: opposition\n  aliases: [civilians]\n", 13, "also means generic.civilians"),
    ],
)
def test_broken_actor_file_names_line_and_key(tmp_path, groups, line, words):
    with pytest.raises(KnowledgeError) as err:
        load_book(_actors(tmp_path, groups))
    assert err.value.line == line, err.value
    assert words in err.value.reason
    assert str(tmp_path / "actors.yaml") in str(err.value)


def test_same_alias_allowed_when_validity_does_not_overlap(tmp_path):
    groups = (
        "old:\n  name: Old\n  inter: 2\n  side: opposition\n  valid_to: 2016-07-27\n  successor: new\n"
        "  aliases: [Front]\n"
        "new:\n  name: New\n  inter: 2\n  side: opposition\n  valid_from: 2016-07-28\n  aliases: [Front]\n"
    )
    book = load_book(_actors(tmp_path, groups))
    assert book.groups["old"].successor == "new"


@pytest.mark.parametrize(
    ("generic", "line", "words"),
    [
        ('generic:\n  x:\n    pattern: "X of {place}"\n    bare: X\n    inter: 1\n    side: government\n', 3,
         "unknown placeholder {place}"),
        ('generic:\n  x:\n    pattern: "X"\n    bare: X\n    inter: 1\n    side: government\n', 3,
         "must contain {country}"),
        ('generic:\n  x:\n    pattern: "X ({country})"\n    inter: 1\n    side: government\n', 2,
         "missing required key 'bare'"),
    ],
)
def test_broken_generic_patterns(tmp_path, generic, line, words):
    path = tmp_path / "actors.yaml"
    path.write_text(generic + "groups: {}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_book(path)
    assert (err.value.line, words in err.value.reason) == (line, True), err.value


def test_not_yaml_names_the_line(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("generic:\n  x: [unclosed\ngroups: {}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_book(path)
    assert err.value.line is not None and "not valid YAML" in err.value.reason


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("  a:\n    name: A\n    kind: blog\n    stance: independent\n", 4, "'blog' is not one of"),
        ("  a:\n    name: A\n    kind: news outlet\n", 2, "missing required key 'stance'"),
        ("  a:\n    name: A\n    kind: news outlet\n    stance: party\n", 5, "needs a `party`"),
        ("  a:\n    name: A\n    kind: news outlet\n    stance: party\n    party: nobody\n", 6,
         "neither an actor group key nor a country"),
        ("  a:\n    name: A\n    kind: news outlet\n    stance: {Atlantis: pro-government}\n", 5, "unknown country"),
        ("  a:\n    name: A\n    kind: news outlet\n    stance: independent\n    aliases: [Alpha]\n"
         "  b:\n    name: B\n    kind: news outlet\n    stance: independent\n    aliases: [ALPHA, alpha]\n", 11,
         "'alpha' already names a"),
        ("  a:\n    name: A\n    kind: news outlet\n    stance: independent\n    cue: maybe\n", 6, "true or false"),
    ],
)
def test_broken_sources_file_names_line_and_key(tmp_path, body, line, words):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n" + body, encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_sources(path)
    assert err.value.line == line, err.value
    assert words in err.value.reason


def test_a_state_abroad_backs_the_government_or_the_opposition_only(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("states:\n  United States:\n    periods:\n      - {label: 2021-, valid_from: 2021-01-20}\n"
                    "    party_of: {Syria: kurdish}\n" + GENERIC + "groups: {}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_book(path)
    assert "party_of: side 'kurdish'" in err.value.reason and "external" in err.value.reason


def test_us_forces_in_syria_are_external():
    from sitroom.knowledge.actors import find_actors

    found = find_actors("US forces struck Islamic State positions near Hasakah.", country="Syria")
    us = [a for a in found if "United States" in a.name]
    assert us and all(a.side == "external" and a.inter == 8 for a in us)
