"""Sentences -> claims: event triggers, typing, argument linking and context carried within an entry.

The extractor works one entry group at a time (an entry plus, for a side story, its bracketed updates).
For every sentence it finds trigger cues (`lexicon`), places (`geo`), actors (`knowledge.actors`),
quantities, dates and attribution cues (`analyze`), then builds *frames*: one per event the sentence
asserts. Cues in a hedge-free future, hypothetical, negated or intended clause, in an "amid/despite"
phrase, used as adjectives ("the besieged and bombarded area") or dated long before the report
(background history) make no frame. A frame becomes a `Claim` once it has a type, a place, a date,
actors, counts and a source — each either from its own sentence or carried from the entry's context.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from .. import geo
from ..geo.gazetteer import FUZZY_COUNTRIES, Gazetteer
from ..geo.pieces import joined_spans, joined_tokens, piece_range, piece_spans, piece_tokens
from ..geo.recognize import raw_spans, tokenize as geo_tokenize
from ..geo.resolve import focus_of_tokens, in_province, places_in_tokens
from ..analyze import find_attributions, find_dates, find_quantities, modality_at
from ..analyze.cues import DATELINE, STATEMENT_DAY, UNDER_FIRE
from ..knowledge import actors as actor_kb
from ..knowledge.countries import country_name
from ..models import (
    DISORDER,
    SUB_TO_TYPE,
    ActorRef,
    Claim,
    Entry,
    Evidence,
    Fatalities,
    Place,
    PlaceMention,
    Report,
    Sentence,
    SourceRef,
    allied,
)
from . import coding, ledes
from .context import EntryContext
from .lexicon import Cue, find_cues
from .sources import ORGANISATION, SPOKESMAN, resolve_source
from ..geo.link import LOCATIVE_BEFORE

WORD = re.compile(r"[\w’'-]+")
PERSON_NOUNS = {
    "people", "persons", "person", "civilians", "civilian", "men", "man", "women", "woman", "children", "child",
    "residents", "villagers", "families", "family", "members", "troops", "soldiers", "soldier", "militiamen",
    "militia", "militants", "fighters", "fighter", "rebels", "insurgents", "jihadists", "policemen", "police",
    "officers", "personnel", "guards", "protesters", "demonstrators", "students", "worshippers", "pilgrims",
    "farmers", "workers", "journalists", "activists", "members", "boys", "girls", "mourners", "passengers",
    "patients", "doctors", "staff", "gunmen", "attackers", "bodies", "martyrs", "dead", "individuals",
    "recruits", "commanders", "officials", "prisoners", "detainees", "hostages", "shepherds", "traders",
    "miners", "herders", "teachers", "pupils", "infants", "babies", "elderly", "killed",
    # armed or state people by their branch or rank ("killed 11 gendarmes", "twenty cadets")
    "gendarmes", "gendarme", "cadets", "cadet", "sailors", "airmen", "marines", "conscripts", "servicemen",
    "paramilitaries", "guerrillas", "peacekeepers", "bodyguards", "militants", "officer", "policeman",
    "policewoman", "guard", "gunman", "attacker", "bomber",
    # the armed side by other names ("killing 15 of the assailants", "killed 12 bandits", "wounding four rangers")
    "assailants", "assailant", "bandits", "bandit", "kidnappers", "terrorists", "terrorist", "extremists",
    "islamists", "raiders", "vigilantes", "militiaman", "insurgent", "rebel", "jihadist", "guerrilla",
    "rangers", "ranger", "troopers", "trooper", "guardsmen", "guardsman", "agents", "paratroopers", "commandos",
    "legionnaires", "mercenaries", "mercenary", "contractors", "separatists", "separatist", "dissidents",
    "gangsters", "gangster", "smugglers", "pirates", "hijackers", "cultists", "tribesmen", "suspects", "combatants", "operatives", "members",
}
CIVILIAN_NOUNS = {
    "people", "persons", "civilians", "civilian", "men", "women", "children", "residents", "villagers",
    "families", "family", "worshippers", "pilgrims", "farmers", "workers", "journalists", "boys", "girls",
    "mourners", "passengers", "patients", "doctors", "students", "shepherds", "traders", "miners", "herders",
    "teachers", "pupils", "infants", "babies", "elderly", "individuals", "activists",
    "reporters", "bystanders", "pedestrians", "shoppers", "customers", "voters", "nurses", "medics",
    "refugees", "migrants", "tourists", "schoolchildren", "relatives", "fishermen", "labourers", "vendors",
    "peasants", "monks", "priests", "lawyers", "drivers",
    # one victim: "one resident was wounded", "a farmer was killed"
    "resident", "villager", "farmer", "worker", "journalist", "student", "shepherd", "teacher", "pupil",
    "infant", "baby", "mourner", "passenger", "patient", "woman", "child", "boy", "girl",
    "reporter", "bystander", "pedestrian", "nurse", "medic", "refugee", "migrant", "tourist", "driver",
    "passers-by", "passer-by", "paramedic", "paramedics",
    # people by where they were when hit: at a hotel, a restaurant, a station, a stadium, a shop, an office
    "guests", "guest", "diners", "diner", "commuters", "commuter", "shopkeepers", "shopkeeper", "employees",
    "employee", "spectators", "spectator", "fans", "churchgoers", "congregants", "parishioners", "worshipers",
    "holidaymakers", "revellers", "partygoers", "teenagers", "teenager", "hikers", "motorists", "motorist",
    "travellers", "travelers", "clerics", "cleric", "imams", "pastors", "waiters", "waiter", "waitresses", "cooks",
    "cleaners", "labourer", "labourers", "fishermen", "fisherman", "vendor", "trader", "herder", "miner",
    # people hit by what they do or where they were ("two porters", "a local councillor", "the bus's passengers")
    "porters", "porter", "merchants", "merchant", "shopkeepers", "motorcyclists", "motorcyclist", "cyclists",
    "travellers", "traveller", "traveler", "councillors", "councillor", "councilors", "councilor", "chiefs",
    "chief", "elders", "elder", "imam", "priest", "pastor", "nuns", "nun", "monk", "schoolgirls", "schoolboys",
    "schoolgirl", "schoolboy", "businessmen", "businessman", "politicians", "politician", "candidates",
    "candidate", "volunteers", "volunteer", "humanitarians", "midwives", "athletes", "believers",
    "youths", "herdsmen", "survivors", "victims", "victim", "wife", "husband", "son", "daughter",
    "mother", "father", "brother", "sister", "sons", "daughters", "mothers", "fathers",
}
OBJECT_NOUNS = {
    "tanks", "tank", "vehicles", "vehicle", "buildings", "building", "checkpoints", "checkpoint", "houses",
    "homes", "shops", "bmp", "bmps", "trucks", "positions", "bunkers", "emplacements", "depots", "aircraft",
    "helicopters", "drones", "cars", "schools", "hospitals",
}
# what civilians gather in, ride in or shelter in: hitting it hits them ("a funeral", "an evacuation convoy")
CIVILIAN_TARGETS = re.compile(
    r"\b(?:civil defen[cs]e|camps? for (?:the )?displaced|IDP camps?|refugee camps?|displacement camps?|funerals?|"
    r"weddings?|shelters?|ambulances?|"
    # "drones attacked an evacuation convoy", "an aid convoy was shelled"
    r"(?:aid|humanitarian|relief|evacuation|refugee) convoys?|civilian (?:cars?|vehicles?|buses|bus|convoys?))\b",
    re.IGNORECASE,
)
# civilians' buildings: their destruction alone hurts no one (ACLED names civilians as the second actor when
# civilians are the target or are harmed; a building damaged with no one hurt has no second actor, or its
# owner when the report names one)
CIVILIAN_BUILDINGS = re.compile(
    r"\b(?:hospitals?|clinics?|schools?|markets?|mosques?|churches?|bakery|bakeries|homes?|houses?|residential)\b",
    re.IGNORECASE)
# a civil defence, a shelter's staff as the voice of the report, not its target: "according to the state news
# agency and civil defence teams", "civil defence workers said"
TARGET_AS_VOICE_BEFORE = re.compile(r"\baccording\s+to\b[^.;:]*$", re.IGNORECASE)
TARGET_AS_VOICE_AFTER = re.compile(r"^(?:\s+(?:teams?|workers?|crews?|officials?|services?|spokes(?:man|woman|person)|"
                                   r"sources?))?\s+(?:said|says|told|reported|reports|added|stated)\b", re.IGNORECASE)


def _civilian_target(text: str) -> bool:
    """The sentence names a place or vehicle of civilians as hit (not a civil defence that speaks)."""
    return any(not TARGET_AS_VOICE_BEFORE.search(text[:m.start()]) and not TARGET_AS_VOICE_AFTER.match(text[m.end():])
               for m in CIVILIAN_TARGETS.finditer(text))


# the dead or hurt named as civilians right after the act: "killing a volunteer driver", "wounding two nurses"
CIVILIAN_DEAD = re.compile(
    r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\s+(?:a|an|the|its|his|her|their|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(CIVILIAN_NOUNS - {"men", "man"}, key=len, reverse=True))
    + r")\b", re.IGNORECASE)
ATTRIBUTIVE_NEXT = re.compile(
    r"\s+(?:area|areas|city|cities|town|towns|district|districts|neighbou?rhoods?|enclave|region|population|"
    r"civilians|people|residents|leader|commander|man|men|women|children|fighters|soldiers)\b",
    re.IGNORECASE,
)
DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "these", "those"}
# a count as the object of a verb after "that" ("that killed 28 people", "that killed all 14 rebels", "that wounded
# at least a dozen"): "that" is a relative pronoun, not a determiner ("that wounded soldier")
RELATIVE_OBJECT = re.compile(r"\s+(?:all\s+|at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|almost\s+|"
                             r"around\s+|over\s+|up\s+to\s+)?(?:\d[\d,]*\b|(?:one|two|three|four|five|six|seven|eight|nine|"
                             r"ten|eleven|twelve|dozens|scores|hundreds|a\s+dozen|several)\b)", re.IGNORECASE)
SLOGAN = re.compile(r"[“\"](?:[^”\"\s]+\s){0,5}[^”\"\s]+[”\"]")
RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\b[^,;]*", re.IGNORECASE)
# an event word ranked against others is commentary on it: "the fighting was the heaviest since 2020"
RANKED = re.compile(r"\s+(?:is|was|are|were|has been|have been|had been|remains?|remained)\s+(?:now\s+|also\s+)?"
                    r"(?:the|among the|one of the)\s+(?:(?:worst|deadliest|bloodiest|heaviest|biggest|largest|fiercest|"
                    r"most\s+\w+|first|latest)\b)", re.IGNORECASE)
# a present-perfect relative clause on a group tells its record, not news: "the group, which has pledged allegiance
# to ...", "the militia, which has attacked army posts in recent months, said ..."
RECORD_CLAUSE = re.compile(r",\s+(?:which|who)\s+(?:has|have)\s+(?:(?:long|also|repeatedly|often|previously|already|"
                           r"twice|since)\s+)?(?!been\s+(?:killed|wounded|injured|arrested|detained|abducted)\b)"
                           r"[^,;]*", re.IGNORECASE)
# (also a bare plural, "came days after the group seized the town": an earlier event named as a time reference,
# with no day of its own, is background to the news)
# a past-tense relative clause that dates its act only by a span before the news ("the group, which seized the town
# last week", "the rebels, who took the base earlier this month") recalls the group's record beside its name, as a
# present-perfect one does; a clause that names its day ("who had stormed a bank on Tuesday") still tells an event
RECALLED_CLAUSE = re.compile(r",\s+(?:which|who)\s+(?:had\s+)?(?:also\s+|first\s+|briefly\s+)?[a-z]+(?:ed|ok|ized|ised|ew|ught|ove|an|ew)\b"
                             r"[^,;]*?\b(?:last\s+(?:week|month|year)|earlier\s+(?:this|that|last)\s+(?:week|month|year)|"
                             r"(?:\w+\s+){1,2}(?:days|weeks|months|years)\s+(?:ago|earlier)|in\s+recent\s+(?:days|weeks|months)|"
                             r"the\s+(?:previous|preceding)\s+(?:week|month|year))\b", re.IGNORECASE)
# an undated "whose" clause beside a name whose sentence goes on to describe the group, not to tell news of it:
# "the movement, whose fighters burned churches in the north, is led by a former army officer" (a profile; a
# clause with its own day, "whose fighters stormed the town on Monday", still tells an event)
PROFILE_CLAUSE = re.compile(r",\s+whose\s+[^,;]*(?=,\s+(?:is|are|was|were|has|have|remains?|remained)\s+"
                            r"(?:also\s+|now\s+|still\s+)?(?:led|based|headed|known|considered|seen|listed|designated|"
                            r"believed|thought|one|a|an|the|active|linked|allied|affiliated|banned|present)\b)",
                            re.IGNORECASE)
SUBORDINATE = re.compile(r"\b(?:amid|despite|in spite of|in the wake of|(?:funerals?|burials?) of|(?:(?:a|one|two|three|four|five|"
                         r"several|a few|\d+) (?:days?|nights?|weeks?|months?)|days|weeks|months) (?:after|before))\b"
                         # (the clause runs on through a list of past acts: "a day after protesters fought police,
                         # torched cars and looted shops")
                         r"(?:[^,;:.]|,\s*(?:and\s+)?(?=[a-z]+(?:ed|ght|ok|ew|ew|rnt)\b))*",
                         re.IGNORECASE)
PREVENTIVE = re.compile(
    r"\b(?:to (?:prevent|avoid|stop)|fear(?:s|ed)? (?:of|that)|risk(?:s)? of|danger of|threat of|"
    r"warn(?:ed|s)? (?:of|against|that)|"
    r"record of|history of|accused of|accusations? of|allegations? of|responsible for)\b[^.;]*$",
    re.IGNORECASE,
)
# a call or appeal names what someone wants to happen ("called for further demonstrations on Thursday")
CALL = re.compile(r"\b(?:call(?:ed|s|ing)? (?:on|for|upon)|urg(?:ed|es|ing)|appeal(?:ed|s|ing)? (?:for|to)|"
                  r"invit(?:ed|es|ing) (?:\w+ ){0,3}to|demand(?:ed|s|ing)? (?:the|an|that))\b[^.;,]{0,60}$|"
                  # "called for another rally outside parliament on Thursday evening and for a march on Saturday"
                  r"\bcall(?:ed|s|ing)? (?:on|for|upon)\b[^.;]{0,60}\band (?:for|on) (?:a|an|another|more|further|"
                  r"new|their|\w+ to)\s+(?:[\w-]+\s+){0,2}$|"
                  # "have called school walkouts and marches for today", "the unions called a general strike and a
                  # march": a call to act, with the act its object
                  r"\bcall(?:ed|s|ing)?\s+(?:an?\s+|new\s+|fresh\s+|more\s+|further\s+)?(?:[\w-]+\s+){0,2}?"
                  r"(?:(?:strikes?|walkouts?|boycotts?|shutdowns?|marches|rallies|protests)\s+(?:and|or)\s+(?:an?\s+)?"
                  r"(?:[\w-]+\s+)?)?$", re.IGNORECASE)
# legal steps name the act they charge, not an act that happened: "opened criminal cases for organising mass
# riots", "charged with taking part in the attack", "arrest warrants", "those responsible must be arrested";
# a verdict names the act it judges too ("acquitted him of murder", "found guilty of rioting")
LEGAL = re.compile(r"\b(?:charg\w*|indict\w*|prosecut\w*|convict\w*|acquit\w*|guilty|sentenc\w*|accus\w*|suspect\w*|suspicion|"
                   r"cases?|proceedings|investigat\w*|probes?|inquiry|trials?|tried|warrants?|jailed|imprisoned|"
                   r"fined|punish\w*)\s+(?:[\w-]+\s+){0,4}?(?:for|with|of|over|into|in connection with)\s+"
                   r"(?:(?:organi[sz]\w*|incit\w*|participat\w*|taking part in|involvement in|plotting|planning|"
                   r"calling for|the|an?|mass|illegal|unauthori[sz]ed)\s+){0,3}"
                   # "upheld the sentences handed to six militants over the bus bombing": a noun naming the act
                   r"(?:(?<=the\s)(?!(?:on|in|at|near)\b)[a-z][\w-]+\s+)?$|"
                   # "would prosecute those who took part in the riots"
                   r"\b(?:charg|prosecut|punish|tr(?:y|ied)|jail|sentenc|identify|hunt(?:ing)? down)\w*\s+(?:all\s+)?"
                   r"(?:those|anyone|people|persons)\s+(?:who|involved|responsible)\b[^.;]{0,50}$", re.IGNORECASE)
# the rest of a list of names that ends in a plural building noun: ", Cinnamon Grand and Kingsbury hotels"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
NAMED_BUILDINGS = re.compile(r"(?:(?:\s*,\s*" + _NAME + r")*\s*,?\s+(?:and|&)\s+" + _NAME + r")?"
                             + r"\s+(?:hotels|churches|mosques|temples|shrines|schools|hospitals|stadiums|malls|"
                               r"embassies|universities|camps)\b")
# what people were arrested or charged for: "arrested over that fight", "detained in connection with the attack"
ARREST_REASON = re.compile(r"\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|held|charged|jailed|convicted|questioned)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:over|for|in\s+connection\s+with|after)\s+(?:the|that|this|those|these|a|an)\s+"
                           r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# "powers of arrest", "the power to detain", "authority to arrest": a capacity a law or decree grants
POWERS_OF = re.compile(r"\b(?:powers?|authority|right)\s+(?:of|to)\s+$", re.IGNORECASE)
WARRANT = re.compile(r"\s+(?:warrants?|orders?)\b", re.IGNORECASE)
OBLIGED = re.compile(r"\b(?:must|ought to|should)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# a group's plan, vow or threat of more ("they plan further marches", "vowed new protests")
PLANNED = re.compile(r"\b(?:plan(?:s|ned|ning)?|vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?|promis(?:e|es|ed|ing)|"
                     r"pledg(?:e|es|ed|ing)|intend(?:s|ed|ing)?|schedul(?:e|es|ed|ing)|prepar(?:e|es|ed|ing) for)\s+"
                     r"(?:(?:a|an|the|more|further|new|fresh|another|their|its|his|her|mass|nationwide|larger|bigger|"
                     r"weekly|daily|general|(?:\w+-)?day|week-long)\s+){0,3}$|"
                     # "called a general strike for Monday", "announced a rally for Saturday": a call, not the act
                     r"\b(?:call(?:ed|s|ing)?|announc(?:ed|es|ing))\s+(?:a|an|another|new|fresh|more|further)\s+"
                     r"(?:[\w-]+\s+){0,2}$|"
                     # "vowed to keep marching", "threatened to stage a sit-in", "decided to march on Friday"
                     r"\b(?:vow|pledg|promis|threaten|plan|intend|prepar|decid|want|hope|aim|resolv)\w*\s+to\s+"
                     r"(?:(?:keep|continue|go on|stage|hold|organi[sz]e|launch|start|begin|resume|join|a|an|the|more|"
                     r"further|new|their|its)\s+){0,3}$", re.IGNORECASE)
ANYONE = re.compile(r"\b(?:anyone|anybody|whoever|those|people)\s+(?:(?:who\s+(?:is|are|was|were)\s+)?(?:found|caught|seen)\s+|"
                    r"(?:involved\s+in|taking\s+part\s+in|who\s+(?:take|takes|took)\s+part\s+in)\s+)$", re.IGNORECASE)
# "demonstrations are planned in two cities on Thursday": the cue named as what is planned
PLANNED_AFTER = re.compile(r"(?:\s+(?:[\w-]+\s+){0,2}?)?\s*(?:are|is|were|was|have been|has been|had been)\s+"
                           r"(?:also\s+|now\s+)?(?:planned|scheduled|expected|due|called|announced|set to|being planned|"
                           r"being organi[sz]ed)\b", re.IGNORECASE)
# a weapon someone carried or wore is not one that went off: "the suspect was carrying an explosive device"
# (also the last of a list: "armed with rifles, machetes and crude bombs"; a list's items are nouns, not verbs)
_CARRIED_ITEM = r"(?:(?![\w-]+(?:ed|ing)\b)[\w-]+\s+){0,2}"
# (and a weapon laid, not set off: "roads the army says are mined with explosive devices")
CARRIED = re.compile(r"\b(?:carr(?:y|ying|ied|ies)(?!\s+out\b)|wore|wear(?:ing|s)?|armed with|in possession of|possess(?:ed|ing)|"
                     r"(?:mined|rigged|laced|seeded|strewn)\s+with)\s+"
                     r"(?:(?:[\w-]+\s+){0,2}$|" + _CARRIED_ITEM + r"[\w-]+,\s+(?:" + _CARRIED_ITEM + r"[\w-]+,\s+){0,4}"
                     + _CARRIED_ITEM + r"(?:(?:and|or)\s+" + _CARRIED_ITEM + r")?$)", re.IGNORECASE)
# the day an old event is remembered: "the anniversary of the massacre in which soldiers killed 40 villagers" (in
# the same clause: "On the anniversary of the coup, protesters marched" tells a march)
ANNIVERSARY = re.compile(r"\b(?:anniversary|commemoration|remembrance)\s+of\b[^,;:.]*$", re.IGNORECASE)
# "a woman wearing an explosives belt detonated it at the checkpoint": the weapon carried went off
SET_OFF_AFTER = re.compile(r"[^.;]{0,40}?\b(?:detonated|detonating|blew\s+(?:himself|herself|themselves|it|them)\s+up|"
                           r"set\s+(?:it|them)\s+off|exploded)\b", re.IGNORECASE)
# a name someone gives an act is a comment on it, not the act: "criticised what they called the excessive use of
# force", "called the release a surrender", "called those who set fire to banks thugs"
LABELLED = re.compile(r"\bwhat\s+(?:he|she|they|it|we|officials|critics|\w+)\s+(?:called|calls|call|described\s+as|"
                      r"termed|branded)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$|"
                      r"\b(?:called|calls|call|branded|labelled|labeled|termed|dubbed)\s+(?:the|this|that|it|its|their)\b"
                      r"(?:\s+[\w-]+){0,3}\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$|"
                      r"\b(?:called|calls|call|branded|labelled|labeled|termed|dubbed)\s+(?:those|anyone|people|everyone)\s+"
                      r"(?:who|that)\s+$", re.IGNORECASE)
# a place's record, not an incident: "its border areas have seen kidnappings of foreigners", "the region has
# witnessed repeated attacks"
HAS_SEEN = re.compile(r"\b(?:has|have)\s+(?:also\s+|long\s+|often\s+|repeatedly\s+|previously\s+|already\s+)?"
                      r"(?:seen|witnessed|experienced|suffered|known)\s+(?:(?:a|an|the|many|several|numerous|frequent|"
                      r"repeated|regular|sporadic|occasional|previous|past|some|recent)\s+)*$", re.IGNORECASE)
# the wounded a hospital treated or took in, named by the adjective: "hospitals treated a number of wounded
# soldiers", "received dozens of injured civilians" — the care of people hurt in an event told, no fight of its own
CARED_FOR = re.compile(r"\b(?:treated|treating|treats|received|receiving|receives|admitted|admitting|took\s+in|taking\s+in|"
                       r"cared\s+for|caring\s+for)\s+(?:(?:a|an|the|some|many|dozens|hundreds|scores|number|numbers|of|"
                       r"several)\s+){0,4}$", re.IGNORECASE)  # (a counted "treated 14 injured people" stays a toll)
CARED_PEOPLE = re.compile(r"\s+(?:and\s+\w+\s+)?(?:civilians|soldiers|people|police(?:men)?|officers|patients|fighters|men|"
                          r"women|children|protesters|demonstrators|troops|residents|persons)\b", re.IGNORECASE)
# an order or approval is a decision, not the act it orders: "ordered the military offensive", "approved strikes"
ORDERED = re.compile(r"\b(?:order(?:ed|s|ing)?|authori[sz](?:ed|es|ing)|approv(?:ed|es|ing)|green-?light(?:ed|s)?)\s+"
                     r"(?:(?:a|an|the|his|her|its|their|military|new|further|full-scale|major|\w+-\w+)\s+){0,3}$",
                     re.IGNORECASE)
# an attempt that did not come off: "had tried to throw an explosive device at officers"
ATTEMPT = re.compile(r"\b(?:tri(?:ed|es)|try(?:ing)?|attempt(?:ed|s|ing)?|sought|seeking|plann(?:ed|ing)|plott(?:ed|ing)|"
                     r"intend(?:ed|ing)|about)\s+to\s+(?:[\w-]+\s+){1,4}$|"
                     r"\b(?:attempted|would-be|planned|plotted|failed|foiled|thwarted)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "undeterred by the bloodiest episode the previous day, when security forces opened fire": recalled
RECALLED = re.compile(r"\b(?:the previous (?:day|night|week)|last (?:week|month|night)|(?:\w+ )(?:days?|weeks?) "
                      r"(?:earlier|before|ago))\s*,?\s+when\b[^.;]*$", re.IGNORECASE)
# an incident pointed back to with "that"/"those": "over that fight", "after those killings"
THAT_INCIDENT = re.compile(r"\b(?:that|those)\s+(?:[\w-]+\s+)?(?:fights?|brawls?|clash(?:es)?|attacks?|killings?|bombings?|"
                           r"riots?|massacres?|incidents?|shootings?|ambush(?:es)?|raids?|violence|unrest)\b", re.IGNORECASE)
# a past period named with no day of it, heading a sentence: "Last weekend, ...", "Earlier this month ..."
RECALLED_PERIOD = re.compile(r"\s*(?:last|late\s+last|the\s+previous)\s+(?:weekend|week|month)\b|"
                             r"\s*earlier\s+(?:this|that|in\s+the)\s+(?:month|year)\b|\s*(?:a|one)\s+(?:week|month)\s+ago\b",
                             re.IGNORECASE)
BACKGROUND_WORDS = re.compile(
    r"\b(?:has long|have long|had long|for years|for (?:many |several )?decades|over (?:the )?(?:past )?decades|"
    r"in recent decades|in the past(?!\s+(?:\d+|few|several|two|three|four|24|48|72)?\s*"
    r"(?:hours?|days?|nights?|week)\b)|in (?:past|previous|earlier) (?:years|decades)|"
    r"historically|years ago|decades? ago|"
    r"for (?:almost |nearly |more than |about |over )?(?:two|three|four|five|several|many|\d+) (?:weeks|months|years|decades)|"
    # "the front lines have barely moved since the 1990s": a decade names a long-standing state
    r"since the (?:(?:early|mid|late)[ -])?(?:19|20)?\d0s|"
    r"since then|in the war|throughout the (?:war|conflict)|since the start of|since the (?:war|conflict|"
    r"coalition|intervention|uprising|invasion)\b[^.]{0,30}\b(?:began|started|intervened|erupted))\b|"
    # "the escalation follows weeks of tension over ...": what led up to the news, told as its cause
    r"\b(?:follows|followed|came after|comes after)\s+(?:(?:several|many|two|three|\d+)\s+)?(?:weeks|months|years)\s+of\b|"
    # a group's history told beside its name: "the group, founded by two brothers, pledged allegiance to ..."
    r",\s+(?:which\s+was\s+|who\s+were\s+)?(?:founded|formed|set up|established|created)\s+(?:by|in)\b",
    re.IGNORECASE,
)
# "The violence followed two deadly attacks on security forces elsewhere this week", "came after a string of
# ambushes earlier in the month": a pointer to other incidents, told in their own paragraphs, as what came before
POINTER = re.compile(r"\b(?:follows|followed|came after|comes after|is the latest in)\s+(?:two|three|four|five|several|"
                     r"a series of|a string of|a spate of|a wave of)\s+(?:[\w-]+\s+)?(?:attacks|ambushes|clashes|"
                     r"killings|bombings|raids)\b[^.;]{0,60}?\b(?:elsewhere|earlier|this week|last week|in recent days|"
                     r"in recent weeks)\b", re.IGNORECASE)
OCCURRENCE = re.compile(
    r"\b(?:began|begun|begins|continu(?:e|es|ed|ing)|target(?:ed|ing|s)?|hit|struck|killed|killing|took place|"
    r"erupted|broke out|launched|carried out|intensified|resumed|pounded|rocked|acknowledged|confirmed|admitted|"
    r"today|yesterday|overnight|this morning)\b",
    re.IGNORECASE,
)
# what a place or its people went through, told of a weapon's fire: "villages had come under intense shelling", "were
# subjected to heavy artillery fire", "the town endured a night of bombardment" (not "had come under attack", a side's
# account of what provoked its fire)
UNDERGONE = re.compile(r"\b(?:c[ao]mes?\s+under|coming\s+under|subjected\s+to|endured|suffered)\b", re.IGNORECASE)
NOMINAL = re.compile(
    r"^(?:[\w-]+[ -])?(?:offensives?|counter-?offensives?|attacks?|assaults?|bombings?|fighting|battles?|clashes|air ?strikes?|"
    r"air[- ]?raids?|shelling|raids?|bombardment|strikes?|missiles?|rockets?|mortars?|artillery|barrel[- ]?bombs?|"
    r"warplanes?|jets?|drones?)$",
    re.IGNORECASE,
)
UNCORROBORATED = re.compile(
    r"\b(?:no|not any|nor (?:was|were|is|are) there any) (?:corroborating|independent) (?:evidence|confirmation)|"
    r"\bno confirmation\b|could not (?:be )?(?:independently )?(?:verif|confirm)\w*|\bunverified\b|\bunconfirmed\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"[“\"]([^”\"]{2,80})[”\"]")
PRONOUN_SOURCES = {"he", "she", "it", "they", "its", "their", "his", "her", "the report", "the statement", "the activists", "the agency", "the group",
                   "the ministry", "the military", "the army", "the monitor", "the observatory", "the source"}
RELATIVE_QUALIFIERS = ("near", "of", "outside", "between", "around", "towards", "toward", "close to", "within")


@dataclass
class Analysis:
    """Everything found in one sentence (offsets are report offsets unless noted)."""

    sentence: Sentence
    cues: list[Cue]  # sentence-relative offsets
    places: list[PlaceMention]
    actors: list[ActorRef]
    quantities: list
    dates: list
    attributions: list
    speakers: list = field(default_factory=list)  # actors named inside an attribution ("the coalition said")
    modalities: dict = field(default_factory=dict)  # (start, end) of a cue -> modality_at's answer for it
    geo_tokens: list | None = None  # geo's tokens of the sentence (cut from the report's; see geo.pieces)
    geo_raw: list | None = None  # the names geo's scan found in them, when known (see geo.pieces.piece_spans)

    def modality(self, start: int, end: int):
        """modality_at(sentence text, start, end), worked out once per cue."""
        found = self.modalities.get((start, end))
        if found is None:
            found = self.modalities[(start, end)] = modality_at(self.sentence.text, start, end)
        return found


@dataclass
class Frame:
    """One event a sentence asserts, before it becomes a claim."""

    sub_event_type: str
    cues: list[Cue]
    places: list[PlaceMention] = field(default_factory=list)
    polarity: str = "supports"
    anaphoric: bool = False


@dataclass
class Options:
    """`strict` (reports) asks nominal-only cues for support; `classify` (triage of snippets) does not."""

    strict: bool = True


def extract_claims(
    report: Report, entries: list[Entry], sentences: list[Sentence], options: Options | None = None
) -> list[Claim]:
    """Claims for every sentence of the report, in text order."""
    options = options or Options()
    # the report is tokenised for places once: its sentences' and stories' tokens are cut from it
    # (and the names the report's scan found are its sentences' names too, but at a sentence's ends)
    report_tokens = geo_tokenize(report.text)
    report_raw = raw_spans(report_tokens, Gazetteer.load(), fuzzy=False)
    dateline = _Dateline(report.text)  # (read once: the focus and the dateline town both use it)
    focus = _dateline_focus(report.text, focus_of_tokens([report_tokens], raws=[report_raw]), dateline)
    starts = [t.start for t in report_tokens]
    firsts = [span.first for span in report_raw]
    tokens_of = {}
    where_of = {}
    for s in sentences:
        where = piece_range(report.text, report_tokens, s.start, s.end, starts) \
            if report.text[s.start:s.end] == s.text else None
        if where is None:
            tokens_of[id(s)] = geo_tokenize(s.text)
        else:
            tokens_of[id(s)] = piece_tokens(report.text, report_tokens, s.start, s.end, where=where)
            where_of[id(s)] = where
    raws: dict[int, list | None] = {}

    def raw_of(s: Sentence) -> list | None:
        """The names of the report's scan inside sentence `s` (cut only where asked for: a scan that also
        reads transliterations, for a focus in FUZZY_COUNTRIES, finds them itself)."""
        if id(s) not in raws:
            where = where_of.get(id(s))
            raws[id(s)] = None if where is None else piece_spans(report_raw, report_tokens, where, tokens_of[id(s)],
                                                                  firsts)
        return raws[id(s)]

    country = country_name(focus[0]) if focus else None
    dateline_town = _dateline_place(dateline, focus) or _story_city(report.text, focus)
    landmarks = _report_landmarks(report.text, focus, report_tokens, report_raw)
    defined = _defined_groups(report.text, country)
    by_entry: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_entry.setdefault(s.entry_index, []).append(s)
    claims: list[Claim] = []
    groups = []
    for group in _entry_groups(entries):
        group_sentences = [s for e in group for s in by_entry.get(e.index, [])]
        # a side story about another country names its actors for that country ("Islamic State (Syria)")
        # (only a side story can be about another country; live-blog updates follow the report's)
        story = group[0].kind == "story" and group_sentences
        gfocus = _story_focus(group_sentences, tokens_of, raw_of) if story else []
        elsewhere = bool(gfocus and focus and gfocus[0] != focus[0] and focus[0] not in gfocus
                         and _names_country(group_sentences, group, gfocus[0]))
        gcountry = country_name(gfocus[0]) if elsewhere else country
        analyses = [_analyze(s, report, _entry_date(report, entries[s.entry_index]), focus, gcountry, defined)
                    for s in group_sentences]
        afocus = (gfocus[:1] + focus) if gcountry != country else focus
        fuzzy = any(c in FUZZY_COUNTRIES for c in afocus)
        for an in analyses:
            an.geo_tokens = tokens_of[id(an.sentence)]
            an.geo_raw = None if fuzzy else raw_of(an.sentence)
        groups.append((group, analyses, gcountry, afocus))
    _mutiny_sides([(an, gcountry, _entry_date(report, entries[an.sentence.entry_index]))
                   for _, analyses, gcountry, _ in groups for an in analyses])
    counts: dict[str, int] = {}
    first_seen: dict[str, ActorRef] = {}
    unclaimed = bool(NO_GROUP_CLAIMED.search(report.text))
    history: set[str] = set()  # groups named in the report's history paragraphs ...
    news: set[str] = set()  # ... and in the rest of it
    for _, analyses, _, _ in groups:
        for an in analyses:
            past = _in_background_paragraph(report.text, an.sentence.start) and _names_past_year(an, report)
            for a in an.actors:
                if a.inter not in (7, None) and not a.name.startswith("Government of") and not _named_as_hurt(an, a) \
                        and not _named_as_affiliation(an, a) and not _only_speaker(an, a) \
                        and not (unclaimed and _only_suspected(an, a)):
                    counts[a.name] = counts.get(a.name, 0) + 1
                    first_seen.setdefault(a.name, a)
                    (history if past else news).add(a.name)
    report_actors = [first_seen[n] for n in sorted(counts, key=lambda n: -counts[n])]
    # "the GNA blamed the LNA", "accused rebels of": the accused, whom a sentence with no actor may mean
    blamed = {a.name for _, analyses, _, _ in groups for an in analyses for a in an.actors
              if a.inter not in (7, None) and a.start is not None
              and BLAMED.search(an.sentence.text[max(0, a.start - an.sentence.start - 40): a.start - an.sentence.start])}
    # "struck Houthi military targets", "a Houthi radar site": a group named as the owner of what was hit
    targeted = {a.name for _, analyses, _, _ in groups for an in analyses for a in an.actors
                if a.inter not in (7, None) and a.end is not None
                and TARGET_NOUN_AFTER.match(an.sentence.text[a.end - an.sentence.start:])}
    # "AQIM has claimed responsibility", "the group said it carried out the attack": who says it did it
    claimers = {a.name for _, analyses, _, _ in groups for an in analyses for a in an.actors
                if a.inter in (2, 3) and a.end is not None and not a.name.startswith("Unidentified")
                and CLAIMED_AFTER.match(an.sentence.text[a.end - an.sentence.start:])}
    lead_date: tuple[date, int] | None = None
    # a live blog's entries are read in the order they were written (the original entry sits below its
    # updates on the page), so that a toll in a later update can refer to the event an earlier entry told
    live = any(e.kind == "update" for e in entries)
    timed = [g[0][0].time for g in groups if g[0][0].time is not None]
    first = min(timed) if timed else None
    order = (sorted(range(len(groups)), key=lambda k: (groups[k][0][0].time or first, k)) if live and timed
             else range(len(groups)))
    made_by_group: dict[int, list[Claim]] = {}
    written: list[Claim] = []
    for k in order:
        group, analyses, gcountry, gfocus = groups[k]
        ctx = EntryContext(ref_date=_entry_date(report, group[0]), country=gcountry, focus=gfocus)
        ctx.report_actors = report_actors
        # (a roundup of stories from several countries has no main group)
        ctx.report_counts = counts if len({g[2] for g in groups}) == 1 else {}
        ctx.blamed = blamed
        ctx.targeted = targeted
        ctx.claimers = claimers
        ctx.history_only = history - news
        ctx.dateline = dateline_town if gcountry == country else None
        ctx.landmarks = landmarks
        ctx.earlier = list(written) if live else []
        if group[0].heading and gcountry == country and DAY_HEADING.match(group[0].heading):
            ctx.day_before = list(written)  # a section of a day's posts, after the day before's
        if lead_date is not None and group[0].kind == "story":  # an article's sections happen on its lead's day
            ctx.date, ctx.date_precision = lead_date
        # each sentence's acting groups, read once: a sentence's own claims change only its own analysis
        acting = [[a for a in an.actors if a.inter not in (7, None) and not _named_as_hurt(an, a)
                   and not _named_as_affiliation(an, a) and not _only_speaker(an, a)
                   and not (unclaimed and _only_suspected(an, a))
                   and not (a.name in history - news and a.inter in (2, 3))] for an in analyses]
        ctx.ahead = [a for found in acting for a in found]
        group_claims: list[Claim] = []
        heading_day: tuple[date, int] | None = None
        for i, an in enumerate(analyses):
            entry = entries[an.sentence.entry_index]
            if i == 0 or entry.index != analyses[i - 1].sentence.entry_index:
                # each entry has its own lead place (its heading's, when the heading names one)
                ctx.topic = _heading_place(entry, ctx) if entry.heading else None
                ctx.heading_topic = ctx.topic is not None
                ctx.label_topic = False
                heading_day = None
                if entry.heading:
                    # a heading in capitals ("SUNDAY, 4 AUGUST") names its day as a title-case one would
                    heading = entry.heading.title() if entry.heading.isupper() else entry.heading
                    dated = [d for d in find_dates(heading, ref=ctx.ref_date)
                             if d.value is not None and not d.future and not _old_date(d, ctx.ref_date)]
                    if dated:
                        ctx.date, ctx.date_precision = dated[0].value, min(dated[0].precision, 3)
                        heading_day = (ctx.date, ctx.date_precision)
            ctx.ref_date = _entry_date(report, entry)
            if i == 0 or entry.index != analyses[i - 1].sentence.entry_index or \
                    "\n\n" in report.text[analyses[i - 1].sentence.end: an.sentence.start]:
                ctx.para_place = ctx.para_date = ctx.para_named = None  # a paragraph's place and day end with it
                ctx.para_site = None
                ctx.background_para = bool(BACKGROUND_LABEL.match(an.sentence.text))
                if CLOCK_STAMP.match(an.sentence.text):
                    # "14:10 - In Tripoli, ...": a time-stamped paragraph is a live blog's new post, told on the
                    # blog's day; the day an earlier post talked about does not carry into it
                    ctx.date, ctx.date_precision = heading_day or (None, 1)  # the day its heading gives
            if i and entry.kind in ("body", "original", "story", "preamble") and \
                    "\n\n" in report.text[analyses[i - 1].sentence.end: an.sentence.start]:
                ctx.source = None  # an article's attribution and actors govern their own paragraph
                ctx.source_idle = False
                ctx.actors = []
            if i and ctx.label_topic and "\n\n" in report.text[analyses[i - 1].sentence.end: an.sentence.start]:
                ctx.topic, ctx.heading_topic, ctx.label_topic = None, False, False  # a line label ends with its paragraph
            ctx.ahead = [a for found in acting[i + 1:] for a in found]
            made = _sentence_claims(report, entry, an, ctx, options)
            _mark_idle_speaker(an, ctx, made, report.text)
            if OTHER_ACCOUNT.search(an.sentence.text) or (
                    i and OTHER_ACCOUNT.search(analyses[i - 1].sentence.text)
                    and "\n\n" not in report.text[analyses[i - 1].sentence.end: an.sentence.start]):
                # "Islamic State told a different story. Its Amaq agency said the mosque had been destroyed by a
                # US aircraft": a party's other version of an incident already told (see fuse)
                for c in made:
                    c.flags.append("other-account")
            _mark_uncorroborated(an, analyses[:i], group_claims, report)
            group_claims.extend(made)
            ctx.claims.extend(made)
        coding.mark_summaries(group_claims)
        made_by_group[k] = group_claims
        written.extend(group_claims)
        if group[0].kind == "body" and ctx.date is not None:
            lead_date = (ctx.date, ctx.date_precision)
    for k in range(len(groups)):
        claims.extend(made_by_group.get(k, []))
    claims.extend(_responsibility_claims(report, entries, groups, claims))
    claims.extend(_echo_voices(report, entries, groups, claims))
    _name_self_styled_claimant(report.text, claims)
    from ..fuse import mark_operation_voices

    mark_operation_voices(claims)
    _redate_toll_updates(claims)
    # a region's account in one section or update of what another tells town by town is their summary too
    coding.mark_summaries(claims)
    ledes.join_toll_lines(claims, report.text)
    ledes.mark_lede_summaries(claims, report.text, entries)
    claims = _incident_voices(report, claims)
    _mark_disputed_doers(report.text, claims)
    return claims


# another doer than the claimant named by another voice: "the attackers were members of the banned X", "blamed Iran
# directly", "the work of factions inside the country", "there was no evidence the attack had come from Yemen"
OTHER_DOER = re.compile(
    r"\b(?:(?:attackers|gunmen|bombers|assailants|perpetrators|militants|hostage-takers)\s+(?:were|was)\s+(?:all\s+)?"
    r"(?:members\s+of|from|fighters\s+of|carried\s+out\s+by)|blam(?:ed|es|ing)|accus(?:ed|es|ing)|(?:was|were)\s+the\s+work\s+of|"
    r"(?:was|were)\s+carried\s+out\s+by)\s+(?:the\s+)?(?:banned\s+|outlawed\s+|rival\s+)?"
    # the name: its capitalised words and the particles between them ("Jamaat-ul-Mujahideen", "Hizb ut-Tahrir")
    r"(?P<who>[A-Z][\w’'-]*(?:\s+(?:(?:of|al|el|ul|ut|the|de|du)\s+)?[A-Z(][\w’'()-]*)*)|"
    r"\bno\s+evidence\s+(?:that\s+)?the\s+(?:attacks?|strikes?|drones?|missiles?|rockets?|bombings?)\s+(?:had\s+)?"
    r"(?:come|came)\s+from\b")
BLAMING = re.compile(r"blam|accus", re.IGNORECASE)
THE_ATTACK = re.compile(r"\b(?:the|this|that|these|those|\w+day[’']s)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|"
                        r"explosions?|strikes?|assault|raid|ambush|killings?|massacre|siege|hostage-taking)\b",
                        re.IGNORECASE)
SPONSOR = re.compile(r"[^.;]{0,40}?\b(?:of|for)\s+(?:having\s+)?(?:a\s+)?(?:direct\s+|hidden\s+)?(?:hand|backing|"
                     r"sponsoring|supporting|harbou?ring|arming|funding|financing|sheltering|links?)\b", re.IGNORECASE)
# "X blamed / accused the Y" ... "Y denied any role / the charge": the blamed one's own word against the blame
BLAME_OF = re.compile(r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing))\s+(?:the\s+)?(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,5})")
DENIES_BLAME = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:denied|denies|rejected|rejects|dismissed)\s+(?:any\s+(?:role|link|links|involvement|part|hand)\b|"
    r"the\s+(?:charges?|accusations?|allegations?|blame)\b|(?:its|their)\s+involvement\b|involvement\b|responsibility\b)|"
    # "An ADF spokesman said the group had nothing to do with the killings", "The PKK said it was not involved"
    r"^(?:The\s+|An?\s+)?(?P<who2>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)\s+(?:has\s+|had\s+)?(?:said|says|insisted|"
    r"stated)\s+(?:that\s+)?(?:it|they|the\s+(?:group|movement|organi[sz]ation|militia|rebels)|its\s+(?:fighters|"
    r"members|forces|men))\s+(?:(?:had|has|have)\s+nothing\s+to\s+do\s+with|(?:was|were|is|are)\s+not\s+(?:involved|"
    r"responsible|behind))\b")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“A-Z])")


def _caps(text: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-Z][\w’'-]{2,}", text)
            if w not in ("The", "He", "She", "They", "It", "Its", "Their", "His", "Her")}


def _mark_disputed_doers(text: str, claims: list[Claim]) -> None:
    """Accounts that disagree on who did it (README "Data model": contested is sources in conflict, on who did it
    too): a group claims the attack and another voice names another doer ("the attackers were members of the
    banned X", "blamed Iran directly") or says it did not come from the claimant's country; or one voice blames
    a group and the group denies it ("the government blamed X for organising the unrest. X denied any role"). The
    claims of the disputed doer's events (the claimant's, or the unnamed attackers' and rioters' when a blamed
    group denies) get `DISPUTED_DOER`, which makes their event contested (`fuse.status_of`). A second voice that
    blames the claimant itself, or a blame the blamed one does not answer, disputes nothing."""
    from ..fuse import DISPUTED_DOER

    sentences = [s.strip() for s in SENTENCE_END.split(text) if s.strip()]
    claimers: dict[str, set[str]] = {}
    for c in claims:
        src = c.source
        if src is None or src.kind not in OWNING_KINDS or not src.party or c.polarity != "supports":
            continue
        sent = c.sentence_text()
        if "responsibility" not in c.flags and not OWNS_INCIDENT.search(sent):
            continue
        words = claimers.setdefault(src.party, set())
        words |= _caps(src.name)
        try:
            info = actor_kb.group_info(src.party)
        except KeyError:
            info = None
        for name in ([info.get("name") or "", *(info.get("aliases") or [])] if info else []):
            words |= _caps(name)
        for o in claims:
            for a in (o.actor1, o.actor2):
                if a is not None and a.key == src.party:
                    words |= _caps(a.name) | _caps(a.mention or "")
    disputed: set[str] = set()
    for party, words in claimers.items():
        for s in sentences:
            m = OTHER_DOER.search(s)
            if m is None or (m.group("who") is not None and _caps(m.group("who")) & words):
                continue
            if BLAMING.match(m.group(0)) and (not THE_ATTACK.search(s) or SPONSOR.match(s, m.end("who") - len(m.group("who")))):
                # "India blamed Pakistan-based militants" for an attack of years ago; "accused the neighbour of
                # having a hand in the attack": a sponsor behind the claimant, not another doer
                continue
            if m.group("who") is None and _caps(s[:m.start()]) & words:
                continue
            disputed.add(party)
    denied_blame: set[str] = set()
    for i, s in enumerate(sentences):
        d = DENIES_BLAME.match(s)
        if d is None:
            continue
        denier = _caps(d.group("who") or d.group("who2"))
        if denier and any(denier & _caps(b.group("who")) for t in sentences[:i] for b in BLAME_OF.finditer(t)):
            denied_blame |= denier
    if not disputed and not denied_blame:
        return
    gunmen = any(a is not None and a.name.startswith("Unidentified") for c in claims for a in (c.actor1, c.actor2))
    for c in claims:
        if c.polarity != "supports":
            continue
        pair = [a for a in (c.actor1, c.actor2) if a is not None]
        hit = (c.source is not None and c.source.party in disputed) or any(a.key in disputed for a in pair)
        if not hit and denied_blame and c.actor1 is not None:
            # the blamed group is said to be the hand behind the unnamed doers: the gunmen when the report has
            # unnamed gunmen, else the rioters
            a = c.actor1
            hit = a.name.startswith("Unidentified") or (a.side == "protesters" and c.event_type == "Riots"
                                                        and not gunmen) or bool(_caps(a.name) & denied_blame)
        if hit and DISPUTED_DOER not in c.flags:
            c.flags = [*c.flags, DISPUTED_DOER]


# "The group claimed responsibility for last week's car bombing of the police academy": a party owning an attack
# the report tells (before or after), with no event of its own
# "Islamic State has claimed the attacks on the churches and hotels": the same, with no word "responsibility"
RESPONSIBILITY = re.compile(r"\b(?:(?:claimed|claims|claim|admitted|acknowledged)\s+(?:its\s+)?responsibility\s+for\s+|"
                            r"(?:has|have|had)\s+(?:since\s+|also\s+)?claimed\s+(?=(?:the|these|those|this|that|"
                            r"\w+day[’']s|yesterday[’']s)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|"
                            r"assaults?|raids?|ambush(?:es)?|killings?|massacres?|shootings?|kidnappings?|abductions?)\b))"
                            r"(?P<what>[^.;:]{1,160})", re.IGNORECASE)
# "the attacks on the churches and hotels": what was hit, named by its common nouns
HIT_NOUNS = re.compile(r"\b(?:on|against)\s+(?:(?:the|an?)\s+)?(?P<nouns>[a-z]+(?:(?:,\s+|\s+and\s+)(?:(?:the|an?)\s+)?[a-z]+)*)")
PLURAL_ACT = re.compile(r"^\s*(?:the|these|those)\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|explosions|assaults|raids|"
                        r"ambushes|killings|massacres|shootings|kidnappings|abductions)\b", re.IGNORECASE)
OWNED_KINDS = (
    (re.compile(r"\b(?:bomb(?:ing)?s?|blasts?|explosions?|explosives?|suicide)\b", re.I),
     ("Suicide bomb", "Remote explosive/landmine/IED", "Grenade")),
    (re.compile(r"\b(?:rockets?|missiles?|mortars?|shelling)\b", re.I), ("Shelling/artillery/missile attack",)),
    (re.compile(r"\b(?:drones?|air ?strikes?|air raids?)\b", re.I), ("Air/drone strike",)),
    (re.compile(r"\b(?:attacks?|assaults?|raids?|killings?|massacres?|ambush(?:es)?|shootings?|kidnappings?|"
                r"abductions?)\b", re.I), None),
)
OWNING_KINDS = ("armed group", "party outlet")


def _responsibility_claims(report: Report, entries: list[Entry], groups, claims: list[Claim]) -> list[Claim]:
    """A group claiming responsibility for an attack the report tells is a party's voice for that event (the
    first such attack told at the place it names, or anywhere in the report when it names none)."""
    out: list[Claim] = []
    for _, analyses, gcountry, _ in groups:
        for an in analyses:
            s = an.sentence
            m = RESPONSIBILITY.search(s.text)
            if m is None:
                continue
            att = next((a for a in an.attributions if a.verb in ("claim", "acknowledge")
                        and a.cue_start <= s.start + m.start() <= a.cue_end + 1), None)
            if att is None or any(any(e.field == "sentence" and e.start == s.start for e in c.evidence) for c in claims
                                  if c.source is not None and c.source.start == att.cue_start):
                continue  # the sentence made a claim of its own in that voice
            src = resolve_source(att.text, att.cue, att.cue_start, att.cue_end, None, gcountry)
            src = _speaking_group(an, att, src) if src is not None else None
            if src is None or src.kind not in OWNING_KINDS:
                continue
            what = m.group("what")
            kinds = next((k for rx, k in OWNED_KINDS if rx.search(what)), False)
            if kinds is False:
                continue
            lo, hi = s.start + m.start("what"), s.start + m.end("what")
            named = {p.place.id for p in an.places if p.place is not None and lo <= p.start < hi}
            targets = [c for c in claims if c.polarity == "supports" and not c.summary
                       and c.event_type in coding.VIOLENT and (kinds is None or c.sub_event_type in kinds)
                       and not any(e.field == "sentence" and e.start == s.start for e in c.evidence)]
            if named:
                # the attack at the place it names; one the report could not place may be it too
                at = [c for c in targets if c.location is not None and c.location.gazetteer_id in named]
                targets = at or [c for c in targets if c.location is None]
            hit = HIT_NOUNS.search(what)
            if hit is not None:
                # "the attacks on the churches and hotels": the attacks whose telling names what was hit
                nouns = [re.sub(r"(?:es|s)$", "", w) for w in re.split(r",\s+|\s+and\s+", hit.group("nouns"))]
                nouns = [w for w in (re.sub(r"^(?:the|an?)\s+", "", w) for w in nouns) if len(w) > 2]
                # (no noun left, "the attack on us": an empty alternation would match every sentence)
                rx = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in nouns) + r")(?:es|s)?\b", re.IGNORECASE) \
                    if nouns else None
                named_hit = [c for c in targets if rx is not None and any(e.field == "sentence" and rx.search(e.text)
                                                                          for e in c.evidence)]
                targets = named_hit or targets
            else:
                named_hit = []
            if not targets:
                continue
            # "the attacks", "the bombings": each of them; "the attack": the first told
            chosen: list[Claim] = []
            for c in (targets if PLURAL_ACT.match(what) else targets[:1]):
                key = (c.sub_event_type, c.event_date, c.location)
                if all((x.sub_event_type, x.event_date, x.location) != key for x in chosen):
                    chosen.append(c)
            entry = entries[s.entry_index]
            for n, target in enumerate(chosen):
                if any(c.source is not None and c.source.name == src.name for c in claims + out
                       if (c.sub_event_type, c.event_date, c.location) == (target.sub_event_type, target.event_date,
                                                                           target.location)):
                    continue
                claim = Claim.from_dict(target.to_dict())
                claim.id = _claim_id(report.id, s.start, target.sub_event_type, "responsibility", n, 0)
                claim.source = src
                claim.fatalities = None
                claim.counts = {}
                claim.modality = "claimed"
                claim.evidence = [Evidence(report.ref, entry.label, s.start, s.end, s.text, "sentence"),
                                  Evidence(report.ref, entry.label, att.cue_start, att.cue_end, att.cue, "source")]
                claim.flags = [f for f in target.flags if not f.startswith("uncorroborated")] + ["responsibility"] + (
                    ["named-targets"] if named_hit else [])  # (its attacks chosen: not spread to the whole incident)
                out.append(claim)
    return out


# "Residents said the gunfire lasted an hour", "Relatives said several of the dead were teenagers": a voice
# that tells no event of its own but speaks of the incident the paragraph has just told (its gunfire, its dead,
# its attackers) is a further voice for that incident
ECHO = re.compile(r"\b(?:gunfire|gun\s?shots?|shots|shooting|firing|explosions?|blasts?|detonations?|"
                  r"exchange\s+of\s+fire|fighting|clashes|(?:loud|huge|big|deafening)\s+bangs?|(?:the|its|their)\s+(?:[\w-]+\s+)?(?:dead|victims|wounded|"
                  r"attackers|assailants|gunmen|militants|raiders|bombers?|raid|assault|attack|bombing|battle|"
                  # the weapon just told, named again: "said the mine had been laid on a road used by returnees"
                  r"mine|landmine|bomb|device|shell|rocket|missile|blast|explosion|strike|airstrike|"
                  r"operation|force|hostages|captives|killings|ambush|siege|massacre)|"
                  r"(?:were|was)\s+among\s+(?:them|the\s+dead|the\s+victims|those\s+killed)|gunmen|attackers|hostages|bodies|"
                  r"(?:had\s+been|were|was)\s+treated\s+(?:for|in)|"
                  # "both men had been shot in the head", "the soldiers fired without warning"
                  r"(?:had\s+been|have\s+been|were|was)\s+shot\s+(?:in|at|from|dead)|"
                  r"fired\s+(?:without\s+warning|indiscriminately|into\s+the\s+crowd|live\s+(?:rounds|ammunition|bullets))|"
                  r"(?:had\s+|have\s+|has\s+)?(?:engaged|repelled|fought|fired\s+(?:on|at|back)))\b", re.IGNORECASE)
# "Witnesses outside the building heard long bursts of gunfire", "Residents filmed gunmen firing": people on
# the spot telling what they heard or saw, with no reporting verb
PERCEIVED = re.compile(r"^(?P<who>(?:[A-Z][\w’'-]*)(?:\s+(?!who\b|that\b|which\b)[\w’'-]+){0,6}?)"
                       r"(?:,?\s+(?:who|some of whom)\s+[^,.;]{1,60}?,?)?"
                       r"\s+(?:also\s+)?(?:heard|saw|watched|filmed|photographed|described|recounted|recalled|"
                       r"reported\s+hearing|reported\s+seeing|spoke\s+of|said|told|"
                       # (a live blog's present tense: "Witnesses describe bodies thrown across the square")
                       r"hear|see|describe|recount|recall|report\s+hearing|report\s+seeing|speak\s+of|say|tell)\b")
# (a bare name, "Durazo said", is most often a speaker the report has named before: not a new voice)
ECHO_KINDS = ("witnesses", "family", "journalist", "medical", "armed group", "military", "government", "official",
              "police", "un", "ngo", "monitor", "humanitarian", "activists", "news outlet", "organisation",
              "local sources", "party outlet", "state media")
# "Its spokesman", "Their lawyer": a speaker named by whose he is, resolved where the report names the owner
OWNED_SPEAKER = re.compile(r"^(?:its|their|his|her)\b", re.IGNORECASE)
ECHO_NEGATED = re.compile(r"\b(?:no|not|never|nobody|none|neither|nor|denied|denies|rejected|false)\b", re.IGNORECASE)
# words that point back to an incident already told ("the attackers", "its dead", "were among the victims"), not
# ones that may tell a new one ("gunfire", "clashes")
ECHO_BACK = re.compile(r"(?:the|its|their)\s|(?:were|was)\s+among\b", re.IGNORECASE)
# who tells an incident again in a later paragraph without a word of a new one: people who were there, their
# families, those who treated the hurt (an official's later words are as often about what followed: a rescue,
# an arrest, an inquiry)
ECHO_LATER_KINDS = ("witnesses", "family", "medical", "journalist", "local sources", "humanitarian")
# "had treated twelve people", "two of the wounded were in critical condition", "21 people had died", "three of
# its members had been beaten", "5,500 people had sought treatment": a voice giving the harm done to people, which
# speaks of the incident the report tells even when no word of the violence is in its sentence
ECHO_HARM = re.compile(
    r"\b(?:(?:had|have|has|was|were|is|are|been)\s+(?:\w+\s+)?(?:killed|died|injured|wounded|hurt|beaten|hospitali[sz]ed)|"
    r"(?:killed|dead|injured|wounded|hurt)\s+(?:and|or)\s+(?:\w+\s+){0,3}?(?:injured|wounded|hurt|dead|missing)|"
    r"(?:had\s+|have\s+|has\s+|is\s+|are\s+|was\s+|were\s+)?(?:treated|treating)\s+(?:about\s+|some\s+|more\s+than\s+|"
    r"at\s+least\s+|over\s+|nearly\s+)?(?:\d[\d,]*|a\s+dozen|dozens|hundreds|scores|several|many|[a-z]+ty|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)\b|"
    r"(?:treated|treating)\s+(?:[\w,-]+\s+){0,3}?(?:people|patients|persons|victims|casualties|survivors|children|"
    r"women|men|wounded|injured)\b|"
    # "several of those killed were teenagers", "most of those hurt": the victims, named by what was done to them
    r"(?:of|among)\s+those\s+(?:killed|who\s+died|wounded|injured|hurt|shot)|"
    r"(?:sought|received|needed|given)\s+(?:hospital\s+|medical\s+|emergency\s+)?treatment|"
    r"(?:had\s+been|have\s+been|were|was)\s+treated\s+(?:for|in|at)|"
    r"(?:gone|went|taken|admitted|brought|rushed)\s+to\s+(?:(?:the|a)\s+)?(?:hospitals?|clinics?)|"
    r"(?:critical|serious|stable|grave)\s+condition|"
    r"among\s+the\s+(?:dead|victims|wounded|injured|killed))\b", re.IGNORECASE)
# "25 people had been killed during the night", "more than 90 had been killed across the state in the attacks": a
# total over several incidents, not the harm done in one
HARM_TOTAL = re.compile(r"\b(?:across\s+(?:the\s+)?(?:country|nation|region|state|province|north|south|east|west)|in\s+all|(?:during|over)\s+the\s+(?:night|day|weekend|week|month)|"
                        r"in\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:attacks|raids|clashes|bombings|strikes|killings|"
                        r"incidents))\b", re.IGNORECASE)
# who may give the harm done in an incident told elsewhere in the report: those who count or treat the victims,
# the victims' own (their families, their party, their embassy), and the bodies that speak for the sides
ECHO_HARM_KINDS = ECHO_KINDS + ("diplomats",)
ECHO_TAKEN = re.compile(r"\b(?:(?:had|have|has)\s+(?:taken\s+(?:over|control)|seized|captured|overrun)|"
                        r"(?:were|was|are|is)\s+(?:now\s+|fully\s+)?in\s+(?:full\s+)?control\s+of)\b", re.IGNORECASE)


# who may speak of what an incident hit with no word of the violence: officials and services, people on the spot
ECHO_NAMING_KINDS = ("witnesses", "family", "medical", "official", "government", "police", "military", "un",
                     "humanitarian", "monitor", "ngo", "local sources")
# "a convoy", "the bus", "a crowded market": what was hit, as the sentence telling the incident names it
HIT_NOUN = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>convoy|bus|train|market|mosque|church|school|"
                      r"hospital|hotel|mall|checkpoint|patrol|camp|base|station|barracks|compound|dormitory|hostel|"
                      r"university|college|village|office|building|ferry|motorcade|procession|wedding|funeral|"
                      r"queue|crowd|vehicle|car|truck|boat|aircraft|plane|helicopter)s?\b", re.IGNORECASE)


def _names_target(scope: str, host_text: str) -> re.Match | None:
    """The voice's words that name again, as 'the X', what the host sentence told was hit ('a convoy')."""
    hit = {m.group("noun").lower() for m in HIT_NOUN.finditer(host_text)}
    for m in re.finditer(r"\b(?i:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+?)s?\b", scope):
        if m.group("noun").lower() in hit:
            return m
    return None


