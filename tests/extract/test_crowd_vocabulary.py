"""The crowd vocabulary (coding.CROWD_VOCABULARY): one table of crowd nouns, the patterns built from it."""
import pytest

from sitroom.extract import coding

KINDS = {"demonstrators", "rioters", "crowd", "young", "communal", "supporters", "occupation", "gathering"}
USES = {"words", "subject", "communal", "side", "looting", "looters", "fight", "assault", "and", "named", "head",
        "target", "toll"}


def test_every_noun_once_with_a_known_kind_and_known_uses():
    nouns = [noun for noun, _, _ in coding.CROWD_VOCABULARY]
    assert len(nouns) == len(set(nouns))
    for noun, kind, uses in coding.CROWD_VOCABULARY:
        assert kind in KINDS, noun
        assert uses.split() and set(uses.split()) <= USES, noun  # a misspelt use would drop the noun silently


@pytest.mark.parametrize("use", sorted(USES))
def test_every_use_takes_some_noun(use):
    assert coding.crowd_nouns(use)


def test_side_reads_a_crowd_beside_the_police():
    found = [m.group(0) for m in coding.CROWD_SIDE.finditer("Football fans and protestors fought officers.")]
    assert found == ["Football fans", "protestors"]


def test_subject_is_a_crowd_but_not_an_armed_group():
    assert coding.CROWD_SUBJECT.search("In the evening, groups of students ")
    assert not coding.CROWD_SUBJECT.search("Late on Friday, armed groups ")
    assert not coding.CROWD_SUBJECT.search("The students left. Then the police ")  # another sentence


def test_communal_and_looting_crowds():
    assert coding.COMMUNAL.search("Two days later, families from neighbouring hamlets ")
    assert not coding.COMMUNAL.search("Two days later, soldiers from the garrison ")
    assert coding.LOOTING_CROWD.search("After dark a group of residents ")
    assert not coding.LOOTING_CROWD.search("After dark a unit of commandos ")
    assert coding.LOOTERS.search("Police chased looters") and not coding.LOOTERS.search("the looting went on")


def test_a_crowd_named_with_the_force_it_fought():
    assert coding.CROWD_AND_FORCE.search("near the stadium, rioters and the riot ")
    assert not coding.CROWD_AND_FORCE.search("near the stadium, reporters and the ")


def test_the_crowd_noun_is_a_protest_cue_of_its_own():
    assert all(coding.CROWD_NOUN.match(w) for w in ("Protestors", "demonstrator", "protesters"))
    assert not coding.CROWD_NOUN.match("protests") and not coding.CROWD_NOUN.match("marchers")


def test_two_crowds_fighting_each_other():
    m = coding.CROWD_FIGHT.search("On Sunday counter-protesters brawled with marchers outside the hall.")
    assert m and m.group("victim") == "marchers"
    assert not coding.CROWD_FIGHT.search("On Sunday counter-protesters brawled with police outside the hall.")
