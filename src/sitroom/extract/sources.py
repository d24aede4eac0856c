"""Turn an attribution phrase ("the Eldorar site", "A reliable pro-opposition activist") into a SourceRef."""
from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import sources as source_kb
from ..models import SourceRef

KIND_WORDS = (
    # "both sides say", "the two governments said": the opposing parties speaking together, each for itself
    (re.compile(r"^(?:both|the\s+two|each\s+of\s+the\s+two)\s+(?:(?:warring|rival|opposing)\s+)?(?:sides|parties|"
                r"governments|countries|armies|camps|delegations)$|"
                # "officials from both sides", "sources on both sides": each side's own people, together
                r"^(?:the\s+)?(?:officials?|sources?|spokes(?:men|people|persons)|commanders?|military\s+officials)\s+"
                r"(?:from|of|on)\s+(?:both|the\s+two)\s+(?:sides|parties|armies|camps)$", re.I), "both sides"),
    # "human rights groups", "a rights organisation": a non-governmental body, not the activists on the spot
    (re.compile(r"\b(?:human\s+)?rights\s+(?:groups?|organi[sz]ations?|bodies|watchdogs?|monitors?|"
                r"commissions?|NGOs?)\b", re.I), "ngo"),
    # a human rights ombudsman or commission of the state watches its forces; it is no party to the fighting
    (re.compile(r"\bombuds(?:man|woman|person|men)\b|\b(?:human\s+)?rights\s+(?:ombuds\w*|defender|procurator|"
                r"commissioner)\b", re.I), "monitor"),
    # a national Red Cross or Red Crescent society not in the registry ("the Palestine Red Crescent Society")
    (re.compile(r"\bRed (?:Cross|Crescent)\b"), "humanitarian"),
    # a movement's or a leader's supporters speak for its side in the street, as its activists do
    # civil society leaders speak for local associations, as activists do
    (re.compile(r"\b(?:activists?|organi[sz]ers?|campaigners?|protest leaders?|supporters|followers|civil society)\b",
                re.I), "activists"),
    (re.compile(r"\blocal sources?\b", re.I), "local sources"),
    (re.compile(r"\bmilitary sources?\b|\bsecurity sources?\b", re.I), "military"),
    # "the civil defence agency", "the national disaster agency", "an aid agency": a service or a relief body, not a
    # news agency
    (re.compile(r"\b(?:civil\s+(?:defen[cs]e|protection)|rescue|emergency|disaster(?:\s+management)?)\s+"
                r"(?:agenc(?:y|ies)|services?|authority|teams?|department)\b|"
                # the fire brigade counts the casualties it carried, as rescuers do
                r"\bfire\s+(?:department|service|brigade|and\s+rescue\s+service)s?\b|\bfire\s?fighters\b", re.I), "medical"),
    (re.compile(r"\b(?:aid|relief|humanitarian|charity)\s+(?:agenc(?:y|ies)|groups?|organi[sz]ations?|workers?)\b", re.I),
     "humanitarian"),
    (re.compile(r"\b(?:website|site|outlet|channels?|newspaper|agency|tv|television|radio|daily|paper|media|"
                r"broadcasters?|networks?|stations?)\b", re.I),
     "news outlet"),
    # a union or an association of students, workers or traders speaks as a body, not as people on the spot
    (re.compile(r"\b(?:unions?|associations?|federations?|syndicates?)\b", re.I), "organisation"),
    # people on the spot: residents, and those whose shops, stalls or farms stood where it happened
    (re.compile(r"\b(?:residents?|witness(?:es)?|locals|survivors?|families|(?:shop|store|business|stall) ?"
                r"(?:owners?|keepers?)|traders?|vendors?|villagers|farmers|passers-by|bystanders|"
                # those who lived through it: a train's or a bus's passengers, hostages freed or escaped
                r"passengers|travell?ers|(?:freed|former|released|escaped)\s+hostages|(?:hotel|kitchen|restaurant) staff|"
                # those who were there when it happened: a waiter at the club, students at the college, diners
                r"waiters?|waitress(?:es)?|students|pupils|worshippers|diners|customers|shoppers|"
                r"(?:office|factory|hotel|restaurant|mine|site)\s+workers|employees|"
                # the audience of a show or a match, the crowd at a rally: people who were there
                r"members?\s+of\s+the\s+(?:audience|public|crowd|congregation)|spectators|onlookers|"
                r"(?:concert|theatre|theater|movie|church)-?goers)\b",
                re.I), "witnesses"),
    # people who lived through it and got away: "people who fled Kissy", "two girls who escaped", "a woman who
    # survived the attack"
    (re.compile(r"^(?:the\s+|a\s+|an\s+|some\s+|several\s+|many\s+|\w+\s+)?(?:[\w-]+\s+)?(?:people|persons|men|women|"
                r"girls|boys|children|man|woman|girl|boy|family|families|others)\s+who\s+(?:had\s+|have\s+)?(?:escaped|"
                r"fled|survived|got\s+away)\b", re.I), "witnesses"),
    (re.compile(r"\b(?:journalist|reporter|correspondent|blogger)s?\b", re.I), "journalist"),
    # foreign diplomats observe a conflict; they speak for no party to it
    # (an embassy or a consulate speaks of the state's own nationals among the victims: an observer, no party)
    (re.compile(r"\bdiplomat(?:s|ic sources?)\b|\bembass(?:y|ies)\b|\bconsulates?\b", re.I), "diplomats"),
    # the people around a victim: "her lawyer said", "his relatives said"
    # ("the attorney general's office" is a state prosecutor, not a family's lawyer)
    (re.compile(r"\b(?:lawyers?|attorneys?(?!\s+general)|relatives?|brother|sister|father|mother|cousin|husband|wife|"
                r"son|daughter|entourage|aides?|associates?)\b", re.I), "family"),
    # a company that runs what was hit ("the operator", "the company"): a body, not a person
    (re.compile(r"^(?:the\s+)?(?:[\w-]+\s+)?(?:operator|company|firm)\s+[A-Z]", re.I), "organisation"),
    # "the subway operator", "the rail operator": the company that runs the line or the site hit
    (re.compile(r"^(?:the\s+)?(?:[\w-]+\s+)?operator$", re.I), "organisation"),
    # a cabinet secretary is a minister ("Interior Cabinet Secretary X", "the Defence Secretary")
    (re.compile(r"\b(?:official|officer|minister|premier|secretary|spokes(?:man|woman|person)|governor|commander|general(?!\s+hospital)|mayor|president|"
                r"presidency|"
                r"ambassador|envoy|representative|investigators?|prosecutors?|lawmakers?|legislators?|MPs?|senators?|"
                # the cabinet, or its security or war cabinet, speaks as the government's ministers do
                r"(?:(?:security|war)\s+)?cabinet(?!\s+makers?)|"
                r"(?:sub-)?prefects?|district commissioners?|(?:village|traditional) (?:chief|head|leader|ruler)s?|"
                r"councillors?|(?:city|town|provincial|regional|state|local|municipal|"
                r"district) (?:council|administration|authorities|government)|authorities|ministry|ministries|police|"
                # a state's border and coast guards speak as its security forces do ("Kyrgyzstan's border service")
                r"border (?:service|guard|troop|police|force)|coast ?guard)s?\b",
                re.I), "official"),
    # civil defence and rescue services count the dead and pull survivors out: a civilian service, not a party
    (re.compile(r"\b(?:(?:para)?medics?|doctors?|nurses?|hospitals?|clinics?|health|ambulance|rescuers|rescue workers|"
                r"emergency services|first responders|civil (?:defen[cs]e|protection))\b", re.I), "medical"),
    (re.compile(r"\b(?:report|statement|sources?)\b", re.I), "unnamed"),
)
STANCE_WORDS = (
    (re.compile(r"\bpro-(?:assad|regime|government|kremlin|russian)\b|\bregime\b|\bstate\b", re.I), "pro-government"),
    (re.compile(r"\bpro-opposition\b|\bopposition\b|\brebel\b", re.I), "pro-opposition"),
)
LEADING = re.compile(r"^(?:the|a|an|another|one|other|some|several|two|three|reliable|senior)\s+", re.I)
PERSON_KINDS = ("official", "person")
# officials who speak for something other than a state
NON_STATE = re.compile(r"\b(?:UN|U\.N\.|United Nations|rebel|opposition|insurgent|militia|party|NGO|charity|"
                       r"hospital|company|church|tribal|rights)\b", re.I)