def _spokesman_of_doer(src: SourceRef, host, by_sentence) -> SourceRef | None:
    """"X, the group's spokesman, said ...": the armed group that did what the host sentence told (its first
    actor), a party; None when the host told no armed group's act."""
    if host is None:
        return None
    for t in by_sentence[host.sentence.start]:
        a = t.actor1
        if a is not None and a.inter in (2, 3) and a.key:
            return SourceRef(name=src.name, kind="armed group", stance=f"party:{a.key}", party=a.key, cue=src.cue,
                             start=src.start, end=src.end)
    return None


def _last_taking(paragraphs, para, i, by_sentence):
    """The sentence that told a taking of territory last, within two sentences before in this paragraph or, when
    it told none, in the paragraph before."""
    def takes(x) -> bool:
        return any(t.sub_event_type in TERRITORY for t in by_sentence.get(x.sentence.start, []))

    here = [x for x in reversed(para[max(0, i - ECHO_SPAN):i]) if takes(x)]
    if here:
        return here[0]
    k = next((n for n, p in enumerate(paragraphs) if p is para), 0)
    if k:
        before = [x for x in reversed(paragraphs[k - 1]) if takes(x)]
        return before[0] if before else None
    return None


# flags of a claim's own telling, which a copy told by another voice does not carry
OWN_TELLING_FLAGS = ("anaphoric", "operation-voice", "toll-only")


def _retold(report: Report, t: Claim, src: SourceRef, *, at: int, kind: str, n: int, modality: str,
            evidence: list[Evidence], flags: list[str], drop: tuple[str, ...] = OWN_TELLING_FLAGS,
            polarity: str | None = None, summary: bool | None = None) -> Claim:
    """Claim `t` told again by the voice `src` (echo, spokesman, group's claim): its own id, no toll or counts
    (the event's own telling gives them), t's flags less those of its own telling, then `flags`."""
    v = Claim.from_dict(t.to_dict())
    v.id = _claim_id(report.id, at, t.sub_event_type, kind, n, 0)
    v.source = src
    v.fatalities = None
    v.counts = {}
    v.modality = modality
    if polarity is not None:
        v.polarity = polarity
    if summary is not None:
        v.summary = summary
    v.evidence = evidence
    v.flags = [f for f in t.flags if not f.startswith(("uncorroborated", "joins:")) and f not in drop] + flags
    return v


def _echo_claims(report, entry, s, src, host, by_sentence, kinds=None) -> list[Claim]:
    """The host sentence's claims of the given sub-event types (None: of any), told again by the echoing voice."""
    out: list[Claim] = []
    seen: set[tuple] = set()
    for n, t in enumerate(by_sentence[host.sentence.start]):
        key = (t.sub_event_type, t.event_date, t.location.name if t.location else None)
        if (kinds is not None and t.sub_event_type not in kinds) or key in seen or (
                t.source is not None and t.source.name == src.name):
            continue
        seen.add(key)
        evidence = [Evidence(report.ref, entry.label, s.start, s.end, s.text, "sentence")]
        if src.start is not None and src.end is not None:
            evidence.append(Evidence(report.ref, entry.label, src.start, src.end, src.cue or "", "source"))
        out.append(_retold(report, t, src, at=s.start, kind="echo", n=n, modality="asserted", evidence=evidence,
                           flags=["echo", f"joins:{t.id}"]))
    return out


# "340 people have been treated since Friday", "so far": a total over many incidents, not a word on the one told
ECHO_TOTAL = re.compile(r"\b(?:since|so\s+far|in\s+total|altogether)\b", re.IGNORECASE)
# the incidents a voice may speak of: violence, and the riots and demonstrations with their dead and their gunfire
ECHO_HOSTS = coding.VIOLENT + ("Riots", "Protests")
ECHO_SPAN = 2  # sentences back (or, when none before, ahead) in the paragraph in which the incident is told


def _echo_voices(report: Report, entries: list[Entry], groups, claims: list[Claim]) -> list[Claim]:
    """A voice whose sentence makes no claim but speaks of the incident a sentence of the same paragraph has
    just told ("Residents who watched said the gunfire lasted more than an hour", "Relatives said several of
    the dead were teenagers", "Witnesses outside heard long bursts of gunfire", "The group said its fighters
    had engaged the force") is a further voice for that incident (README "Data model": a further speaker is a
    further voice). The incident is the nearest one told before it in the paragraph, within two sentences, or
    when none is, the one told right after it (a witness's line before the spokesman's). A voice that
    negates or denies is none (a denial is the denial rules' business), nor is a pronoun, whose speaker the
    report named elsewhere."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.polarity != "supports" or c.summary or c.event_type not in ECHO_HOSTS:
            continue
        sent = c.sentence_evidence()
        if sent is not None:
            by_sentence.setdefault(sent.start, []).append(c)
    told = {e.start for c in claims for e in c.evidence if e.field == "sentence"}
    every = sorted((an for _, analyses, _, _ in groups for an in analyses), key=lambda an: an.sentence.start)
    para_of: dict[int, int] = {}  # each sentence's paragraph, counted over the whole report
    for i, an in enumerate(every):
        new_para = i == 0 or an.sentence.entry_index != every[i - 1].sentence.entry_index or \
            "\n\n" in report.text[every[i - 1].sentence.end: an.sentence.start]
        para_of[an.sentence.start] = (para_of[every[i - 1].sentence.start] if i else 0) + (1 if new_para and i else 0)
    post_of: dict[int, int] = {}  # each sentence's live-blog post (a time-stamped paragraph starts one)
    for i, an in enumerate(every):
        post_of[an.sentence.start] = (post_of[every[i - 1].sentence.start] if i else 0) + (
            1 if i and CLOCK_STAMP.match(an.sentence.text) else 0)
    out: list[Claim] = []
    for _, analyses, gcountry, _ in groups:
        paragraphs: list[list[Analysis]] = []
        for i, an in enumerate(analyses):
            if i == 0 or an.sentence.entry_index != analyses[i - 1].sentence.entry_index or \
                    "\n\n" in report.text[analyses[i - 1].sentence.end: an.sentence.start]:
                paragraphs.append([])
            paragraphs[-1].append(an)
        last: Analysis | None = None  # the last sentence of the group before this paragraph that told an incident
        incidents: set[tuple] = set()  # the incidents (type, day, place) the group told before this paragraph
        for para in paragraphs:
            if CLOCK_STAMP.match(para[0].sentence.text):
                last, incidents = None, set()  # a live blog's new post: its voices speak of what it tells
            # (a paragraph that tells an incident of its own has its voices speak of that one)
            tells = any(x.sentence.start in by_sentence for x in para)
            for i, an in enumerate(para):
                s = an.sentence
                if s.start in told:
                    continue
                spoke = OWNED_SPOKESMAN.match(s.text)
                prev = para[i - 1] if i else None
                if spoke and prev is not None and prev.sentence.start in by_sentence:
                    # "Armenia's ministry said artillery had shelled the village. Its spokeswoman, X, said residents
                    # had spent the night in basements": the body's spokesman goes on telling what the body told
                    out.extend(_spokesman_echo(report, entries[s.entry_index], s, spoke, by_sentence[prev.sentence.start]))
                    continue
                voice = _echo_voice(an, gcountry, report.text)
                if voice is None:
                    continue
                src, scope = voice
                m = ECHO.search(scope)
                taken = None
                if m is None:
                    # "the spokesman said its men had taken over state institutions", "the Houthis were in control
                    # of both sites, residents said": a word on the taking of a place the report has just told
                    m = taken = ECHO_TAKEN.search(scope)
                harm = ECHO_HARM.search(scope) if src.kind in ECHO_HARM_KINDS and not HARM_TOTAL.search(scope) else None
                if m is None:
                    m = harm
                before = [x for x in reversed(para[max(0, i - ECHO_SPAN):i]) if x.sentence.start in by_sentence]
                after = [x for x in para[i + 1:i + 2] if x.sentence.start in by_sentence]
                if m is None and before and src.kind in ECHO_NAMING_KINDS:
                    # "The bomber struck a convoy of the police ... The convoy was carrying 2,500 men back from
                    # leave, police officials said": the voice's words name what the sentence before hit
                    m = _names_target(scope, before[0].sentence.text)
                    after = []
                if m is None or ECHO_NEGATED.search(scope[:m.start()]) or ECHO_NEGATED.search(scope[m.end():m.end() + 30]) \
                        or ECHO_TOTAL.search(scope):
                    continue
                host = (before or after or [None])[0]
                if taken is not None:
                    host = _last_taking(paragraphs, para, i, by_sentence)
                if src.kind == "armed group" and not src.party:
                    src = _spokesman_of_doer(src, host, by_sentence)  # (the group's spokesman: the doer's)
                    if src is None:
                        continue
                if taken is not None:
                    if host is not None:
                        out.extend(_echo_claims(report, entries[s.entry_index], s, src, host, by_sentence, TERRITORY))
                    continue
                if host is None and not tells and len(incidents) == 1 and src.kind in ECHO_LATER_KINDS \
                        and ECHO_BACK.match(m.group(0)):
                    # "Witnesses said the attackers shot the guards first", a paragraph later in a report that has
                    # told one incident so far: people on the spot, or those who treated the hurt, telling it
                    host = last
                if host is None and (harm is not None or ECHO_BACK.match(m.group(0)) or src.kind in ECHO_LATER_KINDS):
                    # "The fire department said 5,500 people had sought treatment", a paragraph or a post later:
                    # the one incident of the report it can be about (by its place, or the only one)
                    host = _harm_host(s, by_sentence, every, para_of, near=harm is not None)
                    if host is not None and harm is None and post_of[host.sentence.start] != post_of[s.start]:
                        host = None  # (people on the spot in a live blog speak of what their own post tells)
                if host is None:
                    continue
                out.extend(_echo_claims(report, entries[s.entry_index], s, src, host, by_sentence))
            told_here = [x for x in para if x.sentence.start in by_sentence]
            if told_here:
                last = told_here[-1]
                incidents |= {(t.sub_event_type, t.event_date, t.location.name if t.location else None)
                              for x in told_here for t in by_sentence[x.sentence.start]}
    return out


def _plain_place(name: str) -> str:
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()


def _harm_host(s: Sentence, by_sentence, every, para_of, near: bool = True) -> Analysis | None:
    """The sentence telling the incident a voice's words speak of, when none is told near it: the report's only
    incident (one kind of event, on one day, at one place), or, for words on the harm done (`near`), the only one
    at a place (finer than a country) its sentence names, else the one told last before it in its paragraph or
    the paragraph before; None when the words fit several incidents, or name a day none of them was on."""
    hosts = [x for x in every if x.sentence.start in by_sentence and x.sentence.start != s.start]
    if not hosts:
        return None
    said = _plain_place(s.text)

    def names(t) -> bool:
        loc = t.location
        if loc is None or loc.name == loc.country:
            return False
        forms = {_plain_place(loc.name), _plain_place(PLACE_KIND.sub("", loc.mention or "").strip())}
        return any(len(f) > 3 and re.search(r"\b" + re.escape(f) + r"\b", said) for f in forms)

    def one(pool) -> bool:
        told = [t for x in pool for t in by_sentence[x.sentence.start]]
        places = {t.location.name for t in told if t.location is not None and t.location.name != t.location.country}
        return len({t.sub_event_type for t in told}) == 1 and len({t.event_date for t in told}) == 1 \
            and len(places) <= 1

    days = {t.event_date for x in hosts for t in by_sentence[x.sentence.start] if t.event_date is not None}
    if days:
        ref = max(days) + timedelta(days=1)
        said_days = [d.value for d in find_dates(s.text, ref=ref) if d.value is not None]
        if any(all(abs((d - h).days) > 1 for h in days) for d in said_days):
            return None  # "killed in an attack on 25 December": another day than the incidents told
    named = [x for x in hosts if any(names(t) for t in by_sentence[x.sentence.start])] if near else []
    pool = named or hosts
    before = [x for x in pool if x.sentence.start < s.start]
    if one(pool):
        return before[-1] if before else pool[0]
    if near and not named and before and para_of.get(s.start, 0) - para_of.get(before[-1].sentence.start, 0) <= 1:
        return before[-1]  # several incidents: the one just told
    return None


# "Ha Tinh province", "the town of Hithadhoo": a place's name without its kind word
PLACE_KIND = re.compile(r"^(?:the\s+)?(?:town|city|village|province|district|region|state)\s+of\s+|\s+(?:province|district|"
                        r"region|governorate|state|county|city|town|village)$", re.IGNORECASE)


# "Its spokeswoman, Shushan Stepanyan, said", "Their spokesman told": the spokesman of the body that spoke just before
OWNED_SPOKESMAN = re.compile(r"^(?:Its|Their)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)(?:,\s+(?P<name>[A-Z][\w.’'-]*"
                             r"(?:\s+[A-Z][\w.’'-]*){0,4}),)?\s+(?:said|says|told|added)\b")


def _spokesman_echo(report: Report, entry: Entry, s: Sentence, spoke: re.Match, told: list[Claim]) -> list[Claim]:
    """The claims of the sentence before, told again by the spokesman of the body that told them, by name when
    the report gives it; the body's own voice (flag "same voice": no second voice for the status)."""
    out: list[Claim] = []
    seen: set[tuple] = set()
    for n, t in enumerate(told):
        body = t.source
        if body is None or body.kind in ("news outlet", "journalist", "person", "witnesses", "family", "unnamed"):
            continue
        sent = t.sentence_text()
        if body.kind in OWNING_KINDS and OWNS_INCIDENT.search(sent):
            continue  # a group owning the incident as a whole: `_incident_voices` says which of its events
        key = (t.sub_event_type, t.event_date, t.location.name if t.location else None)
        if key in seen:
            continue
        seen.add(key)
        name = spoke.group("name") or body.name
        src = SourceRef(**{**body.to_dict(), "name": name, "cue": spoke.group(0), "start": s.start,
                           "end": s.start + spoke.end()})
        out.append(_retold(
            report, t, src, at=s.start, kind="spokesman", n=n, modality="asserted",
            evidence=[Evidence(report.ref, entry.label, s.start, s.end, s.text, "sentence"),
                      Evidence(report.ref, entry.label, s.start, s.start + spoke.end(), spoke.group(0), "source")],
            flags=["echo", "same voice", f"joins:{t.id}"]))
    return out


