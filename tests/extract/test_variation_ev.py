"""A varied battery for event detection, typing and non-events (branch lexev), written before reading the
extraction code: short passages in the project's own words, across countries, years and kinds of conflict,
that tell the ACLED sub-types in the many ways news copy does (verbs, nouns, passives, "came under", "was hit
by", "were caught in", attributions before, inside or after the sentence), the things that look like events
and are not (plans, threats, warnings, calls, conditionals, negations, denials alone, reactions,
investigations, trials, anniversaries, history, disasters, accidents, ordinary crime, diplomacy, opinion,
national or multi-day totals), and incidents told over several sentences that must stay one event.

Each expected result was written by hand from README "Data model" and CODING-RULES.md; the test compares the
sorted sub-types of the events the pipeline and fusion give."""
from __future__ import annotations

import pytest

from voice_helpers import _events

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
SUICIDE = "Suicide bomb"
CHEM = "Chemical weapon"
CLASH = "Armed clash"
REGAIN = "Government regains territory"
OVERTAKE = "Non-state actor overtakes territory"
TRANSFER = "Non-violent transfer of territory"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"
ARRESTS = "Arrests"
PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT_DEMO = "Violent demonstration"
MOB = "Mob violence"
AGREEMENT = "Agreement"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
HQ = "Headquarters or base established"
LOOTING = "Looting/property destruction"