ORG_KINDS = ("un", "ngo", "government", "humanitarian", "monitor", "military", "news agency")


# "a coalition spokesman in Baghdad", "a spokesman for the Peshmerga ministry": with no name of his own, a
# spokesman is his organisation's voice
SPOKESMAN = re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?P<org>.+?)(?:[’']s)?\s+spokes(?:man|woman|person)"
                       r"(?:\s+(?:in|at)\s+[\w\s-]+)?|spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?P<org2>.+))$",
                       re.IGNORECASE)
POSSESSOR = re.compile(r"^(?P<owner>.+?)(?:[’']s|(?<=s)[’'])\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*$")
LEADER_OF = re.compile(r"^(?i:(?:(?:the|a|an|one|another)\s+)?(?:(?:senior|top|local|field|military)\s+)?"
                       r"(?:leader|head|chief|commander|founder|member|fighter)\s+of\s+(?:the\s+)?)(?P<org>[A-Z].+)$")
# "the transitional government said": the government of the country, whatever its standing
QUALIFIED_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:transitional|interim|military|military-led|federal|central|"
                                  r"national|new|ruling)\s+(government|authorities|junta)$", re.IGNORECASE)
# a capitalised name with an organisation's head word speaks for that body, not for a person
ORGANISATION = re.compile(r"\b(?:Council|Committee|Commission|Ministry|Office|Agency|Command|Association|Union|Front|"
                          r"Network|Observatory|Organi[sz]ation|Centre|Center|Institute|Foundation|Party|Movement|"
                          r"League|Authority|Administration|Department|Directorate|Board|Syndicate|Federation)\b")
