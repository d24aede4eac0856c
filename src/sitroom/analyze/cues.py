"""Attribution cues (who says it) and modality cues (did it happen) in one sentence.

Both are lexicon-and-window heuristics over the shared tokeniser: no parser, no model. An attribution
is anchored on a reporting verb, "according to" or a hedging adverb; its source is the noun phrase to
the left of the verb (or right of "according to", or right of an inverted ", said X"), cut at clause
boundaries, appositions and locative phrases. Pronoun sources ("He", "it") are kept for the caller to
resolve.

Known limits: a source longer than eight tokens is cut to its last eight; a noun use of "reports" or
"claims" is told from a verb use only by the words around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .tokens import tokenize


@dataclass
class Attribution:
    start: int
    end: int
    text: str
    cue_start: int
    cue_end: int
    cue: str
    verb: str
    hedge: bool
    scope_start: int
    scope_end: int


@dataclass
class Modality:
    modality: str
    hedged: bool = False
    cues: list[str] = field(default_factory=list)


# Reporting verbs -> the normalised verb.
VERBS = {
    "say": "say", "says": "say", "said": "say", "told": "say", "tells": "say", "stated": "say",
    "states": "say", "added": "say", "adds": "say", "noted": "say", "insisted": "say", "insists": "say",
    "warned": "say", "warns": "say", "described": "say", "explained": "say", "wrote": "say", "writes": "say",
    "tweeted": "say", "posted": "say",
    "claim": "claim", "claims": "claim", "claimed": "claim",
    "report": "report", "reports": "report", "reported": "report", "reporting": "report",
    "verified": "verify", "verifies": "verify", "confirmed": "verify", "confirms": "verify", "confirm": "verify",
    "documented": "verify", "documents": "verify",
    "cited": "cite", "cites": "cite", "quoted": "cite",
    "acknowledged": "acknowledge", "acknowledges": "acknowledge", "admitted": "acknowledge",
    "admits": "acknowledge", "conceded": "acknowledge",
    "alleged": "allege", "alleges": "allege", "allege": "allege", "accused": "allege", "accuses": "allege",
    "announced": "announce", "announces": "announce", "declared": "announce", "declares": "announce",
    "denied": "deny", "denies": "deny", "deny": "deny",
    "showed": "report", "shows": "report", "broadcast": "report", "aired": "report",
}
# "showed", "aired" report only with a broadcaster as their subject ("local television showed"; not
# "the figures showed")
SHOWING = {"showed", "shows", "broadcast", "aired"}
# "said on Friday", "told reporters late on Monday", "told our correspondent in Maiduguri on Monday": the
# words before a day that make it the day of a statement, not of what the statement tells
STATEMENT_DAY = re.compile(r"\b(?:said|says|told(?:\s+[\w'’-]+){0,3}?(?:\s+(?:in|at)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?|"
                           r"announced|stated|reported|added|confirmed|claimed|wrote|tweeted|posted|declared|insisted|"
                           r"warned)(?:\s+(?:in|on|at|during|via)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w'’-]+\s+)?"
                           r"(?:statement|message|post|communiqu[eé]|briefing|interview|address|video|conference|"
                           r"broadcast|tweet)(?:\s+(?:read|broadcast|issued|released|published|carried|aired|posted)\s+"
                           r"(?:out\s+)?(?:on|by|in|to)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?|"
                           r"\s+(?:on|to)\s+(?:state\s+)?(?:television|TV|radio|reporters|journalists))?"
                           r"\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)
# "NAIROBI, June 26 (Reuters) -", "MOPTI, Mali, May 8 -": a wire story's dateline, the city (its country at
# times) and the day of filing, not of what the story tells (read by extract's ledes, claims and coding)
# ("KOTA KINABALU, Sunday -": a weekday alone before the dash is the filing day too)
DATELINE = re.compile(r"^[A-Z][A-Z/ .'-]{2,40}(?:,\s+[A-Z][\w .'-]{1,30})?,\s+(?:\w{3,9}\.?\s+\d{1,2}\b|"
                      r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?=\s*(?:\([^)]{1,30}\)\s*)?[-–—]))")
# "came under fire", "the convoy comes under attack": what was fired on, not who fired (extract's claims and coding)
UNDER_FIRE = re.compile(r"(?:came|come|comes|coming)\s+under\b", re.IGNORECASE)
BROADCASTER = re.compile(r"\b(?:television|tv|channels?|broadcasters?|media|radio|stations?)\b", re.IGNORECASE)
HEDGING_VERBS = {"claim", "allege", "reportedly"}
ADVERBS = {"reportedly": "reportedly", "apparently": "reportedly", "allegedly": "allege", "purportedly": "allege"}
# Verbs whose participle before a noun is itself a hedge on that noun ("Claimed footage").
ADJECTIVAL = {"claimed", "alleged", "purported", "reported"}

_AUX = {
    "has", "have", "had", "did", "does", "do", "will", "would", "also", "now", "still", "again", "later",
    "earlier", "initially", "previously", "first", "then", "further", "separately", "officially",
    "publicly", "repeatedly", "are", "is", "were", "was", "been", "has been", "just", "already", "once",
    "could", "may", "might", "not", "never", "had", "reportedly", "apparently",
}
_BE = {"is", "are", "was", "were", "be", "been", "being"}
# Words that make a following "report"/"claim" a noun.
_NOUN_BEFORE = {
    "the", "a", "an", "another", "other", "these", "those", "this", "that", "such", "some", "many",
    "several", "initial", "unconfirmed", "earlier", "further", "conflicting",
    "first", "latest", "recent", "new", "its", "their", "his", "her", "our", "of", "no", "any", "in",
    "were", "was", "are", "is", "be", "been", "to", "for", "with", "by", "on", "false", "similar",
    "local", "both", "multiple",
}
# Words that make a preceding "reports"/"claims" a noun ("The UN reports match testimony").
_NOUN_AFTER = {
    "match", "matches", "say", "says", "said", "suggest", "suggests", "suggested", "indicate", "indicates",
    "indicated", "show", "shows", "showed", "were", "are", "is", "was", "have", "has", "had", "of", "about",
    "emerged", "circulated", "could", "may", "might", "also",
}
_BOUNDARY_WORDS = {
    "what", "how", "why", "to", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "that", "while", "although", "though", "because", "whereas", "when", "after", "before", "since", "if",
    "as", "so", "however", "meanwhile", "where", "whether", "unless", "until", "but", "and", "or",
}
_LEADING_ADVERBS = {
    "still", "however", "meanwhile", "but", "and", "also", "then", "now", "later", "earlier", "separately",
    "instead", "moreover", "yet", "so", "indeed", "finally", "elsewhere", "previously",
}
# the small words inside a person's name: "Jorge de Leon Duque", "Ursula von der Leyen", "Abdullah bin Zayed"
_NAME_PARTICLES = {"de", "da", "del", "della", "di", "do", "dos", "das", "du", "la", "le", "van", "von", "der", "den",
                   "ter", "bin", "ibn", "bint", "al", "el", "y"}
_DAY_PARTS = {"morning", "afternoon", "evening", "night"}
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tonight", "overnight"}
# titles whose office is "to" a place or body: "ambassador to the United States", "envoy to Yemen"
_TITLE_TO = {"ambassador", "envoy", "representative", "adviser", "advisor", "delegate", "emissary"}
_LOCATIVE = {"in", "at", "on", "near", "inside", "outside", "from", "across", "with", "based", "close"}
_PUNCT_BOUNDARY = set(",;:()[]{}\"“”‘—–-!?") | {"'"}
_OPEN_QUOTES = "\"“‘'"
_CLOSE_QUOTES = "\"”’'"
_CONCERN = {"concern", "concerned", "alarm", "alarmed", "fears", "fear", "worry", "worries"}
_CONCERN_ADJ = {"deep", "grave", "serious", "great", "particular", "growing"}
_SENT_END = re.compile(r"[.!?](?=[\s\"”’)\]]|$)")
# Where one speaker's content ends inside a sentence ("..., while Washington said ...").
_SCOPE_END = re.compile(r";|,\s+(?:while|whereas|although)\b")
_CLAUSE_START = re.compile(r"[;:]\s|,\s+(?:but|while|whereas|although)\b")


def _measure_clause(words: list[str], lows: list[str], i: int) -> bool:
    """Whether the verb at `i` closes a relative clause "the N that|which <Name> <verb>": only capitalised words
    (a title and a name) between "that" and the verb, and a lower-case noun before "that" that is no verb of
    speech ("said that President X declared" still reports speech)."""
    j = i - 1
    while j >= 0 and words[j][:1].isupper():
        j -= 1
    if j == i - 1 or j < 1 or lows[j] not in ("that", "which"):
        return False
    before = lows[j - 1]
    return words[j - 1][:1].islower() and before.isalpha() and before not in VERBS and not before.endswith("ed")


def find_attributions(text: str, offset: int = 0) -> list[Attribution]:
    """Return the attribution cues in `text`, in order, with report offsets (`offset` + index).

    `text` is normally one sentence; with several, each cue's scope stops at its own sentence's end.
    """
    words, starts, ends = tokenize(text)
    lows = [w.lower() for w in words]
    n = len(words)
    out: list[Attribution] = []
    i = 0
    while i < n:
        lw = lows[i]
        att = None
        if lw in VERBS:
            # Capitalised "States", "Announces" are names and headlines; only "Claimed footage" may lead.
            # "the groups it accused of carrying out the attack": in a relative clause after a noun, the
            # accusation describes the noun; it reports no speech ("Russia accused Kyiv of ..." still does)
            accusing = (lw in ("accused", "accuses") and "of" in lows[i + 1: i + 6] and i >= 2
                        and lows[i - 1] in ("it", "they", "he", "she", "which", "who", "that", "we")
                        and lows[i - 2] not in (",", ".", ";", ":", "and", "but", "then", "when", "as"))
            # "a man accused of cow smuggling": right before "of", the participle describes the man
            accusing = accusing or (lw == "accused" and i + 1 < n and lows[i + 1] == "of")
            # "the lockdown that Prime Minister X declared last night": in a relative clause after a noun, the
            # named person made the measure the noun names; the clause reports no speech
            accusing = accusing or (lw in ("declared", "announced") and _measure_clause(words, lows, i))
            if (words[i][0].islower() or lw in ADJECTIVAL) and not accusing:
                att = _verb_cue(text, words, lows, starts, ends, i)
            if att is None and lw in PASSIVE_BY and i + 1 < n and lows[i + 1] == "by" and words[i][0].islower():
                att = _passive_by(text, words, lows, starts, ends, i)
        elif lw in PASSIVE_BY and i + 1 < n and lows[i + 1] == "by" and words[i][0].islower():
            att = _passive_by(text, words, lows, starts, ends, i)
        elif lw == "according" and i + 1 < n and lows[i + 1] == "to":
            att = _according(text, words, lows, starts, ends, i)
        elif lw in ADVERBS:
            att = _adverb(text, starts, ends, i, lw)
        elif lw == "saying":
            att = _saying(text, words, lows, starts, ends, i)
        elif lw == "expressed":
            att = _verb_cue(text, words, lows, starts, ends, i)
        elif lw in ("gave", "given", "give", "gives", "put", "puts", "raised") and TOLL_AFTER.match(text, ends[i]):
            # "The health ministry gave a higher toll of 43 dead", "had earlier given a toll of about 30", "Hospital
            # officials give a revised toll of 68 dead", "The two hospitals now give 66 dead between them"
            att = _verb_cue(text, words, lows, starts, ends, i)
        elif lw in ("gave", "give", "gives", "giving", "offered", "offers", "offer") and words[i][0].islower() \
                and ACCOUNT_AFTER.match(text, ends[i]):
            # "The border troops give a different account", "the ministry gave the opposite account: ...": a
            # speaker telling its version of what happened
            att = _verb_cue(text, words, lows, starts, ends, i)
        if att is not None:
            for name in ("start", "end", "cue_start", "cue_end", "scope_start", "scope_end"):
                setattr(att, name, getattr(att, name) + offset)
            out.append(att)
        i += 1
    for m in FIGURE_SOURCE.finditer(text):
        # "- Juliaca, 9 January: 17 dead (Ombudsman); 40 injured (Health Ministry)": a table's figure and,
        # in brackets after it, who gives it
        if _DAY_OR_MONTH.match(m.group("src")):
            continue
        out.append(Attribution(m.start("src") + offset, m.end("src") + offset, m.group("src"),
                               m.start("paren") + offset, m.end("paren") + offset, m.group("paren"), "say", False,
                               m.start() + offset, m.start("paren") + offset))
    out.sort(key=lambda a: a.cue_start)
    for a in out:
        # "X said A, and Y said B": the first speaker's words end where the second speaker's clause begins
        for b in out:
            if a.scope_start < b.cue_start < a.scope_end and b.cue_start > a.cue_end:
                m = _NEXT_SPEAKER.search(text, a.scope_start - offset, b.cue_start - offset)
                if m is not None and m.end() == b.cue_start - offset:
                    a.scope_end = max(a.scope_start, m.start() + offset)
                    break
    return out


# the coordinating words that open a second speaker's clause: ", and the army said", "; the ministry said", ", while"
_NEXT_SPEAKER = re.compile(r"(?:,\s*|\s+)(?:and|while|whereas|but)\s+(?:(?:also|later|separately)\s+)?$|;\s*$")


FIGURE_SOURCE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores)\b[^;:()\n]{0,50}?"
    r"\b(?:dead|killed|deaths?|died|injured|wounded|hurt|arrested|detained|missing)\b[^;:()\n]{0,40}?\s*"
    r"(?P<paren>\((?P<src>[A-Za-z][^()\n\d]{1,50}?)\))", re.IGNORECASE)
_DAY_OR_MONTH = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                           r"nov|dec)[a-z]*\b|^(?:about|around|approx|at least|estimated|est|provisional|unconfirmed)",
                           re.IGNORECASE)


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Return (start, end) of the sentence around `pos`, end excluding the final punctuation."""
    start = 0
    for m in _SENT_END.finditer(text, max(0, pos - 600), pos):
        start = m.end()
    m = _SENT_END.search(text, pos)
    end = m.start() if m else len(text.rstrip())
    while start < end and (text[start].isspace() or text[start] in _OPEN_QUOTES + "["):
        start += 1
    return start, end