# (text, published, expected sub-types)
EVENTS = [
    # ---------------------------------------------------------------- air and drone strikes
    ("A drone struck a car near the town of Marib on Monday, killing four people inside, local officials said.",
     "2021-03-16T10:00:00Z", [AIR]),
    ("Warplanes bombed a market in the rebel-held town of Maarat al-Numan on Tuesday, killing 15 civilians, "
     "rescuers said.", "2019-07-24T10:00:00Z", [AIR]),
    ("A wedding party in the village of Bazai was hit by an air strike on Saturday, leaving 11 people dead, "
     "residents said.", "2018-09-24T10:00:00Z", [AIR]),
    ("Two militants were killed in a drone strike in the Lower Shabelle region on Thursday, the Somali "
     "government said.", "2020-02-14T10:00:00Z", [AIR]),
    ("An aerial bombardment of the village of Pazigyi in Sagaing region on Tuesday killed more than 100 people, "
     "witnesses said.", "2023-04-12T10:00:00Z", [AIR]),
    ("The army said its helicopter gunships had pounded militant hideouts in North Waziristan on Sunday, "
     "killing 12 fighters.", "2017-05-22T10:00:00Z", [AIR]),
    # ---------------------------------------------------------------- shelling, artillery, missiles
    ("Artillery shells landed in a residential district of Donetsk on Friday, killing two civilians, the "
     "city's mayor said.", "2015-01-24T10:00:00Z", [SHELL]),
    ("A Russian missile slammed into an apartment block in Dnipro on Saturday, killing at least 30 people.",
     "2023-01-15T10:00:00Z", [SHELL]),
    ("Rockets fired from Gaza hit the Israeli town of Sderot on Wednesday, wounding three people, the "
     "Israeli army said.", "2019-03-28T10:00:00Z", [SHELL]),
    ("Government forces shelled the rebel-held village of Kafr Nabl overnight, residents said.",
     "2019-05-30T10:00:00Z", [SHELL]),
    ("The town of Kramatorsk came under rocket fire early on Thursday, the regional governor said, adding that "
     "nobody was hurt.", "2022-04-29T10:00:00Z", [SHELL]),
    ("Mortar rounds struck a camp for displaced people near Goma on Friday, killing nine people.",
     "2024-05-04T10:00:00Z", [SHELL]),
    # ---------------------------------------------------------------- planted bombs, mines, IEDs
    ("A roadside bomb tore through a military convoy near Gao on Tuesday, killing three soldiers, the army "
     "said.", "2020-11-18T10:00:00Z", [IED]),
    ("Five soldiers were killed when their vehicle struck a landmine near the town of Djibo on Monday.",
     "2021-08-17T10:00:00Z", [IED]),
    ("A car bomb went off outside a police station in Mogadishu on Sunday, killing eight people.",
     "2019-12-30T10:00:00Z", [IED]),
    ("An explosive device planted on a motorcycle exploded in a crowded market in Quetta on Friday, wounding "
     "14 people, police said.", "2022-03-12T10:00:00Z", [IED]),
    ("A bomb hidden in a bag exploded on a minibus in Kabul's Dasht-e-Barchi neighbourhood on Saturday, "
     "killing six passengers.", "2022-04-24T10:00:00Z", [IED]),
    # ---------------------------------------------------------------- grenades
    ("Unknown assailants hurled a grenade into a bar in Bujumbura on Friday night, wounding 12 people, police "
     "said.", "2016-02-20T10:00:00Z", [GRENADE]),
    ("A grenade was thrown at a police post in Srinagar on Monday, injuring two officers.",
     "2021-10-26T10:00:00Z", [GRENADE]),
    ("Attackers lobbed grenades at a crowd of shoppers in the town of Isulan on Tuesday, killing two people.",
     "2018-09-05T10:00:00Z", [GRENADE]),
    # ---------------------------------------------------------------- suicide bombs
    ("A suicide bomber blew himself up at a Shiite mosque in Kunduz during Friday prayers, killing dozens of "
     "worshippers.", "2021-10-09T10:00:00Z", [SUICIDE]),
    ("A woman wearing an explosives belt detonated it at a checkpoint in Maiduguri on Sunday, killing two "
     "members of a vigilante group.", "2018-06-18T10:00:00Z", [SUICIDE]),
    ("A suicide car bomber rammed his vehicle into the gate of an army base in Baidoa on Wednesday, killing at "
     "least five soldiers.", "2019-06-20T10:00:00Z", [SUICIDE]),
    # ---------------------------------------------------------------- armed clashes
    ("Troops and Islamist fighters exchanged fire for several hours near Diffa on Tuesday, leaving four "
     "militants dead, the defence ministry said.", "2017-07-05T10:00:00Z", [CLASH]),
    ("Fighting broke out between the army and the Rapid Support Forces in Omdurman on Saturday, residents "
     "said.", "2023-06-04T10:00:00Z", [CLASH]),
    ("Government soldiers battled al-Shabaab militants in the village of Bacadweyne on Monday, a local elder "
     "said.", "2022-09-13T10:00:00Z", [CLASH]),
    ("An army patrol came under fire from gunmen near the town of Kidal on Thursday; two soldiers were "
     "wounded.", "2016-04-22T10:00:00Z", [CLASH]),
    ("Two police officers were shot dead by suspected militants at a checkpoint in Pulwama district on Sunday.",
     "2019-08-12T10:00:00Z", [CLASH]),
    ("Heavy clashes erupted between rival militias in Tripoli's Ain Zara district on Monday night, killing "
     "six people.", "2023-08-15T10:00:00Z", [CLASH]),
    ("According to witnesses, clashes between Fano militiamen and federal troops took place in the town of "
     "Lalibela on Wednesday.", "2023-08-10T10:00:00Z", [CLASH]),
    ("Civilians were caught in the crossfire when soldiers fought ELN guerrillas in the town of Arauca on "
     "Friday; one farmer was killed.", "2022-01-08T10:00:00Z", [CLASH]),
    ("Militants ambushed a police convoy in Kurram district on Thursday, killing 10 officers, officials said.",
     "2023-07-07T10:00:00Z", [CLASH]),
    # ---------------------------------------------------------------- territory
    ("Government forces recaptured the town of Bulo Burde from al-Shabaab on Tuesday, a military commander "
     "said.", "2022-10-19T10:00:00Z", [REGAIN]),
    ("The city of Kherson was retaken by Ukrainian forces on Friday, the defence ministry said.",
     "2022-11-12T10:00:00Z", [REGAIN]),
    ("Iraqi forces regained control of the Nuri mosque in Mosul's old city on Thursday, the military said.",
     "2017-06-30T10:00:00Z", [REGAIN]),
    ("M23 rebels seized the town of Bunagana on the Ugandan border on Monday, residents said.",
     "2022-06-14T10:00:00Z", [OVERTAKE]),
    ("The town of Lashio fell to the Myanmar National Democratic Alliance Army on Saturday after weeks of "
     "fighting.", "2024-08-04T10:00:00Z", [OVERTAKE]),
    ("Taliban fighters took control of Kunduz city on Sunday, officials said.",
     "2021-08-09T10:00:00Z", [OVERTAKE]),
    ("UN peacekeepers handed over their base in Ber to the Malian army on Sunday, the mission said.",
     "2023-08-14T10:00:00Z", [TRANSFER]),
    ("Junta troops abandoned the town of Paletwa on Monday and Arakan Army fighters moved in without a fight.",
     "2024-01-16T10:00:00Z", [TRANSFER]),
    # ---------------------------------------------------------------- violence against civilians
    ("Gunmen killed 12 villagers in the Bokkos area of Plateau state overnight, local officials said.",
     "2023-12-25T10:00:00Z", [ATTACK]),
    ("Armed men opened fire on worshippers at a church in Owo on Sunday, killing at least 40 people.",
     "2022-06-06T10:00:00Z", [ATTACK]),
    ("Seven farmers were shot dead by unidentified assailants in their fields near Djibo on Wednesday.",
     "2020-10-15T10:00:00Z", [ATTACK]),
    ("CODECO militiamen stormed a displacement camp in Djugu territory on Tuesday night and hacked 18 people "
     "to death with machetes.", "2022-05-11T10:00:00Z", [ATTACK]),
    ("A journalist was stabbed to death outside his home in Tijuana on Monday by unknown attackers.",
     "2022-01-18T10:00:00Z", [ATTACK]),
    ("Gunmen kidnapped 20 students from a school in Kuriga, Kaduna state, on Thursday, residents said.",
     "2024-03-08T10:00:00Z", [ABDUCT]),
    ("Three aid workers were abducted by armed men on the road between Gao and Ansongo on Tuesday, the charity "
     "said.", "2021-04-14T10:00:00Z", [ABDUCT]),
    ("Fighters seized a local chief in the village of Kipupu on Friday and took him to an unknown location.",
     "2020-07-18T10:00:00Z", [ABDUCT]),
    ("RSF fighters raped at least eight women in the town of Tambul on Monday, a women's rights group said.",
     "2024-01-10T10:00:00Z", [SEXUAL]),
    ("Two teenage girls were sexually assaulted by armed men near a displacement camp outside Bunia on "
     "Saturday, the UN said.", "2023-02-13T10:00:00Z", [SEXUAL]),
    # ---------------------------------------------------------------- arrests
    ("Police arrested the opposition leader Kizza Besigye at his home in Kampala on Tuesday.",
     "2016-05-11T10:00:00Z", [ARRESTS]),
    ("Security forces detained 30 activists in Bamako on Friday, a rights group said.",
     "2020-07-11T10:00:00Z", [ARRESTS]),
    ("A prominent journalist was taken into custody by intelligence agents in Tehran on Saturday, his family "
     "said.", "2022-10-02T10:00:00Z", [ARRESTS]),
    # ---------------------------------------------------------------- protests
    ("Thousands marched through central Santiago on Friday to demand pension reform.",
     "2016-07-23T10:00:00Z", [PEACEFUL]),
    ("Teachers staged a sit-in outside the education ministry in Beirut on Monday over unpaid salaries.",
     "2022-10-11T10:00:00Z", [PEACEFUL]),
    ("Hundreds of people rallied in Tbilisi on Sunday against a draft law on foreign agents, chanting slogans "
     "outside parliament.", "2023-03-06T10:00:00Z", [PEACEFUL]),
    ("Demonstrators gathered peacefully in front of the governor's office in Lahore on Wednesday to protest "
     "against power cuts.", "2023-08-31T10:00:00Z", [PEACEFUL]),
    ("Police fired tear gas to disperse hundreds of students protesting in Dhaka on Tuesday.",
     "2024-07-17T10:00:00Z", [INTERVENTION]),
    ("Riot police broke up a demonstration by opposition supporters in Conakry on Thursday and arrested 12 "
     "people.", "2019-10-25T10:00:00Z", [INTERVENTION]),
    ("A protest against fuel prices in Nairobi was dispersed by police using water cannon on Wednesday.",
     "2023-03-16T10:00:00Z", [INTERVENTION]),
    ("Security forces opened fire on protesters in Khartoum on Thursday, killing five people, medics said.",
     "2022-01-14T10:00:00Z", [EXCESSIVE]),
    ("Soldiers shot dead three demonstrators in the city of Mandalay on Saturday, witnesses said.",
     "2021-02-21T10:00:00Z", [EXCESSIVE]),
    ("At least two people were killed when police used live ammunition against a peaceful march in Lima on "
     "Monday.", "2022-12-13T10:00:00Z", [EXCESSIVE]),
    # ---------------------------------------------------------------- riots
    ("Protesters threw stones at police and set tyres ablaze in the streets of Port-au-Prince on Monday.",
     "2022-09-13T10:00:00Z", [VIOLENT_DEMO]),
    ("Angry demonstrators torched a police station in the town of Beni on Tuesday after a spate of killings.",
     "2019-11-27T10:00:00Z", [VIOLENT_DEMO]),
    ("Rioters smashed shop windows and set cars on fire in Nanterre overnight, the interior ministry said.",
     "2023-06-29T10:00:00Z", [VIOLENT_DEMO]),
    ("A mob lynched two men accused of child abduction in the town of Acatlan on Wednesday, police said.",
     "2018-08-31T10:00:00Z", [MOB]),
    ("Supporters of rival parties attacked each other with sticks and machetes in Mombasa on Saturday, "
     "injuring 11 people.", "2017-07-31T10:00:00Z", [MOB]),
    ("A crowd beat a factory manager to death after accusing him of blasphemy in Sialkot on Friday.",
     "2021-12-04T10:00:00Z", [MOB]),
    # ---------------------------------------------------------------- strategic developments
    ("The government and the National Liberation Army signed a six-month ceasefire agreement in Havana on "
     "Friday.", "2023-06-10T10:00:00Z", [AGREEMENT]),
    ("Sudan's army and the RSF agreed on Saturday to a seven-day truce, mediators said.",
     "2023-05-21T10:00:00Z", [AGREEMENT]),
    ("Several armed groups in northern Mali announced on Tuesday that they had merged into a single movement.",
     "2023-02-09T10:00:00Z", [CHANGE]),
    ("Soldiers defused a bomb planted near a school in Maiduguri on Tuesday, police said.",
     "2019-03-06T10:00:00Z", [DISRUPTED]),
    ("Air defences shot down 18 drones over the Kyiv region overnight, the air force said.",
     "2023-05-29T10:00:00Z", [DISRUPTED]),
    ("Police found and disarmed an explosive device hidden under a bridge on the Kabul-Jalalabad road on "
     "Sunday.", "2019-09-16T10:00:00Z", [DISRUPTED]),
    ("Al-Shabaab militants set up a base in the village of Ceel Baraf on Friday, residents said.",
     "2021-03-13T10:00:00Z", [HQ]),
    ("Armed men looted shops and burned dozens of houses in the village of Mamfe on Monday, residents said.",
     "2019-02-12T10:00:00Z", [LOOTING]),
    ("Fighters pillaged the central market of Nyala on Sunday, traders said.",
     "2023-05-22T10:00:00Z", [LOOTING]),
    ("Unidentified attackers set fire to a school in the village of Bali overnight; no one was hurt.",
     "2018-11-06T10:00:00Z", [LOOTING]),
    ("Helicopters dropped barrels filled with chlorine on the town of Douma on Saturday, leaving dozens of "
     "people choking, rescuers said.", "2018-04-08T10:00:00Z", [CHEM]),
    # ---------------------------------------------------------------- a second, harder round of wordings
    ("Israeli aircraft carried out a raid on a house in Rafah early on Tuesday, killing seven members of one "
     "family, health officials said.", "2024-02-20T10:00:00Z", [AIR]),
    ("A strike by a Turkish drone on a car in Qamishli killed two Kurdish fighters on Wednesday, the SDF said.",
     "2023-06-15T10:00:00Z", [AIR]),
    ("Explosions rocked Odesa before dawn on Monday as Russian drones hit energy facilities, the regional "
     "governor said.", "2023-11-06T10:00:00Z", [AIR]),
    ("Heavy shelling pounded Khan Younis overnight, residents said.", "2024-01-23T10:00:00Z", [SHELL]),
    ("Houthi forces fired a ballistic missile at the city of Marib on Sunday, killing four civilians, the "
     "government said.", "2021-06-07T10:00:00Z", [SHELL]),
    ("An IED blast hit a police vehicle in Dantewada on Wednesday, killing 10 policemen and their driver.",
     "2023-04-27T10:00:00Z", [IED]),
    ("A device exploded under a parked car in central Damascus on Thursday, killing its driver, state media "
     "said.", "2022-08-05T10:00:00Z", [IED]),
    ("Police said a man threw a hand grenade into a crowd in Mandera on Saturday, wounding seven people.",
     "2016-10-10T10:00:00Z", [GRENADE]),
    ("A teenage suicide attacker detonated his vest among worshippers at a mosque in Mubi on Tuesday, killing "
     "50 people.", "2017-11-22T10:00:00Z", [SUICIDE]),
    ("A bomber drove an explosives-laden truck into the gate of a hotel in Mogadishu on Saturday, killing 20 "
     "people.", "2019-07-14T10:00:00Z", [SUICIDE]),
    ("Soldiers and Ansaroul Islam fighters engaged in a gun battle near Arbinda on Sunday that left 12 "
     "fighters dead, the army said.", "2019-04-02T10:00:00Z", [CLASH]),
    ("The rebels said they had repulsed an army assault on their positions near Kitshanga on Tuesday.",
     "2023-10-25T10:00:00Z", [CLASH]),
    ("An attack on an army post in Boulkessi on Monday killed 11 soldiers, the government said.",
     "2019-10-02T10:00:00Z", [CLASH]),
    ("Kenyan troops killed 12 al-Shabaab fighters in a firefight near Lamu on Friday, the military said.",
     "2020-01-11T10:00:00Z", [CLASH]),
    ("Heavy fighting was reported on Thursday around the town of Bakhmut.", "2023-01-13T10:00:00Z", [CLASH]),
    ("Malian troops said on Sunday they had liberated the town of Anefis from armed groups.",
     "2023-10-09T10:00:00Z", [REGAIN]),
    pytest.param("Houthi fighters captured the district centre of Harib on Tuesday, tribal sources said.",
                 "2021-09-22T10:00:00Z", [OVERTAKE], marks=pytest.mark.xfail(
                     reason="the actor registry's judgement call: the Houthi authorities' forces are coded as "
                            "Yemen's state forces, so their taking is 'Government regains' (actors area)", strict=False)),
    ("Armed men burst into a mosque in Funtua during prayers and took away 11 worshippers, residents said.",
     "2022-06-01T10:00:00Z", [ABDUCT]),
    ("Police rounded up 40 suspected members of the banned group in a series of raids in Istanbul on "
     "Tuesday.", "2018-03-07T10:00:00Z", [ARRESTS]),
    ("Thousands of people took to the streets of Belgrade on Saturday to denounce violence.",
     "2023-05-14T10:00:00Z", [PEACEFUL]),
    ("Farmers blocked roads with tractors near Amritsar on Monday, demanding guaranteed prices for their "
     "crops.", "2024-02-20T10:00:00Z", [PEACEFUL]),
    ("Police in Nairobi tear-gassed opposition supporters marching to the city centre on Monday.",
     "2023-03-21T10:00:00Z", [INTERVENTION]),
    ("Dozens of protesters were detained when police moved in to break up a rally in Moscow on Saturday.",
     "2021-01-24T10:00:00Z", [INTERVENTION]),
    ("Troops fired live rounds into a crowd of protesters in Kerman on Friday, killing two, rights groups "
     "said.", "2022-11-19T10:00:00Z", [EXCESSIVE]),
    ("Youths barricaded roads with burning tyres and hurled rocks at police in Harare on Monday in protest at "
     "fuel price rises.", "2019-01-15T10:00:00Z", [VIOLENT_DEMO]),
    ("Villagers set upon two suspected cattle thieves near Nakuru on Sunday and beat them to death, police "
     "said.", "2021-08-09T10:00:00Z", [MOB]),
    ("Representatives of the army and the rebel alliance signed a peace accord in Doha on Saturday.",
     "2022-08-07T10:00:00Z", [AGREEMENT]),
    ("Soldiers found and destroyed a cache of weapons and explosives in a house in Bama on Wednesday.",
     "2020-02-13T10:00:00Z", [DISRUPTED]),
    ("Rebels burned down the district administration office in the town of Kiwanja on Tuesday.",
     "2022-11-02T10:00:00Z", [LOOTING]),
    ("The jihadist group said in a statement on Thursday that it had appointed a new leader after the death "
     "of its chief.", "2022-12-02T10:00:00Z", [CHANGE]),
]