STATE_FORCE_NAMES = ("the army", "the military")


def _echo_voice(an: Analysis, country: str | None, text: str = "") -> tuple[SourceRef, str] | None:
    """The voice of a sentence that makes no claim, and what it says: a named speaker's reporting verb
    ("Relatives said ...") or people on the spot telling what they saw or heard ("Witnesses heard ...")."""
    s = an.sentence
    for att in an.attributions:
        if att.verb in ("deny", "allege") or att.hedge or ECHO_NEGATED.search(att.cue):
            return None  # "Kyiv has not said it was behind the blast": a speaker who has not spoken
        phrase = att.text.strip()
        owner = OWNED_BODY.match(phrase)
        if owner and text:
            # "his party said", "its ministry said": the body of that kind the report named before
            named = _owner_named_before(text[:s.start], owner.group("head"))
            if named is None:
                continue
            phrase = named
        elif not phrase or (phrase.lower() in PRONOUN_SOURCES and phrase.lower() not in STATE_FORCE_NAMES) \
                or phrase.lower() in PRONOUNS or OWNED_SPEAKER.match(phrase):
            continue  # ("The army said its troops had driven the attackers out": the country's army, a voice)
        src = resolve_source(phrase, att.cue, att.cue_start, att.cue_end, None, country)
        spoken = SPEAKER_OF_CUE.match(att.cue)
        if (src is None or src.kind in ("person", "unnamed")) and spoken and spoken.group("who") != phrase \
                and spoken.group("who").startswith(phrase) \
                and re.match(r"\s+(?:at|of|from|in|with)\s", spoken.group("who")[len(phrase):]):
            # "Staff at Hamad General Hospital said" read as "Staff": the whole phrase before the verb
            src = resolve_source(spoken.group("who"), att.cue, att.cue_start, att.cue_end, None, country)
        if src is not None and src.kind == "person" and GROUP_ROLE.search(att.cue):
            # "Mohammed Abdulsalam, the group's spokesman, said": the group's voice; which group, the incident says
            src = SourceRef(name=src.name, kind="armed group", stance="unknown", cue=src.cue, start=src.start,
                            end=src.end)
        if src is None or src.kind not in ECHO_KINDS:
            continue
        src = _speaking_group(an, att, src)
        lo, hi = att.scope_start - s.start, att.scope_end - s.start
        scope = s.text[max(lo, att.cue_end - s.start):hi] if hi > lo else s.text[att.cue_end - s.start:]
        if not scope.strip():
            scope = s.text[:att.start - s.start]
        return src, scope
    m = PERCEIVED.match(s.text)
    if m is None:
        return None
    src = resolve_source(m.group("who"), m.group(0), s.start, s.start + m.end(), None, country)
    if src is None or src.kind not in ("witnesses", "family", "journalist"):
        return None
    return src, s.text[m.end():]


# "his party said", "its ministry said", "their union said": a body named by whose it is
OWNED_BODY = re.compile(r"^(?i:his|her|its|their)\s+(?P<head>(?i:party|movement|group|ministry|union|organi[sz]ation|"
                        r"association|council|committee|front|league|alliance|coalition))$")
# the words of a cue before its reporting verb: "Staff at Hamad General Hospital" of "Staff at ... said"
SPEAKER_OF_CUE = re.compile(r"^(?P<who>.+?)\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told|tells|added|reported|"
                            r"confirmed|stated)\b")


def _owner_named_before(before: str, head: str) -> str | None:
    """The last body the text names before with a name ending in `head` ("the Maldivian Democratic Party's base"
    for "his party"); None when it names none."""
    found = list(re.finditer(r"\b(?:[A-Z][\w’'-]*\s+){1,5}" + head[:1].upper() + re.escape(head[1:]) + r"\b", before))
    if not found:
        return None
    name = re.sub(r"^(?:The|A|An|In|On|At|By|From|For|And|But|As|When|While)\s+", "", found[-1].group(0))
    return name if len(name.split()) > 1 else None


# "the group said it had carried out the attacks", "Al-Shabaab has claimed the attack", "claimed responsibility":
# an armed group owning the incident the report tells, as a whole
OWNS_INCIDENT = re.compile(
    r"\b(?:(?:said|says|has\s+said|had\s+said|announced|declared|stated)(?:\s+(?:on|in|through|via)\s+[^,.;]{1,40}?)?"
    r"\s+(?:that\s+)?(?:it|they|its\s+(?:fighters|men|"
    r"members)|their\s+(?:fighters|men|members))\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:carried\s+out|behind|"
    r"staged|mounted|executed|responsible\s+for)|(?:has\s+|have\s+|had\s+)?claimed\s+(?:responsibility\b|"
    r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|bombings?|blasts?|explosions?|raids?|ambush|"
    r"killings?|massacre|kidnappings?|abductions?|operation)\b))", re.IGNORECASE)
OWNED_INCIDENT = re.compile(r"\s*(?:the|this|that|these|those|(?:\w+day|yesterday|last\s+\w+)[’']s)\s+(?:[\w-]+\s+)?"
                            r"(?:attacks?|assaults?|operations?|raids?|bombings?|blasts?|explosions?|ambush|"
                            r"kidnappings?|abductions?|hostage-taking|siege|massacre|killings?)\b", re.IGNORECASE)
# "denied that the group was involved", "denied any role", "denied responsibility": a group disowning the incident
DISOWNS_INCIDENT = re.compile(
    r"\b(?:denied|denies|deny|rejected)\s+(?:that\s+)?(?:(?:the\s+group|it|they|its\s+(?:fighters|members|men)|"
    r"their\s+(?:fighters|members|men))\s+(?:was|were|had\s+been)\s+involved|any\s+(?:role|involvement|part|hand)|"
    r"(?:its\s+|their\s+)?(?:involvement|responsibility))\b", re.IGNORECASE)
NEGATED_VOICE = re.compile(r"\b(?:no|not|never|nobody|none|neither|nor)\b[^,;]{0,25}$", re.IGNORECASE)
ONE_SIDED = ("Explosions/Remote violence", "Violence against civilians")
SINGLE_ACT = re.compile(r"[^.;]*?\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|assault|raid|bombing|blast|explosion|ambush|"
                        r"killing|massacre|kidnapping|abduction|operation|hostage-taking|siege)\b", re.IGNORECASE)
INCIDENT_DAYS = 2  # an incident the report tells runs over a night and a day or two (a siege, a series of attacks)


def _incident_voices(report: Report, claims: list[Claim]) -> list[Claim]:
    """An armed group owning or disowning the incident as a whole ("said it carried out the attacks", "has
    claimed the attack", "denied that the group was involved") is a voice for every event of it the report
    tells within a day or two, not only for the one told last (README "Data model": a group claiming
    responsibility is a further voice; a party denying its act contests it). A claim goes to the group's own
    one-sided acts (the bombings, the shootings of civilians; its battles only when it did nothing else); a
    denial to every event its men, or unnamed attackers, took part in. The voice's first copy, tied to the
    event told last, is dropped when that event is none of these."""
    out: list[Claim] = []
    gone: set[int] = set()
    for c in claims:
        src = c.source
        if src is None or src.kind not in OWNING_KINDS or c.summary or not src.party or "named-targets" in c.flags:
            continue
        sent = c.sentence_evidence()
        if sent is None:
            continue
        denial = c.polarity == "contradicts"
        if denial:
            m = DISOWNS_INCIDENT.search(sent.text)
        else:
            m = next((m for m in OWNS_INCIDENT.finditer(sent.text)
                      if "claimed" in m.group(0).lower() or OWNED_INCIDENT.match(sent.text, m.end())), None)
        if m is None or NEGATED_VOICE.search(sent.text, 0, m.start()):
            continue
        # "the attack", "the bombing": one incident, at the place the report is telling; "the attacks", "any
        # role", "claimed responsibility": the incident with all its sites
        one = not denial and c.location is not None and bool(SINGLE_ACT.match(sent.text[m.start(): m.end() + 40]))

        def doer(a) -> bool:
            return a is not None and (a.key == src.party or a.name.startswith("Unidentified Armed Group"))

        near = [t for t in claims if t is not c and t.report_id == c.report_id and t.polarity == "supports"
                and not t.summary and t.event_type in coding.VIOLENT
                and not any(f.startswith("joins:") for f in t.flags)
                and not any(e.field == "sentence" and e.start == sent.start for e in t.evidence)
                and abs((t.event_date - c.event_date).days) <= INCIDENT_DAYS
                and (not one or (t.location is not None and t.location.name == c.location.name))]
        if denial:
            targets = [t for t in near if doer(t.actor1) or doer(t.actor2)]
        else:
            targets = [t for t in near if t.event_type in ONE_SIDED and doer(t.actor1)] or \
                [t for t in near if doer(t.actor1) or doer(t.actor2)]
        if not targets:
            continue
        keys: dict[tuple, list[Claim]] = {}
        for t in targets:
            keys.setdefault((t.sub_event_type, t.event_date, t.location.name if t.location else None), []).append(t)
        mine = (c.sub_event_type, c.event_date, c.location.name if c.location else None)
        trigger = next((e for e in c.evidence if e.field == "trigger"), None)
        if mine not in keys and (trigger is None or sent.start + m.start() <= trigger.start <= sent.start + m.end() + 40) \
                and not any(e.field in ("location", "date", "fatalities") for e in c.evidence):
            # the voice's own claim, a copy of the event told last or an event made of the word "attacks" alone,
            # is none of the events the group's words are about
            gone.add(id(c))
        voiced = {(x.sub_event_type, x.event_date, x.location.name if x.location else None)
                  for x in claims if x.source is not None and x.source.name == src.name and x.polarity == c.polarity
                  and id(x) not in gone}
        for n, (key, told) in enumerate(keys.items()):
            if key in voiced:
                continue
            t = told[0]
            out.append(_retold(report, t, src, at=sent.start, kind="incident", n=n, modality=c.modality,
                               polarity=c.polarity, summary=False,
                               evidence=[e for e in c.evidence if e.field in ("sentence", "source")],
                               flags=["reaction" if denial else "responsibility", f"joins:{t.id}"]))
            voiced.add(key)
        if not denial:
            out.extend(_owner_spokesman(report, c, sent, src, [told[0] for told in keys.values()] +
                                        ([] if id(c) in gone or mine in keys else [c])))
    if not out and not gone:
        return claims
    return [c for c in claims if id(c) not in gone] + out


def _owner_spokesman(report: Report, c: Claim, sent, src: SourceRef, events: list[Claim]) -> list[Claim]:
    """"Al-Shabaab has said it carried out the attack. Its spokesman, X, told a radio station that ...": the
    spokesman right after the group's claim for the whole incident goes on for the group, a voice (by name) for
    each event the claim is about (flag "same voice": the group's own, no second voice for the status)."""
    start = sent.end + len(re.match(r"[ \t]*", report.text[sent.end:]).group(0))
    spoke = OWNED_SPOKESMAN.match(report.text[start:start + 300])
    if spoke is None:
        return []
    said = start + spoke.end()
    end = report.text.find(". ", said)
    end = len(report.text) if end < 0 else end + 1
    voice = SourceRef(**{**src.to_dict(), "name": spoke.group("name") or src.name, "cue": spoke.group(0),
                         "start": start, "end": said})
    out: list[Claim] = []
    for n, t in enumerate(events):
        out.append(_retold(
            report, t, voice, at=start, kind="owner-spokesman", n=n, modality=c.modality, polarity="supports",
            summary=False, drop=OWN_TELLING_FLAGS + ("responsibility",),
            evidence=[Evidence(report.ref, sent.entry, start, end, report.text[start:end], "sentence"),
                      Evidence(report.ref, sent.entry, start, said, spoke.group(0), "source")],
            flags=["responsibility", "same voice", f"joins:{t.id}"]))
    return out



# "A group led by X said it had carried out the operation ... the group, which calls itself the Y Battalion":
# an armed group owning the attack the report tells, under a name of its own choosing. ACLED codes a claimed
# attack to the group that claims it, by the name it gives itself when no registry name is known.
OWNED_OPERATION = re.compile(
    r"\b(?:group|organi[sz]ation|movement|faction|unit|cell|brigade|battalion|militia)\b[^.;]{0,120}?"
    r"\b(?:said|says|announced|claimed|declared|stated)\s+(?:that\s+)?it\s+(?:had\s+|has\s+|was\s+)?"
    r"(?:carried\s+out|staged|mounted|conducted|launched|executed|behind|responsible\s+for)\s+(?:the|this|that|"
    r"Wednesday's|Monday's|Tuesday's|Thursday's|Friday's|Saturday's|Sunday's|yesterday's)\s+"
    r"(?:[\w-]+\s+)?(?:operation|attacks?|assault|raid|ambush|kidnapping|abductions?|hostage-taking|siege|"
    r"bombings?|massacre)\b", re.IGNORECASE)
STYLED_NAME = re.compile(
    r"\b(?:calls|called|calling|styles|styled|styling|names|named|naming)\s+itself\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|the|al|in|for|and)\s+)*[A-Z][\w'’-]*)*)")
# a claimant told as "a jihadist group", "a group led by the veteran jihadist X", "an Islamist militia"
JIHADIST_WORD = re.compile(r"\b(?:jihadists?|islamists?)\b", re.IGNORECASE)
STYLED_SPAN = 600  # characters after the claim within which its name may be given (the next sentence or two)


def _name_self_styled_claimant(text: str, claims: list[Claim]) -> None:
    """Give the unidentified armed actors of a report the name of the group that says it carried out the
    operation the report tells ("a group led by X said it had carried out the operation ... the group, which
    calls itself the Y Battalion": the attackers are the Y Battalion). The registry's actor when the name is
    one it knows; else the name as given, an armed group (inter 2) whose side is jihadist only when the claim's
    words call it or its leader so, unknown otherwise. Only a report with one such claimant, and only
    actors in the claimant's country: a report with two claimants cannot say which attack is whose."""
    found: list[tuple[int, str, str]] = []
    for m in OWNED_OPERATION.finditer(text):
        tail = text[m.start():m.end() + STYLED_SPAN]
        named = STYLED_NAME.search(tail)
        if named is None:
            continue
        head = text[max(0, text.rfind(".", 0, m.start()) + 1):m.end()]
        found.append((m.start(), named.group("name").strip(), head))
    names = {n for _, n, _ in found}
    if len(names) != 1:
        return
    _, name, head = found[0]
    known = next(iter(actor_kb.find_actors(name)), None)
    if known is not None and known.mention.lower() != name.lower():
        known = None
    for c in claims:
        country = c.location.country if c.location is not None else None
        for attr in ("actor1", "actor2"):
            actor = getattr(c, attr)
            if actor is None or not actor.name.startswith("Unidentified Armed Group"):
                continue
            if country and actor.name not in (f"Unidentified Armed Group ({country})", "Unidentified Armed Group"):
                continue
            if known is not None:
                ref = replace(known, mention=actor.mention, start=actor.start, end=actor.end)
            else:
                side = "jihadist" if JIHADIST_WORD.search(head) else "unknown"
                ref = ActorRef(name=name, mention=actor.mention, inter=2, side=side, start=actor.start,
                               end=actor.end)
            setattr(c, attr, ref)


TOLL_ROLES = ("kill", "injure")
# "The number of people killed by the bomber rose to 100 on Tuesday", "the toll passed 180 on Monday": the day of
# the new toll, not of the attack
TOLL_UPDATE = re.compile(r"\b(?:toll|number of (?:people |those )?(?:killed|dead)|(?:number of )?deaths|death count)\b"
                         r"[^.;]{0,160}?\b(?:(?:rose|risen|has risen|climbed|increased|jumped|reached|mounted)\s+(?:to|above|past|beyond|"
                         r"over)|passed|topped|exceeded)\b",
                         re.IGNORECASE)


def _redate_toll_updates(claims: list[Claim]) -> None:
    """A toll update is dated by the update; when the report dates the same event (same type and place)
    a few days earlier, that is the event's day."""
    for c in claims:
        if "toll-update" not in c.flags or c.location is None:
            continue
        earlier = [o for o in claims if o is not c and "toll-update" not in o.flags
                   and o.sub_event_type == c.sub_event_type and o.location is not None
                   and o.location.name == c.location.name and o.event_date < c.event_date
                   and (c.event_date - o.event_date).days <= 3]
        if earlier:
            first = min(earlier, key=lambda o: o.event_date)
            c.event_date, c.time_precision = first.event_date, first.time_precision


# "X told a different story", "gave the opposite account", "offered a different version": what follows is a
# party's competing account of an incident the report has told
OTHER_ACCOUNT = re.compile(r"\b(?:told|tells|gave|gives|offered|offers|put\s+forward|presented)\s+(?:a|an|the|its|their)\s+"
                           r"(?:very\s+)?(?:different|opposite|conflicting|contrary|competing|rival|another)\s+"
                           r"(?:story|account|version|narrative)\b", re.IGNORECASE)


LIVE_TITLE = re.compile(r"^[^.:!?\n]{2,60}?\blive(?:\s+updates?|\s+blog|\s+news)?\s*[:|–—-]\s", re.IGNORECASE)
# "Background: Armenia and Azerbaijan fought a war in the early 1990s ...": a paragraph labelled as background
# tells history, whatever its sentences' dates
BACKGROUND_LABEL = re.compile(r"\s*(?:background|context|history|the backstory|(?:some\s+)?historical context)\s*"
                              r"[:—–]\s", re.IGNORECASE)
BACKGROUND_HEADING = re.compile(r"\b(?:background|context|history|timeline|analysis|assessment|what next|"
                                r"what's next|what comes next|outlook)\b", re.IGNORECASE)


# "No group has said it carried out the attacks", "no one has claimed the bombing": the report says the attack
# is unclaimed
NO_GROUP_CLAIMED = re.compile(r"\b(?:no|none\s+of\s+the)\s+(?:group|organi[sz]ation|one|militant\s+group|armed\s+group)s?\s+"
                              r"(?:has|have|had)\s+(?:yet\s+|so\s+far\s+)?(?:claimed|said\s+(?:it|they)\s+"
                              r"(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind))\b|\bnobody\s+has\s+claimed\b",
                              re.IGNORECASE)
# "the minister said he believed the X network was behind them", "suspect that X was responsible": a speaker's
# guess at the perpetrator
SUSPECTED_BEFORE = re.compile(r"\b(?:believe[ds]?|suspect(?:s|ed)?|think|thinks|thought|assume[ds]?)\s+(?:that\s+)?"
                              r"(?:the\s+)?$", re.IGNORECASE)
SUSPECTED_AFTER = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+(?:was|were|is|are|had\s+been|might\s+be|may\s+be|could\s+be)\s+"
                             r"(?:behind|responsible)\b", re.IGNORECASE)


def _only_suspected(an: Analysis, a: ActorRef) -> bool:
    """A group named only as what a speaker believes or suspects was behind an attack no one has claimed
    ("No group has said it carried out the attacks. The minister said he believed X was behind them"): a guess
    names no perpetrator (ACLED codes an unclaimed attack with no established culprit to an unidentified group).
    Officials blaming a group outright ("officials blamed Boko Haram") do name it."""
    if a.start is None or a.end is None:
        return False
    text, base = an.sentence.text, an.sentence.start
    return bool(SUSPECTED_BEFORE.search(text[max(0, a.start - base - 30): a.start - base])
                and SUSPECTED_AFTER.match(text[a.end - base: a.end - base + 60]))


def _names_past_year(an: Analysis, report: Report) -> bool:
    """Whether the sentence names a year before the report's ("ended in 2009", "in June 2002"): history, unlike
    a background line about the present state ("the prison the SDF runs holds thousands")."""
    year = report.published.year if report.published else None
    return year is not None and any(int(y) < year for y in re.findall(r"\b(?:19|20)\d\d\b", an.sentence.text))


def _in_background_paragraph(text: str, at: int) -> bool:
    """Whether the offset lies in a paragraph labelled as history ("Background: ...", "16:30 - Some background:
    ..."): the groups such a paragraph names (al-Qaeda suspects arrested a year before, a rebel army defeated a
    decade ago) are no candidates for the unnamed attackers of the report's news."""
    start = text.rfind("\n\n", 0, at)
    start = 0 if start < 0 else start + 2
    para = text[start: max(at, start) + 200]
    m = CLOCK_STAMP.match(para)
    if m:
        para = para[m.end():]
    para = re.sub(r"^\s*(?:some|a\s+little|more)\s+", "", para, flags=re.IGNORECASE)
    return bool(BACKGROUND_LABEL.match(para))


def _names_country(sentences: list[Sentence], group: list[Entry], iso2: str) -> bool:
    """Whether a story names the country outright ("... Take Dabiq in Syria"), not just a place in it."""
    texts = [s.text for s in sentences] + [e.heading or "" for e in group]
    # "a town close to the border with Niger": the far side of a border says where a place lies, not which
    # country the story is about
    return any(p.place is not None and p.place.feature == "country" and p.place.iso2 == iso2
               and not FAR_SIDE_BEFORE.search(t[max(0, p.start - 30): p.start])
               for t in texts for p in geo.find_places(t))


FAR_SIDE_BEFORE = re.compile(r"\b(?:(?:borders?|frontiers?|boundary)\s+(?:with|of)|bordering|across\s+(?:the\s+)?"
                             r"(?:border|frontier)\s+(?:in|from))\s+(?:the\s+)?$", re.IGNORECASE)


# a byline line: "Staff Correspondent, Dhaka", "By Jane Roe, Nairobi", "Our Reporter, Kano"
BYLINE = re.compile(r"^(?:By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:,|and\b|in\b)|(?:(?:Staff|Special|Our|Senior|"
                    r"Chief|Diplomatic|Political|Foreign|Security|Defen[cs]e|Regional|Local|Own)\s+)?(?:Correspondents?|"
                    r"Reporters?|Writers?|Journalists?)\s*(?:,|in\b))", re.IGNORECASE)


def _heading_place(entry: Entry, ctx: EntryContext) -> PlaceMention | None:
    """A section heading that is (or names) a place — "NAYPYITAW", "Civil Defense Center in Kafrnabel"."""
    heading = entry.heading or ""
    if BYLINE.match(heading):
        return None  # "Staff Correspondent, Dhaka": where the reporter sits, like a dateline, not the section's place
    text = heading.title() if heading.isupper() else heading
    found = [p for p in geo.find_places(text, focus=ctx.focus) if p.place is not None
             and p.place.feature not in ("country", "region")]
    if not found:
        return None
    if len({p.place.name for p in found}) > 1 and LISTED_PLACES.search(text[found[0].end: found[-1].start]):
        # "Uzbekistan: Andijan and Qorasuv, 13-14 May", "Goma, Bukavu and Uvira": a heading that lists the places
        # the section covers is the place of none of its lines in particular
        return None
    m = found[-1]
    return PlaceMention(start=0, end=0, text=m.text, place=m.place, precision=m.precision)


LISTED_PLACES = re.compile(r"^[^.:;()]*?(?:,|\band\b|&|/)[^.:;()]*$")


def _story_focus(sentences: list[Sentence], tokens_of: dict[int, list], raw_of) -> list[str]:
    """The focus of a story told by `sentences`, read from their text joined by spaces (its tokens and
    names cut from the sentences', see geo.pieces; `raw_of(s)`: a sentence's names, None if unknown)."""
    token_lists = [tokens_of[id(s)] for s in sentences]
    joined = joined_tokens([s.text for s in sentences], token_lists)
    raw = joined_spans(token_lists, [raw_of(s) for s in sentences], joined)
    return focus_of_tokens([joined], raws=None if raw is None else [raw])


def _entry_groups(entries: list[Entry]) -> list[list[Entry]]:
    """Entries that share context: a side story and its bracketed updates form one group."""
    groups: list[list[Entry]] = []
    for entry in entries:
        if entry.kind == "story-update" and groups and groups[-1][0].heading == entry.heading:
            groups[-1].append(entry)
        elif (entry.kind == "story" and groups and groups[-1][-1].kind == "story-update"
              and groups[-1][0].heading == entry.heading):
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return groups


# a paragraph opening with a clock time and a dash or colon: "14:10 - ", "9.45am: ", "18:30 GMT – "
CLOCK_STAMP = re.compile(r"^\s*(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?\s*[-–—:|]\s",
                         re.IGNORECASE)


def _entry_date(report: Report, entry: Entry) -> date:
    return (entry.time or report.published).date()