STATE_BODY = re.compile(r"\b(?:Ministry|Command|Directorate|Administration|Authority|Security Council|"
                        r"Defen[cs]e Council|Military Council|Sovereign Council|Presidency|Cabinet)\b")
# anonymous sources ("security sources", "a military source") speak for no one on the record: not a party's claim
ANONYMOUS = re.compile(r"\bsources?\b", re.IGNORECASE)
# state-run media: "the state-run Saudi Press Agency", "state television"
STATE_RUN = re.compile(r"\bstate(?:-run|-owned|-controlled)?\s+(?:[A-Z][\w-]+\s+)*(?:television|tv|media|radio|"
                       r"news agency|agency|broadcaster|press agency|newspaper)\b|\bstate-(?:run|owned|controlled)\b",
                       re.IGNORECASE)


def resolve_source(phrase: str, cue: str, start: int | None, end: int | None, current: SourceRef | None,
                   country: str | None) -> SourceRef | None:
    """The registry entry the phrase names, or a described source; None when the phrase is not a source."""
    if KIND_WORDS[0][0].search(phrase.strip()):
        # "both sides", "officials from both sides": before the registry's generic "officials" takes the words
        return SourceRef(name=re.sub(r"^the\s+", "", phrase.strip(), flags=re.I).lower(), kind="both sides",
                         stance="unknown", cue=cue, start=start, end=end)
    spokesman = SPOKESMAN.match(phrase.strip())
    if spokesman and (spokesman.group("org") or spokesman.group("org2")):
        org = (spokesman.group("org") or spokesman.group("org2")).strip()
        if re.fullmatch(r"(?:its|their|his|her)", org, re.I):
            # "its spokesman": the body that spoke just before, when one did; a pronoun names no one by itself
            if current is not None and current.kind not in PERSON_KINDS + ("person", "witnesses", "family", "unnamed"):
                return SourceRef(**{**current.to_dict(), "cue": cue, "start": start, "end": end})
            return None
        owner = POSSESSOR.match(org)
        if owner:
            # "the Houthis' military spokesman": the spokesman of the group that owns the office
            found = resolve_source(owner.group("owner"), cue, start, end, None, country)
            if found is not None and found.kind in ("armed group", "government", "military", "organisation"):
                return found
        if not re.match(r"^(?:the|a|an)$", org, re.I):
            found = resolve_source(org, cue, start, end, None, country)
            if found is not None and found.kind == "person" and re.fullmatch(r"[A-Z][a-z]+", org):
                # "Government spokesman ...": a capitalised common noun at the head of a sentence, not a name
                common = resolve_source(f"the {org.lower()}", cue, start, end, None, country)
                if common is not None and common.kind != "person":
                    found = SourceRef(**{**common.to_dict(), "name": org})
            if found is None and re.match(r"^[\w’'-]+(?:\s+[\w’'-]+){0,4}$", org):
                found = resolve_source(f"{org} officials", cue, start, end, None, country)
                if found is not None:
                    found = SourceRef(**{**found.to_dict(), "name": _plain(org)})
            if found is not None:
                return found
    styled = SELF_STYLED.search(phrase.strip())
    if styled and BODY_NOUN.search(phrase[:styled.start()]):
        # "a splinter group calling itself the Real IRA", "a group known as the Y Battalion": the name it goes by
        found = resolve_source(styled.group("name"), cue, start, end, None, country)
        if found is None or found.kind == "person":
            found = SourceRef(name=styled.group("name").strip(), kind="armed group" if ARMED_HEAD.search(phrase)
                              else "organisation", stance="unknown")
            if found.kind == "armed group":
                found = SourceRef(**{**found.to_dict(), "stance": f"party:{found.name}", "party": found.name})
        return SourceRef(**{**found.to_dict(), "cue": cue, "start": start, "end": end})
    leader = LEADER_OF.match(phrase.strip())
    if leader:
        # "the leader of the Tigray People's Liberation Front": a group's leader speaks for the group
        found = resolve_source(leader.group("org"), cue, start, end, None, country)
        if found is not None:
            return found
    qualified = QUALIFIED_GOVERNMENT.match(phrase.strip())
    if qualified:
        phrase = f"the {qualified.group(1)}"
    src = _state_run(phrase, country)
    if src is not None:
        return SourceRef(**{**src.to_dict(), "cue": cue, "start": start, "end": end})
    src = source_kb.lookup_source(phrase, country=country)
    if src is not None and _generic(src.name):
        # "a local official", "the Central Committee of Sudan Doctors": a generic cue ("officials",
        # "doctors") names no one; the words of the report say who it is
        said = _plain(phrase)
        if said:
            src = SourceRef(**{**src.to_dict(), "name": said})
    if src is None:
        found = source_kb.find_sources(phrase)
        src = found[0] if found else None
    if src is None:
        src = _armed_group(phrase, country)
    if src is None:
        src = _described(phrase)
    if src is None or src.kind in ("person", "news outlet", "unnamed") and not src.party:
        owned = _statement_of(phrase, cue, start, end, country) or _owned_part(phrase, cue, start, end, country)
        if owned is not None:
            src = owned
    if src is None:
        return None
    if src.kind == "person":
        seat = _capital_state(phrase) or _country_named(phrase)
        if seat is not None:
            # "Baku said", "Yerevan denied it": a capital named as a speaker is its country's government; so is
            # the country itself ("Tunisia says 28 militants were killed")
            src = SourceRef(name=_plain(phrase), kind="government", stance=f"party:{seat}", party=seat)
    if src.kind == "person" and ORGANISATION.search(phrase):
        # "The Kurdistan Region Security Council says": a state body speaks as an official would
        kind = "official" if STATE_BODY.search(phrase) else "organisation"
        src = SourceRef(name=src.name, kind=kind, stance=src.stance, party=src.party)
    if src.kind in PERSON_KINDS + ("military", "government") and not src.party:
        group = _titled_by_group(phrase, country)
        if group is not None:
            # "Houthi military spokesman Yahya Saree", "Taliban officials": the group's voice, not the state's
            src = SourceRef(name=src.name, kind=group.kind, stance=group.stance, party=group.party)
    if src.kind in PERSON_KINDS and not src.party:
        src = _government_official(phrase, src)
    if src.kind == "official" and not src.party and country and not NON_STATE.search(phrase) \
            and not ANONYMOUS.search(phrase):
        # "the Prosecutor General", "the governor", "the city council": with no other country named, an
        # official of the country the report is about speaks for its state, a party to the fighting there
        src = SourceRef(name=src.name, kind="government", stance=f"party:{country}", party=country)
    # "Spokesman Rupert Colville said" right after "The UN ...": the person speaks for the organisation; a
    # person named with no such role ("Zelensky said" after "Regional officials said") is a voice of his own
    if src.kind in PERSON_KINDS and current is not None and current.kind in ORG_KINDS and SPEAKS_FOR.search(phrase):
        src = SourceRef(**{**current.to_dict()})
    src = SourceRef(**{**src.to_dict(), "cue": cue, "start": start, "end": end})
    return src


