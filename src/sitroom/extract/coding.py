"""Typing and argument linking: which ACLED sub-event a sentence reports, where, between whom, how many.

Precedence follows the ACLED codebook: a weapon decides the Explosions/Remote violence sub-type
(chemical > suicide > air > shelling > IED > grenade); taking territory is its own event beside the
weapon that preceded it; killing unarmed people without a remote weapon is an Attack on civilians;
fighting between armed actors is an Armed clash; protests take the harshest response reported.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..models import SUB_TO_TYPE, ActorRef, Claim, Fatalities, PlaceMention, allied
from ..analyze.cues import DATELINE, STATEMENT_DAY, UNDER_FIRE
from .lexicon import Cue, find_cues

if TYPE_CHECKING:
    from .claims import Analysis, Frame, Options
    from .context import EntryContext

WEAPON_ORDER = (
    "Chemical weapon",
    "Suicide bomb",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
)
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# the sub-event types whose events can have dead (ACLED: a protest where people are killed is excessive force or a
# riot; a development with deaths is violence)
DEADLY_TYPES = frozenset(sub for sub, et in SUB_TO_TYPE.items()
                         if et in VIOLENT or et == "Riots" or sub == "Excessive force against protesters")
FEATURE_RANK = {
    "neighbourhood": 0, "district": 0, "landmark": 0, "checkpoint": 0, "field": 0, "front": 0,
    "village": 1, "town": 1, "city": 2, "admin2": 3, "admin1": 4, "region": 5, "country": 6,
}
# "near X", "north of X", "150 km south-west of X": X only says where the event place lies
RELATIVE = re.compile(r"^(?:near|outside|between|around|close to|within|towards?|(?:[\w-]+ ){0,3}of)$", re.I)
SUPPORTERS = re.compile(r"\b(?:pro-)?(?:government|regime|state|president)\s+(?:supporters|loyalists|backers|"
                        r"sympathi[sz]ers|employees|workers)\b|"
                        # "supporters of President X gathered": the crowd demonstrates, the president does not speak
                        r"\b(?:supporters|loyalists|backers|followers|sympathi[sz]ers) of (?:the )?(?:(?:former |ousted |late )?"
                        r"(?:[Pp]resident|[Pp]rime [Mm]inister|government|regime|ruling party)(?: [A-Z][\w’'-]+){0,3})",
                        re.IGNORECASE)
STATE_SUBJECT = re.compile(
    r"\b(?:kremlin|ministry|minister|government|president|spokes(?:man|woman|person)|embassy|white house|"
    r"state department|foreign office|officials?|moscow|washington|ankara|tehran|beijing|damascus said)\b",
    re.IGNORECASE,
)
REJECTED = re.compile(
    r"\b(?:retreated from|backed away from|rejected|vetoed|denied|proposed|propose|hoped for|hopes? for|called for|"
    r"urged|demand(?:ed|s)?|no|not|without|duration of|violat\w+|collapse\w*|broke down|talks on|"
    # a decision to end one ("was ending peace talks", "ended a ceasefire") or a time frame ("air strikes
    # during a ceasefire"): no agreement is made
    r"end(?:ed|ing|s)?|suspend(?:ed|ing|s)?|broke off|break(?:ing|s)? off|call(?:ed|ing|s)? off|"
    r"pull(?:ed|ing|s)? out of|withdr[ae]w(?:n|ing|s)? from|abandon(?:ed|ing|s)?|breach(?:ed|ing|es)?|"
    r"scrap(?:ped|ping|s)?|breaking|broke|during)\b[^.;,]*$",
    re.IGNORECASE,
)
# "A ceasefire between A and B, agreed last week, has failed to stop the fighting": the agreement is the
# subject of its failure, told again, not made
AGREEMENT_FAILED = re.compile(
    r"(?:\s+(?:between|in|for|on|of|with|over)\b[^,.;]*?)?(?:,[^,.;]*,)?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:failed|collapsed|broken down|broke down|fell apart|fallen apart|unravel+ed|(?:was|were|has been) violated)\b",
    re.IGNORECASE)
BE_VERBS = re.compile(r"\b(?:were|was|been|are|is|being|be)\b", re.IGNORECASE)
INCLUDING = re.compile(r"\b(?:including|among them|of whom|of them)\s*$", re.IGNORECASE)
NEXT_OR = re.compile(r"^\s+or\b", re.IGNORECASE)
# deaths told as many but with no number ("a large number of the militants were killed", "killing many
# villagers", "heavy casualties"): a significant toll, 10 under ACLED's rule for deaths with no number
_LARGE = (r"(?:a\s+(?:large|great|high|huge|significant|considerable)\s+number\s+of|large\s+numbers\s+of|"
          r"a\s+great\s+many|many|numerous)")
# ("it is not clear how many people were killed" asks the number, it does not say it is large)
LARGE_BEFORE = re.compile(r"(?:^|(?<!\bhow)[\s,;:])" + _LARGE + r"\s+(?:of\s+)?(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?$", re.IGNORECASE)
LARGE_AFTER = re.compile(r"^\s+" + _LARGE + r"\b", re.IGNORECASE)
FOUND_DEAD = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains)\b", re.IGNORECASE)
BODIES_FOUND = re.compile(r"\b(?:f[oi]u?nd(?:s|ing)?|discover\w*|recover\w*|retriev\w*|unearth\w*|exhum\w*|dug\s+up|"
                          r"pulled|wash(?:ed|ing)\s+up|identif\w*|grave)\b", re.IGNORECASE)
# the dead named by a bare plural, with no number, article or quantifier ("went from house to house killing
# civilians", "attacked several villages and killed residents", "guests were killed in the lobby"): an open,
# uncounted group of victims, a significant toll (10) under ACLED's rule for deaths with no number; "several
# people", "a number of people", "the fighters", "some residents" stay limited (3)
_BARE_PLURAL = (r"(?:people|civilians|residents|villagers|inhabitants|men|women|children|families|worshippers|pilgrims|"
                r"farmers|workers|guests|diners|shoppers|passengers|passers-by|bystanders|pedestrians|commuters|"
                r"students|pupils|traders|herders|fishermen|refugees|mourners|patients|hostages|prisoners|detainees|"
                r"soldiers|troops|policemen|officers|fighters|militants|rebels|insurgents|gunmen)")
BARE_PLURAL_AFTER = re.compile(r"^\s+(?:(?!(?:the|a|an|his|her|its|their|our|some|several|many|few|two|three|four|"
                               r"these|those|all|most|dozens|scores|hundreds|thousands|at|in|on|by|and|or)\b)[a-z-]+\s+)?"
                               + _BARE_PLURAL + r"\b(?!\s+(?:of|who\s+had)\b)(?!-)")
BARE_PLURAL_BEFORE = re.compile(r"(?:^|[,;:]\s+|\b(?:where|and|when|while|as|after|that)\s+)" + _BARE_PLURAL
                                + r"\s+(?:were|have\s+been|had\s+been)\s+$")


# ------------------------------------------------------------------------------------------------ frames


ONLY_BEFORE = re.compile(r"\bonly\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def build_frames(text: str, cues: list[Cue], negated: list[Cue], an: "Analysis", ctx: "EntryContext",
                 options: "Options") -> list["Frame"]:
    """The events a sentence asserts; a frame the sentence denies ("... as fake news") contradicts."""
    frames = _frames(text, cues, negated, an, ctx, options)
    for f in frames:
        if f.polarity == "supports" and (_denied(text, f.cues[:1]) or DISMISSED.search(text)
                                         or (f.anaphoric and DENIES_TOLD.search(text))):
            f.polarity = "contradicts"
    if any(n.role == "protest_force" for n in negated):
        # "their troops had not fired live ammunition at the crowd and had used only tear gas": the lesser force
        # said to be the only one used is the speaker's denial of the worse one, not a telling of its own
        for f in frames:
            if f.polarity == "supports" and f.cues and any(
                    c.role == "protest_intervention" and ONLY_BEFORE.search(text[max(0, c.start - 30): c.start])
                    for c in cues) and all(any((c.start, c.end) == (n.start, n.end) for n in negated) or c.role == "protest_intervention"
                                           for c in f.cues):
                f.sub_event_type, f.polarity = "Excessive force against protesters", "contradicts"
    dismissed = DISMISSED.search(text)
    told = ctx.claims or ctx.earlier
    if not frames and dismissed and told:
        # "Moscow called the reports fake": with no event of its own, the sentence disputes the one just told
        from .claims import Frame

        cue = Cue("dismissal", "anaphor", None, dismissed.start(), dismissed.end(), dismissed.group(0))
        frames = [Frame(told[-1].sub_event_type, cues=[cue], anaphoric=True, polarity="contradicts")]
    return frames


# "said the fighting there was continuing and denied that the base had fallen": a denial whose clause tells
# the event again by a definite subject disputes the event the sentence refers back to
# "hurt, some by stones and homemade explosives", "injured by petrol bombs": the weapon is what hurt the victims
HURT_BY = re.compile(r"\b(?:hurt|injured|wounded|burned|burnt)\b,?\s+(?:(?:some|most|many|several|one|two|\w+) of them\s+|"
                     r"some\s+|mostly\s+|many\s+|most\s+)?by\s+(?:[\w-]+\s+){0,4}(?:and\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
DEMO_ACTS = ("Peaceful protest", "Violent demonstration", "Mob violence", "Protest with intervention",
             "Excessive force against protesters")
# "The attackers ...", "The gunmen ...": the perpetrators of the event just told, as the sentence's subject
# (also when a witness or source tells it: "Local sources said the attackers went from house to house")
DOERS_TOLD = re.compile(r"^\s*(?:[^,.;\"“]{0,60}?\b(?:said|says|say|told\s+\w+|recalled|described how)\s+(?:that\s+)?)?"
                        # ("One of them blew himself up as officers moved in": one of the attackers just told)
                        r"(?:(?:one|two|some|several|\w+)\s+of\s+(?:them\b|(?=the|these|those)))?"
                        r"(?:(?:the|these|those)\s+(?:(?:armed|masked|suspected|unidentified)\s+)?"
                        r"(?:assailants|attackers|gunmen|bombers?|raiders|kidnappers|abductors)\b|"
                        r"(?<=them))", re.IGNORECASE)
# "... then attacked another village", "later struck a second market": a further act, not how the first was done
DOERS_ELSEWHERE = re.compile(r"\b(?:another|a second|a third|other|others|the rest|then|later|next|also|separately|again|"
                             r"returned)\b",
                             re.IGNORECASE)
DEFENCE = re.compile(r"^(?:repel|repuls|fought off|fight(?:s|ing)? off|beat(?:en)? back|beating back|push(?:ed)? back|"
                     r"resist|held off|hold(?:ing)? off|fend|fended)", re.IGNORECASE)
HOW_ROLES = {"clash", "weapon", "bombing", "kill", "injure", "protest_force", "protest_intervention", "destroy", "loot", "riot"}
KILLED_DOERS = re.compile(r"\b(?:killed|killing|shot dead|neutrali[sz]ed)\s+(?:(?:at least|more than|about|some)\s+)?"
                          r"(?:[\w-]+\s+of\s+)?(?:the|these|those)\s+(?:assailants|attackers|gunmen|raiders|kidnappers|"
                          r"perpetrators)\b", re.IGNORECASE)
# armed men as the subject of a killing whose object is civilians: "the militants had killed 21 passengers",
# "gunmen shot dead three villagers"
ARMED_KILLERS = re.compile(r"\b(?:the|these|those)\s+(?:militants|gunmen|attackers|assailants|hijackers|kidnappers|"
                           r"insurgents|rebels|fighters|jihadists|militiamen)\s+(?:had\s+|have\s+|has\s+)?"
                           r"(?:also\s+|then\s+|later\s+|reportedly\s+)?(?:killed|shot dead|executed|murdered|massacred)\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?"
                           r"(?:\d[\d,]*|\w+)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:passengers|hostages|civilians|villagers|"
                           r"residents|travellers|worshippers|people|captives|workers|students)\b", re.IGNORECASE)
# "fighting continued", "the shelling went on into the night": the act told before, still going on
CONTINUED = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:continued|continues|continuing|went on|goes on|raged on|"
                       r"persisted|carried on)\b", re.IGNORECASE)
# an official decision and the unrest it answered, named by a noun: "closed its main border crossing ... after
# protests on the Mozambican side", "suspended classes following days of unrest" (not "after protesters blocked
# the road", where the crowd's own act is told)
DECISION_CAUSE = re.compile(
    r"\b(?:closed|shut|suspended|imposed|declared|banned|cancell?ed|postponed|extended|reopened|evacuated|"
    r"deployed|withdrew|recalled)\b[^.;]{0,120}?\b(?:after|following|in response to|because of|over)\s+"
    r"(?P<cause>(?:the\s+|days\s+of\s+|weeks\s+of\s+|a\s+wave\s+of\s+|(?:[\w-]+\s+)?)(?:protests|demonstrations|unrest|riots|"
    r"rioting|disturbances|violent\s+protests)\b(?!\s+(?:in\s+which|that|where|when)\b)(?![^.;]*\b(?:killed|died|"
    r"wounded|injured|burned|torched|looted)\b))", re.IGNORECASE)
# "has attacked many schools", "have repeatedly raided villages", "has kidnapped hundreds of people"
HABITUAL_ACTS = re.compile(r"\b(?:has|have)\s+(?:also\s+|long\s+|since\s+)?(?:repeatedly\s+)?(?:attacked|raided|bombed|"
                           r"targeted|kidnapped|abducted|killed|burned|burnt|struck|hit|shelled|stormed|looted)\s+"
                           r"(?:(?:many|numerous|several|countless|scores\s+of|dozens\s+of|hundreds\s+of|thousands\s+of|"
                           r"a\s+number\s+of)\s+|repeatedly\b|(?=\w+s\s+(?:across|throughout|in\s+the\s+(?:north|south|"
                           r"east|west))))", re.IGNORECASE)
# a definite blast word in a time clause: "as the blasts went off", "when the explosions began"
RECALLED_BLAST = re.compile(r"\b(?:as|when|while|until|before|after)\s+the\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# ("woke to the sound of heavy gunfire and explosions": what was heard, as "heard" is)
_SHOTS = r"(?:gunfire|gunshots|shooting|shots|exchanges? of fire|(?:automatic|heavy|small[- ]arms|machine[- ]gun)\s+fire|" \
         r"bursts\s+of\s+(?:[\w-]+\s+)?fire)"
# (also sounds that "echoed" or "rang out": "Blasts and automatic fire echoed across the centre of the city for hours")
HEARD_AMID_GUNFIRE = re.compile(r"\b(?:heard|hear|hearing|reported hearing|could hear|sounds?\s+of)\b[^.;]{0,80}?\b" + _SHOTS +
                                r"|\b" + _SHOTS + r"\s+and\s+(?:[\w-]+\s+){0,4}?(?:explosions|blasts)\s+(?:could\s+be|were)\s+heard\b|"
                                r"\b(?:explosions|blasts)\s+and\s+(?:[\w-]+\s+){0,3}?" + _SHOTS +
                                r"\s+(?:echoed|echo|rang\s+out|ring\s+out|reverberated|could\s+be\s+heard|were\s+heard)\b|"
                                r"\b" + _SHOTS + r"\s+and\s+(?:[\w-]+\s+){0,4}?(?:explosions|blasts)\s+"
                                r"(?:echoed|echo|rang\s+out|ring\s+out|reverberated)\b", re.IGNORECASE)
DENIES_TOLD = re.compile(r"\b(?:denied|denies|rejected|dismissed)\s+(?:that\s+)?(?:(?:the|its|their|his|her)\s+"
                         r"[a-z-]+(?:\s+[a-z-]+)?|they|it|he|she)\s+(?:had|has|have|was|were|did)\b", re.IGNORECASE)
DISMISSED = re.compile(r"\bas (?:fake news|false|fabricated|baseless|lies|propaganda|untrue|unfounded|groundless)\b|"
                       r"\bcalled (?:the |these |those )?(?:reports?|claims?|allegations?|accusations?) (?:\w+ )?"
                       r"(?:fake|false|fabricated|baseless|lies|a lie|propaganda|a provocation)\b|"
                       # "said the reports were baseless", "said such claims were untrue"
                       r"\b(?:said|says|insisted|stated)\s+(?:that\s+)?(?:the|these|those|such|any)\s+(?:[\w-]+\s+)?"
                       r"(?:reports?|claims?|allegations?|accusations?|accounts?)\s+(?:were|was|are|is)\s+(?:completely\s+|"
                       r"totally\s+|entirely\s+)?(?:fake|false|fabricated|baseless|lies|untrue|unfounded|groundless|"
                       r"propaganda|lies)\b", re.IGNORECASE)


_MOB_JUSTICE = re.compile(r"\b(?:beat|beaten|beating|lynch(?:ed|ing)?|ston(?:ed|ing))\b", re.IGNORECASE)


def _frames(text: str, cues: list[Cue], negated: list[Cue], an: "Analysis", ctx: "EntryContext",
            options: "Options") -> list["Frame"]:
    from .claims import NOMINAL, OCCURRENCE, Frame

    base = an.sentence.start
    # "denied that they had shot at protesters": the words of a denied act start no event of their own
    cues = [c for c in cues if not any(n.start <= c.start < n.end and c is not n for n in negated)]
    # cues inside a definite anaphor ("in the attack") refer back: they do not start a new event
    anaphors = [c for c in cues if c.role == "anaphor"]
    cues = [c for c in cues if c.role == "anaphor" or not any(a.start <= c.start < a.end for a in anaphors)]
    # "The abduction came only hours after a bomb ripped through the bus station": an event named by a definite
    # noun as the subject of "came"/"followed" is the one already told, placed in time beside the new one the
    # sentence tells; it is neither a second such event nor the type of the new one
    cues = [c for c in cues if not (c.role != "anaphor" and (RELATED_IN_TIME.match(text, c.end)
                                                             or OCCURRED_BESIDE.match(text, c.end))
                                    and (DEFINITE.search(text, max(0, c.start - 12), c.start)
                                         or DAY_POSSESSIVE.search(text, max(0, c.start - 30), c.start)))]
    # "South Africa closed the border after protests on the Mozambican side": demonstrations named only as the
    # cause of an official decision are the decision's background, not an event the sentence tells
    decided = DECISION_CAUSE.search(text)
    if decided and not any(c.role not in ("protest", "riot", "anaphor") and c.start < decided.start("cause")
                           for c in cues):
        cues = [c for c in cues if not (c.role in ("protest", "riot") and c.start >= decided.start("cause"))]
    # "the sect has attacked many schools in the north-east": a present-perfect act on an open number of
    # targets sums a group's record, not one incident (no day of its own)
    habits = [m.span() for m in HABITUAL_ACTS.finditer(text)] if options.strict and not an.dates else []
    if habits:
        cues = [c for c in cues if not any(s <= c.start < e for s, e in habits)]
    # "in a power struggle that has killed dozens": the conflict's running toll is not this event's
    running = running_toll_spans(text) if options.strict else []
    if running:
        cues = [c for c in cues if c.role not in ("kill", "injure", "displace")
                or not any(s <= c.start < e for s, e in running)]
    # "200 people had been killed since clashes began last Tuesday": the fighting named in a "since ... began"
    # phrase only dates the start of a count, it tells no event of its own
    started = [m.span() for m in COUNT_START.finditer(text)] if options.strict else []
    if started:
        cues = [c for c in cues if c.role in ("kill", "injure")
                or not any(s <= c.start < e for s, e in started)]
    # "105 soldiers had been killed in two days of fighting": the days of fighting are the span of a total
    periods = [m.span() for m in MULTI_DAY.finditer(text)] if options.strict else []
    if periods:
        cues = [c for c in cues if c.role in ("kill", "injure", "anaphor")
                or not any(s <= c.start < e for s, e in periods)]
    # "launched a scathing attack on the government's record", "a bitter political battle in parliament",
    # "ministers clashed over the budget", "was fired on Friday": words of violence used of words or of a post
    cues = [c for c in cues if not (c.role == "clash" and _figurative(text, c))]
    # "troops backed by helicopter gunships attacked ADF positions": the aircraft or guns that back a ground assault
    # are its means; the assault is the battle (ACLED types the ground fighting)
    backed = [c for c in cues if c.role == "weapon" and BACKED_BY.search(text, max(0, c.start - 80), c.start)]
    if backed:
        # (the backing's phrase may run into the assault's verb: "backed by helicopter gunships attacked")
        verbs = [m for c in backed for m in [BACKED_VERB.search(c.text)] if m]
        if any(c.role == "clash" for c in cues) or verbs:
            cues = [c for c in cues if c not in backed] + [
                Cue("clash", "clash", None, c.start + m.start(1), c.start + m.end(1), m.group(1))
                for c in backed for m in [BACKED_VERB.search(c.text)] if m]
            cues.sort(key=lambda c: (c.start, -(c.end - c.start), c.group))
    by_role: dict[str, list[Cue]] = defaultdict(list)
    for c in cues:
        by_role[c.role].append(c)
    by_role["gain"] = _gain_cues(text, by_role["gain"], an) if by_role["gain"] else []
    if by_role["mob"] and (by_role["kill"] or by_role["clash"]) and not _MOB_JUSTICE.search(text):
        # "Vigilantes killed four suspected bandits": armed vigilantes who kill or fight are a communal militia (README:
        # Unidentified Communal Militia, inter 4), not a mob of rioters; beating or lynching a suspect to death is
        # mob justice and stays mob violence
        by_role["mob"] = [c for c in by_role["mob"] if not (re.fullmatch(r"vigilantes?", c.text, re.I) and any(
            a.inter == 4 and a.start is not None and a.start - an.sentence.start == c.start for a in an.actors))]
    if by_role["gain"] and (by_role["abduct"] or by_role["arrest"]):
        # "seized the opposition spokesman", "seized hundreds of workers": the verb's object is people, so the
        # seizure takes captives (abduction or arrest), not ground
        held = by_role["abduct"] + by_role["arrest"]
        by_role["gain"] = [g for g in by_role["gain"] if not any(h.start <= g.start < h.end and h.end > g.end for h in held)]
    away = TAKEN_AWAY.search(text) if not by_role["arrest"] else None
    if away and any(a.inter == 1 and a.end is not None and a.end - an.sentence.start <= away.start() for a in an.actors) \
            and not any(a.inter in (2, 3, 4) for a in an.actors):
        # "riot police surrounded the party offices and took a number of people away": people the police take
        # away are detained (ACLED: Arrests); armed men taking people away is another matter (not this rule)
        by_role["arrest"] = [Cue("arrest", "arrest", "Arrests", away.start(), away.end(), away.group(0))]
    if options.strict and by_role["gain"] and any(c.sub_event_type in TERRITORY for c in ctx.claims or ctx.earlier):
        # "executed a number of policemen after capturing the district", once the capture is told: a capture
        # named as the time of the act before it is that act's setting, not this sentence's event
        acts = [c for r in ("kill", "execute", "abduct", "weapon", "bombing", "destroy", "loot") for c in by_role[r]]
        by_role["gain"] = [g for g in by_role["gain"] if not (
            g.text.lower().endswith("ing") and re.search(r"\b(?:after|before|since|following|upon)\s+$", text[: g.start], re.I)
            and any(a.start < g.start for a in acts))]
    if options.strict and by_role["disrupt"]:
        # "the coup attempt had been foiled", "police thwarted a plot to storm parliament": no weapon was
        # stopped, so no Disrupted weapons use (a foiled bombing keeps its bomb)
        by_role["disrupt"] = [c for c in by_role["disrupt"] if not (
            re.match(r"(?:foiled|thwart)", c.text, re.I)
            and not ARMS_WORD.search(_clause(text, c)))]
    if options.strict and by_role["disrupt"]:
        # "police sealed off the area while bomb disposal teams comb the buildings": a team sent in, a cordon or a
        # search names no weapon seized, defused or destroyed (ACLED's Disrupted weapons use needs one); the
        # team counts when its clause tells the device dealt with ("bomb disposal experts detonated it")
        by_role["disrupt"] = [c for c in by_role["disrupt"] if not (
            c.text.lower().startswith("bomb disposal") and not DISPOSED.search(_clause(text, c)))]
    if by_role["weapon"]:
        # "bombed a missile base", "destroying missile warehouses": the weapon named as what was hit, or where it
        # is kept or made, is the target, not the weapon used
        by_role["weapon"] = [c for c in by_role["weapon"] if not (
            c.sub_event_type == "Shelling/artillery/missile attack" and WEAPON_AS_TARGET.match(text, c.end))]
        cues = [c for c in cues if c.role != "weapon" or c in by_role["weapon"]]
    if options.strict and by_role["weapon"]:
        # "jets were flying low over the city", "helicopters circled above the town": aircraft seen or heard
        # in the sky have struck nothing
        by_role["weapon"] = [c for c in by_role["weapon"] if not (
            c.sub_event_type == "Air/drone strike" and FLYOVER.match(text, c.end)
            and not AIR_ATTACK.search(re.split(r"[.;]", text[c.end:])[0]))]
    if options.strict:
        # "a helicopter was shot down", "shot down a fighter jet": fire on a crewed aircraft is fighting with
        # its crew (Armed clash); a drone or missile brought down is a disrupted weapon
        downed = [c for c in by_role["disrupt"] if _crewed_downed(text, c)]
        if downed:
            by_role["disrupt"] = [c for c in by_role["disrupt"] if c not in downed]
            by_role["clash"] = sorted(by_role["clash"] + downed, key=lambda c: c.start)
            # the aircraft in the sentence are the one brought down and the one that fired: no air strike
            by_role["weapon"] = [c for c in by_role["weapon"] if c.sub_event_type != "Air/drone strike"]
    custody = [c for c in by_role["kill"] if c.text.lower() == "died" and DIED_IN_CUSTODY.match(text, c.end)]
    if custody and not (by_role["clash"] or by_role["weapon"] or by_role["execute"] or by_role["bombing"]):
        # "died in custody on September 16, three days after police detained her": a detainee's death that
        # the sentence says nothing more of is neither a battle nor a new arrest (the arrest it recalls is
        # the custody's start, days before)
        by_role["kill"] = [c for c in by_role["kill"] if c not in custody]
        by_role["arrest"] = []
        cues = [c for c in cues if c not in custody and c.role != "arrest"]
    # "stun grenades", "flash-bang grenades": crowd control at a protest, not a Grenade (explosion) event
    # "marched through the centre and dispersed without incident": the crowd went home, no one broke it up
    by_role["protest_intervention"] = [c for c in by_role["protest_intervention"] if not (
        c.text.lower().startswith("dispers") and (SELF_DISPERSED.match(text, c.end) or (
            re.search(r"\band\s+(?:later\s+|then\s+|eventually\s+|peacefully\s+)?$", text[max(0, c.start - 25): c.start])
            and not any(a.inter == 1 for a in an.actors))))]
    crowd_control = [c for c in by_role["protest_intervention"] if CROWD_CONTROL.match(c.text)]
    if crowd_control:
        by_role["weapon"] = [c for c in by_role["weapon"]
                             if not any(w.start <= c.start < w.end or c.start <= w.start < c.end for w in crowd_control)]
    if options.strict:
        # a curfew, a state of emergency or troops sent in is a decision about the unrest, not an incident;
        # troops moved, reinforced or mobilised (ACLED: no event unless they fight) are no incident either
        by_role["group_change"] = [c for c in by_role["group_change"] if not DECREE.match(c.text)
                                   and not _state_body_dissolved(text, c)
                                   and not (NEW_HEAD.match(c.text) and not _armed_group_named(text, an))]
    # "troops repelled the attack", "fought off the assault": the defence against an attack already told is
    # that attack's fighting (the definite anaphor refers back), not a new battle
    defended = [c for c in by_role["clash"] if DEFENCE.match(c.text) and any(0 <= a.start - c.end <= 2 for a in anaphors)]
    if defended:
        by_role["clash"] = [c for c in by_role["clash"] if c not in defended]
        cues = [c for c in cues if c not in defended]
    # "the truck had entered from the Russian side", "aid lorries entered the city": a vehicle going in is no
    # force entering a place by fighting
    by_role["clash"] = [c for c in by_role["clash"] if not (c.text.lower() == "entered"
                                                            and VEHICLE_SUBJECT.search(text[max(0, c.start - 50): c.start]))]
    # "fired into crowds of commuters", "opened fire on a crowd of shoppers": a crowd named by what its people
    # were doing there (travelling, shopping, praying, eating) is no demonstration; the shooting is an attack
    by_role["protest_force"] = [c for c in by_role["protest_force"]
                                if not (re.search(r"crowds?$", c.text, re.I) and NOT_A_PROTEST_CROWD.match(text, c.end))]
    cues = [c for c in cues if c.role != "protest_force" or c in by_role["protest_force"]]
    # "the coalition tasked with fighting Daesh": a mission describes the actor, it reports no battle
    by_role["clash"] = [c for c in by_role["clash"] if not MISSION.search(text[max(0, c.start - 30): c.start])]
    places = [p for p in an.places if p.place is not None]

    # "fired 130 rockets at Tel Aviv in response to the destruction of the tower in Gaza": the cause named after
    # the act is another event, and its place is not this one's
    reasons = [m.start() for m in RETALIATION.finditer(text)]

    def span_places(cue: Cue, stops: list[int]) -> list[PlaceMention]:
        from ..geo.link import verb_places

        return verb_places(text, places, cue.start, cue.end, list(stops) + reasons, base)

    if (by_role["kill"] or by_role["injure"]) and by_role["protest_intervention"]:
        # "a woman was hit in the face by a tear gas canister and died": the weapon that hurt one victim, told
        # after the dispersal it belongs to, is no new dispersal
        by_role["protest_intervention"] = [c for c in by_role["protest_intervention"]
                                           if not STRUCK_BY.search(text[max(0, c.start - 60): c.start])]
    # "the sit-in", "the protests": a definite protest word refers to a demonstration already told
    referring = {id(c) for c in by_role["protest"] if DEFINITE.search(text[max(0, c.start - 12): c.start])}
    defining = {r for r, found in by_role.items()
                if any(id(c) not in referring for c in found)
                and r not in ("anaphor", "kill", "injure", "destroy", "capture", "agreement_verb")}
    specific = [p for p in places if p.place.feature not in ("country", "admin1", "region")]
    tolls = by_role["kill"] + by_role["injure"]
    told = ctx.claims or [c for c in ctx.earlier if "anaphoric" not in c.flags]
    last_violent = next((c for c in reversed(told) if (c.event_type in VIOLENT or c.sub_event_type in (
                            "Excessive force against protesters", "Violent demonstration", "Mob violence"))
                         and c.sub_event_type not in TERRITORY), None)
    tally = TALLY.search(text) if options.strict and tolls and not defining else None
    if options.strict and tolls and not (defining - {"riot", "loot", "mob", "clash"}) and _holds_told_toll(text, an, told):
        # "the toll has risen to 72, including the ten who died in the Soweto stampede": a toll that holds the
        # whole toll of an incident already told sums several incidents; the place it names is that one's
        ctx.after_total = True
        return []
    if tally and (not specific or tally.group("since")):
        ctx.after_total = True  # the next sentence's bare figure may be another count of the same total
        return []  # a running total is no event, nor news about the last one
    # (also "officers had come under fire", the pluperfect of one side's version of the fighting already told)
    recount = [c for c in by_role["clash"] if re.search(r"\bhad been\s+$", text[max(0, c.start - 12): c.start])
               or (UNDER_FIRE.match(c.text) and re.search(r"\bhad\s+(?:also\s+|first\s+)?$", text[max(0, c.start - 12): c.start]))]
    if recount and len(recount) == len(by_role["clash"]) and not specific and not an.dates and last_violent is not None \
            and not (defining - {"clash"}):
        # "a spokesman said the group had been attacked and was only defending itself": one side's account
        # of the fighting already told, with no place or day of its own
        return [Frame(last_violent.sub_event_type, cues=recount + tolls, anaphoric=True)]
    last_crowd = next((c for c in reversed(told) if c.sub_event_type in DEMO_ACTS), None)
    thrown = [c for c in by_role["weapon"] if HURT_BY.search(text[max(0, c.start - 60): c.start])]
    if thrown and len(thrown) == len(by_role["weapon"]) and last_crowd is not None and not specific \
            and not (defining - {"weapon"}) and last_crowd is told[-1]:
        # "75 officers were hurt, some by stones and homemade explosives", right after a crowd's clash with the
        # police: what the crowd threw is its riot's violence, not an explosion event of its own
        return [Frame(last_crowd.sub_event_type, cues=thrown[:1] + tolls, anaphoric=True)]
    doers = DOERS_TOLD.match(text)
    if doers and last_violent is not None and told[-1] is last_violent and last_violent.event_type in VIOLENT \
            and not specific and not any(d.value is not None and not d.future for d in an.dates) \
            and defining and not (defining - HOW_ROLES) and not DOERS_ELSEWHERE.search(text):
        # "The assailants arrived on motorbikes and opened fire on the crowd", right after the attack is told:
        # the attack's own perpetrators, with no place or day of their own, tell how it was done
        cue = next(c for c in cues if c.role in HOW_ROLES)
        return [Frame(last_violent.sub_event_type, cues=[cue] + tolls, anaphoric=True)]
    going_on = [c for c in by_role["clash"] + by_role["weapon"] if CONTINUED.match(text, c.end)]
    # (a capture just told is a battle too: "troops fell back to the airport, where fighting continued" after
    # the city's fall is the fighting of that capture — ACLED codes the battle that takes a place as its capture)
    last_battle = next((c for c in reversed(told) if c.event_type in VIOLENT), None) if going_on else None
    if last_battle is not None and last_battle.sub_event_type not in TERRITORY:
        last_battle = last_violent
    if going_on and not specific and not any(d.value is not None and not d.future for d in an.dates) \
            and last_battle is not None and not (defining - {"clash", "weapon", "loss"}) and not tolls:
        # "fighting continued in parts of the city in the afternoon": the battle already told, going on at its
        # place and on its day, is that event (ACLED: one event per place, day and kind), not a new one
        return [Frame(last_battle.sub_event_type, cues=going_on, anaphoric=True)]
    denial = any(DENIAL.match(c.text) for c in anaphors)
    # running totals: "dozens had been killed in Palma since Wednesday", "took ten more provincial capitals
    # in three days", and a second figure right after one ("another group said 31 had been killed"): a
    # total over several events is not an event, nor the toll of one
    after_total, ctx.after_total = ctx.after_total, False
    counted = tolls + by_role["arrest"]
    in_clashes = by_role["clash"] and all(NOMINAL.match(c.text) for c in by_role["clash"])
    if options.strict and counted and not (defining - {"protest", "gain", "arrest"} - ({"clash"} if in_clashes else set())) \
            and not anaphors and \
            not by_role["protest_intervention"] and _nationwide(text, an, counted):
        # "more than 1,200 people had been detained nationwide", "16 officers killed across the country":
        # a country's total over many incidents is not an event, nor the toll of the one told before it
        ctx.after_total = True
        return []
    if options.strict and tolls and not specific and not anaphors and LONG_SPAN.search(text) \
            and all(NOMINAL_KIND.match(c.text) for r in defining for c in by_role[r]):
        # "1,200 civilians died in air raids this year", "47 soldiers killed in the past week along the front":
        # a toll over weeks, months or a year with no town of its own sums many incidents (ACLED codes each
        # one on its day and at its place); "in air raids", "in fighting" only say how they died
        ctx.after_total = True
        return []
    told_again = anaphors or (by_role["clash"] and all(NOMINAL.match(c.text) and DEFINITE.search(text[max(0, c.start - 12): c.start])
                                                      for c in by_role["clash"]))
    if options.strict and tolls and told_again and not (defining - {"clash"}) and not by_role["protest_intervention"] \
            and _spread_total(text, an):
        # "140 people had been killed across Plateau State in the attacks": a total over a whole state or country
        # of the attacks already told sums several places; it is the toll of none of them (a town's own figure
        # is)
        ctx.after_total = True
        return []
    # "the deaths of 400 servicemen since the fighting began": an anaphor inside the "since" phrase only names
    # the start of the count
    own_anaphors = [a for a in anaphors if not re.search(r"\bsince\s+$", text[max(0, a.start - 8): a.start])]
    # (a truce named beside the total, "as a ceasefire appeared to hold", is the total's end, not an act in it)
    if options.strict and not (defining - {"protest", "gain", "arrest"}
                               - ({"agreement"} if periods and counted else set())) and not own_anaphors and (
            (counted and RUNNING_TOTAL.match(text, min(c.end for c in counted)))
            or (by_role["gain"] and GAIN_TOTAL.search(text))
            or (after_total and tolls and not specific and not an.dates and not _common_words(by_role["protest"]))):
        ctx.after_total = True
        return []
    untold = UNTOLD.search(text) if options.strict and (cues or negated) else None
    if untold and untold.start() < min(c.start for c in cues + negated):
        # "the spokesman did not say where or when he was wounded", "there was no word on casualties from
        # Friday's clashes": what the report does not know about an event it told is no event
        return []
    if options.strict and not specific and MANY_STRIKES.search(text) and MANY_SITES.search(text):
        # "the strikes hit more than 60 targets at 16 locations", "73 raids had hit five provinces": a count
        # over many places is the campaign's summary; ACLED codes each located strike
        ctx.after_total = True
        return []
    if options.strict and tolls and not specific and not anaphors and PERIOD_TOTAL.search(text) \
            and not (defining - {"clash", "protest", "riot"}) \
            and len({(c.sub_event_type, c.location.name if c.location else None) for c in told
                     if "anaphoric" not in c.flags and c.event_type in VIOLENT}) >= 2:
        # "25 people had been killed during the night", "the failed coup left 11 dead", after two or more
        # located incidents: a total over the night's events, not one of them nor a new one
        ctx.after_total = True
        return []
    if options.strict and tolls and not specific and DAYS_TALLY.search(text) \
            and len({(c.sub_event_type, c.location.name if c.location else None) for c in told
                     if "anaphoric" not in c.flags and c.event_type in VIOLENT}) >= 2:
        # "71 of its servicemen were killed in the fighting, up from the 50 it announced on Wednesday", after two or
        # more located incidents: a tally kept over days of fighting, the toll of none of them
        ctx.after_total = True
        return []
    # "22 people had been killed across the country, most of them in Nairobi": the place says where most died
    specific = [p for p in specific if not SHARE_IN.search(text[max(0, p.start - base - 30): p.start - base])]
    # "Police said 26 people were killed in Wamena", after the Wamena riot was told: a toll with no event
    # word of its own, at the place of an event just told, is that event's toll
    placed = _told_at(specific, told) if specific and not denial and (tolls or negated) else None
    if placed is not None and any(not d.future and d.value is not None and d.value != placed.event_date
                                  and d.relation != "since" and not STATEMENT_DAY.search(
                                      text[: d.start - base]) for d in an.dates):
        placed = None  # "two people were killed in Kaya on Tuesday", after Monday's riot there: another day
    # "the army said it had killed 10 of the attackers": the perpetrators killed in turn are another fight's toll
    doers_killed = bool(tolls) and not anaphors and not negated and bool(KILLED_DOERS.search(text))
    # "the militants had killed 21 passengers", after the battle to free them is told: armed men killing the
    # civilians they hold is an attack on civilians of its own (ACLED), not the battle's toll
    doers_killed = doers_killed or (bool(by_role["kill"]) and not anaphors and not negated and last_violent is not None
                                    and last_violent.event_type == "Battles" and bool(ARMED_KILLERS.search(text)))
    # "most had been killed with sharp weapons", after the storming of the building is told: people killed with
    # blades were killed one by one, not in the battle — an attack on them of its own (ACLED)
    bladed = bool(by_role["kill"]) and bool(BLADE_KILL.search(text)) and not _armed_victims(an)
    doers_killed = doers_killed or (bladed and not anaphors and not negated and last_violent is not None
                                    and last_violent.event_type == "Battles")
    # ("two people were killed in the shooting", "Update on Tripoli: ...": a place that is the told event's own
    # does not make a new event of a definite reference to it)
    # ("crowds attacked people ...; many of the dead were hacked to death": a crowd setting upon people is an act of
    # its own, mob violence, with its dead, not a toll for the riot told before)
    crowd_act = bool(tolls) and not anaphors and not negated and bool(MOB_ASSAULT.search(text))
    if (anaphors or negated or tolls) and not (defining - {"loss"}) and told and not doers_killed and not crowd_act and (
            not specific or denial or placed or (anaphors and told[-1].sub_event_type in PROTEST_TYPES
                                                 and not any(a.inter in (1, 2, 3, 4, 8) for a in an.actors)
                                                 and not specific_elsewhere(told[-1], specific)
                                                 and not any(not d.future and d.value is not None
                                                             and d.value != told[-1].event_date for d in an.dates))):
        target = told[-1] if anaphors or (negated and not tolls) else last_violent
        if target is last_violent and by_role["kill"] and target is not None \
                and target.sub_event_type == "Abduction/forced disappearance":
            # "at least 20 people have been killed", after the attack and then its hostage-taking are told: the
            # dead are that attack's (at the abduction's place and day), not the abduction's
            target = next((c for c in reversed(told) if c.sub_event_type == "Attack"
                           and (c.location and c.location.name) == (target.location and target.location.name)
                           and c.event_date == target.event_date), target)
        named = {c.sub_event_type for c in negated if c.sub_event_type}
        named |= {k.sub_event_type for a in anaphors for k in find_cues(re.sub(r"^\w+\s+", "", a.text))
                  if k.sub_event_type and k.role != "anaphor"}
        if named and target is not None and target.sub_event_type not in named:
            # "Baku denied shelling civilian areas": a denial that names the act it denies answers the last
            # event of that kind, not whatever was told last
            target = next((c for c in reversed(told) if c.sub_event_type in named), target)
        if placed is not None:
            target = placed
        elif tolls and not anaphors and not negated and not by_role["kill"] and not by_role["execute"] \
                and told[-1].sub_event_type == "Protest with intervention" and "anaphoric" not in told[-1].flags:
            target = told[-1]  # "dozens were treated for the effects of the gas": the hurt of the crowd just told
        if anaphors and FORCE_ANAPHOR.search(anaphors[0].text) and target is not None \
                and target.sub_event_type in CROWD_ACTS:
            # "killed in Monday's raid on the sit-in": a raid or crackdown is what the force did, not the
            # riot told last
            target = next((c for c in reversed(told) if c.sub_event_type not in CROWD_ACTS), target)
        # ("A large number of traders were killed": a toll with no figure that names only its victims, no doer, is
        # the told event's)
        if target is not None and (anaphors or negated or _agent_or_count(an, tolls) or not an.actors or (
                all(a.inter == 7 for a in an.actors) and not any(q.kind == "count" for q in an.quantities))):
            acts = _negated_acts(text, negated, target)
            if acts is False:
                # "No shops were burned": an act said not to have happened that the told event is not made of
                # says nothing for or against it
                return []
            return [Frame(target.sub_event_type, cues=(anaphors or negated or tolls)[:1] + tolls, anaphoric=True,
                          polarity="contradicts" if acts or _denied(text, anaphors + negated) else "supports")]

    if options.strict and tolls and not defining and not specific and PERFECT_TOTAL.search(text) \
            and not any(not d.future and d.value is not None for d in an.dates) \
            and not any(a.inter in (1, 2, 3, 4, 5, 8) and not a.name.startswith("Government") for a in an.actors):
        return []  # "says more than 30 of its civilians have been killed": a tally with no incident of its own
    if options.strict and NATIONWIDE.search(text) and not specific and (tolls or by_role["protest"]) \
            and not (defining - {"protest"}):
        return []  # a report's "22 people had been killed in protests across the country": a total, not an event
    if options.strict and OTHER_PLACES.search(text) and not specific and not tolls:
        return []  # "offices were also attacked on several other islands": acts elsewhere, none of them told
    if _not_political(text, by_role, an):
        ctx.not_political = True
        return []
    if ctx.not_political and not (defining - {"loss"}) and not anaphors:
        return []  # "Four people were injured" after "a tank at the plant exploded"
    frames: list[Frame] = []
    # weapons found, seized or defused are the object of the disruption, not weapons used; territory words
    # inside such a phrase ("seized 50 rifles") take no territory
    if options.strict and by_role["disrupt"]:
        # "most were intercepted", "some of the rockets were shot down": the rest got through, so the attack
        # happened (ACLED codes the attack); only a weapon stopped outright is Disrupted weapons use
        partial = [d for d in by_role["disrupt"] if PARTIAL_STOP.search(text, max(0, d.start - 40), d.end + 40)
                   and re.search(r"(?:intercept|shot down|downed)", text[d.start: d.end + 40], re.I)]
        if partial:
            by_role["disrupt"] = [d for d in by_role["disrupt"] if d not in partial]
            if not by_role["weapon"]:
                found = UNCREWED.search(text)
                if found:
                    by_role["weapon"] = [Cue("weapon", "weapon", "Shelling/artillery/missile attack", found.start(),
                                             found.end(), found.group(0))]
        # "rockets fired at the Galilee were intercepted": the rockets are what was stopped, not an attack
        stopped = [w for w in by_role["weapon"] if UNCREWED.search(w.text) and any(
            d.start > w.end and STOPPED_AFTER.match(text, w.end, d.start + 1) and re.match(r"(?:intercept|shot down|downed)",
                                                                                     d.text, re.I)
            for d in by_role["disrupt"])]
        if stopped:
            by_role["weapon"] = [w for w in by_role["weapon"] if w not in stopped]
    disrupts = by_role["disrupt"]
    tolled = [d for d in disrupts if any(k.start >= d.end and not OTHER_EVENT.search(text[d.end: k.start])
                                         for k in by_role["kill"] + by_role["injure"])]
    if tolled:
        # "air defences intercepted a missile; its fragments killed a man": the attack still claimed lives
        # (deaths told before the find, or in a clause about other blasts, leave the find a find)
        disrupts = by_role["disrupt"] = [d for d in disrupts if d not in tolled or not any(
            w.start >= d.start and w.end <= d.end for w in by_role["weapon"])]
    if disrupts:
        # the weapon words inside the phrase, and a weapon word just before it ("rocket bombs were found")
        for role in ("weapon", "bombing", "gain", "destroy", "arrest"):
            by_role[role] = [c for c in by_role[role] if not any(
                d.start <= c.start < d.end
                or (c.start < d.start and (c.end > d.start or not text[c.end: d.start].strip()))
                for d in disrupts)]
    # a strategic act in the sentence's main clause comes before the fighting a later clause recalls
    # ("Turkish forces set up a new observation post, after other posts were surrounded")
    violent = [c for r in ("weapon", "bombing", "clash", "gain", "kill", "execute", "injure", "abduct", "loss")
               for c in by_role[r]]
    first_violent = min((c.start for c in violent), default=len(text))
    for role, sub in (("disrupt", "Disrupted weapons use"), ("hq", "Headquarters or base established"),
                      ("transfer", "Non-violent transfer of territory"), ("group_change", "Change to group/activity")):
        found = by_role[role]
        first = first_violent
        if role == "transfer":  # "withdrew from the base, leaving it in the hands of the rebels"; "entered without fighting"
            # (but fire the leaving force met is a fight: "soldiers came under heavy fire as they withdrew")
            first = min((c.start for c in violent if c.role not in ("loss", "gain", "clash") or (
                c.role == "clash" and FIRE_MET.match(c.text)
                and not any(t.start <= c.start < t.end for t in found))), default=len(text))
        elif role == "group_change" and (by_role["kill"] or by_role["injure"]):
            first = -1  # "reinforced the area after a night of shelling that killed a soldier": the shelling
        if found and found[0].start < first and not by_role["protest"]:
            where = span_places(found[0], [])
            taken = [g for g in by_role["gain"] if g.start < found[0].start] if role == "transfer" else []
            if taken:
                # "took over the city of X after army units left their bases there": the place taken is the
                # taking verb's, not one the clause about the leaving names
                where = span_places(taken[0], [found[0].start]) or where
            return [Frame(sub, cues=found + by_role["capture"], places=where)]
    # agreements: a ceasefire or deal that someone announced, signed or reached — not one proposed or vetoed
    agreements = by_role["agreement"]
    if agreements and by_role["agreement_verb"]:
        # "the ceasefire largely held overnight", "the truce has held": a deal already made keeps, none is made
        by_role["agreement_verb"] = [v for v in by_role["agreement_verb"]
                                     if not (v.text.lower() == "held" and DEAL_KEPT.search(text, 0, v.start))]
    if agreements and agreements[0].start < first_violent and (
            by_role["agreement_verb"] or AGREEMENT_ACT.match(agreements[0].text)
            or (not options.strict and not by_role["protest"])):
        agreement = agreements[0]
        # "had announced a ceasefire ..., and the government suspended the truce days later": the deal named
        # again in the same sentence as ended, broken or suspended is its breakdown, not a deal made
        ended = any(REJECTED.search(text[p.end: c.start]) or AGREEMENT_FAILED.match(text, c.end)
                    for p, c in zip(agreements, agreements[1:]))
        if not ended and not REJECTED.search(text[: agreement.start]) and not AGREEMENT_FAILED.match(text, agreement.end):
            return [Frame("Agreement", cues=[agreement], places=span_places(agreement, []))]
    if options.strict and SEPARATE_INCIDENTS.search(text) and not anaphors:
        # "security forces opened fire on marchers in two separate incidents, near X and in Y": a summary of
        # incidents the report tells one by one
        ctx.after_total = True
        return []
    if options.strict and text.rstrip().endswith("?") and not an.dates:
        return []  # "How many people have been detained?": a question heads an explainer, it tells no event
    # (a dateline's city, "LIMA, March 19 -", is where the reporter is, not where a summary happened)
    undated = [p for p in specific if not (p.text.isupper() and p.start - base < 40)]
    continued = WAVE_CONTINUED.search(text) or (BROKE_OUT.search(text) and not undated)
    if options.strict and (by_role["protest"] or by_role["riot"] or by_role["loot"]) and (not undated or continued) \
            and not tolls \
            and not anaphors and not (defining - {"protest", "riot", "loot", "protest_intervention", "arrest", "mob",
                                                    "clash"}) \
            and (continued or _many_places(text, places) or NATIONWIDE.search(text)
                 or any(p.place.feature == "country" and SPREAD.search(text[max(0, p.start - base - 30): p.start - base])
                        for p in places)):
        # "protests continued in every region on Friday", "tens of thousands are protesting across the country",
        # "two days of unrest, in which protesters looted shops": a summary over many places or days
        ctx.after_total = True
        wide = [p for p in places if p.place.feature in ("country", "admin1", "region")]
        if ctx.topic is None and wide:
            ctx.topic = wide[0]  # what the report is about, as a told summary would have made it
        return []
    # a protest is an activity ("marched", "a rally"); "wounded protesters" or "the protests" (already
    # reported) start none — killing or shooting protesters is excessive force all the same
    # "the ministry said the protests ...": a statement; "government supporters marched": a demonstration
    # a capitalised protest word inside a sentence names something ("the Rally of Patriotic Forces"); a
    # demonstration told by its day ("Friday's march") or in a clause on the wave ("as protests entered their
    # second week") is one already reported
    by_role["protest"] = [c for c in by_role["protest"] if not (c.start > 0 and c.text[:1].isupper()
                                                                and not text[:c.start].rstrip().endswith((".", ":", "-")))]
    for c in by_role["protest"]:
        wave = WAVE_CLAUSE.match(text, c.end) if WAVE_AS.search(text[max(0, c.start - 30): c.start]) else None
        if wave:  # "..., as protests against the decision entered their second week": no act of its own
            for role in ("clash", "riot", "gain", "kill", "injure"):
                by_role[role] = [d for d in by_role[role] if not c.start <= d.start < wave.end() + 30]
    protests = [c for c in by_role["protest"] if not STATE_SUBJECT.search(
                    SUPPORTERS.sub("", text[max(0, c.start - 40): c.start]))
                and not CROWD_NOUN.match(c.text) and not DEFINITE.search(text[max(0, c.start - 12): c.start])
                and not DAY_POSSESSIVE.search(text[max(0, c.start - 25): c.start])
                and not SPELL_OF.search(text[max(0, c.start - 40): c.start])
                and not (WAVE_AS.search(text[max(0, c.start - 30): c.start]) and WAVE_CLAUSE.match(text, c.end))]
    crowd = [c for c in by_role["protest"] if CROWD_NOUN.match(c.text)]
    if not protests and crowd and ASSEMBLED.match(text, crowd[0].end):
        protests = crowd[:1]  # "thousands of protesters gathered outside the ministry": the crowd demonstrates
    gathering = GATHERING.search(text) if not protests and not crowd else None
    if gathering and not by_role["kill"] and not any(a.inter in (1, 2, 3, 4, 8) and a.end is not None
                                                     and a.end - base <= gathering.start("verb") for a in an.actors):
        # "a big crowd is gathering in the square", "several hundred people gathered again near the square"
        protests = [Cue("gathering", "protest", None, gathering.start("verb"), gathering.end("verb"),
                        gathering.group("verb"))]
    purpose = PURPOSE_GATHERING.search(text) if not protests and not crowd and not gathering else None
    if purpose and not any(a.inter in (1, 2, 3, 4, 8) and a.end is not None
                                                   and a.end - base <= purpose.start("verb") for a in an.actors):
        # "drivers blocked the highway for hours on Monday to protest a fuel price rise", "crowds assembled in
        # the square after prayers, calling for the governor to go": a gathering whose purpose is a protest
        # demonstrates (the verb is the cue: the purpose's object places nothing)
        protests = [Cue("gathering", "protest", None, purpose.start("verb"), purpose.end("verb"), purpose.group("verb"))]
    # a death or wound the demonstration is about ("after a student died in custody", "carried the coffins of
    # the dead") is another event: it neither makes force excessive nor counts among this event's dead
    if protests or crowd:
        for m in DEMAND_CLAUSE.finditer(text, min(c.start for c in protests + crowd)):
            # "marched to demand the release of those detained", "to decry the arrests": what they protest
            for role in ("arrest", "protest_intervention", "protest_force", "kill", "injure"):
                by_role[role] = [c for c in by_role[role] if not m.start() <= c.start < m.end()]
    # ("rioting over the killing of a boy by a police officer": a riot's cause, as a protest's)
    cause = _cause_span(text, protests + crowd + [c for c in by_role["riot"] if c.text.lower().startswith("riot")])
    if cause is not None:
        for role in ("kill", "injure"):
            by_role[role] = [c for c in by_role[role] if not cause[0] <= c.start < cause[1]]
    fire = None
    if not protests and not crowd and not by_role["protest_force"]:
        fire = FIRE_ON_CROWD.search(text)
        if fire and not STATE_FORCE_NOUN.search(text[max(0, fire.start() - 60): fire.start()]):
            fire = None  # "gunmen opened fire on the crowd": an attack, no force's handling of a crowd
        fire = fire or (re.search(r"\bcrowds?\b", text) and FORCE_FIRED.search(text))
    if fire and not any(a.inter in (2, 3, 4, 8) for a in an.actors):
        # "soldiers opened fire on the crowd", "drove towards the crowd and soldiers opened fire", "police fired
        # on people who had gathered on the road": a state force's live fire on a gathered crowd is force against
        # demonstrators, though no protest noun is in the sentence
        by_role["protest_force"] = [Cue("fire_on_crowd", "protest_force", None, fire.start(), fire.end(),
                                        fire.group(0))]
    force = by_role["protest_force"] or (crowd and (_live_fire(text) or by_role["kill"]))
    if not protests and (force or (crowd and (by_role["protest_intervention"] or by_role["riot"]))):
        # a force turned on a crowd, or a crowd turned violent, is a protest event even when no protest
        # activity is named
        protests = (crowd or by_role["protest_force"])[:1]
    if not protests and crowd and not options.strict:
        protests = crowd[:1]  # triage: a snippet about protesters reports their protest
    if not protests and by_role["protest_intervention"] and not LOOTERS.search(text) and (
            any(c.text.lower().startswith("dispers") or (CLEARED.match(c.text) and not (
                # "soldiers took down the tents" is a camp cleared; aid workers taking down a camp's tents are not
                TAKEN_DOWN.match(c.text) and not any(a.inter == 1 for a in an.actors)))
                for c in by_role["protest_intervention"])
            or CROWD_NAMED.search(text)
            or (crowd_control and not by_role["kill"] and not any(a.inter in ARMED_GROUP for a in an.actors)
                and not any(c.event_type == "Riots" for c in told[-1:]))):
        # (crowd control with no crowd named is a protest's policing — of the demonstration just told, where
        # fusion joins them; after a riot just told, it is that riot's policing and no protest of its own)
        # "security forces fired tear gas and water cannon to disperse ...", "police cleared the blockade":
        # a crowd was there
        protests = by_role["protest_intervention"][:1]
    # after a demonstration or riot just told, the crowd's weapons or acts with no one named ("officers were
    # hit by stones") are that riot's, when no armed group is in the sentence
    riot_context = bool(told) and told[-1].event_type in ("Protests", "Riots") \
        and not any(a.inter in (2, 3, 4, 8) for a in an.actors)
    # "threw petrol bombs at riot police", "pelted the officers with stones": a crowd's missiles thrown at the
    # police are a riot whoever the sentence names as throwing them ("they", a crowd told before), when no armed
    # group is in it (ACLED: rioters are the crowd that uses such violence)
    unarmed = not any(a.inter in (2, 3, 4, 8) for a in an.actors)
    riots = [c for c in by_role["riot"] if (c.text.lower().startswith("riot") or protests or crowd
                                           or CROWD_SUBJECT.search(text[max(0, c.start - 90): c.start])
                                           or (unarmed and MISSILE_RIOT.search(c.text)
                                               and SECURITY_TARGET.match(text, c.end)))
             and not _force_subject(text, c, an)]
    if riots and purpose and purpose.group("verb").lower().startswith("block") \
            and all(BLOCKED_ONLY.match(c.text) for c in riots):
        # "farmers blocked roads with tractors, demanding higher prices", "drivers blocked the highway to protest a
        # fuel price rise": a crowd standing in the road protests; barricades, fire or stones make it a riot
        riots = []
    recalled = [c for c in by_role["riot"] if riot_context and MISSILE_RIOT.search(c.text) and c not in riots]
    if recalled and not riots and not protests and not crowd and not by_role["mob"] and not anaphors \
            and not (defining - {"riot", "kill", "injure", "weapon", "bombing", "clash"}) \
            and not specific_elsewhere(told[-1], specific):
        # "officers were hit by stones and homemade explosives": the crowd's weapons, in the riot just told
        return [Frame(told[-1].sub_event_type, cues=recalled[:1] + by_role["kill"] + by_role["injure"],
                      anaphoric=True)]
    # looting or burning by a crowd (no armed force doing it) is a riot: "crowds looted supermarkets", "police
    # fired rubber bullets at looters" — part of a demonstration when one is in view, else mob violence
    # (looting alone, with no burning, deaths or police, stays looting: ACLED's Looting/property destruction)
    crowd_loot = [c for c in by_role["loot"] + by_role["riot"]
                  if (LOOTING_CROWD.search(text[max(0, c.start - 90): c.start]) or LOOTERS.search(text))
                  and not _force_subject(text, c, an) and not any(a.inter in (2, 3, 4, 8) for a in an.actors)
                  and c not in riots] if by_role["loot"] or LOOTERS.search(text) else []
    if crowd_loot and not (by_role["kill"] or by_role["injure"] or by_role["protest_intervention"]
                           or by_role["protest_force"] or by_role["arrest"] or by_role["mob"]
                           or any(not LOOT_WORD.search(c.text) for c in by_role["riot"] + crowd_loot)):
        crowd_loot = []
    if LOOTERS.search(text) and not crowd_loot and (by_role["protest_intervention"] or by_role["protest_force"]
                                                    or by_role["arrest"]):
        m = LOOTERS.search(text)
        crowd_loot = [Cue("looters", "riot", None, m.start(), m.end(), m.group(0))]
    in_view = bool(protests or crowd) or (bool(told) and told[-1].sub_event_type in (
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"))
    if crowd_loot and not riots and not protests and not in_view and not by_role["mob"]:
        cues_ = sorted(crowd_loot + by_role["protest_intervention"], key=lambda c: c.start)
        return [Frame("Mob violence", cues=cues_[:1] + by_role["kill"] + by_role["injure"] + by_role["arrest"],
                      places=span_places(crowd_loot[0], []) or places)]
    riots += crowd_loot
    if protests or crowd or CROWD_SUBJECT.search(text):
        # "protesters clashed with police", "clashes broke out between police and demonstrators",
        # "rallies ... involving clashes in several cities"; "demonstrators attacked a police patrol"
        riots += [c for c in by_role["clash"] if (protests and c.text.lower().startswith("clash"))
                  or (CROWD_SUBJECT.search(text[max(0, c.start - 60): c.start]) and not _force_subject(text, c, an)
                      and not any(a.inter in (2, 3, 4, 8) for a in an.actors) and SECURITY_TARGET.match(text, c.end))]
    # "clashes between police and supporters of the opposition", "police clashed with protesters": a crowd
    # fighting the police is a riot, not a battle between armed groups
    if not any(a.inter in (2, 3, 4, 8) for a in an.actors) and len({a.name for a in an.actors if a.inter == 1}) <= 1:
        riots += [c for c in by_role["clash"] if c not in riots and re.match(r"(?:clash|fought|fight|battl|scuffl)", c.text, re.I)
                  and any(not re.match(r"\s+(?:said|say|says|told|reported|added|described)\b", text[m.end():])
                          for m in CROWD_SIDE.finditer(text[max(0, c.start - 50): c.end + 70]))
                  and POLICE.search(text[max(0, c.start - 50): c.end + 70])]
    mob_assault = MOB_ASSAULT.search(text) or CROWD_FIGHT.search(text)
    if mob_assault and FORCE_AND.search(text[max(0, mob_assault.start() - 60): mob_assault.start()]):
        # "Police and plain-clothes government supporters beat protesters": the crowd acts with the state's
        # force, beside it — the force's handling of the demonstration, not a mob of its own
        mob_assault = None
    act_group = next((g for g in ("act", "act2", "act3", "act4") if mob_assault and mob_assault.groupdict().get(g)), None)
    if mob_assault and not any(a.inter in (1, 2, 3, 4, 8) and a.end is not None
                               and mob_assault.start() <= a.end - base <= mob_assault.start(act_group) for a in an.actors):
        # a crowd that turns on people ("crowds turned on the supporters", "supporters attacked a protest camp",
        # "villagers attacked their neighbours"), or two crowds that fight: mob violence, whether or not a
        # demonstration is named
        g = act_group
        cause = _cause_span(text, [Cue("mob", "mob", None, mob_assault.start(), mob_assault.end(), "")])
        if cause is not None:  # "attacked the police station after a man died in custody": that death is the cause
            for role in ("kill", "injure"):
                by_role[role] = [c for c in by_role[role] if not cause[0] <= c.start < cause[1]]
        act = Cue("mob", "mob", None, mob_assault.start(g), mob_assault.end(g), mob_assault.group(g))
        return [Frame("Mob violence", cues=[act] + by_role["kill"] + by_role["injure"] + by_role["arrest"],
                      places=span_places(act, []) or places)]
    if by_role["mob"] and by_role["weapon"] and all(MOB_NOUN.fullmatch(c.text) for c in by_role["mob"]):
        # "a bomber killed two members of a vigilante group", "a roadside bomb hit the vigilantes' truck": vigilantes
        # named beside a bomb, a shell or a strike are its targets, not a crowd's violence
        by_role["mob"] = []
    if by_role["mob"] and not protests and not riots and all(MOB_NOUN.fullmatch(c.text) for c in by_role["mob"]) and not any(
            by_role[r] for r in ("kill", "execute", "injure", "abduct", "destroy", "loot", "clash", "sexual")) \
            and not MOB_ACT.search(text):
        # "a mob gathered outside the station", "vigilantes and parents went into the forest to look for the
        # girls": a mob's or vigilantes' name is no violence; ACLED's mob violence needs an act
        by_role["mob"] = []
    if protests or riots or by_role["mob"]:
        # at a demonstration, the people killed are demonstrators unless armed men are named among them
        # (a count the killing governs: not "Dozens of Bosnians lit candles for a student whose death ...")
        people_killed = by_role["kill"] and any(
            _victim_kind(q) in ("protest", "civilian") and (not _nationals(q.head.split()[-1]) or _link(
                text, q.start - base, q.end - base, by_role["kill"], short=not q.head) is not None)
            for q in an.quantities)
        # police or soldiers killed or hurt at a demonstration: the demonstrators used violence too
        security_hurt = bool(by_role["kill"] or by_role["injure"]) and bool(SECURITY_HURT.search(text))
        # an attempt ("tried to break through police lines") is the mildest disorder: lethal force or an
        # intervention against it still makes the event
        strong = [c for c in riots if not ((ATTEMPTED.search(text[max(0, c.start - 25): c.start])
                                            or re.match(r"(?:tri|try|attempt)", c.text, re.I))
                                           and MILD.search(text, c.start, c.end + 40))]
        # "..., and security forces killed at least 15 of them": the state's forces as the subject of the killing
        # at a demonstration (ACLED: lethal force against demonstrators is excessive force)
        force_killed = any(a.inter == 1 and a.end is not None and 0 <= k.start - (a.end - base) <= 30
                           and not re.search(r"[,;]", text[a.end - base: k.start])
                           for a in an.actors for k in by_role["kill"] if not _passive_kill(text, k))
        excessive = by_role["protest_force"] or people_killed or _live_fire(text) or (crowd_control and by_role["injure"]) \
            or (crowd and by_role["kill"]) or force_killed
        if protests:
            # ACLED: demonstrators who turn violent make a riot whatever the response; force is excessive
            # when it kills or maims peaceful demonstrators; tear gas, arrests or dispersal are intervention
            if strong or security_hurt or (riots and not excessive and not by_role["protest_intervention"]
                                           and not by_role["arrest"]):
                sub = "Violent demonstration"
            elif excessive:
                sub = "Excessive force against protesters"
            elif by_role["protest_intervention"] or by_role["arrest"] or by_role["protest_force"]:
                sub = "Protest with intervention"
            else:
                sub = "Peaceful protest"
        elif by_role["mob"] and not (riots and OFFICIAL_TARGET.search(text)):
            sub = "Mob violence"
        else:
            # ACLED: a crowd's violence against the state — stones at a minister's convoy, at the police, at a
            # government building — is a demonstration turned violent; mob violence is a crowd turning on
            # civilians, other crowds or a group
            sub = "Violent demonstration"
        # the word that decided the type places the event: not a protest noun in a clause on the wave
        # ("shot four protesters in X, as demonstrations entered a fourth week")
        if sub == "Violent demonstration" and riots:
            trigger = min(riots + protests, key=lambda c: c.start)
        elif sub == "Excessive force against protesters":
            trigger = min(by_role["protest_force"] + crowd + protests, key=lambda c: c.start)
        elif sub == "Protest with intervention":
            trigger = min(by_role["protest_intervention"] + crowd + protests, key=lambda c: c.start)
        else:
            trigger = (protests or riots or by_role["mob"])[0]
        return [Frame(sub, cues=[trigger] + by_role["kill"] + by_role["injure"] + by_role["arrest"],
                      places=span_places(trigger, []) or (undated if tolls and not span_places(trigger, []) else places))]

    # "captured two villages": a capture word that takes territory counts no captives
    captives = [c for c in by_role["capture"] if not any(g.start <= c.start < g.end for g in by_role["gain"])]
    countable = by_role["kill"] + by_role["execute"] + by_role["injure"] + captives + by_role["destroy"]
    weapons = by_role["weapon"] + [c for c in by_role["bombing"] if not by_role["weapon"]]
    if weapons and all(c.group == "blast" for c in weapons) and HEARD_AMID_GUNFIRE.search(text):
        # "witnesses heard long bursts of gunfire and two loud explosions": the sounds of a fight heard from
        # outside, not a planted bomb of their own
        weapons = []
    if weapons and told and not countable and all(
            c.group == "blast" and RECALLED_BLAST.search(text[max(0, c.start - 40): c.start]) for c in weapons):
        # "they said they had lain on the floor as the blasts went off": the blasts of an operation already told,
        # recalled in a time clause of someone's experience, with no harm of their own — no explosion of its own
        weapons = []
    if weapons and all(c.group in HAND_EXPLOSIVES for c in weapons) and _explosive_in_gunfight(text, weapons, by_role["clash"],
                                                                                              places, base):
        # "came under fire and grenade attack", "set off an explosive device and then opened fire on the
        # worshippers", "stormed the mosque, firing grenades": a bomb or grenade used in the same act as the
        # gunfire is a means of that gun attack or battle (ACLED codes one incident by its main type), not an
        # explosion event of its own
        weapons = []
    gains = by_role["gain"] if not by_role["transfer"] else []
    gain_stops = [g.start for g in gains]
    if weapons:
        sub = _weapon_sub(weapons, an, ctx)
        if sub == "Shelling/artillery/missile attack" and _direct_fire(text, weapons):
            sub = "Armed clash"
        if sub == "Shelling/artillery/missile attack" and any(GROUND_ASSAULT.match(c.text) for c in by_role["clash"]) \
                and (len({a.side for a in an.actors if a.inter in (1, 2, 3, 4, 8)}) >= 2 or GROUND_TARGET.search(text)):
            # "opened fire with artillery on our positions and tried to seize a height; our troops drove them
            # back": the guns backed a ground assault the other side fought off (ACLED: the fire of a battle is
            # part of that armed clash)
            sub = "Armed clash"
        if sub == "Shelling/artillery/missile attack" and _armoured_assault(text, weapons, by_role["clash"]):
            sub = "Armed clash"
        first = min(weapons + countable, key=lambda c: c.start)
        frames.append(Frame(sub, cues=sorted(weapons + countable, key=lambda c: c.start),
                            places=span_places(first, gain_stops)))
        shooters = _other_shooters(text, weapons, by_role["clash"], an)
        if shooters is not None:
            # "one attacker blew himself up in the lobby and the others opened fire on diners": other men's
            # gunfire on unarmed people is an attack on civilians of its own beside the blast (ACLED codes each
            # sub-event of a complex attack)
            frames.append(Frame("Attack", cues=[shooters], places=span_places(shooters, gain_stops)))
    weapon_stops = [min(c.start for c in weapons)] if weapons else []
    # "overran a district headquarters, killing nine policemen": the deaths of the taking, when no battle frame of
    # its own carries them (ACLED: the event's fatalities)
    gain_toll = [c for c in by_role["kill"] + by_role["injure"] if gains and c.start > gains[0].start] \
        if len(gains) == 1 and not weapons and not by_role["clash"] else []
    for g in gains:
        frames.append(Frame("Non-state actor overtakes territory", cues=[g] + gain_toll,
                            places=span_places(g, gain_stops + weapon_stops)))
    stops = gain_stops + weapon_stops
    if gains and by_role["clash"]:
        clash = by_role["clash"][0]
        own = span_places(clash, stops)
        gained = {id(p) for f in frames for p in f.places}
        if clash.start < gains[0].start and own and not any(id(p) in gained for p in own):
            frames.append(Frame("Armed clash", cues=[clash] + countable, places=own))
    # "the buildings they had entered caught fire": an "entered" with no object after it looks back at a place
    # already named (a relative clause), and tells no assault
    by_role["clash"] = [c for c in by_role["clash"] if not (c.text.lower() == "entered"
                                                            and not ENTERED_OBJECT.match(text, c.end))]
    if by_role["clash"] and all(c.text.lower() == "entered" for c in by_role["clash"]) \
            and not (by_role["kill"] or by_role["injure"]) and an.actors \
            and all(a.name.startswith("Police Forces") for a in an.actors):
        # "Police officers in protective suits have entered the stations": police going in, with no foe and no one
        # hurt, is a response to what happened there, not a battle
        by_role["clash"] = []
    if not weapons and not gains:
        def told_here(pos: int) -> bool:  # not inside a running-toll clause ("a war that has killed 300 civilians")
            return not any(s <= pos - base < e for s, e in running)

        core = "".join(" " if any(s <= i < e for s, e in running) else ch for i, ch in enumerate(text)) \
            if running else text
        victims = [q for q in an.quantities if _victim_kind(q) in ("civilian", "protest") and told_here(q.start)
                   and not _displaced(an.sentence.text, q, base)]
        civilian_victims = bool(victims) or any(a.inter == 7 and (a.start is None or told_here(a.start))
                                                and not displaced_actor(an.sentence.text, a, base)
                                                for a in an.actors) \
            or bool(CIVILIANS_HIT.search(core)) or bool(KILLED_AT_HOME.search(core)) or bladed \
            or any(RAMMED_PEOPLE.search(c.text) for c in by_role["clash"])
        if by_role["sexual"] and not by_role["execute"]:  # ACLED: sexual violence, whatever else the victims suffered
            frames.append(Frame("Sexual violence", cues=by_role["sexual"] + countable,
                                places=span_places(by_role["sexual"][0], stops)))
        elif by_role["execute"] or ((by_role["kill"] or by_role["injure"]) and civilian_victims
                                  and not by_role["clash"] and not _armed_victims(an)
                                  and (_agent_or_count(an, countable) or bladed) and not _injuries_only(by_role, an)):
            trigger = (by_role["execute"] or by_role["kill"] or by_role["injure"])[0]
            frames.append(Frame("Attack", cues=[trigger] + countable + by_role["abduct"],
                                places=span_places(trigger, stops)))
        elif by_role["abduct"]:
            frames.append(Frame("Abduction/forced disappearance", cues=by_role["abduct"] + countable,
                                places=span_places(by_role["abduct"][0], stops)))
        elif by_role["sexual"]:
            frames.append(Frame("Sexual violence", cues=by_role["sexual"], places=span_places(by_role["sexual"][0],
                                                                                             stops)))
        elif by_role["arrest"] and by_role["clash"] and all(ARREST_MANNER.match(c.text) for c in by_role["clash"]) \
                and not (by_role["kill"] or by_role["injure"]):
            # "detained 12 Palestinians in overnight raids": the raid is how the arrests were made
            frames.append(Frame("Arrests", cues=by_role["arrest"] + countable,
                                places=span_places(by_role["arrest"][0], stops)))
        elif by_role["clash"] or ((by_role["kill"] or by_role["injure"]) and _agent_or_count(an, countable)
                                  and not _injuries_only(by_role, an)):
            trigger = (by_role["clash"] or by_role["kill"] or by_role["injure"])[0]
            sub = "Armed clash"
            if by_role["clash"] and civilian_victims and not _armed_victims(an) \
                    and not _armed_opponents(an, by_role["clash"]) and not MILITARY_TARGET.search(text) and (
                    not by_role["kill"] or all(ONE_SIDED.match(c.text) for c in by_role["clash"])):
                sub = "Attack"  # "gunmen attacked three villages, killing 30 people": no armed side fought back
            if sub == "Armed clash" and by_role["destroy"] and all(RAID.match(c.text) for c in by_role["clash"]):
                sub = "Looting/property destruction"
            if sub == "Armed clash" and by_role["clash"] and all(RAID.match(c.text) for c in by_role["clash"]) \
                    and not any(a.inter in (1, 2, 3, 4, 5, 8) for a in an.actors) and not _armed_victims(an) \
                    and CIVIL_PREMISES.search(text) and not MILITARY_TARGET.search(text):
                # "another channel said its office in the capital was raided the same day": men no one names
                # raiding a newsroom, a home or an office fought no armed side; they attacked the people there
                sub = "Attack"
            if sub == "Armed clash" and by_role["loot"] and not (by_role["kill"] or by_role["injure"]) \
                    and not any(a.inter in (1, 2, 3, 4, 8) for a in an.actors):
                # "attacks ... when 20 shops were looted": no armed side fought; the looting is the event
                sub = "Looting/property destruction"
            if sub == "Armed clash" and by_role["clash"] and not any(a.inter in (1, 2, 3, 4, 8) for a in an.actors) \
                    and COMMUNAL.search(text[: by_role["clash"][0].start]):
                sub = "Mob violence"  # "villagers clashed using bamboo sticks": no armed group, a crowd's violence
            frames.append(Frame(sub, cues=sorted(by_role["clash"] + countable, key=lambda c: c.start),
                                places=span_places(trigger, stops)))
    if by_role["loss"] and not gains and _armed_subject(text, by_role["loss"][0], an):
        loss = by_role["loss"][0]
        frames.append(Frame("Armed clash", cues=[loss], places=span_places(loss, stops), polarity="contradicts"))
    if not frames:
        # "The second blast left a crater and set fire to cars along the street": the damage an explosion or a
        # strike did is part of that attack, not property destruction of its own
        by_blast = {"loot": [c for c in by_role["loot"] if not BLAST_SUBJECT.match(text[: c.start])],
                    "destroy": [c for c in by_role["destroy"] if not BLAST_SUBJECT.match(text[: c.start])]}
        for role, sub in (("arrest", "Arrests"), ("disrupt", "Disrupted weapons use"),
                          ("hq", "Headquarters or base established"), ("loot", "Looting/property destruction"),
                          ("transfer", "Non-violent transfer of territory"),
                          ("group_change", "Change to group/activity")):
            if role == "loot" and by_role[role] and not by_blast["loot"]:
                continue
            if by_role[role]:
                frames.append(Frame(sub, cues=by_role[role] + countable, places=span_places(by_role[role][0], stops)))
                break
        else:
            if by_role["destroy"] and any((a.key or "").startswith("air_force") for a in an.actors):
                # "The Syrian Air Force destroyed a number of vehicles": destruction from the air
                frames.append(Frame("Air/drone strike", cues=by_role["destroy"],
                                    places=span_places(by_role["destroy"][0], stops)))
            elif by_blast["destroy"] and any(a.inter in (1, 2, 3, 4, 8) for a in an.actors):
                frames.append(Frame("Looting/property destruction", cues=by_role["destroy"],
                                    places=span_places(by_role["destroy"][0], stops)))
    if options.strict:
        frames = [f for f in frames if f.polarity == "contradicts" or _supported(f, text, an, NOMINAL, OCCURRENCE)]
    return frames


# a clause whose subject is the blast or the munition itself, up to the damage it did: "The explosion damaged
# shops", "The second blast left a crater in the road, brought down the roof and set fire to cars" (not "The
# blast was heard across town; later youths set fire to cars": another subject between them)
BLAST_SUBJECT = re.compile(
    r"^\s*(?:[^.;]*?,\s+)?(?:the|a|an|that|this|its|one|another|each|both)\s+(?:[\w-]+\s+){0,3}?(?:blasts?|explosions?|"
    r"bombs?|car\s+bombs?|detonations?|shells?|shelling|missiles?|rockets?|strikes?|air\s?strikes?|bombardment|"
    r"bombing|impact)\b(?:(?!\b(?:who|which|they|he|she|then|later|youths|crowds?|gunmen|men|troops|soldiers|"
    r"police|fighters|rebels|militants|protesters|rioters|looters|mob)\b)[^.;])*$",
    re.IGNORECASE)


# an anaphor naming what a force did, and the events a crowd does (which such an anaphor does not mean)
FORCE_ANAPHOR = re.compile(r"\b(?:raids?|crackdown|storming|strikes?|shelling|bombing|massacre|killings|assault)\b", re.I)
CROWD_ACTS = ("Violent demonstration", "Peaceful protest", "Mob violence")


# a clause about another event between a find and a toll: "... defused, a spokesman says after blasts killed 215"
OTHER_EVENT = re.compile(r"\b(?:after|before|since|following|when|while|amid|as)\b", re.IGNORECASE)


TERRITORY_NOUNS = re.compile(
    r"\b(?:town|towns|village|villages|city|cities|area|areas|district|districts|neighbou?rhoods?|base|bases|"
    r"checkpoints?|positions?|territory|territories|hills?|airport|airbase|oil ?fields?|gas ?fields?|road|highway|"
    r"regions?|province|provinces|countryside|outskirts|suburbs?|quarters?|headquarters|compound|bridge|dam|"
    r"crossing|border post|military post|outposts?|strongholds?|enclave|locality|localities|settlements?|camps?|"
    r"capitals?|(?:\w+ )?capital city|port|harbour|hub)\b",
    re.IGNORECASE,
)


def _gain_cues(text: str, cues: list[Cue], an: "Analysis") -> list[Cue]:
    """Taking *territory*: the cue needs a place or a territorial noun after it ('take on urgency' is none).

    Adjacent cues ("seized control of") are one act of taking."""
    base = an.sentence.start
    kept: list[Cue] = []
    for c in cues:
        if kept and c.start - kept[-1].end <= 12:
            continue
        if NOT_TERRITORY.match(text[c.end:]):
            continue  # "took place", "taken to hospital", "took part", "taken prisoner"
        if PEOPLE_TAKEN.match(text, c.end):
            continue  # "killed 300 rebels and captured 150": people taken in the fighting, not ground
        if PERSON_TAKEN.match(text, c.end):
            continue  # "detained the mayor and took her to the capital": a person moved, not ground taken
        if PASSIVE_TAKEN.search(text, 0, c.start) and PERSON_SUBJECT_END.search(
                text, 0, PASSIVE_TAKEN.search(text, 0, c.start).start()):
            continue  # "The journalist was captured by rebels near Goma": a person taken, not ground
        window = text[c.end: c.end + 45]
        place_after = any(0 <= p.start - base - c.end <= 45 for p in an.places if p.place is not None)
        if not place_after and POSITIONS_TAKEN.match(window):
            continue  # "said it had captured several army positions": ground won inside a battle, no place taken
        if place_after or TERRITORY_NOUNS.search(window):
            kept.append(c)
        elif c.text.lower().startswith("fell") and _fallen_subject(text, c, an):
            kept.append(c)  # "Bor fell on Wednesday to the rebels": the place taken is the verb's subject
        elif (aux := PASSIVE_TAKEN.search(text, 0, c.start)) and PASSIVE_PARTICIPLE.match(c.text) \
                and (_fallen_subject(text, replace(c, start=aux.start()), an)
                     or PLACED_TERRITORY_END.search(text, 0, aux.start())):
            # "The city of Kherson was retaken by Ukrainian forces", "the army base in Boulkessi was overrun": the
            # place taken is the passive verb's subject
            kept.append(c)
    return kept


PERSON_SUBJECT_END = re.compile(r"\b(?:journalists?|reporters?|photographers?|priests?|pastors?|nuns?|imams?|"
                                r"clerics?|aid workers?|workers?|doctors?|nurses?|teachers?|students?|pupils?|girls?|"
                                r"boys?|children|women|woman|men|man|civilians?|villagers?|farmers?|traders?|"
                                r"passengers?|tourists?|foreigners?|nationals?|engineers?|officials?|leaders?|chiefs?|"
                                r"soldiers?|officers?|policem[ae]n|commanders?|fighters?|militants?|rebels?|"
                                r"activists?|lawmakers?|politicians?|he|she|they)\s*$", re.IGNORECASE)
PASSIVE_TAKEN = re.compile(r"\b(?:was|were|had been|has been|have been)\s+(?:(?:finally|quickly|swiftly|fully|"
                           r"completely|briefly|later|again|reportedly)\s+)?$", re.IGNORECASE)
POSITIONS_TAKEN = re.compile(r"\s+(?:(?:several|some|many|a number of|a few|dozens of|\d+|two|three|four|five|the|its|"
                             r"their|enemy|army|military|rebel|government|forward|frontline|front-line|fortified|"
                             r"defensive|new|key|strategic)\s+)*(?:positions|trenches|fortifications)\b"
                             # (not "positions in Kunar", "positions from the Taliban": ground with its place or owner)
                             r"(?=\s*(?:[,.;]|$)|\s+(?:and|during|overnight|on\s+\w+day)\b)", re.IGNORECASE)
# "the army base in Boulkessi", "the border town of Bunagana": a territorial noun placed by a proper name
PLACED_TERRITORY_END = re.compile(r"\b(?i:(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?" + TERRITORY_NOUNS.pattern[2:]
                                  + r"\s+(?:in|near|at|of|outside))\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*$")
PASSIVE_PARTICIPLE = re.compile(r"^(?:re)?(?:taken|captured|seized|overrun|liberated|regained|occupied|freed|"
                                r"recovered)\b", re.IGNORECASE)


# what stands right before "fell ... to": a place named as the subject ("Bor", "the town of Bor", "Bor, the state
# capital,", "the base"), not a place inside a phrase about something else ("oil prices in Nigeria fell")
APPOSITIVE_END = re.compile(r",[^,;.]{1,60},\s*$")
PREPOSITION_END = re.compile(r"\b(?:in|at|near|from|across|around|outside|inside|into|to|for|on|by|with)\s+"
                             r"(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
TERRITORY_END = re.compile(r"\b(?:the|its|their|a)\s+(?:[\w-]+\s+)?" + TERRITORY_NOUNS.pattern[2:] + r"\s*$", re.IGNORECASE)


def _fallen_subject(text: str, cue: Cue, an: "Analysis") -> bool:
    base = an.sentence.start
    before = APPOSITIVE_END.sub(" ", text[: cue.start]).rstrip()
    noun = TERRITORY_END.search(before)
    if noun and not PREPOSITION_END.search(before[: noun.start()]):
        return True
    return any(p.place is not None and p.end is not None and p.end - base == len(before)
               and not PREPOSITION_END.search(text[: p.start - base]) for p in an.places)


PEOPLE_TAKEN = re.compile(r"\s+(?:more than\s+|at least\s+|about\s+|some\s+|nearly\s+|over\s+)?(?:\d[\d,]*|two|three|four|"
                          r"five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b(?!\s+(?:of\s+)?(?:[\w-]+\s+)?"
                          r"(?:villages?|towns?|cities|positions?|bases?|posts?|outposts?|districts?|areas?|localities|"
                          r"settlements?|hills?|km|kilometres|square|neighbourhoods?|checkpoints?|provinces?|"
                          r"regions?|counties|islands?|airports?|airfields?|bridges?|mines?|oil ?fields?))",
                          re.IGNORECASE)
PERSON_TAKEN = re.compile(r"\s+(?:him|her|me|us|himself|herself)\b|"
                          # "seizing President Alpha Conde", "captured the deputy prime minister": a leader seized
                          r"\s+(?:the\s+)?(?:(?:former|deposed|ousted|interim|deputy|vice)[\s-]+)?(?-i:President|Prime Minister|"
                          r"Premier|King|Queen|Emperor|General|Gen\.|Colonel|Col\.|Minister|Governor|Mayor)\b", re.IGNORECASE)
# ("tanks took up positions on the main roads", "took up arms": a deployment or a resolve, nothing captured)
NOT_TERRITORY = re.compile(r"\s+(?:place|part|to|into|hostage|prisoner|captive|custody|hold|time|over as|"
                           r"responsibility|power|up)\b", re.IGNORECASE)


MISSION = re.compile(r"\b(?:tasked with|charged with|in charge of|dedicated to|mandated to|mandate to|"
                     r"set up to|formed to|created to|"
                     # "troops have been a key part of the regional fight against militants": a role, not a battle
                     r"(?:part|forefront|backbone|mainstay|spearhead) of (?:the |a |an |its |their )?(?:[\w-]+ ){0,2}?|"
                     r"(?:role|roles) in (?:the |a |an )?(?:[\w-]+ ){0,2}?)\s*$", re.IGNORECASE)
AGREEMENT_ACT = re.compile(r"^(?:surrender|prisoners? |exchange of|swap of|release of|swapped |exchanged |traded )",
                           re.IGNORECASE)
ONE_SIDED = re.compile(r"^(?:attack(?:s|ed|ing)?|raid(?:s|ed)?|storm(?:ed|ing)|opened fire|invaded|gun attacks?|ambush(?:ed)?|"
                       r"armed attacks?|(?:fired|firing|shot|shooting) (?:\w+ ){0,2}?(?:on|at|into) .*)$", re.IGNORECASE)
# premises people live or work in that no armed side holds
CIVIL_PREMISES = re.compile(r"\b(?:offices?|newsrooms?|studios?|homes?|houses?|flats?|apartments?|shops?|stores?|"
                            r"clinics?|hospitals?|schools?|churches|church|mosques?|temples?)\b", re.IGNORECASE)
RAID = re.compile(r"^raid(?:s|ed)?$|^storm(?:ed|ing)$", re.IGNORECASE)
# how arrests are made: in raids, or by surrounding a house ("under house arrest, surrounded by riot police")
ARREST_MANNER = re.compile(r"^raid(?:s|ed)?$|^storm(?:ed|ing)$|^surrounded$|^encircled$", re.IGNORECASE)
# ("their disputed border", "the disputed region": the adjective of a contested land denies nothing)
DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected|dismissed|refuted|"
                    r"(?<!the )(?<!their )(?<!its )(?<!a )(?<!his )(?<!her )(?<!our )(?<!this )(?<!that )(?<!long-)"
                    r"(?<!hotly )disputed(?!\s+(?:[\w-]+\s+)?(?:borders?|frontiers?|boundar(?:y|ies)|territor(?:y|ies)|"
                    r"regions?|areas?|zones?|islands?|lands?|enclaves?|provinces?|districts?|towns?|villages?|cities|city|"
                    r"elections?|votes?|results?|status|lines?|waters?|fields?)\b))\b", re.IGNORECASE)
POLICE = re.compile(r"\b(?:police|policemen|officers|security forces|riot police|troops|soldiers|army|gendarmes?)\b",
                    re.IGNORECASE)
DEFINITE = re.compile(r"\b(?:the|their|its|these|those)\s+$", re.IGNORECASE)
# "came (only) hours after", "followed", "comes days before": the verb that places one event beside another
RELATED_IN_TIME = re.compile(r"(?:\s+(?:in|at|of|near|on|from)\s+[^,.;]{1,50}?)?\s+(?:came|comes|had\s+come|followed|follows|preceded|precedes)\b", re.IGNORECASE)
# "The attacks took place on the day the results were announced", "the raid happened as pupils were leaving":
# an event named by a definite noun as the subject of "took place"/"happened"/"occurred", dated only by another
# happening, is the one already told (`_frames` reads it as RELATED_IN_TIME)
OCCURRED_BESIDE = re.compile(r"\s+(?:took\s+place|happened|occurred)\s+(?:on\s+the\s+(?:same\s+)?day\b(?!\s+(?:before|after)\b)|"
                             r"(?:just\s+)?as\b|while\b|amid\b|(?:only\s+|just\s+)?(?:hours|days|minutes|weeks|a\s+day|a\s+week)\s+"
                             r"(?:after|before)\b)", re.IGNORECASE)
DAY_POSSESSIVE = re.compile(r"\b(?:\w+day|yesterday|today|tonight|last \w+|this \w+)['’]s\s+(?:\w+\s+)?$", re.IGNORECASE)
# "... as protests entered their second week", "as demonstrations spread": the wave, not an incident
WAVE_AS = re.compile(r"\b(?:as|while|with|amid)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
WAVE_CLAUSE = re.compile(r"(?:\s+(?:against|over|in|across)\b[^,.;]{0,80}?)?\s+(?:entered|continued|spread|grew|raged|"
                         r"went on|swept|gathered pace|intensified|escalated|stretched|dragged)\b", re.IGNORECASE)
# Disasters, accidents and ordinary crime are not political violence (ACLED codes none of them): a sentence
# about them gives no event unless a political or armed group takes part or someone is attacked.
DISASTER = re.compile(
    r"\b(?:earthquakes?|tremors?|tsunamis?|volcan\w*|erupt(?:ed|ion)|floods?|flooding|flooded|landslides?|mudslides?|"
    r"cyclones?|hurricanes?|typhoons?|tornado(?:es)?|droughts?|wildfires?|bushfires?|forest fires?|heat ?waves?|"
    r"avalanches?|torrential rains?|heavy rain(?:fall|s)?|storms? (?:hit|battered|lashed)|"
    r"(?:plane|air|helicopter|train|bus|car|road|boat|ferry|single-vehicle|vehicle) (?:crash|accident|collision)(?:es)?|"
    r"crashed|collisions?|derail\w*|capsiz\w*|sank|shipwreck|accident(?:al|ally)?|"
    r"(?:gas|chemical|oil|fuel|ammonia) (?:leaks?|spills?|explosions?)|spills?|leak(?:ed|s)?|"
    r"(?:tanks?|plants?|factory|factories|warehouses?|boilers?|cylinders?|pipelines?|mines?|refinery) "
    r"(?:\w+ ){0,3}?(?:exploded|explosions?|blasts?|fires?|caught fire|collapsed)|"
    r"(?:explosions?|blasts?|fires?) (?:\w+ ){0,4}?(?:plant|factory|warehouses?|refinery|pipeline|depot of|tanker)|"
    r"fire broke out|blaze|covid|coronavirus|pandemic|epidemic|outbreak of|cholera|ebola|"
    # a road accident or a storm told by what happened: "a bus plunged into a ravine", "the tanker overturned and
    # exploded", "a lightning strike killed three herders" (a vehicle that only "exploded" is a vehicle bomb)
    r"plunged (?:off|into|down|from)|overturn(?:ed|ing|s)|veered off|lightning|"
    r"(?:tankers?|trucks?|lorr(?:y|ies)|buses|bus|minibus(?:es)?|trains?|boats?) (?:[\w-]+ ){0,5}?(?:caught fire|crashed))\b",
    re.IGNORECASE,
)
DIED_IN_CUSTODY = re.compile(r"\s+(?:while\s+|after\s+\w+\s+)?in\s+(?:police\s+|military\s+|army\s+|state\s+|government\s+|"
                             r"security\s+|prison\s+|their\s+|his\s+|her\s+)?(?:custody|detention)\b", re.IGNORECASE)
BUILDING_FIRE = re.compile(r"\b(?:buildings?|houses?|homes?|apartments?|flats?|blocks?|shops?|hotels?|markets?|"
                           r"dormitor(?:y|ies)|hospitals?|schools?)\b(?:[\s,]+[\w’'-]+){0,6}?\s+(?:that\s+|which\s+)?"
                           r"(?:caught|catches|catching)\s+fire\b|\b(?:buildings?|houses?|homes?|blocks?)\b(?:[\s,]+[\w’'-]+){0,6}?"
                           r"\s+(?:that\s+|which\s+)?(?:had\s+)?collapsed\b", re.IGNORECASE)
CRIME = re.compile(
    r"\b(?:robber(?:y|ies)|robbers?|burglar\w*|thefts?|thie(?:f|ves)|steal(?:ing|s)?|stole|stolen|smuggl\w+|traffick\w+|drugs?|narcotics?|cocaine|"
    r"heroin|steroids?|cannabis|gangs?|cartels?|fraud|scams?|corruption|bribe\w*|money laundering|counterfeit|"
    r"poach\w+|cyber ?crime|extortion|migrants?)\b",
    re.IGNORECASE,
)
# talk about a weapon programme, a sanction or who is to blame is not the event it names
NOT_AN_ACT = re.compile(
    r"\b(?:(?:missile|nuclear|rocket|weapons?) (?:tests?|testing|programs?|programmes?|development|launch(?:es)?|"
    r"capabilit\w+)|sanctions?|expel\w*|expulsions?|claim(?:ed|s|ing)? (?:of )?responsibility|takes? credit|"
    r"took credit|blam(?:e|ed|es|ing)|accus(?:ed|es|ing|ations?))\b",
    re.IGNORECASE,
)
ARMED_GROUP = (2, 3, 4)  # non-state armed groups: a state's forces also answer disasters and crime
# a blaming word ("accused X of") followed by the act itself, told with its day: "accused the RSF of shelling a
# hospital in El Fasher on Friday, killing nine people". (Not a claim of responsibility: "X claimed responsibility
# for the car bomb in Diyarbakir on Friday that killed eight" is an attribution, no event of its own, in the CASE
# 2021 convention the dev floor holds; the group's claim joins the bombing told elsewhere, `_responsibility_claims`)
OWNED_OR_BLAMED = re.compile(r"accus|blam", re.IGNORECASE)
TOLD_DAY = re.compile(r"\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|overnight|last\s+night|"
                      r"this\s+morning|earlier\s+today)\b|\bon\s+\d{1,2}\s+[A-Z][a-z]+|\bon\s+[A-Z][a-z]+\s+\d{1,2}\b")


def _owned_act_told(text: str, act: re.Match, by_role: dict) -> bool:
    """An owning or blaming word that goes on to tell the act itself, with its day and a deed of violence after it
    (a kill, a weapon, a bombing, a clash): the sentence tells that incident, in the voice of who owns or blames it."""
    if not OWNED_OR_BLAMED.match(act.group(0)) or MUTUAL.match(text, act.end()):
        return False  # ("accused each other of starting the fighting": two accounts of a fight, not a telling of it)
    after = [c for r in ("kill", "weapon", "bombing", "clash") for c in by_role[r] if c.start >= act.end()]
    # the deed right after the owning words ("for the suicide bombing"), or the accused's deed named by its verb
    # ("accused the RSF of shelling a hospital ..., killing nine"), not a clause later
    near = min((c.start for c in after), default=len(text)) - act.end() <= 45 or bool(ACCUSED_OF.match(text, act.end()))
    return bool(after) and near and bool(TOLD_DAY.search(text, act.end()))


ACCUSED_OF = re.compile(r"\s+(?:[\w’'-]+\s+){1,6}?of\s+(?:having\s+)?(?:shelling|bombing|attacking|killing|firing|shooting|"
                        r"striking|raiding|ambushing|massacring|executing|burning|looting|abducting|kidnapping|"
                        r"torching|storming|targeting|launching)\b", re.IGNORECASE)


MUTUAL = re.compile(r"\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE)


# a span of several days of fighting is a period, not an incident: "killed in two days of fighting", "after a
# week of clashes" (the toll over it is a total; the fighting word in it starts no event)
_SPAN_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|few|many|\d+)"
MULTI_DAY = re.compile(r"\b(?:in|over|during|after|across|throughout)\s+(?:the\s+|those\s+)?(?:(?:past|last|first)\s+)?"
                       r"(?:" + _SPAN_COUNT + r"\s+(?:days|nights|weeks|months)|a\s+week|a\s+month|(?:\d+|two|three)-day|"
                       r"(?:\d+|two|three|six)-week)\s+of\s+(?:heavy\s+|fierce\s+|intense\s+|border\s+|renewed\s+)?"
                       r"(?:fighting|clashes|hostilities|battles|combat|violence|unrest|shelling|bombardment|strikes|"
                       r"protests|demonstrations|rioting)\b", re.IGNORECASE)
DISPOSED = re.compile(r"\b(?:defus\w+|detonat\w+|destroy\w*|disposed\s+of|made\s+(?:\w+\s+)?safe|removed|neutrali[sz]\w+|"
                      r"dismantl\w+|blew\s+up|blown\s+up|controlled\s+explosions?|disarm\w+)\b", re.IGNORECASE)
NOT_A_PROTEST_CROWD = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:commuters|shoppers|passengers|worshippers|worshipers|"
                                 r"travell?ers|tourists|diners|customers|pilgrims|spectators|fans|guests|bystanders|"
                                 r"onlookers|revell?ers|holidaymakers|holiday-makers|football fans|market-goers|"
                                 r"churchgoers|festival-?goers|concert-?goers|beachgoers)\b", re.IGNORECASE)
WEAPON_AS_TARGET = re.compile(r"\s+(?:bases?|warehouses?|depots?|stores|storage|sites?|factor(?:y|ies)|facilit(?:y|ies)|"
                              r"production|programmes?|programs?|stockpiles?|arsenals?)\b", re.IGNORECASE)
VEHICLE_SUBJECT = re.compile(r"\b(?:trucks?|lorr(?:y|ies)|cars?|vehicles?|buses|bus|vans?|trains?|ships?|vessels?|tankers?|"
                             r"boats?|ferr(?:y|ies)|convoys?\s+of\s+(?:aid|food|fuel|goods)|aid\s+convoys?)\s+"
                             r"(?:(?:had|has|have|had\s+already|first|then|also|reportedly)\s+)?$", re.IGNORECASE)
COUNT_START = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:first\s+)?"
                         r"(?:began|begun|started|erupted|broke\s+out|flared)\b", re.IGNORECASE)
RUNNING_TOTAL = re.compile(r"[^.;]{0,60}?\b(?:since\s+(?:the\s+\w+\s+(?:began|started|erupted)|the\s+start|"
                           r"the\s+(?:vote|elections?|unrest|protests|demonstrations|riots|crackdown|uprising|coup|"
                           r"violence|fighting|clashes|war|conflict|offensive|invasion)\b|"
                           r"(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|"
                           r"(?:early|mid|late)\s+\w+|\d+)|so far|to date|(?:in|over|during)\s+(?:the\s+)?(?:past|last)\s+(?:\w+\s+)?"
                           r"(?:days|weeks|months|hours))\b|[^.;]{0,60}?" + MULTI_DAY.pattern, re.IGNORECASE)
GAIN_TOTAL = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|"
                        r"many)\s+(?:more\s+|other\s+)?(?:provincial\s+|district\s+|regional\s+)?"
                        r"(?:capitals|cities|towns|districts|villages|provinces|bases)\s+(?:in|within|over)\s+"
                        r"(?:the\s+)?(?:past\s+|last\s+)?(?:\w+\s+)?(?:days|weeks|months|hours)\b", re.IGNORECASE)
_MANY = (r"(?:more than\s+|over\s+|at least\s+|some\s+|nearly\s+|almost\s+|about\s+)?(?:\d[\d,]*|two|three|four|five|"
         r"six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of|several|multiple)")
MANY_STRIKES = re.compile(r"\b(?:the|" + _MANY + r")\s+(?:air\s+|drone\s+|missile\s+|rocket\s+|US\s+|Israeli\s+|"
                          r"Russian\s+|coalition\s+)?(?:strikes|airstrikes|air raids|raids|attacks|sorties|bombings)\b",
                          re.IGNORECASE)
# (three places or more: "in two towns" may still be two events a coder places)
MANY_SITES = re.compile(r"\b(?:at|in|on|across|hit|struck|targeted|targeting)\s+" + _MANY.replace("two|", "")
                        + r"\s+(?:\w+\s+)?"
                        r"(?:locations|sites|targets|provinces|governorates|regions|districts|states|cities|towns)\b",
                        re.IGNORECASE)
CREWED = re.compile(r"\b(?:helicopters?|gunships?|(?:war|fighter |military |transport |cargo |passenger |spy )?planes?|"
                    r"(?:fighter )?jets?|aircraft|warplanes?|bombers?|F-\d+s?|Su-\d+s?|MiG(?:-\d+)?s?)\b", re.IGNORECASE)
UNCREWED = re.compile(r"\b(?:drones?|UAVs?|unmanned|missiles?|rockets?|projectiles?|balloons?|shells?)\b", re.IGNORECASE)


# a share of the weapons stopped: "most were intercepted", "some of the rockets were shot down"
PARTIAL_STOP = re.compile(r"\b(?:most|some|many|several|part|half|the majority|all but (?:\w+))(?:\s+of\s+(?:them|the\s+[\w-]+))?"
                          r"\s+(?:were|was|had been|have been|has been)\s+(?:\w+\s+)?(?:intercepted|shot down|downed)\b",
                          re.IGNORECASE)
# the weapon is the subject of its interception, in one clause: "rockets fired at X during the night were intercepted"
STOPPED_AFTER = re.compile(r"[^.;,]{0,80}?\s(?:were|was|had been|have been|has been)\s+(?:all\s+|\w+ly\s+)?\w", re.IGNORECASE)


def _crewed_downed(text: str, cue: Cue) -> bool:
    if not cue.text.lower().startswith("shot down"):
        return False
    before = re.split(r"[.;]|,\s+(?:and|but|while)\b", text[max(0, cue.start - 60): cue.start])[-1]
    after = re.split(r"[.;,]|\b(?:by|over|near|in|after|when)\b", text[cue.end: cue.end + 40])[0]
    obj = after if re.search(r"\w", after) else before  # active: the object follows; passive: the subject precedes
    return bool(CREWED.search(obj)) and not UNCREWED.search(obj)


FLYOVER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:(?:were|was|are|is|could be|had been|have been)\s+(?:\w+\s+)?)?"
                     r"(?:fl(?:y|ying|ew|own)|circl(?:ed|ing)|hover(?:ed|ing)|overfl(?:ew|ying|own)|roar(?:ed|ing)|"
                     r"buzz(?:ed|ing)|patroll(?:ed|ing)|seen|heard|spotted|sighted)\b", re.IGNORECASE)
AIR_ATTACK = re.compile(r"\b(?:bomb\w*|strik\w+|struck|fir(?:ed|ing)|shell\w*|attack\w*|hit(?:ting)?|dropp\w+|"
                        r"target\w*|strafe\w*|pound\w*|raid\w*|kill\w*|wound\w*)\b", re.IGNORECASE)
ARMS_WORD = re.compile(r"\b(?:bomb\w*|explosive\w*|IEDs?|devices?|missiles?|rockets?|weapons?|arms|ammunition|"
                       r"suicide|vests?|grenades?|mines?|drones?|shells?|munitions|detonat\w+)\b", re.IGNORECASE)


def _clause(text: str, cue: Cue) -> str:
    """The stretch of the sentence around a cue, between the nearest clause breaks."""
    start = max(text.rfind(";", 0, cue.start), text.rfind(". ", 0, cue.start)) + 1
    ends = [i for i in (text.find(";", cue.end), text.find(". ", cue.end)) if i >= 0]
    return text[start: min(ends) if ends else len(text)]


# a sentence about what is not known of an event
UNTOLD = re.compile(r"\b(?:did not|didn[’']t|does not|doesn[’']t|would not|wouldn[’']t|could not|couldn[’']t|declined to|"
                    r"refused to)\s+(?:say|specify|disclose|reveal|explain|confirm)\s+(?:\w+\s+){0,2}?(?:where|when|how|who|"
                    r"why|whether)\b|\b(?:it|that)\s+(?:was|is|remained|remains)\s+(?:not\s+(?:yet\s+)?clear|unclear)\s+"
                    r"(?:where|when|how|who|why|whether)\b|\bno\s+(?:immediate\s+|further\s+|official\s+)?(?:word|"
                    r"information|details|figures?)\s+(?:on|about|of)\b", re.IGNORECASE)
# a toll over a period or a whole operation rather than one incident
PERIOD_TOTAL = re.compile(r"\b(?:during|over|throughout|in the course of)\s+the\s+(?:night|day|evening|weekend|"
                          r"(?:past|last)\s+(?:\w+\s+)?(?:hours|days))\b|\bovernight\b|\bin (?:total|all)\b|"
                          r"\b(?:coup|putsch|mutiny|uprising|(?:coup |putsch |mutiny )?attempt|violence|unrest)\s+"
                          r"(?:has\s+|had\s+)?(?:left|claimed|cost)\b", re.IGNORECASE)
# a toll raised from a figure given on an earlier named day: a tally kept over days ("up from the 50 it announced on
# Wednesday", "from 49 given on Tuesday")
DAYS_TALLY = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\d,]+|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:announced|given|gave|reported|"
                        r"released|cited|published)\s+(?:on\s+|last\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                        r"the\s+(?:previous|day\s+before)|yesterday)\b", re.IGNORECASE)
SHARE_IN = re.compile(r"\b(?:(?:most|many|some|half|all|several|the majority)\s+of\s+them|"
                      # "120 killed across the country, including 45 in Kaya": the place holds a share of the total
                      r"(?:including|among them|of whom|of them)\s+(?:at least\s+|more than\s+)?[\w,]+\s+(?:[a-z]+\s+)?)"
                      r"\s*(?:in|at)\s+$", re.IGNORECASE)
# a span of a week or more that a toll covers: "this year", "in the past week", "over the last three months",
# "in its annual report" (a day, a night or "this week" can still date one incident)
LONG_SPAN = re.compile(r"\b(?:this|so far this|earlier this)\s+(?:month|year)\b|"
                       r"\b(?:in|over|during|throughout)\s+(?:the\s+)?(?:past|last|previous)\s+(?:\w+\s+)?"
                       r"(?:week|weeks|month|months|year|years)\b|\b(?:annual|yearly|monthly)\s+(?:report|summary|"
                       r"tally|count|review|figures)\b", re.IGNORECASE)
# an event word that only names a kind of violence: "air raids", "fighting", "shelling", "clashes"
NOMINAL_KIND = re.compile(r"^(?:[\w-]+[ -])?(?:air ?strikes|air[- ]?raids|airstrikes|bombings|fighting|battles|clashes|"
                          r"shelling|raids|bombardments?|strikes|attacks|drone attacks|drone strikes|landmines|mines|"
                          r"explosions|violence|hostilities|combat)$", re.IGNORECASE)
# what a force entered, right after the verb: "entered the town", "entered Palma", "entered two villages"
ENTERED_OBJECT = re.compile(r"\s+(?:(?:the|a|an|their|its|his|her|our|this|that|these|those|several|two|three|four|"
                            r"many|some|parts\s+of|into|inside)\b|[A-Z\d])")
# "after weeks of opposition protests", "amid months of demonstrations": a wave named by how long it lasted, as the
# time the sentence's news came after or in, no act of its own (a counted span, "two days of unrest", is
# `SUMMARY_SPAN`)
SPELL_OF = re.compile(r"\b(?:after|following|followed|amid|since|during)\s+(?:[\w-]+\s+)?(?:days|weeks|months|years)\s+"
                      r"of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# acts at places the text counts but does not name, beside the one it tells: "on several other islands", "in a
# number of other towns", "several other villages"
OTHER_PLACES = re.compile(r"\b(?:several|many|a\s+number\s+of|some|various|dozens\s+of|\w+)\s+other\s+"
                          r"(?:(?-i:[a-z]+ern)\s+)?(?:towns|cities|villages|islands|provinces|regions|districts|"
                          r"places|areas|neighbourhoods|neighborhoods|camps|sites|parts\s+of\s+the\s+country)\b",
                          re.IGNORECASE)
NATIONWIDE = re.compile(r"\b(?:across the country|nationwide|around the country|throughout the country)\b",
                        re.IGNORECASE)
# a running total: "more than 30 of its civilians have been killed", "... have been killed since the war began"
TOLL_INCLUDES = re.compile(
    r"\b(?:toll|dead|deaths|killed|died)\b[^.;]{0,60}?,?\s+(?:including|among\s+them)\s+(?:the\s+|those\s+)?"
    r"(?P<part>[\d,]+\s+|[a-z]+\s+)(?:(?:people|others|victims|of\s+them)\s+)?(?:who\s+)?(?:died|were\s+killed|killed|perished)\s+"
    r"(?:in|at|during)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?(?:stampedes?|attacks?|blasts?|explosions?|fires?|"
    r"clash(?:es)?|shootings?|bombings?|raids?|riots?|looting|unrest|crash|violence|massacres?|ambush(?:es)?|fighting)\b",
    re.IGNORECASE)


def _holds_told_toll(text: str, an: "Analysis", told: list) -> bool:
    """Whether a toll names, as a share of it, the whole toll of an incident already told ("including the ten who
    died in the stampede", after the stampede's ten dead were told)."""
    m = TOLL_INCLUDES.search(text)
    if m is None:
        return False
    base = an.sentence.start
    parts = [q.value for q in an.quantities if q.value and m.start("part") <= q.start - base < m.end("part")]
    return bool(parts) and any(c.fatalities is not None and c.fatalities.best == parts[0] for c in told)
TALLY = re.compile(
    r"\bof (?:its|their|our) (?:own )?[\w-]+\b[^.;]*?\b(?:have|has|had) been (?:killed|wounded|injured)\b|"
    r"\b(?:have|has|had) (?:been (?:killed|wounded|injured)|died|lost their lives)\b[^.;]*?\b(?P<since>so far|to date|"
    r"in total|since|this (?:month|year|week)|in recent (?:days|weeks|months)|"
    r"(?:over|in|during) the (?:past|last) (?:\w+ )?(?:days|weeks|months|years))\b",
    re.IGNORECASE)


# less-lethal weapons police use on crowds
CROWD_CONTROL = re.compile(r"^(?:(?:stun|flash|flash-?bang|sound|smoke|concussion|tear[- ]?gas|pepper|rubber|"
                           r"sting-?ball)[- ]?grenades?|flash-?bangs?|tear[- ]?gas|water cannons?|rubber bullets|"
                           r"(?:rubber|plastic|sponge|foam|less-lethal|non-lethal|beanbag|bean bag)[- ]"
                           r"(?:bullets|rounds|projectiles|pellets)|pepper[- ]?spray\w*)$", re.IGNORECASE)
SELF_DISPERSED = re.compile(r"\s+(?:peacefully|without (?:incident|violence|incidents)|quietly|calmly|on (?:their|its) own|"
                            r"voluntarily|of (?:their|its) own accord)\b", re.IGNORECASE)
DECREE = re.compile(r"^(?:(?:began|started) (?:a |an )?(?:curfew|lockdown)|imposed (?:a )?curfew|"
                    r"(?:deploy|dispatch|redeploy)\w*\b.*|"
                    # a force's posture is no incident: "reinforcements were on their way", "the army had
                    # reinforced bases", "mobilised reservists", "fortified positions", "a military build-up"
                    r"reinforc\w*|mobili[sz]\w*|fortif\w*|(?:military )?build-?up|troop movements?)$", re.IGNORECASE)
# the state's own bodies, dissolved or suspended by those in power: a decree, not a group changing itself
STATE_BODY = re.compile(r"\b(?:government|cabinet|parliament|(?:national |constituent |legislative |regional |"
                        r"provincial |local )?(?:assembly|assemblies|councils?)|senate|legislature|congress|"
                        r"constitution|institutions|(?:electoral|election) (?:commission|board)|courts?|ministries|"
                        r"(?:state|provincial|regional) governments?|governorships?)\b", re.IGNORECASE)
DISSOLVE = re.compile(r"^dissolv", re.IGNORECASE)


DEAL_KEPT = re.compile(r"\b(?:cease-?fires?|truces?|deals?|agreements?|accords?|armistice)\s+(?:(?:has|had|have)\s+)?"
                       r"(?:(?:largely|mostly|broadly|still|so far|generally|appeared to have|seemed to have)\s+)?$",
                       re.IGNORECASE)


BLOCKED_ONLY = re.compile(r"^block(?:ed|ing|s)?\b", re.IGNORECASE)


# (the means may be a list: "backed by armoured vehicles, helicopters and gunship aircraft attacked")
BACKED_BY = re.compile(r"\b(?:backed|supported|covered|assisted|aided|accompanied)\s+by\s+(?:[\w-]+,?\s+){0,6}$|"
                       r"\bwith\s+(?:the\s+)?(?:air\s+|aerial\s+|artillery\s+)?(?:support|backing|cover)\s+(?:of|from)\s+"
                       r"(?:[\w-]+,?\s+){0,6}$", re.IGNORECASE)


BACKED_VERB = re.compile(r"\s(attacked|stormed|raided|assaulted|fought|battled|overran|opened fire|advanced)$", re.IGNORECASE)


# Figurative uses of the clash words (no one fought): an attack or a battle qualified as one of words, law or
# politics, or aimed at an abstract thing; a clash over a question; a dismissal ("was fired on Friday")
_WORDY = (r"scathing|blistering|stinging|withering|verbal|rhetorical|thinly[- ]veiled|veiled|personal|political|"
          r"legal|court|courtroom|electoral|diplomatic|bureaucratic|uphill|public relations|media|propaganda|"
          r"twitter|online|written|budget|custody|succession|leadership|ideological|procedural")
WORDY_BEFORE = re.compile(r"\b(?:" + _WORDY + r")\s+(?:and\s+\w+\s+)?$", re.IGNORECASE)
_ABSTRACT = (r"record|policy|policies|reforms?|decisions?|plans?|budget|bill|law|laws|leadership|handling|credibility|"
             r"integrity|independence|freedoms?|rights|democracy|constitution|judiciary|press|media|economy|"
             r"proposals?|strategy|approach|direction|future|wording|details|terms|question|issue|issues|"
             r"results?|vote|nominations?|appointments?|ruling|verdict|corruption|inflation|poverty|prices|"
             r"the (?:rule of law|free press)")
ABSTRACT_OBJECT = re.compile(r"\s+(?:on|over|about|against)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?"
                             r"(?:[\w’'-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:" + _ABSTRACT + r")\b", re.IGNORECASE)
FIGHT_AGAINST = re.compile(r"\s+against\s+(?:[\w-]+\s+){0,2}?(?:corruption|poverty|inflation|disease|malaria|"
                           r"hunger|climate change|impunity|drugs?|crime|fake news|disinformation|covid|the virus)\b",
                           re.IGNORECASE)
FIRED_FROM_POST = re.compile(r"^(?:was|were|had been|have been|has been|being) fired (?:up)?on (?:the )?(?:(?:mon|tues|wednes|"
                             r"thurs|fri|satur|sun)day|\d|(?:january|february|march|april|may|june|july|august|"
                             r"september|october|november|december)\b|same day|day|morning|afternoon|evening|eve)",
                             re.IGNORECASE)
ARMED_NEAR = re.compile(r"\b(?:police\w*|troops|soldiers|army|forces|militants|rebels|gunmen|fighters|militia\w*|"
                        r"protesters|demonstrators|supporters|youths|crowds?|mobs?|rioters|villagers|residents|clans?|"
                        r"communities|herders|kill\w*|wound\w*|injur\w*|dead|deaths?|shot|shoot\w*|fir(?:e|ed|ing)|"
                        r"guns?|gunfire|weapons?|stones|rocks|machetes|knives|sticks)\b", re.IGNORECASE)


def _figurative(text: str, cue: Cue) -> bool:
    word = cue.text.lower()
    if FIRED_FROM_POST.match(word + text[cue.end:cue.end + 40]):
        return True  # "The governor was fired on Friday": dismissed, no gunfire
    if not re.match(r"(?:attack|battle|fight|clash|assault|offensive)", word):
        return False
    if ARMED_NEAR.search(text):
        return False  # a fight the sentence arms or bloodies is a fight
    return bool(WORDY_BEFORE.search(text, max(0, cue.start - 40), cue.start) or ABSTRACT_OBJECT.match(text, cue.end)
                or FIGHT_AGAINST.match(text, cue.end))


# a new head named: a change to an armed group only when the sentence names one ("the jihadist group appointed a new
# leader"; not "the ruling party elected a new leader")
NEW_HEAD = re.compile(r"^(?:appointed|named|chose|elected|announced)\b(?! (?:the )?(?:formation|creation) of)",
                      re.IGNORECASE)
ARMED_GROUP_WORD = re.compile(r"\b(?:armed|jihadist|militant|rebel|insurgent|terrorist|extremist|separatist|"
                              r"militias?|rebels|insurgents|militants|jihadists|guerrillas?|insurgency)\b", re.IGNORECASE)


def _armed_group_named(text: str, an: "Analysis") -> bool:
    return bool(ARMED_GROUP_WORD.search(text)) or any(getattr(a, "inter", None) in ARMED_GROUP for a in an.actors)


def _state_body_dissolved(text: str, cue: Cue) -> bool:
    """'the junta dissolved parliament', 'the cabinet and the assembly were dissolved': the object (after an
    active verb) or the subject (before a passive one) is a state body."""
    if not DISSOLVE.match(cue.text):
        return False
    after = re.split(r"[,;.]| and (?!the\b)", text[cue.end: cue.end + 60])[0]
    before = re.split(r"[,;.:]|\bthat\b", text[max(0, cue.start - 80): cue.start])[-1]
    if STATE_BODY.search(after):
        return True
    return bool(PASSIVE_BEFORE.search(before) and STATE_BODY.search(before))


# a count over a whole country: "nationwide", "across the country", "across Belarus", "in several cities"
COUNTRYWIDE = re.compile(r"\b(?:across|throughout|around|all over)\s+(?:the\s+)?(?:country|nation)\b|"
                         r"\bnationwide\b|\b(?:in|across|throughout|on) (?:(?:at least|more than|over|some|about|around|"
                         r"nearly|almost) )?(?:several|many|various|different|\w+ other|"
                         r"\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of) (?:(?-i:[a-z]+ern) )?"
                         r"(?:cities|towns|regions|provinces|states|districts|places|locations|islands)\b|"
                         r"\bin (?:total|all)\b", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been|being|are|is)\s+(?:\w+\s+)?$", re.IGNORECASE)
UNREST_SPAN = re.compile(r"\b(?:in connection with|over|during|since)\s+(?:the|this|last)\s+(?:recent\s+|ongoing\s+|"
                         r"(?:\w+-)?(?:day|week)(?:-long)?\s+|week\s+of\s+|days\s+of\s+)?(?:unrest|protests|riots|"
                         r"demonstrations|disturbances|violence|crackdown|turmoil)\b", re.IGNORECASE)
PERFECT_TOTAL = re.compile(r"\b(?:have|has)\s+(?:now\s+|so far\s+)?been\s+(?:killed|wounded|injured|hurt|detained|"
                           r"arrested)\b", re.IGNORECASE)
SPREAD = re.compile(r"\b(?:across|throughout|all over)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+|"
                    r"central\s+|much of\s+|parts of\s+)?$", re.IGNORECASE)


# a toll told in a relative clause on a lasting conflict: "a power struggle that has killed dozens", "the
# war, which has left thousands dead", "fighting that has claimed 40 lives since May" — the toll of the whole
# conflict, neither an event nor the fatalities of the incident the main clause tells. Long-lasting nouns
# take any tense ("an insurgency that killed 300,000"); a burst of fighting needs the perfect ("clashes that
# have killed 20"), since "clashes that killed 20" may well be the toll of the clashes told.
_LASTING = (r"war|conflict|insurgency|rebellion|uprising|struggle|crisis|violence|unrest|turmoil|campaign|"
            r"civil war|feud|standoff|stand-off|dispute|revolt|jihad|upheaval|instability")
_BURST = r"fighting|clashes|hostilities|protests|demonstrations|crackdown|offensive|raids|attacks|strikes|bombardment"
_TOLL_VERB = (r"(?:killed|left|claimed|cost|resulted in|caused|displaced|uprooted|forced)")
RELATIVE_TOLL = re.compile(
    r"\b(?:(?:" + _LASTING + r")(?:\s+(?:in|of|over|between|against|with)\s+[^,.;]{1,40}?)?,?\s+(?:that|which)\s+"
    r"(?:(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+|since\s+)?)?"
    r"|(?:" + _BURST + r")(?:\s+(?:in|of|over|between|against|with)\s+[^,.;]{1,40}?)?,?\s+(?:that|which)\s+"
    r"(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?)"
    + _TOLL_VERB + r"\b[^.;:]*", re.IGNORECASE)


@lru_cache(maxsize=16)
def running_toll_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans (sentence offsets) of relative clauses that carry a conflict's running toll; the clause ends at
    the next comma that is followed by a new clause, or at the end of the sentence. (Kept for the last
    few sentences: a sentence's frames, actors and counts each ask.)"""
    spans = []
    for m in RELATIVE_TOLL.finditer(text):
        start = text.index(" ", m.start()) if " " in text[m.start(): m.end()] else m.start()
        spans.append((start, m.end()))
    return tuple(spans)


def _spread_total(text: str, an: "Analysis") -> bool:
    """A count spread over a state, region or country ("across Plateau State", "throughout the country") with
    no town of its own."""
    base = an.sentence.start
    places = [p for p in an.places if p.place is not None]
    if any(p.place.feature not in ("country", "admin1", "region") and not SHARE_IN.search(
            text[max(0, p.start - base - 30): p.start - base]) for p in places):
        return False
    if SPREAD_WIDE.search(text):
        return True
    return any(SPREAD.search(text[max(0, p.start - base - 30): p.start - base]) for p in places)


SPREAD_WIDE = re.compile(r"\b(?:across|throughout|all over)\s+(?:the\s+)?(?:(?:whole|entire)\s+)?(?:country|nation|state|province|"
                         r"region)\b|\bnationwide\b|\bstate-?wide\b|"
                         r"\b(?:across|throughout|all over)\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:State|Province|Region|Governorate|"
                         r"County|Department|Oblast)\b")


def _nationwide(text: str, an: "Analysis", counted: list[Cue]) -> bool:
    """A count that covers a whole country ("detained nationwide", "killed across Belarus") and names no
    town of its own: a total over many incidents."""
    base = an.sentence.start
    places = [p for p in an.places if p.place is not None]
    if any(p.place.feature not in ("country", "admin1", "region") and not SHARE_IN.search(
            text[max(0, p.start - base - 30): p.start - base]) for p in places):
        return False
    if COUNTRYWIDE.search(text):
        return True
    if UNREST_SPAN.search(text) and not any(not d.future and d.value is not None for d in an.dates):
        return True  # "7,900 people had been detained in connection with the unrest": the whole of it
    return any(p.place.feature == "country" and SPREAD.search(text[max(0, p.start - base - 20): p.start - base])
               for p in places)


def _injuries_only(by_role: dict, an: "Analysis") -> bool:
    """'80 people were treated for injuries', 'dozens were wounded in the unrest': a count of the hurt with no
    act and no one who did it is no attack of its own."""
    if by_role["kill"] or by_role["execute"] or by_role["clash"] or by_role["weapon"] or by_role["bombing"]:
        return False
    text = an.sentence.text
    # "two police officers were hurt": the force named is the one hurt, not one who hurt anybody
    if all(PASSIVE_BEFORE.search(text[: c.start]) and not re.match(r"\s+by\b", text[c.end:]) for c in by_role["injure"]):
        return True
    return not any(a.inter in (1, 2, 3, 4, 5, 8) for a in an.actors)


def _not_political(text: str, by_role: dict, an: "Analysis") -> bool:
    # the word searches last: the cheap tests on actors and roles settle most sentences first
    if not any(a.inter in ARMED_GROUP for a in an.actors) and not (
            by_role["clash"] or by_role["execute"] or by_role["abduct"] or by_role["protest"]
            or any(c.sub_event_type in ("Air/drone strike", "Suicide bomb", "Chemical weapon") for c in by_role["weapon"])) \
            and DISASTER.search(text):
        return True
    if not any(a.inter in (1, 2, 3, 4, 5, 8) for a in an.actors) and not any(by_role[r] for r in ("clash", "execute", "abduct", "protest", "riot", "mob", "weapon",
                                                       "bombing", "sexual")) \
            and BUILDING_FIRE.search(text):
        # "found the bodies of two workers in a building that caught fire during the night": deaths in a fire
        # or a collapse no one is said to have caused are no political violence
        return True
    if not any(a.inter in (2, 3, 4, 5, 6) for a in an.actors) and not (
            by_role["protest"] or by_role["mob"] or by_role["sexual"] or by_role["riot"]
            or (by_role["weapon"] and (by_role["kill"] or by_role["injure"]))) and CRIME.search(text) \
            and not MOB_ASSAULT.search(text):  # a crowd beating a suspected thief is mob violence, not crime
        return True
    act = NOT_AN_ACT.search(text)
    if act and _owned_act_told(text, act, by_role):
        act = None
    if act:
        first = min((c.start for r, found in by_role.items() if r not in ("agreement_verb", "anaphor", "injure")
                     for c in found), default=len(text))
        if act.start() < first or NOT_AN_ACT.fullmatch(text[act.start():act.end()]) and \
                re.match(r"(?:missile|nuclear|rocket|weapon)", act.group(0), re.I):
            return True
    return False


# The crowd vocabulary: every noun this module reads as a crowd, once, with its kind and the patterns that take
# it. ACLED's crowd actors are protesters (inter 6) and rioters (inter 5, mobs among them); the kind says which
# crowd a noun names when nothing else is told:
#   demonstrators  a crowd with a cause (protesters, marchers, mourners)
#   rioters        a crowd that wrecks or loots
#   crowd          a crowd named by its number alone, with no cause (a crowd, a mob, groups of people)
#   young          a crowd named by its age (youths, young men)
#   communal       the people of a place, a clan or a community acting together (villagers, tribesmen)
#   supporters     the followers of a party, a leader or a club
#   occupation     a walk of life that turns out as a crowd (students, farmers)
#   gathering      the demonstration itself, as one side of a fight ("rival rallies clashed")
# The uses are the patterns built below, one word each:
#   words     CROWD_WORDS: a crowd named between a force and its act (object or subject of the act)
#   subject   CROWD_SUBJECT: a crowd earlier in the clause, the subject of a riot's or a clash's act
#   communal  COMMUNAL: a crowd earlier in the clause of a clash with no armed group: mob violence
#   side      CROWD_SIDE: a crowd on one side of a fight with the police
#   looting   LOOTING_CROWD: who loots in a riot, a crowd and not an armed force
#   looters   LOOTERS: the word that makes a looting crowd by itself
#   fight     CROWD_FIGHT (FIGHTING_CROWD): each of two crowds fighting one another
#   assault   MOB_ASSAULT: a crowd that sets upon people (beside "hundreds of men", "a group of youths")
#   and       CROWD_AND_FORCE: a crowd named with the force it fought ("protesters and police")
#   named     CROWD_NAMED: a crowd, so policing with no protest named policed one
#   head      CROWD_NOUN: a protest cue that is the crowd itself, not its activity
#   target    SHOOTING, DEMO_OBJECT: demonstrators shot at or set upon
#   toll      DEMONSTRATOR_HEADS: the head of a toll counting demonstrators
# The uses differ word by word as the rules were written; each is kept exactly (a word added to a use changes
# what the rule reads, so it is a rule change, made and measured on its own).
CROWD_VOCABULARY = (
    # (noun, kind, uses)
    ("protesters", "demonstrators", "words subject side looting fight and head target toll"),
    ("protestors", "demonstrators", "subject side head"),
    ("protester", "demonstrators", "head toll"),
    ("protestor", "demonstrators", "head"),
    ("demonstrators", "demonstrators", "words subject side looting fight and head target toll"),
    ("demonstrator", "demonstrators", "head toll"),
    ("marchers", "demonstrators", "words subject side fight target toll"),
    ("marcher", "demonstrators", "toll"),
    ("counter-protesters", "demonstrators", "fight"),
    ("counter-demonstrators", "demonstrators", "fight"),
    ("mourners", "demonstrators", "subject side"),
    ("activists", "demonstrators", "subject"),
    ("rioters", "rioters", "words subject side looting and"),
    ("looters", "rioters", "looting looters"),
    ("crowd", "crowd", "words subject communal side looting assault and named"),
    ("crowds", "crowd", "words subject communal side looting fight assault and named"),
    ("mob", "crowd", "words subject communal looting assault"),
    ("mobs", "crowd", "subject communal looting assault"),
    ("people", "crowd", "looting"),
    ("groups", "crowd", "fight"),  # (CROWD_SUBJECT takes "groups" too, but not "armed groups": see there)
    ("gangs", "crowd", "fight"),
    ("members", "crowd", "fight"),
    ("group of people", "crowd", "communal looting"),
    ("groups of people", "crowd", "communal looting"),
    ("group of men", "crowd", "communal looting"),
    ("groups of men", "crowd", "communal looting"),
    ("group of youths", "crowd", "communal looting"),
    ("groups of youths", "crowd", "communal looting"),
    ("group of residents", "crowd", "looting"),
    ("groups of residents", "crowd", "looting"),
    ("youth", "young", "words subject"),
    ("youths", "young", "words subject communal side looting fight and"),
    ("young men", "young", "words subject side"),
    ("young people", "young", "words subject side"),
    ("teenagers", "young", "words subject"),
    ("villagers", "communal", "subject communal side fight assault"),
    ("residents", "communal", "subject communal side looting fight assault"),
    ("locals", "communal", "subject looting assault"),
    ("communities", "communal", "communal fight"),
    ("community members", "communal", "communal"),
    ("neighbours", "communal", "communal"),
    ("families", "communal", "communal"),
    ("clan", "communal", "communal"),
    ("clans", "communal", "communal fight"),
    ("tribesmen", "communal", "communal fight assault"),
    ("clansmen", "communal", "assault"),
    ("vigilantes", "communal", "assault"),
    ("supporters", "supporters", "subject communal side fight assault"),
    ("fans", "supporters", "subject side"),
    ("football fans", "supporters", "side"),
    ("students", "occupation", "words subject side and"),
    ("farmers", "occupation", "subject"),
    ("workers", "occupation", "subject"),
    ("rallies", "gathering", "fight"),
    ("demonstrations", "gathering", "fight"),
)


def crowd_nouns(use: str) -> list[str]:
    """The crowd nouns one pattern takes (see CROWD_VOCABULARY)."""
    return [noun for noun, _, uses in CROWD_VOCABULARY if use in uses.split()]


def crowd_alternation(use: str) -> str:
    """The crowd nouns of one use as a regex group (every pattern puts them between word boundaries)."""
    return "(?:" + "|".join(re.escape(noun) for noun in crowd_nouns(use)) + ")"


CROWD_WORDS = re.compile(r"\b" + crowd_alternation("words") + r"\b", re.IGNORECASE)
# (but "armed groups" are no crowd)
# ("a group of people tried to attack a police station": a crowd named by a group of unarmed people)
CROWD_SUBJECT = re.compile(r"\b(?:" + crowd_alternation("subject") + r"|(?<!armed )groups|(?:group|crowd|gang|band)\s+of\s+"
                           r"(?:[\w-]+\s+)?(?:people|youths|residents|villagers|locals|young\s+men))\b[^.;]*$", re.IGNORECASE)
COMMUNAL = re.compile(r"\b" + crowd_alternation("communal") + r"\b[^.;]*$", re.IGNORECASE)
CROWD_SIDE = re.compile(r"\b" + crowd_alternation("side") + r"\b", re.IGNORECASE)
LOOTING_CROWD = re.compile(r"\b" + crowd_alternation("looting") + r"\b[^.;]*$", re.IGNORECASE)
LOOTERS = re.compile(r"\b" + crowd_alternation("looters") + r"\b", re.IGNORECASE)
FIGHTING_CROWD = crowd_alternation("fight")
# "protesters and police fought running battles": the crowd fought too
CROWD_AND_FORCE = re.compile(r"\b" + crowd_alternation("and") + r"\s+and\s+(?:the\s+)?(?:riot\s+)?$", re.IGNORECASE)
CROWD_NAMED = re.compile(r"\b" + crowd_alternation("named") + r"\b", re.IGNORECASE)
CROWD_NOUN = re.compile(r"^" + crowd_alternation("head") + r"$", re.IGNORECASE)
DEMONSTRATOR_HEADS = frozenset(crowd_nouns("toll"))


# a crowd that sets upon people, a police post or a gathering: "supporters attacked a protest camp", "a crowd
# beat two suspected thieves to death", "villagers attacked members of a rival community"
MOB_ASSAULT = re.compile(
    r"\b(?:" + crowd_alternation("assault") + r"|(?:hundreds|dozens|scores|thousands) of (?:[\w-]+\s+){0,2}?"
    r"(?:supporters|youths|men|villagers|residents|people)|(?:an?\s+)?(?:groups?|gangs?) of (?:[\w-]+\s+){0,2}?[\w-]+s)"
    r"\b[^.;]{0,80}?"
    r"\b(?P<act>turned on|attacked|beat|assaulted|chased|lynched|surrounded|set upon|stoned|hacked)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?P<victim>demonstrators|protesters|protest camps?|"
    r"protest sites?|sit-ins?|supporters|him|her|them|men|women|man|woman|boys?|people|passers-by|villagers|residents|"
    r"worshippers|suspects?|thie(?:f|ves)|robbers?|kidnappers?|managers?|owners?|drivers?|traders?|shopkeepers?|"
    r"merchants?|teachers?|students?|preachers?|pastors?|priests?|imams?|clerics?|herders?|farmers?|witch(?:es)?|"
    r"sorcerers?|migrants?|foreigners?|workers?|journalists?|officials?|candidates?|persons?|individuals?|"
    r"(?:peaceful |opposition |rival )?(?:rall(?:y|ies)|marches|processions?|"
    r"gatherings?)|members of (?:[\w'’-]+\s+){0,3}?(?:communit(?:y|ies)|clans?|tribes?|groups?)|"
    r"(?:his|her|their) (?:car|vehicle|house|home|convoy)|(?:police )?stations?|(?:police )?posts?|patrol (?:cars?|vehicles?)|"
    r"police (?:officers?|vehicles?|cars?)|policem[ae]n|officers?)\b", re.IGNORECASE)
# two crowds fighting each other, neither of them the police: "ruling-party supporters clashed with
# protesters", "clashes between supporters of the two candidates", "rival groups of youths fought"
CROWD_FIGHT = re.compile(
    r"\b" + FIGHTING_CROWD + r"\b[^.;]{0,60}?\b(?P<act>clashed|fought|battled|brawled|exchanged blows|traded blows)\s+"
    r"(?:\w+\s+){0,2}?with\s+(?:[\w'’-]+\s+){0,4}?(?P<victim>" + FIGHTING_CROWD + r"|rivals?)\b|"
    r"\b(?P<act2>clash(?:es|ed)?|fighting|fights|brawls?|battles?)\s+between\s+(?:[\w'’-]+\s+){0,5}?" + FIGHTING_CROWD +
    r"\b(?:(?!\b(?:police|security|soldiers|troops|army|forces|officers|gendarmes)\b)[^.;]){0,60}?\band\s+"
    r"(?:[\w'’-]+\s+){0,5}?" + FIGHTING_CROWD + r"\b|"
    r"\b(?:rival|opposing|competing|dueling|duelling)\s+(?:[\w-]+\s+)?" + FIGHTING_CROWD + r"\b[^.;]{0,40}?"
    r"\b(?P<act3>clashed|fought|battled|brawled|battle|clash|fight)\b|"
    # "two groups pelted stones on each other"
    r"\b" + FIGHTING_CROWD + r"\b[^.;]{0,60}?\b(?P<act4>clashed with|fought|attacked|pelted (?:stones|rocks) (?:on|at)|"
    r"threw (?:stones|rocks) at)\s+(?:each other|one another)\b", re.IGNORECASE)


# "thousands of protesters gathered outside the ministry": a crowd assembling is a demonstration
ASSEMBLED = re.compile(r"[^.;]{0,80}?\b(?:gathered|gathering|assembled|massed|converged|congregated|rallied|camped|"
                       r"marched|occupied|poured)\b", re.IGNORECASE)
# a crowd (not named as protesters) assembling in a public place: a demonstration
GATHERING = re.compile(r"\b(?:crowds?|(?:(?:several |many |tens of )?(?:hundreds|thousands|dozens) of|(?:several|a few|some|"
                       r"about|around|over|more than|\d[\d,]*) (?:hundred |thousand )?)(?:[\w-]+\s+)?(?:people|residents|"
                       r"citizens|men|women|young (?:men|people)|opponents|supporters|followers|members)(?: of [^.;,]{1,40}?)?)\b(?:\s+(?:is|are|was|were|had|have|has))?\s+"
                       r"(?:\w+\s+)?(?P<verb>gathered|gathering|assembled|assembling|massed|massing|converged|converging)"
                       r"(?:\s+(?:again|peacefully|quietly|silently|calmly))?\s+(?:in|at|on|outside|near|around|before|in front of)\b", re.IGNORECASE)
PURPOSE_GATHERING = re.compile(r"\b(?P<verb>gathered|assembled|massed|converged|blocked|blockaded|camped)\b"
                               r"(?=(?:\s+(?!(?:and|but|while|then|when)\b)[\w’'-]+){1,14}?,?\s+"
                               r"(?:to\s+(?:protest|demand|denounce|condemn|decry|call\s+for)|calling\s+for|demanding|"
                               r"chanting|denouncing|condemning)\b)", re.IGNORECASE)
# "police cleared a blockade on the highway", "broke up the sit-in": the intervention names the protest
TAKEN_DOWN = re.compile(r"^(?:took|taking|take|takes|tore|tearing|tear|pulled|pulling) down\b", re.IGNORECASE)
CLEARED = re.compile(r"^(?:cleared|clearing|dismantled|dismantling|lifted|removed|raided|broke[- ]up|breaking up|(?:violent |forcible |forced )?dispersal|"
                     r"(?:took|taking|take|takes|tore|tearing|tear|pulled|pulling) down)\b",
                     re.IGNORECASE)
# a crowd's missiles and fire, which no armed force uses: after a riot just told they are that riot's
MISSILE_RIOT = re.compile(r"\b(?:stones|rocks|bricks|bottles|petrol bombs?|molotov|slingshots?|catapults?|fireworks|"
                          r"firecrackers|pelt\w*|tyres|tires|barricades?|road-?blocks?|running battles?)\b", re.IGNORECASE)
# what a crowd's "attacked" hit: the police or their posts
SECURITY_TARGET = re.compile(r"\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:police(?:m[ae]n)?|officers?|gendarmes?|gendarmerie|security forces|patrols?|"
                             r"police stations?|checkpoints?|riot police)\b", re.IGNORECASE)
LOOT_WORD = re.compile(r"\b(?:loot\w*|ransack\w*|pillag\w*|plunder\w*|st[eo]\w*)\b", re.IGNORECASE)
SECURITY_VICTIM = re.compile(r"(?:police|patrol|stations?|posts?|policem|officers?|gendarm)", re.IGNORECASE)
SEPARATE_INCIDENTS = re.compile(r"\bin (?:two|three|four|five|several|\d+) (?:separate|different|distinct) "
                                r"(?:incidents|attacks|shootings|clashes|places|locations)\b", re.IGNORECASE)
# a summary over places or days: "in every region", "spread from X to Y", "(after) two days of unrest"
SUMMARY_SPAN = re.compile(r"\b(?:in|across|throughout) (?:every|each|all|most|many|several|other) (?:\w+ )?(?:regions?|cities|"
                          r"towns|provinces|states|parts of the country|districts)\b|\bspread (?:\w+ ){0,3}?from\b|"
                          r"\b(?:a|one|two|three|four|five|six|seven|several|\d+) (?:days?|nights?|weeks?|months?) of (?:\w+ )?"
                          r"(?:unrest|protests?|demonstrations|rall(?:y|ies)|marches|riots?|rioting|violence|looting)\b|"
                          r"\b(?:looting|protests|demonstrations|rioting|unrest) (?:has |have )?(?:continued|spread)\b[^.;]*"
                          r"\b(?:and|parts of)\b|"
                          # "Monday was the deadliest day since the protests began": a superlative over the wave
                          r"\b(?:deadliest|bloodiest|most violent|worst|largest|biggest)\s+(?:single\s+)?"
                          r"(?:day|night|week|weekend)\b", re.IGNORECASE)
# "protests broke out on Thursday evening" with no town named: the wave's start, not an incident
BROKE_OUT = re.compile(r"^(?:[^.;,]{0,30}?\b)?(?:protests|demonstrations|riots|unrest|rallies|rioting)\s+(?:have\s+|had\s+)?"
                       r"(?:broke out|broken out|erupted|began|begun|started|spread)\b", re.IGNORECASE)
# "looting continued in the port city and parts of the province": a day's summary over places
WAVE_CONTINUED = re.compile(r"\b(?:looting|protests|demonstrations|rioting|unrest|riots|violence|clashes) (?:has |have )?"
                       r"(?:continued|spread)\b[^.;]*\b(?:and|parts of)\b", re.IGNORECASE)
# pushing at a police line or blocking a road: the mildest disorder
MILD = re.compile(r"\b(?:lines?|cordons?|barriers?|block\w*|roads?|streets?|traffic|bridge|past|through)\b", re.IGNORECASE)
ATTEMPTED = re.compile(r"\b(?:tri(?:ed|es)|trying|try|attempt(?:ed|ing|s)?|sought|seeking)\s+to\s+(?:\w+\s+)?$",
                       re.IGNORECASE)
_SECURITY = r"(?:police(?:m[ae]n| officers?)?|officers?|soldiers?|gendarmes?|troopers?|security (?:personnel|officers?|agents?))"
_FEW = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens of|scores of|\d+)"
SECURITY_HURT = re.compile(
    # "two police officers were injured", "a soldier and three civilians were killed", "one officer dead"
    r"\b" + _FEW + r"\s+(?:[\w-]+\s+)?" + _SECURITY + r"\b(?:\s+and\s+(?:[\w-]+\s+){1,3}?)?"
    r"\s*(?:,\s*)?(?:were|was|had been|have been|has been|are|is|died|dead|injured|wounded|hurt)\b"
    r"(?:\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|shot|stabbed|beaten|burned|burnt))?|"
    # "killing a police officer", "injuring 20 officers"
    r"\b(?:killing|injuring|wounding|hurting)\s+(?:at least\s+)?" + _FEW + r"\s+(?:[\w-]+\s+)?" + _SECURITY + r"\b",
    re.IGNORECASE)
# what the demonstration is about, told beside it: "after a student died in custody", "to mourn those killed
# last week", "carried the coffins of the dead" — its deaths are another event's
CAUSE = re.compile(r"\b(?:after|following|over|against|to (?:protest|denounce|condemn|mourn|honou?r|demand justice for)|"
                   r"in protest (?:at|over|against)|(?:coffins?|caskets?|portraits?|photos?|photographs?|pictures?|"
                   r"graves?|memory) of)\b[^,;.]*", re.IGNORECASE)


DEMAND_CLAUSE = re.compile(r"\b(?:to\s+)?(?:decry|decried|denounc\w*|condemn\w*|demand\w*|call\w* for|protest\w* against)\s+"
                          r"(?:the\s+|an\s+end\s+to\s+)?(?:release\s+of\b|arrests?\b|detention\b|killings?\b|"
                          r"crackdown\b|violence\b|(?:excessive\s+)?(?:use\s+of\s+)?force\b|police\s+brutality\b)[^.;]*",
                          re.IGNORECASE)


def _cause_span(text: str, cues: list[Cue]) -> tuple[int, int] | None:
    """The clause on the demonstration's cause, when it follows the demonstration's word and holds a death
    ("set fire to the station after a student died in custody")."""
    if not cues:
        return None
    first = min(c.start for c in cues)
    for m in CAUSE.finditer(text, first):
        if SECURITY_HURT.search(m.group(0)) and not re.match(r"(?:after|following)\b", m.group(0), re.I):
            continue
        if re.search(r"\b(?:died|dead|killed|killing|deaths?|shot|slain|murder\w*|wounded|injured)\b", m.group(0),
                     re.IGNORECASE) and not re.search(r"\b(?:police|security forces|troops|soldiers)\s+"
                                                       r"(?:opened fire|fired|shot)\b", m.group(0), re.IGNORECASE):
            return m.start(), m.end()
    return None


def _many_places(text: str, places: list[PlaceMention]) -> bool:
    """'in at least 40 places', 'in several cities', 'two days of unrest' — but not 'in several districts of the
    capital', one city."""
    for m in list(COUNTRYWIDE.finditer(text)) + list(SUMMARY_SPAN.finditer(text)):
        of = re.match(r"\s+of\s+(?:the\s+)?(?:(?P<city>capital|city|town)\b|(?P<name>[A-Z][\w'’-]+))", text[m.end():])
        if of is None:
            return True
        if of.group("name") and any(p.place is not None and p.place.feature in ("country", "admin1", "region")
                                    and p.text.startswith(of.group("name")) for p in places):
            return True  # "in every region of Lebanon": the country
    return False


def specific_elsewhere(claim: Claim, specific: list[PlaceMention]) -> bool:
    """The sentence names a town or district of its own, other than where `claim` happened."""
    here = claim.location.name if claim.location is not None else None
    return bool(specific) and not any(p.place.name == here for p in specific)


# the cue is the agent of a passive verb whose subject is the force ("an officer was stabbed by rioters")
PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b(?:\s+dead)?"
                           r"(?:\s+\w+){0,3}?\s+by\s+(?:the\s+|a\s+|an\s+|some\s+|(?:a\s+)?group\s+of\s+)?"
                           r"(?:[\w-]+\s+)?$", re.IGNORECASE)