NOT_EVENTS = [
    # plans, threats, warnings, calls
    ("The army said it would launch an offensive to retake the town of Kidal in the coming weeks.",
     "2023-10-03T10:00:00Z"),
    ("Al-Shabaab threatened to attack hotels in Mogadishu if the government went ahead with the elections.",
     "2021-04-20T10:00:00Z"),
    ("The UN warned on Tuesday that fighting could erupt in El Fasher at any moment.",
     "2024-04-17T10:00:00Z"),
    ("Opposition leaders called for nationwide protests on Friday against the election results.",
     "2019-01-15T10:00:00Z"),
    ("The embassy warned of possible attacks on hotels and shopping centres in the capital over the holidays.",
     "2018-12-20T10:00:00Z"),
    ("Unions plan to march on parliament in Accra on Thursday to demand higher wages.",
     "2022-06-20T10:00:00Z"),
    ("The government said it would deploy 2,000 additional troops to Cabo Delgado province.",
     "2021-06-02T10:00:00Z"),
    ("The president vowed to crush the rebellion and promised that those behind the attacks would be "
     "punished.", "2019-08-08T10:00:00Z"),
    # conditionals and hypotheticals
    ("If talks collapse, the militia would resume its attacks on oil installations, its spokesman said.",
     "2020-01-22T10:00:00Z"),
    ("An attack on the dam would flood dozens of villages downstream, engineers warned.",
     "2016-03-02T10:00:00Z"),
    ("Rebels could try to seize the airport at Goma, a military source told reporters.",
     "2024-02-12T10:00:00Z"),
    ("Rebel leaders said they were ready to lay down their arms if the government released political "
     "prisoners.", "2018-05-09T10:00:00Z"),
    # negations and denials alone
    ("Contrary to rumours, no attack took place in the town of Bama on Tuesday, police said.",
     "2017-03-15T10:00:00Z"),
    ("The army denied carrying out any air strike in the area on Monday.",
     "2020-09-22T10:00:00Z"),
    ("The group denied that its fighters had abducted the aid workers.",
     "2021-04-16T10:00:00Z"),
    ("The ceasefire largely held overnight, with no reports of shelling along the front line, monitors said.",
     "2015-02-17T10:00:00Z"),
    # reactions, investigations, trials
    ("The foreign ministry condemned the violence and urged all sides to show restraint.",
     "2022-08-07T10:00:00Z"),
    ("Prosecutors opened an investigation into the killing of two journalists in the city last year.",
     "2023-02-07T10:00:00Z"),
    ("A court in Paris sentenced 20 men to prison terms on Wednesday for their part in the 2015 attacks on the "
     "capital.", "2022-06-30T10:00:00Z"),
    ("A military court in Kananga sentenced a colonel to life in prison on Tuesday for crimes against humanity "
     "committed in Kasai in 2017.", "2021-09-29T10:00:00Z"),
    ("Thousands of mourners attended the funeral of the slain politician in Tunis on Saturday.",
     "2013-02-09T10:00:00Z"),
    # anniversaries, history, totals
    ("Tuesday marks the fifth anniversary of the massacre in which soldiers killed 40 villagers in "
     "Ogossagou.", "2024-03-19T10:00:00Z"),
    ("In 2014, Islamic State fighters seized Mosul and declared a caliphate.",
     "2019-07-10T10:00:00Z"),
    ("More than 15,000 people have been killed since the war began in April 2023, according to the UN.",
     "2024-01-20T10:00:00Z"),
    ("Boko Haram has killed tens of thousands of people and displaced millions since its insurgency began in "
     "2009.", "2020-05-04T10:00:00Z"),
    ("At least 340 people were killed in political violence across the country last month, a monitoring group "
     "said.", "2022-11-03T10:00:00Z"),
    ("Over the weekend, attacks by armed groups across several states killed a total of 45 people, according "
     "to a tally by local media.", "2021-05-10T10:00:00Z"),
    # disasters, accidents, ordinary crime
    ("A landslide buried dozens of homes in Wayanad district on Tuesday, killing at least 40 people.",
     "2024-07-31T10:00:00Z"),
    ("A gas cylinder exploded at a restaurant in Karachi on Sunday, killing five people, rescue officials "
     "said.", "2019-06-03T10:00:00Z"),
    ("A bus plunged into a ravine in Kohistan district on Monday, killing 20 passengers.",
     "2018-10-23T10:00:00Z"),
    ("An army helicopter crashed during a training flight in northern Kenya on Sunday, killing all four crew "
     "members.", "2022-05-10T10:00:00Z"),
    ("A lightning strike killed three herders and 40 cattle near the village of Nyamira on Thursday.",
     "2020-04-18T10:00:00Z"),
    ("A fire destroyed hundreds of stalls at the main market in Kumasi on Sunday; officials blamed an "
     "electrical fault.", "2021-02-22T10:00:00Z"),
    ("A man stabbed his wife to death during a domestic dispute in Lagos on Saturday, police said.",
     "2022-03-14T10:00:00Z"),
    ("Police arrested two men for stealing copper cables from a railway line in Johannesburg on Monday.",
     "2023-09-13T10:00:00Z"),
    # diplomacy, opinion, measures
    ("The foreign ministers of Egypt and Qatar met in Cairo on Monday to discuss a possible ceasefire in Gaza.",
     "2024-02-13T10:00:00Z"),
    ("Talks between the government and the rebels resumed in Nairobi on Tuesday, mediators said.",
     "2019-11-27T10:00:00Z"),
    ("Analysts say the army is unlikely to retake the city before the rainy season.",
     "2023-05-02T10:00:00Z"),
    ("The army held live-fire exercises near the border on Wednesday, the defence ministry said.",
     "2021-12-10T10:00:00Z"),
    ("Parliament voted on Tuesday to extend the state of emergency in the north for another six months.",
     "2018-03-15T10:00:00Z"),
    ("The UN Security Council extended the mandate of the peacekeeping mission in South Sudan for one year.",
     "2022-03-16T10:00:00Z"),
    ("Residents fear a new offensive on the city, which has been besieged for months.",
     "2024-06-03T10:00:00Z"),
    ("Human Rights Watch published a report on Tuesday accusing soldiers of torturing detainees between 2019 "
     "and 2021.", "2022-08-18T10:00:00Z"),
    # a second, harder round
    ("Officials fear the violence could spread to neighbouring provinces.", "2021-07-01T10:00:00Z"),
    ("The rebels have controlled the town of Kidal since 2012.", "2019-05-06T10:00:00Z"),
    ("A year ago, a suicide bomber killed 30 people at the same market in Maiduguri.",
     "2019-06-17T10:00:00Z"),
    ("The group has carried out dozens of kidnappings in the region in recent years.",
     "2022-02-09T10:00:00Z"),
    ("Officials said the army was preparing to storm the rebel stronghold of Fizi.", "2023-03-02T10:00:00Z"),
    ("Ten years after the massacre, survivors say they are still waiting for justice.",
     "2022-09-12T10:00:00Z"),
    ("The defence minister said troops were ready to repel any attack on the capital.",
     "2021-11-03T10:00:00Z"),
    ("The UN said more than 1,000 civilians had been killed in Ituri province so far this year.",
     "2023-08-30T10:00:00Z"),
    ("The opposition says it will hold rallies in every major city next week.", "2023-07-10T10:00:00Z"),
    ("A bomb scare forced the evacuation of the airport in Entebbe on Monday, but no device was found.",
     "2022-03-08T10:00:00Z"),
    ("Two people were killed when a tanker carrying fuel overturned and exploded on a highway near Kisumu on "
     "Monday.", "2022-09-13T10:00:00Z"),
    ("Hundreds of families were evacuated from the town of Mueda as the insurgents approached.",
     "2021-04-02T10:00:00Z"),
    ("The court acquitted the former police chief of ordering the killing of protesters in 2011.",
     "2015-06-04T10:00:00Z"),
]