# "the army's 6th Infantry Division", "the military's media wing", "the RSF's media office", "the army's chief of
# staff": a unit, an office or an officer of a body the words name first speaks for that body
OWNED_PART = re.compile(r"^(?:the\s+)?(?P<owner>[\w-]+(?:\s+[\w-]+){0,2}?)[’']s\s+(?P<part>\S.*)$", re.IGNORECASE)
OWNER_KINDS = ("military", "police", "armed group", "government", "official", "party outlet", "state media", "un",
               "ngo", "humanitarian", "monitor", "medical")


# "An Islamic State statement posted online", "a Taliban video", "the army's communique": the body whose
# statement it is speaks
STATEMENT_OF = re.compile(r"^(?:(?:an?|the|one|another|a\s+second|a\s+later|a\s+new)\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}|"
                          r"(?:army|military|police|government|ministry|rebel|militia|movement|group))"
                          r"(?:[’']s)?\s+(?:statement|communiqu[eé]|video|post|message|announcement|bulletin|"
                          r"press\s+release|audio\s+message)s?(?:\s+(?:posted|issued|published|released|carried|read|"
                          r"put\s+out|circulated|sent)\b.*)?$")


# "a statement from the Ukrainian air force", "a communique issued by the army": the body that issued it speaks
STATEMENT_FROM = re.compile(r"^(?:(?:an?|the|one|another|a\s+later|a\s+new)\s+)?(?:[\w-]+\s+)?(?:statement|communiqu[eé]|"
                            r"message|announcement|bulletin|press\s+release|update)s?\s+(?:from|by|of|issued\s+by|"
                            r"released\s+by|posted\s+by)\s+(?P<who>\S.*)$", re.IGNORECASE)