FORCE_AND = re.compile(r"\b(?:police(?:men)?|soldiers|troops|security forces|officers|gendarmes)\s+(?:and|alongside|with)\s+"
                       r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
FORCE_PROPERTY = re.compile(r"(?:cars?|vans?|vehicles?|trucks?|buses|jeeps?|stations?|posts?|headquarters|barracks|"
                            r"lines|cordons?|checkpoints?|buildings?|offices?|boxes)\b", re.IGNORECASE)


def _force_property(text: str, actor, base: int) -> bool:
    """'a police car', 'the army post': a force's name (or the mention) ending in a thing of the force's."""
    words = actor.mention.split()
    if len(words) > 1 and FORCE_PROPERTY.fullmatch(words[-1]):
        return True
    after = re.match(r"\s+(\w+)", text[actor.end - base:])
    return bool(after and FORCE_PROPERTY.fullmatch(after.group(1)))


def _force_subject(text: str, cue: Cue, an: "Analysis") -> bool:
    """'Security forces stormed the protest camp': the force, not the crowd, did it — no riot."""
    base = an.sentence.start
    # ("protesters overturned a police car and threw stones": a force's name before a thing of its is no subject)
    before = [a for a in an.actors if a.inter == 1 and a.end is not None and a.end - base <= cue.start
              and cue.start - (a.end - base) <= 80 and not _force_property(text, a, base)]
    if cue.text.split()[0].lower().endswith("ing"):
        # "security forces stormed the camp, firing live rounds at the protesters and setting tents on fire": the
        # participles share the main clause's subject
        chain = re.search(r",\s+\w+ing\b[^,;]*$", text[: cue.start])
        first = min((a for a in an.actors if a.start is not None), key=lambda a: a.start, default=None)
        # ("militiamen attacked the camp, killing residents and setting shelters on fire": an armed group's
        # attack, its arson part of it — ACLED leaves crowds' violence to demonstrations and riots)
        if chain and first is not None and first.inter in (1, 2, 3, 4, 8) and first.start - base < chain.start():
            return True
    if before and CROWD_AND_FORCE.search(text[max(0, before[-1].start - base - 40): before[-1].start - base]):
        return False  # "protesters and police fought running battles": the crowd fought too
    if not before:
        return False
    gap = text[before[-1].end - base: cue.start]
    if PASSIVE_AGENT.search(gap):
        return False  # "a police officer was shot dead by rioters": the force is the victim, the crowd the doer
    crowds = list(CROWD_WORDS.finditer(gap))
    if crowds and all(re.search(r"\b(?:the|a|an|at|on|into|against|of|to|towards?|their)\s+(?:[\w-]+\s+)?$", gap[: m.start()],
                                re.IGNORECASE) for m in crowds) \
            and re.search(r"(?:\band|\bthen|,)\s+(?:\w+ly\s+)?$", gap) and not re.search(r"\b(?:who|which|that)\b", gap):
        return True  # "riot police charged the crowd and smashed the tents": the crowd is the object, the police act
    return not crowds


def _passive_kill(text: str, k) -> bool:
    """'police officers were killed', 'a soldier was killed by stones': the force is the victim, not the doer."""
    return bool(re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$", text[max(0, k.start - 25): k.start]))


# live fire aimed at a crowd with no protest noun: "opened fire on the crowd", "shot into the crowds", "fired on
# unarmed people who had gathered" (people gathered: not "people in the market")
FIRE_ON_CROWD = re.compile(
    r"\b(?:opened fire|fired(?: live (?:rounds|ammunition|bullets)| shots| bullets)?|shot)\s+(?:on|at|into)\s+"
    r"(?:the\s+)?(?:(?:unarmed|gathered|waiting|assembled|massed)\s+)?(?:crowds?\b|(?P<gathered>(?:people|men|women|"
    r"villagers|residents|youths)\s+(?:who\s+(?:had\s+)?|that\s+(?:had\s+)?)?(?:gathered|assembled|massed)\b))",
    re.IGNORECASE)


STATE_FORCE_NOUN = re.compile(r"\b(?:soldiers|troops|police(?:men)?|security forces|gendarmes|officers|army)\b",
                              re.IGNORECASE)
FORCE_FIRED = re.compile(r"\b(?:soldiers|troops|police(?:men)?|(?:security|riot) (?:forces|police)|gendarmes|"
                         r"officers)\s+(?:then\s+|had\s+|later\s+)?(?:opened fire|fired (?:live|shots|bullets|on|at|into)|"
                         r"shot (?:at|into|dead))\b", re.IGNORECASE)


def _live_fire(text: str) -> bool:
    """Shooting with live ammunition; SHOOTING leaves tear gas, water cannon and rubber bullets out."""
    return bool(SHOOTING.search(text))


SHOOTING = re.compile(r"\b(?:opened fire|fired (?:live (?:rounds|ammunition|bullets) |shots |bullets )?(?:on|at|into)|"
                      r"began shooting|"
                      r"shot (?:at|dead)|shot (?:\w+ )?" + crowd_alternation("target") + r"|shooting at|live (?:ammunition|rounds|bullets)|gunfire)\b", re.IGNORECASE)


# The kinds of event an act's cue can tell. An act said not to have happened ("its fighters had not clashed
# with the army", "no looting took place") disputes a told event of its kind; "no one was killed", "no
# casualties", "no arrests were made" only count (zero) and dispute nothing.
NEGATED_ACT_TYPES = {
    "clash": ("Battles",), "gain": ("Battles",), "loss": ("Battles",),
    "riot": ("Riots",), "mob": ("Riots",), "loot": ("Riots", "Strategic developments", "Violence against civilians"),
    "protest": ("Protests",), "protest_force": ("Protests", "Violence against civilians"),
    "protest_intervention": ("Protests",),
    "weapon": ("Explosions/Remote violence",), "bombing": ("Explosions/Remote violence",),
    "abduct": ("Violence against civilians",), "sexual": ("Violence against civilians",),
    "destroy": ("Strategic developments", "Explosions/Remote violence", "Riots", "Violence against civilians"),
}


# the negation bears on the act itself: "had not clashed", "no looting", "never attacked", "no such attack"
# (not "were not ready for an attack": what is negated there is the readiness)
NEGATION_ON = re.compile(r"\b(?:no|not|never|n[’']t|nor)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "Kenya would not withdraw its forces", "they will never surrender": a vow about what is to come, not a
# denial of what happened
NEGATED_VOW = re.compile(r"\b(?:would|will|wo|shall|could|can|ca|may|might|must|should)\s*(?:not|never|n[’']t)\s+"
                         r"(?:[\w-]+\s+)?$", re.IGNORECASE)


def _negated_acts(text: str, negated: list[Cue], target: Claim) -> bool | None:
    """True when a negated cue names an act of the target's kind (a denial of it); False when the negated
    acts are all of other kinds (no word on it); None when no act is negated (only counts, or nothing)."""
    kinds = [NEGATED_ACT_TYPES[c.role] for c in negated if c.role in NEGATED_ACT_TYPES
             and NEGATION_ON.search(text[max(0, c.start - 30): c.start])
             and not NEGATED_VOW.search(text[max(0, c.start - 30): c.start])]
    if not kinds:
        return None
    return any(target.event_type in k for k in kinds)


def _denied(text: str, cues: list[Cue]) -> bool:
    """'Russia's Ministry of Defence denied that its forces had carried out the strike'."""
    return any(any(not _refusal(text, max(0, c.start - 80) + d.start()) for d in DENIAL.finditer(text[max(0, c.start - 80): c.start]))
               or DENIAL.match(c.text) for c in cues)


def _refusal(text: str, at: int) -> bool:
    """"they were denied access to the hospital", "denied entry": a refusal of something, no denial of an event."""
    from ..analyze.cues import _BE_BEFORE, _REFUSED

    return bool(_REFUSED.match(text, at) or _BE_BEFORE.search(text, 0, at))


def _agent_or_count(an: "Analysis", countable: list[Cue]) -> bool:
    """'Rescue workers pulled bodies out' is aftermath; a killing event names who did it or how many died."""
    if any(a.inter in (1, 2, 3, 4, 5, 8) for a in an.actors):
        return True
    base = an.sentence.start
    cues = [c for c in countable if c.role in COUNT_ROLE]
    return any(_victim_kind(q) and _link(an.sentence.text, q.start - base, q.end - base, cues, short=not q.head)
               for q in an.quantities)


# "waves of air strikes", "a barrage of rockets": a count of strikes, not a kind of event
COUNTED_OF = re.compile(r"\b(?:waves?|series|string|barrages?|volleys?|salvos?|rounds?|spate|flurry)\s+of\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
GENERIC_PP = re.compile(r"\b(?:for|about|against|over|of|on)\s+(?:[a-z-]+\s+)?$")
LOCATIVE = re.compile(r"\b(?:in|on|at|near|around|across|over|outside|inside|into|targeting|hit|struck)\s+"
                      r"(?:the\s+)?(?:\w+\s+){0,3}$", re.IGNORECASE)


def _supported(frame: "Frame", text: str, an: "Analysis", nominal, occurrence) -> bool:
    """A frame made only of nouns ("the siege, followed by intense bombing") needs evidence it happened."""
    if frame.sub_event_type == "Agreement" or not all(nominal.match(c.text) for c in frame.cues):
        return True
    if all(GENERIC_PP.search(text[: c.start]) and not COUNTED_OF.search(text[: c.start]) for c in frame.cues):
        return False  # "as cover for attacks", "talks about airstrikes": a kind of event, not one event
    if any(not d.future and d.value is not None for d in an.dates):
        return True
    count_cues = [c for c in frame.cues if c.role in COUNT_ROLE]
    base = an.sentence.start
    if any(_victim_kind(q) and _link(text, q.start - base, q.end - base, count_cues, short=not q.head)
           for q in an.quantities):
        return True
    if any(p.precision == 1 and p.place is not None and p.place.feature not in ("country", "admin1", "region")
           and LOCATIVE.search(text[max(0, p.start - base - 40): p.start - base]) for p in frame.places):
        return True
    if re.search(r"\b(?:could|might|may|would)\b", text, re.I):
        return False
    if any(c.role == "weapon" for c in frame.cues):
        from .claims import UNDERGONE

        if UNDERGONE.search(text):
            return True
    return bool(occurrence.search(text))


# a weapon aimed and fired by fighters on the ground at what they see: "an anti-tank rocket", "rocket-propelled
# grenades", "a shoulder-fired missile", "RPGs"
DIRECT_FIRE = re.compile(r"\b(?:anti-?tank|anti-?armou?r|rocket-propelled|shoulder-(?:fired|launched)|guided\s+anti-?tank)"
                         r"[\s-]+(?:[\w-]+\s+)?$|\bRPG-?\d*\s*$", re.IGNORECASE)
GROUND_TARGET = re.compile(r"(?<!anti-)(?<!anti)\b(?:tanks?|armou?red\s+(?:vehicles?|personnel\s+carriers?|bulldozers?)|APCs?|bulldozers?|"
                           r"troops|soldiers|patrols?|positions?|infantry|military\s+vehicles?|jeeps?|humvees?)\b",
                           re.IGNORECASE)


def _direct_fire(text: str, weapons: list[Cue]) -> bool:
    """ACLED: shelling, artillery and missiles are fire from a distance at what the firer may not see; fighters
    who hit a tank or a patrol with an anti-tank rocket or an RPG are fighting it: an armed clash."""
    return all(DIRECT_FIRE.search(text[max(0, c.start - 40): c.start])
               or re.match(r"(?:anti-?tank|rocket-propelled|RPG)", text[c.start: c.end + 12], re.IGNORECASE)
               for c in weapons) and bool(GROUND_TARGET.search(text))


# the means of an attack told after it: "attacked border posts using tanks, armoured vehicles and mortars", "stormed
# the town with tanks and artillery", "backed by armour and mortars"
MEANS_OF = re.compile(r"\b(?:using|with|backed\s+by|supported\s+by|employing)\s+(?:[\w-]+,?\s+){0,6}$", re.IGNORECASE)
ARMOUR = re.compile(r"\b(?:tanks?|armou?red\s+(?:vehicles?|personnel\s+carriers?)|armou?r|APCs?|infantry)\b", re.IGNORECASE)


def _armoured_assault(text: str, weapons: list[Cue], clashes: list[Cue]) -> bool:
    """A ground attack made with tanks or armour besides mortars or guns, told with its means ("Tajik troops attacked
    Kyrgyz posts using tanks, armoured vehicles and mortars"): the attackers came at the other side and fought it,
    an armed clash (ACLED), not fire from afar."""
    first = min(weapons, key=lambda c: c.start)
    before = [c for c in clashes if c.end <= first.start and not NOMINAL_CLASH.match(c.text)]
    if not before:
        return False
    m = MEANS_OF.search(text, max(before[-1].end, first.start - 80), first.start)
    if m is None:
        return False
    tail = text[m.start(): max(c.end for c in weapons) + 60]
    return bool(ARMOUR.search(tail))


NOMINAL_CLASH = re.compile(r"^(?:attacks?|assaults?|fighting|clashes|battles?|raids?)$", re.IGNORECASE)


# an assault on the ground, or its being turned back: "tried to seize a height", "drove them back", "repelled"
GROUND_ASSAULT = re.compile(r"^(?:(?:tried|attempted|sought|trying|attempting) to (?:seize|capture|storm|overrun|"
                            r"break through|advance|cross (?:the )?(?:border|front ?line|line of contact|frontier))|attempts? to advance|(?:drove|driven|pushed|forced|threw|"
                            r"thrown) \w+(?: \w+)? back|repel(?:led|s)?|repuls(?:ed|es)?|beat back|fended off)$",
                            re.IGNORECASE)


# explosives thrown, planted or set off by hand (not shells, rockets, strikes or suicide bombers)
HAND_EXPLOSIVES = ("ied", "blast", "grenade")
# gunfire at close range, as a clash cue says it: "opened fire", "came under fire", "stormed", "a gun battle"
GUNFIRE_CUE = re.compile(r"(?:opened|open|opens|opening)\s+fire|(?:came|come|comes|coming)\s+under\b|fired\s+(?:up)?on|"
                         r"(?:fired|firing)\s+(?:\w+\s+)?(?:into|at)\b|"
                         r"gun ?attacks?|armed attacks?|fire-?fights?|gun-?fights?|gun ?battles?|exchange|storm(?:ed|ing)|"
                         # "its members are fighting the troops in the alleys and have detonated explosives against
                         # army vehicles": the bombs of a street fight are that fight's
                         r"fighting|fought|battl(?:ed|ing)|"
                         # "soldiers forced their way in with assault rifles and grenades": entry by force
                         r"forced\s+(?:their|its|his|her)\s+way\s+in",
                         re.IGNORECASE)
# words that set a second act apart from the first: its own time or a further attack
SEPARATE_ACT = re.compile(r"\b(?:later|separately|another|second|elsewhere|meanwhile|earlier|afterwards|the next)\b|[;:]",
                          re.IGNORECASE)
GUNFIGHT_SPAN = 100  # characters between the explosive and the gunfire of one act


# the subject of a second act in the sentence, other men than the bomber's: "and the others opened fire",
# "while the rest of the gunmen", "a second group of attackers"
OTHER_SHOOTERS = re.compile(r"\b(?:the\s+others|the\s+other\s+(?:\w+\s+)?(?:gunmen|attackers|assailants|militants|fighters|men)|"
                            r"the\s+rest(?:\s+of\s+(?:them|the\s+\w+))?|other\s+(?:gunmen|attackers|assailants|militants)|"
                            r"(?:a|the)\s+second\s+(?:group|team)|another\s+(?:group|team))\b", re.IGNORECASE)


def _other_shooters(text: str, weapons: list[Cue], clashes: list[Cue], an: "Analysis") -> Cue | None:
    """Gunfire on civilians by other doers than the blast's, told after it in the same sentence."""
    last = max(w.end for w in weapons)
    for c in clashes:
        if c.start < last or not GUNFIRE_CUE.match(c.text):
            continue
        between = text[last: c.start]
        if OTHER_SHOOTERS.search(between) and CIVILIANS_HIT.match(text, c.start) and not _armed_victims(an):
            return c
    return None


def _explosive_in_gunfight(text: str, weapons: list[Cue], clashes: list[Cue], places: list, base: int) -> bool:
    """Every explosive is told in one run with gunfire (no other time, place or further act between them)."""
    fires = [c for c in clashes if GUNFIRE_CUE.match(c.text)]
    if not fires:
        return False

    def joined(w: Cue, f: Cue) -> bool:
        lo, hi = (w.end, f.start) if w.start < f.start else (f.end, w.start)
        if hi - lo > GUNFIGHT_SPAN or SEPARATE_ACT.search(text, lo, hi):
            return False
        return not any(lo <= p.start - base < hi and p.place.feature not in ("country", "admin1", "region") for p in places)

    return all(any(joined(w, f) for f in fires) for w in weapons)


def _weapon_sub(weapons: list[Cue], an: "Analysis", ctx: "EntryContext") -> str:
    subs = ({c.sub_event_type for c in weapons if c.sub_event_type and c.group != "blast"}
            or {c.sub_event_type for c in weapons if c.sub_event_type})
    for sub in WEAPON_ORDER:
        if sub in subs:
            return sub
    # a "strike" that hits something is delivered (from the air), never a planted device: an IED is a bomb or
    # a blast, not a strike ("a second US strike hit the port")
    if any(re.match(r"strikes?\b", c.text, re.I) for c in weapons):
        return "Air/drone strike"
    # a bare "bombing": from the air when a state (or its named air force) does it, a planted bomb otherwise
    states = [a for a in an.actors if a.inter in (1, 8)]
    if states or re.search(r"\b(?:regime|pro-assad|russian|coalition|government|israeli)\b", an.sentence.text, re.I):
        return "Air/drone strike"
    return "Remote explosive/landmine/IED"


def _victim_kind(q) -> str | None:
    from .claims import CIVILIAN_NOUNS, PERSON_NOUNS

    if getattr(q, "kind", None) not in ("count", "zero") or q.head is None:
        return None
    head = q.head.lower().split()[-1]
    if head in DEMONSTRATOR_HEADS:
        return "protest"
    if head in CIVILIAN_NOUNS:
        return "civilian"
    if head in TOLL_WORDS:
        return "person"  # "leaving 30 people dead", "the bodies of 12": neither armed nor civilian by the word
    if head in PERSON_NOUNS:
        return "armed"
    if _nationals(q.head.split()[-1]):
        return "civilian"  # "274 Palestinians were killed", "two Israelis were hurt": people of a nation, as "people"
    return None


def _nationals(word: str) -> bool:
    """A plural noun of nationality: 'Palestinians', 'Iraqis', 'Lebanese' (a demonym used of people, in the plural)."""
    from ..geo.document import _demonyms

    if not word[:1].isupper() or len(word) < 4:
        return False
    names = _demonyms()
    if word.endswith("s") and word[:-1] in names:
        return True
    return word.endswith("ese") and word in names  # "Lebanese", "Sudanese": the same word in the plural


TOLL_WORDS = {"dead", "killed", "bodies", "martyrs"}
# what a crowd's stones or fire were aimed at, when it is the state: "at the convoy of the prime minister",
# "at the governor's car", "at police", "at the town hall"
OFFICIAL_TARGET = re.compile(
    r"\b(?:(?:convoy|motorcade|car|cars|vehicles?|entourage|delegation)\s+of\s+(?:the\s+)?(?:(?:prime|interior|"
    r"defence|foreign)\s+)?(?:minister|president|governor|premier|mayor|officials?)|"
    r"(?:(?:prime\s+)?minister|president|governor|premier|mayor|official)[’']s\s+(?:convoy|motorcade|car|entourage)|"
    r"(?:at|on|against|into)\s+(?:the\s+)?(?:(?:riot\s+)?police(?:men)?\b|security forces|(?:government|state|official|"
    r"municipal|party)\s+(?:buildings?|offices?)|town hall|city hall|parliament|police stations?))", re.IGNORECASE)
# "several thousand people had fled", "2,000 families were displaced", "hundreds of residents have been
# evacuated": people who left are told as displaced, not as the victims of a violent act (ACLED codes no
# displacement as an event)
DISPLACED_AFTER = re.compile(
    r"\s+(?:(?:who|that)\s+)?(?:(?:had|have|has|were|was|are|been|being|reportedly|already|now)\s+){0,3}"
    r"(?:fled|flee|fleeing|escaped|displaced|evacuated|uprooted|forced\s+(?:to\s+flee|from|out)|left\s+their\s+homes|"
    r"sought\s+(?:shelter|refuge)|sheltering|taken\s+refuge|crossed\s+into)\b", re.IGNORECASE)


def displaced_actor(text: str, a, base: int) -> bool:
    """'several thousand people had fled', 'camps for displaced people': civilians named as the displaced
    or as the people a place is for, not as the victims or a party of the sentence's violence."""
    if a.inter != 7 or a.start is None or a.end is None:
        return False
    if re.search(r"\b(?:camps?|shelters?|settlements?|sites?)\s+(?:for|of)\s+(?:the\s+)?$",
                 text[max(0, a.start - base - 25): a.start - base], re.IGNORECASE):
        return True
    # "freed 40 inmates, among them 12 traders", "traders who had been freed": people let go are no victims either
    before = TRAILING_COUNT.sub("", text[max(0, a.start - base - 100): a.start - base])
    return bool(DISPLACED_AFTER.match(text, a.end - base) or FREED_AFTER.match(text, a.end - base)
                or FREED_AMONG.search(before) or FREED_BEFORE.search(before[-40:]))


TRAILING_COUNT = re.compile(r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|"
                            r"hundreds\s+of|scores\s+of)\s+$", re.IGNORECASE)


# "stormed the prison and freed hundreds of inmates", "200 prisoners were set free": people let go are no victims
FREED_BEFORE = re.compile(r"\b(?:freed|freeing|released|releasing|rescued|rescuing|liberated|liberating|set\s+free|"
                          r"sprang|springing|broke\s+out)\s+(?:(?:some|about|around|nearly|almost|at\s+least|more\s+than|"
                          r"over|up\s+to|the)\s+)?$", re.IGNORECASE)
FREED_AFTER = re.compile(r"\s+(?:(?:who|that)\s+)?(?:(?:had|have|has|were|was|are|been|being)\s+){1,3}(?:freed|released|"
                         r"rescued|liberated|set\s+free)\b", re.IGNORECASE)


def _displaced(text: str, q, base: int) -> bool:
    """A count of people told as having fled or been displaced (see DISPLACED_AFTER), or as freed (FREED_BEFORE)."""
    end = getattr(q, "head_end", None)
    if end is None:
        return False
    return bool(DISPLACED_AFTER.match(text, end - base) or FREED_AFTER.match(text, end - base)
                or FREED_BEFORE.search(text[max(0, q.start - base - 40): q.start - base])
                or FREED_AMONG.search(text[max(0, q.start - base - 100): q.start - base]))


# "freed hundreds of inmates, among them 23 businessmen": the people named among the freed are no victims either
FREED_AMONG = re.compile(r"\b(?:freed|freeing|released|releasing|rescued|rescuing|liberated|set\s+free)\s+[^.;]{0,70}?"
                         r",?\s+(?:among\s+them|among\s+whom|including)\s+(?:(?:some|about|around|nearly|at\s+least|"
                         r"more\s+than|over)\s+)?$", re.IGNORECASE)


def _armed_victims(an: "Analysis") -> bool:
    """Armed people among the dead or wounded ("three soldiers were killed"); not armed people who killed
    ("the three attackers killed at least 19 people")."""
    text = an.sentence.text
    base = an.sentence.start
    for q in an.quantities:
        if _victim_kind(q) != "armed":
            continue
        after = text[q.end - base: q.end - base + 40]
        if re.match(r"\s*(?:\w+\s+){0,2}?(?:killed|shot|wounded|injured|attacked|stormed|opened fire|fired|detonated|"
                    r"abducted|kidnapped|raided)\b(?!\s+(?:by|in|when|after|as)\b)", after, re.IGNORECASE) \
                and not re.match(r"\s*(?:were|was|had been|have been|are)\b", after, re.IGNORECASE):
            continue  # the armed people are the subject of the violence
        if SUBJECT_START.search(text[: q.start - base]) and ACTIVE_AFTER.match(text, (q.head_end or q.end) - base):
            # "Between 25 and 30 attackers arrived in off-road vehicles and opened fire": the counted armed men
            # open the sentence as its subject, doing what it tells; they are not its victims
            continue
        return True
    return False


SUBJECT_START = re.compile(r"(?:^|[,;:]|\b(?:then|when|as|and))\s*(?:(?:between|some|about|around|nearly|almost|at least|"
                           r"more than|up to|an estimated)\s+)?$", re.IGNORECASE)
# an active verb after the counted men (not one of the dead and hurt: "three soldiers died", "five fighters killed in
# an ambush")
ACTIVE_AFTER = re.compile(r"\s+(?:(?:also|then|first|later|reportedly|allegedly)\s+)?(?!(?:died|perished|drowned|succumbed|"
                          r"killed|wounded|injured|hurt|captured|arrested|detained|abducted|kidnapped|executed|beheaded|"
                          r"ambushed|targeted|trapped|surrounded|buried|found|seized|freed|released|exchanged)\b)"
                          r"(?:[a-z]+ed|came|went|rode|drove|set|began|burst|ran|threw|fought|took|broke|stole|swept|"
                          r"overran|hit|struck|shot|forced|stormed)\b")


def mostly_civilians(an: "Analysis") -> bool:
    """The sentence counts more civilians than armed people among its victims ("15 civilians and five soldiers")."""
    civil = sum(q.value or 0 for q in an.quantities if _victim_kind(q) == "civilian")
    armed = sum(q.value or 0 for q in an.quantities if _victim_kind(q) == "armed")
    return civil > armed


# civilians named as the targets without a count: "killing students in their classrooms", "opened fire
# inside a mosque", "attacked the village"
CIVILIANS_HIT = re.compile(
    r"\b(?:kill(?:ed|ing)|shot|shooting|wound(?:ed|ing)|fir(?:ed|ing) (?:on|into)|opened fire (?:on|at|inside|in)|"
    r"attack(?:ed|ing)|storm(?:ed|ing)|raid(?:ed|ing)|targeting|"
    # the act as a noun: "in an attack on a village", "the attack by militiamen on a market" (not an assault or a raid:
    # "troops began an assault on the hotel" held by gunmen is a battle)
    r"attacks?\s+(?:by\s+(?:[\w’'-]+\s+){1,3}?)?(?:on|against))\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:civilians|students|worshippers|villagers|residents|passengers|shoppers|farmers|pupils|children|women|"
    r"mourners|pilgrims|journalists|reporters|employees|aid workers|commuters|"
    # a newsroom is a civilian workplace: "stormed the offices of a television channel"
    r"(?:\w+\s+)?(?:offices|newsrooms?|studios?) of (?:the |a |an )?(?:[\w-]+\s+){0,3}?(?:television|TV|radio|"
    r"newspaper|channel|broadcaster|news agency)|"
    r"(?:a |the )?(?:mosque|church|school|university|market(?:place)?|hospital|village|"
    r"villages|community|communities|bus|hotel|wedding|funeral|bars?|restaurants?|caf[eé]s?|nightclubs?|"
    r"churches|mosques|schools|markets|hamlets?|settlements?|minibus|taxis?)|"
    # people by trade or office, one or many: "killed a teacher", "shot two traders", "kidnapped a priest"
    r"(?:teachers?|traders?|farmers?|villagers?|residents?|students?|pupils?|priests?|pastors?|imams?|clerics?|"
    r"village (?:chiefs?|heads?)|traditional (?:chiefs?|rulers?)|councill?ors?|doctors?|nurses?|health workers?|"
    r"porters?|motorists?|motorcyclists?|fishermen|fisherman|herders?|shepherds?|vendors?|shopkeepers?|merchants?|"
    r"passengers?|drivers?|civilians?|women|woman|children|child|girls?|boys?)|"
    # a gathering of unarmed people: "opened fire on the group", "shot at the candidate's supporters"
    r"(?:the |a )?(?:group|crowds?|gathering|party|family|families|guests|customers|diners|supporters|"
    r"(?:campaign )?rally|procession)(?! of (?:soldiers|troops|fighters|militants|gunmen|rebels|insurgents|police)))\b"
    # a headline's compound names the site hit: "hotel attack: 23 killed", "Death toll in mosque attack rises"
    r"|\b(?:mosque|church|synagogue|temple|school|university|market|hotel|cafe|café|restaurant|bus|wedding|funeral|"
    r"hospital|concert|nightclub|mall|shrine)\s+(?:attack|assault|massacre|shooting|siege|bombing)s?\b",
    re.IGNORECASE)


CIVILIAN_PLACE_HIT = re.compile(
    r"\b(?:hit|hits|struck|strikes|shelled|shelling|pounded|targeted|landed (?:on|in|near)|fell (?:on|in|near)|"
    r"slammed into|crashed into|destroyed|flattened)\s+(?:[\w'’-]+\s+){0,3}?(?:residential|homes?|houses?|"
    r"apartments?|flats?|housing|schools?|hospitals?|clinics?|markets?|mosques?|churches?|kindergartens?|shops?|"
    r"buses|bus|villages?|neighbou?rhoods?|camps? for (?:the )?displaced|displacement camps?|refugee camps?)\b",
    re.IGNORECASE)
# places people are in by what they are: a camp of displaced people, a bus, a funeral
PEOPLE_PLACE_HIT = re.compile(
    r"\b(?:hit|hits|struck|strikes|shelled|shelling|pounded|targeted|landed (?:on|in|near)|fell (?:on|in|near)|"
    r"slammed into|crashed into)\s+(?:[\w'’-]+\s+){0,3}?(?:buses|bus|camps? for (?:the )?displaced|"
    r"displacement camps?|refugee camps?|funerals?|weddings?|crowds?|queues?|"
    # the parts of a town where people live, named as such: "shelled residential areas of the city"
    r"(?:residential|populated|civilian|densely[- ]populated)\s+(?:areas?|districts?|neighbou?rhoods?|quarters?|"
    r"parts?|zones?))\b", re.IGNORECASE)
# people named as the target: "it targeted Shi'ites", "an attack aimed at worshippers", "targeting shoppers"
PEOPLE_TARGETED = re.compile(
    r"\b(?:target(?:ed|ing|s)?|aimed at|directed at)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:civilians|"
    r"Shi['’]?ites|Shias|Sunnis|Christians|Copts|Yazidis|Hazaras|Ahmadis|Sufis|Alawites|Druze|Muslims|Jews|Hindus|"
    r"Sikhs|worshippers|pilgrims|shoppers|commuters|passengers|mourners|residents|villagers|children|pupils|"
    r"students|families|crowds?|(?:a\s+)?gathering)\b")


def _people_killed_or_hurt(frame: "Frame", an: "Analysis") -> bool:
    """The sentence counts people killed or hurt ("left 12 dead", "three dead and 14 wounded", "killing two"), not
    only a killing or wounding word (a bare "deadly blast" or "no one was hurt" counts no one)."""
    if not any(c.role in ("kill", "injure") for c in frame.cues + list(an.cues)):
        return False
    return any(q.kind == "count" and (q.value or 0) > 0 and (q.head is None or _victim_kind(q) in ("civilian", "person"))
               for q in an.quantities)


def people_hurt(frame: "Frame", an: "Analysis") -> bool:
    """The sentence tells people killed, wounded or hurt (a count of victims, or a killing or wounding act)."""
    if any(c.role in ("kill", "injure") for c in frame.cues) or any(c.role in ("kill", "injure") for c in an.cues):
        return True
    return any(_victim_kind(q) in ("civilian", "person") and (q.value or 0) > 0 for q in an.quantities)


# a person killed in their own home or office ("was shot dead at his private residence"): off any
# battlefield, whoever they were, the victim of an attack on civilians (ACLED codes assassinations so)
TAKEN_AWAY = re.compile(r"\b(?:took|taken|taking|led|bundled|hauled|carted|dragged)\s+(?:(?:a number of|a group of|several|"
                        r"dozens of|scores of|some|many|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                        r"(?:[\w-]+\s+)?(?:people|men|women|activists|supporters|members|officials|students|journalists|"
                        r"protesters|demonstrators|staff|workers|others|youths)\s+away\b", re.IGNORECASE)
# a vehicle driven into people on foot (the "drove ... into" clash cue): they are civilians, not a side
RAMMED_PEOPLE = re.compile(r"\b(?:into|through) (?:a |the )?(?:crowds?|pedestrians|people|passers-?by|shoppers|"
                           r"worshippers|commuters|students|cyclists)$", re.IGNORECASE)
# killing with blades: "killed with machetes", "hacked to death", "had their throats cut", "were beheaded"
BLADE_KILL = re.compile(
    r"\b(?:killed|murdered|slaughtered|butchered|massacred)\s+(?:\w+\s+){0,2}?with\s+(?:(?:sharp|bladed|edged)\s+"
    r"(?:weapons?|objects?|instruments?|tools?)|machetes?|knives|knife|axes?|swords?|blades?|daggers?|cleavers?|spears?)\b|"
    r"\b(?:hacked|stabbed|cut|slashed|chopped)\s+to\s+death\b|\bbeheaded\b|\bdecapitated\b|"
    r"\bthroats?\s+(?:were\s+|was\s+)?(?:slit|cut)\b", re.IGNORECASE)
KILLED_AT_HOME = re.compile(
    r"\b(?:was|were|been) (?:shot dead|shot and killed|killed|murdered|assassinated|stabbed to death|gunned down|"
    r"hacked to death)\s+(?:[\w-]+\s+){0,2}?(?:at|in|inside|outside) (?:his|her|their) (?:own |private |family |"
    r"official )?(?:home|house|residence|apartment|flat|office|bedroom)\b", re.IGNORECASE)

# a strike on populated places named only as places: "air strikes hit villages east of X", "shelled the
# outskirts of Y", "raids on towns in the Z district"
STRUCK_AREA = re.compile(
    r"\b(?:hit|hits|struck|strik(?:e|es|ing)|shell(?:ed|ing)|pound(?:ed|ing)|bomb(?:ed|ing)|target(?:ed|ing)|"
    r"raids?|strikes?)\s+(?:on\s+|at\s+)?(?:the\s+|several\s+|many\s+|dozens\s+of\s+|a\s+number\s+of\s+|some\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:villages?|towns?|outskirts|suburbs?|areas?|neighbou?rhoods?|districts?)\b",
    re.IGNORECASE)
# an armed target: positions, bases, posts, fighters
ARMED_SITE = re.compile(
    r"\b(?:positions?|bases?|barracks|posts?|outposts?|checkpoints?|depots?|launch(?:ers?|\s+sites?)|"
    r"(?:weapons|arms|ammunition)\s+(?:stores?|caches?|facilities)|headquarters|command|fighters|militants|"
    r"troops|soldiers|commanders?|hideouts?|infrastructure|"
    # "targets" alone is what was hit, armed or not ("struck five targets, among them a hotel and a club")
    r"(?:military|militant|enemy|army|rebel|insurgent|terrorist|strategic|armed)\s+targets)\b", re.IGNORECASE)
# where a suicide bomber or a planted bomb went off among people: a venue people gather in, or a gathering
# ("blew themselves up at a shrine and three hotels", "the attack was at a church during the service")
VENUE_BLAST = re.compile(
    r"\b(?:at|in|inside|outside|among|into)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:hotels?|churche?s?|shrines?|mosques?|synagogues?|temples?|restaurants?|caf[eé]s?|bars?|(?:night|social\s+)?clubs?|"
    r"markets?|marketplaces?|bazaars?|malls?|shopping\s+(?:cent(?:er|re)s?|streets?)|(?:bus|railway|train)\s+stations?|"
    r"cinemas?|theat(?:er|re)s?|stadiums?|concert\s+halls?|community\s+cent(?:er|re)s?|bakery|bakeries|"
    r"(?:wedding|funeral|prayer|sunday\s+school)\s+(?:parties|party|gatherings?|services?|halls?)|crowds?)\b"
    r"|\bduring\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:services?|mass|prayers?|gatherings?|celebrations?|"
    r"weddings?|funerals?|festival)\b", re.IGNORECASE)

# an armed target named without an actor: "attacking a marketplace and a military base"
STRUCK_SITE = re.compile(r"\b(?:hit|struck|targeted|bombed|pounded)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,5}?"
                         r"(?:air\s+base|airbase|naval\s+base|military\s+base|base|barracks|radar\s+site|launch\s+sites?|"
                         r"weapons\s+depots?|ammunition\s+depots?|military\s+sites?|command\s+cent(?:er|re)s?)\b",
                         re.IGNORECASE)
MILITARY_TARGET = re.compile(
    r"\b(?:(?:military|army|police|security|troops'?) (?:bases?|posts?|checkpoints?|stations?|barracks|convoys?|camps?|"
    r"positions?|patrols?|outposts?|training cent(?:er|re)s?)|checkpoints?|barracks|police stations?|"
    r"army posts?|military posts?|(?:bases?|camps?|compounds?|posts?) of (?:the |a )?(?:[\w-]+ ){0,2}?(?:peacekeep\w+|peace-keep\w+)|"
    r"peacekeep\w+ (?:bases?|camps?|compounds?|posts?|patrols?|convoys?))\b", re.IGNORECASE)


# armed people, their gear or the sites they hold named as what was hit: "a patrol", "a military convoy",
# "the prison's outer wall" (a prison is held by its guards)
FORCE_WORDS = re.compile(
    r"\b(?:forces|army|police|policem[ae]n|patrols?|convoys?|(?:military|army|armou?red|police)\s+vehicles?|tanks?|"
    r"warships?|gunboats?|frontline|front line|trenches|lines|prisons?|jails?|guards?)\b"
    r"(?!\s+(?:spokes\w+|officials?|sources?|statements?|chiefs?|said|says|say|told|reported|added|stated)\b)",
    re.IGNORECASE)


def _force_hit(text: str, cue: Cue, an: "Analysis") -> bool:
    """The sentence of a strike or blast tells that an armed force was its target: an armed site or force
    named after the act ("shelled army positions", "struck the militants' hideouts"), a military post or
    convoy anywhere ("a military convoy was hit"), or armed people among the hurt ("two soldiers were
    wounded"). The doers named before the act ("the militants blew up the track") are not the target."""
    after = text[cue.start:]
    said = re.search(r",?\s+(?:said|says|according to|told|reported)\b|,\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
                     r"(?:said|says|told|reported)\b", after)
    if said:
        # "..., said an army spokesman", "..., police said": the voice, not the target
        after = after[: said.start()]
    scene = re.search(r"(?<!known )(?<!called )(?<!such )(?<!well )(?<!same )\b(?:as|when|while)\s", after)
    if scene and not SCENE_HARM.search(re.split(r"[;.]", after[scene.end():], maxsplit=1)[0]):
        after = after[: scene.start()]  # "... as troops closed in": who was about, not who was hit
    return bool(ARMED_SITE.search(after) or FORCE_WORDS.search(after) or MILITARY_TARGET.search(text)
                or _armed_victims(an)
                or (CAME_UNDER_BEFORE.search(text[:cue.start]) or CAME_UNDER.match(cue.text)))


def _armed_opponents(an: "Analysis", cues: list[Cue]) -> bool:
    """An armed actor on the receiving end of the fighting ("insurgents ... fought with the police and army"):
    a battle, not an attack. An agent ("confirmed dead by the police") or a source is not one."""
    base = an.sentence.start
    text = an.sentence.text
    armed = [a for a in an.actors if a.inter in (1, 2, 3, 4, 8) and a.start is not None]
    if not cues or len({a.side for a in armed}) < 2:
        return False
    first = min(c.start for c in cues)
    doers = [a for a in armed if a.end - base <= first]
    for a in armed:
        at = a.start - base
        if at > first and at - first <= 80 and not re.search(r"\b(?:by|according to)\s+(?:the\s+)?$",
                                                             text[max(0, at - 20): at]) \
                and any(not allied(a.side, d.side) for d in doers):
            return True
    return False


def _armed_subject(text: str, cue: Cue, an: "Analysis") -> bool:
    """'the rebels had to pull back': someone armed gave up ground (Lavrov 'retreating' from a statement did not)."""
    base = an.sentence.start
    before = [a for a in an.actors if a.end is not None and a.end - base <= cue.start and a.inter in (1, 2, 3, 4, 8)]
    return bool(before) and cue.start - (before[-1].end - base) < 30


# ------------------------------------------------------------------------------------------------ places


IN_PLACE = re.compile(r"^(?:\s+[\w-]+){0,3}?\s*(?:,\s*|\s+in\s+|\s+of\s+)(?:the\s+)?(?:city\s+of\s+)?$",
                      re.IGNORECASE)


def _said_to_contain(inner: PlaceMention, outer: PlaceMention, text: str | None, start: int) -> bool:
    """'the Lekki toll gate in Lagos', 'Kafrnabel in Idlib Province': the larger place only says where."""
    if text is None or outer.start <= inner.end or outer.start - inner.end > 30:
        return False
    r_out, r_in = FEATURE_RANK.get(outer.place.feature, 2), FEATURE_RANK.get(inner.place.feature, 2)
    if r_out < r_in or (r_out == r_in and outer.place.population <= 3 * max(inner.place.population, 1)):
        return False
    return bool(IN_PLACE.match(text[inner.end - start: outer.start - start]))


ALIAS_BEFORE = re.compile(r"\b(?:(?:also|better|locally|formerly|once)\s+)?(?:known|called|spelled|spelt)\s+as\s+$|"
                          r"\b(?:a\.k\.a\.?|aka|formerly)\s+$", re.IGNORECASE)


ORIGIN_BEFORE = re.compile(r"\b(?:fired|launched|shot|lobbed|sent|flown|crossed|came|flew)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?"
                           r"(?:\w+\s+)?$", re.IGNORECASE)


ARABIC_NAME_GOES_ON = re.compile(r"\s+(?:(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]|(?:al|el|bin|ibn|bint)\s+[A-Z])")
# "15 km from the provincial capital, X", "north of the regional capital X": X locates another place
LOCATOR_TITLE_BEFORE = re.compile(
    r"\b(?:near|from|of|outside|beyond|towards?)\s+the\s+(?:(?:provincial|regional|state|district|departmental|"
    r"county|national|administrative)\s+)?(?:capital|seat|headquarters|main\s+town|nearest\s+town)\s*,?\s+$",
    re.IGNORECASE)
# "from other parts of X", "from elsewhere in X": by its wording not where the event was
ELSEWHERE_BEFORE = re.compile(r"\bfrom\s+(?:(?:other|different|various|many|all)\s+(?:parts|regions|provinces|areas|"
                              r"corners|places)\s+of|elsewhere\s+in|the\s+rest\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# "migrants from Ethiopia", "traders from the north of Nigeria": people's origin
PEOPLE_FROM_BEFORE = re.compile(
    r"\b(?:people|residents|migrants|settlers|traders|merchants|workers|labou?rers|families|pilgrims|students|"
    r"tourists|visitors|refugees|newcomers|immigrants|nationals|citizens|natives|herders|farmers|fishermen)\s+"
    r"(?:\w+\s+){0,2}?(?:originally\s+)?from\s+(?:the\s+)?(?:(?:north|south|east|west)[\w-]*\s+(?:of\s+)?(?:the\s+)?)?$",
    re.IGNORECASE)


# "commandos flown in from Delhi", "troops sent from the capital", "reinforcements arrived from Kano": where
# a force set out from, not where it fought (unlike a weapon's origin, never the place when nothing else is named)
FORCE_FROM_BEFORE = re.compile(
    r"\b(?:flown|sent|brought|arrived|arriving|deployed|dispatched|despatched|airlifted|rushed|bused|bussed|"
    r"trucked|ferried|redeployed|drafted|moved)\s+(?:in\s+|up\s+|over\s+|down\s+)?(?:[\w-]+\s+){0,2}?from\s+"
    r"(?:the\s+)?(?:(?:nearby|neighbou?ring|national|federal|state)\s+)?(?:capital,?\s+)?$|"
    # "French special forces who had come in from neighbouring Mali" (not "had come under fire from")
    r"\b(?:come|came|coming)\s+(?:in\s+|up\s+|over\s+|down\s+|across\s+)?from\s+(?:the\s+)?"
    r"(?:(?:nearby|neighbou?ring|national|federal|state)\s+)?$|"
    # "police from the X and Y stations rushed to the scene", "troops from Chad": the force's home, not the scene
    r"\b(?:police(?:men)?|officers|troops|soldiers|gendarmes|firefighters|reinforcements|units?|crews?)\s+from\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and|or)\s+)?$", re.IGNORECASE)


# "protesters who have renamed it Puerto Resistencia", "a junction locals have dubbed X": a new name given to
# the place the sentence is about, not a town of that name
RENAMED_BEFORE = re.compile(r"\b(?:renamed|rechristened|re-?baptised|re-?baptized|dubbed|nicknamed|christened)\s+"
                            r"(?:(?:it|them|this|that|the\s+[\w-]+)\s+)?(?:as\s+)?(?:[A-Z][\w-]*\s+){0,2}$")


TRAVEL_BEFORE = re.compile(r"\b(?:(?:state |official |working )?visits?|trip|tour|summit|conference|(?:was|were|is|are) "
                           r"(?:away|abroad)|returning|travell?(?:ing|ed|s)?|flew|flying|exile)\s+(?:\w+\s+){0,2}?"
                           r"(?:to|towards?|in|from|at)\s+(?:the\s+)?$", re.IGNORECASE)


DESTINATION_BEFORE = re.compile(
    r"\b(?:evacuat(?:e|ed|es|ing)|airlift(?:ed|ing)?|flown|fl(?:y|ew)|taken|took|transferr?(?:ed|ing)?|rushed|"
    r"ferried|driven|moved|handed|extradited|deported|repatriated)\s+(?:[\w-]+\s+){0,4}?(?:to|towards)\s+(?:hospitals?\s+in\s+)?(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:and|or|,)\s+)*(?:[\w-]+\s+)?$", re.IGNORECASE)
DIRECTION_BEFORE = re.compile(r"\b(?:in|on|along)\s+the\s+directions?\s+of\s+(?:the\s+)?"
                              r"(?:[\w’'-]+(?:\s+[\w’'-]+){0,2}?\s*(?:,|\s(?:and|or)\b)\s*(?:(?:and|or)\s+)?)*$",
                              re.IGNORECASE)
OPPONENT_BEFORE = re.compile(r"\b(?:fighting|fight|fought|war|wars|clash(?:es|ed)?|battles?|battling|conflict|"
                             r"hostilities|skirmish(?:es)?|border\s+(?:clashes|fighting|dispute)|ceasefire|truce|"
                             r"talks|tensions?)\s+(?:\w+\s+){0,2}?(?:with|against)\s+(?:neighbou?ring\s+)?$",
                             re.IGNORECASE)


# the words between a town and the area that holds it: "village in Khyber Pakhtunkhwa province, "
WITHIN = re.compile(r"^(?:\s+(?:village|town|city|area|locality|settlement|district))?\s*(?:,|\s+in|\s+of)\s+"
                    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:province|state|region|district|county)\s*,?\s*)?$")


# "west of the provincial capital", "about 20 km south of", "near the town of": a locating phrase
LOCATOR_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern\s+\w+)?\s+of|near|outside|from)\s+(?:the\s+)?"
    r"(?:(?:provincial|regional|state|district|national|nearby|main)\s+)?(?:(?:capital|town|city|seat)\s*,?\s+(?:of\s+)?)?$",
    re.IGNORECASE)


def locates_only(m: PlaceMention, text: str, start: int) -> bool:
    """Whether a mention is named by a locating phrase ("near Y", "20 km west of Y", "west of the
    provincial capital Y"): after another place of the sentence, it only says where that one lies."""
    if m.qualifier and RELATIVE.match(m.qualifier) and m.qualifier not in ("between", "around"):
        return True
    before = text[max(0, m.start - start - 80): m.start - start]
    return bool(LOCATOR_TITLE_BEFORE.search(before) or LOCATOR_BEFORE.search(before))


# "the road to X", "the main highway leading towards X and Y", "the route from X": the town a road runs to
ROAD_TO_BEFORE = re.compile(
    r"\b(?:road|roads|highway|motorway|route|axis|track|corridor|way|exit|supply\s+line)\s+(?:that\s+|which\s+)?"
    r"(?:lead(?:s|ing)?\s+|run(?:s|ning)?\s+|go(?:es|ing)?\s+)?(?:to|towards?|from|into)\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+)?(?:[A-Z][\w'’-]*\s+(?:and|or)\s+|[A-Z][\w'’-]*,\s+)*$")
# "the Mbaiki road", "on the X-Y highway": a road named after the towns it joins
ROAD_NAME_AFTER = re.compile(r"(?:[-–][A-Z][\w'’-]*)*\s+(?:road|highway|motorway|expressway|route|axis|corridor)\b",
                             re.IGNORECASE)


def on_road(m: PlaceMention, text: str, start: int) -> bool:
    """Whether a mention only names a road: the town it leads to or the town it is named after."""
    return bool(ROAD_TO_BEFORE.search(text[max(0, m.start - start - 60): m.start - start])
                or ROAD_NAME_AFTER.match(text[m.end - start:]))


def event_places(mentions: list[PlaceMention], text: str | None = None, start: int = 0,
                 focus: list[str] | None = None) -> list[PlaceMention]:
    """Where the event happened, among the places its clause names: one per coordinated place.

    `text` and `start` (the sentence and its report offset) let containment wording drop the larger place."""
    resolved = [m for m in mentions if m.place is not None]
    if text is not None and len(resolved) > 1:
        # "Hamdaniya, the district also known as Qaraqosh": another name for a place already named
        resolved = [m for m in resolved if not ALIAS_BEFORE.search(text[max(0, m.start - start - 30): m.start - start])]
        # "Solhan, a village about 15 km from the provincial capital, Sebba": the town named after a locating
        # phrase's title only says where the other lies
        located = [m for m in resolved if not LOCATOR_TITLE_BEFORE.search(
            text[max(0, m.start - start - 80): m.start - start])]
        resolved = located or resolved
    if text is not None:
        # "a missile fired from Yemen towards Jizan": where the weapon came from is not where it struck; with no
        # other place ("35 projectiles crossed from Lebanon"), the sentence does not say where they fell and the
        # place comes from the line's label or the story (the caller's fallbacks)
        resolved = [m for m in resolved if not ORIGIN_BEFORE.search(text[max(0, m.start - start - 40): m.start - start])]
        # "near Riad al-Solh": a name's first word followed by the rest of an Arabic name (article, "bin")
        # is part of that longer name (a square, a person), not the town the first word matches alone
        resolved = [m for m in resolved if not ARABIC_NAME_GOES_ON.match(text[m.end - start:])]
        # "crowds attacked people from other parts of Indonesia": where the victims come from, not where the
        # event happened; a country or province people come from is never the event's place
        resolved = [m for m in resolved if not (
            ELSEWHERE_BEFORE.search(text[max(0, m.start - start - 50): m.start - start])
            or (m.place.feature in _AREA_FEATURES
                and PEOPLE_FROM_BEFORE.search(text[max(0, m.start - start - 50): m.start - start])))]
    if text is not None:
        # "cut short a visit to Moscow", "returning from a summit in Asia": where someone travelled, and a
        # continent, are never where the sentence's event happened
        resolved = [m for m in resolved if not m.place.id.startswith("ct:")
                    and not TRAVEL_BEFORE.search(text[max(0, m.start - start - 40): m.start - start])
                    and not FORCE_FROM_BEFORE.search(text[max(0, m.start - start - 50): m.start - start])
                    and not RENAMED_BEFORE.search(text[max(0, m.start - start - 50): m.start - start])]
        # "two days of fighting with Azerbaijan", "its war against Russia": a country named as the enemy is a
        # party to the fighting, not where it happened
        # "helped evacuate the wounded to X and Y": where the hurt were taken is not where they were hurt
        resolved = [m for m in resolved if not DESTINATION_BEFORE.search(
            text[max(0, m.start - start - 60): m.start - start])]
        # "shelled positions and towns in the directions of X, Y and Z": the axes fire was aimed along, not places
        # it fell on (a sentence that tells a hit names it: "X was hit by artillery fire"); with no other place,
        # the fire along the front they name is one event, near the first
        aimed = [m for m in resolved if DIRECTION_BEFORE.search(text[max(0, m.start - start - 80): m.start - start])]
        if aimed:
            resolved = [m for m in resolved if m not in aimed] or aimed[:1]
        resolved = [m for m in resolved if not (m.place.feature == "country" and OPPONENT_BEFORE.search(
            text[max(0, m.start - start - 40): m.start - start]))]
        # "Lome village in Benue state": the area named right after a town says which country it is in; a
        # foreign namesake (a capital abroad) is a wrong reading of a local name
        resolved = [m for i, m in enumerate(resolved) if not (
            m.place.feature not in ("country", "admin1", "region") and i + 1 < len(resolved)
            and resolved[i + 1].place.feature in ("country", "admin1", "region")
            and resolved[i + 1].place.country != m.place.country
            and 0 <= resolved[i + 1].start - m.end <= 60
            and WITHIN.match(text[m.end - start: resolved[i + 1].start - start]))]
    if text is not None and focus and resolved:
        # "DUBAI, Nov 17 - Protests in Iran spread ...": a dateline city abroad is where the reporter sits, not
        # where the story's events happened
        head = DATELINE.match(text)
        if head:
            resolved = [m for m in resolved if not (m.start - start < head.end() and m.place.feature != "country"
                                                    and m.place.iso2 != focus[0])]
    if text is not None and len(resolved) > 1:
        # "attacked a position on the road to X", "the X road", "the X-Y highway": a road named after a town,
        # or the town it leads to, says which road, not where on it the event was; another place the clause
        # names is (a road's end alone stays, coded near it)
        off_road = [m for m in resolved if not on_road(m, text, start)]
        if off_road and len(off_road) < len(resolved):
            resolved = off_road
        elif not off_road and all(text[a.end - start: b.start - start] in ("-", "–")
                                  for a, b in zip(resolved, resolved[1:])):
            # "on the Abuja-Kaduna highway" and nothing else: one road, one incident on it (coded near its first
            # named end), not one event at each town it joins
            resolved = resolved[:1]
    if text is not None and resolved:
        resolved = [_near_side(m, text, start, focus) for m in resolved]
        # "pushed into Beira Lake", "on the Tana River": the name is part of a feature's, not the town's
        resolved = [m for m in resolved if m is not None and not FEATURE_AFTER.match(text[m.end - start:])]
        # "in the Red Sea port city": an area or sea named as an adjective of the town meant
        resolved = [m for m in resolved if not (m.place.feature in _AREA_FEATURES
                                                and AREA_AS_ADJECTIVE.match(text[m.end - start:])
                                                and re.search(r"\bthe\s+$", text[max(0, m.start - start - 5): m.start - start]))]
        # "in Rutshuru territory", "Bor county": the area named after a town, not the town; coded to the
        # town at area precision unless the clause names a place inside it
        areas = [m for m in resolved if AREA_AFTER.match(text[m.end - start:])
                 and m.place.feature not in ("admin1", "admin2", "region", "country")]
        if areas:
            towns = [m for m in resolved if m not in areas and m.place.feature not in ("admin1", "admin2", "region",
                                                                                       "country")]
            resolved = [m for m in resolved if m not in areas] if towns else [
                m if m not in areas else PlaceMention(start=m.start, end=m.end, text=m.text, place=m.place,
                                                      score=m.score, precision=max(m.precision, 2),
                                                      qualifier=m.qualifier) for m in resolved]
    if not resolved:
        return []
    out: list[PlaceMention] = []
    for m in resolved:  # "the highway between al-Bab and Manbij" -> one stretch, coded to its first town
        if m.qualifier == "between" and out and out[-1].qualifier == "between":
            continue
        out.append(m)
    if text is not None and len(out) > 1:  # "the West Bank town of X", "X in rural Y": the place inside
        from ..geo.link import locators

        dropped = locators(out, text, start)
        out = [m for i, m in enumerate(out) if i not in dropped] or out
    plain = [m for m in out if not (m.qualifier and RELATIVE.match(m.qualifier) and m.qualifier != "between")]
    if plain and all(m.place.feature in _AREA_FEATURES for m in plain):
        # "fighting on the hills around X, in Y territory of Z province": when the clause's other places
        # are only the areas that hold X, the event is coded to X at precision 2 (ACLED's "near X"), not
        # to the area
        near = [m for m in out if m not in plain and m.qualifier and CLOSE_BY.match(m.qualifier)
                and any(_contains(a, m) for a in plain)]
        if near:
            plain = [m if m.precision >= 2 else PlaceMention(
                start=m.start, end=m.end, text=m.text, place=m.place, score=m.score, precision=2,
                qualifier=m.qualifier) for m in near]
    if plain:
        out = plain
    out = [_town_level(m) for m in out]
    if text is not None and len(out) > 1:
        out = _examples_of_area(out, text, start)
    kept = [m for m in out if not any(o is not m and _contains(m, o) for o in out)]
    kept = [m for i, m in enumerate(kept) if not (i and _said_to_contain(kept[i - 1], m, text, start))]
    seen: set[str] = set()
    unique = []
    for m in kept:
        if m.place.id not in seen:
            seen.add(m.place.id)
            unique.append(m)
    return unique


_AREA_FEATURES = frozenset({"country", "admin1", "admin2", "region"})
# qualifiers that put the event next to a place, not at a distance from it
CLOSE_BY = re.compile(r"^(?:near|nearby|around|outside|close to|next to|(?:outskirts|edges?|vicinity) of)$", re.I)


# "in several suburbs of Dakar, including Pikine and Rufisque": the places after "including" are examples
# of where one act spread inside the named place; ACLED codes that one act once, at that place at
# precision 2, not once per example
EXAMPLES_OF_AREA = re.compile(
    r"\b(?:suburbs|neighbou?rhoods|districts|parts|areas|quarters|townships|localities|outskirts|streets)\s+"
    r"(?:of|in|around|across|outside)\s+(?:the\s+)?(?P<area>[^,;.]{0,40}?)\s*,?\s*"
    r"(?:including|such as|notably|among them|like|especially)\s+"
    r"(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:\s*,\s*|\s+and\s+))*$", re.IGNORECASE)


def _examples_of_area(out: list[PlaceMention], text: str, start: int) -> list[PlaceMention]:
    for i, first in enumerate(out):
        if i == 0:
            continue
        window = max(0, first.start - start - 100)
        hit = EXAMPLES_OF_AREA.search(text[window: first.start - start])
        if not hit:
            continue
        anchor = out[i - 1]
        if not window + hit.start("area") <= anchor.start - start < window + hit.end("area"):
            continue  # the examples belong to an area the clause does not name as a place

        def near(o: PlaceMention) -> bool:
            return o.place.country == anchor.place.country and distance_km(
                o.place.latitude, o.place.longitude, anchor.place.latitude, anchor.place.longitude) < 60

        examples = [first] + [o for o in out[i + 1:] if near(o)]
        if not near(first):
            continue
        area = PlaceMention(start=anchor.start, end=anchor.end, text=anchor.text, place=anchor.place,
                            score=anchor.score, precision=max(anchor.precision, 2), qualifier=anchor.qualifier)
        return [o for o in out[:i - 1]] + [area] + [o for o in out[i:] if o not in examples]
    return out


FEATURE_AFTER = re.compile(r"\s+(?:Lake|River|Mountains?|Hills?|Valley|Dam|Bridge|Canal|Forest|Reservoir|Bay|"
                           r"Island|Creek|Gorge|Pass|Stream|Road|Street|Avenue|Square|Park|Stadium|Sea|Gulf|Straits?|Ocean|Channel)\b")
AREA_AS_ADJECTIVE = re.compile(r"\s+(?:port|harbou?r|coastal|resort|border|frontier)(?:\s+(?:city|town|village))?\b(?!\s+of\b)")
AREA_AFTER = re.compile(r"\s+(?:territory|district|province|region|county|governorate|prefecture|department|"
                        r"municipality|sub-county|subcounty|local government area|LGA)\b")
# "Bunagana on Congo's border with Uganda", "the frontier with Turkey": the other side of a border only
# says where the place lies
BORDER_WITH = re.compile(r"(?:\b(?P<own>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})[’']s\s+(?:\w+\s+)?|\b)"
                         r"(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$")


def _near_side(m: PlaceMention, text: str, start: int, focus: list[str] | None) -> PlaceMention | None:
    """The place a mention after "border with" stands for: the country whose border it is, when named
    ("Congo's border with Uganda" -> Congo, at country precision), else none."""
    from .. import geo

    b = BORDER_WITH.search(text[max(0, m.start - start - 60): m.start - start])
    if not b:
        return m
    if not b.group("own"):
        return None
    from ..knowledge.countries import country

    name = b.group("own")
    # "Congo" in a report about the Democratic Republic of the Congo is that country
    for iso2 in focus or ():
        found = country(iso2)
        if found is not None and re.search(rf"\b{re.escape(name)}\b", found.name):
            name = found.name
            break
    own = next((p.place for p in geo.find_places(f"in {name}", focus=focus) if p.place is not None
                and p.place.feature == "country" and p.place.iso2 != m.place.iso2), None)
    if own is None:
        return None
    return PlaceMention(start=m.start, end=m.end, text=b.group("own"), place=own, score=m.score, precision=3,
                        qualifier=m.qualifier)


def _contains(outer: PlaceMention, inner: PlaceMention) -> bool:
    a, b = outer.place, inner.place
    ra, rb = FEATURE_RANK.get(a.feature, 2), FEATURE_RANK.get(b.feature, 2)
    if ra < rb or a.country != b.country:
        return False
    if ra == rb:  # only a metropolis contains places of its own rank (the towns it has grown over)
        return (a.feature == "city" and a.population >= METROPOLIS and b.population * 5 < a.population
                and distance_km(a.latitude, a.longitude, b.latitude, b.longitude) < 30)
    if a.feature == "country":
        return True
    if a.feature == "admin1":
        if b.parent == a.id:
            return True
        if not b.admin1:
            # a town whose province the gazetteer does not record: inside a province whose point is near
            return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) < UNKNOWN_PROVINCE_KM
        return (b.admin1 or "").lower() == a.name.lower() or (b.admin1 or "") == (a.admin1 or a.name)
    if b.parent == a.id:
        return True
    near = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
    if a.feature == "city" and a.population >= BIG_CITY and ra - rb >= 2 and near < 15:
        return True  # a big city's neighbourhoods
    return a.feature == "city" and a.population >= METROPOLIS and near < 30  # a metropolis's towns


def contains(outer: PlaceMention, inner: PlaceMention) -> bool:
    """Whether `outer`'s place is an area (or metropolis) that contains `inner`'s place."""
    return outer.place is not None and inner.place is not None and _contains(outer, inner)


UNKNOWN_PROVINCE_KM = 250.0
# ACLED codes neighbourhoods as their own locations only in large cities; elsewhere the town is the place
BIG_CITY = 300_000
METROPOLIS = 1_000_000


def _town_level(m: PlaceMention) -> PlaceMention:
    from .. import geo

    p = m.place
    if p is None or p.feature not in ("neighbourhood", "district", "landmark") or not p.parent:
        return m
    parent = geo.place_by_id(p.parent)
    if parent is None or parent.feature not in ("city", "town") or parent.population >= BIG_CITY:
        return m
    return PlaceMention(start=m.start, end=m.end, text=m.text, place=parent, score=m.score, precision=1,
                        qualifier=m.qualifier)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# ------------------------------------------------------------------------------------------------ actors


# explosive devices someone planted or threw, unseen: a report's state forces at home are not their unnamed users
PLANTED = ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade")
UNSEEN_HAND = ("Attack", "Abduction/forced disappearance", "Sexual violence", "Suicide bomb",
               "Remote explosive/landmine/IED", "Grenade", "Armed clash", "Chemical weapon")


def unidentified(country: str | None) -> ActorRef:
    return ActorRef(name=f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group", mention="",
                    inter=3, side="unknown")


def _rivals(a: ActorRef, b: ActorRef) -> bool:
    """Two differently named actors of no known camp ("Meitei and Kuki militias", an unidentified group and
    a politician's guards) are not one camp for being both 'unknown', nor two foreign states' forces for being
    both 'external'."""
    return a.name != b.name and ("unknown" in (a.side, b.side) or (a.side == b.side == "external"))


def _one_camp(a: ActorRef, b: ActorRef) -> bool:
    return allied(a.side, b.side) and not _rivals(a, b)


def civilians(country: str | None, mention: str = "") -> ActorRef:
    return ActorRef(name=f"Civilians ({country})" if country else "Civilians", mention=mention, inter=7,
                    side="civilian")


DEFINITE_BEFORE = re.compile(r"\b(?:the|those|these)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _named_for_generic(actor: ActorRef | None, other: ActorRef | None, actors: list[ActorRef], text: str,
                       base: int) -> ActorRef | None:
    """The named armed group an unidentified actor's definite words ("the attackers") refer back to: the
    only non-state armed group the sentence names that is not on `other`'s side; else `actor` itself.

    Not `claims._named_perpetrator`, on purpose: this is the sentence's own anaphora, read as its actors are
    assigned ("repelled an RSF attack ... and killed 30 of the attackers"): only a definite "the/those ..."
    word, only the groups of this sentence, and never the other actor's camp. The claims rule comes after,
    with the whole report: any generic "gunmen" or "militants" (not "unidentified" or "masked" ones) is the
    one group the report names (or names most, or that claimed the attack), unless someone disowns it. A
    sentence that names two groups, or one on the other side, keeps its "attackers" unnamed here whatever
    the report names elsewhere; merging the two would change who is coded as the perpetrator."""
    if actor is None or not actor.name.startswith("Unidentified Armed Group") or actor.start is None \
            or not DEFINITE_BEFORE.search(text[max(0, actor.start - base - 30): actor.start - base]):
        return actor
    named = {a.name: a for a in actors if a.inter in (2, 3) and a.key and not a.name.startswith("Unidentified")
             and (other is None or (a.name != other.name and not _one_camp(a, other)))}
    if len(named) == 1:
        return next(iter(named.values()))
    # "repelled a jihadist attack ..., killing three of the attackers": with no named group, the one armed side the
    # sentence describes (jihadists, Islamist militants) is who "the attackers" were
    described = {a.side: a for a in actors if a.name.startswith("Unidentified Armed Group") and a.side
                 not in (None, "unknown") and a.start != actor.start
                 and (other is None or (a.side != other.side and not _one_camp(a, other)))}
    return next(iter(described.values())) if len(described) == 1 and not named else actor


BETWEEN_BEFORE = re.compile(r"\b(?:clash(?:es)?|fighting|fights?|battles?|gunfights?|gun battles?|shoot-?outs?|"
                            r"skirmish(?:es)?|firefights?|"
                            r"exchanges? of fire|hostilities|violence)\s+(?:that\s+)?(?:(?:broke\s+out|erupted|raged)\s+)?"
                            r"between\s+(?:the\s+)?(?P<rival>(?:two\s+)?(?:rival|opposing|competing|feuding)\s+"
                            r"(?:[\w-]+\s+){0,2}?)?$", re.IGNORECASE)
BETWEEN_AND = re.compile(r"^\s*(?:,\s*)?(?:and|and\s+the|and\s+a)\s+$", re.IGNORECASE)


def _between_sides(text: str, base: int, actors: list[ActorRef]) -> tuple[ActorRef, ActorRef] | None:
    """The two sides of "fighting between the army and the Arakan Army", "clashes between X and Y" (both armed), or
    of "clashes between rival ethnic militias" (one armed kind on both sides); None when the sentence has no such
    phrase."""
    armed = [a for a in actors if a.inter in (1, 2, 3, 4, 8) and a.start is not None and a.end is not None]
    for i, a in enumerate(armed):
        m = BETWEEN_BEFORE.search(text[max(0, a.start - base - 80): a.start - base])
        if not m:
            continue
        if m.group("rival"):
            return a, a  # "between rival clan militias": the same kind of group on both sides
        b = next((b for b in armed[i + 1:] if BETWEEN_AND.match(text[a.end - base: b.start - base])), None)
        if b is not None and b.name != a.name:
            return a, b
    return None


def _one_mention(a: ActorRef, b: ActorRef, text: str, base: int) -> bool:
    """Two actor words with nothing but space between them ("Islamic State militants", "Taliban fighters")."""
    if None in (a.start, a.end, b.start, b.end):
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    return first.end <= second.start and text[first.end - base: second.start - base].strip() == ""


# "blew up the mosque as Iraqi troops closed in", "when soldiers were less than 50 metres from it": a clause
# of time after the act names who was about, not whom the blast or strike hit
# ("a building it describes as a command centre of the brigade": "as" after a verb of naming tells what a thing is)
SCENE_AFTER = re.compile(r"(?<!known )(?<!called )(?<!such )(?<!well )(?<!same )(?<!described )(?<!identified )"
                         r"(?<!describes )(?<!describe )(?<!describing )(?<!identifies )(?<!identify )(?<!regards )"
                         r"(?<!regarded )(?<!considers )(?<!considered )(?<!classed )(?<!classified )(?<!branded )"
                         r"(?<!designated )(?<!listed )(?<!named )(?<!so )\b(?:as|when|while|just as|(?:just |shortly |hours |minutes )?before)\s+(?:the\s+|an?\s+|some\s+)?"
                         r"(?:[\w-]+\s+){0,6}$", re.IGNORECASE)
SCENE_HARM = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|hurt|hit|struck|attack\w*|target\w*|ambush\w*|fired on|"
                        r"shot|caught|died|dead|lost)\b", re.IGNORECASE)