ONE_INCIDENT = [
    ("A car bomb exploded outside a police station in Mogadishu on Sunday, killing at least eight people. The "
     "blast also wounded 15 others, a police officer said. Al-Shabaab said it carried out the attack.",
     "2019-12-30T10:00:00Z", [IED]),
    ("Gunmen attacked the village of Mangu in Plateau state on Monday night, killing 12 people. The death toll "
     "later rose to 20, a local official said on Tuesday.", "2023-05-17T10:00:00Z", [ATTACK]),
    ("Russian missiles struck Kharkiv overnight. Three people were killed and 20 wounded when a missile hit a "
     "residential building in the city centre, the governor said.", "2023-10-06T10:00:00Z", [SHELL]),
    ("Thousands protested in Nairobi on Tuesday against new taxes. The demonstrators marched to parliament, "
     "chanting slogans, and dispersed peacefully in the evening.", "2024-06-19T10:00:00Z", [PEACEFUL]),
    ("In 2014, Islamic State fighters seized the city of Mosul. On Tuesday, Iraqi troops clashed with Islamic "
     "State remnants in the desert west of Mosul, killing three militants, the military said.",
     "2021-03-10T10:00:00Z", [CLASH]),
    ("A drone strike killed four people in a car near Marib on Monday. The government condemned the attack "
     "and called for an investigation.", "2021-03-16T10:00:00Z", [AIR]),
    ("Police defused a bomb at the main bus station in Kano on Friday. Had it exploded, dozens of people could "
     "have died, an officer said.", "2019-03-09T10:00:00Z", [DISRUPTED]),
    ("Suspected jihadists ambushed a patrol near Tillaberi on Thursday. Seven soldiers were killed and "
     "several others were wounded in the attack, the defence ministry said on Friday. The ministry said "
     "reinforcements had been sent to the area.", "2021-03-27T10:00:00Z", [CLASH]),
    ("Gunmen abducted 25 passengers from a bus on the Abuja-Kaduna highway on Sunday. Police said on Monday "
     "that search teams had been deployed and that no ransom demand had yet been made.",
     "2022-04-12T10:00:00Z", [ABDUCT]),
    ("Protesters set fire to tyres and blocked roads in Kinshasa on Monday. Police responded with tear gas.",
     "2018-01-23T10:00:00Z", [VIOLENT_DEMO]),
    ("Gunmen attacked a police post in Dori on Monday, killing two officers. No other attacks were reported in "
     "the region, the governor said.", "2020-06-10T10:00:00Z", [CLASH]),
    ("The opposition had called for a march in Dakar on Friday. Police fired tear gas to disperse hundreds of "
     "protesters who gathered in the city centre.", "2023-06-03T10:00:00Z", [INTERVENTION]),
    ("Since the start of the year, more than 200 civilians have been killed in the province. On Wednesday, "
     "gunmen killed five traders on the road to Butembo, local officials said.", "2022-06-17T10:00:00Z",
     [ATTACK]),
    ("Two suicide bombers struck a busy market in Maiduguri on Tuesday. The first detonated his explosives near "
     "the entrance; the second blew himself up as people fled. At least 30 people were killed, officials said.",
     "2018-05-02T10:00:00Z", [SUICIDE]),
    ("An explosion ripped through a bus carrying pilgrims near Kabul on Monday. It was caused by a bomb "
     "attached to the vehicle, police said. Eight people died.", "2021-06-15T10:00:00Z", [IED]),
    ("Police fired live rounds at protesters in Nairobi on Tuesday. A hospital said three people died of "
     "gunshot wounds.", "2024-06-26T10:00:00Z", [EXCESSIVE]),
    ("An air strike hit a school sheltering displaced families in Gaza City on Saturday. Civil defence said 17 "
     "people were killed; the Israeli military said it had targeted a command centre inside the school.",
     "2024-08-04T10:00:00Z", [AIR]),
]


