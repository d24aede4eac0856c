"""How `sitroom eval gold` decides that an event's source field is right."""
from sitroom.evaluate.gold import source_hit
from sitroom.models import SourceRef


def ref(name: str, cue: str = "") -> SourceRef:
    return SourceRef(name=name, kind="government", stance="unknown", cue=cue)


def test_one_gold_voice_matches_a_source_name_either_way():
    assert source_hit("Ministry of Health", [ref("ministry of health")])
    assert source_hit("the provincial police chief", [ref("police chief")])


def test_every_voice_of_a_multi_voice_gold_source_must_be_found():
    both = [ref("Taliban", "a Taliban spokesman said"), ref("provincial council", "a member of the provincial council said")]
    assert source_hit("Taliban; provincial council", both)
    assert not source_hit("Taliban; provincial council; residents", both)


def test_a_gold_title_matches_the_person_the_cue_names_it_for():
    governor = ref("Amal Haddad", "the governor of the northern province, Amal Haddad, said")
    assert source_hit("governor of the northern province", [governor])
    assert not source_hit("mayor", [governor])


def test_a_missing_gold_source_is_never_a_hit():
    assert not source_hit(None, [ref("Reuters")])
    assert not source_hit(" ; ", [ref("Reuters")])


def test_an_unrelated_source_is_not_a_hit():
    assert not source_hit("civil defence", [ref("army spokesman", "the army spokesman said")])


def test_a_body_named_in_other_words_is_the_same_voice():
    assert source_hit("Ministry of Defence of Armenia", [ref("Armenian defence ministry")])
    assert source_hit("Russian Defence Ministry", [ref("Russian Ministry of Defence")])
    assert source_hit("Ministry of Public Health", [ref("health ministry")])


def test_another_body_of_the_same_country_is_not_the_same_voice():
    assert not source_hit("Ministry of Defence of Armenia", [ref("Armenian foreign ministry")])
    assert not source_hit("Kenya Red Cross", [ref("Kenya Defence Forces")])