def _scope_end(text: str, pos: int, end: int) -> int:
    """Return where the reported content starting at `pos` ends: a "; " or ", while" clause, or `end`."""
    m = _SCOPE_END.search(text, pos, end)
    return m.start() if m else end


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink [a, b) past spaces, quotes and edge commas/colons."""
    while a < b and (text[a].isspace() or text[a] in _OPEN_QUOTES + _CLOSE_QUOTES + ",:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in _OPEN_QUOTES + _CLOSE_QUOTES + ",:;.]"):
        b -= 1
    return a, b


# what one is denied when a denial is a refusal: "denied access", "denied bail"
_DENIED_THINGS = {"access", "entry", "permission", "bail", "passage", "visas", "visa", "food", "water", "treatment",
                  "medical", "aid", "care", "permits"}
# "told the passengers to get off", "told residents to leave": an order, not a report (not "told reporters that")
_ORDERED = re.compile(r"^(?:the\s+|all\s+|its\s+|their\s+|his\s+)?(?:[a-z-]+\s+){0,2}?to\s+(?!the\b|a\b|an\b|reporters\b)"
                      r"[a-z]+\b")


def _is_noun_use(words, lows, i) -> bool:
    """True when the reporting word at i is used as a noun or adjective, not as a verb."""
    lw = lows[i]
    n = len(words)
    prev = lows[i - 1] if i > 0 else ""
    nxt = lows[i + 1] if i + 1 < n else ""
    if lw in ("report", "reports", "claim", "claims", "documents"):
        if prev in _NOUN_BEFORE or nxt in _NOUN_AFTER:
            return True
        if i > 0 and words[i - 1].endswith(("’s", "'s")):
            return True
    if lw == "said" and prev == "the":
        return True
    if lw in ("denied", "denies") and (prev in _BE or (nxt in _DENIED_THINGS)):
        return True  # "they were denied access", "denied entry to the camp": refused something, no denial of an event
    if lw in ("posted", "published") and prev in _STATEMENT_NOUNS:
        return True  # "In a statement posted online, the group said": the statement's participle, not a speaker's verb
    if lw in ("told", "tells") and _ORDERED.match(" ".join(lows[i + 1:i + 6])):
        return True  # "gunmen told the passengers to get off the bus": an order given, no report
    if lw in ("said", "reported", "alleged", "claimed", "confirmed") and prev in _BE:
        return True  # passive ("it was said", "were reported"): no source in this position
    return False


def _np_left(text, words, lows, starts, ends, k) -> tuple[int, int] | None:
    """Return token indices [a, b) of the source noun phrase ending at token k-1, or None.

    Walks left to a clause boundary (at most 8 tokens), skips an apposition or relative clause set off
    by commas ("Tawfik Chamaa, a representative of ..., said"), cuts locative phrases ("A Reuters
    reporter in a regime-held district") and leading adverbs ("Still Lavrov").
    """
    b = k
    if b > 0 and words[b - 1] == ",":
        # "X, a reporter with Y, said" / "X, which initially claimed ..., has acknowledged"
        c = _previous_comma(words, b - 1)
        if c is None:
            return None
        seg = lows[c + 1] if c + 1 < b else ""
        if seg in ("a", "an", "the", "who", "which", "whose", "whom") or (seg and words[c + 1][0].islower()):
            b = c
        elif 1 <= b - 1 - (c + 1) <= 5 and words[c + 1][:1].isupper() \
                and all(words[t][:1].isupper() or lows[t] in _NAME_PARTICLES for t in range(c + 1, b - 1)) and c > 0 \
                and (words[c - 1] not in _PUNCT_BOUNDARY or words[c - 1] == ")"):
            # "the UN humanitarian coordinator in Nigeria, Edward Kallon, said": the title before the name
            # says whom the person speaks for
            b = c
        elif c > 0 and words[c - 1][:1].isupper() and words[c + 1].endswith(("'s", "’s")) \
                and any(words[t][:1].islower() for t in range(c + 2, b - 1)):
            # "Magen David Adom, Israel's ambulance service, said": the name, then what it is
            b = c
        else:
            return None
        while b > 0 and words[b] == ",":
            # "The RSF, commanded by General X, known as Y, said": a participle phrase before the apposition
            # describes the same speaker
            c = _previous_comma(words, b)
            if c is None or c + 2 >= b or not (lows[c + 1] in ("who", "which", "whose", "known", "based")
                                               or (lows[c + 1].endswith("ed") and lows[c + 2] == "by")):
                break
            b = c
    a = b
    skipped = 0  # tokens of a bracketed acronym, not counted against the length limit
    while a > 0 and b - a - skipped < 8:
        w = words[a - 1]
        lw = lows[a - 1]
        if a < len(starts) and "\n" in text[ends[a - 1]:starts[a]]:
            break  # "11:40\nOur correspondent says": a line break ends the speaker's phrase
        if w == ")" and a >= 3 and words[a - 3] == "(" and words[a - 2][:1].isupper():
            # "the leader of the Tigray People's Liberation Front (TPLF)": the acronym belongs to the name
            a -= 3
            skipped += 3
            continue
        if w in ("'", "’") and a >= 2 and lows[a - 2].endswith("s") and starts[a - 1] == ends[a - 2] \
                and a < b and ends[a - 1] < starts[a]:
            a -= 1  # "the Houthis' military spokesman": a plural possessive, not a quotation mark
            continue
        if w in _PUNCT_BOUNDARY or lw in ("who", "which", "that"):
            break
        if lw in VERBS and w[:1].islower() and not _is_noun_use(words, lows, a - 1):
            break  # another reporting verb: "Colville said families are reporting ..." (not "United States")
        if w == "." and not (a >= 2 and len(words[a - 2]) == 1 and words[a - 2].isupper()):
            break
        if lw in _BOUNDARY_WORDS:
            if lw in ("and", "or") and a < b and not words[a][0].isupper():
                a -= 1
                continue
            if lw == "to" and a >= 2 and lows[a - 2] in _TITLE_TO and a < b and words[a][:1].isupper() | (lows[a] == "the"):
                a -= 1  # "Haiti's ambassador to the United States": the office, not an infinitive
                continue
            break
        a -= 1
    if a > 0 and b - a - skipped >= 8 and lows[a] in _LOCATIVE | {"of", "for"}:
        # the length limit cut inside "doctors at the Al-Ahli Arab hospital in Gaza City": the head before the
        # place phrase is the speaker (the place phrase is cut off below)
        k2 = a
        while k2 > 0 and a - k2 < 3 and words[k2 - 1] not in _PUNCT_BOUNDARY and words[k2 - 1] != "." \
                and lows[k2 - 1] not in _BOUNDARY_WORDS and lows[k2 - 1] not in ("who", "which", "that") \
                and not (lows[k2 - 1] in VERBS and words[k2 - 1][:1].islower()):
            k2 -= 1
        a = k2
    if a > 0 and lows[a - 1] in ("who", "which") and a == b and a >= 2 and words[a - 2] == ",":
        # "A pro-Assad website, which initially claimed ...": the source is the antecedent.
        return _np_left(text, words, lows, starts, ends, a - 2)
    if a >= 2 and lows[a - 1] == "who" and 1 <= b - a <= 3 and words[a][:1].islower() \
            and all(words[t][:1].islower() or t > a for t in range(a, b)):
        # "residents who escaped said", "residents who reached Maiduguri said": the people the short relative
        # clause describes (its verb, then perhaps the place they reached)
        return _np_left(text, words, lows, starts, ends, a - 1)
    if a >= 3 and lows[a - 1] in _BE and lows[a - 2] == "who" and 1 <= b - a <= 2 \
            and all(words[t][:1].islower() for t in range(a, b)):
        # "lawmakers who were inside told broadcasters": the people the short relative clause describes
        return _np_left(text, words, lows, starts, ends, a - 2)
    if a > 0 and lows[a - 1] in ("what", "how", "whatever"):
        return None  # "what the Russians say" is not a report of anything
    while a < b and (lows[a] in _LEADING_ADVERBS or lows[a] in _DAY_WORDS or words[a] == "."
                     or (lows[a] in ("on", "late", "early", "last", "by") and a + 1 < b and lows[a + 1] in _DAY_WORDS)
                     or (lows[a] in ("late", "early") and a + 2 < b and lows[a + 1] == "on"
                         and lows[a + 2] in _DAY_WORDS)):
        a += 1  # "(On) Sunday the leader of ... said": the day is not part of the speaker
    while a < b and ((a > 0 and lows[a] in _DAY_PARTS and (lows[a - 1] in _DAY_WORDS or (
            # ("In the afternoon doctors at the X Medical Complex said", cut by the length limit after "the")
            a > 1 and lows[a - 1] == "the" and lows[a - 2] in ("in", "on", "during", "by") and a + 1 < b))
                     or (a > 0 and lows[a] == "the" and lows[a - 1] in ("in", "on", "during", "by") and a + 2 < b
                         and lows[a + 1] in _DAY_PARTS))
                     or (lows[a] in ("in", "on", "by", "during", "late", "early") and a + 2 < b
                         and lows[a + 1] == "the" and lows[a + 2] in _DAY_PARTS)):
        # "On Friday evening the state news agency said", "In the afternoon doctors at the hospital said" (not
        # "Night watchmen", "Evening Standard reporters")
        a += 1 if lows[a] in _DAY_PARTS else 2 if lows[a] == "the" else 3
    lead = _STATEMENT_LEAD.match(" ".join((["in"] if a > 0 and lows[a - 1] in _LEAD_PREPOSITIONS else [])
                                          + lows[a:b]))
    if lead is not None:
        # "In a statement they say ...", "In a video message the group's leader said": the channel of the words
        # comes before the speaker; it is not part of the speaker's name
        a += len(lead.group(0).split()) - (1 if a > 0 and lows[a - 1] in _LEAD_PREPOSITIONS else 0)
    for p in range(a + 1, b):
        if lows[p] in _LOCATIVE and not (lows[p] == "from" and lows[p - 1] in _STATEMENT_NOUNS) \
                and not (p + 1 < b and lows[p + 1] == "both"):  # ("officials from both sides": whose, not where)
            # ("A statement from the air force said": whose statement, not where it was made)
            b = p
            break
    if a >= b:
        return None
    if not any(words[t][0].isalpha() for t in range(a, b)):
        return None
    return a, b


_LEAD_PREPOSITIONS = {"in", "on", "via", "through"}
_STATEMENT_NOUNS = {"statement", "statements", "communique", "communiqué", "message", "announcement", "bulletin",
                    "release", "update", "post"}
_STATEMENT_LEAD = re.compile(r"^(?:in|on|via|through)\s+(?:a|an|its|their|his|her|the|one)\s+(?:[\w'’-]+\s+){0,2}?"
                             r"(?:statement|message|post|communiqu[eé]|briefing|interview|address|video|tweet|"
                             r"broadcast|letter|release)s?\s+(?=\S)")


def _previous_comma(words, k) -> int | None:
    """Index of the comma that opens the comma-delimited segment closed at k, skipping parentheses."""
    depth = 0
    for j in range(k - 1, max(-1, k - 25), -1):
        w = words[j]
        if w == ")":
            depth += 1
        elif w == "(":
            depth -= 1
        elif depth == 0 and w == ",":
            return j
        elif depth == 0 and w in (".", ";", ":"):
            return None
    return None


def _verb_group(words, lows, starts, ends, i) -> tuple[int, int, int]:
    """Return (first token of the verb group, index after the cue words, index where the scope starts)."""
    n = len(words)
    g = i
    while g > 0 and lows[g - 1] in _AUX:
        g -= 1
    j = i + 1
    lw = lows[i]
    # "cited reports that", "expressed (deep) concern(ed) that"
    if lw in ("cited", "cites") and j < n and lows[j] in ("reports", "sources", "witnesses", "residents", "officials"):
        j += 1
    if lw == "expressed":
        if j < n and lows[j] in _CONCERN_ADJ:
            j += 1
        if j < n and lows[j] in _CONCERN:
            j += 1
        else:
            return g, -1, -1
    scope = j
    # "reports from local sources that", "have said for days that": an adverbial before "that" joins the cue.
    for t in range(j, min(n, j + 5)):
        if lows[t] == "that":
            if t > j and lows[j] in ("from", "for", "in", "on", "to", "repeatedly", "again", "earlier"):
                j = t
            scope = t + 1
            break
        if words[t] == ":":
            scope = t  # "declared on Thursday:" -- the content is what follows the colon
            break
        if words[t] in _PUNCT_BOUNDARY or words[t] == ".":
            break
    if scope < n and words[scope] == ":":
        scope += 1
    return g, j, scope


ACCOUNT_AFTER = re.compile(r"\s+(?:a|an|the|their|its|his|her)\s+(?:(?:very|quite|starkly|sharply|rather|somewhat)\s+)?"
                           r"(?:different|opposite|conflicting|contrary|contradictory|differing|opposing|own|similar|"
                           r"same|other|another|fuller|detailed|first-hand|first-person)\s+(?:account|version)s?\b",
                           re.IGNORECASE)
TOLL_AFTER = re.compile(r"\s+(?:(?:the\s+|a\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:death\s+)?(?:toll|figure|count)s?\b|"
                        r"(?:(?:about|around|at\s+least|more\s+than|nearly|almost|over)\s+)?\d[\d,]*\s+(?:dead|killed|deaths)\b)",
                        re.IGNORECASE)


def _verb_cue(text, words, lows, starts, ends, i) -> Attribution | None:
    n = len(words)
    lw = lows[i]
    verb = "say" if lw == "expressed" else VERBS.get(lw, "report")
    # "Claimed footage of the fighting": a participle used as an adjective hedges what follows.
    if lw in ADJECTIVAL and (i == 0 or lows[i - 1] in ("the", "a", "an", ":", ".")) and i + 1 < n \
            and words[i + 1][0].isalpha() and lows[i + 1] not in _BOUNDARY_WORDS and lows[i + 1] not in _BE:
        s, e = _sentence_bounds(text, starts[i])
        return Attribution(starts[i], starts[i], "", starts[i], ends[i], words[i], verb, verb in HEDGING_VERBS,
                           ends[i] + 1 if ends[i] < e else e, e)
    if _is_noun_use(words, lows, i):
        return None
    g, cue_end_i, scope_i = _verb_group(words, lows, starts, ends, i)
    if cue_end_i < 0:
        return None
    sent_start, sent_end = _sentence_bounds(text, starts[i])
    nxt = words[cue_end_i] if cue_end_i < n else ""
    # Inverted: "..., said Colville." / "..., Colville said."
    if g > 0 and words[g - 1] in (",", "”", "\"", "’") and lows[i] in VERBS:
        np_after = _np_right(words, lows, cue_end_i)
        # (never "told": what follows "..., told" is whom the speaker told, "..., a spokesman told Reuters")
        if np_after is not None and lows[i] in ("said", "says", "added", "claimed", "reported", "wrote"):
            a, b = np_after
            ss, se = _trim(text, sent_start, starts[g])
            role = _role_after(words, lows, b)
            return Attribution(starts[a], ends[b - 1], text[starts[a]:ends[b - 1]], starts[g], ends[role - 1],
                               text[starts[g]:ends[role - 1]], verb, verb in HEDGING_VERBS, ss, se)
    np = _np_left(text, words, lows, starts, ends, g)
    if np is None:
        return None
    a, b = np
    if lw in SHOWING and not BROADCASTER.search(text[starts[a]:ends[b - 1]]):
        return None
    cue_last = cue_end_i - 1
    cue_start, cue_end = starts[a], ends[cue_last]
    inverted = (cue_end_i >= n or nxt in (".", "!", "?", ";") or _adverbial_tail(words, lows, cue_end_i, lw == "told")) \
        and a > 0 and words[a - 1] in (",", "”", "\"", "’")
    if inverted:
        ss, se = _trim(text, sent_start, starts[a - 1] if words[a - 1] == "," else starts[a])
    else:
        relative = _relative_between(words, lows, b, g)
        ss = starts[scope_i] if scope_i < n else len(text)
        se = _scope_end(text, ss, sent_end) if ss < sent_end else sent_end
        if relative:
            # "X, which initially claimed the attack was repelled, has ...": the scope closes at the comma.
            for t in range(scope_i, n):
                if words[t] == ",":
                    se = starts[t]
                    break
        ss, se = _trim(text, ss, max(ss, se))
    return Attribution(starts[a], ends[b - 1], text[starts[a]:ends[b - 1]], cue_start, cue_end,
                       text[cue_start:cue_end], verb, verb in HEDGING_VERBS, ss, max(ss, se))


_TAIL_START = {"on", "in", "at", "late", "early", "by", "from", "during", "after", "yesterday", "today", "tonight",
               "overnight", "earlier", "later", "last", "this", "via", "through", "afterwards", "when"}


def _adverbial_tail(words, lows, k, told: bool = False) -> bool:
    """After "..., residents said": only when and how they said it ("on Sunday", "by telephone") or a
    participle clause (", widening the conflict"), so the reported content is what came before. After "told",
    whom they told comes first ("..., a commander told reporters by telephone, adding that ...")."""
    n = len(words)
    if k >= n:
        return False
    if told and (lows[k] in _ADDRESSEES or words[k][:1].isupper() or lows[k] in _ADDRESSEE_LEAD):
        # whom they told: "told reporters", "told Reuters by phone", "told the BBC", "told state television"
        j = k
        while j < n and j - k < 5 and (lows[j] in _ADDRESSEES or lows[j] in _ADDRESSEE_LEAD or lows[j] in _ADDRESSEE_NOUNS
                                       or (words[j][:1].isupper() and words[j][:1].isalpha())):
            j += 1
        if j > k and not (j - k == 1 and lows[k] in _ADDRESSEE_LEAD):
            k = j
        if k >= n or words[k] in (".", "!", "?", ";"):
            return True
    if words[k] == ",":
        return _participle_after(words, lows, k)
    if lows[k] not in _TAIL_START:
        return False
    for t in range(k, min(n, k + 10)):
        if words[t] in (".", "!", "?", ";"):
            return True
        if words[t] == ",":
            return told and _participle_after(words, lows, t)
        if lows[t] in ("that", "and") or lows[t] in VERBS:
            return False
    return False


# whom a speaker told: "told reporters", "told journalists"
_ADDRESSEES = {"reporters", "journalists", "correspondents", "parliament", "lawmakers", "broadcasters"}
# "told the BBC", "told a news conference", "told state television", "told our correspondent"
_ADDRESSEE_LEAD = {"the", "a", "an", "our", "this", "state", "local", "national", "private", "independent"}
_ADDRESSEE_NOUNS = {"news", "agency", "television", "tv", "radio", "newspaper", "daily", "channel", "station",
                    "broadcaster", "conference", "briefing", "correspondent", "reporter", "journalist", "website",
                    "outlet", "service", "magazine", "paper", "network", "media", "press"}


def _participle_after(words, lows, k) -> bool:
    """", adding that ...", ", widening the conflict": a participle clause after the comma at k."""
    return k + 1 < len(words) and words[k + 1][:1].islower() and lows[k + 1].endswith("ing") \
        and lows[k + 1] != "saying"


def _relative_between(words, lows, b, g) -> bool:
    """True when the tokens between the source's end b and the verb group g open a relative clause."""
    return any(lows[t] in ("which", "who") for t in range(b, g))


_NOT_A_SPEAKER = {"in", "on", "at", "to", "from", "with", "after", "before", "during", "by", "late", "early",
                  "yesterday", "today", "tonight", "later", "earlier", "last", "this", "on", "via", "through"}


def _role_after(words, lows, b) -> int:
    """The end of a role set off after an inverted speaker ('..., said Yanna Bukar, a trader who walked for two days'
    -> 'a trader'), which the cue keeps as it keeps 'X, a spokesman for the council, said'; b when none."""
    n = len(words)
    if b + 2 >= n or words[b] != "," or lows[b + 1] not in ("a", "an", "the"):
        return b
    j = b + 2
    while j < n and j - b <= 7 and words[j] not in (".", "!", "?", ";", ",") and lows[j] not in ("who", "which", "that"):
        if words[j][:1].isupper() and lows[j - 1] not in ("of", "for", "in", "at", "from"):
            return b  # a name inside ("said Hassan, the Reuters correspondent"): not a common role; left out
        j += 1
    return j if j > b + 2 and j - b <= 7 else b


def _np_right(words, lows, k) -> tuple[int, int] | None:
    """Noun phrase from token k to the sentence end ("said Colville." -> Colville), or None."""
    n = len(words)
    j = k
    if k < n and lows[k] in _NOT_A_SPEAKER:
        return None  # "..., Edward Kallon, said in a statement on Sunday": how and when, not who
    while j < n and j - k < 8 and words[j] not in (".", "!", "?", ";", ","):
        w = words[j]
        lw = lows[j]
        # a clause ("said rebels were ready.") is content, not an inverted source
        if not w[0].isalpha() or lw in _BE or lw in _AUX or lw in VERBS or (lw.endswith("ed") and w[0].islower()):
            return None
        j += 1
    if j == k or (j < n and words[j] not in (".", "!", "?", ";", ",")) or j - k >= 8:
        return None
    return k, j


def _according(text, words, lows, starts, ends, i) -> Attribution | None:
    n = len(words)
    j = i + 2
    k = j
    while k < n and words[k] not in (",", ".", ";", ":", "!", "?") and k - j < 12:
        k += 1
    if k == j:
        return None
    # cut an apposition or a trailing clause: "according to X, who ..." is handled by the comma already
    src_a, src_b = j, k
    sent_start, sent_end = _sentence_bounds(text, starts[i])
    cue = (starts[i], ends[src_b - 1])
    at_end = k >= n or words[k] in (".", "!", "?", ";")
    if at_end or (i > 0 and words[i - 1] == ","):
        ss, se = _trim(text, sent_start, starts[i])
        if ss >= se and k < n and words[k] == ",":
            ss, se = _trim(text, ends[k], sent_end)
    else:
        ss, se = _trim(text, ends[k] if k < n else len(text), sent_end)
    return Attribution(starts[src_a], ends[src_b - 1], text[starts[src_a]:ends[src_b - 1]], cue[0], cue[1],
                       text[cue[0]:cue[1]], "according to", False, ss, max(ss, se))


# "a toll confirmed by the district commissioner", "figures released by the health ministry", "an attack claimed by
# the group": a passive reporting verb whose speaker follows "by"
PASSIVE_BY = {"confirmed", "reported", "announced", "released", "given", "published", "issued", "compiled",
              "provided", "claimed", "cited", "documented", "verified", "recorded", "quoted"}
_BY_STOP = {"that", "which", "who", "on", "in", "at", "as", "late", "early", "after", "before", "during", "since",
            "to", "for", "from", "with", "was", "were", "is", "are", "had", "has", "have", "but", "while"}


def _passive_by(text, words, lows, starts, ends, i) -> Attribution | None:
    """"X was confirmed by Y", "figures released by Y showed": Y is the speaker of the sentence."""
    n = len(words)
    k = i + 2
    j = k
    while j < n and j - k < 8 and words[j] not in _PUNCT_BOUNDARY and words[j] not in (".", "!", "?") \
            and lows[j] not in _BY_STOP and not (lows[j] in VERBS and words[j][0].islower()):
        j += 1
    if j == k or not any(words[t][0].isupper() or lows[t] in ("the", "a", "an", "local", "police") for t in range(k, j)):
        return None
    ss, se = _sentence_bounds(text, starts[i])
    ss, se = _trim(text, ss, se)
    verb = VERBS.get(lows[i], "report")
    return Attribution(starts[k], ends[j - 1], text[starts[k]:ends[j - 1]], starts[i], ends[j - 1],
                       text[starts[i]:ends[j - 1]], verb, verb in HEDGING_VERBS, ss, max(ss, se))


def _adverb(text, starts, ends, i, lw) -> Attribution:
    """ "reportedly", "apparently": no source; the scope is the adverb's clause (after it when it opens one)."""
    verb = ADVERBS[lw]
    s, e = _sentence_bounds(text, starts[i])
    for m in _CLAUSE_START.finditer(text, s, starts[i]):
        s = m.end()
    if text[max(0, starts[i] - 2):starts[i]] == ", " or s == starts[i]:
        s = ends[i]
    e = _scope_end(text, ends[i], e)
    s, e = _trim(text, s, e)
    return Attribution(starts[i], starts[i], "", starts[i], ends[i], text[starts[i]:ends[i]], verb, True, s, e)


def _saying(text, words, lows, starts, ends, i) -> Attribution | None:
    """ "with spokesman Josh Earnest saying:" or "..., saying ..." (source = the main clause's subject)."""
    sent_start, sent_end = _sentence_bounds(text, starts[i])
    scope = i + 1
    if scope < len(words) and lows[scope] == "that":
        scope += 1
    ss, se = _trim(text, starts[scope] if scope < len(words) else len(text), sent_end)
    se = max(ss, se)
    # "with X saying"
    for t in range(i - 1, max(-1, i - 7), -1):
        if lows[t] == "with":
            if t + 1 < i:
                a, b = t + 1, i
                return Attribution(starts[a], ends[b - 1], text[starts[a]:ends[b - 1]], starts[a], ends[i],
                                   text[starts[a]:ends[i]], "say", False, ss, se)
            break
        if words[t] in _PUNCT_BOUNDARY:
            break
    if i == 0 or words[i - 1] != ",":
        return None
    # The subject of the main clause: from the sentence start to its first verb.
    a = 0
    while a < i and (starts[a] < sent_start or lows[a] in _LEADING_ADVERBS or words[a] in (",", ":")):
        a += 1
    b = a
    while b < i and b - a < 7:
        lw = lows[b]
        if lw in _BE or lw in _AUX or lw in VERBS or (lw.endswith("ed") and words[b][0].islower()) \
                or not words[b][0].isalpha():
            break
        b += 1
    if b == a or b - a >= 7:
        return None
    return Attribution(starts[a], ends[b - 1], text[starts[a]:ends[b - 1]], starts[i], ends[i], words[i],
                       "say", False, ss, se)


# ---------------------------------------------------------------- modality

_CLAUSE_LEFT = re.compile(r"[;:,—–(\[]|\b(?:that|which|who|but|while|although|though|because|whereas)\b", re.I)
_CLAUSE_RIGHT = re.compile(r"[;:,.!?—–)\]]|\b(?:that|which|who|but|while|although|though|because|whereas)\b", re.I)
_NEG = re.compile(
    r"\b(?:not(?!\s+only)|never|no|none|nobody|nor|neither|without|failed\s+to|fails\s+to|refused\s+to|"
    r"unable\s+to|no\s+longer)\b|n['’]t\b|"
    # "Narathiwat province was spared any attack", "the north remained free of violence": the place saw none
    r"\b(?:was|were|been|is|are|remained|stayed)\s+(?:largely\s+|entirely\s+|again\s+)?(?:spared|free\s+of)\b",
    re.I,
)
_NEG_AFTER = re.compile(r"^\s*(?:did|does|do|was|were|is|are|has|have|had)\s+(?:not|never)\b|^\s*\w+n['’]t\b", re.I)
# "denied access to the hospital", "were denied entry": a refusal of something, not a denial that it happened
_REFUSED = re.compile(r"\w+\s+(?:(?:them|him|her|us|the\s+\w+)\s+)?(?:access|entry|permission|bail|passage|visas?|"
                      r"food|water|treatment|medical|aid|care|permits)\b", re.I)
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.I)
_DENY = re.compile(r"\b(?:denied|denies|deny|denying|rejected\s+claims|dismissed\s+claims)\b", re.I)
_PREP = re.compile(r"\b(?:in|at|on|during|by|from|after|before|near|into|across|against|with)\b", re.I)
# "must be arrested", "ought to be tried", "need to be held to account": an obligation or demand, not a report
_HYPO = re.compile(r"\b(?:could|might|would|if|whether|unless|should|must|ought to|needs? to|likely|possibly|perhaps|"
                   r"potentially)\b|['’]d\b", re.I)