# an armed group the report introduces with its acronym: "the Tigray People's Liberation Front (TPLF)",
# "the Arakan Army (AA)"; the head noun says it is an armed movement, not a party or a ministry
DEFINED_GROUP = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:of|for|the|and)\s+)?){0,6}?(?:[A-Z][\w'’-]+\s+)?(?:Front|Movement|Army|Forces|"
    r"Brigades?|Militias?|Mujahideen|Resistance|Insurgents|Rebels)"
    # "Front for Change and Concord in Chad (FACT)": the head noun's own complements belong to the name
    r"(?:\s+(?:for|of|in|and|the)\s+(?:the\s+)?[A-Z][\w'’-]+){0,4})\s+\((?P<acr>[A-Z][A-Z0-9-]{1,7})\)")


def _defined_groups(text: str, country: str | None) -> dict[str, ActorRef]:
    """Acronym -> rebel group for the armed movements a report defines and the actor list does not know."""
    out: dict[str, ActorRef] = {}
    for m in DEFINED_GROUP.finditer(text):
        name, acr = m.group("name").strip(), m.group("acr")
        name = re.sub(r"^(?:(?:The|A|An)\s+|[\w-]+[’']s\s+)", "", name)  # "Colombia's National ..." -> "National ..."
        # "Rebels of the Front for Change and Concord in Chad (FACT)": the group is the Front, not "Rebels"
        name = re.sub(r"^(?:Rebels|Fighters|Militants|Members|Insurgents)\s+of\s+(?:the\s+)?", "", name)
        by_name = actor_kb.find_actors(name, country=country)
        by_acr = [a for a in actor_kb.find_actors(acr, country=country) if a.inter in (1, 2, 3, 4, 8) and a.mention == acr]
        if by_acr and not any(a.inter in (1, 2, 3, 4, 8) and len(a.mention) >= len(name) for a in by_name):
            # "the Baluch Liberation Army (BLA)": a spelling of the name the actor list lacks, defined by an acronym
            # it knows, is that group
            out[name] = replace(by_acr[0], mention=name, start=None, end=None)
            continue
        known = by_name + by_acr
        if any(a.inter in (1, 2, 3, 4, 8) and len(a.mention) >= min(len(acr), len(name)) for a in known):
            continue  # a group the actor list knows by this name or acronym keeps its own entry
        if any(k.inter in (1, 8) for k in actor_kb.find_actors(name, country=country)):
            continue  # a state's force ("Ethiopian National Defence Forces") is no rebel group
        out[acr] = ActorRef(name=f"{acr}: {name}", mention=acr, inter=2, side="opposition", key=f"defined:{acr}")
        out[name] = out[acr]
    return out


# "pro-government Shiite militias", "government-backed tribal militias": a qualifier a few words before a bare
# militia word puts it on the government's side
PRO_GOVERNMENT = re.compile(r"\b(?:pro-government|pro-regime|government-backed|state-backed|government-allied|"
                            r"loyalist)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
MILITIA_WORD = re.compile(r"^(?:armed\s+|tribal\s+|clan\s+|communal\s+|ethnic\s+|village\s+|community\s+)?"
                          r"militia(?:s|men| fighters| members| gunmen)?$", re.IGNORECASE)


ARMED_WITH = re.compile(r"^\s+(?:who\s+were\s+)?(?:armed\s+with|wielding|brandishing|carrying\s+(?:guns|rifles|knives|"
                        r"machetes|clubs|rods|sticks|iron\s+bars))\b", re.IGNORECASE)


def _qualified_militias(found: list[ActorRef], text: str, offset: int, country: str | None, on: date) -> list[ActorRef]:
    out = []
    for a in found:
        if a.inter == 7 and a.end is not None and ARMED_WITH.match(text[a.end - offset:]):
            # "men armed with iron rods", "youths wielding machetes": armed, not the civilians the word names
            a = replace(coding.unidentified(country), mention=a.mention, start=a.start, end=a.end)
        if a.start is not None and (a.key or "").startswith(("unidentified", "communal")) and MILITIA_WORD.match(a.mention) \
                and PRO_GOVERNMENT.search(text[max(0, a.start - offset - 40): a.start - offset]):
            pro = [r for r in actor_kb.find_actors("pro-government militias", country=country, on=on)]
            if pro:
                a = replace(pro[0], mention=a.mention, start=a.start, end=a.end)
        out.append(a)
    return out


# Ethnic and religious communities whose armed men news English names by the community ("Fulani gunmen",
# "Kuki militants", "Hema militiamen"): ACLED's identity militias (inter 4), named "<community> Ethnic Militia
# (<country>)" ("Communal Militia" for a religious community). Facts: the communities, in conflicts news
# reports often. Iraq's and Syria's Sunni/Shia armed factions are left out: ACLED codes them by name or as state
# forces.
ETHNIC = ("Fulani|Peul|Dogon|Bambara|Dozo|Hausa|Tiv|Jukun|Berom|Kuki|Kuki-Zo|Zo|Meitei|Naga|Bodo|Hema|Lendu|Nuer|"
          "Dinka|Murle|Shilluk|Masalit|Zaghawa|Misseriya|Rizeigat|Arab|Tuareg|Toubou|Pokot|Turkana|Borana|Garre|"
          "Oromo|Amhara|Afar|Gedeo|Gumuz|Qemant|Kikuyu|Kalenjin|Hutu|Tutsi|Banyamulenge|Twa|Luba|Teke|Yaka|Mbororo|"
          "Gbaya|Bedouin|Rohingya|Rakhine")
RELIGIOUS = "Christian|Muslim|Hindu|Buddhist|Druze|Alawite"
IDENTITY_MILITIA = re.compile(
    rf"\b(?P<a>{ETHNIC}|{RELIGIOUS})(?:\s+and\s+(?P<b>{ETHNIC}|{RELIGIOUS}))?\s+(?:ethnic\s+|tribal\s+|armed\s+)?"
    r"(?P<noun>militias?|militiamen|militants|gunmen|fighters|vigilantes|armed\s+groups|armed\s+men|groups|"
    r"youths|mobs?|herders|herdsmen|volunteers)\b")


def _identity_militias(found: list[ActorRef], text: str, offset: int, country: str | None) -> list[ActorRef]:
    """The identity militias a sentence names, in place of the generic words inside them ("militants")."""
    made: list[ActorRef] = []
    for m in IDENTITY_MILITIA.finditer(text):
        for key in ("a", "b"):
            word = m.group(key)
            if not word:
                continue
            kind = "Communal" if re.fullmatch(RELIGIOUS, word) else "Ethnic"
            start = m.start(key)
            end = m.end() if key == "b" or not m.group("b") else m.end("a")
            made.append(ActorRef(name=f"{word} {kind} Militia ({country})" if country else f"{word} {kind} Militia",
                                 mention=text[start:end], inter=4, side="unknown", key=f"identity:{word.lower()}",
                                 start=offset + start, end=offset + end))
    if not made:
        return found
    kept = [a for a in found if not any(a.start is not None and a.start < b.end and b.start < a.end for b in made)]
    return sorted(kept + made, key=lambda a: a.start or 0)


def _with_defined(found: list[ActorRef], text: str, offset: int, defined: dict[str, ActorRef]) -> list[ActorRef]:
    """The actors found plus mentions of the report's own defined groups, in text order, no overlaps."""
    if not defined:
        return found
    extra: list[ActorRef] = []
    for form, ref in defined.items():
        flags = 0 if form.isupper() else re.IGNORECASE
        for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text, flags):
            start, end = offset + m.start(), offset + m.end()
            if any(a.start is not None and a.start < end and start < a.end for a in found + extra):
                # the defined name overrides a generic word it contains ("... Liberation Army" is no "army")
                inside = [a for a in found if a.start is not None and start <= a.start and a.end <= end]
                if not inside:
                    continue
                found = [a for a in found if a not in inside]
            extra.append(replace(ref, mention=m.group(0), start=start, end=end))
    return sorted(found + extra, key=lambda a: a.start or 0)


DISGUISE_BEFORE = re.compile(r"\b(?:(?:dressed|disguised|posing|masquerading)\s+(?:up\s+)?as|impersonating|"
                             r"in\s+(?:the\s+)?uniforms?\s+of)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
DISGUISE_AFTER = re.compile(r"(?:\s+(?:officers?|soldiers?))?\s+(?:uniforms?|fatigues)\b", re.IGNORECASE)
DISGUISE_WEAR = re.compile(r"\b(?:wearing|wore|in|dressed\s+in|donning)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


ABSENT_BEFORE = re.compile(r"\b(?:few|no|hardly\s+any|little\s+sign\s+of|no\s+sign\s+of)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
ABSENT_AFTER = re.compile(r"(?:\s+(?:officers?|officials?|men|units?))?\s+(?:(?:were|was)\s+)?(?:to\s+be\s+seen|in\s+sight|"
                          r"around|present|on\s+the\s+streets)\b", re.IGNORECASE)
GONE_AFTER = re.compile(r"(?:,\s+(?:which|who)\s[^,;]{0,80})?,?\s+(?:(?:were|was)\s+)?(?:no\s+longer|not|nowhere)\s+(?:on\s+the\s+streets|to\s+be\s+seen|"
                        r"in\s+sight)\b", re.IGNORECASE)


def _absent(text: str, a, base: int) -> bool:
    """The actor is named as absent from the scene: "there were few police to be seen", "no soldiers in sight",
    "with the police no longer on the streets" (who was not there did not act)."""
    if a.start is None or a.end is None:
        return False
    before = text[max(0, a.start - base - 25): a.start - base]
    if ABSENT_BEFORE.search(before) and ABSENT_AFTER.match(text, a.end - base):
        return True
    return bool(GONE_AFTER.match(text, a.end - base))


def _disguise(text: str, a, base: int) -> bool:
    """The actor is named as a disguise: "dressed as a police officer", "posing as soldiers", "wearing police
    uniforms", "in military fatigues" (the wearer is who acted, not the force whose clothes he wore)."""
    if a.start is None or a.end is None:
        return False
    before = text[max(0, a.start - base - 40): a.start - base]
    if DISGUISE_BEFORE.search(before):
        return True
    return bool(DISGUISE_WEAR.search(before) and DISGUISE_AFTER.match(text, a.end - base))


def _analyze(sentence: Sentence, report: Report, ref: date, focus: list[str], country: str | None,
             defined: dict[str, ActorRef] | None = None) -> Analysis:
    text = sentence.text
    dateline = DATELINE.match(text)  # "NAIROBI, June 26 (Reuters) -": when the story was filed, not an event date
    dates = find_dates(text, ref=ref, offset=sentence.start)
    if dateline:
        dates = [d for d in dates if d.start - sentence.start >= dateline.end()]
    actors = _with_defined(_identity_militias(_qualified_militias(
        actor_kb.find_actors(text, offset=sentence.start, country=country, on=ref), text, sentence.start, country,
        ref), text, sentence.start, country), text, sentence.start, defined or {})
    # "several thousand people had fled": the displaced are neither a side nor the victims of the violence told
    actors = [a for a in actors if not coding.displaced_actor(text, a, sentence.start)]
    # "a man dressed as a police officer", "gunmen in army uniforms": a disguise names no actor
    actors = [a for a in actors if not _disguise(text, a, sentence.start) and not _absent(text, a, sentence.start)]
    return Analysis(
        sentence=sentence,
        cues=find_cues(text),
        places=[],  # resolved in order, with the entry's places as context (see _sentence_claims)
        actors=actors,
        quantities=find_quantities(text, sentence.start),
        dates=dates,
        attributions=find_attributions(text, sentence.start),
    )


# ---------------------------------------------------------------------------------------------- sentence


# "in A, B, C and other cities", "in A and B and other towns across the country": an open-ended list of
# places (two or more names, then "and other" towns), the way a roundup names where a wave reached
OPEN_PLACE_LIST = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)+,?"
                             r"\s+(?:and|as well as)\s+(?:many\s+|several\s+|a\s+number\s+of\s+|dozens\s+of\s+)?"
                             r"(?:other|more)\s+(?:cities|towns|places|districts|provinces|regions|parts\s+of\s+the\s+country"
                             r"|areas|villages)\b")

# "The third church attack was ...", "The second blast hit ...": one of a series, counted
ORDINAL_SERIES = re.compile(r"\s*(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|last|final|next)\s+"
                            r"(?:[\w-]+\s+)?(?:attack|blast|bombing|explosion|strike)\b", re.IGNORECASE)
CROWD_WAVE = ("Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence",
              "Looting/property destruction")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
SPAN_OF_DAYS = re.compile(r"\b(?:on|between|from)\s+" + _WEEKDAY + r"\s+(?:and|to|through|until|till)\s+" + _WEEKDAY + r"\b",
                          re.IGNORECASE)
IN_AND_AROUND = re.compile(r"\bin\s+and\s+around\b", re.IGNORECASE)
# what marks such a list as the roundup beside the protests a report tells in detail: "also", or protests
# measured against those ("smaller", "similar", "further" protests)
ROUNDUP_CUE = re.compile(r"\b(?:also|smaller|similar|further|lesser)\b", re.IGNORECASE)


def _sentence_claims(report: Report, entry: Entry, an: Analysis, ctx: EntryContext, options: Options) -> list[Claim]:
    s = an.sentence
    # places resolved again with the entry's places as context ("the Old City district" next to al-Bab)
    an.places = places_in_tokens(s.text, an.geo_tokens if an.geo_tokens is not None else geo_tokenize(s.text),
                                 offset=s.start, focus=ctx.focus, context=list(ctx.places) or None, raw=an.geo_raw)
    people = _person_names(report.text)
    # "Abiy ordered the offensive" after "Prime Minister Abiy Ahmed": the person, not a village of that name
    an.places = [p for p in an.places if p.text not in people]
    if ctx.focus:
        # "near Bule" in a report on Ituri read as Bulle, Switzerland: a small town abroad in a country the report
        # never names (nor its people) is a misread local name; no place is better than a wrong one. (A city,
        # "Juba", "Najran", is a well-known place that a short report may name without its country.)
        an.places = [p if p.place is None or p.place.iso2 == ctx.focus[0] or p.place.feature not in ("town", "village")
                     or _names_country_of(report.text, p.place.iso2) else replace(p, place=None)
                     for p in an.places]
    source = _sentence_source(an, ctx, report)
    after_history = ctx.after_background
    background = _is_background(an, ctx, entry.kind) or bool(entry.heading and BACKGROUND_HEADING.search(entry.heading)) \
        or ctx.background_para
    for pm in an.places:
        ctx.remember_place(pm)
    source_span = [(a.start, a.end) for a in an.attributions]
    an.speakers = [a for a in an.actors if _inside(a.start, a.end, source_span)]
    speakers = an.speakers
    actors = _participants(an, source_span, ctx)
    an.actors = actors
    named_events = [(p.start - s.start, p.end - s.start + m.end()) for p in an.places
                    for m in [NAMED_EVENT.match(s.text[p.end - s.start:])] if m]
    an.cues = [c for c in an.cues if not any(a <= c.start < b for a, b in named_events)]
    an.places = [p for p in an.places if not any(a == p.start - s.start for a, _ in named_events)]
    # "the health ministry in Sanaa ... gave a toll", "the army said in Damascus": the speaker's place
    cue_span = [(min(a.start, a.cue_start), max(a.end, a.cue_end)) for a in an.attributions]
    # "Our correspondent in X says crowds are looting across the city": a reporter's town is no event's place,
    # but it is the town the paragraph's "the city" is
    witnessed = [p for p in an.places if p.place is not None and p.place.feature in ("city", "town", "village")
                 and _inside(p.start, p.end, cue_span)
                 and WITNESS_IN.search(s.text[max(0, p.start - s.start - 40): p.start - s.start])]
    if witnessed:
        ctx.para_named = PlaceMention(start=0, end=0, text=witnessed[-1].text, place=witnessed[-1].place, precision=2)
    an.places = [p for p in an.places if not POSSESSIVE.match(s.text[p.end - s.start:])
                 and not _inside(p.start, p.end, cue_span)
                 and not DESTINATION.search(s.text[max(0, p.start - s.start - 40): p.start - s.start])
                 and not AIMED_AT.search(s.text[max(0, p.start - s.start - 90): p.start - s.start])
                 and not TOLD_AT.search(s.text[max(0, p.start - s.start - 60): p.start - s.start])]
    if len(an.places) > 1:
        # "at the Shangri-La, Cinnamon Grand and Kingsbury hotels in Colombo": names listed before a plural
        # building noun are the buildings' names, not towns (the town is named beside them)
        kept = [p for p in an.places if not NAMED_BUILDINGS.match(s.text, p.end - s.start)]
        an.places = kept or an.places
    cues, negated = _live_cues(an, source_span, ctx.ref_date)
    # "..., making it the deadliest single attack in the capital for years": the event words and places of a
    # superlative's comparison name a class of events, not one more
    ranked = [m.span() for m in RANKED_SPAN.finditer(s.text)
              if RANKED_COMPLEMENT.search(s.text[max(0, m.start() - 40): m.start()])]
    if ranked:
        cues = [c for c in cues if not any(a <= c.start < b for a, b in ranked)]
        an.places = [p for p in an.places if not any(a <= p.start - s.start < b for a, b in ranked)]
    # "Haiti live: ... killed in attack": a live page's name sums up what its entries tell, dated by none of them
    background = background or bool(LIVE_TITLE.match(s.text))
    frames = [] if background else coding.build_frames(s.text, cues, negated, an, ctx, options)
    if frames and all(f.sub_event_type in CROWD_WAVE for f in frames) and SPAN_OF_DAYS.search(s.text) \
            and (coding.COUNTRYWIDE.search(s.text) or IN_AND_AROUND.search(s.text)):
        # "crowds raided shops on Wednesday and Thursday in dozens of districts and in several provinces", "several
        # people died in and around the city during looting on Wednesday and Thursday": a wave's summary over
        # days and places, not one day's incident at one place (ACLED: multi-day, multi-place totals are no event)
        frames = []
    series = ORDINAL_SERIES.match(CLOCK_STAMP.sub("", s.text, count=1)) if frames else None
    if series and all(f.sub_event_type in ("Attack", "Armed clash") and not f.anaphoric for f in frames):
        # "The third church attack was at Zion Church in X": one more of the bombings just told, at its own
        # place — of their kind (a suicide bombing), not a gun attack
        kind = next((c.sub_event_type for c in reversed(ctx.claims or ctx.earlier)
                     if c.event_type == "Explosions/Remote violence" and c.polarity == "supports"), None)
        if kind is not None:
            for f in frames:
                f.sub_event_type = kind
    if frames and CAPS_LABEL.match(s.text) and not an.places:
        frames = []  # "LOOTING." heading a section: the topic of the lines under it, no event of its own
    listed = OPEN_PLACE_LIST.search(s.text) if frames else None
    if listed and all(f.sub_event_type == "Peaceful protest" for f in frames) \
            and ROUNDUP_CUE.search(s.text[:listed.start()]):
        # "Protests were also held in A, B, C and other cities", "Smaller protests were reported in A, B and several
        # other towns": after the towns a report tells in detail, its roundup of the others, told of no one of
        # them, codes no protest of its own. (Without "also" the
        # open list may be the report's one protest: "protesters took to the streets in A, B and other areas".)
        frames = []
    if after_history and frames and all(f.anaphoric and f.polarity == "contradicts" for f in frames):
        # "Protests began in May, after a student died in custody. The police deny involvement.": right after
        # history, a denial with no event words of its own answers that history, not the news told before it
        frames = []
    denial = None if background else _own_denial(an, source)
    if frames and denial is not None:
        # "The defence minister said the army had not fired a single bullet and blamed the protesters": a party
        # denying what its own forces are said to have done disputes the event, whatever version it gives
        for f in frames:
            f.polarity = "contradicts"
    elif denial is not None and (ctx.claims or ctx.earlier) and not after_history:
        # with no event words of its own, the denial disputes the event just told
        told = ctx.claims or ctx.earlier
        cue = Cue("denial", "anaphor", None, denial.start(), denial.end(), denial.group(0))
        frames = [Frame(told[-1].sub_event_type, cues=[cue], anaphoric=True, polarity="contradicts")]
    # (a label before a colon, or a dated one, has its colon or comma: most sentences are no label, and the
    # label patterns, tried at their start, cost more than a look for the character)
    label = (":" in s.text and LABEL_PLACE.match(s.text)) or CAPS_LABEL.match(s.text) \
        or ("," in s.text and (DATED_LABEL.match(s.text) or CAPS_HEAD_LABEL.match(s.text))) or None
    if label:  # "Avdiivka: Russian forces shelled the town" — the label places every frame without a place
        # ("PK9, X road, near Y:": a road named after a town is not the label's place; the next one is)
        in_label = [p for p in an.places if p.start - s.start < label.end(1) and p.place is not None]
        lead = next((p for p in in_label if not coding.on_road(p, s.text, s.start)), in_label[0] if in_label else None)
        if lead is None:
            # a line's label names a place even when nothing else in it says so ("- Qalat (Friday):")
            named = label.group(1).strip()
            named = named.title() if named.isupper() else named
            found = geo.find_places(f"in {named}", offset=s.start + label.start(1) - 3, focus=ctx.focus,
                                    context=list(ctx.places) or None)
            lead = next((p for p in found if p.place is not None and p.text == named), None)
        for f in frames:
            # "- Ghazni city (Thursday): fighters took the city, 150 km south-west of Kabul on the road to
            # Kandahar": places that only locate "the city" or a route's end leave the label's place
            if lead is not None and not f.anaphoric and all(_reference_only(p, s) for p in f.places):
                f.places = [lead]
            elif lead is not None and not f.anaphoric and f.places and all(
                    p.place is not None and coding.contains(p, lead) for p in f.places):
                # "- Lashkar Gah (Friday): the Taliban took the capital of Helmand": the line names only the
                # province around the label's town; the town is the more precise place
                f.places = [lead]
        if lead is None and not LABEL_PLACE.match(s.text) and not CAPS_LABEL.match(s.text) \
                and not DATED_LABEL.match(s.text):
            label = None  # "UNICEF, the children's agency, said ...": a capitals head that is no place is no label
    if label:
        ctx.label_unplaced = lead is None  # "Somewhere: ..." with a name not known: not the last line's place
        line_start = report.text.rfind("\n", 0, s.start) + 1
        if label.start() == 0 and re.fullmatch(r"\s*(?:\d{1,2}[.)]|[-•*])?\s*", report.text[line_start: s.start]):
            # an item's own site, a name no place in the gazetteer stands for: kept apart from the other items'
            # sites in the same town (ACLED: one event per location)
            site = label.group(1).split(",")[0].strip()
            ctx.para_site = site.lower() if lead is None and not GENERAL_LABEL.match(site) else None
        if lead is not None and lead.place is not None and lead.place.feature not in ("country", "admin1", "region"):
            # the label also places the lines under it, up to the next paragraph ("JUBA (Central Equatoria),
            # 2 May: 4 dead. Soldiers fired on a crowd ...")
            ctx.topic = PlaceMention(start=0, end=0, text=lead.text, place=lead.place, precision=lead.precision)
            ctx.heading_topic = True
            ctx.label_topic = True
    claims: list[Claim] = []
    for k, frame in enumerate(frames):
        claims.extend(_frame_claims(report, entry, an, ctx, frame, k, actors, source, negated))
    claims += _second_voice_claims(report, an, ctx, source, claims)
    if ctx.para_site:
        for c in claims:
            c.flags.append("site:" + ctx.para_site)
    ctx.label_unplaced = False
    named_here = False
    for p in sorted(an.places + witnessed, key=lambda p: p.start):
        if p.place is not None and p.place.feature in ("city", "town", "village") \
                and (LOCATIVE_BEFORE.search(s.text[max(0, p.start - s.start - 40): p.start - s.start])
                     or SCENE_OF.search(s.text[max(0, p.start - s.start - 40): p.start - s.start])):
            if named_here and coding.locates_only(p, s.text, s.start):
                # "in the X district, west of the provincial capital Y": Y only says where X lies; the
                # paragraph's later sentences happened at X
                continue
            ctx.para_named = PlaceMention(start=0, end=0, text=p.text, place=p.place, precision=2)
            named_here = True
    if not claims and not background:
        claims = _reaction_claims(report, entry, an, ctx, source)
        if not claims:
            claims = _witness_claims(report, entry, an, ctx, source)
    else:
        claims += _around_claims(report, entry, an, ctx, claims)
    claims += _other_voice_claims(report, entry, an, ctx, source, claims)
    claims += _paragraph_voice_claims(report, entry, an, ctx, source, claims)
    # a later "they" points back to the sentence's subject, the doer named first, not to the force that told it
    # nor to the one it struck: "gunmen opened fire on diners, police said. There they took guests hostage"
    # (the gunmen); "soldiers attacked a rebel camp, the army said. There they seized weapons" (the soldiers).
    # The speaker is remembered first, the subject last.
    for a in [a for a in speakers if a.inter in (1, 2, 3, 8)] + actors[1:] + actors[:1]:
        if not a.name.startswith("Government of"):
            ctx.remember_actor(a)
    return claims


# a force's act said not to have happened: "the army had not fired", "security forces did not use live rounds",
# "its troops never shot at anyone"
DENIED_ACT = re.compile(r"\b(?:troops|forces|army|soldiers|police|policemen|officers|military|fighters|militants|rebels|"
                        r"units|aircraft|jets|warplanes|it|they|we)\s+(?:had|has|have|did|do|does|was|were)?\s*"
                        r"(?:not|never|n[’']t)\s+(?:been\s+)?(?:fired?|firing|used?|using|shot|shoot|attacked|attack|"
                        r"targeted|target|struck|strike|bombed|bomb|shelled|shell|killed|kill|opened fire|carried out|"
                        r"involved)\b|"
                        # "said the group had nothing to do with the bombing", "was not responsible for it"
                        r"\b(?:had|has|have)\s+nothing\s+to\s+do\s+with\b|"
                        r"\b(?:was|were|is|are)\s+not\s+(?:involved|responsible|behind)\b", re.IGNORECASE)
PARTY_SOURCE_KINDS = ("government", "military", "police", "armed group", "state media", "party outlet")


def _own_denial(an: Analysis, source: SourceRef) -> re.Match | None:
    """The words in which the sentence's own speaker, a party, says a force's act did not happen."""
    s = an.sentence
    if source.start is None or not s.start <= source.start < s.end:
        return None
    if source.kind not in PARTY_SOURCE_KINDS + ("organisation",) and not source.party:
        return None  # (a body named by initials the registry does not place, "the ADF said", may be the armed side)
    att = next((a for a in an.attributions if a.cue_start == source.start), None)
    if att is None:
        return None
    return DENIED_ACT.search(s.text, att.scope_start - s.start, max(att.scope_start, att.scope_end) - s.start)


DESCRIPTIVE = re.compile(
    r"\b(?:leaders?|commanders?|members?|head|chief|wife|husband|sons?|daughters?|brothers?|relatives?|family|"
    r"spokes\w+|officials?|founders?|emir|supporters?|defectors?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "Members of the Basij fired on students": members as the clause's subject are the group acting
MEMBERS_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\band\s+)(?:the\s+|some\s+|several\s+|dozens\s+of\s+|hundreds\s+of\s+)?"
                             r"members\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "killing two commanders of the SDF", "three members of the militia were killed": the group's people harmed are the
# group harmed (its second actor), not a description of a speaker
HARMED_MEMBERS = re.compile(
    r"(?:\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing)|injur(?:ed|ing)|shot|shooting|assassinat\w+|targeting|captur\w+|"
    r"abduct\w+|kidnapp\w+|executed|executing|beheaded)\s+(?:an?\s+|the\s+|\w+\s+){0,3}?|"
    r"(?:^|[,;:]\s*|\band\s+)(?:at\s+least\s+|more\s+than\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|dozens)\s+(?:senior\s+|top\s+|local\s+|field\s+)?)"
    r"(?:leaders?|commanders?|members?|fighters?|officials?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
NAMED_EVENT = re.compile(r"\s+(?:attacks?|strikes?|massacres?|bombings?|raids?|offensives?|killings|"
                         r"shootings?|blasts?|explosions?)\b", re.IGNORECASE)
DESTINATION = re.compile(r"\b(?:hospitals?\s+in|(?:fled|moved|evacuated|displaced|taken|transferred|sent|flown|"
                         r"headed|went|returned)\s+(?:(?:back\s+)?(?:to|towards?|into)\s+)?(?:the\s+)?(?:(?:city|town|camp)\s+of\s+)?|"
                         r"most of them to)\s*(?:[A-Z][\w’'-]+(?:,\s+|\s+and\s+))*$", re.IGNORECASE)
# "coca growers trying to march from the Chapare into the city of Cochabamba": where a crowd or a column meant
# to go, not where the event happened
AIMED_AT = re.compile(r"\b(?:tr(?:y|ied|ying)|attempt(?:ed|ing)?|plann(?:ed|ing)|seek(?:ing)?|sought|want(?:ed|ing)?|"
                      r"set out|on their way|on its way)\s+(?:to\s+)?(?:march|move|advance|enter|reach|head|go|walk|drive)"
                      r"\w*\b[^.;:]{0,60}?\b(?:into|to|towards?|on)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?$",
                      re.IGNORECASE)
# "a local official told our correspondent in Maiduguri", "told reporters at the border", "speaking to AFP from
# Goma": where the statement was made or heard, not where the event it tells happened
TOLD_AT = re.compile(r"\b(?:told|speaking\s+to|spoke\s+to|briefed)\s+(?:[\w'’-]+\s+){1,3}?(?:in|at|from)\s+"
                     r"(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?$", re.IGNORECASE)
OFFICIAL = re.compile(r"\b(?:governor|minister|president|official|spokes\w+|mayor|ambassador|envoy|"
                      r"prime minister|ministry|authorities)\b", re.IGNORECASE)
POSSESSIVE = re.compile(r"[’']s\b")
BARE_GENERIC = {"troops", "the troops", "forces", "the forces", "soldiers", "fighters", "militants", "gunmen",
                "the army", "army"}


def _participants(an: Analysis, source_span: list[tuple[int, int]], ctx: EntryContext) -> list[ActorRef]:
    """Actors taking part: not the source itself, not a description ('a leader of the FSA'), and not a bare
    'troops' when the entry has already said whose troops they are."""
    text = an.sentence.text
    base = an.sentence.start
    out = []
    for a in an.actors:
        if _inside(a.start, a.end, source_span):
            continue
        if a.start is not None and DESCRIPTIVE.search(text[: a.start - base]) \
                and not MEMBERS_SUBJECT.search(text[: a.start - base]) \
                and not HARMED_MEMBERS.search(text[max(0, a.start - base - 80): a.start - base]):
            continue
        # (an unidentified group named elsewhere, "the attackers", says nothing about whose they are)
        known = [k for k in ctx.armed_actors() if not k.name.startswith("Unidentified Armed Group")]
        if a.mention.lower() in BARE_GENERIC and known and not any(k.inter == 1 for k in known):
            continue
        if a.inter == 7 and a.mention[:1].isupper() and a.start is not None and a.start > base:
            continue  # "the self-proclaimed Donetsk People's Republic": part of a name
        if a.name.startswith("Government of") and OFFICIAL.search(a.mention):
            continue  # "Donetsk regional governor": a speaker, not a party to the incident
        if a.inter == 7 and a.start is not None and a.mention.lower() == "men" \
                and THE_MEN.fullmatch(text[: a.start - base]):
            # "A group of armed men attacked a police post. The men then stormed the prison": the definite "the
            # men" opening the next sentence are the armed men just told, not civilians
            recent = [k for k in ctx.armed_actors() if k.inter in (2, 3, 4)][:1]
            if recent:
                a = replace(recent[0], mention=a.mention, start=a.start, end=a.end)
        out.append(a)
    return out


THE_MEN = re.compile(r"\W*(?:The|These|Those)\s+(?:same\s+)?")


KNOWN_DEAD = re.compile(r"\b(?:(?:coffins?|bodies|funerals?|burials?|graves?|names?|families|relatives|memory|photos?|"
                        r"portraits?) of|for|mourn(?:ed|ing|s)?|bur(?:y|ied|ying|ies)|honou?r(?:ed|ing|s)?|"
                        r"remember(?:ed|ing|s)?)\s+(?:the|their|its|our|his|her)\s+(?:[A-Z][\w-]+\s+)?$")


def _inside(start: int | None, end: int | None, spans: list[tuple[int, int]]) -> bool:
    if start is None or end is None:
        return False
    return any(a <= start and end <= b for a, b in spans)


def _live_cues(an: Analysis, source_span: list[tuple[int, int]], ref: date | None = None
               ) -> tuple[list[Cue], list[Cue]]:
    """Cues that assert something happened, and those that say it did not (for zero counts)."""
    if not an.cues:
        return [], []
    text = an.sentence.text
    base = an.sentence.start
    subordinate = [(m.start(), m.end()) for m in SUBORDINATE.finditer(text)]
    relative = [(m.start(), m.end()) for m in RELATIVE_CLAUSE.finditer(text)]
    record = [(m.start(), m.end()) for m in RECORD_CLAUSE.finditer(text)]
    record += [(m.start(), m.end()) for m in RECALLED_CLAUSE.finditer(text)]
    record += [(m.start(), m.end()) for m in PROFILE_CLAUSE.finditer(text)
               if not any(m.start() <= d.start - base < m.end() for d in an.dates)]
    slogans = [(m.start(), m.end()) for m in SLOGAN.finditer(text)]
    slogans += [(m.start(), m.end()) for m in POINTER.finditer(text)]  # (skipped alike: no act of the sentence's own)
    live: list[Cue] = []
    negated: list[Cue] = []
    for cue in an.cues:
        if cue.role == "gain" and cue.text[:3].lower() == "by ":
            # "By the afternoon the insurgents held ...": the time says the holding is news; the act is the verb,
            # after its subject
            verb = HELD_VERB.search(cue.text)
            if verb is not None:
                cue = replace(cue, start=cue.start + verb.start(), text=verb.group(0))
        if _inside(base + cue.start, base + cue.end, source_span):
            continue
        if cue.role == "injure" and cue.text.lower().startswith("no "):
            negated.append(cue)  # "No casualties were reported": the negation is inside the cue
            continue
        if any(a <= cue.start < b for a, b in subordinate):
            continue
        if _attributive(text, cue):
            continue
        if any(a <= cue.start < b for a, b in slogans):  # a placard's words: "Stop killing us"
            continue
        if cue.role != "anaphor" and NOMINAL.match(cue.text) and any(a <= cue.start < b for a, b in relative):
            continue
        if cue.role != "anaphor" and any(a <= cue.start < b for a, b in record):
            continue
        if cue.role != "anaphor" and NOMINAL.match(cue.text) and RANKED.match(text, cue.end):
            continue  # "this week's fighting is the worst since the war": a judgement on fighting already told
        if PREVENTIVE.search(text[: cue.start]) or CALL.search(text[max(0, cue.start - 80): cue.start]) \
                or RECALLED.search(text[: cue.start]):
            continue
        window = text[max(0, cue.start - 80): cue.start]
        if cue.role not in ("agreement", "agreement_verb", "anaphor") and (
                LEGAL.search(window) or OBLIGED.search(window) or PLANNED.search(window) or ORDERED.search(window)):
            continue
        if cue.role in ("protest", "riot", "loot", "mob", "clash") and ANYONE.search(text[max(0, cue.start - 40): cue.start]):
            continue  # "anyone found looting would face the full force of the law": a warning, not an act
        if cue.role in ("kill", "injure") and BLAME_FOR.search(text[max(0, cue.start - 80): cue.start]):
            continue  # "said the responsibility for the deaths lay with the terrorists": blame, no new deaths
        if cue.role in ("protest", "riot") and PLANNED_AFTER.match(text, cue.end):
            continue  # "a march is planned for Saturday": a plan, no demonstration yet
        if cue.role in ("protest", "riot") and (KEPT_UP_AFTER.match(text, cue.end)
                                               or KEPT_UP_BEFORE.search(text[max(0, cue.start - 60): cue.start])):
            continue  # "protesters have kept up marches and blockades": a campaign over days, told in summary
        if cue.role == "clash" and UNDER_FIRE.match(cue.text) and (CRITICISED.search(text[max(0, cue.start - 60): cue.start])
                                                                  or DEBATED.match(text, cue.end)):
            continue  # "the plan has come under heavy fire in parliament": criticism, not gunfire
        if cue.role == "arrest" and WARRANT.match(text, cue.end):
            continue  # an arrest warrant is no arrest
        if cue.role in ("clash", "kill", "injure", "bombing", "weapon") \
                and ARREST_REASON.search(text[max(0, cue.start - 70): cue.start]):
            continue  # "several people were arrested over that fight": the arrests' reason, no act of its own
        if cue.role == "arrest" and POWERS_OF.search(text[max(0, cue.start - 40): cue.start]):
            continue  # "a decree that gives the police wider powers of arrest": a power granted, no arrest made
        if cue.role == "injure" and CARED_FOR.search(window) and CARED_PEOPLE.match(text, cue.end):
            continue  # "hospitals treated a number of wounded soldiers": care for the hurt, no act
        if LABELLED.search(window):
            continue  # "called the release a surrender": a name given to an act, no act
        if cue.role != "anaphor" and HAS_SEEN.search(window):
            continue  # "the border areas have seen kidnappings": the place's record, no incident
        if cue.role in ("weapon", "bombing") and (ATTEMPT.search(window) or (
                CARRIED.search(window) and not SET_OFF_AFTER.match(text, cue.end))):
            continue  # an attempt with no explosion is no explosion event (a bomb worn and then set off is one)
        if ref is not None and any(d.value is not None and d.precision >= 4 and d.value.year < ref.year
                                   and 0 <= cue.start - (d.end - base) <= 25 for d in an.dates):
            continue  # "the scene of a deadly 2017 chemical weapons attack"
        if cue.text.lower() == "dead" and (re.search(
                r"\b(?:many|most|some|all|none|several|half|majority) of the\s+(?:[A-Z][\w-]+\s+)?$",
                text[max(0, cue.start - 40): cue.start], re.IGNORECASE) or KNOWN_DEAD.search(
                text[max(0, cue.start - 40): cue.start])):
            # "many of the dead were militants", "the coffins of some of the Senkata dead", "mourners buried
            # their dead": dead already told of, no new deaths
            continue
        if cue.role == "abduct" and HELD_BEFORE.search(text[max(0, cue.start - 40): cue.start]):
            continue  # "officers who had been held hostage were freed": a captivity recalled, not an abduction
        if (cue.role in ("weapon", "bombing") and FELL_SHORT.match(text, cue.end)) or (
                cue.role in ("kill", "injure") and SHORT_KILLED.match(text, cue.end)):
            continue  # "killed by rockets that fell short": one side's account of whose fire killed them
        if cue.role in ("kill", "injure", "execute", "protest_force", "arrest", "abduct") and EARLIER.match(text, cue.end):
            continue  # "mourning dozens of demonstrators killed last month": an earlier event recalled
        if ref is not None and cue.role != "anaphor" and _own_time_old(text, base, cue, an.dates, ref):
            continue  # "a soldier wounded in fighting in July was discharged on Monday": the act's own time is old
        if ref is not None and cue.role != "anaphor" and YEAR_NOUN_WHEN.search(text[:cue.start]) and any(
                int(y) < ref.year for y in YEAR_NOUN_WHEN.search(text[:cue.start]).groups()[:1]):
            continue  # "still speak of the 1994 massacre, when militiamen killed dozens": the clause tells that year
        decade = DECADE_AFTER.match(text, cue.end) if ref is not None else None
        if decade and int(decade.group(1)) + 10 <= ref.year:
            continue  # "fought an insurgency in the region from the 1960s to the 1990s": decades of history
        year_before = YEAR_BEFORE.search(text[max(0, cue.start - 30): cue.start]) if ref is not None else None
        if year_before and int(year_before.group(1)) < ref.year:
            continue  # "the 1994 massacre", "the 2011 uprising": an event named by an earlier year
        if cue.role != "anaphor" and ANNIVERSARY.search(text[max(0, cue.start - 120): cue.start]):
            continue  # "marks the fifth anniversary of the massacre in which soldiers killed 40": history recalled
        if EARLIER_ROUND.search(text[max(0, cue.start - 40): cue.start]):
            continue  # "killed in an earlier round of demonstrations": the demonstrations are recalled too
        if cue.role in ("kill", "injure") and coding.OPEN_QUESTION.search(text[max(0, cue.start - 60): cue.start]):
            # "it is not yet known whether anyone was hurt": an open question, no harm told; like a negated cue it
            # may give the event a voice, and `counts_for` reads no "no casualties" zero from it
            negated.append(cue)
            continue
        mod = an.modality(cue.start, cue.end)
        if mod.modality == "negated":
            negated.append(cue)
            continue
        if mod.modality in ("future", "hypothetical", "intent") and cue.role not in ("agreement_verb",) and not (
                cue.role == "riot" and TRIED.search(window)):
            continue  # (but "protesters who tried to storm the building": the crowd's assault happened)
        live.append(cue)
    return live, negated


# the time phrase that follows an event word in its own phrase dates that act: "wounded in fighting in July",
# "arrested during last month's unrest", "killed in the market bombing a year ago". An old one makes the act
# history told beside the news of another day (ACLED codes the act on its own day, and only once)
OWN_TIME_GAP = re.compile(r"^[^,;:.()]{0,45}$")
STARTED_GAP = re.compile(r"\b(?:began|begun|begins|started|starts|erupted|broke\s+out|since|until|till|continu\w*|"
                         r"and|but|while|whereas|as|before|after)\b", re.IGNORECASE)


def _own_time_old(text: str, base: int, cue: Cue, dates: list, ref: date) -> bool:
    for d in dates:
        if d.future or d.value is None or d.relation == "since":
            continue
        at = d.start - base
        if at < cue.end:
            continue
        gap = text[cue.end: at]
        if not OWN_TIME_GAP.match(gap) or STARTED_GAP.search(gap):
            return False  # the nearest date after the cue is in another clause, or starts a state
        if _dates_a_noun(text, at, d.end - base):
            return False  # "over last month's rise in prices": the date is the noun's, not the act's
        return _old_date(d, ref, text[max(0, at - 12): at])
    return False


YEAR_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
DECADE_AFTER = re.compile(r"[^,;:.()]{0,45}?\b(?:from|in|during|through(?:out)?)\s+the\s+(?:(?:early|mid|late)[ -])?"
                          r"((?:19|20)\d0)s\b", re.IGNORECASE)
# "the 1994 massacre, when ...", "the 2008 war, in which ...": a clause that tells more of an event named by
# an earlier year
YEAR_NOUN_WHEN = re.compile(r"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:when|in which|during which)\b[^.;]*$",
                            re.IGNORECASE)


# a protest campaign said to go on, in the present perfect ("protesters have kept up marches and road blockades",
# "students have continued their sit-ins"): a summary over many days and places, not one demonstration (ACLED codes
# the days and places a report tells one by one)
_KEPT_UP = r"(?:have|has)\s+(?:\w+ly\s+|also\s+|since\s+)?(?:kept\s+up|continued|maintained|sustained|carried\s+on|kept\s+on)"
KEPT_UP_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _KEPT_UP + r"\b", re.IGNORECASE)
KEPT_UP_BEFORE = re.compile(r"\b" + _KEPT_UP + r"\s+(?:(?:with|their|the|its|daily|nightly|weekly|regular|street|"
                            r"mass|road|[\w-]+\s+and)\s+){0,4}$", re.IGNORECASE)
# blame laid for deaths already told: "the responsibility for the deaths lay with the terrorists", "blamed the
# rebels for the killings", "held the army responsible for the deaths"
BLAME_FOR = re.compile(r"\b(?:(?:responsibility|blame)\s+for|blam(?:ed|es|ing)\s+(?:[\w’'-]+\s+){1,5}?for|"
                       r"held\s+(?:[\w’'-]+\s+){1,5}?responsible\s+for)\s+(?:the|these|those|all\s+the|their)\s+$",
                       re.IGNORECASE)
TRIED = re.compile(r"\b(?:tried|attempted)\s+(?:to\s+)?(?:\w+\s+)?$", re.IGNORECASE)
HELD_VERB = re.compile(r"(?:held|controlled|(?:were|was) in (?:full |complete )?control of)$", re.IGNORECASE)
# what is criticised rather than shot at: a plan, a policy, an office holder or a body that makes decisions
CRITICISED = re.compile(r"\b(?:plans?|polic(?:y|ies)|proposals?|bills?|laws?|budget|decisions?|deal|move|reforms?|schemes?|"
                        r"programme|program|strategy|approach|response|handling|government|cabinet|minister|ministry|"
                        r"president|premier|leader|chief|officials?|authorities|administration|party|company|firm|"
                        r"court|judge|report|commission|regulator|council|parliament|board)(?:[’']s)?\s+"
                        r"(?:(?:has|have|had|also|again|already|repeatedly|now|recently|since|itself|themselves)\s+)*$",
                        re.IGNORECASE)
DEBATED = re.compile(r"\s+(?:in|from|by)\s+(?:the\s+)?(?:parliament|press|media|social media|lawmakers|legislators|critics|"
                     r"opposition|rights groups|campaigners|commentators|senators|congress)\b", re.IGNORECASE)
EARLIER_ROUND = re.compile(r"\b(?:an?\s+|the\s+)?(?:earlier|previous|last|first|prior)\s+(?:round|wave|day|week)s?\s+"
                           r"of\s+$", re.IGNORECASE)
SHORT_KILLED = re.compile(r"\s+by\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?:had\s+)?(?:fell short|misfired|malfunctioned|"
                          r"went astray|fell inside)\b", re.IGNORECASE)
HELD_BEFORE = re.compile(r"\b(?:who|that|which|had) (?:had )?been\s+$", re.IGNORECASE)
FELL_SHORT = re.compile(r"\s+(?:that|which)\s+(?:had\s+)?(?:fell short|misfired|malfunctioned|went astray|fell inside)\b",
                        re.IGNORECASE)
EARLIER = re.compile(r"(?:\s+[\w-]+){0,6}?\s+(?:last (?:week|month|year)|the previous (?:day|week|month|year)|"
                     r"earlier this (?:week|month|year)|(?:\w+ ){1,2}(?:days|weeks|months|years) ago|(?:a|an|one) (?:week|month|year) ago|"
                     r"(?:an? )?earlier (?:round|wave|protests?|demonstrations?|clashes|attacks?|fighting))\b",
                     re.IGNORECASE)


def _attributive(text: str, cue: Cue) -> bool:
    """'the besieged and bombarded area', 'a slain leader': a participle describing a noun, not an event."""
    word = cue.text.lower()
    if cue.text.isupper():
        return False  # an acronym ("an IED") is no participle
    if " " in word or not word.endswith(("ed", "en")) or word in ("killed", "wounded", "injured", "dead"):
        if word not in ("slain", "killed", "wounded", "injured"):
            return False
    before = WORD.findall(text[: cue.start].lower())[-2:]
    prev = before[-1] if before else ""
    if prev == "that" and RELATIVE_OBJECT.match(text, cue.end):
        return False  # "the car bomb that killed 28 people": "that" opens a relative clause, its verb tells the deaths
    if prev in DETERMINERS:
        return True
    if prev == "and" and len(before) > 1 and before[-2].endswith("ed"):
        return bool(ATTRIBUTIVE_NEXT.match(text[cue.end:]))
    return bool(ATTRIBUTIVE_NEXT.match(text[cue.end:])) and word not in ("killed", "wounded", "injured")


def _is_background(an: Analysis, ctx: EntryContext, kind: str = "body") -> bool:
    """History, not news: dated well before the entry, or worded as a long-standing state."""
    text = an.sentence.text
    ref = ctx.ref_date
    if (ctx.claims or ctx.earlier) and RECALLED_PERIOD.match(text):
        # "Last weekend a policeman was killed in an ambush near X", "Earlier this month a car bomb injured dozens
        # in Y": after the report's own story, a sentence headed by a past period it names no day of recalls an
        # earlier incident as context (a report's news is told by its day)
        return True
    old = False
    fresh = False
    yearly = False  # only a whole year ("this year") among the fresh dates
    # "making it the deadliest attack in the capital for years": the span a superlative is measured over
    # dates no event of the sentence
    ranked = [m.span() for m in RANKED_SPAN.finditer(text)]
    if ranked:
        text = "".join(" " if any(a <= i < b for a, b in ranked) else ch for i, ch in enumerate(text))
    for d in an.dates:
        if d.future or d.value is None or d.value > ref + timedelta(days=1):
            continue
        if any(a <= d.start - an.sentence.start < b for a, b in ranked):
            continue
        if _old_date(d, ref, text[max(0, d.start - an.sentence.start - 12): d.start - an.sentence.start]):
            old = old or not _dates_a_noun(text, d.start - an.sentence.start, d.end - an.sentence.start)
        elif d.precision >= 4:
            yearly = True
        else:
            fresh = True
    if old and yearly and not fresh:
        # "raided villages in 2023 and again this year": an earlier year beside the report's own year names
        # no day of the report's news; a year is no event's date
        ctx.after_background = True
        return True
    fresh = fresh or yearly
    if fresh:
        past = [d for d in an.dates if not d.future and d.value is not None and d.value <= ref + timedelta(days=1)]
        told_on = [d for d in past if STATEMENT_DAY.search(text[: d.start - an.sentence.start])]
        if len(told_on) == len(past) or not _usable_dates(an, ctx):
            # "the minister said on Friday that ...": the day of a statement is no event's day to carry, nor
            # is the start of a state ("camping since Wednesday")
            pass
        elif kind not in LIVE_KINDS or min(d.start for d in past) - an.sentence.start <= 0.4 * len(text) \
                or not ctx.claims or QUESTION_HEAD.match(text):
            # an article tells its story in order: the day a sentence names, wherever it names it ("Gunmen arrived
            # in the town, in the south of the state, late on Monday night"), is the day the story has reached,
            # for the later sentences and paragraphs that name none. A live blog's post strings items together
            # on the post's own day: only a day that heads a sentence ("On Sunday, ...") frames those after it,
            # one at its end dates an aside ("... executed four men on Sunday. Others were detained").
            # "What happened on Wednesday?": an explainer's question line dates the answer under it
            ctx.date, ctx.date_precision = _pick_date(an, ctx)
        ctx.after_background = False
        return False
    if old:
        ctx.after_background = True
        return True
    if BACKGROUND_WORDS.search(text):
        return True
    if ctx.after_background and (re.match(r"\s*(?:since then|then|at the time|that year)\b", text, re.I)
                                 or THAT_INCIDENT.search(text)):
        # "... a brawl on June 26 in which two workers were killed. Several people were arrested over that
        # fight.": right after history, a sentence that points back to "that" incident goes on with it
        return True
    ctx.after_background = False
    return False


# a superlative and the span it is measured over: "the deadliest single attack in the capital for years",
# "the worst fighting since 2016", "the largest protest in decades"
RANKED_SPAN = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|fiercest|most\s+\w+|highest)"
                         r"(?:\s+[\w’'-]+){0,6}?\s+(?:(?:for|in)\s+(?:(?:many|several|a\s+few|over|more\s+than|two|three|"
                         r"four|five|ten|\d+)\s+)?(?:years|decades|months)|since\s+(?:19|20)\d\d)\b", re.IGNORECASE)