def _statement_of(phrase: str, cue: str, start: int | None, end: int | None, country: str | None) -> SourceRef | None:
    m = STATEMENT_OF.match(phrase.strip()) or STATEMENT_FROM.match(phrase.strip())
    if m is None:
        return None
    for said in (m.group("who"), f"the {m.group('who')}"):
        who = resolve_source(said, cue, start, end, None, country)
        if who is not None and who.kind in OWNER_KINDS:
            return SourceRef(**{**who.to_dict(), "cue": cue, "start": start, "end": end})
    return None


def _owned_part(phrase: str, cue: str, start: int | None, end: int | None, country: str | None) -> SourceRef | None:
    m = OWNED_PART.match(phrase.strip())
    if m is None:
        return None
    owner = None
    for said in (m.group("owner"), f"the {m.group('owner')}"):
        owner = resolve_source(said, cue, start, end, None, country)
        if owner is not None and owner.kind in OWNER_KINDS:
            break
    else:
        return None
    # a body's press arm or office is the body's voice, named as the report names it
    kind = "military" if owner.kind == "military" else owner.kind
    return SourceRef(name=_plain(phrase) or owner.name, kind=kind, stance=owner.stance, party=owner.party,
                     cue=cue, start=start, end=end)


SELF_STYLED = re.compile(r"\b(?:calling|calls|called|styling|styles|styled|naming|names|known\s+as)\s+(?:itself|themselves\s+)?"
                         r"\s*(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|the|al|for|and)\s+)*[A-Z][\w’'-]*)*)$")
BODY_NOUN = re.compile(r"\b(?:group|organi[sz]ation|network|movement|faction|cell|unit|brigade|battalion|militia|body|"
                       r"coalition|alliance|front|committee|collective)s?\b", re.IGNORECASE)
# the head words of a body that bears arms: a self-styled one of these is an armed group
ARMED_HEAD = re.compile(r"\b(?:armed|militant|splinter|rebel|insurgent|jihadist|guerrilla|paramilitary|militia|"
                        r"brigades?|battalions?|army)\b", re.IGNORECASE)


# "the state news agency NNA and civil defence teams": two bodies named together, each a voice of its own
JOINED = re.compile(r"^(?P<a>.+?)\s+(?:and|as well as)\s+(?P<b>.+)$", re.IGNORECASE)


SHARED_HEAD = re.compile(r"^(?P<a>[a-z]+)\s+and\s+(?P<b>[a-z]+)\s+(?P<head>sources|officials)$")


def joined_sources(source: SourceRef, country: str | None) -> list[SourceRef]:
    """The sources an attribution names together ("according to NNA and civil defence teams"), each resolved
    on its own; [source] when the words at this claim name one source, or when either part names no source
    of a known kind (the "and" inside a name: "Ministry of Health and Population").

    `fuse._voices` reads it for a claim's status, on a finished claim's source with no entry context. The
    extraction splits two voices as it reads the attribution, with its own rule (`claims._joint_voices`, whose
    docstring says why the two differ); this one only counts voices and makes no claims."""
    cue = source.cue or ""
    shared = SHARED_HEAD.match(source.name)
    if shared is not None:
        # "security and local sources", "medical and police officials": two kinds of people under one noun
        said = [f"{shared.group(x)} {shared.group('head')}" for x in ("a", "b")]
    else:
        m = JOINED.match(source.name)
        if m is None or not re.search(rf"\b{re.escape(m.group('b'))}\b", cue):
            return [source]
        said = [m.group("a"), m.group("b")]
    parts = [resolve_source(x, cue, source.start, source.end, None, country) for x in said]
    if any(p is None or p.kind in ("person", "unnamed") or p.name.lower() in ("other", "others") for p in parts):
        return [source]
    if parts[0].kind == parts[1].kind and not (parts[0].name[:1].isupper() and parts[1].name[:1].isupper()):
        return [source]  # "residents and witnesses": the same people on the spot, one voice
    return parts