def _subtypes(text, published):
    return sorted(e.sub_event_type for e in _events(text, published))


def _id(case):
    return (case.values[0] if hasattr(case, "values") else case[0])[:50]


@pytest.mark.parametrize("text,published,expected", EVENTS, ids=[_id(c) for c in EVENTS])
def test_event_and_its_type(text, published, expected):
    assert _subtypes(text, published) == sorted(expected)


@pytest.mark.parametrize("text,published", NOT_EVENTS, ids=[t[:50] for t, _ in NOT_EVENTS])
def test_no_event(text, published):
    assert _subtypes(text, published) == []


@pytest.mark.parametrize("text,published,expected", ONE_INCIDENT, ids=[t[:50] for t, _, _ in ONE_INCIDENT])
def test_one_incident_told_in_several_sentences(text, published, expected):
    assert _subtypes(text, published) == sorted(expected)


# Near misses of the rules this battery led to: each sentence looks like one the rules now read, and must keep the
# result written beside it (None: only the sub-types named in `forbidden` must be absent).
NEAR_MISSES = [
    # a passive taking of a person is no territory taken
    ("The journalist was captured by rebels near Goma on Monday.", "2023-05-16T10:00:00Z", None,
     {REGAIN, OVERTAKE}),
    # "to death" from a court or a stampede is no killing by anyone
    ("A court in Lahore sentenced two men to death on Monday.", "2019-02-12T10:00:00Z", [], None),
    ("Three people were trampled to death in a stampede at a stadium in Yaounde on Monday.",
     "2022-01-25T10:00:00Z", [], None),
    # a crowd that only gathers sets upon no one
    ("A crowd gathered outside the factory manager's house in Sialkot on Friday.", "2021-12-04T10:00:00Z", None,
     {MOB}),
    # a bomb belt worn by a man arrested did not go off
    ("Police arrested a man wearing an explosives belt at a checkpoint in Maiduguri on Sunday.",
     "2018-06-18T10:00:00Z", [ARRESTS], None),
    # vigilantes who themselves kill are a mob
    ("Vigilantes beat two suspected thieves to death in Maiduguri on Sunday.", "2018-06-18T10:00:00Z", [MOB], None),
    # a party's new leader is no change to an armed group
    ("The ruling party elected a new leader in Pretoria on Monday.", "2017-12-19T10:00:00Z", [], None),
    # a strike by people is a walkout, not an air strike
    ("A strike by teachers shut schools in Nairobi on Monday.", "2019-01-08T10:00:00Z", None, {AIR}),
    # goods taken away are no abduction
    ("Soldiers took away the weapons of the surrendered fighters in Beni on Monday.", "2020-03-10T10:00:00Z", None,
     {ABDUCT}),
    # "took" with its place still takes the place
    ("The rebels took the town of Bunagana on Monday, residents said.", "2022-06-14T10:00:00Z", [OVERTAKE], None),
    # a modal about verification, and deaths feared, still tell the event
    ("The attack could not be independently verified, but residents said gunmen killed four soldiers in Gao on "
     "Monday.", "2020-11-18T10:00:00Z", [CLASH], None),
    ("Three people are feared dead after gunmen attacked a bus in Mandera on Monday.", "2016-10-26T10:00:00Z",
     [ATTACK], None),
    # an anniversary in another clause than the act
    ("On the anniversary of the coup, protesters marched through Khartoum.", "2022-10-25T10:00:00Z", [PEACEFUL],
     None),
    # a vehicle that only exploded carried a bomb
    ("A truck exploded on the bridge at Kerch on Saturday, killing three people.", "2022-10-09T10:00:00Z", [IED],
     None),
    # talks held and a ceasefire signed is an agreement
    ("The two sides held talks and signed a ceasefire in Doha on Monday.", "2022-08-09T10:00:00Z", [AGREEMENT],
     None),
    # days ago is news, a year ago history
    ("Two days ago, gunmen killed 30 people at the market in Maiduguri.", "2019-06-17T10:00:00Z", [ATTACK], None),
    # a road blocked with burning tyres is a riot
    ("Protesters blocked roads with burning tyres in Nairobi on Monday.", "2023-03-21T10:00:00Z", [VIOLENT_DEMO],
     None),
    # positions won inside a battle are no place taken
    ("The army said on Monday it had captured several rebel positions.", "2023-10-25T10:00:00Z", None,
     {REGAIN, OVERTAKE}),
    # aircraft that attack on their own are an air strike; an attack's own burning stays part of it
    ("Helicopter gunships attacked ADF positions near Beni on Friday.", "2022-04-09T10:00:00Z", [AIR], None),
    ("Gunmen attacked the village of Kipupu on Friday, killing three people. They also burned down a health "
     "centre in the village.", "2020-07-18T10:00:00Z", [ATTACK], None),
    # an attack named by its week after it is told refers back to it: still one event
    ("Gunmen attacked a police post in Dori on Monday, killing two officers. Schools in the district remained "
     "closed on Wednesday after this week's attack.", "2020-06-10T10:00:00Z", [CLASH], None),
    # positions taken from a named side, in a named place, are ground taken
    ("The militants said they had seized positions from the army in the province of Kunar on Sunday.",
     "2021-09-13T10:00:00Z", [OVERTAKE], None),
    # a body made by a state is no change to an armed group; fire traded is no swap
    ("The government announced on Monday the creation of a commission on land reform.", "2018-02-27T10:00:00Z",
     [], None),
    ("The two armies exchanged fire across the border near Kurmuk on Monday.", "2022-12-06T10:00:00Z", None,
     {AGREEMENT}),
    # figurative words beside real violence keep the violence
    ("Supporters of the two candidates clashed over the election results in Mombasa, injuring five people.",
     "2017-08-10T10:00:00Z", None, {None}),
    ("Rebels launched an attack on the town of Beni on Monday.", "2019-11-26T10:00:00Z", [CLASH], None),
    ("Troops came under fire on Friday near Gao, the army said.", "2020-11-18T10:00:00Z", [CLASH], None),
    # two towns named apart are two places, not one road
    ("The army shelled Kramatorsk and Sloviansk on Sunday.", "2022-05-02T10:00:00Z", [SHELL, SHELL], None),
]