# "making it the ...", "it was one of the ...": the superlative said of an event already named
QUESTION_HEAD = re.compile(r"^\s*(?:what|when|where|how|who|why)\b[^.!?\n]{0,60}\?\s*$", re.IGNORECASE)
# entries of a live blog: posts written on their own day
LIVE_KINDS = ("update", "original", "story-update")
RANKED_COMPLEMENT = re.compile(r"\b(?:(?:making|made|makes|make)\s+(?:it|this|that|them)|(?:it|this|that|which)\s+"
                               r"(?:was|is|has\s+been|became))\s+(?:the|one\s+of\s+the)\s+$", re.IGNORECASE)
# "said on Friday", "told reporters on Tuesday", "announced late on Monday": the date of a statement
# a date inside a relative clause ("the railway, which was built in 1913") or a possessive ("over last
# month's ceasefire deal") tells when something in the background happened, not the sentence's news
DATED_RELATIVE = re.compile(r"\b(?:which|whose|where)\b[^,;:()]*$", re.IGNORECASE)


def _dates_a_noun(text: str, start: int, end: int) -> bool:
    if re.match(r"['’]s\b", text[end:]):
        return True
    return bool(DATED_RELATIVE.search(text[:start]))


OLD_DAYS = 14


def _old_date(d, ref: date, before: str | None = None) -> bool:
    if d.relation in ("since", "during") and d.value < ref - timedelta(days=14):
        return True
    if d.precision >= 4:
        return d.value.year < ref.year or (d.value.year == ref.year and d.relation in ("since", "during", "in")
                                            and d.value.month < ref.month - 1)
    if d.precision == 3:
        return (d.value.year, d.value.month) < (ref.year, ref.month)
    if before is not None and CALENDAR_DAY.search(d.text) and not WEEKDAY.search(before + d.text) \
            and d.value < ref - timedelta(days=7):
        # "ordered the offensive on 4 November" in a report of the 15th: a day named by its calendar date
        # more than a week back is history (a recent day is named by its weekday; wire style names the days
        # of the last seven by weekday, an older day by month and figure)
        return True
    # an exact day more than two weeks before the report is history told again ("a million marched on 9 June"
    # in a July report); news reports run days, not weeks, behind
    return d.value < ref - timedelta(days=OLD_DAYS)


# a day, then what it found "after a night of" something: the morning after that night
NIGHT_BEFORE = re.compile(r"[^.;]{0,80}?\bafter\s+(?:a|an|the)\s+(?:(?:second|third|fourth|fifth|another|further|long)\s+)?"
                          r"night\s+of\b", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
CALENDAR_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b")


def _pick_date(an: Analysis, ctx: EntryContext) -> tuple[date, int]:
    """The sentence's event date; "X said on Wednesday that 22 people were killed on Tuesday" -> Tuesday."""
    usable = _usable_dates(an, ctx)
    # (an attribution set off by commas after the told clause, ", the minister said, after a siege that ended on
    # Saturday", reports what came before it: the day in the clause that trails it is no reported day)
    said = [a.cue_end for a in an.attributions if a.cue_end is not None and not _tag_attribution(an, a)]
    reported = [d for d in usable if said and d.start >= max(said)]
    for d in reported or usable:
        if d.end_value is not None:
            # "over the weekend ... and on Sunday": the day named inside the window is the one the story is at
            d = next((o for o in reported or usable if o.precision == 1 and d.value <= o.value <= d.end_value), d)
        return d.value, min(d.precision, 3)
    return ctx.ref_date, 1


def _is_headline(text: str, s: Sentence) -> bool:
    """The sentence is the report's headline: its first line, standing alone, with no end punctuation."""
    lead = text[: s.start]
    if lead.strip():
        return False
    line_end = text.find("\n", s.start)
    line = text[s.start: line_end if line_end >= 0 else len(text)].strip()
    return bool(line) and s.end <= (line_end if line_end >= 0 else len(text)) and not re.search(r"[.!?][\"'”’)]?$", line)


def _tag_attribution(an: Analysis, a) -> bool:
    """"..., the interior minister said, after ...": a speaker and verb put between commas after what they said."""
    text, base = an.sentence.text, an.sentence.start
    before = text[: max(0, a.start - base)].rstrip()
    return before.endswith(",") and bool(POSTPOSED_TAIL.match(text, a.cue_end - base))


POSTPOSED_TAIL = re.compile(r"\s*(?:,\s*(?!that\b)|\.|$)")


# "Secretary-General Ban Ki-moon condemned the attack and said ...": the speaker is the subject before the first
# verb, not the whole clause before "said" (participles that name a body, "the armed group", stay in it)
COORDINATED = re.compile(r"^(?P<np>.+?)\s+(?:also\s+|later\s+|quickly\s+)?(?!(?:armed|united|based|led|named|unnamed|"
                         r"unidentified|masked|wounded|injured|displaced|elected|appointed|retired|detained|"
                         r"so-called|self-styled)\b)(?:[a-z]+ed|went|met|spoke|took|gave|made|sent|wrote|came|held|"
                         r"visited|flew|rejected|denounced|condemned)\b[^,;:]*\s+and$")


def _coordinated_subject(phrase: str) -> str:
    m = COORDINATED.match(phrase.strip())
    return m.group("np") if m else phrase


LEADING_SPEAKER = re.compile(
    r"^((?:[A-Z][^,.;:]{1,60})(?:,\s+[^,.;:]{2,50},)?)\s+(?:said|says|reported|reports|told|stated|announced|"
    r"confirmed|acknowledged|claimed|claims|added)\b")
# an item's label that names no site: "4. General:", "Overview:", "National:"
GENERAL_LABEL = re.compile(r"^(?:general|overview|summary|background|national|nationwide|other|elsewhere|update|"
                           r"context|reactions?|analysis|note|sources?)$", re.IGNORECASE)
LABEL_PLACE = re.compile(r"^(?:[-•*]\s+|\d{1,2}[.)]\s+)?([A-Z][\w’' -]{1,40}(?:,\s*[\w’' -]{1,30})?)(?:\s*\([^()]{1,40}\))?"
                         # "Town (district), Friday 3 May:" too, and a numbered item's time ("1. Nuseirat camp,
                         # from about 11:00:")
                         r"(?:,\s*(?:[\w’' -]|\d{1,2}[:.]\d{2}){1,30})?:\s")
# a line that is only a place and a day ("3. Latacunga (Cotopaxi), Saturday 12 October."): an incident list's
# heading, the place of the lines under it
DATED_LABEL = re.compile(r"^([A-Z][\w’' -]{1,40})(?:\s*\([^()]{1,40}\))?,\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                         r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?\.?\s*$")
# a line that is only a place name in capitals ("KHARTOUM." or "NORTH DARFUR"): the place of the lines under it
CAPS_LABEL = re.compile(r"^([A-Z][A-Z’' -]{2,40})(?:\s*\([A-Z][\w’' -]{1,30}\))?\.?\s*$")
# a short line headed by a place in capitals and what part or time of it the item covers ("ANDIJAN, night of 12-13
# May.", "GOMA, airport area.", "QORASUV, Saturday."): a monitor's item label, the place of the lines under it
CAPS_HEAD_LABEL = re.compile(r"^([A-Z][A-Z’'-]{2,}(?: [A-Z][A-Z’'-]+){0,3})(?:\s*\([A-Z][\w’' -]{1,30}\))?,\s+[^.!?:;]{2,50}\.?\s*$")
# a place that only says where another one lies ("150 km north of X", "near X") or a route's end
# ("on the main road to X", "fired from X"): not where the event happened when a better place is at hand
REFERENCE_QUALIFIER = re.compile(r"^(?:[\w-]+ ){0,3}of$|^(?:near|close to|outside)$", re.IGNORECASE)
ROUTE_END = re.compile(r"\b(?:(?:road|highway|route|way)\s+(?:to|from)|from|towards?)\s+(?:the\s+)?$", re.IGNORECASE)


# a section heading that is only a day: "Saturday 16 January", "Monday, May 3", "3 May 2023"
DAY_HEADING = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|"
                         r"[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*$|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*$")
# "our correspondent in X", "reporters in X", "a journalist at X": where the report's witness is
WITNESS_IN = re.compile(r"\b(?:correspondents?|reporters?|journalists?|photographers?|stringers?|crews?)\s+"
                        r"(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "the centre of X looks like a battlefield", "the streets of X": a part of a town is a scene in that town
SCENE_OF = re.compile(r"\b(?:centre|center|heart|streets|outskirts|suburbs|edge|downtown|old\s+town|"
                      r"town\s+centre|city\s+centre|main\s+street)\s+of\s+$", re.IGNORECASE)


def _reference_only(p: PlaceMention, s: Sentence) -> bool:
    if p.qualifier and REFERENCE_QUALIFIER.match(p.qualifier):
        return True
    return bool(ROUTE_END.search(s.text[max(0, p.start - s.start - 30): p.start - s.start])
                or coding.on_road(p, s.text, s.start))
SAME_TIME = re.compile(r"\s*(?:at\s+(?:about|around|roughly|much|nearly)?\s*the\s+same\s+time|simultaneously|"
                       r"minutes\s+later|moments\s+later)\b", re.IGNORECASE)
RELATIVE_DAY = re.compile(r"^\s*(?:(?:on\s+)?the\s+(?:following|next)\s+day|a\s+day\s+later|the\s+day\s+after)\b|"
                          r"^\s*(?:(?:on\s+)?the\s+(?:previous|preceding)\s+day|a\s+day\s+(?:earlier|before)|"
                          r"the\s+day\s+before)\b", re.IGNORECASE)


def _usable_dates(an: Analysis, ctx: EntryContext) -> list:
    """The sentence's dates that can date an event: not future, not history (`_analyze` has already
    dropped a dateline's date)."""
    # "where protesters have been camping since Wednesday": the start of a state, not the day of the event;
    # "before the end of 2028": a day after the report's own is no past event's
    # "The rebels, who took the town two weeks ago, shelled ... on Tuesday": a recalled clause's span dates
    # the group's record, not the sentence's event
    recalled = [(m.start(), m.end()) for m in RECALLED_CLAUSE.finditer(an.sentence.text)]
    return [d for d in an.dates if not d.future and d.value is not None and not _old_date(d, ctx.ref_date)
            and d.relation != "since" and d.value <= ctx.ref_date + timedelta(days=1)
            and not any(a <= d.start - an.sentence.start < b for a, b in recalled)]


# a boundary between two coordinated or contrasted clauses: ", and", ", but", ", while", ";", a dash
CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|as)\s|;\s|\s[—–]\s")


def _frame_date(an: Analysis, ctx: EntryContext, frame) -> tuple[date, int]:
    """The date nearest the trigger, inside the reported clause when an attribution verb comes first
    ("acknowledged on Saturday that its aircraft bombed ... a week ago" -> a week ago); else the context's."""
    dates = _usable_dates(an, ctx)
    base = an.sentence.start
    trigger = frame.cues[0].start
    said = [a.cue_end - base for a in an.attributions if a.cue_end - base <= trigger]
    if said:
        inside = [d for d in dates if d.start - base >= max(said)]
        dates = inside or dates
    # "told our correspondent on Monday that 113 people had been killed ... late on Sunday": the day of the
    # statement dates the telling; another day in the sentence dates the event
    told_on = [d for d in dates if STATEMENT_DAY.search(an.sentence.text[: d.start - base])]
    dates = [d for d in dates if d not in told_on] or dates
    if dates:
        text = an.sentence.text

        def apart(d, cue: int) -> bool:
            lo, hi = (d.end - base, cue) if d.start - base < cue else (cue, d.start - base)
            return bool(CLAUSE_BREAK.search(text, lo, hi))

        # the day inside the trigger's own clause, before the nearest one across a clause boundary
        d = min(dates, key=lambda d: (apart(d, trigger), abs(d.start - base - trigger)))
        if d.end_value is not None:
            # "pressed its offensive over the weekend, and heavy fighting on Sunday killed 26": a day inside the
            # window, told in a clause of the same event, narrows it
            inside = [o for o in dates if o.precision == 1 and d.value <= o.value <= d.end_value
                      and any(not apart(o, c.start) for c in frame.cues)]
            d = inside[0] if inside else d
        if d.relation == "during" and (ctx.ref_date - d.value).days <= 1:
            return ctx.ref_date, 1  # "over the past day": the day of the report
        night = NIGHT_BEFORE.match(text, d.end - base) if d.precision == 1 and d.start - base < trigger else None
        if night and trigger >= night.end() - 10:
            # "the city woke on Monday to burned-out shops after a second night of rioting", "calm returned on
            # Monday after a night of clashes": the day is the morning after; the night told is the day before's
            return d.value - timedelta(days=1), 1
        return d.value, min(d.precision, 3)
    told = ctx.claims or ctx.earlier
    if told and SAME_TIME.match(CLOCK_STAMP.sub("", an.sentence.text, count=1)):
        # "At about the same time, a bomber struck ...": the time of the incident just told, whatever day the
        # post or paragraph it stands in was written on
        return told[-1].event_date, told[-1].time_precision
    relative = RELATIVE_DAY.match(an.sentence.text)
    if relative and (ctx.date or ctx.claims):
        anchor = ctx.date or ctx.claims[-1].event_date
        step = 1 if re.search(r"following|next|later|after", relative.group(0), re.I) else -1
        return anchor + timedelta(days=step), 1
    if ctx.para_date is not None:
        return ctx.para_date  # the day the paragraph's earlier sentence gave
    return (ctx.date, ctx.date_precision) if ctx.date else (ctx.ref_date, 1)


# ("the ministry said" after "Russia's Defence Ministry said": the role alone refers back too)
# ("the two ministries", "both ministries": the bodies named together before)
SHORT_REFERENCE = re.compile(r"^(?:the\s+)?(?:(?:two|three|both)\s+(?=[a-z]))?(?:(?P<role>[a-z][\w-]*)(?:\s+|$))?(?P<name>[A-Z][\w’'-]+)?$")


PRONOUNS = {"it", "they", "he", "she", "its", "their", "his", "her"}  # ("Its claims could not be verified")
# a person's name at the end of the words naming him: "police officer Ahmed Ali", "Dr Amina Yusuf"
PERSON_NAME = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+(?:[A-Z][a-z’'-]+|al-[A-Z][a-z’'-]+|bin|de|van|von)){1,3}$")
# "according to residents and Al-Masirah", "witnesses and local officials said": two voices in one attribution
JOINT = re.compile(r"^(?P<a>.+?)\s+and\s+(?P<b>.+)$")


def _joint_voices(phrase: str, att, ctx: EntryContext) -> tuple[SourceRef, SourceRef] | None:
    """The two voices of an attribution phrase that names two ("according to residents and Al-Masirah",
    "witnesses and local officials said"): the first becomes the claim's source and `_second_voice_claims`
    tells the claim again for the second, so each voice is a claim with its own evidence. None when the phrase
    is one source (a registry name, a part that resolves to nothing or to a person, one name twice, one kind of
    eyewitness named twice).

    Not `sources.joined_sources` (which `fuse._voices` reads for a claim's status) on purpose: this one runs as
    the attribution is read, with the entry's context (a part may be a role that refers back to the speaker
    before, `ctx.source`; the whole phrase is first looked up in the registry) and it makes claims, so it
    splits only on a plain "and". The status one reads a finished claim's source name with no entry context
    (the parts resolved alone, no unnamed part, the second part's words still in the cue) and only counts
    voices; it is the stricter about one kind named twice (only two proper names of one kind are two voices)
    and also splits "as well as". Merging them would change which claims the extraction makes."""
    from ..knowledge import sources as source_kb

    m = JOINT.match(phrase.strip())
    if m is None or source_kb.source_by_name(phrase.strip()):
        return None
    a = resolve_source(m.group("a"), att.cue, att.cue_start, att.cue_end, ctx.source, ctx.country)
    b = resolve_source(m.group("b"), att.cue, att.cue_start, att.cue_end, ctx.source, ctx.country)
    # each part a source of its own ("Ministry of Labour and Social Affairs" is one body, not a body and a person)
    # (but "police officer Ahmed Ali and a doctor at the hospital": a person by name and one described by role)
    if a is not None and b is not None and a.kind == "person" and b.kind != "person" and PERSON_NAME.search(m.group("a")) \
            and re.match(r"(?:a|an|the|one|two|several|[a-z])", m.group("b").strip()):
        a = SourceRef(**{**a.to_dict(), "name": PERSON_NAME.search(m.group("a")).group(0)})
    elif a is None or b is None or "person" in (a.kind, b.kind) or a.name.lower() == b.name.lower():
        return None
    if a.kind == b.kind and not a.party and not b.party and a.kind in ("witnesses", "activists", "local sources"):
        return None  # "residents and witnesses": one kind of voice, named twice
    return a, b


# "the state news agency MENA, quoting health ministry officials, had put the toll at", "the newspaper reported,
# citing hospitals and police": whose words an outlet carries
QUOTING = re.compile(r"\s*,?\s*(?:quoting|citing)\s+(?P<who>[^,.;:]{3,80}?)\s*(?=[,.;:]|$)")
# "Xinhua quoted a county official as saying that ...": the outlet's verb is "quoted", whom it quotes comes next
QUOTED_AS = re.compile(r"\s+(?P<who>[^.;:]{3,80}?),?\s+as\s+(?:saying|stating|telling|reporting)\b")


def _quoted_voice_claims(report, entry, an: Analysis, ctx: EntryContext, source: SourceRef, made: list[Claim]
                         ) -> list[Claim]:
    """An outlet that carries another's words ("quoting health ministry officials", "citing hospitals and
    police"): the voices it quotes tell the event, the outlet relays them (flag relay on the outlet's claims: one
    voice per body quoted, README "Data model": a ministry quoted by the state news agency is still one voice)."""
    att = next((a for a in an.attributions if a.cue_start == source.start), None)
    if att is None:
        return []
    quoted = QUOTED_AS.match(report.text, att.cue_end) if re.search(r"\bquoted$", att.cue) else None
    if source.kind not in OUTLET_KINDS and quoted is None:
        return []
    m = quoted or QUOTING.match(report.text, att.end) or QUOTING.match(report.text, att.cue_end)
    if m is None:
        return []
    who = m.group("who").strip()
    parts = [p for p in re.split(r"\s+and\s+|,\s*", who) if p.strip()]
    voices = [resolve_source(p, who, report.text.find(who, att.start), report.text.find(who, att.start) + len(who),
                             None, ctx.country) for p in parts]
    voices = [v for v in voices if v is not None and v.kind not in ("person", "unnamed") and v.name != source.name]
    if not voices:
        return []
    out: list[Claim] = []
    for c in made:
        if c.source is None or c.source.name != source.name or c.polarity != "supports":
            continue
        for n, v in enumerate(voices):
            extra = Claim.from_dict(c.to_dict())
            extra.id = _claim_id(report.id, an.sentence.start, c.sub_event_type, "quoted", n, m.start())
            cue = att.cue if m.start() < att.cue_end else report.text[att.cue_start:m.end()]
            extra.source = SourceRef(**{**v.to_dict(), "cue": cue})
            extra.evidence = [e for e in c.evidence if e.field == "sentence"] + [
                Evidence(report.ref, entry.label, att.cue_start, m.end(), report.text[att.cue_start:m.end()], "source")]
            extra.flags = [f for f in c.flags if not f.startswith("uncorroborated")] + ["second voice"]
            out.append(extra)
        c.flags = [*c.flags, "relay"]
    return out


# ", according to": a relay right after the first speaker's reporting verb ("the office said, according to IRNA")
RELAYED = re.compile(r"\s*,\s*")
# what the losing side says when a place is taken: "troops had pulled back to the airport", "the offices had fallen"
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory")
YIELDED = re.compile(r"\b(?:pulled (?:back|out)|withdr[ae]wn?|retreated|(?:had|has|have)\s+fallen|fell|lost control|"
                     r"abandoned|surrendered|handed (?:it |the \w+ )?over)\b", re.IGNORECASE)


def _other_voice_claims(report, entry, an: Analysis, ctx: EntryContext, source: SourceRef, made: list[Claim]
                        ) -> list[Claim]:
    """'The Taliban said they had captured the city; a government official said troops had pulled back', 'X
    said ..., and Y confirmed that ...': a later speaker in the same sentence who confirms, admits or denies
    what the first told (or, for a place taken, says the other side pulled back) is a voice of its own."""
    s = an.sentence
    if not made or source.start is None or not s.start <= source.start < s.end:
        return []
    out: list[Claim] = _quoted_voice_claims(report, entry, an, ctx, source, made)
    for att in an.attributions:
        if att.cue_start <= source.start or not att.text.strip() or att.text.strip().lower() in PRONOUNS:
            continue
        content = report.text[att.scope_start:att.scope_end]
        relay = att.verb == "according to" and source.end is not None \
            and bool(RELAYED.fullmatch(report.text, source.end, att.cue_start))
        if att.verb in ("verify", "acknowledge"):
            polarity = "supports"
        elif att.verb == "deny":
            polarity = "contradicts"
        elif att.verb in ("say", "according to", "report") and YIELDED.search(content) \
                and any(c.sub_event_type in TERRITORY for c in made):
            polarity = "supports"
        elif relay:
            # "..., the governor's office said, according to the state news agency": the agency that relayed the
            # words tells the event too (ACLED names both)
            polarity = "supports"
        elif att.verb in ("say", "report", "according to") and att.scope_start > source.start \
                and _speaks_of_it(content) and not any(
                    e.field == "trigger" and att.scope_start <= e.start < att.scope_end for c in made for e in c.evidence):
            # "..., and the civil defence said rescuers were still searching the rubble", "..., and the Israeli
            # military said most of the rockets were intercepted": a second speaker who tells no event of its own
            # but speaks of the one just told (its dead, its rubble, the rockets) is a further voice for it
            polarity = "supports"
        else:
            continue
        if NOT_CONFIRMED.search(report.text[att.cue_start:att.cue_end]):
            continue
        # the second clause's own events are its own, not a word on the first's
        own = [] if relay else [c for c in made if any(e.field == "trigger" and att.scope_start <= e.start < att.scope_end
                                                       for e in c.evidence)]
        src = resolve_source(att.text, att.cue, att.cue_start, att.cue_end, None, ctx.country)
        if src is None or src.name == source.name:
            continue
        if relay and src.kind not in OUTLET_KINDS:
            continue  # (a relay is an outlet's; "said, according to witnesses" is another matter)
        for n, c in enumerate(made):
            if c in own or c.source is None or c.source.name != source.name or c.polarity != "supports":
                continue
            extra = Claim.from_dict(c.to_dict())
            extra.id = _claim_id(report.id, s.start, c.sub_event_type, "other-voice", n, att.cue_start)
            extra.source = src
            extra.polarity = polarity
            if polarity == "contradicts":
                extra.modality, extra.fatalities = "denied", None
            extra.evidence = [e for e in c.evidence if e.field == "sentence"] + [
                Evidence(report.ref, entry.label, att.cue_start, att.cue_end, att.cue, "source")]
            extra.flags = [f for f in c.flags if not f.startswith("uncorroborated")] + ["second voice"] + (
                ["relay"] if relay else [])
            out.append(extra)
    return out


# what a second speaker says of an incident already told in the sentence: its dead and hurt, its rubble, its
# rockets brought down, the bodies recovered, the attackers (`ECHO`), with no denial or "no one" in it
SAME_INCIDENT = re.compile(r"\b(?:intercepted|shot\s+down|rubble|debris|bodies|casualties|death\s+toll|toll|"
                           r"(?:were|was|had\s+been|have\s+been)\s+(?:killed|wounded|injured|hurt|hit|struck|"
                           r"recovered|treated|taken\s+to)|(?:its|their)\s+(?:crews|teams|ambulances|medics|rescuers|"
                           r"jets|aircraft|forces|troops)|the\s+(?:strike|attack|blast|explosion|raid|shelling|bombing|"
                           r"rockets?|missiles?|drone|mine|bomb))\b", re.IGNORECASE)


def _speaks_of_it(content: str) -> bool:
    m = SAME_INCIDENT.search(content) or ECHO.search(content)
    return m is not None and not ECHO_NEGATED.search(content)


# voices who saw or heard what happened: an account in the report's own words just before them is theirs too
EYEWITNESS_KINDS = ("witnesses", "journalist", "local sources", "activists")


def _paragraph_voice_claims(report, entry, an: Analysis, ctx: EntryContext, source: SourceRef, made: list[Claim]
                            ) -> list[Claim]:
    """'Supporters of the ruling party clashed with protesters. Police fired tear gas at the crowd, witnesses
    said.': an attribution closing a paragraph covers the sentence before it in the same paragraph that the
    report told in its own words (news style attributes a scene once). Only eyewitness voices (witnesses,
    residents, reporters at the scene, local sources), and only for an account of the same kind of disorder."""
    s = an.sentence
    if source.start is None or not s.start <= source.start < s.end or source.kind not in EYEWITNESS_KINDS:
        return []
    if source.start < s.start + len(s.text) // 2:
        return []  # an attribution that opens its sentence speaks for what follows, not for what came before
    told = ctx.claims
    if not told:
        return []
    last = told[-1]
    ev = last.sentence_evidence()
    if ev is None or ev.end > s.start or report.text[ev.end:s.start].strip() or "\n" in report.text[ev.end:s.start]:
        return []  # only the sentence right before, on the same line or in the same paragraph
    before = [c for c in told if any(e.field == "sentence" and e.start == ev.start for e in c.evidence)]
    if not before or any(c.source is None or c.source.cue or c.source.kind != "news outlet" for c in before):
        return []
    kinds = {DISORDER[c.event_type] for c in made}
    out: list[Claim] = []
    for n, c in enumerate(before):
        if c.polarity != "supports" or (kinds and DISORDER[c.event_type] not in kinds):
            continue
        extra = Claim.from_dict(c.to_dict())
        extra.id = _claim_id(report.id, s.start, c.sub_event_type, "paragraph-voice", n, 0)
        extra.source = source
        extra.fatalities = None
        extra.counts = {}
        extra.evidence = [e for e in c.evidence if e.field == "sentence"] + [
            Evidence(report.ref, entry.label, source.start, source.end, source.cue, "source")]
        extra.flags = [f for f in c.flags if not f.startswith("uncorroborated")] + ["paragraph voice"]
        out.append(extra)
    return out


def _second_voice_claims(report, an: Analysis, ctx: EntryContext, source: SourceRef, made: list[Claim]) -> list[Claim]:
    """The claims of a sentence attributed to two voices at once, told again by the second."""
    if not made or source.start is None:
        return []
    att = next((a for a in an.attributions if a.cue_start == source.start), None)
    joint = _joint_voices(att.text, att, ctx) if att is not None else None
    if joint is None or joint[0].name != source.name:
        return []
    out = []
    for n, c in enumerate(made):
        if c.source is None or c.source.name != source.name:
            continue
        extra = Claim.from_dict(c.to_dict())
        extra.id = _claim_id(report.id, an.sentence.start, c.sub_event_type, "joint", n, 0)
        extra.source = joint[1]
        extra.flags = [f for f in c.flags if not f.startswith("uncorroborated")]
        out.append(extra)
    return out
GROUP_ROLE = re.compile(r"\b(?:(?i:the)\s+(?:group|movement|militants|rebels|insurgents|militia)[’']s?|(?i:its|their))\s+"
                        r"(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|leader|commander|chief|head|emir)\b")
OUTLET_ROLES = {"the broadcaster", "the channel", "the network", "the station", "the newspaper", "the daily",
                "the paper", "the website", "the site", "the outlet", "the television", "the radio"}
OUTLET_KINDS = {"news outlet", "news agency", "state media", "party outlet"}
# "three of its staff were killed, the UN agency said": a body described by its kind is the body of that kind
# named just before in the paragraph
DESCRIBED_BODY = re.compile(r"^the\s+(?:(?:(?P<un>UN|U\.N\.|United Nations)|(?P<aid>aid|relief|humanitarian|medical|"
                            r"rights|human rights))\s+(?:agency|organi[sz]ation|body|group|charity)|"
                            # "the charity said", "the organisation said", "the watchdog said": a body of that
                            # kind named before, whatever words come first ("the British charity")
                            r"(?:[\w-]+\s+)?(?P<bare>charity|organi[sz]ation|NGO|watchdog|monitor|monitoring\s+group))$",
                            re.IGNORECASE)
BODY_KINDS = {"un": ("un",), "aid": ("un", "humanitarian", "ngo"), "bare": ("humanitarian", "ngo", "monitor")}


def _body_named_before(phrase: str, text: str, at: int) -> SourceRef | None:
    m = DESCRIBED_BODY.match(phrase.strip())
    if m is None:
        return None
    from ..knowledge import sources as source_kb

    start = text.rfind("\n\n", 0, at) + 1
    kinds = BODY_KINDS["un" if m.group("un") else "bare" if m.group("bare") else "aid"]
    named = [s for s in source_kb.find_sources(text[start:at], offset=start)
             if s.kind in kinds and s.name != "United Nations"]
    if m.group("aid") and m.group("aid").lower() in ("rights", "human rights"):
        named = [s for s in named if s.kind == "ngo"]
    if not named:
        return None
    found = named[-1]
    said = (found.cue or "").strip()
    if " " in said and not said.isupper() and said.lower() not in found.name.lower():
        # "a hospital supported by Doctors Without Borders ..., the charity said": the body as the report named it
        found = SourceRef(**{**found.to_dict(), "name": said})
    return found


# "gunmen stormed the offices of the Dijlah television channel ..., the channel's staff said": an outlet told by its
# kind ("the channel", "the newspaper's editor") is the outlet the paragraph named by that kind just before
OUTLET_HEADS = r"(?:channel|station|broadcaster|network|newspaper|daily|paper|radio|television|TV|website)"
DESCRIBED_OUTLET = re.compile(rf"^the\s+{OUTLET_HEADS}(?:[’']s\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)?$",
                              re.IGNORECASE)
NAMED_OUTLET = re.compile(rf"\b(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})\s+(?:(?:satellite|"
                          rf"television|TV|radio|news|private|state)\s+)*{OUTLET_HEADS}\b")


def _outlet_named_before(phrase: str, text: str, at: int) -> SourceRef | None:
    m = DESCRIBED_OUTLET.match(phrase.strip())
    if m is None:
        return None
    start = text.rfind("\n\n", 0, at) + 1
    named = [re.sub(r"^(?:The|A|An)\s+", "", n.group("name")) for n in NAMED_OUTLET.finditer(text, start, at)]
    named = [n for n in named if n and n not in ("The", "A", "An")]
    if not named:
        return None
    return SourceRef(name=named[-1], kind="news outlet", stance="unknown")


# "The Britain-based monitor, which relies on a network of contacts inside Syria, said": a definite description
# of a speaker named before; the relative clause and the "-based" label describe it and name no other voice
DESCRIBING_CLAUSE = re.compile(r",?\s+(?:which|who)\b.*$", re.DOTALL)
BASED_LABEL = re.compile(r"^(the\s+)(?:[\w-]+-based|[\w-]+-run|[\w-]+-funded)\s+", re.IGNORECASE)


def _definite_core(phrase: str) -> str:
    """'The Britain-based monitor, which relies on contacts inside Syria' -> 'The monitor'; other phrases as
    they are."""
    text = phrase.strip()
    if not re.match(r"the\s", text, re.IGNORECASE):
        return phrase
    core = BASED_LABEL.sub("the ", DESCRIBING_CLAUSE.sub("", text)).strip(" ,")
    core = re.sub(r"^the\s+", "the ", core, flags=re.IGNORECASE)
    return core if SHORT_REFERENCE.match(core) else phrase


ACRONYM = re.compile(r"[A-Z]{2,6}")