def _scene_actor(text: str, a: ActorRef, base: int, after: int) -> bool:
    """An actor named as the subject of a clause of time after the act, or after another actor, at sentence
    offset `after` ("as Iraqi troops closed in") that tells nothing done to it: the scene of a blast or
    strike, not its target nor its doer."""
    if a.start is None or a.end is None or a.start - base < after:
        return False
    scene = SCENE_AFTER.search(text[max(after, a.start - base - 60): a.start - base])
    if not scene:
        return False
    rest = re.split(r"[,;.]", text[a.end - base:], maxsplit=1)[0]
    return not SCENE_HARM.search(scene.group() + " " + rest)


SELF_REFERENCE = re.compile(r"\b(?:its|their|it|they|we|our)\b", re.IGNORECASE)
# "police say they believe the driver blew himself up": the speakers as the subject of a verb of thinking or
# saying tell what they think, not what they did
SELF_BELIEF = re.compile(r"\s+(?:\w+ly\s+)?(?:believe[ds]?|think|thought|suspect(?:ed|s)?|fear(?:ed|s)?|understand|"
                         r"understood|know|knew|expect(?:ed|s)?|assume[ds]?|say|said|says|told|claim(?:ed|s)?|"
                         r"den(?:y|ied|ies)|doubt(?:ed|s)?|are\s+investigating|were\s+investigating)\b", re.IGNORECASE)