@pytest.mark.parametrize("text,published,expected,forbidden", NEAR_MISSES, ids=[t[:50] for t, *_ in NEAR_MISSES])
def test_near_miss(text, published, expected, forbidden):
    got = _subtypes(text, published)
    if expected is not None:
        assert got == sorted(expected)
    if forbidden == {None}:
        assert got, got  # some event, of whatever type
    elif forbidden:
        assert not set(got) & forbidden, got


# A third round, written before running it: headline and present-tense ledes, nominalisations as subjects,
# attributions first, present perfect, "were caught in", and the figurative uses of event words (a political
# "attack", a "battle" over a budget, a "fight against corruption", a drug "raid", a "storm" of criticism).
THIRD_EVENTS = [
    # passes since the actors round read "an attack on a village" as civilians hit
    pytest.param("Gunmen kill 12 in attack on village in Zamfara state", "2021-06-12T10:00:00Z", [ATTACK]),
    ("The killing of five aid workers in an ambush near Ndele on Tuesday was condemned by the UN.",
     "2020-06-04T10:00:00Z", [ATTACK]),
    ("The abduction of a French journalist in Gao on Thursday was confirmed by the foreign ministry.",
     "2021-04-10T10:00:00Z", [ABDUCT]),
    ("According to local officials, at least 20 people died when a suicide bomber struck a wedding in Kabul on "
     "Saturday.", "2019-08-18T10:00:00Z", [SUICIDE]),
    ("Insurgents have killed seven soldiers in an attack on a military post in Tillaberi, the army said on "
     "Wednesday.", "2021-05-13T10:00:00Z", [CLASH]),
    ("Two children were among the dead after an artillery barrage hit a residential area of Kharkiv on "
     "Monday.", "2022-04-19T10:00:00Z", [SHELL]),
    pytest.param("Several families were caught in a gunfight between police and cartel members in Culiacan on "
                 "Thursday; one woman was wounded.", "2019-10-18T10:00:00Z", [CLASH],
                 marks=pytest.mark.xfail(reason="'cartel members' is no actor in the registry, so the police's "
                                                "other side is the families (actors area)", strict=False)),
    ("A convoy carrying aid was hit by a roadside bomb near the town of Mopti on Sunday, wounding four "
     "drivers, the UN said.", "2021-02-15T10:00:00Z", [IED]),
    ("Russian-backed separatists shelled Ukrainian positions near the village of Shyrokyne overnight, the "
     "Ukrainian military said.", "2015-02-20T10:00:00Z", [SHELL]),
    ("Witnesses said dozens of armed men on motorbikes raided the village of Koulogon at dawn, killing 37 "
     "people.", "2019-01-03T10:00:00Z", [ATTACK]),
    ("Soldiers arrested the leader of a separatist movement in Bamenda on Monday, his lawyer said.",
     "2018-01-09T10:00:00Z", [ARRESTS]),
    ("Tens of thousands of people marched in Hong Kong on Sunday against a proposed extradition law.",
     "2019-06-10T10:00:00Z", [PEACEFUL]),
    ("Riot police used tear gas and batons against students demonstrating outside the parliament in Jakarta on "
     "Tuesday.", "2019-09-25T10:00:00Z", [INTERVENTION]),
    ("Security forces killed at least 12 protesters in the city of Mandalay on Wednesday, according to a "
     "rights group.", "2021-03-04T10:00:00Z", [EXCESSIVE]),
    ("Demonstrators ransacked and set fire to the ruling party's offices in the town of Bafoussam on Monday.",
     "2020-09-23T10:00:00Z", [VIOLENT_DEMO]),
    ("Israeli troops demolished the family home of a Palestinian attacker in the village of Beit Kahil on "
     "Wednesday.", "2016-08-24T10:00:00Z", [LOOTING]),
    # (written first as a regain; ACLED's definitions make a town entered after the other side left, with no
    # fighting told, a non-violent transfer)
    ("The Malian army and Wagner fighters entered the town of Kidal on Tuesday after the rebels withdrew, "
     "the army said.", "2023-11-15T10:00:00Z", [TRANSFER]),
]