# the roles of one who speaks for a body: "Spokesman Rupert Colville", "a senior official", "its director"
SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person|people)|officials?|representatives?|directors?|"
                        r"coordinators?|chiefs?|heads?|officers?|commissioners?|envoys?|secretary|"
                        r"secretary-general|president|chairman|chairwoman|chair)\b", re.IGNORECASE)
CAPITAL_NAME = re.compile(r"^[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$")


@lru_cache(maxsize=256)
def _capital_state(phrase: str) -> str | None:
    """The country whose national capital the phrase names ("Baku", "Kabul"), else None."""
    name = phrase.strip()
    if not CAPITAL_NAME.match(name):
        return None
    from ..geo.gazetteer import Gazetteer, normalize

    gazetteer = Gazetteer.load()
    capitals = gazetteer.capitals
    for index in gazetteer.lookup_key(normalize(name)):
        place = gazetteer.place(index)
        if place.id in capitals:
            return place.country
    return None


def _country_named(phrase: str) -> str | None:
    """The country a speaker phrase is the bare name of ("Tunisia", "the United States"), else None."""
    from ..knowledge.countries import country

    name = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)
    if not CAPITAL_NAME.match(name) and not re.fullmatch(r"[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,3}", name):
        return None
    found = country(name)
    if found is None or found.iso2 == "IS":  # ("IS" is the Islamic State, not Iceland)
        return None
    # the name itself, not an adjective ("Syrian" names no one)
    return found.name if name.lower() in {found.name.lower(), *(a.lower() for a in found.aliases)} else None


def _described(phrase: str) -> SourceRef | None:
    kind = None
    for rx, k in KIND_WORDS:
        if rx.search(phrase):
            kind = k
            break
    # "the local Emergency Response Room", "the regional Resistance Committee": a named body, its scope said first
    local = LOCAL_LEAD.match(phrase.strip())
    if local and kind is None:
        phrase = phrase.strip()[local.end():]
    words = phrase.split()
    capitalised = words and all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3)
    if kind is None and not capitalised:
        return None
    if kind is None and local and not ORGANISATION.search(phrase) and not BODY_HEAD.search(phrase):
        return None  # "the local Ahmed Musa": no body named
    stance = "unknown"
    for rx, s in STANCE_WORDS:
        if rx.search(phrase):
            stance = s
            break
    name = phrase.strip()
    while LEADING.match(name):
        name = LEADING.sub("", name, count=1)
    outlet = OUTLET_NAMED.search(name) if kind == "news outlet" else None
    if kind == "unnamed":
        name = f"unnamed {name.lower()}"
    elif kind == "both sides":
        name = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I).lower()  # "both sides", "two governments"
    elif outlet:
        name = outlet.group(1)  # "private broadcaster NTV", "the opposition daily Cumhuriyet": the outlet's name
    elif kind in ("activists", "local sources", "military", "witnesses", "medical", "diplomats"):
        name = name.lower()
    if kind is None and ACRONYM.match(name):
        kind = "organisation"  # "the TPLF said": an acronym names a body, not a person
    if kind is None and BODY_HEAD.search(name):
        kind = "organisation"  # "the Emergency Response Room said": a body, not a person
    return SourceRef(name=name, kind=kind or "person", stance=stance)


ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")
# (lower case only: "the Regional Security Council" is the body's own name)
LOCAL_LEAD = re.compile(r"^(?:[Tt]he\s+)?(?:local|regional|provincial|national|district|municipal|neighbou?rhood)\s+(?=[A-Z])")
# the head nouns of a named body that ORGANISATION does not list: "Emergency Response Room", "Resistance Committees"
BODY_HEAD = re.compile(r"\b(?:Rooms?|Committees|Councils|Networks|Groups?|Teams?|Cells?|Units?|Alliance|Coalition|"
                       r"Centres|Centers|Associations|Unions)$")
OUTLET_NAMED = re.compile(r"\b(?i:broadcaster|channel|network|station|newspaper|daily|weekly|website|site|tv|television|"
                          r"radio)\s+((?:[A-Z][\w’'&-]*)(?:\s+[A-Z][\w’'&-]*){0,3})$")


