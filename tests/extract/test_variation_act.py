"""Variation battery for ACTORS, SIDES AND FATALITIES: short passages written for this battery (own words, no
eval text) that name the actors of an incident and its deaths in the many ways news copy does - kinds of
forces and groups, demonyms, active/passive/nominal constructions, attributions before, inside or after the
sentence, number words and vague numbers, wounded-only and no-one-killed, attackers counted in, revised
tolls, running totals that must not be copied - with near misses. The expected results were worked out by
hand from README "Data model" and CODING-RULES before the extraction code was read.

Each case: the passage, the report's time, and what the one event (of `sub`, when given) must show:
`sides` (the exact set of the two actors' sides), `has` (sides that must be among them), `fat` (the best
fatality figure; None = no figure), `names` (words that must occur in an actor's canonical name) and
`not_names` (words that must not)."""
from __future__ import annotations

import pytest

from voice_helpers import _events

ANY = object()


def C(key, text, published="2023-05-14T18:00:00Z", *, sub=None, sides=None, has=(), fat=ANY, names=(),
      not_names=()):
    return pytest.param(text, published, sub, sides, tuple(has), fat, tuple(names), tuple(not_names), id=key)


CASES = [
    # --- kinds of state forces ---------------------------------------------------------------------------------
    C("gendarmes-kill-suspected-jihadists",
      "Gendarmes killed four suspected jihadists during a clash near Djibo in northern Burkina Faso on Tuesday, "
      "the army said.", "2022-03-10T12:00:00Z",
      sides={"government", "jihadist"}, fat=4, names=["Burkina Faso"]),
    C("riot-police-tear-gas",
      "Riot police fired tear gas and rubber bullets at thousands of demonstrators in Santiago on Friday.",
      "2019-10-26T12:00:00Z", sides={"protesters", "government"}, fat=None, names=["Protesters (Chile)"]),
    C("border-guards-shoot-porters",
      "Iranian border guards shot dead two Kurdish porters near Baneh on Sunday, a rights group said.",
      "2021-06-15T12:00:00Z", sides={"government", "civilian"}, fat=2, names=["Iran"]),
    C("presidential-guard-fires-on-protesters",
      "Members of the presidential guard opened fire on protesters outside the palace in Conakry on Thursday, "
      "killing three of them.", "2020-10-24T12:00:00Z", sides={"protesters", "government"}, fat=3,
      names=["Guinea"]),
    C("national-guard-vs-gang",
      "The National Guard clashed with members of an armed gang in the Petare district of Caracas on Saturday, "
      "leaving five people dead.", "2021-05-10T12:00:00Z", sides={"government", "unknown"}, fat=5,
      names=["Venezuela"]),
    C("rsf-paramilitaries-shell-market",
      "Paramilitaries of the Rapid Support Forces shelled a market in El Fasher on Monday, killing 15 civilians.",
      "2024-05-15T12:00:00Z", sides={"opposition", "civilian"}, fat=15, names=["Rapid Support Forces"]),
    C("government-forces-retake-town",
      "Government forces recaptured the town of Kidal from separatist rebels on Tuesday, the army said.",
      "2023-11-15T12:00:00Z", sub="Government regains territory", sides={"government", "opposition"}, fat=None),
    C("forces-loyal-to-president",
      "Forces loyal to President Salva Kiir clashed with troops loyal to his former deputy Riek Machar in Juba "
      "on Friday, leaving 30 soldiers dead.", "2016-07-10T12:00:00Z", sides={"government", "opposition"},
      fat=30),
    C("pro-government-militia-kills-villagers",
      "A pro-government militia killed nine villagers accused of helping insurgents near Bankass in central "
      "Mali on Sunday, residents said.", "2022-06-20T12:00:00Z", sides={"government", "civilian"}, fat=9),
    C("mexican-marines-vs-cartel-gunmen",
      "Mexican marines killed eight suspected cartel gunmen in a shootout in Nuevo Laredo on Monday.",
      "2022-07-20T12:00:00Z", sides={"government", "unknown"}, fat=8, names=["Mexico"]),
    C("thai-rangers-bomb-wounded-only",
      "Insurgents detonated a bomb beside a ranger patrol in Narathiwat on Tuesday, wounding four rangers.",
      "2019-04-10T12:00:00Z", has={"government"}, fat=0),
    C("indian-security-forces-gunfight",
      "Indian security forces killed three militants in a gunfight in Shopian, Kashmir, on Saturday, police "
      "said.", "2020-06-08T12:00:00Z", has={"government"}, fat=3, names=["India"]),

    # --- non-state armed actors ---------------------------------------------------------------------------------
    C("suspected-boko-haram-kill-farmers",
      "Suspected Boko Haram fighters killed 11 farmers in their fields near Maiduguri on Saturday.",
      "2021-03-01T12:00:00Z", sides={"jihadist", "civilian"}, fat=11),
    C("shabaab-storm-hotel",
      "Al-Shabaab militants stormed a hotel in Mogadishu late on Friday, killing at least 20 people.",
      "2022-08-21T12:00:00Z", sides={"jihadist", "civilian"}, fat=20),
    C("bandits-abduct-students",
      "Bandits abducted 30 students from a school in Kebbi state on Thursday, police said.",
      "2021-06-19T12:00:00Z", sides={"unknown", "civilian"}, fat=None),
    C("unidentified-assailants-councillor",
      "Unidentified assailants shot dead a local councillor in Chilpancingo, Guerrero, on Monday.",
      "2022-10-12T12:00:00Z", sides={"unknown", "civilian"}, fat=1),
    C("gunmen-church-worshippers",
      "Gunmen on motorcycles attacked a church in the town of Dablo, Burkina Faso, during Sunday mass, killing "
      "six worshippers including the priest.", "2019-05-14T12:00:00Z", sides={"unknown", "civilian"}, fat=6),
    C("maoists-ambush-police",
      "Maoist rebels ambushed a police patrol in Sukma district of Chhattisgarh on Saturday, killing 17 "
      "officers.", "2020-03-23T12:00:00Z", sides={"opposition", "government"}, fat=17),
    C("dissident-farc-clash-army",
      "Dissident FARC fighters and the army clashed in Cauca department on Wednesday, with two soldiers and "
      "four rebels killed.", "2022-09-10T12:00:00Z", sides={"opposition", "government"}, fat=6),
    C("armed-herders-village",
      "Armed herders killed 14 people in an attack on a village near Bokkos in Plateau state on Sunday night.",
      "2023-05-20T12:00:00Z", sides={"unknown", "civilian"}, fat=14, names=["Communal Militia"]),
    C("communal-militias-clash",
      "Clashes between rival ethnic militias near Bor in Jonglei state left 40 people dead on Saturday.",
      "2020-05-20T12:00:00Z", sides={"unknown"}, fat=40),
    C("jihadists-kill-soldiers-niger",
      "Jihadists killed 23 soldiers in an attack on an army post near Tillaberi in western Niger on Monday, the "
      "defence ministry said.", "2021-03-20T12:00:00Z", sides={"jihadist", "government"}, fat=23,
      names=["Niger"], not_names=["Nigeria"]),
    C("nigerian-troops-kill-bandits",
      "Nigerian troops killed 12 bandits in a raid on their hideout in Zamfara on Thursday, the army said.",
      "2021-09-20T12:00:00Z", sides={"government", "unknown"}, fat=12, names=["Nigeria"]),

    # --- civilians as victims -----------------------------------------------------------------------------------
    C("coalition-strike-bus-children",
      "A Saudi-led coalition air strike hit a bus carrying schoolchildren in Dahyan, Saada province, on "
      "Thursday, killing 29 children.", "2018-08-10T12:00:00Z", has={"civilian"}, fat=29),
    C("roadside-bomb-passengers",
      "A roadside bomb tore through a passenger bus near Quetta on Sunday, killing seven passengers.",
      "2019-04-16T12:00:00Z", sides={"unknown", "civilian"}, fat=7),
    C("soldiers-shot-women-and-child",
      "Soldiers shot dead three women and a child in the village of Kani, Sagaing region, on Tuesday, "
      "residents said.", "2022-02-10T12:00:00Z", sides={"government", "civilian"}, fat=4, names=["Myanmar"]),
    C("suicide-bomber-mourners",
      "A suicide bomber blew himself up among mourners at a funeral in Jalalabad on Sunday, killing 18 people.",
      "2018-09-12T12:00:00Z", has={"civilian"}, fat=18),
    C("gunmen-students-university",
      "Gunmen killed five students at their hostel near the university in Mubi, Adamawa state, on Tuesday "
      "night.", "2021-10-20T12:00:00Z", sides={"unknown", "civilian"}, fat=5),
    C("students-protesting-beaten-near-miss",
      "Police beat students protesting against a rise in fees outside the parliament in Kampala on Monday.",
      "2019-10-25T12:00:00Z", sides={"protesters", "government"}, fat=None),

    # --- protesters, rioters, crowds ----------------------------------------------------------------------------
    C("demonstrators-march-peacefully",
      "Thousands of demonstrators marched through central Khartoum on Thursday demanding civilian rule.",
      "2022-01-15T12:00:00Z", sides={"protesters"}, fat=None),
    C("striking-miners-block-road",
      "Striking miners blocked the main road into Potosi on Monday to demand higher wages.",
      "2021-08-20T12:00:00Z", sides={"protesters"}, fat=None, names=["Bolivia"]),
    C("rioters-clash-police-no-deaths",
      "Rioters clashed with police in Nanterre overnight, burning cars and a town hall annex; no deaths were "
      "reported.", "2023-06-29T12:00:00Z", sides={"protesters", "government"}, fat=0),
    C("mourners-fired-on-passive",
      "Mourners chanting slogans against the junta were fired on by troops in Mandalay on Friday; two of them "
      "were killed.", "2021-03-20T12:00:00Z", sides={"protesters", "government"}, fat=2),
    C("arrests-dozens-not-deaths",
      "Police in Nairobi arrested dozens of protesters during a banned march on Tuesday.",
      "2023-03-22T12:00:00Z", sides={"protesters", "government"}, fat=None),
    C("mob-beats-man",
      "A mob of villagers beat to death a man accused of witchcraft in Kisii county on Sunday.",
      "2021-10-20T12:00:00Z", sides={"protesters", "civilian"}, fat=1),
    C("security-forces-fire-rally-amnesty",
      "At least nine people died after security forces opened fire on a rally in Lagos on Tuesday, Amnesty "
      "International said.", "2020-10-22T12:00:00Z", sides={"protesters", "government"}, fat=9),

    # --- who did what to whom: voices and constructions ---------------------------------------------------------
    C("active-taliban-checkpoint",
      "Taliban fighters attacked a police checkpoint in Kunduz on Tuesday night, killing five officers.",
      "2019-05-01T12:00:00Z", has={"government"}, fat=5, names=["Taliban"]),
    C("passive-taliban-checkpoint",
      "A police checkpoint in Kunduz was attacked by Taliban fighters on Tuesday night, and five officers were "
      "killed.", "2019-05-01T12:00:00Z", has={"government"}, fat=5, names=["Taliban"]),
    C("came-under-attack-from",
      "An army convoy came under attack from Islamic State fighters near Mocimboa da Praia on Friday, with four "
      "soldiers killed, the army said.", "2020-06-30T12:00:00Z", sides={"jihadist", "government"}, fat=4,
      names=["Mozambique"]),
    C("nominal-attack-by-on",
      "An attack by al-Shabaab on an army base in Lamu county on Sunday killed three soldiers, police said.",
      "2020-01-07T12:00:00Z", sides={"jihadist", "government"}, fat=3, names=["Kenya"]),
    pytest.param("Eight soldiers were killed when their patrol was ambushed near Menaka on Wednesday, the army said.",
                 "2022-04-10T12:00:00Z", None, {"unknown", "government"}, (), 8, ("Mali",), (), id="ambushed-no-attacker",
                 marks=pytest.mark.xfail(strict=True, reason="out of this area's reach: the gazetteer has no Menaka "
                                                             "(Ménaka, Mali), so no country names the forces; sides "
                                                             "and toll are right")),
    C("traders-ambushed-by-gunmen",
      "A group of traders was ambushed by gunmen on the road near Butembo on Monday and four of them were shot "
      "dead.", "2021-11-10T12:00:00Z", sides={"unknown", "civilian"}, fat=4),
    C("assault-on-barracks-by-rebels",
      "The assault on an army camp in Rutshuru by M23 rebels left nine soldiers dead, the army said on Monday.",
      "2022-06-13T12:00:00Z", sides={"opposition", "government"}, fat=9),
    C("policemen-died-in-attack-by-separatists",
      "Six policemen died in a gun attack by suspected separatist fighters in Bamenda, Cameroon, on Tuesday.",
      "2021-09-20T12:00:00Z", sides={"opposition", "government"}, fat=6),
    C("fighting-between-army-and-aa",
      "Fighting between the army and the Arakan Army in Rathedaung township killed at least 12 people on "
      "Sunday.", "2020-09-15T12:00:00Z", sides={"government", "opposition"}, fat=12),
    C("attribution-inside-sentence",
      "Gunmen, police said, killed seven people at a bar in the Cuernavaca suburb of Jiutepec on Saturday.",
      "2021-11-10T12:00:00Z", sides={"unknown", "civilian"}, fat=7),
    C("attribution-before-sentence",
      "According to local officials, jihadists killed 12 civilians in the village of Solhan, Burkina Faso, on "
      "Friday night.", "2021-06-06T12:00:00Z", sides={"jihadist", "civilian"}, fat=12),

    # --- kurdish, foreign and external forces -------------------------------------------------------------------
    C("turkish-drone-sdf",
      "A Turkish drone struck a car near Qamishli on Monday, killing two commanders of the Syrian Democratic "
      "Forces.", "2022-08-20T12:00:00Z", has={"kurdish"}, fat=2),
    C("pkk-kill-turkish-soldiers",
      "PKK militants killed two Turkish soldiers in a clash in Hakkari province on Sunday, the defence ministry "
      "said.", "2019-07-20T12:00:00Z", sides={"kurdish", "government"}, fat=2),
    C("russian-warplanes-hospital",
      "Russian warplanes bombed a hospital in Maarat al-Numan in Idlib province on Monday, killing five people.",
      "2019-11-05T12:00:00Z", sides={"foreign-pro-government", "civilian"}, fat=5),
    C("peacekeepers-vs-adf",
      "UN peacekeepers exchanged fire with ADF rebels near Beni on Tuesday; one peacekeeper was killed.",
      "2020-11-20T12:00:00Z", has={"external"}, fat=1),

    # --- demonyms to countries ----------------------------------------------------------------------------------
    C("south-sudanese-troops",
      "South Sudanese troops clashed with National Salvation Front rebels near Yei in Central Equatoria on "
      "Sunday, killing six of them.", "2021-04-20T12:00:00Z", sides={"government", "opposition"}, fat=6,
      names=["South Sudan"]),
    C("sudanese-army-not-south",
      "Sudanese army jets bombed the village of Golo in Central Darfur on Sunday, killing four people.",
      "2016-02-20T12:00:00Z", sides={"government", "civilian"}, fat=4, names=["Military Forces of Sudan"]),
    C("congolese-soldiers-drc",
      "Congolese soldiers killed nine militiamen in fighting near Bunia on Thursday, the army said.",
      "2021-08-10T12:00:00Z", has={"government"}, fat=9, names=["Democratic Republic of Congo"]),
    C("ivorian-soldiers",
      "Ivorian soldiers repelled a jihadist attack on a post at Kafolo on Thursday night, killing three of the "
      "attackers.", "2020-06-12T12:00:00Z", sides={"government", "jihadist"}, fat=3, names=["Ivory Coast"]),
    C("filipino-troops-abu-sayyaf",
      "Filipino troops clashed with Abu Sayyaf militants in Patikul, Sulu, on Sunday; three soldiers and five "
      "militants were killed.", "2021-02-10T12:00:00Z", sides={"government", "jihadist"}, fat=8,
      names=["Philippines"]),
    C("ethiopian-forces-fano-2023",
      "Ethiopian federal forces clashed with Fano militiamen near Gondar on Wednesday, residents said.",
      "2023-08-05T12:00:00Z", sides={"government", "opposition"}, fat=None),

    # --- ways of writing deaths ---------------------------------------------------------------------------------
    C("number-words-were-killed",
      "Twenty-three people were killed when gunmen opened fire on a bus near Mandera on Saturday.",
      "2014-11-24T12:00:00Z", sides={"unknown", "civilian"}, fat=23),
    C("left-dead-and-wounded",
      "A car bomb in Mogadishu's Hodan district left 12 dead and 30 wounded on Sunday, police said.",
      "2019-12-30T12:00:00Z", has={"civilian"}, fat=12),
    C("claimed-the-lives-of",
      "A bomb blast at a police station in Diyarbakir claimed the lives of three officers on Thursday.",
      "2016-10-08T12:00:00Z", has={"government"}, fat=3),
    C("bodies-found",
      "The bodies of 19 men who had been shot were found dumped by a road near Tlaquepaque, Jalisco, on "
      "Monday, prosecutors said.", "2019-09-10T12:00:00Z", sides={"unknown", "civilian"}, fat=19),
    C("death-toll-rose",
      "Gunmen attacked a mosque in Kunduz on Friday. The death toll rose to 55 on Saturday, a health official "
      "said.", "2021-10-09T12:00:00Z", has={"civilian"}, fat=55),
    C("death-toll-stood-at",
      "A police spokesman said the death toll from the attack by militiamen on a market in Bunia on Monday "
      "stood at 14.", "2021-08-12T12:00:00Z", has={"civilian"}, fat=14),
    C("n-dead-n-wounded-headline",
      "Three dead and 14 wounded in grenade attack on bar in Bujumbura, police say.",
      "2018-05-10T12:00:00Z", has={"civilian"}, fat=3),
    C("a-dozen-hacked",
      "A dozen villagers were hacked to death by attackers armed with machetes in Ituri province on Sunday.",
      "2020-06-10T12:00:00Z", sides={"unknown", "civilian"}, fat=12),
    C("dozens-killed-jihadists",
      "Dozens of people were killed when jihadists attacked the town of Seytenga, residents said on Sunday.",
      "2022-06-13T12:00:00Z", sides={"jihadist", "civilian"}, fat=12),
    C("two-dozen-killed",
      "Gunmen killed two dozen people in an attack on a wedding in the village of Mariga, Niger state, on "
      "Saturday.", "2021-06-10T12:00:00Z", sides={"unknown", "civilian"}, fat=24),
    C("tens-of-killed",
      "Tens of civilians were killed when shells hit the market in Ayn Issa on Thursday, a monitor said.",
      "2019-10-20T12:00:00Z", has={"civilian"}, fat=10),
    C("hundreds-killed",
      "Hundreds of people were killed when militiamen stormed the town of Gumuz on Tuesday, survivors said.",
      "2020-12-25T12:00:00Z", has={"civilian"}, fat=100),
    C("more-than-n",
      "Soldiers killed more than 40 civilians in the village of Moura, central Mali, on Sunday, a rights group "
      "said.", "2022-04-05T12:00:00Z", sides={"government", "civilian"}, fat=40),
    C("comma-thousands",
      "An Ethiopian air strike on a market in Togoga, Tigray, on Tuesday killed 1,064 people, local officials "
      "said.", "2021-06-25T12:00:00Z", has={"civilian"}, fat=1064),
    C("no-one-was-killed",
      "Suspected rebels fired mortar rounds at the airport in Goma overnight; no one was killed, the army said.",
      "2021-05-20T12:00:00Z", fat=0),
    C("wounded-only",
      "A grenade thrown into a bar in Bujumbura wounded 11 people on Saturday night, police said.",
      "2016-03-20T12:00:00Z", has={"civilian"}, fat=0),
    C("attackers-counted-in",
      "Soldiers repelled an attack by Islamist militants on a base in Boulkessi, Mali, on Monday, killing 15 of "
      "the assailants; four soldiers also died.", "2019-10-05T12:00:00Z", sides={"government", "jihadist"},
      fat=19),
    C("killing-n-wounding-m",
      "Gunmen opened fire on worshippers leaving a mosque in Kano on Friday, killing two and wounding five.",
      "2014-11-30T12:00:00Z", sides={"unknown", "civilian"}, fat=2),
    C("one-killed-another-injured",
      "One policeman was killed and another injured when gunmen attacked their post in Anambra on Monday.",
      "2021-04-10T12:00:00Z", sides={"unknown", "government"}, fat=1),
    C("lost-their-lives",
      "Two soldiers lost their lives when their vehicle hit a landmine near Kidal on Thursday, the army said.",
      "2019-02-10T12:00:00Z", has={"government"}, fat=2),
    C("toll-revised-upward",
      "Police first said four people had died when gunmen attacked a bar in Zinapecuaro, Michoacan, on Sunday, "
      "but the toll was later raised to seven.", "2023-01-10T12:00:00Z", sides={"unknown", "civilian"}, fat=7),
    C("running-total-not-copied",
      "Gunmen killed five villagers in Kaura, Kaduna state, on Monday. The killings bring to more than 300 the "
      "number of people killed in the state since January.", "2021-04-20T12:00:00Z",
      sides={"unknown", "civilian"}, fat=5),
    C("unrest-toll-not-copied",
      "Police shot dead two protesters in Conakry on Wednesday. Their deaths bring the toll of two weeks of "
      "unrest to 63, according to a rights group.", "2020-10-24T12:00:00Z", sides={"protesters", "government"},
      fat=2),
    C("past-deaths-not-copied",
      "Last year gunmen killed 40 people in Yelwata. On Saturday gunmen attacked the village again, wounding "
      "three residents.", "2023-05-20T12:00:00Z", sides={"unknown", "civilian"}, fat=0),
    C("headline-present-tense",
      "Gunmen kill 7 in attack on village in Zamfara, police say.",
      "2022-01-10T12:00:00Z", sides={"unknown", "civilian"}, fat=7),
    C("burned-to-death",
      "Nine passengers were burned to death when gunmen set fire to their bus in Sokoto state on Tuesday.",
      "2021-12-10T12:00:00Z", sides={"unknown", "civilian"}, fat=9),
]