THIRD_NOT_EVENTS = [
    ("The opposition leader launched a scathing attack on the government's economic record on Monday.",
     "2022-05-10T10:00:00Z"),
    ("The president vowed to step up the fight against corruption in a speech in Abuja on Monday.",
     "2019-06-11T10:00:00Z"),
    ("Police raided a warehouse in Durban on Tuesday and seized two tonnes of cocaine.",
     "2021-09-15T10:00:00Z"),
    ("The bill sparked a storm of criticism and a bitter political battle in parliament on Wednesday.",
     "2020-02-13T10:00:00Z"),
    ("Ministers clashed over the budget at a cabinet meeting in Nairobi on Thursday.",
     "2019-03-22T10:00:00Z"),
    ("The governor was fired on Friday after weeks of pressure from lawmakers.",
     "2023-03-04T10:00:00Z"),
    ("The striker scored twice as the home side crushed their rivals 4-0 in Lagos on Saturday.",
     "2022-10-16T10:00:00Z"),
    ("The film, shot on location in Kabul, captures the lives of ordinary Afghans.",
     "2018-05-04T10:00:00Z"),
    ("Prices exploded after the currency collapsed, traders in Harare said on Monday.",
     "2019-10-15T10:00:00Z"),
    ("Peacekeepers have been deployed to the region since 2014 under a UN mandate.",
     "2020-12-01T10:00:00Z"),
    ("The former rebel commander, who was captured in 2012, was released from prison on Monday.",
     "2022-04-12T10:00:00Z"),
    ("Voters in Bamako went to the polls on Sunday in a referendum on a new constitution.",
     "2023-06-19T10:00:00Z"),
    ("The minister said the army had lost 200 soldiers since the start of the year.",
     "2023-07-02T10:00:00Z"),
    ("Kenya's parliament approved a bill on Tuesday that would allow police to detain suspects for 90 days.",
     "2014-12-17T10:00:00Z"),
]


@pytest.mark.parametrize("text,published,expected", THIRD_EVENTS, ids=[_id(c) for c in THIRD_EVENTS])
def test_third_round_event(text, published, expected):
    assert _subtypes(text, published) == sorted(expected)


@pytest.mark.parametrize("text,published", THIRD_NOT_EVENTS, ids=[t[:50] for t, _ in THIRD_NOT_EVENTS])
def test_third_round_no_event(text, published):
    assert _subtypes(text, published) == []


# A fourth round, written before running it: short articles of four to six sentences, the way wire copy tells one
# incident (lede, details, a voice, a reaction, background), each to give exactly the events listed.
ARTICLES = [
    ("Suspected Islamist militants killed at least 14 soldiers in an attack on an army base in northern Burkina "
     "Faso on Sunday, security sources said. The assailants stormed the base in the town of Djibo at dawn and "
     "fought the troops for several hours before withdrawing. Several soldiers were wounded and evacuated to "
     "Ouagadougou. The government condemned the attack. Burkina Faso has been fighting an Islamist insurgency "
     "since 2015 that has killed thousands of people.", "2023-06-26T10:00:00Z", [CLASH]),
    ("A bomb exploded in a busy market in the Pakistani city of Peshawar on Friday, killing six people and "
     "wounding 30, police said. The device had been hidden in a motorcycle parked near a fruit stall, a police "
     "official told reporters. No group immediately claimed responsibility. The city has been hit by a series "
     "of bombings in recent years.", "2022-03-05T10:00:00Z", [IED]),
    ("Thousands of people marched through the streets of Dakar on Saturday to demand the release of an "
     "opposition leader. The march was largely peaceful, but police fired tear gas when a group of young men "
     "tried to reach the presidential palace. Several people were arrested, a rights group said. The "
     "opposition has called for more protests next week.", "2023-06-04T10:00:00Z", [INTERVENTION]),
    ("Russian forces launched a missile attack on the city of Zaporizhzhia early on Thursday, hitting a "
     "residential building and killing three people, the regional governor said. Rescuers were searching the "
     "rubble for survivors. Ukraine's air force said it had shot down four of the missiles. Russia denies "
     "targeting civilians.", "2022-10-06T10:00:00Z", [DISRUPTED, SHELL]),
    ("Armed men abducted at least 30 people from a village in Zamfara state on Tuesday night, residents said. "
     "The gunmen arrived on motorcycles and went from house to house, a local leader said. Police confirmed the "
     "kidnapping and said officers had been sent to the area. Kidnappings for ransom have become common in "
     "north-west Nigeria.", "2021-12-22T10:00:00Z", [ABDUCT]),
    ("Fighting between the army and the RSF raged in the city of El Obeid on Monday, residents said. The army "
     "said it had repelled an attack on its headquarters in the city and killed dozens of RSF fighters. The RSF "
     "said it had captured several army positions. Talks between the two sides in Jeddah were suspended last "
     "week.", "2023-07-11T10:00:00Z", [CLASH]),
    ("The death toll from Sunday's suicide bombing at a church in Makassar has risen to three, police said on "
     "Tuesday. The bomber, who died in the blast, had tried to enter the church as worshippers were leaving Palm "
     "Sunday mass. About 20 people were injured.", "2021-03-30T10:00:00Z", [SUICIDE]),
    ("Government troops recaptured the town of Kunduz from the Taliban on Thursday after three days of "
     "fighting, officials said. The insurgents had seized the city on Monday in their biggest victory since "
     "2001. Residents said the streets were calm on Thursday evening.", "2015-10-02T10:00:00Z",
     [OVERTAKE, REGAIN]),
]


@pytest.mark.parametrize("text,published,expected", ARTICLES, ids=[_id(c) for c in ARTICLES])
def test_article(text, published, expected):
    assert _subtypes(text, published) == sorted(expected)