def _armed_group(phrase: str, country: str | None) -> SourceRef | None:
    """'The Islamic State says': the armed group speaks for itself — a party to the conflict."""
    from ..knowledge.actors import find_actors

    # "the armed wing of Hamas", "Hamas's military wing": the group's wing speaks for the group
    wing = ARMED_WING.match(phrase.strip())
    if wing:
        phrase = wing.group("of") or wing.group("own")
    # "Colombia's National Liberation Army (ELN)": the name without its bracketed acronym is what must be covered
    phrase = re.sub(r"\s*\([^()]{1,12}\)", "", phrase).strip() or phrase
    found = [a for a in find_actors(phrase, country=country) if a.inter in (1, 2, 3, 4, 8)]
    for actor in found:
        if len(actor.mention) >= 0.6 * len(phrase.strip()):
            return _actor_source(actor)
    if found and GROUP_HEAD.search(phrase):
        # "The al-Qaeda-linked al-Shabaab group said": the group named nearest the head noun
        actor = max(found, key=lambda a: phrase.rfind(a.mention))
        return _actor_source(actor)
    for actor in found:
        # "the Somali militant group al-Shabaab said": the name in apposition after the head noun
        head = phrase.rstrip()[: len(phrase.rstrip()) - len(actor.mention)]
        if phrase.rstrip().endswith(actor.mention) and GROUP_HEAD.search(head.rstrip()):
            return _actor_source(actor)
    return None


# the role words of an office: what stands before them names whose office it is
OFFICE_ROLE = re.compile(r"\s+(?:military\s+|armed\s+wing\s+|media\s+|chief\s+|senior\s+|top\s+|main\s+|official\s+)*"
                         r"(?:spokes(?:man|woman|person)|officials?|commanders?|leaders?|representatives?|negotiators?)\b",
                         re.IGNORECASE)


def _titled_by_group(phrase: str, country: str | None) -> SourceRef | None:
    """The armed group or force whose office a title names before its role word ("Houthi military spokesman
    Yahya Saree", "Taliban officials", "the Saudi-led coalition spokesman X"), or None."""
    m = OFFICE_ROLE.search(phrase)
    if m is None:
        return None
    owner = LEADING.sub("", phrase[: m.start()].strip())
    if not owner or not owner[:1].isupper():
        return None
    found = _armed_group(owner, country)
    # (a named group or force only: "Rebel commanders" names no one group of the rebels)
    return found if found is not None and found.kind in ("armed group", "military") and found.party \
        and ":" not in found.party else None


def _without_country(name: str) -> str:
    """'Islamic State (Mozambique)' -> 'Islamic State'; a name whose brackets hold no country is kept."""
    from ..knowledge.countries import country

    m = re.match(r"^(?P<base>.+?)\s+\((?P<c>[^()]+)\)$", name)
    return m.group("base") if m and country(m.group("c")) is not None else name


# a state's own organs speaking: what kind of source each is
STATE_ORGAN_KINDS = {"state_forces": "military", "air_force": "military", "police": "police", "government": "government"}


def _actor_source(actor) -> SourceRef:
    """An actor speaking for itself. A state's army or police is named as the report names it ("the army
    said" -> "army", "Israel's police" -> "Israel police"), like any official: "Military Forces of X (period)"
    is the label of a belligerent, not of a speaker. Governments and armed groups keep their canonical name."""
    organ = _state_organ(actor.key)
    if organ is None:
        # the group speaks as itself: "Islamic State", not the label of its branch in one war ("... (Philippines)")
        # and by its name, not by the label's acronym ("LeT: Lashkar-e-Taiba" speaks as "Lashkar-e-Taiba"): the
        # acronym before the colon is ACLED's filing key, and it is often one the report never uses ("QSD" for
        # the SDF); the report's own words stay in the cue
        return SourceRef(name=_without_country(ACTOR_LABEL.sub("", actor.name)), kind="armed group",
                         stance=f"party:{actor.key}", party=actor.key)
    if organ == "government":
        # "the transitional government said": "Government of Mali (...)" names the speaker well
        return SourceRef(name=actor.name, kind=organ, stance=f"party:{actor.key}", party=actor.key)
    name = (actor.mention or "").strip()
    while LEADING.match(name):
        name = LEADING.sub("", name, count=1)
    name = re.sub(r"[’']s\b", "", name)
    if name.split() and name.split()[0].lower() in ORGAN_FIRST:
        name = name[0].lower() + name[1:]
    return SourceRef(name=name or actor.name, kind=organ, stance=f"party:{actor.key}", party=actor.key)