def _initials(text: str) -> set[str]:
    """The initials of each run of two or more capitalised words ('of', 'for', 'and' skipped inside a run):
    'The General Security Directorate said' -> {'TGSD', 'GSD', 'SD', ...}."""
    out: set[str] = set()
    for run in re.finditer(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'-]*)+", text):
        letters = [w[0] for w in run.group(0).split() if w[0].isupper()]
        out.update("".join(letters[i:]) for i in range(len(letters) - 1))
    return out


# "A ministry spokesman said", "a spokesman for the command said": the body named only by its head noun
HEAD_SPOKESMAN = re.compile(r"^(?:(?i:an?|the)\s+)?(?:(?P<a>[a-z]+)\s+spokes(?:man|woman|person)|spokes(?:man|woman|person)"
                            r"\s+(?:for|of)\s+the\s+(?P<b>[a-z]+))$")


def _body_by_head(phrase: str, ctx: EntryContext) -> SourceRef | None:
    """'The interior ministry said ... A ministry spokesman said': the spokesman of a body named only by its head
    noun speaks for the body of that head that spoke last in the entry (not a new voice 'ministry')."""
    m = HEAD_SPOKESMAN.match(phrase.strip())
    if m is None:
        return None
    head = (m.group("a") or m.group("b")).lower()
    for src in reversed(ctx.speakers):
        words = re.findall(r"[a-z]+", src.name.lower())
        if words and words[-1] == head and len(words) > 1:
            return src
    return None


# where a speaker stood, after the speaker's words in an attribution ("residents watching from behind police lines")
PLACE_OF_SPEAKER = re.compile(r"\b(?:from|behind|near|outside|inside|beside|across|along|around)\b", re.IGNORECASE)


def _earlier_speaker(phrase: str, ctx: EntryContext) -> SourceRef | None:
    """'Kyrylenko added', 'according to governor Kyrylenko', 'the governor said': a speaker named in full
    before ("Donetsk regional governor Pavlo Kyrylenko said") is referred to by surname or role."""
    m = SHORT_REFERENCE.match(phrase.strip())
    if not m or not (m.group("role") or m.group("name")) or not ctx.speakers:
        return None
    if m.group("name") and not m.group("role") and ACRONYM.fullmatch(m.group("name")):
        # "The Internal Security Forces say ... The ISF says": a body's initials after its full name are that body
        for src in reversed(ctx.speakers):
            if m.group("name") in _initials(src.name) | _initials(src.cue):
                return src
    for src in reversed(ctx.speakers):
        words = re.findall(r"[\w’'-]+", f"{src.name} {src.cue}")
        if m.group("role"):
            # "residents watching from behind police lines said ... the police said": a word of the place the
            # speaker stood at names no role of theirs
            words = re.findall(r"[\w’'-]+", f"{src.name} {PLACE_OF_SPEAKER.split(src.cue or '', 1)[0]}")
        if m.group("name"):
            if (len(src.name.split()) >= 2 and src.name.split()[-1] == m.group("name")) or (
                    m.group("name") in words[:-1] and m.group("name") != src.name):
                return src
        elif (m.group("role") in (w.lower() for w in words) or m.group("role") == src.kind == "monitor") \
                and m.group("role") not in ("source", "sources"):
            # "the governor" for "Governor X"; "the monitor" for the Syrian Observatory, a monitor
            return src
    return None


# "in a statement carried by its Amaq news agency, the group said": the outlet that carried the words
CARRIED_BY = re.compile(r"\b(?:carried|published|posted|released|broadcast|aired)\s+(?:by|on)\s+(?:its|their|the)?\s*"
                        r"((?:[A-Z][\w’'-]+\s*){1,4}(?:news\s+agency|agency|channel|website)?)")


TITLED_PERSON = re.compile(r"\b(?:President|Vice[- ]President|Prime Minister|Minister|General|Gen\.|Colonel|Col\.|"
                           r"Major|Captain|Lieutenant|Commander|Governor|Senator|Mayor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+"
                           r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")


@lru_cache(maxsize=64)
def _person_names(text: str) -> frozenset[str]:
    """Every word of a name that follows a title in the report ("Prime Minister Abiy Ahmed" -> Abiy, Ahmed)."""
    out: set[str] = set()
    for m in TITLED_PERSON.finditer(text):
        words = m.group(1).split()
        if len(words) >= 2:  # "President Ahmed" alone could be a title before a place-like surname
            out.update(w for w in words if len(w) > 2)
    return frozenset(out)


# ", Leon Charles, said" right after a title: the person's name
APPOSED_ACRONYM = re.compile(r",\s+(?:the\s+)?([A-Z][A-Z0-9&-]{1,7}),\s")
APPOSED_NAME = re.compile(r",\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+),\s")


# "Government spokesman Amadou Kone", "Muhannad Haimour, a spokesman for the Anbar governor,": a spokesman,
# named or not, speaks for the body whose spokesman he is, not in his own name
TITLED_SPOKESMAN = re.compile(r"^(?P<title>(?:[\w’'-]+\s+){1,4}spokes(?:man|woman|person))\s+"
                              r"(?P<name>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)$")
APPOSED_SPOKESMAN = re.compile(r",\s+(?P<title>(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}spokes(?:man|woman|person)"
                               r"(?:\s+(?:for|of)\s+[^,.;\n]{2,60})?),\s")


def _group_spoken_of(an: Analysis, att, ctx: EntryContext) -> SourceRef | None:
    """The armed group "the group's spokesman" or "its commander" speaks for: the armed group that spoke last,
    else the one named last, in the report so far or in this sentence before the words ("Fighters of X attacked
    the base, Y, the group's spokesman, said")."""
    earlier = next((x for x in reversed(ctx.speakers) if x.kind == "armed group"), None)
    if earlier is not None:
        return earlier
    told = [*ctx.actors, *(a for a in an.actors if a.start is not None and a.start < att.start)]
    group = next((a for a in reversed(told) if a.inter in (2, 3, 4) and a.key
                  and not a.name.startswith("Unidentified")), None)
    if group is None:
        return None
    return SourceRef(name=group.name, kind="armed group", stance=f"party:{group.key}", party=group.key)


def _spokesman_voice(phrase: str, att, report: Report, ctx: EntryContext,
                     an: Analysis | None = None) -> SourceRef | None:
    """The body a named spokesman speaks for, or None when the phrase names no spokesman of a known body.
    The person's words stay in the cue, so that "Haimour said" later still finds this speaker."""
    titled = TITLED_SPOKESMAN.match(phrase)
    title = titled.group("title") if titled else None
    if title is None and re.fullmatch(r"(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+", phrase):
        apposed = APPOSED_SPOKESMAN.match(report.text, att.end, att.cue_end)
        title = apposed.group("title") if apposed else None
    if title is None:
        return None
    if an is not None and GROUP_ROLE.search(title):
        # "Ali Dhere, the group's spokesman, said": the spokesman of the armed group the report speaks of, not
        # an official of the country's state
        group = _group_spoken_of(an, att, ctx)
        return SourceRef(**{**group.to_dict(), "cue": f"{phrase} {att.cue}".strip()}) if group is not None else None
    body = resolve_source(title, att.cue, att.cue_start, att.cue_end, None, ctx.country)
    if body is None or body.kind == "person" or not SPOKESMAN.match(title):
        return None
    return SourceRef(**{**body.to_dict(), "cue": f"{phrase} {att.cue}".strip()})


# "said in a statement on its Amaq agency", "claimed the attack in a statement carried by its Amaq news agency":
# the group's own outlet that carried its words
OWN_OUTLET = re.compile(r"\b(?:through|via|on|by|in|from)\s+(?:its|their|the\s+group[’']s)\s+(?:own\s+)?"
                        r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:news\s+)?(?:agency|outlet|channel|"
                        r"website|radio|media\s+(?:wing|arm|office))\b")


def _speaking_group(an: Analysis, att, src: SourceRef) -> SourceRef:
    """'FACT said', "Colombia's National Liberation Army (ELN) claimed": an armed group the report names (its
    own acronym definitions included) speaks for itself, a party, even when the source list does not know it.
    A group whose words its own outlet carried ("Islamic State said in a statement on its Amaq agency") is told
    by that outlet, the party's own (README "Data model": an armed group with its media is the party; ACLED
    names the outlet as the source)."""
    found = _group_of_speaker(an, att, src)
    if found.kind != "armed group" or not found.party:
        return found
    m = OWN_OUTLET.search(an.sentence.text)
    if m is None:
        return found
    from ..knowledge import sources as source_kb

    outlet = source_kb.lookup_source(m.group("name"))
    if outlet is None or outlet.kind != "party outlet" or outlet.party != found.party:
        return found
    return SourceRef(**{**outlet.to_dict(), "cue": found.cue, "start": found.start, "end": found.end})


def _group_of_speaker(an: Analysis, att, src: SourceRef) -> SourceRef:
    if src.party or src.kind not in ("person", "organisation"):
        return src
    phrase = re.sub(r"\s*\([^()]{1,12}\)", "", att.text).strip()
    phrase = re.sub(r"^(?:(?:the|a|an)\s+|[A-Z][\w-]*[’']s\s+)", "", phrase, flags=re.IGNORECASE)
    for a in an.speakers + an.actors:
        if a.inter in (2, 3, 4) and a.key and a.start is not None and att.start <= a.start < att.end \
                and len(a.mention) >= 0.6 * len(phrase):
            return SourceRef(name=a.name, kind="armed group", stance=f"party:{a.key}", party=a.key, cue=src.cue,
                             start=src.start, end=src.end)
    return src


BARE_COALITION = re.compile(r"^(?:(?:the|a|an)\s+)?coalition(?:[’']s)?\b", re.IGNORECASE)


def _named_coalition(phrase: str, src: SourceRef, an: Analysis, ctx: EntryContext) -> SourceRef:
    """"A coalition spokesman confirmed", "the coalition said": the coalition the report names as a fighting
    side (the US-led coalition, the Saudi-led coalition), a party of its own; not the government of the country
    the report is about, which a bare "coalition official" would otherwise be read as."""
    if not BARE_COALITION.match(phrase.strip()) or (src.party and "coalition" in src.party):
        return src
    named = [a for a in (*an.actors, *reversed(ctx.actors), *ctx.report_actors)
             if a.key and "coalition" in a.key and a.inter in (1, 8)]
    if not named:
        return src
    from .sources import _actor_source

    found = _actor_source(named[0])
    return SourceRef(**{**found.to_dict(), "name": "coalition", "cue": src.cue, "start": src.start, "end": src.end})


JUNTA = re.compile(r"\b(?:military rulers|junta|coup leaders|mutineers|mutinous (?:soldiers|officers|troops)|putschists|"
                   r"(?:soldiers|officers|troops|army) (?:who|that) (?:seized|took) power|seized power)\b", re.IGNORECASE)


def _junta_council(src: SourceRef, att, report: Report, ctx: EntryContext) -> SourceRef:
    """'the CNRD said', where the report defines the CNRD as the committee the military rulers set up: the body
    of those who seized power speaks for them, a party (the mutiny when the report names one)."""
    if src.party or src.kind not in ("organisation", "person"):
        return src
    acr = re.sub(r"^the\s+", "", att.text.strip(), flags=re.IGNORECASE)
    if not re.fullmatch(r"[A-Z][A-Z0-9-]{1,7}", acr):
        return src
    m = re.search(r"\b(?:Committee|Council|Movement|Front|Junta)\b[^()\n]{0,80}\(" + re.escape(acr) + r"\)", report.text)
    if m is None:
        return src
    start = max(report.text.rfind(". ", 0, m.start()), report.text.rfind("\n", 0, m.start())) + 1
    if not JUNTA.search(report.text, start, m.end()):
        return src
    mutiny = next((a for a in ctx.report_actors if a.key and a.key.startswith("mutiny:")), None)
    if mutiny is not None:
        return SourceRef(name=src.name, kind="armed group", stance=f"party:{mutiny.key}", party=mutiny.key,
                         cue=src.cue, start=src.start, end=src.end)
    if ctx.country:
        return SourceRef(name=src.name, kind="government", stance=f"party:{ctx.country}", party=ctx.country,
                         cue=src.cue, start=src.start, end=src.end)
    return src


RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whom?)\s+$", re.IGNORECASE)
# "Minutes after De la Rua announced a state of siege, crowds came out": a saying inside a time clause is an event
# of the story, not the attribution of the sentence
TEMPORAL_BEFORE = re.compile(r"\b(?:after|before|until|since|once|when)\s+$", re.IGNORECASE)


# "the ministry's first statement", "the army's media wing", "a statement from the Kenya Red Cross": the words of
# a body, or its press office, are the body's voice
WORDS_OF = re.compile(r"^(?P<owner>.+?)(?:[’']s|(?<=s)[’'])\s+(?:(?:first|second|latest|last|new|own|initial|earlier|"
                      r"later|daily|weekly|official|written|brief|short|preliminary|final|online)\s+)*"
                      r"(?:statements?|reports?|communiqu[ée]s?|account|figures|tally|count|toll|bulletin|update|"
                      r"briefing|announcement|media (?:wing|office|arm|department|unit|centre|center)|"
                      r"press (?:office|service|wing|department)|information (?:office|department))$", re.IGNORECASE)
WORDS_FROM = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:statement|communiqu[ée]|report|bulletin|announcement)"
                        r"\s+(?:from|by|of|issued by)\s+(?P<owner>.+)$", re.IGNORECASE)


def _owner_of_words(phrase: str) -> str:
    m = WORDS_OF.match(phrase) or WORDS_FROM.match(phrase)
    if m is None or m.group("owner").strip().lower() in ("its", "their", "his", "her", "the", "a", "an"):
        return phrase
    return m.group("owner").strip()


BARE_BODY = re.compile(r"^the\s+(?P<head>[a-z]+)$")


def _named_body(phrase: str, an: Analysis, ctx: EntryContext, att) -> SourceRef | None:
    """'Warplanes of the Saudi-led coalition struck ..., the coalition said': a bare head noun speaks for the
    armed actor named by it in the sentence or just before it."""
    m = BARE_BODY.match(phrase.strip())
    if m is None:
        return None
    head = re.compile(rf"\b{re.escape(m.group('head'))}\b", re.IGNORECASE)
    for actor in list(reversed(an.actors)) + list(reversed(ctx.actors)):
        if actor.inter in (1, 2, 3, 4, 8) and actor.mention and head.search(actor.mention):
            found = resolve_source(actor.mention, att.cue, att.cue_start, att.cue_end, None, ctx.country)
            if found is not None and found.party:
                return found
    return None


# "Al-Qaeda in the Islamic Maghreb (AQIM) said": a name that goes on past "in the" (cut there as a place)
NAME_GOES_ON = re.compile(r"\s+(?:in|of)\s+the\s+[A-Z][\w’'-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,3}"
                          r"(?:\s*\([A-Z][\w-]{1,8}\))?")


def _name_goes_on(att, report: Report, ctx: EntryContext) -> SourceRef | None:
    """The armed group a speaker's name is the start of, when the words after it ("in the Islamic Maghreb")
    complete the name of a group the registry knows ("Al-Qaeda in the Islamic Maghreb"); else None. (A place
    after a speaker, "Hamas in the Gaza Strip", names no other group: the speaker stays as it was.)"""
    if not att.text[:1].isupper() and not att.text.lower().startswith("the "):
        return None
    m = NAME_GOES_ON.match(report.text, att.end)
    if m is None:
        return None
    from .sources import _armed_group

    found = _armed_group(re.sub(r"^the\s+", "", att.text, flags=re.IGNORECASE) + m.group(0), ctx.country)
    short = _armed_group(att.text, ctx.country)
    if found is None or (short is not None and short.party == found.party):
        return None
    cue = report.text[min(att.start, att.cue_start):max(att.cue_end, m.end())]
    return SourceRef(**{**found.to_dict(), "cue": cue, "start": att.cue_start, "end": att.cue_end})


def _sentence_source(an: Analysis, ctx: EntryContext, report: Report) -> SourceRef:
    """The attributed source of the sentence, else the entry's last one, else the report's outlet."""
    carried = CARRIED_BY.search(an.sentence.text)
    if carried and not re.search(r"\b(?:its|their)\b", carried.group(0), re.IGNORECASE) and any(
            a.text.strip().lower() not in PRONOUNS for a in an.attributions):
        # "the coalition said in a statement carried by the Saudi state news agency": the agency relays the
        # words of the speaker the sentence names (README "Data model": one voice); only a group's own outlet
        # ("carried by its Amaq news agency") is named for it
        carried = None
    if carried and an.attributions:
        from ..knowledge import sources as source_kb

        base = an.sentence.start
        found = source_kb.find_sources(carried.group(1), offset=base + carried.start(1))
        if found:
            src = SourceRef(**{**found[0].to_dict(), "cue": carried.group(0)})
            ctx.source = src
            ctx.speakers.append(src)
            return src
    for n, att in enumerate(an.attributions):
        phrase = _owner_of_words(att.text.strip())
        low = phrase.lower()
        if n + 1 < len(an.attributions) and RELATIVE_BEFORE.search(report.text, max(0, att.start - 12), att.start):
            # "a rest house that residents say belongs to the speaker's family, local television reported": a
            # speaker inside a relative clause vouches for that clause; the sentence's own speaker comes later
            continue
        if TEMPORAL_BEFORE.search(report.text, max(0, att.start - 12), att.start) and att.verb not in ("according to",):
            continue
        earlier = _earlier_speaker(_definite_core(phrase), ctx)
        if low in OUTLET_ROLES and ctx.source is not None and ctx.source.kind in OUTLET_KINDS and ctx.source.cue:
            earlier = ctx.source  # "private broadcaster NTV reported ... the broadcaster said"
        if low in PRONOUNS and ctx.source is None:
            continue  # "it said" with no speaker before: the pronoun names no one
        if low in PRONOUN_SOURCES and ctx.source is not None:
            earlier = ctx.source
            if low not in PRONOUNS:
                # "the army said" after the rebels spoke: a role that names another party is that party
                fresh = resolve_source(phrase, att.cue, att.cue_start, att.cue_end, None, ctx.country)
                if fresh is not None and fresh.party and fresh.party != earlier.party:
                    earlier = None
        if earlier is None and GROUP_ROLE.search(phrase):
            # "the group's spokesman", "its commander": the armed group that spoke or was named last
            earlier = _group_spoken_of(an, att, ctx)
        body = _body_named_before(phrase, report.text, att.start) if earlier is None else None
        if body is None and earlier is None:
            body = _outlet_named_before(phrase, report.text, att.start)
        joint = _joint_voices(phrase, att, ctx) if earlier is None and body is None else None
        if joint is not None:
            src = joint[0]
        elif body is not None:
            src = SourceRef(**{**body.to_dict(), "cue": att.cue, "start": att.cue_start, "end": att.cue_end})
        elif earlier is not None:
            src = SourceRef(**{**earlier.to_dict(), "cue": att.cue, "start": att.cue_start, "end": att.cue_end})
        else:
            src = resolve_source(phrase, att.cue, att.cue_start, att.cue_end, ctx.source, ctx.country)
            if src is None:
                src = _named_body(phrase, an, ctx, att)
            owner = _body_by_head(phrase, ctx)
            if owner is not None:
                src = SourceRef(**{**owner.to_dict(), "cue": att.cue, "start": att.cue_start, "end": att.cue_end})
        if src is None:
            continue
        longer = _name_goes_on(att, report, ctx) if earlier is None else None
        if longer is not None:
            src = longer
        src = _speaking_group(an, att, src)
        src = _junta_council(src, att, report, ctx)
        src = _named_coalition(phrase, src, an, ctx)
        spoke = _spokesman_voice(phrase, att, report, ctx, an) if earlier is None else None
        if spoke is not None:
            src = spoke
        acronym = APPOSED_ACRONYM.match(report.text, att.end)
        if acronym and src.kind in ("government", "military", "police", "armed group", "party outlet", "state media"):
            # "The military's media wing, ISPR, said": the body by the short name the report gives it
            src = SourceRef(**{**src.to_dict(), "name": acronym.group(1)})
        named = APPOSED_NAME.match(report.text, att.end)
        if named and earlier is None and spoke is None and not SPOKESMAN.match(phrase) and src.kind in ("government", "official", "armed group", "military", "police") \
                and not ORGANISATION.search(named.group(1)) and not actor_kb.find_actors(named.group(1)):
            # "Haiti's police chief, Leon Charles, said": the official by name, speaking for his office
            src = SourceRef(**{**src.to_dict(), "name": named.group(1)})
        ctx.source = src
        ctx.speakers.append(src)
        return src
    said = LEADING_SPEAKER.match(an.sentence.text)
    if said and said.group(1).strip().lower() not in PRONOUNS \
            and not re.search(r"\b(?:after|before|until|since|once|when)\s", said.group(1), re.IGNORECASE):  # ("Its claims could not be verified": no speaker)  # "The UN humanitarian coordinator for Yemen, Jamie McGoldrick, said ..." (long appositions)
        base = an.sentence.start
        src = resolve_source(_coordinated_subject(said.group(1)), said.group(0), base, base + said.end(), ctx.source,
                             ctx.country)
        if src is not None:
            ctx.source = src
            ctx.speakers.append(src)
            return src
    if ctx.source is not None and not ctx.source_idle:
        return ctx.source
    name = report.outlet or "unattributed"
    return SourceRef(name=name, kind="news outlet", stance="unknown", cue="")


def _mark_idle_speaker(an: Analysis, ctx: EntryContext, made: list[Claim], text: str) -> None:
    """Note whether the speaker this sentence named told an event in it. "Telecoms minister X announced that the
    charge had been dropped, but the crowds did not go home. In central Beirut, riot police fired tear gas": the
    minister spoke of a policy, so the next sentence, with no attribution of its own, is the report's telling, not
    his. A speaker who told an event, or one whose words follow ("The army gave this account:"), goes on."""
    src = ctx.source
    s = an.sentence
    if src is None or src.start is None or not s.start <= src.start < s.end:
        return  # no speaker of its own: the one before still holds
    att = next((a for a in an.attributions if a.cue_start == src.start), None)
    words = len(text[att.scope_start:att.scope_end].split()) if att is not None else 0
    ctx.source_idle = not made and words >= 4 and att is not None and bool(DECIDED.search(att.cue))


# "announced", "declared", "pledged": a decision or a measure made known, not an account of what happened (an
# account that told no event yet, "the ministry said, the militants tried to move hostages", goes on)
DECIDED = re.compile(r"\b(?:announc|declar|pledg|promis|vow|order|decid|decree)\w*$", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------- claims


def _frame_claims(report: Report, entry: Entry, an: Analysis, ctx: EntryContext, frame: Frame, k: int,
                  actors: list[ActorRef], source: SourceRef, negated: list[Cue]) -> list[Claim]:
    s = an.sentence
    if frame.anaphoric:
        return _anaphoric_claims(report, entry, an, ctx, frame, negated, source)
    targets = coding.event_places(frame.places, s.text, s.start, ctx.focus)
    inherited = from_dateline = False
    if targets and all(coding.on_road(t, s.text, s.start) for t in targets):
        # "attacked the northern exit of the capital on the road to X and Y", "Km 9, X road, near Z: fighters
        # attacked a post on the road to X": the towns only name the road; the town the sentence puts it near
        # (off the road, before the event word), else the capital it names, is where it was
        first = min(t.start for t in targets)
        other = [p for p in an.places if p.place is not None and p.start < first
                 and p.place.feature not in ("country", "admin1", "admin2", "region")
                 and p.qualifier and coding.CLOSE_BY.match(p.qualifier)
                 and not coding.on_road(p, s.text, s.start)]
        targets = other[-1:] or _capital(an, ctx) or targets
    if not targets:
        targets = _capital(an, ctx)
    if not targets and frame.sub_event_type == "Agreement" and ctx.dateline is not None and not ctx.label_unplaced:
        # a ceasefire or deal the sentence does not place was announced where the story was filed, not at the
        # last battle's place (ACLED codes an agreement where it was made or announced)
        targets = [PlaceMention(start=0, end=0, text=ctx.dateline.text, place=ctx.dateline.place, precision=2)]
        inherited = True
    if not targets:
        if ctx.para_place is not None and not ctx.label_unplaced and not ctx.label_topic:
            # a later sentence of the paragraph that names no place tells more of the paragraph's events
            targets = [ctx.para_place]
            inherited = True
    if ctx.landmarks and (not targets or all(t.place.feature in ("country", "admin1", "region") for t in targets)):
        # "soldiers who had blocked the Bosphorus Bridge surrendered": a landmark the report elsewhere puts in
        # a town ("the Bosphorus Bridge in Istanbul") is in that town; "stormed Garissa University College in
        # north-eastern Kenya": the town the sentence's site is in is more precise than its country
        town = _landmark_town(s.text, ctx.landmarks, placed=bool(targets))
        if town is not None and (not targets or all(coding.contains(t, town) for t in targets)):
            inherited = not targets
            targets = [PlaceMention(start=0, end=0, text=town.text, place=town.place, precision=1)]
    if targets and ctx.dateline is not None and not ctx.label_unplaced and all(
            t.place is not None and t.place.feature == "admin1" and not t.qualifier
            and not WITHIN_PROVINCE.search(s.text[:max(0, t.start - s.start)])
            and in_province(t.place, ctx.dateline.place) for t in targets):
        # "KUTA, Oct 14 - the bombing of two nightclubs on the island of Bali": the province the sentence names
        # holds the town the story was filed from, the one place in it the report gives (not the province's
        # seat); "in northern Bali", "in Kanem province" in a story filed from N'Djamena, or a province that
        # only holds a smaller area the sentence names ("near Mashkaf, in Kachhi district of Balochistan")
        # stays the province
        targets = [PlaceMention(start=0, end=0, text=ctx.dateline.text, place=ctx.dateline.place, precision=2)]
    if not targets and ctx.para_named is not None and not ctx.label_unplaced and not ctx.label_topic \
            and not UNNAMED_ELSEWHERE.search(s.text) and not NAMED_AREA.search(s.text):
        # a later sentence of the paragraph that names no place happened where an earlier one put things
        targets = [ctx.para_named]
        inherited = True
    if not targets:
        # (the first post under a new day heading continues the last post of the day before: "Saturday 16 January
        # / 02:10 - Troops have begun an assault on the hotel" after the evening's posts on the hotel)
        last = ctx.claims or [c for c in ctx.day_before if c.location is not None and c.location.geo_precision < 3
                              and c.id not in ctx.dateline_claims]
        if (ctx.topic is None or SAME_PLACE.search(s.text)) and last and last[-1].location is not None \
                and not ctx.label_unplaced and last[-1].id not in ctx.dateline_claims \
                and not (ctx.label_topic and ctx.topic is not None):  # under a line label "the city" is the label's
            loc = last[-1].location  # an entry with no lead place continues the previous one's
            place = geo.place_by_id(loc.gazetteer_id) if loc.gazetteer_id else None
            if place is not None:
                targets = [PlaceMention(start=0, end=0, text=loc.mention, place=place,
                                        precision=max(loc.geo_precision, 2))]
                inherited = True
        if not targets and SAME_PLACE.search(s.text) and not ctx.label_unplaced and not ctx.label_topic and not any(
                p.place is not None and p.place.feature in ("city", "town", "village") for p in an.places):
            # "a car bomb in the south of the city" before any event was placed: the town named last
            earlier = [p for p in ctx.places if p.feature in ("city", "town", "village")
                       and (not ctx.focus or p.iso2 == ctx.focus[0])]
            if earlier:
                targets = [PlaceMention(start=0, end=0, text=earlier[-1].name, place=earlier[-1], precision=1)]
                inherited = True
        if not targets and ctx.topic is not None and ctx.topic.place is not None:
            precision = ctx.topic.precision if ctx.heading_topic else max(ctx.topic.precision, 2)
            targets = [PlaceMention(start=ctx.topic.start, end=ctx.topic.end, text=ctx.topic.text,
                                    place=ctx.topic.place, precision=precision)]
            inherited = True
        if not targets and ctx.label_unplaced and ctx.country:
            # a line labelled with a place the gazetteer does not know happened somewhere in the country,
            # not at the last line's place
            targets = [p for p in geo.find_places(f"in {ctx.country}", focus=ctx.focus)
                       if p.place is not None and p.place.feature == "country"][:1]
            for p in targets:
                p.start = p.end = 0
            inherited = bool(targets)
        if not targets and ctx.dateline is not None and not ctx.label_unplaced \
                and not UNNAMED_ELSEWHERE.search(s.text) and not DATELINE.match(s.text):
            # a wire story's event that nothing else places happened in the town it was filed from, as far as
            # the report tells ("CONAKRY, Sept 6 - ... soldiers detained the president at the palace"); not the
            # lede's own events, which sum up the story its body places (see extract.ledes)
            targets = [PlaceMention(start=0, end=0, text=ctx.dateline.text, place=ctx.dateline.place,
                                    precision=2)]
            inherited = from_dateline = True
        if not targets:
            targets = [None]
    event_date, precision = _frame_date(an, ctx, frame)
    if not inherited and targets[0] is not None and targets[0].place is not None \
            and targets[0].place.feature != "country":
        ctx.para_place = targets[0]
    if _usable_dates(an, ctx):
        ctx.para_date = (event_date, precision)
        if precision == 1 and ctx.date is None and DATELINE.match(an.sentence.text) and not STATEMENT_DAY.search(an.sentence.text[: max(
                (d.start - an.sentence.start for d in _usable_dates(an, ctx)), default=0)]):
            # "DAKAR, June 2 - Nine people were killed in clashes on Thursday, the government said": the day of
            # a wire story's lede is the story's day, for the next paragraphs that name none
            ctx.date, ctx.date_precision = event_date, precision
    if not inherited and (ctx.topic is None or ctx.heading_topic) and targets[0] is not None \
            and targets[0].place is not None and not ctx.heading_topic \
            and not (targets[0].place.feature != "country" and _is_headline(report.text, an.sentence)):
        # (not a headline's town: "Riots reach Thessaloniki as anger over Athens schoolboy's death spreads" sums up
        # the story; the body's first lines are not told at its place)
        ctx.topic = targets[0]
    speakers = [a for a in an.speakers if a.inter in (1, 2, 3, 4, 8)]
    actor1, actor2, assoc1, assoc2 = coding.assign_actors(frame, an, actors, ctx, speakers)
    if frame.sub_event_type == "Agreement":
        actor1, actor2 = _agreement_parties(an, frame, actors, source, event_date, ctx.country) or (actor1, actor2)
        if actor1 is not None and actor2 is None and TRUCE_WORD.search(frame.cues[0].text):
            # a ceasefire binds two sides: the one the sentence names and the enemy the report names for it
            actor2 = coding._from_context(ctx, avoid=actor1)
    # "... were abducted on Friday night. It is not known who took them": an entry that says nobody knows who
    # did it names no group for it, whichever groups the report names elsewhere
    named1 = actor1 if WHO_UNKNOWN.search(report.text[entry.start: entry.end]) \
        else _named_perpetrator(actor1, ctx, report.text)
    if named1 is not None and actor2 is not None and actor2.name != named1.name \
            and _named_perpetrator(actor2, ctx, report.text).name == named1.name:
        actor2 = _named_perpetrator(actor2, ctx, report.text)
    if named1 is not None and actor2 is not None and actor2.name == named1.name:
        # "the militants" turned out to be the group the context offered as their opponent, or "insurgents"
        # and "gunmen" are two words for the one group: the opponent is someone else
        actor2 = _other_side(ctx, named1, report.text)
    actor1 = named1
    if actor2 is not None and actor2.name.startswith("Unidentified Armed Group") and actor1 is not None:
        # "security forces launched a final assault" on "the militants" of a report that names one armed group
        # (the BLA that hijacked the train): the same group, on the other side, as for the first actor
        named2 = _named_perpetrator(actor2, ctx, report.text)
        if named2 is not None and (named2.name.startswith("Unidentified") or named2.name == actor1.name
                                   or coding._one_camp(named2, actor1)) \
                and not UNKNOWN_WORDS.search(actor2.mention) and not DISOWNED.search(report.text):
            # (or the one armed group the report names that is not on the first actor's side: the SDF and the
            # Asayish fought "the militants" of a story that names Islamic State as well)
            others = {a.name: a for a in ctx.report_actors if a.inter in (2, 3) and not a.name.startswith("Unidentified")
                      and not _insurgents(a) and a.name != actor1.name and not coding._one_camp(a, actor1)}
            if len(others) == 1:
                g = next(iter(others.values()))
                named2 = ActorRef(name=g.name, mention=actor2.mention, inter=g.inter, side=g.side, key=g.key,
                                  start=actor2.start, end=actor2.end)
        if named2 is not None and named2.name != actor1.name and not coding._one_camp(named2, actor1):
            actor2 = named2
    if frame.sub_event_type == "Arrests" and actor2 is None:
        actor2 = _arrested(an, report, ctx, event_date)
        actor1 = _head_seized(actor1, actor2, ctx.country, event_date)
    if frame.sub_event_type == "Arrests" and actor2 is not None and actor2.inter == 7:
        actor2 = _arrested_for(an, actor2, ctx.country)
    counts, fatalities, fat_q = coding.counts_for(frame, an, negated)
    hedged = any(a.hedge for a in an.attributions) or an.modality(frame.cues[0].start, frame.cues[0].end).hedged
    tolled = _toll_places(s.text, s.start, fat_q, targets) if fatalities is not None and len(targets) > 1 else None
    if fatalities is not None and len(targets) > 1 and tolled is None:
        tolled = _unrecalled_places(s.text, s.start, fat_q, targets)
    if fatalities is not None and fatalities.best and len(targets) > 1:
        # ACLED divides a toll told for several places evenly between them; a toll whose own clause names
        # only some of the places ("pressed its offensive on X, and fighting in Y killed 26") is theirs alone
        share = fatalities.best // len(tolled or targets)
        fatalities = Fatalities(low=share, best=share, high=share)
    days = _place_days(s.text, s.start, _usable_dates(an, ctx), targets, (event_date, precision))
    claims: list[Claim] = []
    for n, target in enumerate(targets):
        event_date, precision = days[n]
        location = geo.to_location(target) if target is not None and target.place is not None else None
        if location is not None and inherited:
            location.start = location.end = None
        evidence = [Evidence(report.ref, entry.label, s.start, s.end, s.text, "sentence")]
        cue = frame.cues[0]
        evidence.append(Evidence(report.ref, entry.label, s.start + cue.start, s.start + cue.end, cue.text, "trigger"))
        for fname, ref in (("actor1", actor1), ("actor2", actor2)):
            if ref is not None and ref.start is not None and s.start <= ref.start < s.end:
                evidence.append(Evidence(report.ref, entry.label, ref.start, ref.end, ref.mention, fname))
        if target is not None and not inherited:
            evidence.append(Evidence(report.ref, entry.label, target.start, target.end, target.text, "location"))
        if fat_q is not None:
            evidence.append(Evidence(report.ref, entry.label, fat_q.start, fat_q.end, fat_q.text, "fatalities"))
        if source.start is not None and s.start <= source.start < s.end:
            evidence.append(Evidence(report.ref, entry.label, source.start, source.end, source.cue, "source"))
        for d in an.dates:
            if d.value == event_date:
                evidence.append(Evidence(report.ref, entry.label, d.start, d.end, d.text, "date"))
                break
        sub = frame.sub_event_type
        confidence = _confidence(s, location, inherited, hedged, source, bool(an.dates))
        own_toll = fatalities if tolled is None or any(target is t for t in tolled) else None
        claim = Claim(
            id=_claim_id(report.id, s.start, sub, location.name if location else "", k, n),
            report_id=report.id,
            entry_index=entry.index,
            event_type=SUB_TO_TYPE[sub],
            sub_event_type=sub,
            event_date=event_date,
            time_precision=precision,
            actor1=actor1,
            actor2=actor2,
            assoc_actor_1=assoc1,
            assoc_actor_2=assoc2,
            location=location,
            fatalities=own_toll,
            counts=dict(counts),
            source=source,
            modality="claimed" if hedged else "asserted",
            hedged=hedged,
            polarity=frame.polarity,
            evidence=evidence,
            confidence=confidence,
            published=entry.time or report.published,
        )
        if from_dateline:
            ctx.dateline_claims.add(claim.id)
        if location is not None:
            claim.actor1, claim.actor2 = (_sided(a, location, ctx.country, report.text) for a in (actor1, actor2))
            if claim.actor2 is not None and actor2 is not None and STATE_KEY.match(actor2.key or "") \
                    and claim.actor2.side == "external" and SUB_TO_TYPE[sub] == "Explosions/Remote violence" \
                    and not _inside(actor2.start, actor2.end, [(s.start, s.end)]) \
                    and not _names_state_of(s.text, actor2):
                # "a Houthi drone hit an airport in Saudi Arabia": the home army the report names elsewhere, taken
                # as the target of a strike that names none, is not where the strike fell abroad
                claim.actor2 = None
        if s.caption:
            claim.flags.append("weak:caption")
        if all(c.role in TOLL_ROLES for c in frame.cues):
            claim.flags.append("toll-only")  # "17 dead, 40 injured": a count with no act of its own
        if TOLL_UPDATE.search(s.text) and frame.cues and TOLL_UPDATE.search(s.text).start() <= frame.cues[0].start:
            claim.flags.append("toll-update")
        # a civilians' building counts as their being hit only when the sentence tells people were hurt
        civilian_site = bool(_civilian_target(s.text) or coding.PEOPLE_TARGETED.search(s.text)
                             or (CIVILIAN_BUILDINGS.search(s.text) and coding.people_hurt(frame, an)))
        if civilian_site and actor2 is None and SUB_TO_TYPE[sub] not in ("Battles", "Riots", "Protests"):
            claim.actor2 = coding.civilians(ctx.country)
        elif SUB_TO_TYPE[sub] == "Explosions/Remote violence" and (actor2 is None or not _inside(
                actor2.start, actor2.end, [(s.start, s.end)])) and (civilian_site or any(
                coding._victim_kind(q) == "civilian" for q in an.quantities) or CIVILIAN_DEAD.search(s.text)):
            # "a helicopter fired on the town; one resident was wounded": the residents were hit, not the
            # force the entry named before
            claim.actor2 = coding.civilians(ctx.country)
        claims.append(claim)
    return claims


# a clause boundary: "; ", ", and ", ", while ", ", as ", ", but " (a toll's clause ends or starts there)
CLAUSE_BREAK = re.compile(r";\s|,\s+(?:and|while|as|but|whereas|after|before)\s|\.\s")


def _toll_places(text: str, base: int, fat_q, targets: list) -> list | None:
    """The targets named in the clause of the toll's count, when that clause names some of them and not all
    ("... pressed its offensive on Marib, and heavy fighting in Sirwah killed 26"); None otherwise."""
    if fat_q is None or any(t is None or t.end is None or t.end <= t.start for t in targets):
        return None
    q = fat_q.start - base
    starts = [m.end() for m in CLAUSE_BREAK.finditer(text) if m.end() <= q]
    ends = [m.start() for m in CLAUSE_BREAK.finditer(text) if m.start() >= q]
    a, b = (starts[-1] if starts else 0), (ends[0] if ends else len(text))
    inside = [t for t in targets if a <= t.start - base < b]
    return inside if inside and len(inside) < len(targets) else None


def _unrecalled_places(text: str, base: int, fat_q, targets: list) -> list | None:
    """The targets outside a clause that recalls an earlier act ("Six officers were killed in an ambush in Semporna,
    a day after two commandos died in a shootout at Tanduo"), when the toll's count is outside it too: the toll is
    theirs alone, the recalled place's dead are its own (told in its clause); None when no target is recalled."""
    if fat_q is None or any(t is None or t.end is None or t.end <= t.start for t in targets):
        return None
    spans = [(m.start(), m.end()) for m in SUBORDINATE.finditer(text)]
    if not spans or any(a <= fat_q.start - base < b for a, b in spans):
        return None
    outside = [t for t in targets if not any(a <= t.start - base < b for a, b in spans)]
    return outside if outside and len(outside) < len(targets) else None


def _place_days(text: str, base: int, dates: list, targets: list, day: tuple) -> list:
    """The day of each place a sentence tells an event at: the frame's, unless the place's own clause states
    another ("pressed its offensive on Marib over the weekend, and heavy fighting in Sirwah on Sunday killed 26":
    Sirwah's fighting is Sunday's)."""
    out = [day] * len(targets)
    if len(targets) < 2 or any(t is None or t.end is None or t.end <= t.start for t in targets):
        return out
    breaks = list(CLAUSE_BREAK.finditer(text))
    for n, t in enumerate(targets):
        at = t.start - base
        a = max((m.end() for m in breaks if m.end() <= at), default=0)
        b = min((m.start() for m in breaks if m.start() >= at), default=len(text))
        own = [d for d in dates if a <= d.start - base < b]
        if len(own) == 1 and own[0].precision == 1 and NIGHT_BEFORE.match(text, own[0].end - base):
            continue  # "A and B woke on Monday ... after a night of rioting": the frame's day (the night before)
        if len(own) == 1 and (own[0].value, min(own[0].precision, 3)) != day:
            out[n] = (own[0].value, min(own[0].precision, 3))
    return out


# "in the capital", "on the southern edges of the capital", "in parts of the capital"
CAPITAL = re.compile(r"(?:\b(?i:in|on|at|near|outside|across|around|through)\s+"
                     r"(?i:(?:the\s+)?(?:several\s+|many\s+|some\s+|most\s+)?(?:[a-z]+ern\s+|outer\s+|poorer\s+|other\s+)?(?:edges?|outskirts|suburbs?|fringes?|"
                     r"parts?|districts?|neighbou?rhoods?|streets|exits?|entrances?|gates?|approaches)\s+of\s+)?(?i:the\s+)?"
                     r"(?:(?P<country>[A-Z]\w+(?:\s[A-Z]\w+){0,2})[’']s\s+|(?P<adjective>[A-Z]\w+)\s+(?=(?i:capital)\b))?"
                     r"|\b(?P<subject>[A-Z]\w+(?:\s[A-Z]\w+){0,2})[’']s\s+)(?i:capital)\b(?!\s+(?:city\s+)?of\b)")


HURT_AFTER = re.compile(r"(?:\s+(?:and|or)(?:\s+[\w-]+){1,3}?)?\s+(?:were|was|had been|have been|has been)\s+"
                        r"(?:\w+ly\s+)?(?:wounded|injured|hurt|killed|shot|abducted|kidnapped|taken hostage)\b",
                        re.IGNORECASE)


def _named_as_hurt(an: Analysis, actor: ActorRef) -> bool:
    """'Several police officers and staff were wounded': a force named only as the hurt did not act; an
    earlier sentence with no actor should not borrow it as the attacker."""
    if actor.end is None:
        return False
    return bool(HURT_AFTER.match(an.sentence.text, actor.end - an.sentence.start))


OWN_DEED = re.compile(r"^\s*(?:that\s+)?(?:it|they|its|their|we|our)\b", re.IGNORECASE)


def _only_speaker(an: Analysis, actor: ActorRef) -> bool:
    """'..., police said': a force that only tells of what others did is the source, not a party to it (unless it
    tells of its own deed: 'the army said its troops ...')."""
    if actor.start is None or actor.end is None:
        return False
    for att in an.attributions:
        if att.start <= actor.start and actor.end <= att.end:
            return not OWN_DEED.match(an.sentence.text[att.cue_end - an.sentence.start:]) \
                if att.cue_end is not None else True
    return False


def _named_as_affiliation(an: Analysis, actor: ActorRef) -> bool:
    """'One of the dead was a member of the VDP': a group named only as someone's affiliation did not act."""
    if actor.start is None:
        return False
    before = an.sentence.text[: actor.start - an.sentence.start]
    if before.endswith("("):  # "the Volunteers for the Defence of the Homeland (VDP)": the name's acronym
        named = [a for a in an.actors if a is not actor and a.name == actor.name and a.end is not None
                 and 0 <= actor.start - a.end <= 3]
        return bool(named) and _named_as_affiliation(an, named[0])
    return bool(DESCRIPTIVE.search(before))


# "against rebels in the north", "on the front line", "in several towns": the sentence puts the event
# somewhere it does not name, so not in the dateline's town
UNNAMED_ELSEWHERE = re.compile(
    r"\b(?:in|across|to|into|towards?|throughout)\s+the\s+(?:far\s+|country's\s+|country’s\s+)?(?:north|south|east|west|"
    r"interior|provinces|countryside|hinterland|border\s+areas?|bush)(?:[\w-]*)\b(?!\s+of\s+the\s+(?:city|town|capital))|"
    r"\bfront\s*-?\s*lines?\b|\b(?:in|across)\s+(?:several|other|many|various|some)\s+(?:towns|cities|provinces|regions|"
    r"villages|districts|parts)\b", re.IGNORECASE)
# "a village in Oudalan province", "in the town of X": a place the sentence names (known to the gazetteer or
# not), so not one carried from an earlier sentence
NAMED_AREA = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:village|town|city|district|province|"
                        r"region|county|state|department)\s+of\s+[A-Z]|\b(?:in|at|near)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+"
                        r"(?:province|region|district|county|state|department|territory|governorate|prefecture)\b")
