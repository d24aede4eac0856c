"""Which of a sentence's places an event happened at: one logic for event coding and its evaluation.

"Turkish warplanes destroyed buildings ... on the highway between al-Bab and Manbij"; "ISIS seized the
town of Huwaysis near the Al-Sha'er Gas Fields, north of Palmyra": a sentence names several places and
the event word happened at one of them. Two steps, both used by `extract.coding` when it codes an event
and by `event_place`, which `sitroom eval event-location` measures:

1. `verb_places`: the places the event word governs, left to right: those after it within its own
   clause, else the place right before it in the same clause;
2. `extract.coding.event_places`: among those, the ones the event happened at (a place that only
   locates another, "near X", "north of X", "X in Y", loses; a weapon's origin, a border's far side and
   an alias drop out).
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitroom.analyze.cues import DATELINE
from sitroom.models import PlaceMention

# where a trigger's own clause ends: ", closing on X", "; ...", " — ...", ", which ..."
CLAUSE_END = re.compile(
    # (", during clashes", ", following a raid": prepositions ending in -ing, not a participle's clause)
    r"[;—–]|,\s+(?!(?:including|according|during|following|regarding|concerning|notwithstanding|pending|excluding|"
    r"morning|evening)\b)(?:\w+ing|which|who|where|while|after|before|amid|despite|although|"
    r"but)\b|"
    # "killed in an ambush on Saturday, a day after two officers died in a shootout in X": the earlier event's
    # clause and place
    r",\s+(?:(?:just|only|barely|some|about)\s+)?(?:a|an|one|two|three|four|five|six|several|\d+|hours|days|weeks)\s+"
    r"(?:(?:full\s+)?(?:days?|hours?|weeks?|months?)\s+)?after\b|"
    # "soldiers fought for hours, said the chairman of X", ", according to officials in Y": the attribution
    # that closes the event's clause names the speaker's places, not the event's
    r",\s+(?:said|says|told|tells|added|adds|according\s+to)\b|"
    # "In X, a merchant was killed, and in the Y area a bomb wounded four": the next clause's own place
    r",\s+and\s+(?=(?:in|at|near|outside)\s+(?:the\s+)?[A-Z])|"
    # "In X, crowds marched carrying flags and calling on the government to retake Y", "protesters rallied
    # demanding the return of Y": what a crowd demands names the place of its cause, not of the march
    r"\s(?:calling\s+(?:on|for)|demanding|urging|in\s+solidarity\s+with)\b|"
    # "the first strikes since it began attacking ships in the Red Sea": a clause of earlier background
    r"\s+since\s+(?:it|they|he|she|we)\s+(?:\w+ed|began|took|came|was|were|had|has|have|broke|went|fell|won|"
    r"seized)\b")


def verb_places(text: str, places: list[PlaceMention], cue_start: int, cue_end: int,
                stops: list[int] | tuple[int, ...] = (), base: int = 0) -> list[PlaceMention]:
    """The places (offsets `base`-based) that the event word at `text[cue_start:cue_end]` governs, left
    to right; `stops` are the starts of other events' words, where this one's reach ends."""
    names = [(m.start() + base, m.end() + base) for m in GROUP_NAME.finditer(text)]
    if names:  # "the Islamic State of Iraq and al-Sham": a group's name, not a place
        places = [p for p in places if not any(a <= p.start < b for a, b in names)]
    nxt = min([s for s in stops if s > cue_start], default=len(text))
    clause_end = CLAUSE_END.search(text, cue_end)
    if clause_end:
        nxt = min(nxt, clause_end.start())
    after = [p for p in places if cue_end <= p.start - base < nxt]
    # "were ceded by Spain", "protested outside the United States embassy", "used by Yemen's defence minister":
    # a state named as the passive agent or as the owner of an institution or office acts, it is not a place
    # the event happened at; when only such places follow, the place before the verb is the event's
    after = [p for p in after if not (_feature(p) in ("country", "admin1") and (
        AGENT_BEFORE.search(text[max(0, p.start - base - 40): p.start - base])
        or INSTITUTION_AFTER.match(text[p.end - base:])))]
    # "protested against a war on Iraq at a park in Tokyo", "the Syria peace talks in Astana": a country the
    # verb's phrase names as its topic or a modifier gives way to a place in another country that a locative
    # preposition introduces after it in the same phrase
    located = [i for i, p in enumerate(after) if STRICT_LOCATIVE.search(text[max(0, p.start - base - 40): p.start - base])]
    if located:
        topics: list[int] = []
        for i, p in enumerate(after):
            ahead = text[max(0, p.start - base - 40): p.start - base]
            if (_feature(p) == "country" and i < located[-1] and i not in located
                    and p.place.iso2 != after[located[-1]].place.iso2
                    and (TOPIC_BEFORE.search(ahead) or MODIFIES_NOUN.match(text[p.end - base:])
                         # "the embassies of the United States, Britain and Spain": the list goes on
                         or (topics and topics[-1] == i - 1 and re.fullmatch(
                             r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", text[after[i - 1].end - base: p.start - base])))):
                topics.append(i)
        after = [p for i, p in enumerate(after) if i not in topics]
    if after:
        return after
    before = [p for p in places if p.end - base <= cue_start]
    head = DATELINE.match(text)
    if clause_end and RESULT_CLAUSE.match(text, clause_end.start()) and all(
            head and p.end - base <= head.end() for p in before):
        # "Drones struck two oil facilities before dawn, setting off fires at the plant at X": a clause that names
        # no place leaves it to the participle giving its result, which happened where the strike fell
        end = CLAUSE_END.search(text, clause_end.end())
        limit = min([s for s in stops if s > clause_end.end()] + [end.start() if end else len(text)])
        result = [p for p in places if clause_end.end() <= p.start - base < limit and _feature(p) != "country"]
        if result:
            return result
    if not before:
        return []
    last = before[-1]
    gap = text[last.end - base: cue_start]
    first_comma = gap.find(",")
    if first_comma >= 0 and FRONTED_CLAUSE.match(text[:last.end - base]) and CLAUSE_VERB.search(gap[:first_comma]):
        # "After talks in Geneva collapsed, rebels shelled the town": a fronted subordinate clause has its own
        # event and place; the main clause's event is not placed by it
        return []
    if RESULT_PARTICIPLE.search(text[:cue_end]) and not OWN_PLACE_AHEAD.search(text[cue_end:nxt]) and re.fullmatch(r"[^,;:—–()]*,\s*", gap) and not SPEAKER.search(
            gap) and not SPEAKER.search(text[max(0, last.start - base - 60): last.start - base]):
        # "gunmen attacked the town of X on Sunday, killing 12", "a raid struck X governorate, leaving 50 dead":
        # a participle that gives the main clause's result happened where the main clause's event did
        gap = gap.replace(",", " ")
    # "In Barkin Ladi, the council chairman said gunmen had attacked several villages": a place fronted before
    # the whole sentence, whose speaker's clause then tells an event the clause itself does not place, is
    # where that event happened ("Officials in Geneva said", the speaker's own place, is not fronted)
    fronted = _feature(last) not in ("country", "admin1", "region") and bool(
        FRONTED_PLACE.match(text[:last.start - base]) and FRONTED_SPEAKER.match(gap))
    if not fronted and SPEAKER.search(gap) and (_feature(last) in ("country", "admin1") or LOCATIVE_BEFORE.search(
            text[max(0, last.start - base - 40): last.start - base])):
        return []  # "Officials in Geneva said the talks had failed", "Russia said its jets bombed": the speaker's
    if not fronted and re.search(r"[,;:—–]", gap) and not (
            # "In Kabul, a suicide bomber killed 12", "bombed a market in Baghdad, killing ten": a place
            # the same sentence's main clause puts the event in, not a speaker's place or another clause's
            LOCATIVE_BEFORE.search(text[max(0, last.start - base - 40): last.start - base])
            and not re.search(r"[;:—–]", gap) and not SPEAKER.search(gap)
            and not SPEAKER.search(text[max(0, last.start - base - 40): last.start - base])):
        return []
    # "a mob in the town of X in northern Nigeria killed": the place the last one only locates comes too
    # "In X, northeast of Y, a man was shot": and the place an apposition locates by the last one
    chain = [last]
    for p in reversed(before[:-1]):
        gap = text[p.end - base: chain[0].start - base]
        if not (CONTAINED_IN.match(gap) or APPOSED_LOCATOR.match(gap) or APPOSITION_LOCATES.match(gap)):
            break
        chain.insert(0, p)
    return chain


_AREAS = frozenset({"country", "admin1", "admin2", "region"})
# "the Islamic State of Iraq and al-Sham (ISIS)": the group's name
GROUP_NAME = re.compile(r"\bIslamic\s+State\s+(?:of|in)\s+(?:the\s+)?Iraq(?:\s+and\s+(?:the\s+)?(?:Syria|"
                        r"(?:[Aa][ls][-\s])?Sham|Levant))?")
# "Baghdad's northern X district": the first place holds the second
POSSESSIVE_GAP = re.compile(r"^[’']s\s+(?:(?:north|south|east|west|central|old|new|upper|lower)[\w-]*\s+){0,2}$",
                            re.IGNORECASE)
# "the West Bank town of X", "the X area of Y", "X district of Y": one place named as part of the other
_PART_NOUNS = (r"(?P<noun>town|city|village|district|suburbs?|neighbou?rhoods?|enclave|area|quarter|camp|port|region|"
               r"governorate|province|sub-division|subdivision|county)")
PART_OF = re.compile(
    rf"^\s+(?:[\w-]+\s+)?{_PART_NOUNS}\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central|rural)[\w-]*\s+)?$",
    re.IGNORECASE)
PART_NOUN_END = re.compile(rf"\b{_PART_NOUNS}$", re.IGNORECASE)
_SETTLEMENT = ("town", "city", "village")
_ADMIN = ("admin1", "admin2", "region")
# the gazetteer features each of those nouns can name
_NOUN_FITS = {
    **{n: _SETTLEMENT for n in ("town", "city", "village", "port", "camp")},
    "district": ("district", "neighbourhood", "admin2", "town", "village"),
    **{n: ("district", "neighbourhood", "town", "village") for n in ("suburb", "neighbourhood", "neighborhood",
                                                                       "quarter", "enclave")},
    "area": ("district", "neighbourhood", "landmark", "field", "front", "town", "village", "city", "admin2", "region"),
    **{n: _ADMIN for n in ("region", "governorate", "province", "county", "sub-division", "subdivision")},
}
# "X, northeast of Y", "X, on the western edge of Y", "X, 25 km from Y": an apposition locating X by Y
APPOSED_LOCATOR = re.compile(r"^\s*,\s*(?!(?:and|or|but|as\s+well\s+as|then|while)\b)(?:(?:a|an|the|on|in|at)\s+)?(?:[\w()-]+\s+){1,5}?(?:of|near|outside|from)\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "X, about 10 km from Y", "X, 40 miles north-west of Y", "X, just south of Y": a distance or a bearing that
# only says where X lies (not "X, with fighting spreading to the outskirts of Y")
DISTANCE_APPOSED = re.compile(
    r"^\s*,\s*(?=[\w\s.,-]*?\b(?:km|kms|kilomet(?:re|er)s?|miles?|mi|north|south|east|west|outside)\b)"
    r"(?:(?:about|some|around|roughly|nearly|almost|approximately|just|only|barely|more\s+than|less\s+than|"
    r"over|under)\s+)?(?:(?:(?:\d[\d.,]*|a|an|a\s+few|a\s+dozen|several|few|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)[\s-]*(?:km|kms|kilomet(?:re|er)s?|"
    r"miles?|mi)\s+(?:away\s+)?(?:from|(?=north|south|east|west))|outside)\s*)?"
    r"(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?)\s+of\s+)?(?<=\s)"
    r"(?:the\s+)?(?:(?:provincial|regional|state|district|island['’]s|main|nearby)\s+)?"
    r"(?:(?:capital|town|city|port|resort|village)\s*,?\s+(?:of\s+)?)?$",
    re.IGNORECASE)
# "X, a village in the municipality of Y", "X, a spa town in Y province", "X, a hamlet near Y": an apposition
# that says what X is and where it lies; Y only locates X
APPOSITION_LOCATES = re.compile(
    r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|hamlet|settlement|resort|port|locality|"
    r"community|district|suburb|neighbou?rhood|border\s+town|market\s+town)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:in|of|near|outside|next\s+to|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?"
    r"(?:(?:municipality|district|province|region|department|state|county|governorate)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE)
# "in X", "at the market in X", "inside the town of X", "in northern X": a locative phrase
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|inside|across|throughout|near|outside|on|over|around|(?:north|south|east|west)[\w-]*\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:(?:town|city|village|district|province|region|area|suburb|neighbou?rhood|capital|island)\s+of\s+)?$",
    re.IGNORECASE)
# "ceded by X", "bombed by the air force of X": the agent of a passive verb (not "by attacking X", "by ISIS in X",
# nor a noun's "an act by X")
AGENT_BEFORE = re.compile(r"\b(?:\w+(?:ed|en)|shot|hit|struck|held|seized|taken|caught|fought|built|run|led|sent|"
                          r"attacked)\s+(?:[a-z]+\s+){0,2}?by\s+(?:the\s+)?(?:(?!(?:in|at|on|near|inside|outside|across|of|from|to|into)\b)"
                          r"[a-z-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?$", re.IGNORECASE)
# "the United States embassy", "Yemen's defence minister", "France's army": a state owning an office or force
# (but "near Pakistan's parliament", "the Deir Ezzor Military Airport": a building located in the place)
INSTITUTION_AFTER = re.compile(
    r"(?:\s+(?:embassy|embassies|consulate|ambassador|envoy|delegation)\b|"
    r"['’]s\s+(?:(?:new|former|acting|interim|top|chief|defen[cs]e|foreign|interior|prime|deputy|armed|security|"
    r"special|national|elite)\s+){0,2}"
    r"(?:embassy|embassies|consulate|ambassador|envoy|government|president|minister|ministry|army|military|forces|"
    r"troops|navy|air\s+force|delegation|leaders?|officials?)\b)", re.IGNORECASE)
# ", setting off fires", ", killing two", ", leaving 20 dead": a participle giving the result of the clause before
RESULT_CLAUSE = re.compile(r",\s+(?:setting|sparking|starting|causing|triggering|killing|wounding|injuring|leaving|"
                           r"destroying|damaging|flattening|levelling|leveling)\b", re.IGNORECASE)
RESULT_PARTICIPLE = re.compile(r",\s*(?:\w+ly\s+)?\w+ing$")
# "targeting the village of X", "killing two at X": the participle names a place of its own (one the gazetteer may
# not know), so the main clause's place is not its place
OWN_PLACE_AHEAD = re.compile(
    r"\b(?:(?:in|at|near|inside|outside|on|around)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[A-Z]|"
    r"(?:villages?|towns?|cities|city|districts?|areas?|neighbou?rhoods?|suburbs?|hills?|hilltops?|mountains?|"
    r"quarters?|camps?|airbase|airport|base)\s+(?:of|called|named)\s+[A-Z])")
# "After talks in X collapsed, ...", "When the convoy reached X, ...": a fronted adverbial clause (up to its comma)
FRONTED_CLAUSE = re.compile(r"^\W*(?:After|Before|When|Whenever|While|As|Although|Though|Because|Since|Once|If|Until|"
                            r"Unless)\b[^,;:—–]*$")
CLAUSE_VERB = re.compile(r"\b(?:\w+ed|was|were|is|are|had|has|have|met|fell|began|broke|took|came|went|won|lost|ran|"
                         r"held|left|made|began|struck|hit|shot|met|said|says)\b", re.IGNORECASE)
# "in X", "at a park in X", "inside the city of X": a place a locative preposition introduces (not "war on X")
STRICT_LOCATIVE = re.compile(r"\b(?:in|at|inside|across|throughout|outside|near)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
                             r"(?:(?:town|city|village|district|province|region|area|capital)\s+of\s+(?:the\s+)?)?$")
# "a war on X", "sanctions against X", "the embassies of X", "a friend from X": a country a noun's phrase names
TOPIC_BEFORE = re.compile(r"\b(?:on|against|for|of|with|to|about|toward|towards|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?$",
                          re.IGNORECASE)
# "the Syria peace talks": a name followed by a common noun it modifies (not "Syria from", "Syria after")
MODIFIES_NOUN = re.compile(r"\s+(?!(?:from|in|at|on|after|before|with|and|or|to|for|by|near|since|during|as|when|"
                           r"while|but|of|over|into|across|under|until|until|which|who|that|is|was|were|are|has|had|"
                           r"have|will|would|could|again|also|then)\b)[a-z]")
# words that tell who speaks: the place next to them is the speaker's
# "In X, " / "In neighbouring X local government area, " opening a sentence, then "the chairman said ..."
FRONTED_PLACE = re.compile(r"^\W*(?:In|At)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|northern|southern|eastern|western|"
                           r"central|rural)\s+)?$")
FRONTED_SPEAKER = re.compile(r"^(?:\s+(?:local\s+government\s+area|district|province|county|state|region|area|"
                             r"governorate|municipality))?\s*,\s*(?:[\w’'.-]+\s+){1,6}?(?:said|says|told\s+\w+)\s+"
                             r"(?:that\s+)?[^,;:—–]*$")
SPEAKER = re.compile(r"\b(?:said|says|told|tells|according|reported|announced|stated|added|claimed)\b",
                     re.IGNORECASE)
# "X in Y", "X, Y", "X district of Y", "X in northern Y": the second place only says where the first is
CONTAINED_IN = re.compile(r"^(?:\s+(?:district|province|region|area|county|state|town|city|governorate))?"
                          r"(?:\s*,\s*(?:in\s+(?:the\s+)?(?:[\w-]+\s+)?)?|\s+in\s+(?:the\s+)?(?:[\w-]+(?:['’]s)?\s+)?|"
                          r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?)$",
                          re.IGNORECASE)


def locators(places: list[PlaceMention], text: str, base: int = 0) -> set[int]:
    """Indices (into `places`, in text order) of the places the wording gives only to say where the next
    or the previous place lies: "the West Bank town of X", "Baghdad's northern X district", "the Damascus
    suburb of X" (the first); "X in rural Y", "X district of Y", "X, Y province" (the second)."""
    from sitroom.extract.coding import FEATURE_RANK

    out: set[int] = set()
    for i in range(len(places) - 1):
        a, b = places[i], places[i + 1]
        fa, fb = _feature(a), _feature(b)
        gap = text[a.end - base: b.start - base]
        if POSSESSIVE_GAP.match(gap):
            out.add(i)
        elif APPOSITION_LOCATES.match(gap) and fa not in _AREAS:
            out.add(i + 1)
        elif (part := PART_OF.match(gap)) or ((part := PART_NOUN_END.search(a.text))
                                              and re.match(r"^\s+of\s+(?:the\s+)?$", gap, re.I)):
            # the noun names the first place ("the X area of Damascus", "X District of Y Province": the
            # second holds it) or the second ("the West Bank town of X", "the Damascus suburb of X")
            out.add(i + 1 if fa in _NOUN_FITS.get(part.group("noun").lower().rstrip("s"), ()) else i)
        elif DISTANCE_APPOSED.match(gap):
            out.add(i + 1)
        elif CONTAINED_IN.match(gap):
            if "," in gap:  # "Potiskum, Yobe State" but not a list ("Washington, New York")
                if fb in _AREAS and fa not in _AREAS:
                    out.add(i + 1)
            elif not (fa in ("country", "admin1") and fb not in ("country", "admin1", "region")):
                out.add(i + 1)
    return out


def _feature(m: PlaceMention) -> str:
    return m.place.feature if m.place is not None else ""


def event_place(text: str, mentions: list[PlaceMention], verb_start: int, verb_end: int,
                offset: int = 0, focus: list[str] | None = None) -> PlaceMention | None:
    """Return the mention (offsets `offset`-based, as `find_places` gives them) where the event whose
    verb spans `verb_start:verb_end` (offsets into `text`) happened, or None when no place qualifies:
    the first place event coding would give the event."""
    from sitroom.extract.coding import event_places

    places = [m for m in mentions if m.place is not None]
    found = event_places(verb_places(text, places, verb_start, verb_end, (), offset), text, offset, focus)
    return found[0] if found else None


def capital_of(iso2: str) -> str | None:
    """The gazetteer id of a country's capital ("the capital", "Myanmar's capital"), or None."""
    return _capitals().get(iso2.upper())


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    from sitroom.geo.gazetteer import CAPITALS

    out: dict[str, str] = {}
    with open(CAPITALS, encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if len(cells) == 2 and cells[0].startswith("cc:"):
                out[cells[0][3:]] = cells[1]
    return out