# "LeT: ", "BLA: ": the acronym ACLED files a group's name under
ACTOR_LABEL = re.compile(r"^[A-Z][\w&.-]{0,9}:\s+(?=[A-Z\d])")

ORGAN_FIRST = {"army", "police", "military", "troops", "security", "armed", "government", "air", "navy", "soldiers",
               "forces", "the"}


def _state_organ(key: str | None) -> str | None:
    """The source kind of a state organ's actor key ("police:ISR" -> police), None for other actors."""
    if not key:
        return None
    head = key.partition(":")[0]
    if head in STATE_ORGAN_KINDS and ":" in key:
        return STATE_ORGAN_KINDS[head]
    from ..knowledge.actors import _matcher

    group = _matcher().book.groups.get(key)
    if group is not None and group.generic in STATE_ORGAN_KINDS:
        return STATE_ORGAN_KINDS[group.generic]
    return None


ARMED_WING = re.compile(r"^(?:(?:the|its|their)\s+)?(?:armed|military)\s+wing\s+of\s+(?:the\s+)?(?P<of>.+)$|"
                        r"^(?P<own>.+?)[’']s?\s+(?:armed|military)\s+wing$", re.IGNORECASE)
GROUP_HEAD = re.compile(r"\b(?:group|movement|organi[sz]ation|militia|faction|insurgents|militants|rebels)\s*$",
                        re.IGNORECASE)


def _government_official(phrase: str, src: SourceRef) -> SourceRef:
    """'Russia's Foreign Minister Sergei Lavrov': an official speaks for a government, a party to the conflict."""
    from ..knowledge.countries import country

    if not re.search(r"\b(?:minister|secretary|president|spokes\w+|ministry|government|ambassador|envoy|general|"
                     r"commander|governor|official|border (?:service|guard|troop|police|force)|coast ?guard)s?\b",
                     phrase, re.I):
        return src
    for word in re.findall(r"[A-Z][\w-]+", phrase):
        found = country(word.replace("’s", "").replace("'s", ""))
        if found is not None and found.iso2 != "IS":
            # "Ukraine's Prosecutor General", "Turkish officials": the office as the report names it,
            # speaking for its government
            return SourceRef(name=_plain(phrase) or f"Government of {found.name}", kind="government",
                             stance=f"party:{found.name}", party=found.name)
    return src


def _plain(phrase: str) -> str:
    """The phrase as a name: leading articles and trailing place or scene phrases dropped."""
    name = phrase.strip()
    while LEADING.match(name):
        name = LEADING.sub("", name, count=1)
    name = re.split(r"\s+(?:at|in|on|from|who|with|speaking)\s+(?![A-Z][a-z]+\b(?:\s+[A-Z]|$))", name)[0]
    if name[:1].isupper() and not ORGANISATION.search(name) and name.split()[0].lower() in GENERIC_FIRST:
        name = name[0].lower() + name[1:]
    return name.strip(" ,")


GENERIC_FIRST = {"local", "officials", "official", "residents", "resident", "witnesses", "witness", "medics",
                 "doctors", "activists", "security", "military", "hospital", "government", "health", "sources",
                 "source", "medical", "eyewitnesses", "journalists", "lawmaker", "lawmakers"}


def _generic(name: str) -> bool:
    """A registry entry that is a generic cue ("Officials", "Residents"), not a named body."""
    key = source_kb.source_by_name(name)
    return bool(key) and bool(source_kb.source_info(key).get("cue"))


def _state_run(phrase: str, country: str | None) -> SourceRef | None:
    """'the state-run Saudi Press Agency', 'State television': media of a state (a party's voice only where the
    registry marks that state's media as its outlet in the conflict)."""
    if not STATE_RUN.search(phrase):
        return None
    from ..knowledge.countries import country as find_country

    state = None
    for word in re.findall(r"[A-Z][\w-]+", phrase):
        found = find_country(word.replace("’s", "").replace("'s", ""))
        if found is not None:
            state = found.name
            break
    state = state or country
    if state is None:
        return None
    # its stance: the party's own outlet only where the registry lists that state's media as such in this war
    return SourceRef(name=_plain(phrase), kind="state media", stance=source_kb.state_media_stance(state, country),
                     party=state)


# Every pattern above behind a first-character guard: the same matches, found faster (see analyze/rx.py).
from ..analyze.rx import guard_patterns  # noqa: E402

guard_patterns(globals())
