"""Place-name recognition: which spans of a sentence are gazetteer names used as places.

Tokens are words (apostrophes inside kept, a trailing "'s" split off as a possessive). A span starts
at a capitalised word (or an Arabic article before one: "al-Bab") and is the longest run of words,
joined only by spaces or hyphens, whose normalised form is a gazetteer key. Spans that are part of a
person's or organisation's name, or adjectives ("Aleppo-based"), are dropped here; choosing among
places of the same name is `resolve`'s job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitroom.geo.cues import Cues
from sitroom.geo.gazetteer import FUZZY_COUNTRIES, Gazetteer
from sitroom.geo.names import ARTICLES, collapse, fold_token, key_from_tokens

_TOKEN = re.compile(r"[^\W_]+(?:['’‘ʼ`][^\W_]+)*")  # underscores split: "#Talbiseh_Direct"
_QUOTES = frozenset("'’‘ʼ`")
# Text between two words that still joins them into one name.
_JOINERS = frozenset({" ", "-"})
# Lowercase words that may sit between an organisation word and a place inside one name.
# ("in" is left out: headlines put places after organisations: "Civil Defense Center in Kafrnabel").
_CONNECTORS = frozenset({"of", "for", "and", "de", "the"})
_AREAS = frozenset({"country", "admin1", "admin2", "region"})
_ABBREVIATED = frozenset({"St", "Ste", "Mt", "Ft", "Pt"})  # "St. Louis": the full stop does not end the name
_ADJECTIVE_ENDINGS = ("ish", "ian", "ese", "ean", "ern", "ist", "ists", "ians")
_TITLE_ABBREVIATIONS = frozenset({"Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Const", "Dr", "Prof", "Mr",
                                  "Mrs", "Ms", "Rev"})  # "Sen. Ted Cruz": the full stop is the title's
_SHORT_CAPS_OK_AFTER = frozenset({"the", "in", "to", "from", "into", "across", "throughout", "inside"})


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    folded: str
    cap: bool
    possessive: bool
    gap: str  # the text between the previous token and this one ("" for the first)


@dataclass
class Span:
    """A recognised name: tokens[first:last+1], with the gazetteer rows its key names."""

    first: int
    last: int
    key: str
    rows: list[int]
    initial: bool  # first word of its sentence: capitalisation is no evidence
    fuzzy: bool = False  # found by consonant key only (a transliteration the gazetteer lacks)


_FOLDS: dict[str, tuple[str, bool]] = {}  # word -> (folded form, capitalised): words recur across texts
_FOLDS_MAX = 200000


def tokenize(text: str) -> list[Token]:
    """Return the word tokens of `text` with offsets into `text`."""
    tokens: list[Token] = []
    append = tokens.append
    prev_end = 0
    folds = _FOLDS
    find = text.find
    for word in _TOKEN.findall(text):
        # Between two tokens there are only non-word characters, so the word's first occurrence from the
        # previous token's end is where the pattern matched it (cheaper than match objects).
        start = find(word, prev_end)
        token_end = end = start + len(word)
        possessive = False
        if word[-1] == "s" and len(word) > 2 and word[-2] in _QUOTES:
            word, end, possessive = word[:-2], end - 2, True
        known = folds.get(word)
        if known is None:
            folded = collapse(word.lower()) if word.isascii() and word.isalnum() else fold_token(word)
            known = (folded, word[:1].isupper())
            if len(folds) < _FOLDS_MAX:
                folds[word] = known
        append(Token(start, end, word, known[0], known[1], possessive, text[prev_end:start]))
        prev_end = token_end
    return tokens


def _is_initial(tokens: list[Token], i: int) -> bool:
    if i == 0:
        return True
    gap = tokens[i].gap
    return any(ch in gap for ch in ".!?:;\"“”\n") or (gap.strip() in ("(", "[") and i == 1)


def find_spans(tokens: list[Token], gazetteer: Gazetteer, cues: Cues, *, modifiers: bool = False,
               fuzzy: bool = True, raw: list[Span] | None = None) -> list[Span]:
    """Return the non-overlapping place-name spans in `tokens`, left to right, after the name filters.

    With `modifiers`, short all-capital names used as modifiers ("US airstrikes") are kept: geoparsing
    conventions count them as toponyms, event coding does not. `fuzzy` also tries consonant keys
    (`_fuzzy_at`); it only finds places in FUZZY_COUNTRIES. `raw`: `raw_spans(tokens, gazetteer, fuzzy)`
    when already computed.
    """
    spans: list[Span] = []
    for span in raw if raw is not None else raw_spans(tokens, gazetteer, fuzzy):
        if _keep(tokens, span, spans, gazetteer, cues, modifiers):
            spans.append(span)
    return spans


def raw_spans(tokens: list[Token], gazetteer: Gazetteer, fuzzy: bool = True) -> list[Span]:
    """Return the longest gazetteer names in `tokens`, left to right, before the name filters
    (`find_spans` applies them); spans are not to be changed, as callers share them."""
    spans: list[Span] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if not tok.cap and tok.folded not in ARTICLES:  # the common case, without a call
            i += 1
            continue
        span = _longest_at(tokens, i, gazetteer)
        if fuzzy:
            spelled = _fuzzy_at(tokens, i, gazetteer)
            if spelled is not None and (span is None or spelled.last > span.last):
                span = spelled  # "Teir Maalah" (Ter Maela) rather than a place called Teir
        if span is None:
            i += 1
            continue
        spans.append(span)
        i = span.last + 1
    return spans


def reads_across(prev: Token, nxt: Token) -> bool:
    """Whether the name scan (`raw_spans`) may read on from the word `prev` into the next word `nxt`:
    a name's words joined by a space or hyphen, initials joined by full stops ("U.S."), an abbreviation
    ("St. Louis"). When it may not, the names found up to `prev` are those found in the text ending there."""
    return nxt.gap in _JOINERS or (nxt.gap == "." and _initial(prev) and _initial(nxt)) \
        or (nxt.gap == ". " and prev.text in _ABBREVIATED)


def _longest_at(tokens: list[Token], i: int, gazetteer: Gazetteer) -> Span | None:
    tok = tokens[i]
    if not tok.cap and tok.folded not in ARTICLES:
        return None
    n = len(tokens)
    # "al-Bab", "al Bab", "ash-Sham"; but not "such as Kalaseh".
    article = (
        tok.folded in ARTICLES and i + 1 < n and tokens[i + 1].cap
        and (tokens[i + 1].gap == "-" or (tokens[i + 1].gap == " " and tok.folded in ("al", "el")))
    )
    if not tok.cap and not article:
        return None
    if article:
        first_key = tokens[i + 1].folded
        first_key = "al" if first_key in ARTICLES else first_key
    else:
        first_key = "al" if tok.folded in ARTICLES else tok.folded
    longest = gazetteer.first_tokens.get(first_key)
    if longest is None:
        return _joined_at(tokens, i, gazetteer)
    limit = i + longest + (1 if article else 0)
    last = i
    while last + 1 < min(n, limit) and not tokens[last].possessive and (
        tokens[last + 1].gap in _JOINERS or (tokens[last + 1].gap == "." and _initial(tokens[last]) and _initial(tokens[last + 1]))
        or (tokens[last + 1].gap == ". " and tokens[last].text in _ABBREVIATED and tokens[last + 1].cap)
    ):  # "U.S.", "U.K.": initials joined by full stops; "St. Louis", "Mt. Lebanon"
        last += 1
    for end in range(last, i - 1, -1):
        key = key_from_tokens([t.folded for t in tokens[i:end + 1]])
        if key == "al":
            continue
        rows = gazetteer.lookup_key(key)
        if rows:
            return Span(i, end, key, rows, _is_initial(tokens, i))
    return None if article else _joined_at(tokens, i, gazetteer)


def _joined_at(tokens: list[Token], i: int, gazetteer: Gazetteer) -> Span | None:
    """"Pétion-Ville" for the gazetteer's "Pétionville", "Port-Gentil" for "Portgentil": a name of two
    capitalised parts joined by a hyphen that the gazetteer writes as one word."""
    if i + 1 >= len(tokens) or tokens[i + 1].gap != "-" or not tokens[i].cap or not tokens[i + 1].cap \
            or tokens[i].possessive or (i + 2 < len(tokens) and tokens[i + 2].gap == "-"):
        return None
    key = tokens[i].folded + tokens[i + 1].folded
    rows = gazetteer.lookup_key(key)
    return Span(i, i + 1, key, rows, _is_initial(tokens, i)) if rows else None


def person_names(tokens: list[Token], gazetteer: Gazetteer, cues: Cues) -> set[str]:
    """Return the keys of gazetteer names that `tokens` use as the last word(s) of a person's name
    ("Rep. John Burton", "Mayor Lisa Hinton"): a capitalised word that is no place, preceder or verb
    right before them, and none of the names' own words lowercase. A document that calls someone
    "Burton" once means the person when it says "Burton said" later."""
    found: set[str] = set()
    # Speakers: "Noma said", "said Noma.", "Wilson told reporters": a town's name (not a province's or a
    # big city's, which stand for their government: "Moscow said") right before a speech verb, or right
    # after one and before punctuation.
    # Also two-word names: "David Jensen said", "said Nash Riad, one of".
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.folded not in _SPEECH or tok.cap:
            continue
        if i > 0 and tokens[i - 1].cap and tok.gap == " " and not tokens[i - 1].possessive:
            if i < 2 or not tokens[i - 2].cap or tokens[i - 1].gap != " ":
                _add_person(tokens[i - 1], gazetteer, found)
            elif i < 3 or not tokens[i - 3].cap or tokens[i - 2].gap != " ":
                _add_person(tokens[i - 2], gazetteer, found)
                _add_person(tokens[i - 1], gazetteer, found)
        if i + 1 < n and tokens[i + 1].cap and tokens[i + 1].gap == " ":
            if i + 2 >= n or tokens[i + 2].gap.strip()[:1] in (",", "."):
                _add_person(tokens[i + 1], gazetteer, found)
            elif tokens[i + 2].cap and tokens[i + 2].gap == " " and (
                    i + 3 >= n or tokens[i + 3].gap.strip()[:1] in (",", ".")):
                _add_person(tokens[i + 1], gazetteer, found)
                _add_person(tokens[i + 2], gazetteer, found)
    # Both patterns below are two capitalised words in a row: look only there.
    pairs = [i for i in range(1, len(tokens)) if tokens[i].cap and tokens[i - 1].cap and tokens[i].gap == " "]
    if not pairs:
        return found
    for i in pairs:
        prev, tok = tokens[i - 1], tokens[i]
        if tok.gap != " " or not prev.cap or not tok.cap or prev.possessive or prev.text in cues.preceders:
            continue
        if prev.text.isupper() or gazetteer.first_tokens.get(prev.folded) is not None or prev.folded in ARTICLES:
            continue  # ("Al Atarib": an Arabic article, not a first name)
        if _is_initial(tokens, i - 1):
            continue  # a sentence's first word is capitalised anyway: no evidence of a first name
        span = _longest_at(tokens, i, gazetteer)
        if span is not None and span.last + 1 < len(tokens) and tokens[span.last + 1].cap \
                and tokens[span.last + 1].gap == " ":
            continue  # inside a longer capitalised run: an organisation, not a person
        if span is not None and not any(gazetteer.rows[r].feature in _AREAS for r in span.rows):
            found.add(span.key)  # countries and provinces are no surnames
    # First names: "Mary Barra", "Tyler Perry": a small place's name before a capitalised word that is
    # no place, kind word or organisation word, then a lowercase word or punctuation.
    for i in (j - 1 for j in pairs):
        tok, nxt = tokens[i], tokens[i + 1]
        if not tok.cap or tok.text.isupper() or nxt.gap != " " or not nxt.cap or nxt.text.isupper():
            continue
        if (i > 0 and tokens[i - 1].cap and tokens[i].gap == " ") or nxt.folded in cues.suffixes \
                or nxt.text in cues.organisation_words or nxt.text in cues.followers \
                or gazetteer.first_tokens.get(nxt.folded) is not None:
            continue
        if i + 2 < len(tokens) and tokens[i + 2].cap and tokens[i + 2].gap == " ":
            continue  # a longer capitalised run: an organisation or a title
        rows = gazetteer.lookup_key(tok.folded)
        if rows and not any(gazetteer.rows[r].feature in _AREAS or gazetteer.rows[r].population >= 1000000
                            for r in rows):
            found.add(tok.folded)
    return found


_SPEECH = frozenset({"said", "says", "told", "tweeted", "added", "explained", "wrote", "recalled", "insisted",
                     "admitted", "noted", "replied", "stated"})


def _add_person(tok: Token, gazetteer: Gazetteer, found: set[str]) -> None:
    """Add a single capitalised word to `found` when it names only towns (no province, country or city of
    a million): the person who speaks, not the place."""
    if tok.text.isupper():
        return
    rows = gazetteer.lookup_key(tok.folded)
    if rows and not any(gazetteer.rows[r].feature in _AREAS or gazetteer.rows[r].population >= 1000000 for r in rows):
        found.add(tok.folded)


def _fuzzy_at(tokens: list[Token], i: int, gazetteer: Gazetteer) -> Span | None:
    """Return the longest run of 1-3 capitalised words (articles allowed inside) at token i whose
    consonant key names a place in a transliteration-prone country (see `Gazetteer.lookup_consonants`)."""
    tok = tokens[i]
    n = len(tokens)
    # "Al-Fardous", and written carelessly "Al-fardous": after a capitalised article joined by a hyphen
    # the name may be lowercase.
    article = tok.folded in ARTICLES and i + 1 < n and tokens[i + 1].gap in _JOINERS and (
        tokens[i + 1].cap or (tok.cap and tokens[i + 1].gap == "-" and tokens[i + 1].folded.isalpha()))
    if not tok.cap or (tok.folded in ARTICLES and not article) or len(tok.text) < 2 or tok.text.isupper():
        return None
    if tok.folded.endswith(_ADJECTIVE_ENDINGS):
        return None  # "Kurdish", "Iranian": English adjectives, not transliterated names
    # "Alshaar", "Aljazmaty": the article written onto the name.
    if not article and tok.folded[:2] in ("al", "el") and len(tok.folded) >= 6:
        rows = gazetteer.lookup_key(tok.folded[2:]) or gazetteer.lookup_consonants(tok.folded[2:])
        if rows:
            return Span(i, i, tok.folded[2:], rows, _is_initial(tokens, i), fuzzy=True)
    last = i
    while last + 1 < min(n, i + 4) and tokens[last + 1].gap in _JOINERS and not tokens[last].possessive and (
        tokens[last + 1].cap or tokens[last].folded in ARTICLES  # "Maart al-noman": any word after an article
        or (tokens[last + 1].folded in ARTICLES and last + 2 < n and tokens[last + 2].gap in _JOINERS)
    ):
        last += 1
    for end in range(last, i - 1, -1):
        if tokens[end].folded in ARTICLES:
            continue
        key = key_from_tokens([t.folded for t in tokens[i:end + 1]])
        rows = gazetteer.lookup_consonants(key) or _french_u(key, gazetteer)
        if rows:
            return Span(i, end, key, rows, _is_initial(tokens, i), fuzzy=True)
    return None


def _french_u(key: str, gazetteer: Gazetteer) -> list[int]:
    """"Tajoura", "Houla": the French spelling "ou" of the vowel English writes "u" ("Tajura"), for
    names too short for consonant keys; only towns and smaller in transliteration-prone countries."""
    if "ou" not in key:
        return []
    return [r for r in gazetteer.lookup_key(key.replace("ou", "u"))
            if gazetteer.rows[r].iso2 in FUZZY_COUNTRIES and gazetteer.rows[r].feature not in ("country", "admin1", "region")]


def _initial(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.text.isupper()


def _keep(tokens: list[Token], span: Span, earlier: list[Span], gazetteer: Gazetteer, cues: Cues,
          modifiers: bool = False) -> bool:
    """Return whether a matched span reads as a place name in its sentence."""
    first, last = tokens[span.first], tokens[span.last]
    words = tokens[span.first:span.last + 1]
    # Short all-capital names (US, UK, UAE) are mostly modifiers ("US airstrikes"): only "in the US".
    short_caps = (len(words) == 1 and first.text.isupper() and len(first.text) <= 3) or all(map(_initial, words))
    if short_caps and not modifiers:
        prev = tokens[span.first - 1].folded if span.first else ""
        nxt = tokens[span.last + 1] if span.last + 1 < len(tokens) else None
        gap = nxt.gap[1:] if nxt and len(words) > 1 and nxt.gap.startswith(".") else (nxt.gap if nxt else "")
        if prev not in _SHORT_CAPS_OK_AFTER or (nxt and gap in _JOINERS and not last.possessive):
            return False
    # A dateline ("WASHINGTON (AP) —", "ALEPPO, Syria"): an all-capital name before a bracket, dash or
    # comma is a place whatever comes before it.
    after = tokens[span.last + 1].gap.lstrip(" ") if span.last + 1 < len(tokens) else ""
    if all(w.text.isupper() for w in words) and len(first.text) >= 4 and after[:1] in ("(", "—", "–", ","):
        return True
    if span.first == span.last and _before_nickname(tokens, span.last) and not any(
            gazetteer.rows[r].feature in _AREAS or gazetteer.rows[r].population >= 100000 for r in span.rows):
        return False  # Joaquin "El Chapo" Guzman: a first name before a quoted nickname and a surname
    if _names_landmark(tokens, span, gazetteer, cues):
        return False  # "Pearl Roundabout", "the Planalto presidential palace": a site's name, not a town
    if span.first > 0 and _after_title(tokens, span.first, cues):
        return False  # "President Vladimir Putin", "Mayor Virginia Lopez": part of a person's name
    if _in_street_name(tokens, span.first):
        return False  # "Plaza de Bolivar", "Avenida de Mayo": a square or street named after a person or a date
    # A capitalised word right before the name makes it the end of a longer proper name.
    if span.first > 0:
        prev = tokens[span.first - 1]
        prev_is_place = bool(earlier) and earlier[-1].last == span.first - 1
        # A sentence's first word in -ing/-ed ("Targeting Huraytan") is a verb, not part of a name; nor
        # is any first word before a country, province or city ("Given Tunisia's", "Overall Edmonton").
        verb_first = _is_initial(tokens, span.first - 1) and (
            prev.folded.endswith(("ing", "ed")) or any(
                gazetteer.rows[r].feature in _AREAS or gazetteer.rows[r].population >= 100000 for r in span.rows)
        )
        known = modifiers and any(  # geoparsing counts "Air France", "Aberdeen Asset Management"
            gazetteer.rows[r].feature in _AREAS or gazetteer.rows[r].population >= 100000 for r in span.rows)
        if first.gap == " " and prev.cap and not prev.possessive and not prev_is_place and not verb_first \
                and not known:
            if prev.text not in cues.preceders:
                return False  # "Rami Jarrah", "John Kerry", "Fatah al-Sham"
        if _inside_organisation(tokens, span.first, cues) and not known:  # "Central Bank of Malta" counts
            return False
    if span.last + 1 < len(tokens) and not last.possessive:
        nxt = tokens[span.last + 1]
        if span.first == span.last and first.text in cues.organisation_words and nxt.folded == "of" \
                and nxt.gap == " ":
            return False  # "University of Manitoba", "Alliance of Automobile Manufacturers": not towns
        # Geoparsing conventions (modifiers) count a well-known place that opens a longer name
        # ("Quebec Health Minister", "New York Times"); event coding does not.
        known = modifiers and any(
            gazetteer.rows[r].feature in _AREAS or gazetteer.rows[r].population >= 100000 for r in span.rows
        )
        if nxt.gap == " " and nxt.cap and nxt.text not in cues.followers and not known \
                and nxt.text not in cues.facility_words:  # "Al-Latamneh Hospital": in Latamneh
            if nxt.folded not in cues.suffixes and gazetteer.first_tokens.get(nxt.folded) is None:
                return False  # "New York Times", "Syria Daily", "Aleppo Media Center"
            if nxt.text in cues.organisation_words:
                return False
        if nxt.gap == "-" and not nxt.cap and nxt.folded in cues.adjective_suffixes and not modifiers:
            return False  # "Aleppo-based" (a place to geoparsing conventions, not to event coding)
        if nxt.gap == "-" and nxt.cap and gazetteer.first_tokens.get(nxt.folded) is None and not any(
                gazetteer.rows[r].feature in _AREAS or gazetteer.rows[r].population >= 100000 for r in span.rows):
            return False  # "Wal-Mart", "Green-Karol": one hyphenated name, not a small place
    return True


# Romance-language names of squares, streets, parks and bridges, and the particles that join them to the
# person, date or place they are named after ("Plaza de Bolivar", "Place de la Republique", "Praca da Se")
_STREET_NOUNS = frozenset({"plaza", "plazuela", "place", "piazza", "piazzale", "praca", "praça", "largo", "avenida",
                           "calle", "carrera", "paseo", "parque", "puente", "rue", "rua", "via", "viale", "corso",
                           "boulevard", "glorieta", "rambla", "alameda", "malecon", "malecón", "pont", "parc"})
_STREET_LINKS = frozenset({"de", "del", "la", "las", "los", "da", "do", "dos", "das", "di", "della", "delle", "dei",
                           "du", "des", "le"})


def _in_street_name(tokens: list[Token], i: int) -> bool:
    """Return whether token i follows a square's or street's noun and its particles ("Plaza de", "Place de
    la"): the name is part of the square's or street's name, not the town of that name."""
    j = i - 1
    links = 0
    while j >= 0 and links < 2 and not tokens[j].cap and tokens[j].folded in _STREET_LINKS:
        j -= 1
        links += 1
    return links > 0 and j >= 0 and tokens[j].cap and tokens[j].folded in _STREET_NOUNS


_OPEN_QUOTES = ('"', "\u201c")
_CLOSE_QUOTES = ('"', "\u201d")


def _before_nickname(tokens: list[Token], i: int) -> bool:
    """Return whether token i is followed by a quoted capitalised nickname of at most three words and a
    capitalised surname (Joaquin "El Chapo" Guzman, Mohammed "Hemedti" Dagalo): a person's first name."""
    j = i + 1
    if tokens[i].possessive or j >= len(tokens) or not tokens[j].cap or tokens[j].gap[:1] != " " \
            or tokens[j].gap.strip() not in _OPEN_QUOTES:
        return False
    k = j + 1
    while k < len(tokens) and k < j + 3 and tokens[k].gap == " " and tokens[k].cap:
        k += 1
    return k < len(tokens) and tokens[k].cap and tokens[k].gap[:1] in _CLOSE_QUOTES \
        and tokens[k].gap[1:] == " "


def _names_landmark(tokens: list[Token], span: Span, gazetteer: Gazetteer, cues: Cues) -> bool:
    """Return whether the span is the name of a landmark: a capitalised landmark word follows it ("Pearl
    Roundabout", "Azadi Stadium"), or, after "the", a lowercase one, at most one word on ("the Planalto
    presidential palace"). Such sites are named after things, people and ideas, so a town of the name
    elsewhere is no reading; a country, province or city of 100,000+ people keeps it ("Kabul Stadium")."""
    j = span.last + 1
    if tokens[span.last].possessive or j >= len(tokens) or tokens[j].gap != " ":
        return False
    if tokens[j].cap:
        if tokens[j].folded not in cues.landmark_words:
            return False
    else:
        if span.first == 0 or tokens[span.first - 1].folded != "the" or tokens[span.first].gap != " ":
            return False
        if tokens[j].folded not in cues.landmark_words:
            j += 1
            if j >= len(tokens) or tokens[j].gap != " " or tokens[j].cap or tokens[j].folded not in cues.landmark_words:
                return False
    return not any(gazetteer.rows[r].feature in _AREAS or gazetteer.rows[r].population >= 100000 for r in span.rows)


def _after_title(tokens: list[Token], i: int, cues: Cues) -> bool:
    """Return whether token i follows a title ("President", "Sen.") through at most three capitalised
    words or initials of a name ("President George H. W. Bush")."""
    j = i - 1
    for _ in range(4):
        if j < 0 or tokens[j + 1].gap not in (" ", ". "):
            return False
        tok = tokens[j]
        if not tok.cap:
            return False
        if tok.text in cues.titles and (tokens[j + 1].gap == " " or tok.text in _TITLE_ABBREVIATIONS):
            return True
        if tokens[j + 1].gap == ". " and not _initial(tok):
            return False  # a sentence's end, not an initial's full stop
        j -= 1
    return False


def _inside_organisation(tokens: list[Token], i: int, cues: Cues) -> bool:
    """Return whether the words before token i chain back ("... Cooperation in Europe") to an
    organisation word through connectors and capitalised words."""
    j = i - 1
    saw_connector = False
    while j >= 0 and tokens[j + 1].gap in (" ",):
        tok = tokens[j]
        title_chain = (  # "Security and Cooperation in Europe": "in" inside a Title Case chain
            tok.folded == "in" and j >= 2 and tokens[j - 1].cap and tokens[j - 2].folded in _CONNECTORS
            and not tokens[j - 2].cap
        )
        if (tok.folded in _CONNECTORS or title_chain) and not tok.cap:
            saw_connector = True
        elif tok.cap:
            if saw_connector and tok.text in cues.organisation_words:
                return True
            if not saw_connector:
                return False
            saw_connector = False
        else:
            return False
        j -= 1
    return False