KNOWN_AS = re.compile(r",?\s+(?:(?:also|better|locally|commonly)\s+)?(?:known|called|referred to)\s+as\s+(?:the\s+)?",
                      re.IGNORECASE)
DEMONSTRATION_TOLD = re.compile(r"\b(?:protest\w*|demonstrat\w*|march(?:ed|ing|es)?|rall(?:y|ies|ied|ying)|sit-ins?|"
                                r"strik(?:e|es|ing) workers|boycott\w*|riot\w*)\b", re.IGNORECASE)
DEMONSTRATOR_WORD = re.compile(r"\b(?:protest\w*|demonstrat\w*|marchers|rioters)\b", re.IGNORECASE)


MEMBER_NOUN_AFTER = re.compile(r"\s+(?:commanders?|leaders?|fighters?|members?|militants?|officials?|chiefs?|"
                               r"operatives?|emirs?|spokes(?:man|men))\b", re.IGNORECASE)
HARM_BEFORE_MEMBER = re.compile(r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing)|shot|assassinat\w+|"
                                r"target(?:ed|ing)|captur(?:ed|ing)|arrest(?:ed|ing)|abduct(?:ed|ing))\s+"
                                r"(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


def assign_actors(frame: "Frame", an: "Analysis", actors: list[ActorRef], ctx: "EntryContext",
                  speakers: list[ActorRef] | None = None):
    """(actor1, actor2, assoc_actor_1, assoc_actor_2) for a frame; fills gaps from the entry's context.

    `speakers` are armed actors named in the sentence's attribution ("The coalition acknowledged ...")."""
    speakers = speakers or []
    base = an.sentence.start
    text = an.sentence.text
    cue0 = frame.cues[0]
    lead = LEADING_ADVERBIAL.match(text)
    if lead and cue0.end <= lead.end():
        # "Hours before the Solhan attack, unidentified gunmen killed 14 people": the opening phrase's trigger
        # dates the event; who did what is told by the main clause's
        cue0 = next((c for c in frame.cues if c.start >= lead.end()), cue0)
    # "As soldiers and police rushed to the scene, a second bomb exploded": a leading clause that sets the scene
    # of a device going off names people who were there, not who planted it
    scene = SCENE_CLAUSE.match(text)
    if scene and cue0.start >= scene.end():
        actors = [a for a in actors if a.start is None or not (a.start - base < scene.end()) or a.inter == 7]
    # those a running-toll clause names ("a war that has killed thousands of civilians") took no part in this event
    running = running_toll_spans(text)
    if running:
        actors = [a for a in actors if a.start is None or not any(s <= a.start - base < e for s, e in running)]
    # "the internal security forces known as the Asayish": a description and the name it is known by are one
    # actor, the named one
    actors = [a for a in actors if not (a.end is not None and any(
        b is not a and b.start is not None and KNOWN_AS.fullmatch(text[a.end - base: b.start - base])
        for b in actors))]
    # "its aircraft had struck in support of the SDF", "shelled the town on behalf of the militia": the force a strike
    # backs is on the striker's side, not its target
    actors = [a for a in actors if not (a.start is not None and a.start - base > cue0.start
                                        and ALLY_BEFORE.search(text[max(0, a.start - base - 30): a.start - base]))]
    if frame.sub_event_type not in PROTEST_TYPES and not DEMONSTRATION_TOLD.search(text):
        # "shooting students in their halls": a crowd word for people ("students") names protesters only at a
        # demonstration; the victims of an attack are civilians (ACLED: Civilians, with the students as
        # associated actor)
        actors = [civilians(ctx.country, a.mention) if a.inter == 6 and a.mention
                  and not DEMONSTRATOR_WORD.search(a.mention) else a for a in actors]
    if frame.sub_event_type == "Armed clash":
        # "a group of young men attacked the police station": people who attack a force are armed men
        # nobody has named (ACLED: a battle's sides are armed groups), not civilians
        actors = [ActorRef(name=unidentified(ctx.country).name, mention=a.mention, inter=3, side="unknown",
                           start=a.start, end=a.end)
                  if a.inter == 7 and a.end is not None and a.end - base <= cue0.start
                  and PEOPLE_ATTACKING.fullmatch(text[a.end - base: cue0.start] + cue0.text)
                  and FORCE_OBJECT.match(text, cue0.end) else a for a in actors]
    victims: list[ActorRef] = []
    perps: list[ActorRef] = []
    victim_quantities = [q for q in an.quantities if _victim_kind(q)]
    for a in actors:
        count_cues = [c for c in frame.cues if c.role in COUNT_ROLE]
        in_count = any(q.head_start is not None and a.start is not None
                       and (a.start <= q.head_start < a.end or q.head_start <= a.start < (q.head_end or 0))
                       and _link(text, q.start - base, q.end - base, count_cues) is not None
                       for q in victim_quantities)
        passive_subject = (a.end is not None and a.end - base <= cue0.start
                           and _passive_between(text[a.end - base: cue0.start], cue0))
        object_of = a.start is not None and re.search(r"\b(?:on|against|targeting|at)\s+(?:the\s+)?$",
                                                      text[max(0, a.start - base - 20): a.start - base])
        held = a.end is not None and text[a.end - base: a.end - base + 5].lower().startswith("-held")
        fighting = frame.sub_event_type in ("Armed clash",) + TERRITORY + WEAPON_ORDER
        # "Afghan forces in a crackdown on Taliban militants recaptured ...": the object of a phrase that
        # follows the subject is no perpetrator, wherever it stands
        object_after_subject = object_of and any(b is not a and b.end is not None and b.end <= a.start
                                                 and b.inter != 7 for b in actors)
        # "Taliban militants": a second actor word right after a victim names the same victim
        same_mention = bool(victims) and victims[-1].end is not None and a.start is not None \
            and text[victims[-1].end - base: a.start - base].strip() == ""
        # "killed a senior al-Qaeda commander", "wounding two Taliban fighters": the group named before the person
        # harmed is the group harmed
        harmed_member = a.start is not None and a.end is not None and bool(
            MEMBER_NOUN_AFTER.match(text, a.end - base)) and bool(
            HARM_BEFORE_MEMBER.search(text[max(0, a.start - base - 60): a.start - base]))
        if a.inter == 7 or in_count or passive_subject or (object_of and a.start - base > cue0.start) or harmed_member or \
                object_after_subject or same_mention or \
                (held and fighting):
            victims.append(a)
        else:
            perps.append(a)
    # "militants of the PKK were detained": a word for fighters "of" a named victim group names the victims
    members = [a for a in perps if a.end is not None and any(
        v.start is not None and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[a.end - base: v.start - base])
        for v in victims)]
    if members:
        perps = [a for a in perps if a not in members]
        victims = members + victims
    # "killed 40 people, most of them police officers": the force the dead mostly belonged to was hit
    mostly = [a for a in actors if a.inter in (1, 2, 3, 8) and a.start is not None
              and MOSTLY.search(text[max(0, a.start - base - 40): a.start - base])]
    if mostly and frame.sub_event_type in WEAPON_ORDER:
        perps = [a for a in perps if a not in mostly]
        victims = mostly + [v for v in victims if v not in mostly]
    by_agent = [a for a in perps if a.start is not None and re.search(r"\bby\s+(?:\w+\s+){0,2}$",
                                                                       text[max(0, a.start - base - 25): a.start - base])]
    before_cue = [a for a in perps if a.end is not None and a.end - base <= cue0.start]
    # "IS militants blew up the mosque as Iraqi troops closed in, destroying ...": the subject of a clause of
    # time is not the subject of the act told after it
    main = [a for a in before_cue if not any(b.end is not None and b.end <= a.start
                                             and _scene_actor(text, a, base, b.end - base) for b in before_cue)]
    subject = _subject_group(main if main else before_cue, text, base)
    weapon_cues = [c for c in frame.cues if c.role in ("weapon", "bombing")]
    # (or the weapon word is the actor's own: "Russian aircraft struck ...", whose cue is "aircraft struck")
    adjectival = [a for a in perps for c in weapon_cues
                  if a.end is not None and (0 <= c.start - (a.end - base) <= 2
                                            or (a.start is not None and a.start - base < c.start < a.end - base))]
    # "Bor fell on Wednesday to troops loyal to the former vice president": whom a place falls to took it
    fell_to = [a for a in perps if frame.sub_event_type in TERRITORY and a.start is not None
               and cue0.start < a.start - base <= cue0.start + 70
               and FELL_TO.fullmatch(text[cue0.start: a.start - base])]
    actor1 = ((fell_to[0] if fell_to else None) or (adjectival[0] if adjectival else None)
              or (subject[0] if subject else None) or (by_agent[0] if by_agent else None))
    if actor1 is None and not any(a.start is not None and a.start - base > cue0.start for a in perps):
        actor1 = perps[0] if perps else None
    if frame.sub_event_type in TERRITORY:
        # "the town fell to the rebels after the commander defected with his men": ground changes hands between
        # armed sides (ACLED: a battle's actors are organised armed groups), so the people a sentence names
        # there are no side to it
        victims = [v for v in victims if v.inter != 7]
    actor2 = victims[0] if victims else None
    if actor2 is not None and actor2.inter == 7 and frame.sub_event_type == "Armed clash" and actor1 is not None \
            and any(a is not actor1 and a.inter in (1, 2, 3, 4, 8) and not _one_camp(a, actor1) for a in perps):
        # "exchanged fire with soldiers ..., then went into the school, where students were": a battle's other
        # side is the armed force fought, not the people the sentence names later
        actor2 = None
    pair = _between_sides(text, base, actors) if frame.sub_event_type == "Armed clash" else None
    if pair is not None:
        actor1, actor2 = pair
    if actor2 is not None and frame.sub_event_type == "Armed clash" and actor1 is not None and pair is None \
            and (actor2.name == actor1.name or _one_camp(actor2, actor1)) \
            and any(a is not actor1 and a.inter in (1, 2, 3, 4, 8) and not _one_camp(a, actor1)
                    and not _one_mention(actor1, a, text, base) for a in perps):
        # "troops clashed with Abu Sayyaf militants; three soldiers and five militants were killed": the first side's
        # own dead are no second side; the armed group it fought is
        actor2 = None
    if actor2 is None:
        for a in perps:
            if frame.sub_event_type in WEAPON_ORDER + ("Looting/property destruction",) \
                    and (_scene_actor(text, a, base, cue0.end) or (a in before_cue and a not in main)):
                continue
            if actor1 is not None and _one_mention(actor1, a, text, base):
                continue  # "Islamic State militants": the second word names the first actor again
            if a is not actor1 and (actor1 is None or not _one_camp(a, actor1)):
                actor2 = a
                break
    if frame.sub_event_type == "Attack" and actor1 is None and not victims and actor2 is not None \
            and actor2.inter in (2, 3, 4, 8) and KILLED_AT_HOME.search(text):
        actor1, actor2 = actor2, None  # "X was shot dead at his home when armed men attacked": the armed men did it
    if actor2 is None and frame.sub_event_type in ("Attack", "Abduction/forced disappearance", "Sexual violence"):
        # ACLED: violence against civilians always has civilians as its second actor, named or not ("gunmen
        # opened fire on the group")
        kinds = [q for q in victim_quantities if _victim_kind(q) == "civilian"]
        actor2 = civilians(ctx.country, kinds[0].head if kinds else "")
    if actor1 is None and speakers and any(not SELF_BELIEF.match(text, m.end())
                                           for m in SELF_REFERENCE.finditer(text[: cue0.start])):
        actor1 = speakers[0]  # "The coalition acknowledged that its aircraft bombed ..."
    if actor1 is None and frame.sub_event_type == "Arrests" and actor2 is not None and actor2.inter == 1 \
            and actor2.side == "government":
        # "he was detained for disobeying police": only a state detains, and the state force the sentence
        # names is who did, wherever its word stands
        actor1, actor2 = actor2, next((v for v in victims if v.inter != 1), None)
    if actor1 is None and frame.sub_event_type == "Disrupted weapons use" and speakers \
            and speakers[0].inter in (1, 8) and not any(a.inter in (1, 8) for a in perps):
        # "The army said rockets fired at the north were intercepted": a state's forces that tell of weapons
        # stopped with no one named stopping them stopped them (ACLED: the first actor disrupts the weapons)
        actor1 = speakers[0]
    named_here = actor1 is not None or actor2 is not None
    if actor1 is None:
        actor1 = _from_context(ctx, avoid=actor2, prefer_state=frame.sub_event_type == "Arrests", perpetrator=True,
                               planted=frame.sub_event_type in PLANTED,
                               police_not=frame.sub_event_type == "Chemical weapon",
                               looting=frame.sub_event_type == "Looting/property destruction")
    # a strike told with no actor at all ("one rocket struck the airport") takes its attacker from the
    # report, but no target force: nothing says one was hit
    if actor2 is None and (frame.sub_event_type in ("Armed clash",) + TERRITORY
                           or (frame.sub_event_type in WEAPON_ORDER and frame.sub_event_type not in PLANTED
                               and named_here and not (STRUCK_AREA.search(text) and not ARMED_SITE.search(text)))
                           or (frame.sub_event_type in PLANTED and _force_hit(text, cue0, an))):
        # (a strike on towns, villages or a town's outskirts, with no armed target named, hit no force the
        # report names: ACLED leaves the second actor empty, or civilians when people were hurt)
        # a bomb, mine or grenade is set where its target is, and the sentence says where: it takes the force
        # the report names for its target only when the sentence tells a force was hit ("a roadside bomb hit an
        # army patrol", "two soldiers were wounded"); a mosque blown up, a track blasted, a car bomb among
        # shoppers hit no force (aircraft and guns in a war are aimed at the enemy, whose ground they strike)
        actor2 = _from_context(ctx, avoid=actor1)
    elif actor2 is None and frame.sub_event_type in WEAPON_ORDER and ctx.targeted and actor1 is not None \
            and STRUCK_SITE.search(text):
        # "strikes hit the air base" in a report of strikes on a group's bases and sites: that group was hit
        hit = [a for a in ctx.armed_actors() + list(ctx.report_actors)
               if a.name in ctx.targeted and a.name != actor1.name and not _one_camp(a, actor1)]
        actor2 = ActorRef(name=hit[0].name, mention=hit[0].mention, inter=hit[0].inter, side=hit[0].side,
                          key=hit[0].key) if hit else None
    if frame.sub_event_type in WEAPON_ORDER and mostly:
        actor2 = mostly[0]
    elif frame.sub_event_type in WEAPON_ORDER and any(_victim_kind(q) == "civilian" for q in an.quantities):
        if actor2 is None or actor2.inter != 7:  # "while hundreds of mourners ... were attending the funeral"
            kinds = [q for q in an.quantities if _victim_kind(q) == "civilian"]
            actor2 = civilians(ctx.country, kinds[0].head or "")
    if frame.sub_event_type in WEAPON_ORDER and (actor2 is None or actor2.start is None) \
            and ((CIVILIAN_PLACE_HIT.search(text) and people_hurt(frame, an)) or PEOPLE_PLACE_HIT.search(text)
                 or PEOPLE_TARGETED.search(text)) and not _armed_victims(an):
        # "a missile hit a residential block, killing four", "shelled residential areas", "shelled a camp for
        # displaced people": the people there are the victims, not whichever armed side the report named
        # last; buildings or a village hit with no one hurt ("damaging several houses") had no victims
        # (ACLED: civilians are the second actor when they are the target or are harmed)
        actor2 = civilians(ctx.country)
    if frame.sub_event_type == "Suicide bomb" \
            and (actor2 is None or actor2.inter != 7) and VENUE_BLAST.search(text[cue0.start:]) \
            and not _armed_victims(an) and not _force_hit(text, cue0, an):
        # (only a suicide bomber: he goes off where the people are, while a bomb left by a church can be aimed at
        # the soldiers guarding it, and explosives set off in an empty mosque hit no one)
        # a bomber who blew himself up in a church or a hotel, a bomb that went off in a market: the people there
        # were its victims, whoever the sentence quotes ("police said") and whichever force the report named
        # (ACLED: civilians are the second actor when they are targeted or harmed)
        actor2 = civilians(ctx.country)
    if frame.sub_event_type in WEAPON_ORDER and actor2 is None and frame.polarity == "supports" \
            and _people_killed_or_hurt(frame, an) and not _armed_victims(an) and not _force_hit(text, cue0, an) \
            and not ARMED_SITE.search(text) and not MILITARY_TARGET.search(text):
        # "a car bomb left 12 dead and 30 wounded", "three dead in grenade attack on bar": a bomb or a strike that
        # killed or hurt people and hit no force the sentence or the report names harmed civilians (README: civilians
        # are a strike's or a bomb's second actor when people are killed or hurt)
        actor2 = civilians(ctx.country)
    if actor1 is None and frame.sub_event_type in UNSEEN_HAND:
        # ACLED: every event has a first actor; whoever attacked without being named is an unidentified armed group
        actor1 = unidentified(ctx.country)
    # "repelled an RSF attack ... and killed 30 of the attackers": "the attackers", "the gunmen" point back to
    # the one armed group the sentence names on the other side, not to an unidentified one
    actor1 = _named_for_generic(actor1, actor2, actors, text, base)
    actor2 = _named_for_generic(actor2, actor1, actors, text, base)
    if actor2 is not None and actor1 is not None and actor2.name == actor1.name:
        actor2 = None
    assoc1 = [a for a in perps if a is not actor1 and actor1 is not None and a.name != actor1.name
              and (_one_camp(a, actor1) or (a in subject and actor1 in subject and not _rivals(a, actor1)))]
    assoc2 = [a for a in victims if a is not actor2 and actor2 is not None and _one_camp(a, actor2)
              and a.name != actor2.name]
    if frame.sub_event_type in PROTEST_TYPES:
        return _protest_actors(frame, actors, ctx, text, base)
    if frame.sub_event_type in TERRITORY:
        # an army the actor list does not know ("the country's army recovered ...") is still a state's force
        # (ACLED: "government forces or their affiliates" regain territory; a militia on the government's side
        # is one)
        state = (actor1.inter == 1 or (actor1.inter in (3, 8) and actor1.side in ("government", "foreign-pro-government"))
                 if actor1 is not None
                 else bool(STATE_FORCE.search(text[max(0, cue0.start - 40): cue0.start])))
        frame.sub_event_type = TERRITORY[0] if state else TERRITORY[1]
    if frame.sub_event_type == "Arrests" and actor1 is not None and actor1.inter in (2, 3, 4, 5) \
            and not (actor1.key or "").startswith("mutiny") \
            and not any(v.name == actor1.name or allied(v.side, actor1.side) for v in victims):
        # only a state detains; a group that seizes people abducts them (a foreign state's forces still arrest,
        # and so do a state's own mutinous forces seizing its leaders)
        frame.sub_event_type = "Abduction/forced disappearance"
    return actor1, actor2, _dedupe(assoc1), _dedupe(assoc2)