# A fifth round, written before running it: articles with two incidents, a separate incident, a recalled one,
# a revised toll, a protest that turned violent.
ARTICLES_2 = [
    ("Gunmen shot dead a village chief in the Kasai region of Congo on Wednesday, local officials said. In a "
     "separate incident, militiamen burned down a health centre in a nearby village on the same day. Last month, "
     "at least 20 people were killed in clashes between rival militias in the area.", "2018-03-08T10:00:00Z",
     [ATTACK, LOOTING]),
    ("A car bomb exploded near a checkpoint in Mogadishu on Saturday, killing at least 10 people, police said. "
     "The toll was later revised to 15 by the health ministry. Al-Shabaab claimed responsibility in a statement "
     "on its radio station.", "2022-10-30T10:00:00Z", [IED]),
    ("What began as a peaceful protest against rising bread prices in the city of Atbara on Wednesday turned "
     "violent when demonstrators set fire to the ruling party's headquarters. Police fired tear gas. Two "
     "protesters died of gunshot wounds, a doctors' committee said.", "2018-12-20T10:00:00Z", [VIOLENT_DEMO]),
    ("Israeli air strikes hit several targets in the southern Gaza Strip overnight, the military said, in "
     "response to rockets fired at Israel on Tuesday evening. No injuries were reported on either side. The "
     "rockets were intercepted by the Iron Dome system.", "2019-11-13T10:00:00Z", [AIR, DISRUPTED]),
    ("A landmine killed two children herding goats near the village of Keran on Sunday, the army said. The "
     "army blamed militants for planting the device. In 2019, three soldiers were killed by a mine in the same "
     "area.", "2022-06-13T10:00:00Z", [IED]),
    ("Troops backed by helicopter gunships attacked ADF positions in the forests near Beni on Friday, the army "
     "said, adding that 18 rebels had been killed. The ADF, which has pledged allegiance to the Islamic State, "
     "did not comment. The group has killed thousands of civilians in eastern Congo since 2014.",
     "2022-04-09T10:00:00Z", [CLASH]),
]


@pytest.mark.parametrize("text,published,expected", ARTICLES_2, ids=[_id(c) for c in ARTICLES_2])
def test_article_two(text, published, expected):
    assert _subtypes(text, published) == sorted(expected)


# A sixth round, written before running it: the aftermath and the measures around an incident, which give no event
# of their own, and a few more wordings of acts (times of day, "a dozen", "scores of", "killing ... and injuring").
AFTERMATH_NOT_EVENTS = [
    ("The rebels warned on Monday that they would retaliate for any strike on their positions.",
     "2022-11-08T10:00:00Z"),
    ("The army dismissed reports of clashes in the town as false.", "2021-05-11T10:00:00Z"),
    ("Human rights groups have accused the army of shelling civilian areas in the region.",
     "2020-11-19T10:00:00Z"),
    ("Opposition lawmakers called for an independent investigation into Sunday's shooting.",
     "2019-03-19T10:00:00Z"),
    ("Schools in the district remained closed on Monday after last week's attack.", "2018-02-26T10:00:00Z"),
    ("Funerals were held on Tuesday for the 12 victims of Sunday's attack.", "2017-05-30T10:00:00Z"),
    ("Aid agencies suspended their operations in the area following the attack.", "2023-02-14T10:00:00Z"),
    ("The army said the situation in the town was now under control.", "2022-07-06T10:00:00Z"),
    ("Security was tightened in the capital ahead of Friday's planned protest.", "2020-10-15T10:00:00Z"),
    ("Relatives of the victims demanded compensation from the government on Wednesday.",
     "2021-09-02T10:00:00Z"),
]

MORE_EVENTS = [
    ("Early on Tuesday, gunmen attacked a bus carrying miners near Boungou, killing 37 and wounding 60, "
     "regional officials said.", "2019-11-07T10:00:00Z", [ATTACK]),
    ("A dozen soldiers died on Monday night when jihadists ambushed their convoy near Menaka.",
     "2022-03-09T10:00:00Z", [CLASH]),
    ("Scores of people were killed at dawn on Saturday when militiamen raided the village of Yelwata.",
     "2024-06-16T10:00:00Z", [ATTACK]),
    ("At around 10pm on Friday, a grenade exploded inside a nightclub in Bujumbura, injuring nine people.",
     "2018-05-12T10:00:00Z", [GRENADE]),
    ("Police in Nairobi arrested six opposition lawmakers on Thursday over what officials called incitement "
     "to violence.", "2023-03-24T10:00:00Z", [ARRESTS]),
]


@pytest.mark.parametrize("text,published", AFTERMATH_NOT_EVENTS, ids=[t[:50] for t, _ in AFTERMATH_NOT_EVENTS])
def test_aftermath_no_event(text, published):
    assert _subtypes(text, published) == []


@pytest.mark.parametrize("text,published,expected", MORE_EVENTS, ids=[_id(c) for c in MORE_EVENTS])
def test_more_events(text, published, expected):
    assert _subtypes(text, published) == sorted(expected)


# A seventh round, written before running it: the rarer sub-types in other words.
RARE_EVENTS = [
    ("Residents of the town of Khan Sheikhoun were treated for suffocation after a sarin attack on Tuesday, "
     "doctors said.", "2017-04-05T10:00:00Z", [CHEM]),
    ("The Wagner group has set up a new base at the airport in Menaka, satellite images show.",
     "2022-06-10T10:00:00Z", [HQ]),
    ("The two jihadist factions announced on Friday the creation of a joint command in the Sahel.",
     "2019-03-04T10:00:00Z", [CHANGE]),
    ("French troops handed the Gossi base over to the Malian army on Tuesday.", "2022-04-20T10:00:00Z",
     [TRANSFER]),
    ("Russia and Ukraine swapped 90 prisoners of war each on Saturday, officials on both sides said.",
     "2023-08-08T10:00:00Z", [AGREEMENT]),
    ("Women fleeing the fighting were raped by armed men at a checkpoint outside Geneina on Thursday, "
     "survivors told the UN.", "2023-06-17T10:00:00Z", [SEXUAL]),
    ("Customs officers seized 300 rifles and ammunition hidden in a lorry at the border crossing of Malaba "
     "on Monday.", "2021-11-16T10:00:00Z", [DISRUPTED]),
    ("Air defence units intercepted a ballistic missile fired at the city of Jizan on Sunday, the coalition said.",
     "2021-03-08T10:00:00Z", [DISRUPTED]),
]

RARE_NOT_EVENTS = [
    ("The group has long been suspected of using chemical weapons.", "2019-05-22T10:00:00Z"),
    ("Talks on a prisoner swap stalled on Tuesday, negotiators said.", "2022-05-18T10:00:00Z"),
    ("The ceasefire agreement signed in 2020 remains in force.", "2022-09-29T10:00:00Z"),
    ("The army plans to build a new base near the border.", "2021-10-13T10:00:00Z"),
]


@pytest.mark.parametrize("text,published,expected", RARE_EVENTS, ids=[_id(c) for c in RARE_EVENTS])
def test_rare_event(text, published, expected):
    assert _subtypes(text, published) == sorted(expected)


@pytest.mark.parametrize("text,published", RARE_NOT_EVENTS, ids=[t[:50] for t, _ in RARE_NOT_EVENTS])
def test_rare_no_event(text, published):
    assert _subtypes(text, published) == []