_HYPO_MAY = re.compile(r"\bmay\b")  # lower-case only: capitalised "May" is the month
# a fear of what may come: "residents fear a new offensive", "fears of renewed fighting" (not "feared dead": deaths
# believed to have happened)
_FEARED = re.compile(r"\bfear(?:s|ed|ing)?\b(?!\s+(?:dead|killed|drowned|lost|missing|trapped)\b)", re.I)
# the event noun as the subject of a modal: "fighting could erupt", "an attack on the dam would flood villages",
# "the offensive will begin" (what might, would or will happen has not happened)
_MODAL_AFTER = re.compile(r"(?:\s+(?:on|in|at|against|near|by|of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:(?P<hypo>could|might|would|may)|(?P<future>will|shall))\s+"
                          r"(?!not\s+be\s+(?:independently\s+)?(?:verified|confirmed)|be\s+(?:held|buried|treated)\b)"
                          r"(?:\w+ly\s+)?(?:be\s+)?\w", re.I)
_FUTURE_CUES = re.compile(
    r"\b(?:will|shall|(?:is|are|am|was|were)\s+(?:set\s+|due\s+|expected\s+|going\s+|scheduled\s+|poised\s+|about\s+)?to|"
    r"plans?\s+to|planning\s+to|expected\s+to|going\s+to|set\s+to|scheduled\s+to|poised\s+to|about\s+to|imminent|"
    r"upcoming|tomorrow|next\s+(?:week|month|year))\b|['’]ll\b",
    re.I,
)
_IMMINENT = re.compile(r"\bimminent\b", re.I)
_HEDGES = re.compile(
    r"\b(?:reportedly|apparently|allegedly|purportedly|claimed|claims?|claiming|alleged|alleges|unconfirmed|"
    r"unverified|(?:no|any|without)\s+(?:independent\s+)?(?:corroborating\s+evidence|confirmation|corroboration)|could\s+not\s+be\s+(?:independently\s+)?verified|"
    r"said\s+to\s+have|believed\s+to|appears?\s+to|appeared\s+to|seems?\s+to|seemed\s+to)\b",
    re.I,
)
_TO_ASSERTED = {
    "had", "has", "have", "forced", "managed", "began", "begin", "begun", "started", "starts", "continued",
    "continue", "continues", "continuing", "quick", "able", "went", "came", "moved", "used", "helped",
    "allowed", "appeared", "appears", "seemed", "seems", "proceeded", "rushed", "returned", "went",
}
_TO_NEGATED = {"failed", "fails", "unable", "refused", "refuses", "declined"}
_TO_FUTURE = {"is", "are", "am", "set", "expected", "due", "going", "scheduled", "plans", "plan", "planning",
              "planned", "poised", "about"}