PEOPLE_ATTACKING = re.compile(r"\s*(?:\w+\s+)?(?:attacked|raided|stormed|ambushed|assaulted|opened\s+fire\s+on)",
                              re.IGNORECASE)
FORCE_OBJECT = re.compile(r"\s+(?:an?\s+|the\s+|two\s+|several\s+|[\w’'-]+\s+){0,3}(?:district\s+|local\s+|provincial\s+)?"
                          r"(?:police|army|military|security|border|gendarmerie|troops|soldiers|checkpoints?|barracks|"
                          r"garrisons?|outposts?|bases?)\b", re.IGNORECASE)
FELL_TO = re.compile(r"(?:fell|fallen|falls|fall)\b[^,.;]{0,40}?\bto\s+(?:the\s+)?", re.IGNORECASE)
SCENE_CLAUSE = re.compile(r"^(?:just\s+)?(?:as|when|while|after)\s+[^,;.]{3,80},\s+(?=(?:a|an|the|another)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:bombs?|devices?|blasts?|explosions?|explosives?|mines?|grenades?|car\s+bombs?|shells?|"
                          r"rockets?|IEDs?)\s+(?:went\s+off|exploded|detonated|blew\s+up|struck|hit|landed)\b)",
                          re.IGNORECASE)
LEADING_ADVERBIAL = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:before|after|since|following|during|days?\s+after|hours?\s+after)\s+"
                               r"[^,;.]{3,60},\s+", re.IGNORECASE)