# the words before a province that only holds a smaller area the sentence names first ("in the Kachhi district
# of", "near the village, in")
WITHIN_PROVINCE = re.compile(r"(?:\b(?:district|county|municipality|division|tehsil|sub-?district|department|"
                             r"prefecture|governorate|commune|area|region|valley|pass)\s+of|,)\s+(?:the\s+)?$",
                             re.IGNORECASE)
DATELINE_LINE = re.compile(r"^(?P<town>[A-Z][A-Z .'-]{2,40})(?:/[A-Z][A-Z/ .'-]*)?,\s+(?:[A-Z][\w .'-]{1,40},\s+)?"
                           r"\w{3,9}\.?\s+\d{1,2}\b", re.MULTILINE)


# the nouns a named site is called by ("the Bosphorus Bridge", "the Ghwayran prison", "Garissa University College")
FACILITY_NOUNS = (r"Bridge|Square|Airport|Stadium|Avenue|Boulevard|Street|Road|Palace|Mosque|Cathedral|Church|Market|"
                  r"Prison|Jail|Barracks|University|College|School|Hospital|Park|Camp|Mall|Hotel|Refinery")
# "the Bosphorus Bridge in Istanbul", "Rustaveli Avenue in Tbilisi", "the Ghwayran prison in the north-eastern city
# of Hasakah": a named landmark and the town it is in
# (also "the Oberoi hotel at Nariman Point", "the Dusit hotel and office complex on Riverside Drive in Nairobi's
# Westlands area": a site "at" a locality, what more the site is and its street before the place, and the
# locality named as a city's own area)
LANDMARK_IN = re.compile(
    rf"\b((?:[A-Z][\w’'-]+\s+){{1,3}}(?:[a-z]+\s+)?(?i:{FACILITY_NOUNS}))(?:\s+and\s+(?:[a-z]+\s+){{1,2}}?[a-z]+)?"
    r"(?:\s+on\s+(?:[A-Z][\w’'-]+\s+){1,3}?(?:Drive|Road|Street|Avenue|Boulevard|Highway))?"
    r"\s+(?:in|of|at)\s+(?:the\s+)?(?:(?:central|downtown|"
    r"(?:north|south|east|west)[\w-]*|the\s+centre\s+of)\s+)?(?:(?:city|town|village)\s+of\s+)?(?:[A-Z][\w-]+[’']s\s+)?"
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
# "Garissa University College", "the Kakuma camp", "Hasakah prison": a site named after the town it is in
TOWN_FACILITY = re.compile(rf"(?<![\w’'-])(?!(?i:{FACILITY_NOUNS})\b)([A-Z][\w’'-]+(?:\s+(?!(?i:{FACILITY_NOUNS})\b)[A-Z][\w’'-]+)?)"
                           rf"\s+((?i:{FACILITY_NOUNS}))\b")
# "the prison's outer wall", "stormed the university": a site named by its kind alone, the one the report named
DEFINITE_FACILITY = re.compile(rf"\b(?i:the)\s+(?:[a-z-]+\s+)?({FACILITY_NOUNS.lower()})(?:[’']s)?\b(?!\s+of\b)")


@dataclass
class Landmark:
    """A site the report names and the town it lies in."""

    town: PlaceMention
    kind: str  # the facility noun, lower case ("prison", "university")


def _report_landmarks(text: str, focus: list[str], tokens: list | None = None,
                      raw: list | None = None) -> dict[str, Landmark]:
    """Named landmarks the report puts in a town, by name, for the sentences that name the landmark alone:
    "the Bosphorus Bridge in Istanbul"; or that are named after a town the report also names as a place
    ("Garissa University College" in a report that tells of a curfew in Garissa). `tokens`: the report's
    `geo_tokenize(text)` and `raw` their `raw_spans(tokens, gazetteer, fuzzy=False)`, when already worked out."""
    out: dict[str, Landmark] = {}

    def town_of(name: str, features=("city", "town", "village")) -> PlaceMention | None:
        found = [p for p in geo.find_places(f"in {name}", focus=focus or None)
                 if p.place is not None and p.text == name and p.place.feature in features]
        return PlaceMention(start=0, end=0, text=found[0].text, place=found[0].place, precision=1) if found else None

    for m in LANDMARK_IN.finditer(text):
        name = m.group(1).strip()
        if name.split()[0] in ("The", "A", "An", "In", "At", "On") or name in out:
            continue
        # "the Westgate shopping mall in Westlands": a site the report puts in a city's neighbourhood is there
        town = town_of(m.group(2), ("city", "town", "village", "neighbourhood", "district"))
        if town is not None:
            out[name] = Landmark(town, name.split()[-1].lower())
    candidates = [m for m in TOWN_FACILITY.finditer(text)
                  if m.group(1).split()[0] not in ("The", "A", "An", "In", "At", "On")]
    if candidates:
        found = geo.find_places(text, focus=focus or None) if tokens is None else \
            places_in_tokens(text, tokens, focus=focus or None, raw=raw)
        named = {p.place.id for p in found if p.place is not None and p.place.feature in ("city", "town", "village")}
        for m in candidates:
            name = m.group(0)
            if name in out or any(name in k for k in out):
                continue
            town = town_of(m.group(1))
            if town is not None and town.place.id in named and (not focus or town.place.iso2 in focus):
                out[name] = Landmark(town, m.group(2).lower())
    return out


def _landmark_town(text: str, landmarks: dict[str, Landmark], placed: bool = False) -> PlaceMention | None:
    """The town of a landmark the sentence names ("stormed Garissa University College"), or of the one site of
    its kind the report names when the sentence names it by its kind alone ("the prison's outer wall").
    `placed`: the sentence places the event in an area only ("... College in north-eastern Kenya"), so a site
    followed by "in" is still the more precise place."""
    for name, mark in landmarks.items():
        at = text.lower().find(name.lower())
        if at >= 0 and (placed or not text[at + len(name):].lstrip().startswith(("in ", "of "))):
            return mark.town
    for m in DEFINITE_FACILITY.finditer(text):
        towns = {mark.town.place.id: mark.town for mark in landmarks.values() if mark.kind == m.group(1).lower()}
        # "the Nairobi hotel attack" and "the Dusit hotel in Nairobi's Westlands area": one hotel, in the
        # neighbourhood, when the other town named is only the city around it
        towns = {k: t for k, t in towns.items() if not any(o.place.parent == k for o in towns.values())}
        if len(towns) == 1:
            return next(iter(towns.values()))
    return None


# "NAIROBI - The number ...", "GOMA, Congo, June 13 (Reuters) -": a story's opening town, in capitals, before a
# dash or a date (the first line of a paragraph)
DATELINE_OPENING = re.compile(r"^(?P<town>[A-Z][A-Z .'-]{2,40}?)(?:/[A-Z][A-Z/ .'-]*)?(?:,\s+[A-Z][\w .'-]{1,40})?"
                              r"(?:,\s+\w{3,9}\.?\s+\d{1,2})?\s*(?:\([\w .]+\)\s*)?[-—–]\s", re.MULTILINE)


class _Dateline:
    """A report's dateline, read once for `_dateline_focus` and `_dateline_place`: the first line that names a
    town in capitals and a day (`DATELINE_LINE`), and the city or town each name it or an opening names is,
    looked up once for each focus (the focus orders the gazetteer's readings of an ambiguous name)."""

    __slots__ = ("line", "_towns")

    def __init__(self, text: str):
        self.line = DATELINE_LINE.search(text)
        self._towns: dict[tuple[str, tuple[str, ...]], Place | None] = {}

    def town(self, m: re.Match, focus: list[str]) -> tuple[str, Place | None]:
        """The name match `m`'s town group gives (title-cased) and the city or town the gazetteer reads it as
        with `focus` (None when its first reading is no city or town, or it has none)."""
        name = m.group("town").strip().title()
        key = (name, tuple(focus))
        if key not in self._towns:
            found = [p for p in geo.find_places(f"in {name}", focus=focus) if p.place is not None and p.text == name]
            self._towns[key] = found[0].place if found and found[0].place.feature in ("city", "town") else None
        return name, self._towns[key]


def _dateline_focus(text: str, focus: list[str], dateline: _Dateline | None = None) -> list[str]:
    """The report's countries with the dateline's first when the story is about events there: "NAIROBI - The
    number of people killed in the attack on the Westgate shopping mall in Westlands rose to 59" tells of Kenya
    although it names Somalia, where the attackers came from, as often. The dateline's country must already
    be one the report names prominently, and its opening paragraph must place something in that country (not
    only the dateline) and nothing in the leading one: a wire story filed from a regional hub ("BEIRUT - Jets
    struck Idlib", "NAIROBI - Al Shabaab attacked a base in southern Somalia") stays about the country where
    its events happen."""
    if len(focus) < 2:
        return focus
    dateline = dateline or _Dateline(text)
    m = DATELINE_OPENING.search(text) or dateline.line
    if m is None:
        return focus
    _, town = dateline.town(m, focus)
    if town is None or town.iso2 not in focus[1:]:
        return focus
    home = town.iso2
    line_end = text.find("\n", m.end())
    opening = text[m.end(): line_end if line_end >= 0 else len(text)]
    placed = [p.place for p in geo.find_places(opening, focus=focus) if p.place is not None]
    if any(p.iso2 == focus[0] for p in placed) or not any(
            p.iso2 == home and p.id != town.id and p.feature != "country" for p in placed):
        return focus
    return [home] + [c for c in focus if c != home]


def _dateline_place(dateline: _Dateline, focus: list[str]) -> PlaceMention | None:
    """The town a wire story's dateline names ("BOGOTA, Jan 21 (Reuters) -", "GOMA, Democratic Republic of
    Congo, June 13 -"), when it lies in the report's main country; None otherwise."""
    if dateline.line is None or not focus:
        return None
    name, town = dateline.town(dateline.line, focus)
    if town is None or town.iso2 != focus[0]:
        return None
    return PlaceMention(start=0, end=0, text=name, place=town, precision=1)


# "the city", "the capital", "the town" told of the report's own place: "since the city was besieged", "above the city"
THE_CITY = re.compile(r"\b(?:the|this|our)\s+(?:city|town|capital)(?:[’']s)?\b(?!\s+(?:of|hall|council)\b)")
STAFF_BYLINE = re.compile(r"^\s*By\s+(?:our|the)\s+(?:city|local|metro|home)\s+(?:staff|desk|reporters?|correspondents?)\b",
                          re.IGNORECASE | re.MULTILINE)


def _story_city(text: str, focus: list[str]) -> PlaceMention | None:
    """A city paper's story with no dateline ("By our city staff") tells of its own city, which it names only in
    passing ("the shelling of Sarajevo") and otherwise calls "the city": that city stands in for a dateline, the
    place of what nothing else in the report places. Only when the report names one town of its country, and
    calls it "the city" or "the town"."""
    if not focus or not STAFF_BYLINE.search(text) or not THE_CITY.search(text):
        return None
    towns = {p.place.id: p for p in geo.find_places(text, focus=focus) if p.place is not None
             and p.place.feature in ("city", "town") and p.place.iso2 == focus[0]}
    if len(towns) != 1:
        return None
    m = next(iter(towns.values()))
    return PlaceMention(start=0, end=0, text=m.text, place=m.place, precision=1)


def _capital(an: Analysis, ctx: EntryContext) -> list[PlaceMention]:
    """'Police in Myanmar's capital fired ...', 'near a roundabout in the capital': the country's capital
    (not a provincial or regional capital); the report's country when none is named."""
    from ..geo.link import capital_of
    from ..knowledge.countries import country as find_country

    text = an.sentence.text
    for m in CAPITAL.finditer(text):
        if re.search(r"\b(?:provincial|regional|state|district|county|departmental)\s+$", text[: m.end()][:-7]):
            continue
        # "Myanmar's capital", "the Bahraini capital": the named country's; a people's adjective that is no
        # country's ("the Kurdish capital", "the Chechen capital") names no national capital
        named = (m.group("country") or m.group("subject") or m.group("adjective") or "").replace("’s", "").replace(
            "'s", "").strip()
        found = find_country(named) if named else None
        if named and found is None:
            continue
        iso2 = found.iso2 if found else (ctx.focus[0] if ctx.focus else None)
        place = geo.place_by_id(capital_of(iso2)) if iso2 and capital_of(iso2) else None
        if place is not None:
            start = an.sentence.start + m.start()
            return [PlaceMention(start=start, end=an.sentence.start + m.end(), text=m.group(0), place=place,
                                 precision=1)]
    for m in NATIONAL_SEAT.finditer(text):
        # "a mob forced its way into the US Capitol", "marchers broke into the parliament building": the seat of
        # a state's government is in its capital (a state's, region's or province's own is not)
        if re.search(r"\b(?:state|states|regional|provincial|local|county|city|municipal|Kurdistan|federal\s+state)\s+$",
                     text[max(0, m.start() - 25): m.start()], re.IGNORECASE):
            continue
        named = (m.group("country") or "").replace("’s", "").replace("'s", "").strip()
        found = find_country(named) if named else None
        if named and found is None:
            continue
        iso2 = found.iso2 if found else (ctx.focus[0] if ctx.focus else None)
        place = geo.place_by_id(capital_of(iso2)) if iso2 and capital_of(iso2) else None
        if place is not None:
            return [PlaceMention(start=an.sentence.start + m.start(), end=an.sentence.start + m.end(), text=m.group(0),
                                 place=place, precision=1)]
    return []


# "the US Capitol", "Kenya's parliament building", "the presidential palace": where a state's government sits
NATIONAL_SEAT = re.compile(r"\b(?i:the\s+)(?:(?P<country>U\.?S\.?|[A-Z]\w+(?:[’']s)?)\s+)?(?:Capitol\b(?!\s+(?:Hill\s+)?"
                           r"(?:building\s+)?in\b)|(?i:(?:national\s+)?parliament(?:\s+building)?|presidential\s+palace|"
                           r"national\s+assembly(?:\s+building)?)\b(?!\s+(?:in|of)\b))")


# "the city's prison", "in the town": a definite place noun with no name refers to the place just told
SAME_PLACE = re.compile(r"\b(?:the|that)\s+(?:city|town|village)(?:[’']s)?\b(?!\s+of\b)", re.IGNORECASE)
STATE_KEY = re.compile(r"^(?:state_forces|air_force|police|government):([A-Z]{3})$")


@lru_cache(maxsize=256)
def _names_country_in(text: str, name: str) -> bool:
    """Whether the text names the country, its people or one of its places' adjectives ("Gaza" is not
    enough, "Palestinian" is)."""
    from ..knowledge.countries import country

    found = country(name)
    forms = [f for f in ((found.name, *found.aliases, *found.adjectives) if found else (name,)) if len(f) > 1]
    return any(re.search(r"(?<![\w-])" + re.escape(f) + r"(?![\w-])", text) for f in forms)


@lru_cache(maxsize=256)
def _names_country_of(text: str, iso2: str) -> bool:
    """Whether the text names the country of code `iso2`, its people or an adjective of it; True when sitroom
    does not know the country's names (no evidence against it)."""
    from ..knowledge.countries import country

    found = country(iso2)
    return found is None or _names_country_in(text, found.name)


def _names_state_of(text: str, actor: ActorRef) -> bool:
    """The text names the country whose forces `actor` is, by name or adjective ("an Israeli strike")."""
    hit = STATE_KEY.match(actor.key or "")
    if hit is None:
        return False
    from ..knowledge.countries import country

    owner = country(hit.group(1))
    return owner is not None and bool(_state_words(owner.name).search(text))


@lru_cache(maxsize=None)
def _state_words(name: str) -> re.Pattern:
    from ..knowledge.countries import country

    owner = country(name)
    forms = [f for f in (owner.name, *owner.adjectives, *owner.aliases) if f]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


def _sided(actor: ActorRef | None, location, report_country: str | None, report_text: str = "") -> ActorRef | None:
    """A state's forces are the government side in their own country and external forces abroad, whatever
    country the report is mostly about (a report on Israel that tells of air strikes in Gaza). A report
    that never names the country a place was read in gives no ground to call its forces foreign there."""
    if actor is None or not actor.key or location.geo_precision >= 3 or location.name == location.country:
        return actor  # a country or region named alone is too vague to move a force abroad
    hit = STATE_KEY.match(actor.key)
    if hit is None:
        return actor
    from ..knowledge.countries import country

    owner = country(hit.group(1))
    here = (country(location.iso) if location.iso else None) or country(location.country)
    if owner is None or here is None or here.name == report_country:
        return actor
    if owner.name == here.name and actor.side != "government":
        return replace(actor, side="government", inter=1)
    if owner.name != here.name and actor.side == "government":
        if report_text and not _names_country_in(report_text, here.name):
            return actor  # a place read as lying in a country the report never names is a misread place
        return replace(actor, side="external", inter=8)
    return actor


WHO_UNKNOWN = re.compile(r"\b(?:it\s+(?:is|was)\s+(?:not|still\s+not)\s+(?:yet\s+)?(?:known|clear)|(?:nobody|no\s+one)\s+"
                         r"(?:knows|knew))\s+who\s+(?:was\s+behind|carried|took|seized|abducted|kidnapped|attacked|"
                         r"fired|planted|killed|shot)\b", re.IGNORECASE)
CLAIMED_AFTER = re.compile(r"^(?:\s*\([^)]{1,20}\))?\s+(?:has\s+|had\s+|have\s+)?(?:(?:later|quickly|since)\s+)?"
                           r"(?:claimed\s+(?:responsibility|the\s+attack|the\s+bombing|the\s+killings?)|"
                           r"said\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?carried\s+out\b)", re.IGNORECASE)
TARGET_NOUN_AFTER = re.compile(r"^\s+(?:military\s+|air\s+defen[cs]e\s+|radar\s+|missile\s+|drone\s+|naval\s+|weapons?\s+)?"
                               r"(?:targets?|positions?|sites?|bases?|radars?|depots?|strongholds?|hideouts?|"
                               r"launch(?:ers|\s+sites?|\s+pads?))\b", re.IGNORECASE)
BLAMED = re.compile(r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing))\s+(?:\w+\s+)?(?:the\s+)?$",
                    re.IGNORECASE)
DISOWNED = re.compile(r"\b(?:had|has|have)\s+nothing\s+to\s+do\s+with\b|\bden(?:ied|ies|ying)\s+(?:any\s+|all\s+)?"
                      r"(?:involvement|responsibility|any\s+role|a\s+role|being\s+behind|carrying\s+out)\b|"
                      r"\b(?:was|were|is|are)\s+not\s+(?:behind|responsible\s+for|involved)\b|"
                      r"\bden(?:ied|ies|ying)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}(?:was|were|had\s+been|are|is)\s+"
                      r"(?:\w+\s+)?(?:involved|responsible|behind)\b|"
                      # "separatist groups fought here for decades, but none has said it was behind the attacks":
                      # the groups a report names say nothing of this one
                      r"\b(?:none|no\s+(?:group|organi[sz]ation|faction))\s+(?:of\s+(?:them|these|those)\s+)?"
                      r"(?:has|have|had)\s+(?:yet\s+)?(?:said|admitted|acknowledged)\s+(?:that\s+)?(?:it|they)\s+"
                      r"(?:was|were|had\s+been)\s+(?:behind|responsible)\b", re.IGNORECASE)
