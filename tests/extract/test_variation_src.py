"""A varied battery of attributions and the status they give (README "Data model": claimed, reported,
corroborated, contested, denied), written in the project's own words before reading the extraction code,
to test that sources and status generalise beyond the tuned sentences: the many ways news copy says who
says it ('X said', 'said X', 'according to X', 'X told reporters', 'in a statement, X said', 'a statement
from X', 'X's spokeswoman', 'X reported', 'X claimed', 'officials quoted by the agency', 'X, citing Y',
'quoted X as saying'), relayed voices, several voices, hedges, claims of responsibility, denials and
competing accounts, and near misses that look alike but must not add a voice or change the status.

Each case: the passage, its publication time, the voices an event must carry (matched as the gold eval
matches them: `evaluate.gold.source_hit`), the status it must get, and words no source of it may carry.
A case passes when some event of the passage has all of these (the battery tests voices and status, not
event detection)."""
from __future__ import annotations

import pytest

from sitroom.evaluate.gold import source_hit

from voice_helpers import _events


NO_EVENT = "no-event"  # the passage must give no event other than a denied one

CASES = [
    # ------------------------------------------------------------ one non-party voice: reported
    ("mayor-said",
     "Gunmen killed four farmers in the village of Dogo in Niger's Tillaberi region on Tuesday, the local mayor said.",
     "2021-03-17T10:00:00Z", "mayor", "reported", ()),
    ("said-name-mayor",
     "Four farmers were shot dead by gunmen in Dogo in Niger's Tillaberi region on Tuesday, said Moussa Issa, "
     "the mayor of the commune.",
     "2021-03-17T10:00:00Z", "Moussa Issa", "reported", ()),
    ("according-to-monitor-front",
     "According to the Syrian Observatory for Human Rights, an air strike killed seven civilians in the town of "
     "Ariha in Idlib province on Monday.",
     "2020-01-14T10:00:00Z", "Syrian Observatory", "reported", ()),
    ("according-to-rescuers-end",
     "An air strike on a market in Ariha in Idlib province killed seven civilians on Monday, according to the "
     "White Helmets rescue group.",
     "2020-01-14T10:00:00Z", "White Helmets", "reported", ()),
    ("official-told-afp",
     "A roadside bomb killed three civilians in a minibus in Kandahar city on Sunday, a provincial official "
     "told AFP.",
     "2018-05-07T10:00:00Z", "official", "reported", ("AFP",)),
    ("police-said-front-unidentified",
     "Police said a bomb planted on a motorcycle exploded near a bus station in Quetta on Thursday, wounding "
     "11 people.",
     "2019-02-15T10:00:00Z", "police", "reported", ()),
    ("police-spokesman-told-reporters",
     "Gunmen on motorcycles killed 11 villagers in Zamfara state's Maru district overnight, police spokesman "
     "Mohammed Shehu told reporters on Wednesday.",
     "2020-06-10T10:00:00Z", "Mohammed Shehu", "reported", ()),
    ("apposition-spokesman-told-reuters",
     "Bandits killed 11 villagers in Maru district of Zamfara state on Tuesday night, Mohammed Shehu, a "
     "spokesman for the state police, told Reuters by phone.",
     "2020-06-10T10:00:00Z", "Mohammed Shehu", "reported", ("Reuters",)),
    ("icrc-spokeswoman",
     "A Red Cross driver was shot dead when gunmen attacked an aid convoy near Bouar in the Central African "
     "Republic on Tuesday, an ICRC spokeswoman said.",
     "2017-08-09T10:00:00Z", "ICRC", "reported", ()),
    ("mayor-on-telegram",
     "Lviv mayor Andriy Sadovyi said on Telegram that Russian missiles struck an oil depot in the city "
     "overnight, wounding five people.",
     "2022-03-27T10:00:00Z", "Sadovyi", "reported", ()),
    ("outlet-reported",
     "The Kurdish news site Rudaw reported that a drone strike killed two men in a car near the town of "
     "Penjwen in Sulaimaniyah province on Friday.",
     "2021-09-11T10:00:00Z", "Rudaw", "reported", ()),
    ("hospital-doctors",
     "Doctors at Al-Shifa hospital said 20 bodies had been brought in after an Israeli air strike on a house "
     "in the Jabalia camp on Tuesday.",
     "2023-10-31T10:00:00Z", "Doctors", "reported", ()),
    ("ngo-msf",
     "Medecins Sans Frontieres said a hospital it supports in Abs in Yemen's Hajjah province was hit by an "
     "air strike on Monday, killing 19 people.",
     "2016-08-16T10:00:00Z", "Medecins Sans Frontieres", "reported", ()),
    ("ngo-doctors-without-borders",
     "An air strike hit a hospital supported by Doctors Without Borders in Abs in Hajjah province on Monday, "
     "killing 19 people, the charity said.",
     "2016-08-16T10:00:00Z", "Doctors Without Borders", "reported", ()),
    ("un-rights-office",
     "The UN human rights office said at least 18 people were killed when security forces fired on "
     "protesters in Yangon on Sunday.",
     "2021-03-01T10:00:00Z", "UN human rights office", "reported", ()),
    ("unicef-spokesman",
     "Two children were killed when a shell hit a school in Donetsk on Monday, a UNICEF spokesman said.",
     "2015-01-27T10:00:00Z", "UNICEF", "reported", ()),
    ("activists-said",
     "Activists said a government air strike hit a school in Douma, east of Damascus, on Tuesday, killing "
     "six children.",
     "2015-05-06T10:00:00Z", "Activists", "reported", ()),
    ("inside-sentence-police",
     "The bomb, police said, was hidden in a rubbish bin near the main market in Peshawar and killed three "
     "people on Friday.",
     "2014-10-11T10:00:00Z", "police", "reported", ()),
    ("anonymous-official-interrupted",
     "Gunmen killed five aid workers in an ambush on a road outside Maban in South Sudan on Saturday, a "
     "local official, who asked not to be named because he was not authorised to speak to the media, said.",
     "2016-04-04T10:00:00Z", "official", "reported", ()),
    ("agency-quoting-as-saying-official",
     "Xinhua quoted a county official as saying that a bomb exploded at a market in Yecheng on Sunday, "
     "killing four people.",
     "2014-06-02T10:00:00Z", "official", "reported", ()),
    ("newspaper-citing-prosecutors",
     "Gunmen killed six people at a bar in the Mexican city of Celaya on Saturday, the newspaper El "
     "Universal reported, citing state prosecutors.",
     "2019-10-28T10:00:00Z", "prosecutors", "reported", ()),
    ("agency-quoting-security-source",
     "A bomb exploded near a church in the Cairo district of Abbasiya on Sunday, killing five people, the "
     "state news agency MENA said, quoting a security source.",
     "2016-12-12T10:00:00Z", "security source", "reported", ()),
    ("passive-confirmed-by",
     "Three civilians were killed when a mortar round hit a house in Mogadishu's Hodan district on "
     "Thursday, a toll that was confirmed by the district commissioner.",
     "2019-03-22T10:00:00Z", "district commissioner", "reported", ()),
    ("report-alone",
     "A car bomb exploded near a cafe in the centre of Diyarbakir on Tuesday, killing two people.",
     "2016-11-08T10:00:00Z", "", "reported", ()),
    ("hedge-reportedly",
     "Unidentified gunmen reportedly killed three traders at a market in Dori in Burkina Faso on Friday.",
     "2019-05-18T10:00:00Z", "", "reported", ()),
    ("local-media-and-police",
     "Local media reported that gunmen shot dead two men at a petrol station in Culiacan on Monday, and "
     "police confirmed the deaths.",
     "2022-01-11T10:00:00Z", "police", "reported", ()),
    ("governor-tweeted",
     "Gunmen abducted 30 students from a boarding school in Kagara in Niger state on Wednesday, governor "
     "Abubakar Sani Bello wrote on Twitter.",
     "2021-02-18T10:00:00Z", "Abubakar Sani Bello", "reported", ()),
    ("village-chief-says-present",
     "Gunmen killed eight people in an attack on the village of Ouro Gueladjo, the village chief says.",
     "2022-06-20T10:00:00Z", "village chief", "reported", ()),

    # ------------------------------------------------------------ party voices alone: claimed
    ("army-in-a-statement",
     "In a statement, the Nigerian army said its troops killed 23 Boko Haram fighters in an ambush near Bama "
     "in Borno state on Saturday.",
     "2019-07-15T10:00:00Z", "army", "claimed", ()),
    ("army-spokesman-said-end",
     "Troops repelled an attack by Boko Haram fighters on a base in Monguno on Friday, killing 17 of the "
     "militants, army spokesman Onyema Nwachukwu said.",
     "2021-04-10T10:00:00Z", "Onyema Nwachukwu", "claimed", ()),
    ("group-claimed-killed",
     "Al-Shabaab claimed it killed dozens of Kenyan soldiers in a raid on a military base at El Adde in "
     "Somalia on Friday.",
     "2016-01-16T10:00:00Z", "Al-Shabaab", "claimed", ()),
    pytest.param(
        "is-claim-via-amaq",
        "The Islamic State group claimed responsibility for the suicide bombing that killed 14 people at a "
        "checkpoint in Baghdad's Sadr City on Wednesday, in a statement carried by its Amaq news agency.",
        "2016-05-12T10:00:00Z", "Amaq", "claimed", (),
        marks=pytest.mark.xfail(reason="out of reach: a responsibility claim that tells the bombing in a relative "
                                       "clause is an attribution (no event) in the CASE 2021 convention that the dev "
                                       "floor holds (tests/eval/floors.json)")),
    ("statement-from-air-force",
     "A statement from the Ukrainian air force said Russian missiles struck an oil depot in Lviv overnight, "
     "wounding five people.",
     "2022-03-27T10:00:00Z", "air force", "claimed", ()),
    ("party-outlet-houthi",
     "Houthi-run Al-Masirah television said air strikes by the Saudi-led coalition killed 12 people at a "
     "wedding in Hajjah province on Sunday.",
     "2018-04-23T10:00:00Z", "Masirah", "claimed", ()),
    ("israeli-military-struck",
     "The Israeli military said it struck a Hezbollah weapons depot in the southern Lebanese village of "
     "Aitaroun overnight.",
     "2023-11-20T10:00:00Z", "Israeli military", "claimed", ()),
    ("rebel-spokesman-named-front",
     "A spokesman for the Arakan Army, Khine Thu Kha, said its fighters overran a military outpost in "
     "Rathedaung township on Tuesday.",
     "2020-03-04T10:00:00Z", "Khine Thu Kha", "claimed", ()),
    ("police-in-armed-conflict",
     "Colombian police said FARC dissidents attacked a police station in Jamundi with explosives on Thursday, "
     "wounding three officers.",
     "2022-05-13T10:00:00Z", "police", "claimed", ()),
    ("agency-quoting-defence-ministry",
     "The Anadolu news agency quoted the Turkish defence ministry as saying its jets struck PKK targets in "
     "northern Iraq's Hakurk region on Sunday, killing 12 militants.",
     "2019-07-15T10:00:00Z", "defence ministry", "claimed", ()),
    ("army-and-defence-ministry-one-voice",
     "The Indian army said its troops killed two militants in a gunfight in Shopian on Tuesday, and a defence "
     "ministry spokesman in Srinagar said the operation had ended.",
     "2021-03-03T10:00:00Z", "army", "claimed", ()),
    ("army-accused-enemy",
     "Sudan's army accused the Rapid Support Forces of shelling a hospital in El Fasher on Friday, killing "
     "nine people.",
     "2024-06-08T10:00:00Z", "army", "claimed", ()),
    ("security-officials-quoted-by-paper",
     "A suicide bomber blew himself up at a police station in Bannu on Monday, killing four officers, "
     "security officials quoted by the Dawn newspaper said.",
     "2023-07-18T10:00:00Z", "security officials", "claimed", ()),
    pytest.param(
        "militants-claimed-named-spokesman",
        "The Pakistani Taliban claimed responsibility for the attack on an army convoy in North Waziristan on "
        "Monday, their spokesman Mohammad Khurasani said in a message to journalists.",
        "2022-01-25T10:00:00Z", "Khurasani", "claimed", (),
        marks=pytest.mark.xfail(reason="out of reach: a responsibility claim telling the attack in its own sentence is "
                                       "an attribut"
                                       "ion in the CASE 2021 convention the dev floor holds")),
    ("ministry-announced",
     "Russia's defence ministry announced on Sunday that its forces had taken control of the village of "
     "Krasnohorivka in the Donetsk region.",
     "2024-09-09T10:00:00Z", "defence ministry", "claimed", ()),

    # ------------------------------------------------------------ two independent voices: corroborated
    ("police-officer-and-doctor",
     "A car bomb exploded outside a hotel in Mogadishu on Saturday, killing nine people, police officer "
     "Ahmed Ali and a doctor at Medina hospital said.",
     "2019-07-13T10:00:00Z", "Ahmed Ali; doctor", "corroborated", ()),
    ("witnesses-and-hospital-official",
     "Witnesses and a hospital official said at least 12 people were killed when security forces fired on "
     "demonstrators in Khartoum on Thursday.",
     "2022-01-14T10:00:00Z", "witnesses; hospital official", "corroborated", ()),
    ("health-ministry-and-civil-defence",
     "The health ministry in Gaza said an Israeli air strike on a house in Rafah killed eight members of one "
     "family on Tuesday, and the civil defence agency said rescuers were still searching the rubble.",
     "2024-02-14T10:00:00Z", "health ministry; civil defence", "corroborated", ()),
    ("lawmaker-then-nurse",
     "Gunmen stormed a church in Owo in Ondo state on Sunday and killed at least 40 worshippers, a local "
     "lawmaker said. A nurse at the federal medical centre in Owo said dozens of bodies had been brought in.",
     "2022-06-06T10:00:00Z", "lawmaker; nurse", "corroborated", ()),
    ("mayor-and-russian-ministry",
     "Russian missiles struck an oil depot in Lviv overnight, wounding five people, mayor Andriy Sadovyi said. "
     "The Russian defence ministry said its forces had hit a fuel depot used by Ukraine's army in Lviv.",
     "2022-03-27T10:00:00Z", "Sadovyi; defence ministry", "corroborated", ()),
    pytest.param(
        "group-claim-and-enemy-police-confirm",
        "The Taliban claimed responsibility for an attack on a police checkpoint in Nad Ali district of Helmand "
        "on Monday that killed six officers, and provincial police spokesman Mohammad Zaman Hamdard confirmed "
        "the toll.",
        "2019-09-03T10:00:00Z", "Taliban; Hamdard", "corroborated", (),
        marks=pytest.mark.xfail(reason="out of reach: the same CASE 2021 convention (a responsibility claim "
                                       "telling the attack in its own sentence is an attribution)")),
    ("rockets-group-and-israeli-army",
     "Hamas's armed wing said it fired a barrage of rockets at Ashkelon on Tuesday, and the Israeli military "
     "said most of them were intercepted.",
     "2021-05-11T10:00:00Z", "Israeli military", "corroborated", ()),
    ("claim-and-other-side-confirms",
     "Al-Shabaab said it killed dozens of soldiers in a raid on a Kenyan army base at El Adde in Somalia on "
     "Friday. Kenya's military confirmed the attack on the base but gave no casualty figures.",
     "2016-01-16T10:00:00Z", "Al-Shabaab", "corroborated", ()),
    ("monitor-and-party",
     "The Syrian Observatory for Human Rights said air strikes killed nine fighters of Hayat Tahrir al-Sham "
     "near Jisr al-Shughur on Monday, and the Russian defence ministry said its jets had hit militant "
     "positions there.",
     "2019-06-04T10:00:00Z", "Syrian Observatory; defence ministry", "corroborated", ()),
    ("police-and-rights-institute-at-riot",
     "Police said 14 officers were injured when rioters threw stones and petrol bombs at them in central "
     "Santiago on Friday, and the National Human Rights Institute said 30 demonstrators were hurt.",
     "2019-10-26T10:00:00Z", "police; Human Rights Institute", "corroborated", ()),
    ("agency-and-ngo",
     "A landmine killed four herders near the village of Kurmuk in Blue Nile state on Monday, the state news "
     "agency SUNA said. The Norwegian Refugee Council said the mine had been laid on a road used by "
     "returnees near Kurmuk.",
     "2019-02-12T10:00:00Z", "SUNA; Norwegian Refugee Council", "corroborated", ()),
    ("residents-and-red-crescent",
     "Residents of Jenin said three men were killed in an Israeli drone strike on a car in the city on "
     "Wednesday, and the Palestinian Red Crescent said its crews had recovered the bodies.",
     "2024-08-28T10:00:00Z", "Residents; Red Crescent", "corroborated", ()),
    ("nna-and-israeli-army",
     "Lebanon's state news agency NNA said an Israeli drone struck a car in Aitaroun on Thursday, killing "
     "two people. The Israeli military said it had hit two Hezbollah operatives in the area.",
     "2023-11-23T10:00:00Z", "NNA; Israeli military", "corroborated", ()),

    # ------------------------------------------------------------ one voice though several words: reported
    ("residents-and-witnesses-one-voice",
     "Residents told AFP that soldiers shot dead three young men in the Kalaban Coura district of Bamako on "
     "Friday. Several witnesses said the soldiers then fired on a crowd that had gathered.",
     "2020-07-11T10:00:00Z", "Residents", "reported", ("AFP",)),
    ("spokesman-speaks-for-body",
     "Gunmen killed five civilians in an attack on a bus near Mandera on Tuesday, the Kenya Red Cross said, "
     "and its spokesman said the wounded had been taken to Mandera hospital.",
     "2015-05-26T10:00:00Z", "Red Cross", "reported", ()),

    # ------------------------------------------------------------ denials and competing accounts
    ("accused-and-army-denied",
     "Congolese officials said Rwandan troops shelled the town of Bunagana on Monday, killing two civilians. "
     "Rwanda's army denied any involvement.",
     "2022-05-24T10:00:00Z", "Congolese officials", "contested", ()),
    pytest.param(
        "residents-vs-military-dismissed",
        "Residents said soldiers burned dozens of homes in the village of Kyin Taw in Myanmar's Sagaing region "
        "on Sunday. The military dismissed the accounts as fabrications.",
        "2022-02-01T10:00:00Z", "Residents", "contested", (),
        marks=pytest.mark.xfail(reason="event detection (not this area): soldiers burning homes gives no event")),
    pytest.param(
        "group-nothing-to-do-with",
        "Gunmen killed 30 villagers in Beni territory on Sunday, local officials said, blaming the ADF rebels. "
        "A man who said he spoke for the ADF said the group had nothing to do with the killings.",
        "2019-11-06T10:00:00Z", "local officials", "contested", (),
        marks=pytest.mark.xfail(reason="not reached in time: the speaker form 'a man who said he spoke for X' and an "
                                       "unplaced terr"
                                       "itory")),
    ("army-rejected-medics",
     "Medics said two demonstrators were hit by live rounds when soldiers fired on a march in Bangkok on "
     "Saturday. The Thai army rejected claims that its troops had used live ammunition.",
     "2010-04-11T10:00:00Z", "Medics", "contested", ()),
    ("rsf-denied-army-accusation",
     "Sudan's army accused the Rapid Support Forces of shelling a hospital in El Fasher on Friday, killing "
     "nine people. The RSF denied the accusation.",
     "2024-06-08T10:00:00Z", "army", "contested", ()),
    ("police-version-vs-relatives",
     "Police in Kenya said officers shot dead a man who was attacking them with a machete in Mathare on "
     "Tuesday. His relatives said he was unarmed and was shot while walking home.",
     "2017-08-10T10:00:00Z", "Police", "contested", ()),
    ("only-denied",
     "Rwanda's army on Tuesday denied that its troops had shelled the Congolese town of Bunagana, calling "
     "the accusation baseless.",
     "2022-05-24T10:00:00Z", "", NO_EVENT, ()),
    ("only-denied-spokesman",
     "A spokesman for the Ethiopian government denied reports that federal troops had killed civilians in "
     "the town of Bora in Tigray.",
     "2021-01-20T10:00:00Z", "", NO_EVENT, ()),

    # ------------------------------------------------------------ near misses: no added voice, no status change
    pytest.param(
        "nm-told-passengers",
        "Gunmen told the passengers to get off the bus before shooting four of them near Mandera on Tuesday, "
        "police said.",
        "2014-11-25T10:00:00Z", "police", "reported", ("passengers",),
        marks=pytest.mark.xfail(reason="event detection (not this area): 'before shooting four of them' gives "
                                       "no event")),
    ("nm-told-passengers-shot",
     "Gunmen told the passengers to get off the bus and shot dead four of them near Mandera on Tuesday, police "
     "said.",
     "2014-11-25T10:00:00Z", "police", "reported", ("Gunmen", "passengers")),
    ("nm-claimed-the-lives",
     "The blast claimed the lives of 20 people at a market in Maiduguri on Friday, an emergency services "
     "official said.",
     "2018-05-05T10:00:00Z", "emergency", "reported", ()),
    ("nm-denied-access",
     "Residents said they were denied access to the hospital after an air strike killed four people in the "
     "village of Kafr Nabl on Sunday.",
     "2019-05-20T10:00:00Z", "Residents", "reported", ()),
    ("nm-rejected-result",
     "Protesters who rejected the election result clashed with police in Kinshasa on Monday, and two people "
     "were killed, witnesses said.",
     "2019-01-08T10:00:00Z", "witnesses", "reported", ()),
    ("nm-citing-reason",
     "Gunmen killed six people at a bar in Celaya on Saturday, the newspaper El Universal reported, citing "
     "a feud between rival gangs.",
     "2019-10-28T10:00:00Z", "El Universal", "reported", ("feud", "gangs")),
    ("nm-according-to-plan",
     "The army said its troops took the village of Kafr Nabuda from rebels on Tuesday in an operation that "
     "went according to plan.",
     "2019-05-28T10:00:00Z", "army", "claimed", ("plan",)),
    ("nm-police-station-target",
     "Gunmen attacked a police checkpoint in Zinjibar on Friday, killing three officers, a local official "
     "said.",
     "2015-08-15T10:00:00Z", "official", "reported", ("police",)),
    ("nm-said-in-quote-speech",
     "Gunmen killed seven people at a wedding in Tillaberi on Saturday, the governor said, days after the "
     "president said the region was safe.",
     "2021-08-16T10:00:00Z", "governor", "reported", ("president",)),
    ("nm-ministry-target-not-voice",
     "A car bomb exploded outside the interior ministry in Kabul on Monday, killing four people, a health "
     "ministry spokesman said.",
     "2017-04-04T10:00:00Z", "health ministry", "reported", ("interior",)),
    ("nm-statement-on-other-matter",
     "Gunmen killed four soldiers at a checkpoint near Arbinda on Friday, a security source said. In a "
     "separate statement, the UN called for calm ahead of elections.",
     "2020-11-14T10:00:00Z", "security source", "claimed", ("UN",)),
    ("nm-second-speaker-other-matter",
     "Gunmen killed six villagers in an attack on Kukawa on Sunday, a local official said, and the governor said "
     "schools in the area would reopen next week.",
     "2020-09-07T10:00:00Z", "official", "reported", ("governor",)),
    ("nm-second-speaker-no-one-hurt",
     "Militants fired two rockets at an air base near Balad on Tuesday, a local official said, and the army said "
     "no soldiers were hurt.",
     "2020-03-11T10:00:00Z", "official", "reported", ("army",)),
    ("nm-passive-killed-by",
     "Two men were killed by gunmen in Culiacan on Monday and their car was set on fire, according to police.",
     "2022-01-11T10:00:00Z", "police", "reported", ("gunmen",)),
    ("passive-figures-released-by",
     "Figures released by the health ministry showed that 14 people were killed in the air strike on a market "
     "in Saada on Tuesday.",
     "2018-08-08T10:00:00Z", "health ministry", "reported", ()),
    ("nm-accused-each-other",
     "The two armies on Monday accused each other of starting the fighting along their border, which broke out "
     "on Saturday near the town of Kerki.",
     "2021-07-12T10:00:00Z", "", NO_EVENT, ()),
    ("nm-accused-of-no-deed",
     "The government on Friday accused the rebels of receiving weapons from abroad and of recruiting children.",
     "2021-07-12T10:00:00Z", "", NO_EVENT, ()),
    ("nm-claimed-responsibility-kidnapping-no-day",
     "A little-known group claimed responsibility for a string of kidnappings of foreign engineers.",
     "2021-07-12T10:00:00Z", "", NO_EVENT, ()),
    # ------------------------------------------------------------ second round: more forms, written before running
    ("r2-says-present",
     "A roadside bomb has killed four soldiers on patrol near the town of Djibo, the army says.",
     "2021-10-05T10:00:00Z", "army", "claimed", ()),
    ("r2-according-to-statement-by",
     "According to a statement by the Malian army, troops killed 30 militants in fighting near Boulkessi on "
     "Saturday.",
     "2021-10-05T10:00:00Z", "army", "claimed", ()),
    ("r2-said-in-statement-on-website",
     "The Syrian Network for Human Rights said in a report on its website that a barrel bomb killed nine "
     "civilians in the town of Kafr Zita on Thursday.",
     "2016-02-20T10:00:00Z", "Syrian Network for Human Rights", "reported", ()),
    ("r2-senior-official-anonymity",
     "A suicide car bomb killed 12 people at a checkpoint outside Kirkuk on Sunday, a senior police official said, "
     "speaking on condition of anonymity.",
     "2016-10-24T10:00:00Z", "police official", "reported", ()),
    ("r2-told-state-television",
     "Gunmen shot dead three election officials in the town of Kidal on Sunday, the regional governor told state "
     "television.",
     "2018-07-30T10:00:00Z", "governor", "reported", ("television",)),
    ("r2-wrote-on-facebook",
     "An air strike hit a bakery in the town of Maarat al-Numan on Monday, killing eight people, a local doctor "
     "wrote on Facebook.",
     "2019-07-23T10:00:00Z", "doctor", "reported", ("Facebook",)),
    ("r2-put-the-toll",
     "The health ministry put the toll from Tuesday's air strike on a market in the town of Ariha at 11 dead.",
     "2020-01-16T10:00:00Z", "health ministry", "reported", ()),
    ("r2-medical-sources-at-hospital",
     "Medical sources at the Nasser hospital said an air strike on a tent camp in Khan Younis killed nine people "
     "overnight.",
     "2024-07-10T10:00:00Z", "Medical sources", "reported", ()),
    ("r2-security-sources-told-afp",
     "Suspected jihadists killed 11 gendarmes in an ambush near the town of Tanwalbougou on Tuesday, security "
     "sources told AFP.",
     "2021-09-03T10:00:00Z", "security sources", "claimed", ("AFP",)),
    ("r2-rebels-say-they",
     "The rebels say they shot down a government helicopter near the town of Gondar on Wednesday.",
     "2023-08-04T10:00:00Z", "rebels", "claimed", ()),
    ("r2-could-not-be-verified",
     "The Houthis said they fired a ballistic missile at an oil facility in Jizan on Sunday. The claim could not "
     "be independently verified.",
     "2019-08-19T10:00:00Z", "Houthi", "claimed", ()),
    ("r2-called-reports-false",
     "Residents said soldiers shot dead seven villagers in the village of Tin Hama on Friday. The defence ministry "
     "called the reports false.",
     "2022-03-13T10:00:00Z", "Residents", "contested", ()),
    ("r2-baseless",
     "Opposition activists said government forces shelled the town of Kafranbel on Saturday, killing five "
     "people. State media said the reports were baseless.",
     "2019-05-20T10:00:00Z", "activists", "contested", ()),
    ("r2-traded-blame",
     "Two people were killed when fighting broke out between troops and rebels near the town of Kalehe on "
     "Thursday, a local official said. The army and the rebels blamed each other for starting the clash.",
     "2023-02-17T10:00:00Z", "official", "reported", ()),
    ("r2-officials-at-governors-office",
     "Unidentified gunmen killed a village chief and his son in the district of Kajiado on Tuesday, an official at "
     "the county commissioner's office said.",
     "2019-03-06T10:00:00Z", "official", "reported", ()),
    ("r2-posted-on-telegram-group",
     "The Wagner group said on its Telegram channel that its fighters had taken the village of Klishchiivka on "
     "Monday.",
     "2023-01-17T10:00:00Z", "Wagner", "claimed", ()),
    ("r2-tally-by-monitor",
     "At least 23 people were killed in an air strike on a school in the town of Tal Abyad on Friday, according to "
     "a tally by the Syrian Observatory for Human Rights.",
     "2019-10-12T10:00:00Z", "Syrian Observatory", "reported", ()),
    ("r2-sources-in-town",
     "Gunmen killed five traders on the road between Gao and Ansongo on Sunday, sources in Ansongo said.",
     "2019-04-02T10:00:00Z", "sources", "reported", ()),
    ("r2-spokesperson-for-un-mission",
     "Gunmen attacked a camp for displaced people near Bentiu on Friday and killed three women, a spokesperson "
     "for the UN mission said.",
     "2017-03-11T10:00:00Z", "UN", "reported", ()),
    ("r2-doctor-and-witnesses-later",
     "Security forces fired live rounds at protesters in the city of Mandalay on Saturday, killing two people. A "
     "doctor at the city hospital said both men had been shot in the head. Witnesses said the soldiers fired "
     "without warning.",
     "2021-02-21T10:00:00Z", "doctor; Witnesses", "corroborated", ()),
    ("r2-interior-ministry-riot",
     "Rioters set fire to three police stations in the city of Sfax on Monday night, the interior ministry said.",
     "2021-01-19T10:00:00Z", "interior ministry", "reported", ()),
    ("r2-ministry-and-residents-riot",
     "Rioters set fire to three police stations in the city of Sfax on Monday night, the interior ministry said. "
     "Residents said the rioters also looted shops near the stations.",
     "2021-01-19T10:00:00Z", "interior ministry; Residents", "corroborated", ()),
    ("r2-group-claim-statement-online",
     "In a statement posted online, al-Shabaab said its fighters attacked a military base in the town of Balad on "
     "Friday and killed 20 soldiers.",
     "2019-04-08T10:00:00Z", "al-Shabaab", "claimed", ()),
    ("r2-nm-said-as-noun-report",
     "Gunmen killed four people at a bar in Acapulco on Saturday, the state prosecutor's office said in a report "
     "to the press.",
     "2019-04-08T10:00:00Z", "prosecutor", "reported", ("press",)),
    ("r2-nm-reports-investigated",
     "Opposition activists said government forces shelled the town of Kafranbel on Saturday, killing five "
     "people. State media said the reports were being investigated.",
     "2019-05-20T10:00:00Z", "activists", "reported", ()),
    ("r2-nm-unplaced-police-riot",
     "Rioters burned a police post near the town of Tanwalbougou on Tuesday, police sources said.",
     "2021-09-03T10:00:00Z", "police sources", "reported", ()),
    ("r2-nm-unarmed-no-force-version",
     "Police shot dead a man in the Mathare slum on Tuesday, witnesses said. A doctor at the Mama Lucy hospital said "
     "he was unarmed and had been shot in the back.",
     "2017-08-10T10:00:00Z", "witnesses; doctor", "corroborated", ()),
    # ------------------------------------------------------------ third round (written before running)
    ("r3-governor-and-army",
     "Militants stormed a police station in the town of Mocimboa da Praia on Wednesday and killed four officers, "
     "the provincial governor said. The army said its troops had driven the attackers out.",
     "2020-03-25T10:00:00Z", "governor; army", "corroborated", ()),
    ("r3-according-to-officials-and-residents",
     "Gunmen opened fire on the market of Ber in Timbuktu region on Monday and shot dead five traders, according "
     "to local officials and residents.",
     "2021-06-15T10:00:00Z", "officials; residents", "corroborated", ()),
    ("r3-inverted-ministry-spokesman",
     "Gunmen killed two guards at a checkpoint outside the city of Arish on Thursday, said the interior ministry's "
     "spokesman.",
     "2017-02-10T10:00:00Z", "interior ministry", "reported", ()),
    ("r3-ap-anonymity",
     "A car bomb exploded outside a police station in the city of Kirkuk on Sunday, killing three people, an "
     "official told the Associated Press on condition of anonymity.",
     "2016-10-24T10:00:00Z", "official", "reported", ("Associated Press",)),
    ("r3-presidency-statement",
     "A statement from the presidency said troops had retaken the town of Kadugli from rebels on Sunday.",
     "2012-06-18T10:00:00Z", "presidency", "claimed", ()),
    ("r3-idf-said",
     "The Israel Defense Forces said its aircraft struck a Hamas command centre in the Zeitoun neighbourhood of Gaza "
     "City overnight.",
     "2024-02-26T10:00:00Z", "Israel Defense Forces", "claimed", ()),
    ("r3-ukr-southern-command",
     "Russian drones hit a grain warehouse in the port of Izmail overnight, Ukraine's southern military command said.",
     "2023-08-16T10:00:00Z", "southern military command", "claimed", ()),
    ("r3-police-later-added-one-voice",
     "Gunmen shot dead three people at a nightclub in the city of Salvador on Saturday, police said. Police later "
     "added that the attackers had fled in a stolen car.",
     "2019-06-17T10:00:00Z", "police", "reported", ()),
    ("r3-citing-source-governors-office",
     "A bomb hidden in a cart exploded at a bus stop in the town of Parachinar on Friday, killing six people, the "
     "Dawn newspaper reported, citing a source in the governor's office.",
     "2017-03-31T10:00:00Z", "Dawn", "reported", ()),
    ("r3-both-sides-officials-confirmed",
     "Troops and rebels clashed for several hours near the town of Rutshuru on Monday, and officials from both "
     "sides confirmed the fighting.",
     "2022-05-24T10:00:00Z", "", "corroborated", ()),
    ("r3-reuters-and-ap",
     "A suicide bomber killed 14 people at a wedding hall in Kabul on Saturday, Reuters reported. The Associated "
     "Press said the bomber had walked into the hall as guests were dancing.",
     "2019-08-18T10:00:00Z", "Reuters; Associated Press", "corroborated", ()),
    ("r3-hedged-apparently",
     "Security forces apparently opened fire on a crowd of protesters in the city of Kassala on Sunday, killing two "
     "people, a local doctors' group said.",
     "2019-09-02T10:00:00Z", "doctors", "reported", ()),
    ("r3-nm-president-condemned",
     "Gunmen killed 12 worshippers in an attack on a mosque in the village of Tanouan on Friday, a local official "
     "said. The president condemned the attack.",
     "2021-12-04T10:00:00Z", "official", "reported", ("president",)),
    ("r3-day-part-before-long-speaker",
     "In the afternoon doctors at the Al-Ahli Arab hospital in Gaza City, the main hospital in the north, said an "
     "air strike on a school had killed 12 people.",
     "2023-10-20T10:00:00Z", "doctors", "reported", ("afternoon",)),
    ("second-speaker-relief-agency",
     "An air strike hit a camp for displaced people near Saada on Monday, killing seven people, local officials "
     "said, and the aid agency Islamic Relief said its teams had treated the wounded.",
     "2019-09-02T10:00:00Z", "local officials; Islamic Relief", "corroborated", ()),
]


@pytest.mark.parametrize("name,text,published,voices,status,absent", CASES,
                         ids=[c.values[0] if hasattr(c, "values") else c[0] for c in CASES])
def test_variation_sources_and_status(name, text, published, voices, status, absent):
    events = _events(text, published)
    seen = [(e.sub_event_type, e.status, [(s.name, s.kind, s.stance) for s in e.sources]) for e in events]
    if status == NO_EVENT:
        assert all(e.status == "denied" for e in events), seen
        return
    assert events, "no event"

    def fits(e) -> bool:
        if voices and not source_hit(voices, e.sources):
            return False
        if e.status != status:
            return False
        return not any(a.lower() in s.name.lower() for a in absent for s in e.sources)

    assert any(fits(e) for e in events), seen