MOSTLY = re.compile(r"\b(?:most|many|the majority|nearly all|almost all|all)\s+of\s+(?:them|whom|those)\s+"
                    r"(?:were\s+|being\s+)?$", re.IGNORECASE)
STATE_FORCE = re.compile(r"\b(?:army|armed forces|military|troops|soldiers|government forces|security forces)\s+"
                         r"(?:\w+\s+)?$", re.IGNORECASE)


MOB_NOUN = re.compile(r"(?:mobs?|vigilantes?|angry (?:crowds?|villagers|residents))", re.IGNORECASE)
MOB_ACT = re.compile(r"\b(?:beat(?:en|ing|s)?|lynch\w*|attack\w*|assault\w*|stabb?\w*|hack(?:ed|ing)|clubb\w*|"
                     r"ston(?:ed|ing)|burn(?:ed|t|ing)|torch\w*|set\s+(?:\w+\s+)?(?:on\s+)?fire|kill\w*|murder\w*|"
                     r"shot|shoot\w*|injur\w*|wound\w*|whipp\w*|flogg\w*|raid\w*|loot\w*|destroy\w*|"
                     r"vandali[sz]\w*|ransack\w*|rampag\w*|lashed)\b", re.IGNORECASE)


PROTEST_TYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration", "Mob violence")