# A second batch, written after the first round of fixes without looking at them, to check that the fixes generalise
# (new countries, years, verbs and near misses); `none=True`: the passage tells no event.
CASES2 = [
    C("taliban-overran-district", "Taliban insurgents overran a district headquarters in Ghazni province on Thursday, "
      "killing nine policemen, a provincial official said.", "2010-08-20T12:00:00Z", has={"government"}, fat=9,
      names=["Taliban"]),
    C("suicide-car-bomber-recruits", "A suicide car bomber struck a police recruiting centre in Baquba on Tuesday, "
      "killing 28 recruits.", "2007-06-20T12:00:00Z", fat=28),
    C("barrel-bombs-helicopters", "Syrian government helicopters dropped barrel bombs on the rebel-held Aleppo district "
      "of al-Shaar, killing at least 16 people, the Syrian Observatory for Human Rights said.", "2014-02-10T12:00:00Z",
      sides={"government", "civilian"}, fat=16),
    C("houthi-shelling-taiz", "Houthi rebels shelled residential areas of Taiz on Sunday, killing five civilians "
      "including two children.", "2016-08-20T12:00:00Z", has={"civilian"}, fat=5),
    C("shabaab-ambush-au-convoy", "Al-Shabaab fighters ambushed an African Union convoy near Marka, and the mission said "
      "four of its soldiers died.", "2015-07-20T12:00:00Z", has={"jihadist"}, fat=4),
    C("separatists-kill-teacher", "Anglophone separatists set fire to a school in Kumba on Saturday and killed a teacher, "
      "local officials said.", "2020-11-10T12:00:00Z", sides={"opposition", "civilian"}, fat=1),
    C("anti-balaka-muslims", "Anti-balaka militiamen killed at least 30 Muslim civilians in the town of Bangassou, the UN "
      "mission said.", "2017-05-20T12:00:00Z", has={"civilian"}, fat=30),
    C("separatists-down-plane", "Pro-Russian separatists shot down a Ukrainian military transport plane near Luhansk, "
      "killing all 49 people on board.", "2014-06-15T12:00:00Z", has={"government"}, fat=49),
    C("farc-ambush-soldiers", "FARC guerrillas killed 11 soldiers in an ambush in Cauca, the defence minister said.",
      "2015-04-16T12:00:00Z", sides={"opposition", "government"}, fat=11),
    C("kuki-meitei-exchange", "Kuki and Meitei armed groups exchanged fire in Bishnupur district of Manipur on Friday, "
      "leaving two dead.", "2023-08-20T12:00:00Z", sides={"unknown"}, fat=2),
    C("polio-team-health-workers", "Gunmen opened fire on a polio vaccination team in Karachi, killing two female health "
      "workers.", "2014-01-22T12:00:00Z", sides={"unknown", "civilian"}, fat=2),
    C("sri-lanka-tigers", "Sri Lankan troops killed 27 Tamil Tiger rebels in fighting near Kilinochchi, the military said.",
      "2008-10-20T12:00:00Z", sides={"government", "opposition"}, fat=27),
    C("haiti-gang-cite-soleil", "Gang members torched homes and killed at least a dozen residents in the Cite Soleil "
      "neighbourhood of Port-au-Prince, a rights group said.", "2022-07-20T12:00:00Z", sides={"unknown", "civilian"},
      fat=12),
    C("shootout-police-cartel", "Nineteen people, including several police officers, were killed in a shootout between "
      "police and cartel gunmen in Villa Union, Coahuila.", "2019-12-02T12:00:00Z", sides={"government", "unknown"},
      fat=19),
    C("eritrean-troops-axum", "Eritrean troops massacred dozens of civilians in Axum, witnesses said.",
      "2020-11-30T12:00:00Z", has={"civilian"}, fat=12),
    C("spla-machar-bentiu", "SPLA soldiers and forces loyal to Riek Machar fought for control of Bentiu on Friday.",
      "2014-01-10T12:00:00Z", sides={"government", "opposition"}),
    C("sit-in-khartoum", "Security forces opened fire on a sit-in outside the army headquarters in Khartoum, killing at "
      "least 35 protesters, doctors said.", "2019-06-03T18:00:00Z", sides={"protesters", "government"}, fat=35),
    C("riot-police-zahedan", "Riot police killed two demonstrators in Zahedan on Friday during protests over the death of "
      "a young woman in custody, rights groups said.", "2022-10-01T12:00:00Z", sides={"protesters", "government"}, fat=2),
    C("police-shot-protesters-parliament", "Police shot dead at least five protesters who stormed parliament in Nairobi "
      "on Tuesday, Amnesty said.", "2024-06-26T12:00:00Z", sides={"protesters", "government"}, fat=5),
    C("demonstrators-killed-in-clashes", "Seventeen demonstrators were killed in clashes with security forces near the "
      "airport in Juliaca, the health ministry said.", "2023-01-10T12:00:00Z", sides={"protesters", "government"},
      fat=17),
    C("mine-wounded-only", "Two soldiers were wounded when their vehicle hit a mine near Kidal, the army said.",
      "2019-03-10T12:00:00Z", has={"government"}, fat=0),
    pytest.param("Nobody was hurt when a rocket landed in an open field near Erbil airport late on Monday.",
                 "2021-09-10T12:00:00Z", None, None, (), 0, (), (), id="nobody-hurt-rocket",
                 marks=pytest.mark.xfail(strict=True, reason="event detection, not this area: the only act sits in "
                                                             "a 'when' clause, which the cue filter drops, so no "
                                                             "event is told")),
    C("family-among-them-children", "Twelve members of a family, among them six children, were killed when a shell hit "
      "their house in Idlib.", "2019-07-10T12:00:00Z", has={"civilian"}, fat=12),
    C("policeman-and-two-civilians", "Gunmen killed a policeman and two civilians at a checkpoint in Kirkuk on Monday.",
      "2020-05-10T12:00:00Z", has={"unknown"}, fat=3),
    C("commander-and-bodyguards", "A drone strike killed a senior al-Qaeda commander and his two bodyguards in Marib, "
      "tribal sources said.", "2018-02-10T12:00:00Z", has={"jihadist"}, fat=3),
    C("villagers-said-killed-elsewhere", "Gunmen killed seven villagers in Kagoro on Sunday, three days after 20 people "
      "were killed in a nearby town.", "2021-04-10T12:00:00Z", sides={"unknown", "civilian"}, fat=7),
    C("bandits-killed-by-vigilantes", "Vigilantes killed four suspected bandits who had attacked a village in Katsina "
      "state on Wednesday.", "2021-04-10T12:00:00Z", sides={"unknown"}, fat=4),
]
CASES2_NONE = [
    pytest.param("The army said it had killed more than 1,000 militants since the start of the year.",
                 "2021-04-10T12:00:00Z", id="running-total-no-event"),
    pytest.param("Militants have killed hundreds of soldiers in the region over the past decade.",
                 "2021-04-10T12:00:00Z", id="decade-total-no-event"),
]


def _describe(events):
    return [(e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name,
             e.fatalities and e.fatalities.best) for e in events]


@pytest.mark.parametrize("text, published", CASES2_NONE)
def test_variation_no_event(text, published):
    assert not [e for e in _events(text, published) if e.event_type != "Strategic developments"]


@pytest.mark.parametrize("text, published, sub, sides, has, fat, names, not_names", CASES + CASES2)
def test_variation(text, published, sub, sides, has, fat, names, not_names):
    events = _events(text, published)
    found = [e for e in events if sub is None or e.sub_event_type == sub]
    assert len(found) == 1, _describe(events)
    e = found[0]
    got_sides = {a.side for a in (e.actor1, e.actor2) if a is not None and a.side}
    got_names = " | ".join(a.name for a in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2) if a)
    info = _describe(events)
    if sides is not None:
        assert got_sides == sides, info
    for s in has:
        assert s in got_sides, info
    if fat is not ANY:
        assert (e.fatalities.best if e.fatalities is not None else None) == fat, info
    for n in names:
        assert n in got_names, info
    for n in not_names:
        assert n not in got_names, info