_TO_HYPO = {"likely", "unlikely", "could", "might"}
_INTENT_BARE = {"trying", "attempting", "seeking", "hoping", "aiming", "try", "tried",
                "planning", "plotting", "preparing"}  # "arrested for planning attacks"


def modality_at(text: str, start: int, end: int) -> Modality:
    """Return the modality of the predicate whose trigger is text[start:end] (sentence-relative indices).

    Precedence: negated > hypothetical > future > intent > asserted. `hedged` is set by hedging words
    anywhere before the trigger in the sentence or in the trigger's own clause.
    """
    left = 0
    for m in _CLAUSE_LEFT.finditer(text, max(0, start - 200), start):
        left = m.end()
    right_m = _CLAUSE_RIGHT.search(text, end)
    right = right_m.start() if right_m else len(text)
    prefix = text[left:start]
    cues: list[str] = []
    modality = ""

    # Negation: a negator in the clause before the trigger, with no preposition between them
    # ("No personnel were injured in the attack": "injured" is negated, "attack" is not).
    for m in _NEG.finditer(prefix):
        between = prefix[m.end():]
        if not _PREP.search(between):
            cues.append(m.group().lower())
            modality = "negated"
    if not modality:
        m = _NEG_AFTER.match(text, end, right)
        if m:
            modality, cues = "negated", [m.group().strip().lower()]
    if not modality:
        m = next((d for d in _DENY.finditer(text, 0, left) if not _REFUSED.match(text, d.start())
                  and not _BE_BEFORE.search(text, 0, d.start())), None)
        if m and left > 0:
            modality, cues = "negated", [m.group().lower()]
    after = _MODAL_AFTER.match(text[:right], end) if not modality else None
    if not modality:
        found = [m.group().lower() for m in _HYPO.finditer(prefix)] + [m.group() for m in _HYPO_MAY.finditer(prefix)]
        found += [m.group().lower() for m in _FEARED.finditer(text[left:end]) if m.end() <= len(prefix)]
        if after is not None and after.group("hypo"):
            found.append(after.group("hypo").lower())
        if found:
            modality, cues = "hypothetical", found
    if not modality:
        found = [" ".join(m.group().lower().split()) for m in _FUTURE_CUES.finditer(prefix)]
        m = _IMMINENT.search(text, end, right)
        if m:
            found.append("imminent")
        if after is not None and after.group("future"):
            found.append(after.group("future").lower())
        if found:
            modality, cues = "future", found
    if not modality:
        intent = _intent(text, start)
        if intent:
            modality, cues = intent
    if not modality:
        modality = "asserted"
    hedges = [" ".join(m.group().lower().split()) for m in _HEDGES.finditer(text, 0, right)]
    if modality == "asserted":
        cues = []
    return Modality(modality, bool(hedges), cues + hedges)


_WORD_BEFORE = re.compile(r"([A-Za-z’']+)\s+$")


def _intent(text: str, start: int) -> tuple[str, list[str]] | None:
    """Modality read from the words right before the trigger: "offensive to take", "close to taking"."""
    window = text[max(0, start - 60):start]
    words = re.findall(r"[A-Za-z’']+|[^\sA-Za-z]", window)
    if not words:
        return None
    prev = words[-1].lower()
    if prev == "to" and len(words) >= 2:
        before = words[-2].lower()
        if before in _TO_ASSERTED:
            return None
        if before in _TO_NEGATED:
            return "negated", [f"{before} to"]
        if before in _TO_FUTURE:
            return "future", [f"{before} to"]
        if before in _TO_HYPO:
            return "hypothetical", [f"{before} to"]
        return "intent", [f"{before} to"]
    if prev in _INTENT_BARE:
        return "intent", [prev]
    if prev == "of" and len(words) >= 3 and words[-2].lower() == "verge":
        return "intent", ["on the verge of"]
    return None


# Every pattern above behind a first-character guard: the same matches, found faster (see analyze/rx.py).
from .rx import guard_patterns  # noqa: E402

guard_patterns(globals())