def _protest_actors(frame: "Frame", actors: list[ActorRef], ctx: "EntryContext", text: str = "", base: int = 0):
    """ACLED: protesters (or rioters) are actor 1; the force that intervenes, when there is one, actor 2."""
    crowd_inter = 5 if frame.sub_event_type in ("Violent demonstration", "Mob violence") else 6
    crowd = next((a for a in actors if a.inter == crowd_inter), None)
    if crowd is None:
        word = "Rioters" if crowd_inter == 5 else "Protesters"
        crowd = ActorRef(name=f"{word} ({ctx.country})" if ctx.country else word, mention="", inter=crowd_inter,
                         side="protesters")  # the actor vocabulary's side for rioters and protesters alike
    force = None
    if frame.sub_event_type in ("Protest with intervention", "Excessive force against protesters",
                                "Violent demonstration"):
        # the state's force when one is there (the crowd's own armed men are not its counterpart)
        force = next((a for a in actors if a.inter == 1), None) or next((a for a in actors if a.inter in (2, 3, 8)), None)
    if frame.sub_event_type == "Mob violence":
        force = _mob_target(actors, ctx, text, base)
    return crowd, force, [], []


# what a crowd set upon names who it set upon: the police by their stations, posts and cars, a
# demonstration by its camp or sit-in
POLICE_TARGET = re.compile(r"^(?:(?:police )?stations?|(?:police )?posts?|patrol|police|policem[ae]n|officers?)\b",
                           re.IGNORECASE)
