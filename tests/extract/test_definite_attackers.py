"""'The attackers', 'the gunmen': definite words for the other side point back to the group the sentence names."""
from datetime import datetime, timezone

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 6, 9, 12, tzinfo=timezone.utc)


def actors_of(text: str):
    events = fuse(analyze_report(make_report(text, published=PUBLISHED)).claims)
    return [sorted(a.name for a in (e.actor1, e.actor2) if a) for e in events]


def test_the_attackers_are_the_group_whose_attack_was_repelled():
    found = actors_of("The army says its troops repelled an RSF attack on the southern districts of El Fasher on "
                      "Saturday and killed more than 30 of the attackers.")
    assert found == [["Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"]]


def test_the_gunmen_are_the_named_group_in_a_clash_report():
    found = actors_of("Soldiers fought al-Shabaab fighters near Afgooye in Somalia on Saturday and killed 12 of the "
                      "gunmen, the army said.")
    assert found == [["Al Shabaab", "Military Forces of Somalia (2022-)"]]


def test_unnamed_attackers_stay_unidentified_when_no_group_is_named():
    found = actors_of("Troops repelled an attack on a checkpoint near El Fasher in Sudan on Saturday and killed "
                      "12 of the attackers.")
    assert found == [["Military Forces of Sudan (2019-)", "Unidentified Armed Group (Sudan)"]]


def test_a_group_on_the_army_s_own_side_is_not_who_the_attackers_were():
    # Wagner fought with Mali's army: the attackers it helped repel are still unidentified
    found = actors_of("Troops and Wagner fighters repelled an attack near Bankass in Mali on Saturday and killed 12 "
                      "of the attackers.")
    assert found == [["Military Forces of Mali (2021-)", "Unidentified Armed Group (Mali)"]]