# the heads of state and of government: a sitting one seized or detained is the government, in ACLED's coding
HEAD_TITLE = re.compile(r"(?<!former )(?<!ex-)(?<!Former )\b(?:President|Prime Minister|Vice[- ]President)\s+"
                        r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")


def _arrested(an: Analysis, report: Report, ctx: EntryContext, on: date) -> ActorRef:
    """Whom an arrest with no named group took: the government when it is the sitting head of state or
    government the report titles ("President Alpha Conde" ... "detained Conde"), else civilians (ACLED
    codes people detained as civilians, their party or movement as an associate)."""
    text = an.sentence.text
    names = [m.group(1).split()[-1] for m in HEAD_TITLE.finditer(report.text)]
    forms = [re.escape(n) for n in names if len(n) > 2] + [r"the\s+(?:country's\s+)?(?:president|prime\s+minister|head\s+of\s+state)"]
    for form in forms:
        for m in re.finditer(r"(?<![\w-])(?:" + form + r")(?![\w-])(?!['’]s\b)", text):
            if not (TAKEN_BEFORE.search(text[max(0, m.start() - 60): m.start()]) or TAKEN_AFTER.match(text[m.end():])):
                continue  # named, but not as the one taken ("supporters of President X were detained")
            if ctx.country:
                found = actor_kb.find_actors("the government", country=ctx.country, on=on)
                ref = found[0] if found else actor_kb.actor_by_name(f"Government of {ctx.country}")
                if ref is not None:
                    return ActorRef(name=ref.name, mention=m.group(0), inter=1, side="government", key=ref.key)
    return coding.civilians(ctx.country)


# "26 people accused of looting", "detained for taking part in the protests": what the arrested did names them
ARRESTED_FOR = re.compile(r"^\s+(?:who\s+(?:were|are|had\s+been)\s+)?(?:(?:accused|suspected)\s+of|for|over|on\s+suspicion\s+of)\s+"
                          r"(?:(?P<riot>looting|rioting|vandalism|arson|setting\s+fire|burning|attacking\s+(?:the\s+)?police)|"
                          r"(?P<protest>(?:taking\s+part\s+in|joining|organi[sz]ing|leading)\s+(?:the\s+|a\s+)?"
                          r"(?:protests?|demonstrations?|rall(?:y|ies)|marches?)))", re.IGNORECASE)


def _arrested_for(an: Analysis, actor: ActorRef, country: str | None) -> ActorRef:
    """People detained 'accused of looting' are rioters, 'for taking part in the protests' protesters (ACLED
    names the arrested by the activity they are held for)."""
    if actor.end is None:
        return actor
    m = ARRESTED_FOR.match(an.sentence.text[actor.end - an.sentence.start:])
    if m is None:
        return actor
    word, inter = ("Rioters", 5) if m.group("riot") else ("Protesters", 6)
    return ActorRef(name=f"{word} ({country})" if country else word, mention=actor.mention, inter=inter,
                    side="protesters", start=actor.start, end=actor.end)


TAKEN_BEFORE = re.compile(r"\b(?:detain(?:ed|ing)|arrest(?:ed|ing)|seiz(?:ed|ing)|captur(?:ed|ing)|held|holding|"
                          r"took|taking|abduct(?:ed|ing)|kidnapp(?:ed|ing))\s+(?:(?:the\s+)?(?:country's\s+)?"
                          r"(?:president|prime\s+minister|head\s+of\s+state)\s*,?\s*)?(?:[A-Z][\w'’-]+\s+){0,2}$")
TAKEN_AFTER = re.compile(r"^(?:,[^,]{1,60},)?\s+(?:was|had\s+been|has\s+been|is\s+being|is)\s+(?:\w+\s+)?"
                         r"(?:detained|arrested|seized|captured|held|taken|abducted|kidnapped)\b", re.IGNORECASE)


def _head_seized(actor1: ActorRef | None, actor2: ActorRef | None, country: str | None, on: date) -> ActorRef | None:
    """ACLED's mutiny convention: the state's own forces that seize its sitting head of state are a mutiny."""
    if actor1 is None or actor2 is None or not actor2.name.startswith("Government of") \
            or not actor1.name.startswith("Military Forces of") or actor1.inter != 1:
        return actor1
    return _mutiny_ref(actor1, country, on) or actor1


UNKNOWN_WORDS = re.compile(r"\b(?:unidentified|unknown|masked|suspected|unclaimed)\b", re.IGNORECASE)


INSURGENT_WORDS = re.compile(r"^(?:the\s+)?(?:insurgents?|militants?|jihadists?|extremists?|fighters)$", re.IGNORECASE)


def _insurgents(actor: ActorRef) -> bool:
    """'insurgents', 'militants': the generic rebel words that name no movement (unlike 'rebels', which in
    a civil war names the armed opposition as a whole)."""
    return (actor.key or "").startswith("rebels:") and bool(INSURGENT_WORDS.match(actor.mention or ""))


def _other_side(ctx: EntryContext, actor: ActorRef, report_text: str) -> ActorRef | None:
    """The first armed actor the entry or report names that is neither `actor` under another word nor its ally."""
    for a in ctx.armed_actors() + list(ctx.report_actors):
        if a.name.startswith("Government of") or a.inter in (5, 6):
            continue  # (a crowd is no armed side)
        named = _named_perpetrator(a, ctx, report_text)
        if named.name != actor.name and not allied(named.side, actor.side) and named.side != "unknown":
            return ActorRef(name=named.name, mention=a.mention, inter=named.inter, side=named.side, key=named.key)
    return None


def _still_active(a: ActorRef, day: date) -> bool:
    """A group that had ceased to exist by the report's day ("the Tamil Tigers", defeated in 2009, in a 2019
    report's history) is no candidate for the unnamed attackers of its news."""
    try:
        ended = actor_kb.group_info(a.key).get("valid_to") if a.key else None
    except KeyError:
        return True
    return ended is None or day <= ended + timedelta(days=365)


# "Police said the captured gunman had told interrogators that he belonged to X": one of the attackers names his
# group; its denial makes the attribution contested, it does not unname the perpetrator (as ACLED codes an attack a
# captured attacker owns, with the denial in its notes), unlike officials' blame alone that the group denies
CONFESSED = re.compile(r"\b(?:captured|arrested|detained|surviving|wounded|lone)\s+(?:gunman|attacker|militant|bomber|"
                       r"assailant|fighter|suspect)\b[^.;]{0,80}?\b(?:belong(?:ed|s)?\s+to|(?:was|is|were)\s+(?:an?\s+)?"
                       r"(?:members?|fighters?|militants?)\s+of|(?:was|were|is)\s+(?:sent|trained)\s+by)\s+(?:the\s+)?"
                       r"(?P<group>[^.;,]{2,60})", re.IGNORECASE)


def _owned_by_attacker(group: ActorRef, report_text: str) -> bool:
    # (a registry name may carry its acronym, "LeT: Lashkar-e-Taiba", and a country: "Islamic State (Egypt)")
    names = {n.strip().lower() for n in re.sub(r"\s*\(.*?\)", "", group.name).split(":") if len(n.strip()) > 1}
    if group.mention:
        names.add(group.mention.strip().lower())
    return any(m.group("group").lower().startswith(n) for m in CONFESSED.finditer(report_text) for n in names)


def _named_perpetrator(actor: ActorRef | None, ctx: EntryContext, report_text: str = "") -> ActorRef | None:
    """'Gunmen', 'the militants' in a report that names one armed group ("the Islamic State", "officials
    blamed Boko Haram") are that group; with no group or several named they stay unidentified, and so they
    do when the group denies having a hand in it (a disputed claim names no perpetrator).

    The report-wide rule; the sentence-level one, `coding._named_for_generic` ("the attackers" as the one
    group the sentence names off the other side's camp), runs first as the sentence's actors are assigned,
    and differs on purpose (see there)."""
    if actor is None or UNKNOWN_WORDS.search(actor.mention) or not (
            actor.name.startswith("Unidentified Armed Group") or _insurgents(actor)):
        return actor
    # (a group only the report's history names, "suspects of al-Qaeda were arrested in 2002", is no candidate:
    # see _in_background_paragraph)
    named = {a.name: a for a in ctx.report_actors if a.inter in (2, 3) and not a.name.startswith("Unidentified")
             and not _insurgents(a) and _still_active(a, ctx.ref_date) and a.name not in ctx.history_only}
    ranked = sorted(named.values(), key=lambda a: -ctx.report_counts.get(a.name, 0))
    # one group, or one a single-country report names at least three times and twice as often as any other (the
    # ELN of a story about an ELN attack that mentions the FARC's dissidents once in its background)
    main = len(ranked) == 1 or (len(ranked) > 1 and ctx.report_counts.get(ranked[0].name, 0) >= 3 and
                                ctx.report_counts.get(ranked[0].name, 0) >= 2 * ctx.report_counts.get(ranked[1].name, 0))
    claimed = [a for a in ranked if a.name in ctx.claimers]
    # (a group the report names three times or claims is told as the doer, not only as active in the area)
    told = bool(claimed) or (bool(ranked) and ctx.report_counts.get(ranked[0].name, 0) >= 3)
    if len(claimed) == 1:
        # (of several groups a report names, the one that says it carried out the attack: ACLED codes a claimed
        # attack to the group that claims it)
        ranked, main = claimed, True
    if not main:
        # several groups named, all of one camp, one of them told as the doer (the Islamic State claims the attack,
        # the government blames a local jihadist group): who did it is disputed, whose side is not; the gunmen stay
        # unidentified on that side. Groups only said once to be active in the area tell no side.
        sides = {a.side for a in ranked}
        if len(sides) == 1 and ranked and ranked[0].side in ("jihadist", "opposition") and told \
                and not DISOWNED.search(report_text):
            return replace(actor, side=ranked[0].side)
        return actor
    group = ranked[0]
    if DISOWNED.search(report_text) and not _owned_by_attacker(group, report_text):
        return actor
    return ActorRef(name=group.name, mention=actor.mention, inter=group.inter, side=group.side, key=group.key,
                    start=actor.start, end=actor.end)


NEGATED_SAYING = re.compile(r"\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:said|say|commented|comment|confirmed|"
                            r"confirm|claimed|claim|give|given|gave|offer|offered|provide|provided)\b|\b(?:declined|refused)\s+to\s+(?:say|comment|confirm)\b|"
                            r"n[’']t\s+(?:yet\s+)?(?:say|said|comment|commented|confirm|confirmed)\b", re.IGNORECASE)
SPECULATED = re.compile(r"\b(?:could|may|might|would|is likely to|are likely to|is expected to|are expected to|"
                        r"is feared to|are feared to)\s+(?:well\s+|still\s+|yet\s+)?(?:be\s+(?:much\s+|far\s+)?"
                        r"(?:higher|high|greater|larger|far higher|in the hundreds|in the thousands)|rise|climb|increase|"
                        r"grow)\b", re.IGNORECASE)


def _anaphoric_claims(report, entry, an, ctx, frame, negated, source) -> list[Claim]:
    """'No personnel were injured in the attack': new facts about the entry's last event."""
    told = ctx.claims or ctx.earlier
    if not told:
        return []
    last = next((c for c in reversed(told) if c.sub_event_type == frame.sub_event_type), told[-1])
    last = _named_incident(an.sentence.text, told) or last
    counts, fatalities, fat_q = coding.counts_for(frame, an, negated)
    # "A pro-Assad website ... has acknowledged the losses": no new figure, but a new voice for the event
    own = source.start is not None and an.sentence.start <= source.start < an.sentence.end
    if own and NEGATED_SAYING.search(source.cue or ""):
        return []  # "Ukraine has not said it was behind the explosion": a speaker who says nothing backs nothing
    if own and frame.polarity == "supports" and any(a.verb == "deny" and a.cue_start == source.start
                                                     for a in an.attributions):
        # "Kiir called the fighting a coup attempt by Machar, which Machar denies": a speaker denying something
        # backs nothing; whether the denial contests the event is the denial rules' business
        return []
    new_voice = own and (last.source is None or source.name != last.source.name)
    if fatalities is None and not counts and not new_voice and frame.polarity == "supports":
        return []
    if fatalities is None and not counts and frame.polarity == "supports" and SPECULATED.search(an.sentence.text):
        # "Rights groups say the number of dead could be high": a guess about a toll gives no figure, and a voice
        # that only guesses does not back the event
        return []
    s = an.sentence
    if fatalities is not None and fatalities.best and fat_q is not None and frame.polarity == "supports" \
            and last.fatalities is not None and last.fatalities.best and last.fatalities.high is not None \
            and "anaphoric" not in last.flags and not REVISED_TOLL.search(s.text) \
            and (source.name == (last.source.name if last.source else None) or source.start is None):
        mine, theirs = _victim_group(fat_q.head), _victim_group(_toll_head_of(last, report))
        if mine and theirs and mine != theirs:
            # "the army said it had killed 300 rebels ... Five soldiers were killed, it said": the dead of each
            # side of one battle add up (ACLED counts all of an event's dead, not split between actors)
            total = last.fatalities.best + fatalities.best
            fatalities = Fatalities(low=total, best=total, high=total)
            last.fatalities = Fatalities(low=total, best=total, high=total)
    claim = Claim.from_dict(last.to_dict())
    claim.id = _claim_id(report.id, s.start, last.sub_event_type, "anaphor", 0, 0)
    claim.fatalities = fatalities
    claim.counts = {**last.counts, **counts}
    claim.source = source
    claim.evidence = [Evidence(report.ref, entry.label, s.start, s.end, s.text, "sentence")]
    if fat_q is not None:
        claim.evidence.append(Evidence(report.ref, entry.label, fat_q.start, fat_q.end, fat_q.text, "fatalities"))
    claim.flags = [f for f in last.flags if not f.startswith("uncorroborated")] + ["anaphoric"]
    if claim.actor2 is None and claim.sub_event_type in coding.PROTEST_TYPES[2:]:
        # "Several people were injured, including police officers": the force the crowd fought, named after it
        force = [a for a in an.actors if a.inter == 1 and not _only_speaker(an, a)]
        if force:
            claim.actor2 = ActorRef(name=force[0].name, mention=force[0].mention, inter=1, side=force[0].side,
                                    key=force[0].key)
    if claim.actor2 is None and frame.polarity == "supports" \
            and SUB_TO_TYPE.get(claim.sub_event_type) == "Explosions/Remote violence" \
            and any(coding._victim_kind(q) == "civilian" and (q.value or 0) > 0 for q in an.quantities) \
            and coding.people_hurt(frame, an) and (not coding._armed_victims(an) or coding.mostly_civilians(an)):
        # "A missile hit a residential block. ... said nine civilians were killed": the strike's toll, told
        # after it, names the civilians it harmed (and so does "15 civilians and five soldiers were among the
        # dead": the bomb mostly killed civilians)
        claim.actor2 = coding.civilians(ctx.country)
    claim.polarity = frame.polarity
    if frame.polarity == "contradicts":
        claim.modality = "denied"
    elif claim.modality == "denied":
        # "..., the coalition said it had not carried out any raids. The United States said after the strike ...":
        # a voice that tells the event after a denial of it tells it; it does not take on the denial
        claim.modality = "asserted"
    return [claim]


# "a revised toll of 68 dead from the market shell", "the dead of the Karrada bombing": the incident a toll names
# by its place or target
NAMED_INCIDENT = re.compile(r"\b(?:in|from|at|of|by)\s+the\s+((?:[\w’'-]+\s+){1,2}?)(?:(?:mortar|car|truck|suicide|"
                            r"rocket|air|drone|artillery)\s+)?(?:shell(?:ing)?|blasts?|bombings?|attacks?|explosions?|"
                            r"strikes?|raids?|massacre|shooting|ambush|rampage)\b", re.IGNORECASE)
INCIDENT_STOP = {"the", "that", "this", "first", "second", "third", "latest", "last", "earlier", "deadly", "deadliest",
                 "same", "previous", "initial", "recent", "day's", "overnight", "twin", "two", "three", "other", "whole",
                 "mortar", "car", "truck", "suicide", "rocket", "air", "drone", "artillery", "morning", "evening", "night",
                 "weekend", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "israeli",
                 "russian", "ukrainian", "us", "american", "army", "government", "rebel", "militant"}


def _named_incident(text: str, told: list[Claim]) -> Claim | None:
    """The incident a toll sentence names by its place or target ("68 dead from the market shell") among those the
    report has told, when it is not simply the last one: a live blog's revised toll can follow a post about
    another incident ("A reminder that yesterday shells struck a queue ..."), and ACLED puts a toll on the event it
    counts. None when the sentence names no incident so, or no told incident's sentence has the word."""
    for m in NAMED_INCIDENT.finditer(text):
        words = [w for w in re.findall(r"[\w’'-]+", m.group(1)) if w.lower() not in INCIDENT_STOP and len(w) > 2]
        if not words:
            continue
        for c in reversed(told):
            said = " ".join(e.text for e in c.evidence if e.field == "sentence")
            if all(re.search(r"\b" + re.escape(w) + r"\b", said, re.IGNORECASE) for w in words):
                return c
        return None
    return None


REVISED_TOLL = re.compile(r"\b(?:toll|figure|tally|count|total|rose|risen|climbed|up from|revised|now says|another|"
                          r"other|more|further|also|including|among)\b", re.IGNORECASE)
STATE_VICTIMS = {"soldier", "troop", "officer", "policeman", "policewoman", "police", "gendarme", "cadet", "sailor",
                 "airman", "marine", "conscript", "serviceman", "guard", "personnel", "recruit"}
NONSTATE_VICTIMS = {"rebel", "militant", "fighter", "insurgent", "jihadist", "gunman", "attacker", "militiaman",
                    "guerrilla", "bomber", "assailant", "terrorist"}
CIVILIAN_VICTIMS = {"civilian", "villager", "resident", "farmer", "child", "children", "woman", "women", "passenger",
                    "worshipper", "student", "trader", "worker", "herder", "shepherd", "pupil"}


def _victim_group(head: str | None) -> str | None:
    """Which side of a fight a counted noun names: state forces, armed non-state fighters or civilians."""
    if not head:
        return None
    w = head.lower().split()[-1]
    w = w if w in ("children", "women", "police", "personnel") else (w[:-1] if w.endswith("s") else w)
    w = "militiaman" if w == "militiamen" else "policeman" if w == "policemen" else w
    for name, group in (("state", STATE_VICTIMS), ("nonstate", NONSTATE_VICTIMS), ("civilian", CIVILIAN_VICTIMS)):
        if w in group:
            return name
    return None


def _toll_head_of(claim: Claim, report: Report) -> str | None:
    """The noun the claim's death figure counts ("300 rebels" -> "rebels"), read again from its sentence."""
    fat = next((e for e in claim.evidence if e.field == "fatalities"), None)
    sent = claim.sentence_evidence()
    if fat is None or sent is None:
        return None
    q = next((q for q in find_quantities(sent.text, sent.start) if q.start == fat.start), None)
    return q.head if q is not None else None


AROUND = re.compile(r"^\s+and\s+(?:its|the\s+surrounding)\s+(?:suburbs|surroundings|outskirts|environs|"
                    r"surrounding\s+(?:area|areas|towns|villages)|areas?)\b", re.IGNORECASE)
AROUND_KM = 25.0


def _around_claims(report, entry, an: Analysis, ctx: EntryContext, made: list[Claim]) -> list[Claim]:
    """'Hamas said it had fired rockets at Tel Aviv and its suburbs': the strikes already told in towns around
    the city that day get this voice too."""
    out: list[Claim] = []
    s = an.sentence
    for claim in made:
        loc = claim.location
        if loc is None or loc.end is None or not AROUND.match(report.text[loc.end:loc.end + 60]):
            continue
        for n, c in enumerate(ctx.claims):
            if c.sub_event_type != claim.sub_event_type or c.event_date != claim.event_date or c.location is None \
                    or c.location.gazetteer_id == loc.gazetteer_id or c.source is None \
                    or c.source.name == claim.source.name or c.polarity != "supports":
                continue
            if coding.distance_km(loc.latitude, loc.longitude, c.location.latitude, c.location.longitude) > AROUND_KM:
                continue
            extra = Claim.from_dict(c.to_dict())
            extra.id = _claim_id(report.id, s.start, c.sub_event_type, "around", n, 0)
            extra.source = claim.source
            extra.fatalities = None
            extra.evidence = [Evidence(report.ref, entry.label, s.start, s.end, s.text, "sentence")]
            extra.flags = [f for f in c.flags if not f.startswith("uncorroborated")] + ["reaction"]
            out.append(extra)
            if not claim.summary:
                # the strikes on the city "and its suburbs" are those told in the towns around it: the city's
                # own claim sums them up (ACLED codes each located strike), unless the city's own strike was told
                claim.summary = not any(o.sub_event_type == claim.sub_event_type and o.event_date == claim.event_date
                                        and o.location is not None and o.location.gazetteer_id == loc.gazetteer_id
                                        for o in ctx.claims)
                if claim.summary:
                    claim.flags.append("summary")
    return out


# what a denial refers back to: "denied it", "rejected the claim", "denied responsibility"
DENIED_BACK = re.compile(r"^(?:it|this|that|these|those|them|the\s+(?:claims?|reports?|accusations?|allegations?|"
                         r"charges?|account)|(?:any\s+)?(?:responsibility|involvement|role)|"
                         # "denied that the base had fallen", "denied its troops had fired": a definite subject
                         # telling the event again
                         r"(?:that\s+)?(?:the|its|their|his|her|our)\s+[a-z-]+(?:\s+[a-z-]+)?\s+"
                         r"(?:had|has|have|was|were|did)\b)", re.IGNORECASE)
# "The army said the fighting was continuing and denied that the base had fallen": a denial joined to a statement
JOINED_DENIAL = re.compile(r"\b(?:and|but)\s+(?:denied|rejected|dismissed)\s+", re.IGNORECASE)
CONFIRMED_BACK = re.compile(r"^(?:it|they|its|his|her|their|the|this|that|these)\b", re.IGNORECASE)
OWN_ACTION = re.compile(r"^(?:it|they|we|(?:its|their|our|his)\s+(?:forces|fighters|troops|units|men|aircraft|jets)|"
                        # "said the group had targeted the airport": the speaking group named by its head noun
                        r"the\s+(?:group|movement|militia|organi[sz]ation|rebels|insurgents|militants))\s+"
                        r"(?:had\s+|has\s+|have\s+)?"
                        # "targeted the airports": a transitive verb with its object; "fired (rockets) at the airports"
                        r"(?:(?:attacked|targeted|struck|hit|shelled|bombed)\s+the\s+(?P<obj>[a-z]+)\b|"
                        # "its fighters had engaged the Israeli force": a fight told by one side
                        r"(?:engaged|clashed|fought|ambushed|repelled|repulsed)\b|"
                        r"(?:fired|attacked|targeted|struck|hit|shelled|bombed|launched\s+\w+)\b"
                        r"(?:\s+(?:\w+\s+){0,4}?(?:at|on|against)\s+the\s+(?P<noun>[a-z]+))?)", re.IGNORECASE)
# "said it had fired at the airports because warplanes used them to bomb Tigray": a clause giving the
# reason or purpose of the act told; a place named there is not where the act happened. "since"/"after" with a
# time ("after midnight") and "to" as a preposition ("up to five rockets", "to the town") start no such clause.
_TIME = (r"(?:midnight|dawn|dusk|dark|noon|nightfall|sunset|sunrise|daybreak|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
         r"(?:the|this|last)\s+(?:morning|afternoon|evening|night|weekend|week|day)|(?i:the\s+\w+\s+of))")
REASON_CLAUSE = re.compile(rf"\b(?:because|(?:since|after)(?!\s+{_TIME})|(?i:in\s+(?:order\s+to|response\s+to|"
                           r"retaliation\s+for|reprisal\s+for|revenge\s+for))|so\s+(?:that|as\s+to)|"
                           r"(?<!\bup\s)(?<!\bclose\s)(?<!\bnext\s)(?<!\bdue\s)(?<!\bback\s)(?<!\bprior\s)"
                           r"(?<!\baccording\s)(?<!\bowing\s)"
                           r"to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|several|dozens|"
                           r"hundreds|thousands|local|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+(?:teen|ty))\b)"
                           r"[a-z]+)\b")
# "Survivors said the attackers went from house to house": a second voice telling again, by a definite
# description, the attack the sentence before told
RESTATED = re.compile(r"^(?:the|these|those)\s+(?:[a-z-]+\s+)?(?:attackers|assailants|gunmen|raiders|militants|killers|"
                      r"bombers?|shooters?|attack|killings|massacre|assault|raid|air ?strikes?|bombing|blast|"
                      r"explosion|shelling|ambush)\b(?!\s+(?:was|were|is|are|had been|has been)\s+(?:not|never)\b)",
                      re.IGNORECASE)
# "Al-Masirah also reported a strike on a site near the capital": another voice for the strike just told
ALSO_TOLD = re.compile(r"^(?:a|an|the\s+same)\s+(?:[a-z-]+\s+){0,2}?(?:strike|air ?strike|attack|blast|explosion|raid|"
                       r"bombing|shelling|clash(?:es)?|ambush)\b", re.IGNORECASE)


def _also_told(report: Report, att) -> bool:
    """'X also reported a strike ...': with "also", an indefinite event after a speaker is the one just told."""
    return bool(re.search(r"\balso\b", report.text[att.cue_start:att.cue_end], re.IGNORECASE)
                and ALSO_TOLD.match(report.text[att.scope_start:att.scope_end].strip()))


# "The Taliban said they had captured it": a party telling again, by a pronoun, the taking just told
TAKEN_BACK = re.compile(r"^(?:it|they|we|its\s+(?:forces|fighters|troops)|their\s+(?:forces|fighters|troops))\s+"
                        r"(?:had\s+|has\s+|have\s+)?(?:captured|seized|taken|took|overran|overrun|entered|stormed|"
                        r"recaptured|retaken|retook)\s+(?:it|the\s+(?:city|town|village|base|district|area|capital))\b|"
                        # "The city has fallen", said a councillor: the place just taken, told fallen by another voice
                        # "confirmed that the base had been lost": lost to the other side, taken by it
                        r"^(?:that\s+)?(?:it|the\s+(?:city|town|village|base|district|area|capital))\s+(?:had|has)\s+"
                        r"(?:now\s+)?(?:fallen|been\s+(?:lost|overrun|captured|seized|taken))\b|"
                        # "State television confirmed the withdrawal": the losing side's pulling out, named by a noun
                        r"^(?:that\s+)?(?:the|its|their)\s+(?:forces['’]\s+|troops['’]\s+|army['’]s\s+)?"
                        r"(?:withdrawal|retreat|pull-?back|pull-?out|fall|loss)\b",
                        re.IGNORECASE)
NOT_CONFIRMED = re.compile(r"\b(?:not|never|cannot|unable|n[’']t|declined|refused)\b", re.IGNORECASE)


# what a denial says did not happen: a place lost ("denied that the city had fallen"), or shooting
DENIED_TAKING = re.compile(r"\b(?:fallen|fell|captured|seized|taken|overrun|overran|lost (?:control|the|its)|stormed|in (?:the )?hands of|"
                           r"under (?:the )?control of)\b", re.IGNORECASE)


def _denied_kinds(content: str):
    """What a denial's words say did not happen, as a test on a told claim; None when they name no act (a
    denial of "it", "the reports", "any involvement")."""
    if DENIED_TAKING.search(content):
        return lambda c: c.sub_event_type in TERRITORY
    types = {t for c in find_cues(content) for t in coding.NEGATED_ACT_TYPES.get(c.role, ())}
    if coding.SHOOTING.search(content):
        # shooting is a clash, an attack or force against a crowd; it takes no place
        types |= {"Battles", "Violence against civilians", "Protests", "Riots"}
    if not types:
        return None
    return lambda c: c.event_type in types and c.sub_event_type not in TERRITORY


def _speaks_for(source: SourceRef, actor: ActorRef | None) -> bool:
    """True when a party source speaks for this actor: the same group, or the same state's organs."""
    if actor is None or not actor.key or not source.party:
        return False
    if actor.key == source.party:
        return True
    a, b = STATE_KEY.match(actor.key), STATE_KEY.match(source.party)
    return bool(a and b and a.group(1) == b.group(1))


def _own_act_told(report: Report, an: Analysis, source: SourceRef, told: list[Claim]) -> Claim | None:
    """The incident a party's 'it had struck ...' tells again: the last act of war told in the same paragraph
    before it that the party's own forces did (or, for a fight, that they fought in), when the party's words
    name no place and no day of their own."""
    s = an.sentence
    if source.kind not in PARTY_SOURCE_KINDS or not source.party:
        return None
    if any(p.place is not None for p in an.places) or any(d.value is not None for d in an.dates):
        return None
    for c in reversed(told):
        ev = c.sentence_evidence()
        if ev is None or ev.end > s.start or "\n\n" in report.text[ev.end:s.start]:
            return None  # only within the paragraph
        if c.polarity != "supports" or c.event_type not in ("Battles", "Explosions/Remote violence") \
                or c.sub_event_type in TERRITORY:
            continue
        if _speaks_for(source, c.actor1) or (c.event_type == "Battles" and (
                _speaks_for(source, c.actor2) or c.actor2 is None)):
            return c
    return None


# what people on the spot hear and see of a fight or a strike: "heavy gunfire", "fighters fired on the troops"
FIGHT_HEARD = re.compile(r"\b(?:gun ?fire|gunshots?|shots|shooting|firing|fired|explosions?|blasts?|fighting|"
                         r"clashes|shelling|detonations?|bombardment)\b", re.IGNORECASE)
FIGHT_NEGATED = re.compile(r"\b(?:no|not|never|without|nor|n[’']t|stopped|ended|ceased|quiet|calm)\b", re.IGNORECASE)
FIGHT_TYPES = ("Battles", "Explosions/Remote violence")
CLOCK_LINE = re.compile(r"(?m)^\s*\d{1,2}[:.h]\d{2}\b")  # "08:45 - ...": a live blog's update of its own


def _witness_claims(report, entry, an: Analysis, ctx: EntryContext, source: SourceRef) -> list[Claim]:
    """'Residents said they had been woken by heavy gunfire and explosions', 'Residents say fighters fired on
    the withdrawing forces': people on the spot telling, with no event words of their own, the shooting or the
    blasts they heard are a voice for the fight or strike the entry told last (README "Data model": witnesses
    and residents are a voice of their own). Only eyewitnesses, only with no other place or day than the
    event's, and only for a battle or a strike told earlier in the same entry."""
    s = an.sentence
    if source.start is None or not s.start <= source.start < s.end or source.kind not in EYEWITNESS_KINDS \
            or not ctx.claims:
        return []
    att = next((a for a in an.attributions if a.cue_start == source.start), None)
    if att is None or att.verb not in ("say", "report", "according to", "verify"):
        return []
    content = report.text[att.scope_start:att.scope_end]
    heard = FIGHT_HEARD.search(content)
    if heard is None or FIGHT_NEGATED.search(content[:heard.start()]):
        return []
    # the fight told last ("the attackers also killed seven civilians" after it tells another kind of event)
    last = next((c for c in reversed(ctx.claims) if c.polarity == "supports" and c.modality == "asserted"
                 and c.event_type in FIGHT_TYPES and not c.summary
                 and any(e.field == "sentence" and e.entry == entry.label and entry.start <= e.start < s.start
                         and not CLOCK_LINE.search(report.text, e.end, s.end) for e in c.evidence)),
                None)  # (told in this entry, under no other time stamp: a live blog's updates tell other moments)
    if last is None or last.source is None or last.source.kind == source.kind:
        return []
    places = [p for p in an.places if p.place is not None and p.place.feature not in ("country", "admin1", "region")]
    if places and (last.location is None or all(p.place.id != last.location.gazetteer_id for p in places)):
        return []  # the shooting heard somewhere else
    if any(d for d in an.dates if getattr(d, "value", None) is not None and d.value != last.event_date):
        return []
    claim = Claim.from_dict(last.to_dict())
    claim.id = _claim_id(report.id, s.start, last.sub_event_type, "witness", 0, 0)
    claim.source = source
    claim.fatalities = None
    claim.counts = {}
    claim.evidence = [Evidence(report.ref, entry.label, s.start, s.end, s.text, "sentence"),
                      Evidence(report.ref, entry.label, att.cue_start, att.cue_end, att.cue, "source")]
    claim.flags = [f for f in last.flags if not f.startswith("uncorroborated")] + ["witness voice"]
    return [claim]


def _reaction_claims(report, entry, an: Analysis, ctx: EntryContext, source: SourceRef) -> list[Claim]:
    """A later sentence in which someone confirms, admits or denies an event already told, with no event
    words of its own: "The TPLF leader confirmed his forces had targeted Asmara airport", "Officials
    denied it". It is a new voice for that event — agreeing with it, or disputing it."""
    s = an.sentence
    if source.start is None or not s.start <= source.start < s.end or not ctx.claims:
        return []
    att = next((a for a in an.attributions if a.verb in ("verify", "acknowledge", "deny")), None)
    own = None
    joined = None
    first = next((a for a in an.attributions if a.cue_start == source.start), None)
    if first is not None and first.verb in ("say", "claim", "announce", "according to") \
            and TAKEN_BACK.match(report.text[first.scope_start:first.scope_end]):
        # "The Taliban said they had captured it, and a council member confirmed ...": the first speaker's words
        # tell the taking again; the second voice is added by _other_voice_claims
        att = first
    if att is None:
        said = next((a for a in an.attributions if a.verb == "say"), None)
        joined = JOINED_DENIAL.search(report.text, said.scope_start, said.scope_end) if said is not None else None
        if joined is not None:
            att = said
    if att is None:
        # "The TPLF said it had fired at the airports": a fighting party telling its own strike
        att = next((a for a in an.attributions if a.verb in ("say", "claim", "announce", "according to", "report")),
                   None)
        own = OWN_ACTION.match(report.text[att.scope_start:att.scope_end]) if att is not None else None
        if own is None and (att is None or not (RESTATED.match(report.text[att.scope_start:att.scope_end])
                                                or TAKEN_BACK.match(report.text[att.scope_start:att.scope_end])
                                                or _also_told(report, att))):
            return []
    if att is None or NOT_CONFIRMED.search(report.text[att.cue_start:att.cue_end]):
        return []
    content = report.text[att.scope_start:att.scope_end]
    denial = att.verb == "deny"
    scope_start = att.scope_start
    if joined is not None:
        content, denial, scope_start = report.text[joined.end():att.scope_end], True, joined.end()
    told_end = att.scope_end
    reason = REASON_CLAUSE.search(report.text, own.end() + att.scope_start if own is not None else scope_start,
                                  att.scope_end)
    if reason is not None:
        told_end = reason.start()
    named = [p for p in an.places if p.place is not None and scope_start <= p.start < told_end]
    told = [c for c in ctx.claims if c.sub_event_type != "Agreement"]
    if named:
        # "confirmed that his forces had targeted Asmara airport": the event told at that place
        ids = {p.place.id for p in named}
        targets = [c for c in told if c.location is not None and c.location.gazetteer_id in ids]
        targets = [c for c in targets if c.location.gazetteer_id not in
                   {t.location.gazetteer_id for t in targets[targets.index(c) + 1:]}]
    elif own is not None:
        # "... at the airports": the latest event told in a sentence that names the airport
        noun = own.group("noun") or own.group("obj")
        word = re.compile(rf"\b{re.escape(noun.lower().rstrip('s'))}s?\b", re.IGNORECASE) if noun else None
        last = next((c for c in reversed(told) if word.search(c.evidence[0].text)), None) if word else None
        if last is None:
            # "An Israeli air strike hit a building. The Israeli military said it had targeted a commander": a
            # party telling its own act, with no place or day of its own, right after the incident its forces
            # are said to have done in the same paragraph, is a voice for it
            last = _own_act_told(report, an, source, told)
        if last is None:
            return []
        targets = [c for c in told if c.evidence[0].start == last.evidence[0].start]
        if not noun or noun.lower().endswith("s") is False:
            targets = [last] if not noun else targets[-1:]
    elif (DENIED_BACK if denial else CONFIRMED_BACK).match(content.strip()) or (not denial and _also_told(report, att)):
        # "Armenian officials denied it": the events of the sentence just before, in the same paragraph
        kinds = _denied_kinds(content) if denial else (
            (lambda c: c.sub_event_type in TERRITORY) if TAKEN_BACK.match(content.strip()) else None)
        if kinds is not None:
            # "denied that the city had fallen", after an air strike near it: a denial that says what act it
            # denies answers the last event of that kind told, wherever it was told
            last = next((c for c in reversed(told) if c.polarity == "supports" and kinds(c)), None)
            if last is None:
                return []
            ev = last.sentence_evidence()
            targets = [c for c in told if kinds(c) and any(e.field == "sentence" and e.start == ev.start
                                                           for e in c.evidence)] if ev is not None else [last]
        else:
            last = told[-1] if told else None
            if last is None:
                return []
            ev = last.sentence_evidence()
            between = report.text[ev.end:s.start] if ev is not None and ev.end <= s.start else "\n\n"
            if "\n\n" in between or re.search(r"[.!?]\s+\S", between):
                return []
            targets = [c for c in told if any(e.field == "sentence" and e.start == ev.start for e in c.evidence)]
    else:
        return []
    out = []
    for n, last in enumerate(targets):
        if last.source is not None and last.source.name == source.name:
            continue  # the same voice again adds nothing
        claim = Claim.from_dict(last.to_dict())
        claim.id = _claim_id(report.id, s.start, last.sub_event_type, "reaction", 0, n)
        claim.source = source
        claim.evidence = [Evidence(report.ref, entry.label, s.start, s.end, s.text, "sentence"),
                          Evidence(report.ref, entry.label, att.cue_start, att.cue_end, att.cue, "source")]
        claim.flags = [f for f in last.flags if not f.startswith("uncorroborated")] + ["reaction"]
        if denial:
            claim.polarity = "contradicts"
            claim.modality = "denied"
            claim.fatalities = None
        out.append(claim)
    return out


STATE_PAIR = re.compile(r"\b(?:between|of)\s+(?:the\s+)?(?P<a>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+and\s+(?:the\s+)?"
                        r"(?P<b>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")


def _state_pair(text: str, country_name: str | None, on: date) -> tuple[ActorRef, ActorRef] | None:
    """'the foreign ministers of A and B agreed', 'a truce between A and B': two states are the parties,
    each its forces, the government side for the report's own state and external for the other."""
    from ..knowledge.countries import country

    for m in STATE_PAIR.finditer(text):
        a, b = country(m.group("a")), country(m.group("b"))
        if a is None or b is None or a.name == b.name:
            continue
        refs = [next(iter(actor_kb.find_actors(f"{c.name}'s forces", country=country_name, on=on)), None)
                for c in (a, b)]
        if all(refs):
            first, second = sorted(refs, key=lambda r: r.side != "government")
            first.start = first.end = second.start = second.end = None
            return first, second
    return None


TRUCE_WORD = re.compile(r"\b(?:ceasefire|cease-fire|truce|armistice|cessation of hostilities)\b", re.IGNORECASE)


def _agreement_parties(an: Analysis, frame, actors: list[ActorRef], source: SourceRef, on: date,
                       country_name: str | None = None):
    """Who agreed or announced: two states named as the parties, an actor before the trigger, else the
    government whose official spoke."""
    base = an.sentence.start
    cue = frame.cues[0]
    pair = _state_pair(an.sentence.text, country_name, on)
    if pair:
        return pair
    before = [a for a in actors if a.end is not None and a.end - base <= cue.start and a.inter in (1, 2, 3, 8)]
    if before:
        return before[0], None
    from ..knowledge.countries import country

    for word in re.findall(r"[A-Z][\w-]+", an.sentence.text[: cue.start]):
        found = country(word)
        if found is not None and found.iso2 not in ("IS",):
            gov = actor_kb.actor_by_name(f"Government of {found.name}")
            name = gov.name if gov else f"Government of {found.name}"
            return ActorRef(name=name, mention=word, inter=1, side="government" if found.name == (
                source.party or "") else (gov.side if gov else "external")), None
    return None


def _confidence(s: Sentence, location, inherited: bool, hedged: bool, source: SourceRef, dated: bool) -> float:
    score = 0.6
    if location is not None and location.geo_precision == 1 and not inherited:
        score += 0.1
    if location is None:
        score -= 0.15
    if inherited:
        score -= 0.05
    if dated:
        score += 0.05
    if hedged:
        score -= 0.1
    if s.caption:
        score -= 0.25
    if source.kind in ("party outlet", "military", "state media"):
        score -= 0.05
    if source.kind in ("un", "monitor", "news agency"):
        score += 0.05
    return round(max(0.05, min(0.95, score)), 2)


def _claim_id(report_id: str, start: int, sub: str, place: str, k: int, n: int) -> str:
    key = f"{report_id}|{start}|{sub}|{place}|{k}|{n}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _mark_uncorroborated(an: Analysis, earlier: list[Analysis], claims: list[Claim], report: Report) -> None:
    """'Nor was there any corroborating evidence of the “8,000 people”' flags the claim it doubts."""
    text = an.sentence.text
    m = UNCORROBORATED.search(text)
    if not m or not claims:
        return
    quoted = QUOTED.search(text[m.start():])
    phrase = quoted.group(1).strip() if quoted else text[m.end():].strip(" .,:;")[:80]
    target = claims[-1]
    holder = next((e.sentence.start for e in reversed(earlier) if phrase and phrase in e.sentence.text), None)
    if holder is not None:
        before = [c for c in claims if min(e.start for e in c.evidence if e.field == "sentence") <= holder]
        if before:
            target = before[-1]
    flag = f"uncorroborated: {phrase}" if phrase else "uncorroborated"
    if flag not in target.flags:
        target.flags.append(flag)
    target.hedged = True
    target.evidence.append(Evidence(report.ref, target.evidence[0].entry, an.sentence.start, an.sentence.end,
                                    text, "doubt"))


# ---------------------------------------------------------------------------------------------- mutinies

# a state force marked as standing by the government: it stays the government's side in a mutiny
LOYAL_UNIT = re.compile(r"\b(?:presidential|republican|palace|royal)\s+guards?\b|\bguards?\b", re.IGNORECASE)
LOYAL_BEFORE = re.compile(r"\b(?:loyal(?:ist)?|pro-government|government)\s+(?:\w+\s+)?$", re.IGNORECASE)
LOYAL_AFTER = re.compile(r"^\s+(?:who\s+(?:remained|stayed)\s+)?loyal\s+to\s+the\s+(?:government|president|regime)",
                         re.IGNORECASE)
# "special forces led by Colonel X seized power": a state force doing a coup is the mutiny's side
SEIZED_POWER = re.compile(r"^(?:[^.;]{0,60}?\s)?(?:seized|took|grabbed)\s+power\b|^(?:[^.;]{0,60}?\s)?"
                          r"(?:staged|launched|carried out|mounted)\s+(?:a|the)\s+(?:military\s+)?(?:coup|putsch)\b|"
                          # ("supporters of the ousted president": the word as an adjective tells who was ousted, not by whom)
                          r"^(?:[^.;]{0,60}?\s)?(?<!the )(?<!The )(?<!an )(?<!a )(?:overthrew|toppled|ousted|deposed)\s+"
                          r"(?:the\s+)?(?:president|government|regime)\b",
                          re.IGNORECASE)
COUP_ATTEMPT = re.compile(r"\b(?:coup|putsch)\s+attempt|\b(?:attempted|failed|foiled|thwarted)\s+(?:military\s+)?(?:coup|putsch)\b|"
                          r"\bcoup\s+plotters\b|\bputschists\b", re.IGNORECASE)
FIGHT_BETWEEN = re.compile(r"\b(?:clash(?:ed|es|ing)?|fought|fighting|exchanged\s+(?:gun)?fire|battled|"
                           r"attack(?:ed|ing)?|stormed|repelled|fired\s+on)\b", re.IGNORECASE)
BARE_UNIT = re.compile(r"^(?:the\s+)?", re.IGNORECASE)


def _unit_words(mention: str) -> str:
    """"The special forces" -> "special forces": the words that name a unit again later in the report."""
    return BARE_UNIT.sub("", mention.lower()).strip()


LOYAL_TO = re.compile(r"^\s*(?:,\s*)?(?:who\s+(?:are|were|remain(?:ed)?|stayed)\s+)?loyal\s+to\s+", re.IGNORECASE)
LOYAL_TO_STATE = re.compile(r"^(?:the\s+)?(?:(?:sitting|incumbent|elected)\s+)?(?:government|president|regime|junta|state|"
                            r"army|military|prime\s+minister|head\s+of\s+state|authorities|interim|transitional|"
                            r"President\b|Prime\s+Minister\b)", re.IGNORECASE)


def _loyal_to_another(an: Analysis, a: ActorRef) -> bool:
    """A state force 'loyal to' someone other than the government or the sitting president (a vice-president,
    a general, a former president) is a faction turned against the government: ACLED's mutiny."""
    text, base = an.sentence.text, an.sentence.start
    if a.end is None:
        return False
    if a.mention.lower().endswith("loyal to"):
        rest = text[a.end - base:].lstrip()
    else:
        m = LOYAL_TO.match(text[a.end - base:])
        if m is None:
            return False
        rest = text[a.end - base + m.end():]
    if re.match(r"^(?:the\s+)?(?:country's\s+)?(?:former|ousted|deposed|ex-|vice|first\s+vice)", rest, re.IGNORECASE):
        return True
    return not LOYAL_TO_STATE.match(rest)


def _loyal(an: Analysis, a: ActorRef) -> bool:
    text, base = an.sentence.text, an.sentence.start
    if a.start is None or a.end is None:
        return False
    return bool(LOYAL_UNIT.search(a.mention) or LOYAL_BEFORE.search(text[max(0, a.start - base - 30): a.start - base])
                or LOYAL_AFTER.match(text[a.end - base:]))


def _mutiny_ref(a: ActorRef, country: str | None, on: date) -> ActorRef | None:
    found = [r for r in actor_kb.find_actors("mutineers", country=country, on=on) if (r.key or "").startswith("mutiny")]
    if not found:
        return None
    return ActorRef(name=found[0].name, mention=a.mention, inter=found[0].inter, side=found[0].side,
                    key=found[0].key, start=a.start, end=a.end)


def _mutiny_sides(analyses: list[tuple[Analysis, str | None, date]]) -> None:
    """ACLED's mutiny convention across a report: soldiers who turn on their government are the mutiny's side.

    A fight between two units of the same state's forces is a mutiny: the unit marked loyal (a presidential
    or republican guard, "loyal troops") stays the government's, the other is the mutiny. Once the report has
    told that a unit mutinied ("mutinous soldiers", "special forces led by Colonel X seized power", or the
    unit that fought the guard), a later mention of that same unit ("the special forces detained ...") is
    the mutiny's side too, unless it is marked loyal."""
    rebel_units: dict[str | None, set[str]] = {}
    if any(COUP_ATTEMPT.search(an.sentence.text) for an, _, _ in analyses):
        # a report of a coup attempt: "soldiers" and "troops" with no more said are the plotters' (the loyal
        # forces are named as such, or are the police, the guard, the command)
        for _, country, _ in analyses:
            rebel_units.setdefault(country, set()).update({"soldiers", "troops"})
    for an, country, on in analyses:
        text, base = an.sentence.text, an.sentence.start
        units = rebel_units.setdefault(country, set())
        state = [a for a in an.actors if (a.key or "").startswith("state_forces") and a.start is not None]
        turned: list[ActorRef] = []
        for a in an.actors:
            if (a.key or "").startswith("mutiny") and a.start is not None:
                words = _unit_words(a.mention).split()
                if words and words[-1] in ("soldiers", "troops", "officers", "units"):
                    units.add(words[-1])  # "mutinous soldiers": later "soldiers" are theirs
        # two units of one state's forces fighting each other, one of them loyal
        for a in state:
            others = [b for b in state if b is not a and b.name == a.name and _loyal(an, b)]
            if others and not _loyal(an, a):
                lo, hi = sorted((a.end, others[0].start)) if a.end <= others[0].start else (others[0].end, a.start)
                if FIGHT_BETWEEN.search(text[lo - base: hi - base]):
                    turned.append(a)
        for a in state:
            if a in turned:
                continue
            if _loyal_to_another(an, a):
                turned.append(a)  # "troops loyal to the vice-president", "forces loyal to General X"
                continue
            if _loyal(an, a):
                continue
            if SEIZED_POWER.match(text[a.end - base:]) or _unit_words(a.mention) in units:
                turned.append(a)
        for a in turned:
            ref = _mutiny_ref(a, country, on)
            if ref is None:
                continue
            an.actors = [ref if b is a else b for b in an.actors]
            words = _unit_words(a.mention)
            units.add(words)
            # "special forces soldiers" names the special forces again as "the special forces"
            for tail in (" soldiers", " troops", " units", " officers"):
                if words.endswith(tail) and words != tail.strip():
                    units.add(words[: -len(tail)])


# Every pattern above behind a first-character guard: the same matches, found faster (see analyze/rx.py).
from ..analyze.rx import guard_patterns  # noqa: E402

guard_patterns(globals())