MOB_OBJECT = re.compile(r"\b(?:attack(?:ed|ing)|beat(?:ing|en)?|kill(?:ed|ing)|ston(?:ed|ing)|surround(?:ed|ing)|"
                        r"set upon|chas(?:ed|ing)|lynch(?:ed|ing)|burn(?:ed|t|ing)|torch(?:ed|ing)|set fire to|"
                        r"set alight|stabb(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|hurl(?:ed|ing)\s+[\w\s]{1,30}?\s+at|"
                        r"thr(?:ew|owing)\s+[\w\s]{1,30}?\s+at)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
DEMO_OBJECT = re.compile(r"\b(?:attack(?:ed|ing)|set upon|assault(?:ed|ing)|charg(?:ed|ing)|stormed|broke up|beat|"
                         r"came under attack from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:march(?:es)?|rall(?:y|ies)|"
                         r"protests?|demonstrations?|sit-ins?|" + crowd_alternation("target") + r")\b", re.IGNORECASE)
DEMO_TARGET = re.compile(r"^(?:demonstrators|protesters|counter-|protest|sit-in|(?:peaceful |opposition |rival )?"
                         r"(?:rall|march|process|gather))", re.IGNORECASE)
MOB_HURT = re.compile(r"^(?:\s+(?:and|or)(?:\s+[\w-]+){1,3}?)?\s+(?:were|was|had been|have been|has been)\s+"
                      r"(?:\w+ly\s+)?(?:wounded|injured|hurt|killed|beaten|lynched|attacked|burned|shot)\b", re.IGNORECASE)


def _mob_target(actors: list[ActorRef], ctx: "EntryContext", text: str, base: int) -> ActorRef | None:
    """ACLED's second actor in mob violence: whom the crowd attacked. A state force the crowd set upon
    ("attacked the police station", "set a patrol car on fire", "officers were beaten") is the force;
    a demonstration it broke up is protesters; people set upon outside any demonstration are civilians."""
    victim = MOB_ASSAULT.search(text) or CROWD_FIGHT.search(text)  # (or another crowd it fought)
    state = [a for a in actors if a.inter == 1]
    if victim is not None and victim.groupdict().get("victim") is None:
        victim = None if not CROWD_FIGHT.search(text) else victim
    if victim is None and state and (LOOTERS.search(text) or (LOOT_WORD.search(text)
                                                              and LOOTING_CROWD.search(text.rstrip(" .;")))):
        return state[0]  # "police fired rubber bullets at looters": a looting crowd's other side is the police
    if victim and POLICE_TARGET.match(victim.group("victim") or ""):
        police = [a for a in state if a.name.startswith("Police Forces")] or state or _police(ctx)
        if police:
            return police[0]
    hurt = [a for a in state if a.end is not None and MOB_HURT.match(text[a.end - base:])
            or a.start is not None and MOB_OBJECT.search(text[max(0, a.start - base - 40): a.start - base])]
    if hurt:
        return hurt[0]
    force = next((a for a in actors if a.inter == 7), None)
    if force is not None:
        return force
    if (victim and DEMO_TARGET.match(victim.group("victim") or "")) or (victim is None and DEMO_OBJECT.search(text)):
        return ActorRef(name=f"Protesters ({ctx.country})" if ctx.country else "Protesters", mention="", inter=6,
                        side="protesters")  # a crowd that attacks a demonstration: the demonstrators
    if victim:
        return civilians(ctx.country)  # people set upon by a crowd, outside any demonstration
    return None


def _police(ctx: "EntryContext") -> list[ActorRef]:
    from ..knowledge.actors import find_actors

    return [a for a in find_actors("police", country=ctx.country, on=ctx.ref_date) if a.inter == 1][:1]


ALLY_BEFORE = re.compile(r"\b(?:in\s+(?:support|aid)\s+of|on\s+behalf\s+of|to\s+(?:support|back|help|assist)|"
                         r"providing\s+(?:air\s+)?(?:support|cover)\s+(?:to|for))\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
JOINER = re.compile(
    r"^(?:[\s,—–()-]|\b(?:and|or|the|as well as|backed by|supported by|alongside|along with|together with|"
    r"with|allied|formerly|also|known|as|its|their)\b)*$", re.IGNORECASE)


# "The army and pro-government Shiite militias": the next actor's own modifiers after the joining word
MODIFIED_JOIN = re.compile(r"^\s*(?:,\s*|and\s+|as well as\s+|along with\s+|together with\s+|backed by\s+)"
                           r"(?:the\s+)?(?:[\w-]+\s+){1,3}$", re.IGNORECASE)


def _subject_group(before: list[ActorRef], text: str, base: int) -> list[ActorRef]:
    """The actors acting as the subject: the last coordinated group before the trigger
    ("two factions — Jabhat Fatah al-Sham ... and the Abu Amara Battalion — killing")."""
    if not before:
        return []
    group = [before[-1]]
    for a in reversed(before[:-1]):
        gap = text[a.end - base: group[0].start - base]
        if not JOINER.match(gap) and not MODIFIED_JOIN.match(gap):
            break
        group.insert(0, a)
    return group


def _dedupe(actors: list[ActorRef]) -> list[ActorRef]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


def _from_context(ctx: "EntryContext", avoid: ActorRef | None, prefer_state: bool = False,
                  perpetrator: bool = False, planted: bool = False, police_not: bool = False,
                  looting: bool = False) -> ActorRef | None:
    """An armed actor the entry (else the whole report) has named, on the other side from `avoid`; for the
    perpetrator, one the report blames ("the government blamed the LNA") before the one that blames it."""
    # a government named later ("Eritrea's government did not comment") fires no rockets: its forces would
    # (a crowd, protesters or students, is no armed side to fight or bomb)
    candidates = [a for a in ctx.armed_actors() if not a.name.startswith("Government of") and a.inter not in (5, 6)
                  and (avoid is None or (a.name != avoid.name and not allied(a.side, avoid.side)))]
    if not candidates:
        candidates = [a for a in ctx.report_actors if a.inter not in (5, 6) and a.name not in ctx.history_only and (
            avoid is None or (a.name != avoid.name and not allied(a.side, avoid.side)))]
    if prefer_state:
        states = [a for a in candidates if a.inter == 1]
        if states:
            candidates = states
    if planted:
        # a bomb, mine or grenade nobody in the sentence set off: the state's own forces at home, who are there
        # as its targets or responders, are not who planted it (ACLED: an unnamed bomber is an armed group)
        candidates = [a for a in candidates if not (a.inter == 1 and a.side == "government")]
    if police_not:
        # a gas released among commuters nobody in the sentence released: the police the report names are its
        # responders and investigators, not who released it (ACLED: an unnamed attacker is an armed group)
        candidates = [a for a in candidates if not a.name.startswith("Police Forces")]
    if looting:
        # "many of the stores that were looted": looting nobody in the sentence did is not the work of the state's
        # police or army the report names elsewhere (at a riot, its looters are the crowd)
        candidates = [a for a in candidates if not (a.inter == 1 and a.side == "government")]
    if perpetrator and ctx.blamed:
        blamed = [a for a in candidates if a.name in ctx.blamed]
        if blamed:
            candidates = blamed
    if perpetrator and ctx.targeted:
        # the group whose bases and positions the report says were hit is not who hit them
        striking = [a for a in candidates if a.name not in ctx.targeted]
        if striking:
            candidates = striking
    if not candidates:
        return None
    pick = candidates[0]
    return ActorRef(name=pick.name, mention=pick.mention, inter=pick.inter, side=pick.side, key=pick.key)


RETALIATION = re.compile(r"\b(?:in\s+(?:response|reply|answer)\s+to|in\s+(?:retaliation|revenge|reprisal)\s+for|"
                         r"to\s+avenge)\b", re.IGNORECASE)
FIRE_MET = re.compile(r"(?:came|come|comes|coming)\s+under|(?:was|were|had been|have been|has been|being)\s+fired|"
                      r"ambush|opened fire|clash|exchanges? of fire|exchanged fire|firefight|gunfight", re.IGNORECASE)
CAME_UNDER = re.compile(r"^(?:came|come|comes|coming)\s+under\b|^(?:was|were|had been|have been|has been|being)\s+fired\b",
                        re.IGNORECASE)
CAME_UNDER_BEFORE = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _passive_between(gap: str, cue: Cue) -> bool:
    words = re.findall(r"[\w-]+", gap)
    if len(words) > 6:
        return False
    if cue.role in ("clash", "weapon", "bombing") and (CAME_UNDER.match(cue.text) or CAME_UNDER_BEFORE.search(gap)):
        return True  # "a patrol came under heavy fire", "the base came under mortar fire": the subject was the target
    if cue.role in ("clash", "weapon", "bombing") and re.search(r"\b(?:was|were|had been|has been|have been|being)\s*$",
                                                                   gap, re.IGNORECASE) and cue.text.lower().endswith("ed"):
        return True  # "a patrol was ambushed", "the convoy was attacked": the subject was the target
    if cue.role not in ("kill", "execute", "injure", "capture", "abduct", "arrest"):
        return False
    return bool(BE_VERBS.search(gap)) or cue.text.lower() in ("slain", "dead", "died")


# ------------------------------------------------------------------------------------------------ counts

SUPERSEDED = re.compile(r"\b(?:had earlier|earlier (?:toll|figure|count)|initial(?:ly)? (?:toll|figure|reports?)|"
                        # "emergency services first said 28 people had been killed": the first of two figures
                        r"(?:first|initially|originally) (?:said|reported|put|gave|announced)|"
                        r"preliminary (?:toll|figure)|first reports|"
                        # "the president had put the toll at 39": a figure given before the story's, in the past
                        # perfect, is an outdated one
                        r"had (?:put|given|set|placed|reported|announced) (?:the|its|a|an) (?:\w+ )?(?:death )?toll|"
                        # "Overnight, officials had spoken of about 20 dead. The figure this morning is 41."
                        r"had (?:spoken|talked) of|"
                        # "Police had said on Wednesday night that three people had died" (the story's own toll is
                        # Thursday's): a statement dated before, in the past perfect, gave an outdated figure
                        r"had (?:said|reported|announced|stated|confirmed) (?:(?:late|early) )?(?:on |by |in )?"
                        r"(?:the )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight|earlier|"
                        r"yesterday|last night)(?: (?:night|morning|evening|afternoon))?)\b",
                        re.IGNORECASE)
COUNT_ROLE = {"kill": "fatalities", "execute": "fatalities", "injure": "injured", "capture": "captured",
              "arrest": "arrested", "abduct": "abducted"}


_ONE = (r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|baby|civilian|resident|villager|soldier|officer|"
        r"policeman|policewoman|fighter|militant|person|farmer|driver|journalist|teenager|worker|student|shepherd|"
        r"commander|guard|doctor|nurse|protester|demonstrator|"
        # one person by office, trade or side ("shot dead a local councillor", "a trader was hacked to death")
        r"councillor|councilor|official|chief|elder|imam|priest|pastor|cleric|monk|trader|vendor|merchant|"
        r"shopkeeper|teacher|passenger|porter|judge|prosecutor|lawyer|politician|candidate|mayor|businessman|"
        r"businesswoman|activist|pilgrim|worshipper|motorcyclist|pedestrian|bystander|herder|fisherman|miner|"
        r"ranger|gendarme|trooper|militiaman|insurgent|rebel|jihadist|gunman|attacker|assailant|bandit|"
        r"smuggler|hostage|prisoner|youth|mother|father|son|daughter|wife|husband|pupil|schoolgirl|schoolboy|"
        r"passer-by|medic|paramedic|reporter|photographer|cameraman|aid worker|civil servant|employee|"
        r"security guard|police officer|army officer|customs officer|tourist|migrant|refugee|sheikh|leader)")
# "killing its driver", "wounding the nurse": one person named with a possessive or "the" after the act
SINGLE_AFTER = re.compile(r"\s+(?:" + _ONE + r"|(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?" + _ONE[_ONE.index("(?:man"):] + r")\b",
                          re.IGNORECASE)
SINGLE_BEFORE = re.compile(r"(?:^|[,;:]\s+|\band\s+)" + _ONE + r"\s+(?:[\w-]+\s+){0,3}?(?:was|has been|had been|is)\s+$",
                           re.IGNORECASE)
TOLL_TO = re.compile(r"(?:\b(?:toll|number of (?:people |those )?(?:killed|dead)|deaths|death count)\b[^.;]{0,160}?"
                     # (a headline's present: "Death toll in mosque attack rises to 305")
                     r"\b(?:rose|risen|rises|climbed|climbs|increased|increases|jumped|jumps|reached|mounted|mounts)\s+to"
                     # "raised the toll to 95", "put the toll from the raid at 95", "the toll now stands at 95"
                     # "puts the number of dead at 23" (a minister's count: the same toll in other words)
                     r"|\b(?:rais|revis|updat|lift|increas|put|brought|bring|push)\w*\s+(?:the|its|their)\s+"
                     r"(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|(?:people|those)\s+"
                     r"killed))\b[^.;]{0,60}?\s(?:to|at)"
                     r"|\btoll\s+(?:now\s+)?(?:stands|stood)\s+at"
                     # "the death toll from the attack on the market on Monday stood at 14", "the toll was later
                     # raised to seven", "the number of dead has been revised to 12"
                     r"|\b(?:toll|number of (?:people |those )?(?:killed|dead))\b[^.;]{0,120}?\b(?:stands|stood|"
                     r"remains|remained)\s+at"
                     r"|\b(?:toll|number of (?:people |those )?(?:killed|dead))\b[^.;]{0,120}?\b(?:was|were|has been|"
                     r"had been|have been)\s+(?:later\s+|since\s+|now\s+|then\s+)?(?:raised|revised(?:\s+upwards?)?|"
                     r"updated|increased|lifted|put|brought|corrected|adjusted)\s+(?:to|at)"
                     # "a spokesman later gave a toll of 30"
                     r"|\b(?:gave|give[sn]?|giving|issued|announced|reported)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?"
                     r"(?:death\s+)?toll\s+of)"
                     r"\s+(?:at least\s+|more than\s+)?$", re.IGNORECASE)
# one victim named by a singular passive subject: "A woman was killed", "the president was shot dead"
SINGULAR_VICTIM = re.compile(r"\b(?:was|has been|had been)\s+(?:[a-z]+ly\s+)?$")




STRUCK_BY = re.compile(r"\b(?:hit|struck|injured|wounded|killed|blinded|hurt)\s+(?:[\w-]+\s+){0,4}?by\s+(?:a|an|the)\s+$",
                     re.IGNORECASE)


def _common_words(cues: list[Cue]) -> list[Cue]:
    """Cues that are not part of a name ("the June 5 Movement - Rally of Patriotic Forces" holds no rally)."""
    return [c for c in cues if c.start == 0 or not c.text[:1].isupper()]


TOLL_TARGETS = ("Excessive force against protesters", "Violent demonstration", "Mob violence",
)


def _told_at(specific: list, told: list) -> object | None:
    """The last event told at the one place a toll sentence names (its gazetteer id), when there is one."""
    ids = {p.place.id for p in specific}
    if len(ids) != 1:
        return None
    pid = next(iter(ids))
    country = specific[0].place.country
    events = [c for c in told if "anaphoric" not in c.flags and c.location is not None and c.polarity == "supports"
              and (c.event_type in VIOLENT or c.sub_event_type in TOLL_TARGETS) and c.sub_event_type not in TERRITORY]
    if events and events[-1].location.gazetteer_id != pid and events[-1].location.name == country \
            and any(c.location.gazetteer_id == pid for c in events):
        return events[-1]  # "in the same riot, crowds attacked ...": told right after, placed only in the country
    here = [c for c in events if c.location.gazetteer_id == pid]
    armed = [c for c in here if c.event_type in VIOLENT or c.sub_event_type == "Excessive force against protesters"]
    # a death toll at a place where a bombing or a battle and a riot are told is the armed violence's: a crowd
    # throwing stones at a convoy after a bombing did not kill the bombing's dead
    return (armed or here)[-1] if here else None


# a count of people told before: "four of them", "two of whom", "three of those" (the pronoun stands for the noun)
PARTITIVE_PRONOUN = re.compile(r"\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)


def counts_for(frame: "Frame", an: "Analysis", negated: list[Cue]):
    """(counts, fatalities, the quantity behind the fatalities) for a frame, under ACLED's rules."""
    from .claims import OBJECT_NOUNS

    text = an.sentence.text
    base = an.sentence.start
    cues = [c for c in frame.cues if c.role in COUNT_ROLE]
    destroy = [c for c in frame.cues if c.role == "destroy"]
    counts: dict[str, int] = {}
    linked: dict[str, list] = defaultdict(list)
    running = running_toll_spans(text)
    for q in an.quantities:
        if q.value is None or q.kind not in ("count", "zero"):
            continue
        qs, qe = q.start - base, q.end - base
        if any(s <= qs < e for s, e in running):
            continue  # "a war that has left thousands dead": the conflict's toll, not this event's
        head = (q.head or "").lower().split()[-1] if q.head else ""
        if head in OBJECT_NOUNS:
            if destroy:
                counts["destroyed"] = counts.get("destroyed", 0) + q.value
            continue
        if head in ("martyrs", "dead", "bodies", "fatalities", "deaths"):
            linked["fatalities"].append(q)
            continue
        if TOLL_TO.search(text[max(0, qs - 220): qs]):
            linked["fatalities"].append(q)  # "the number of people killed ... rose to 100"
            continue
        if head and _victim_kind(q) is None:
            continue
        partitive = None if head else PARTITIVE_PRONOUN.match(text, qe)
        if partitive:
            qe = partitive.end()  # "four of them were shot dead": the pronoun is the count's own noun
        own = bool(OWN_CLAUSE.match(text[(q.head_end or q.end) - base:]))
        role = _link(text, qs, qe, cues, short=not head, own_clause=own)
        if role is not None and not INCLUDING.search(text[:qs]) and not any(
                m.start() < qs < m.end() for m in INCLUDED_ASIDE.finditer(text, max(0, qs - 120), qs + 1)):
            linked[COUNT_ROLE[role]].append(q)
    fat_q = max(linked["fatalities"], key=lambda q: q.value, default=None)
    superseded = bool(SUPERSEDED.search(text))
    fatalities = None
    if fat_q is not None:
        low = fat_q.low if fat_q.low is not None else fat_q.value
        high = fat_q.high if fat_q.high is not None else fat_q.value
        fatalities = Fatalities(low=min(low, fat_q.value), best=fat_q.value, high=max(high, fat_q.value))
        total = _coordinated_total(text, base, linked["fatalities"])
        if total is not None and total[0] > fat_q.value:
            # "two soldiers and three civilians were killed": the groups of dead add up (ACLED does not split
            # fatalities between actors, it counts them all)
            fat_q = total[1]
            fatalities = Fatalities(low=total[0], best=total[0], high=total[0])
        sides = _sides_dead(linked["fatalities"]) if frame.sub_event_type == "Armed clash" else None
        if sides is not None and sides[0] > fatalities.best:
            # "33 militants were killed and four soldiers had died": the dead of both sides of one battle, told
            # in two clauses, add up (ACLED counts all of an event's dead)
            fat_q = sides[1]
            fatalities = Fatalities(low=sides[0], best=sides[0], high=sides[0])
        if superseded:  # "had earlier given a toll of about 30": an outdated figure widens the range only
            fatalities = Fatalities(low=fat_q.value, best=None, high=None)
    for key in ("injured", "captured", "arrested", "abducted"):
        if linked[key]:
            counts[key] = max(q.value for q in linked[key])
    killers = [c for c in frame.cues if c.role in ("kill", "execute")]
    if fatalities is None and killers and not frame.anaphoric and not any(NEXT_OR.match(text[c.end:])
                                                                          for c in killers):
        heavy = any("massacre" in c.text.lower() for c in killers)
        fatalities = Fatalities(low=1, best=10 if heavy else 3, high=None)
        listed = max((_single_persons(text[c.end:]) for c in killers), default=0)
        if listed >= 2:
            # "killing the driver and a paramedic": each singular noun in the list is one dead person
            fatalities = Fatalities(listed, listed, listed)
        elif any(SINGLE_AFTER.match(text[c.end:]) or SINGLE_BEFORE.search(text[: c.start]) for c in killers) \
                or SINGULAR_VICTIM.search(text[: killers[0].start]):
            # "fragments killed a man", "a soldier was killed", "the president was shot dead": one death
            fatalities = Fatalities(1, 1, 1)
    # (bodies found, recovered or dug up tell deaths without saying who killed them when: no toll of the event;
    # "had seen many bodies in the streets" after a raid is its dead, told as many)
    many = [c for c in killers if not (FOUND_DEAD.search(c.text) and BODIES_FOUND.search(text[max(0, c.start - 80): c.start]))
            and (
        LARGE_BEFORE.search(text[max(0, c.start - 80): c.start]) or LARGE_AFTER.match(text[c.end:]))]
    if many and not linked["fatalities"] and (fatalities is None or (fatalities.best == 3 and fatalities.high is None)):
        fatalities = Fatalities(low=1, best=10, high=None)
    if fatalities is not None and fatalities.best == 3 and fatalities.high is None and not linked["fatalities"] and any(
            BARE_PLURAL_AFTER.match(text[c.end:]) or BARE_PLURAL_BEFORE.search(text[max(0, c.start - 60): c.start])
            for c in killers if not FOUND_DEAD.search(c.text)):
        fatalities = Fatalities(low=1, best=10, high=None)  # "killing civilians", "guests were killed"
    if fatalities is None and killers and frame.anaphoric and not linked["fatalities"] and (
            (ONE_SUBJECT.match(text) and not re.search(r"\b(?:they|both|all|others|said|says|told|reported|added|"
                                                       r"that|who|whom)\b", text[: killers[0].start], re.I))
            or any(SINGLE_AFTER.match(text[c.end:]) or SINGLE_BEFORE.search(text[: c.start]) for c in killers)):
        # "She died on the way to hospital", "An elderly man was hit by a canister and died": one more death
        # told of the event just reported, one of its dead rather than a count of them (no upper figure: a toll
        # the report states for the event counts her among its dead)
        fatalities = Fatalities(1, 1, None)
    hurt = [c for c in frame.cues if c.role == "injure" and not c.text.lower().startswith("no ")]
    if fatalities is None and not killers and hurt and frame.anaphoric and "injured" not in counts \
            and ONE_SUBJECT.match(text) and not negated:
        counts["injured"] = 1  # "The driver was wounded": one person hurt, no one killed
    if fatalities is None and counts.get("injured") and not killers:
        fatalities = Fatalities(0, 0, 0)  # ACLED: injuries without deaths count as no fatalities
    if fatalities is None and not killers and hurt and not negated and VAGUE_HURT.search(text):
        # "a number of officers were injured", "several protesters were hurt": people hurt with no figure and
        # no one said killed: no fatalities all the same (the count of the hurt stays unknown)
        fatalities = Fatalities(0, 0, 0)
    for c in negated:  # "No personnel were injured", "nobody was killed"
        if c.role in ("injure", "kill") and not NO_FIGURE.match(text[c.end:]) and not FIGURE_CUE.search(c.text) \
                and not OPEN_QUESTION.search(text[max(0, c.start - 60): c.start]):
            counts.setdefault("injured", 0) if c.role == "injure" else None
            if fatalities is None or fatalities.best in (None, 0):
                fatalities = Fatalities(0, 0, 0)
                fat_q = next((q for q in an.quantities if q.kind == "zero"), fat_q)
    return counts, fatalities, fat_q


VAGUE_HURT = re.compile(r"(?<!\bhow )\b(?:a (?:large |small )?number of|several|many|some|a few|dozens of|scores of|hundreds of|dozens|"
                        r"scores)\s+(?:[\w-]+\s+){0,2}?(?:were|was|had been|have been|got)\s+(?:\w+\s+)?"
                        r"(?:injured|wounded|hurt)\b", re.IGNORECASE)


# "(it is unclear / not yet known) whether anyone was hurt", "if there were any casualties": the harm is asked
# about, not told; the toll stays unknown (None), neither a death nor a "no casualties" zero ("it is not clear
# how many people were killed" asks the number: no figure either)
OPEN_QUESTION = re.compile(r"(?:\b(?:whether|if)\s+(?:any(?:one|body)?\b|there\s+(?:were|was|had\s+been|have\s+been|"
                           r"has\s+been)\s+(?:any\s+)?)|\bhow\s+many\b)[^.;]{0,40}$", re.IGNORECASE)


# "No death toll was available", "no casualty figures were given": the figure is missing, not the dead (no
# deaths would be "no one was killed"); the toll stays unknown
NO_FIGURE = re.compile(r"^\s*(?:tolls?|figures?|counts?|tall(?:y|ies)|numbers?|estimates?|reports?|details?)\b",
                       re.IGNORECASE)
FIGURE_CUE = re.compile(r"\b(?:tolls?|figures?|counts?|tall(?:y|ies))$", re.IGNORECASE)


# "two soldiers and three civilians", "five police officers, two guards and a driver": victim groups joined
# into one subject or object; a bare comma alone is an apposition ("12 people, eight children") and adds nothing
COORD_JOIN = re.compile(r"^\s*,?\s*(?:and|as well as|plus)\s+$", re.IGNORECASE)
# another counted group between a count and its participle: "(with two soldiers) and four rebels (killed)"
COORD_COUNT_GAP = re.compile(r"^\s*(?:[\w-]+\s*){0,2}?,?\s*(?:and|as well as|plus)\s+(?:at least\s+|more than\s+)?(?:\d[\d,]*|one|two|three|"
                             r"four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+$",
                             re.IGNORECASE)
LIST_JOIN = re.compile(r"^\s*,\s*$")
_VICTIM_WORD = (r"(?:man|woman|boy|girl|child|baby|civilian|resident|villager|soldier|officer|policeman|policewoman|"
                r"fighter|militant|person|farmer|driver|journalist|reporter|teenager|worker|student|shepherd|commander|"
                r"guard|doctor|nurse|protester|demonstrator|bomber|attacker|gunman|pilot|cadet|gendarme|bystander|"
                r"passer-by|pedestrian|passenger|colleague|relative|son|daughter|wife|husband|mother|father|brother|"
                r"sister|teacher|trader|herder|pupil|paramedic|medic|priest|imam|pastor|official|judge|lawyer|"
                r"activist|leader|member|infant|toddler|teenager|youth|employee|customer|shopkeeper|vendor|"
                r"soldier|recruit|conscript|sailor|marine|ranger|peacekeeper|chief|councillor|councilor|elder|cleric|"
                r"politician|candidate|mayor|businessman|merchant|porter|fisherman|motorist|motorcyclist|bodyguard|"
                r"militiaman|insurgent|rebel|assailant|bandit|smuggler|hostage|prisoner|nun|monk|midwife)")
# "a soldier and three civilians": one victim named by an article before the counted group ...
ONE_BEFORE = re.compile(r"(?:^|[,;:(]\s*|\b(?:killed|killing|kills|dead|left|leaving|said|says|that|when|after)\s+)(?:a|an|one|the|his|her|their)\s+"
                        r"(?:[\w-]+\s+){0,2}?" + _VICTIM_WORD + r"\s*,?\s+and\s+(?:his\s+|her\s+|their\s+|its\s+)?$",
                        re.IGNORECASE)
# ... or after it: "twenty cadets and the driver were killed", "three guards and a passer-by"
ONE_AFTER = re.compile(r"^\s*,?\s+and\s+(?:a|an|one|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + _VICTIM_WORD
                       # the noun ends the list ("and the driver were killed", "and a nurse in ..."), it does not
                       # start a clause of its own ("and the commander fled")
                       + r"(?=\s*(?:[,.;:)]|$)|\s+(?:were|was|had|have|died|perished|lost|in|on|at|near|inside|when|"
                       r"while|as|after|during)\b)", re.IGNORECASE)


_ONE_PERSON = r"(?:a|an|one|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?" + _VICTIM_WORD + r"\b(?!-)"
# "the driver and a paramedic", "a nurse, a guard and the driver": single persons joined into one list
PERSON_LIST = re.compile(r"^\s+(" + _ONE_PERSON + r"(?:\s*,\s*" + _ONE_PERSON + r")*\s*,?\s+and\s+" + _ONE_PERSON + r")"
                         r"(?!\s+(?:of|from)\b)", re.IGNORECASE)


def _single_persons(after: str) -> int:
    """How many single persons a list right after a kill word names (0 when it names no such list)."""
    m = PERSON_LIST.match(after)
    if m is None:
        return 0
    return len(re.findall(_ONE_PERSON, m.group(1), re.IGNORECASE))


# a sentence whose subject is one person: "She died ...", "An 80-year-old man was struck ... and died"
ONE_SUBJECT = re.compile(r"^\s*(?:(?:she|he)\b|(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?" + _VICTIM_WORD + r"\b)",
                         re.IGNORECASE)


def _sides_dead(found: list) -> tuple[int, object] | None:
    """The sum of the largest death count of state forces and of armed non-state fighters among a sentence's
    linked death counts, with the larger count; None unless both sides are counted."""
    from .claims import _victim_group

    best: dict[str, object] = {}
    for q in found:
        g = _victim_group(q.head)
        if g in ("state", "nonstate") and (g not in best or q.value > best[g].value):
            best[g] = q
    if len(best) < 2:
        return None
    return best["state"].value + best["nonstate"].value, max(best.values(), key=lambda q: q.value)


def _coordinated_total(text: str, base: int, found: list) -> tuple[int, object] | None:
    """The sum of the victim groups joined by "and" among a sentence's linked death counts, with the first
    quantity of the largest such sum; None when no count is joined to another."""
    qs = sorted((q for q in found if _victim_kind(q) is not None), key=lambda q: q.start)
    if not qs:
        return None
    best: tuple[int, object] | None = None
    i = 0
    while i < len(qs):
        group = [qs[i]]
        j = i + 1
        while j < len(qs):
            prev = group[-1]
            gap = text[(prev.head_end or prev.end) - base: qs[j].start - base]
            if COORD_JOIN.match(gap) or (LIST_JOIN.match(gap) and j + 1 < len(qs) and COORD_JOIN.match(
                    text[(qs[j].head_end or qs[j].end) - base: qs[j + 1].start - base])):
                group.append(qs[j])
                j += 1
                continue
            break
        total = sum(q.value for q in group)
        if ONE_BEFORE.search(text[: group[0].start - base]):
            total += 1
        if ONE_AFTER.match(text[(group[-1].head_end or group[-1].end) - base:]):
            total += 1
        if (len(group) > 1 or total > group[0].value) and (best is None or total > best[0]):
            best = (total, group[0])
        i = j
    return best


SHARE_ASIDE = re.compile(r",\s*(?:most|many|some|all|half|several|none|the majority|one|two|three|\d+)\s+of\s+"
                         r"(?:them|whom)\b[^,;:]*,"
                         # "274 Palestinians, among them 64 children and 57 women, were killed", "30 people (most of
                         # them shoppers) were killed", "50 civilians - mostly women - died": who the dead were, set
                         # apart by commas, brackets or dashes, stands between the count and its verb
                         r"|,\s*(?:among\s+them|including|mostly|mainly|many\s+of\s+them)\s[^,;:]*,"
                         # "two police officers, the station's chief and a detective, died": an apposition naming them
                         r"|,\s*(?:the|a|an|their|his|her|its)\s[^,;:()]{1,100},(?=\s*(?:had\s+|have\s+|has\s+|later\s+)?"
                         r"(?:been\s+|were\s+|was\s+)?(?:(?:killed|died|dead|slain|wounded|injured|hurt)\b|$))"
                         r"|\s*\([^()]{1,80}\)"
                         r"|\s+[-–—]\s+[^-–—;:]{1,80}?\s+[-–—](?=\s)", re.IGNORECASE)
# the aside itself: its numbers ("among them 64 children and 57 women") are a share of the count before it
INCLUDED_ASIDE = re.compile(r"(?:,|\(|\s[-–—])\s*(?:among\s+them|including|of\s+whom|of\s+them)\s[^,;:()–—]*", re.IGNORECASE)


# a count after a kill word, past a new verb of saying, is that statement's ("said 14 people were killed and
# said more than 700 people were evacuated")
NEW_STATEMENT = re.compile(r"\b(?:says|said|say|adds|added|adding|tells|told|reports|reported|states|stated)\b",
                           re.IGNORECASE)


# a count followed by a verb of its own is the subject of a new clause ("more than 10 people have been killed and
# thousands of residents have fled"): after "and", the kill word before it does not govern it
OWN_CLAUSE = re.compile(r"^\s+(?:(?:have|has|had|were|was|are|is|will|would)\b|(?:\w+ly\s+)?(?:fled|left|gathered|"
                        r"marched|took|sought|remain(?:ed|s)?|return(?:ed|s)?|stayed|moved|lost|went)\b)", re.IGNORECASE)


def _link(text: str, qs: int, qe: int, cues: list[Cue], short: bool = False, own_clause: bool = False) -> str | None:
    """The count role of a quantity: the cue that governs it ('were killed', 'killing 6', 'toll rose to 31')."""
    best = None
    best_gap = 10**6
    limit = 2 if short else 8
    for c in cues:
        if c.start >= qe:  # cue after the number: passive or headline style ("8 were captured", "15 killed")
            # "161 people, most of them civilians, had been killed": an aside on who they were is no gap
            gap = SHARE_ASIDE.sub(" ", text[qe: c.start])
            words = re.findall(r"[\w-]+", gap)
            if len(words) <= limit and not re.search(r"[;:]", gap) and (BE_VERBS.search(gap) or len(words) <= 1
                                                                    or c.text.lower() in ("slain", "dead", "died")
                                                                    or COORD_COUNT_GAP.match(gap)):
                if len(words) < best_gap:
                    best, best_gap = c.role, len(words)
        elif c.end <= qs and (not short or not text[c.end: qs].strip()):
            # cue before the number: "killing 6 civilians", "killing of 25 people", and a bare "killing four"
            gap = text[c.end: qs]
            words = re.findall(r"[\w-]+", gap)
            if ONE_BEFORE.match(text, c.start, qs) and ONE_BEFORE.match(text, c.start, qs).end() == qs:
                words = []  # "killed a senior commander and his two bodyguards": one victim, then the count
            joined = bool(re.search(r"\b(?:and|but|while|whereas)\b", gap, re.I))
            if joined and own_clause:
                continue  # "... were killed and thousands of residents have fled": a clause of its own
            if len(words) <= 4 and not re.search(r"[;:.]", gap) and not NEW_STATEMENT.search(gap):
                # "were killed and more than 60 people were wounded": after "and" a new clause may start,
                # whose own passive verb governs the number better than the cue before the conjunction
                weight = len(words) + (3 if re.search(r"\b(?:and|but|while|whereas)\b", gap, re.I) else 0)
                if weight < best_gap:
                    best, best_gap = c.role, weight
    return best


# ------------------------------------------------------------------------------------------------ summaries


# an incident told at one named site of the city: "At the Central Terminus, the city's main railway station, two
# gunmen ...", "Inside the Grand Hotel, ..." (a site opens the sentence; a figure for a wide area names none)
SITE_OPENING = re.compile(r"^\s*(?:[\w’'-]+\s+){0,3}?(?:[Aa]t|[Ii]nside|[Ii]n|[Oo]utside)\s+[Tt]he\s+(?:[A-Z][\w’'-]+\s+){1,4}"
                          r"(?:Terminus|Station|Hotel|Hospital|Market|Mosque|Church|Temple|Cathedral|School|University|"
                          r"College|Cafe|Café|Restaurant|Mall|Airport|Stadium|Square|Bridge|House|Centre|Center|Palace)\b")


def mark_summaries(claims: list[Claim]) -> None:
    """A figure for a wide area that the same entry breaks down into named places is not another event."""
    from .. import geo

    for c in claims:
        if c.summary or "anaphoric" in c.flags or c.location is None or c.event_type not in VIOLENT:
            continue
        if any(e.field == "sentence" and SITE_OPENING.match(e.text) for e in c.evidence):
            continue
        if c.sub_event_type in TERRITORY or c.location.geo_precision < 2:
            continue
        outer = geo.place_by_id(c.location.gazetteer_id) if c.location.gazetteer_id else None
        if outer is None:
            continue
        parts = []
        for d in claims:
            if d is c or d.location is None or d.event_type not in VIOLENT or d.event_date != c.event_date:
                continue
            if d.event_type != c.event_type and c.fatalities is not None:
                continue
            if d.summary or d.polarity != "supports" or d.location.gazetteer_id == c.location.gazetteer_id:
                continue
            if d.sub_event_type in TERRITORY:
                continue
            inner = geo.place_by_id(d.location.gazetteer_id) if d.location.gazetteer_id else None
            if inner is None:
                continue
            if FEATURE_RANK.get(inner.feature, 2) < FEATURE_RANK.get(outer.feature, 2) and (
                inner.parent == outer.id
                or distance_km(inner.latitude, inner.longitude, outer.latitude, outer.longitude) < 20
            ):
                parts.append(d)
        if not parts:
            continue
        if c.fatalities is None and not any(d.sub_event_type == c.sub_event_type for d in parts):
            continue
        if c.fatalities is not None and c.fatalities.best:
            broken = sum(d.fatalities.best or 0 for d in parts if d.fatalities is not None)
            if broken == 0 or broken > c.fatalities.best:
                continue
        c.summary = True
        c.flags.append("summary")


# Every pattern above behind a first-character guard: the same matches, found faster (see analyze/rx.py).
from ..analyze.rx import guard_patterns  # noqa: E402

guard_patterns(globals())
