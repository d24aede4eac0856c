"""Wires the stages: ingest -> analyze/extract (with geo and knowledge) -> fuse -> store."""
from __future__ import annotations

import gc
import os
import re
import sys
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable, TextIO

from .errors import InputError, SitroomError
from .extract import Options, extract_claims
from .fuse import fuse
from .ingest import count_inputs, make_report, read_inputs, segment, split_sentences
from .ingest.meta import parse_published
from .models import Claim, Entry, Report, Sentence


@dataclass
class Analyzed:
    report: Report
    entries: list[Entry]
    sentences: list[Sentence]
    claims: list[Claim]


def analyze_report(report: Report, options: Options | None = None) -> Analyzed:
    """Entries, sentences and claims of one report (no database involved)."""
    entries = segment(report)
    sentences = split_sentences(report, entries)
    claims = extract_claims(report, entries, sentences, options)
    _settle_knowledge()
    return Analyzed(report, entries, sentences, claims)


def analyze_text(text: str, published: datetime | str, *, outlet: str | None = None,
                 options: Options | None = None) -> Analyzed:
    """`analyze_report` of a text given as a string: a quick way to see what sitroom reads in a passage
    (`fuse(analyze_text(...).claims)` gives its events). `published` is a datetime or a string
    `ingest.meta.parse_published` reads (ISO 8601, RFC 822); a naive time is taken as UTC."""
    when = parse_published(published)
    if when is None:
        raise ValueError(f"not a date: {published!r}")
    return analyze_report(make_report(text, published=when, outlet=outlet), options)


_settled = False


def _settle_knowledge() -> None:
    """Once the first report is analyzed, the knowledge files (gazetteer, actors, lexicon) are loaded:
    some hundreds of thousands of objects that live as long as the process. gc.freeze() takes them out
    of the cycle collector's sight, so its full collections stop walking them again and again
    (about a tenth of the CPU time of a long ingest)."""
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()


@dataclass
class IngestSummary:
    reports: int = 0
    unchanged: int = 0
    claims: int = 0
    new_events: int = 0
    updated_events: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        text = (f"{self.reports} report{'s' if self.reports != 1 else ''} ({self.unchanged} unchanged), "
                f"{self.claims} claims, {self.new_events} new events, {self.updated_events} updated events")
        if self.failed:
            text += f"; {len(self.failed)} input{'s' if len(self.failed) != 1 else ''} failed: " + \
                ", ".join(origin for origin, _ in self.failed)
        return text


def ingest_paths(paths: list[str], store, *, published: datetime | None = None, outlet: str | None = None,
                 url: str | None = None, stdin: TextIO | None = None, progress: bool = False,
                 on_error=None, jobs: int = 1) -> IngestSummary:
    """Read, extract, fuse and store every report; one transaction per report; bad inputs are reported.

    With `jobs` > 1 (0: one per CPU core), reports are analyzed by that many worker processes while this
    process fuses and stores them, in input order: the store ends up the same as with one job."""
    bar = None
    if progress:
        total = count_inputs(paths)
        if total > 1:
            from tqdm import tqdm

            bar = tqdm(total=None, unit="report", desc="ingest", file=sys.stderr, leave=False)
    try:
        return ingest_reports(read_inputs(paths, published=published, outlet=outlet, url=url, stdin=stdin),
                              store, on_error=on_error, jobs=jobs, tick=bar.update if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()


def ingest_reports(inputs: Iterable, store, *, on_error=None, jobs: int = 1, tick=None) -> IngestSummary:
    """`ingest_paths` for inputs already read: Reports, or read results (`origin`, `report`, `error`)."""
    summary = IngestSummary()

    def failed(origin: str, reason: str) -> None:
        summary.failed.append((origin, reason))
        if on_error:
            on_error(origin, reason)

    def store_one(origin: str, report: Report, analyzed: Analyzed | None) -> None:
        try:
            if store.has_report(report.id):
                saved = None
            else:
                analyzed = analyzed or analyze_report(report)
                saved = store.save_report(report, analyzed.entries, analyzed.claims, fuse)
        except SitroomError as exc:
            failed(origin, str(exc))
            return
        summary.reports += 1
        if saved is None or not saved.new_report:
            summary.unchanged += 1
            return
        summary.claims += saved.claims
        summary.new_events += saved.new_events
        summary.updated_events += saved.updated_events

    workers, lookahead = _worker_pool(jobs)
    try:
        pending: deque = deque()
        queued: set[str] = set()
        for item in inputs:
            if tick is not None:
                tick(1)
            if isinstance(item, Report):
                origin, report = item.title or item.id, item
            else:
                origin, report = item.origin, item.report
                if item.error is not None or report is None:
                    err = item.error or InputError(origin, "could not be read")
                    failed(err.origin, err.reason)
                    continue
            if workers is None:
                store_one(origin, report, None)
                continue
            # Known reports and repeats of a queued one are not analyzed: store_one finds them stored.
            work = None
            if report.id not in queued and not store.has_report(report.id):
                queued.add(report.id)
                work = workers.submit(analyze_report, report)
            pending.append((origin, report, work))
            while len(pending) > lookahead:
                _store_next(pending, store_one, failed)
        while pending:
            _store_next(pending, store_one, failed)
    finally:
        if workers is not None:
            workers.shutdown(cancel_futures=True)
    return summary


def _store_next(pending: deque, store_one, failed) -> None:
    origin, report, work = pending.popleft()
    try:
        analyzed = work.result() if work is not None else None
    except SitroomError as exc:
        failed(origin, str(exc))
        return
    store_one(origin, report, analyzed)


def _worker_pool(jobs: int):
    """A process pool of `jobs` workers (0: one per core) and how many reports may wait for the store, or
    (None, 0) for analysis in this process.

    The knowledge files are loaded here first, so that forked workers share them instead of each
    loading its own copy."""
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, not {jobs}")
    if jobs <= 1:
        return None, 0
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        analyze_text("Shelling hit Aleppo on Monday, activists said.", datetime(2016, 12, 9, tzinfo=timezone.utc))
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context), 4 * jobs


def ingest_report(report: Report, store):
    """Store one report with its claims and the re-fused events (nothing happens for a known report)."""
    if store.has_report(report.id):
        from .store import SaveResult

        return SaveResult(new_report=False, claims=0, new_events=0, updated_events=0)
    analyzed = analyze_report(report)
    return store.save_report(report, analyzed.entries, analyzed.claims, fuse)


def classify_text(text: str, published: datetime | None = None) -> tuple[str, str] | None:
    """(event_type, sub_event_type) of the main event a snippet reports, or None when it reports none."""
    published = published or _snippet_time(text)
    report = make_report(text, published=published)
    analyzed = analyze_report(report, Options(strict=False))
    claims = [c for c in analyzed.claims if "anaphoric" not in c.flags]
    if not claims:
        return None
    # the main event is the first one the text asserts; a retreat that only contradicts an advance is
    # news of its own kind (a pull-back, a withdrawal) when nothing else is reported
    asserted = [c for c in claims if c.polarity == "supports"]
    if not asserted:
        triggers = [e.text for c in claims for e in c.evidence if e.field == "trigger"]
        if any(_is_retreat(t) for t in triggers):
            return "Strategic developments", "Change to group/activity"
        return None
    main = min(asserted, key=lambda c: (_trigger_start(c), -c.confidence))
    main = _refined(main, asserted)
    if _crime_or_accident(text, main):
        return None
    if main.sub_event_type in PROTEST_SEVERITY:
        # one demonstration told over several sentences: a crowd that turns violent, or a force that
        # turns on it, later in the snippet decides its type
        main = max((c for c in asserted if c.sub_event_type in PROTEST_SEVERITY),
                   key=lambda c: PROTEST_SEVERITY.index(c.sub_event_type))
    return main.event_type, main.sub_event_type


def _refined(main: Claim, asserted: list[Claim]) -> Claim:
    """A later sentence that tells more about the main event decides its type: a taking of ground that
    came "following the withdrawal" of the other side was no fight; an attack (or a shelling) that a later
    sentence refers back to ("the attacks were carried out with grenades", "the shells contained poison
    gas") takes the weapon it names, under the codebook's weapon precedence."""
    from .extract.coding import TERRITORY, WEAPON_ORDER

    first = _sentence_start(main)
    later = [c for c in asserted if _sentence_start(c) > first]
    if main.sub_event_type in TERRITORY:
        return next((c for c in later if c.sub_event_type == "Non-violent transfer of territory"), main)
    if main.sub_event_type in ("Armed clash", "Attack") + WEAPON_ORDER:
        rank = WEAPON_ORDER.index(main.sub_event_type) if main.sub_event_type in WEAPON_ORDER else len(WEAPON_ORDER)
        for c in later:
            if c.sub_event_type in WEAPON_ORDER[:rank] and _refers_back(c):
                return c
    return main


# a definite reference back to an attack, or to the weapons of one, already told
SAME_ATTACK = re.compile(r"\b(?:the|these|those)\s+(?:\w+\s+)?(?:attacks?|assaults?|strikes?|shells?|rockets?|missiles?|"
                         r"bombs?|blasts?|explosions?|projectiles?|munitions?)\b", re.IGNORECASE)


def _refers_back(c: Claim) -> bool:
    """'the attacks were carried out with grenades': a reference to the attack, then its weapon, with no
    other event in between ('the attack came a day after an air strike' names another)."""
    text = c.sentence_text()
    ref = SAME_ATTACK.search(text)
    return ref is not None and ref.start() <= _trigger_start(c) - _sentence_start(c) \
        and not ANOTHER.search(text, ref.end())


ANOTHER = re.compile(r"\b(?:after|before|follow(?:ed|ing|s)?|preced\w+|since|earlier|previous|separate(?:ly)?|"
                     r"also|another)\b", re.IGNORECASE)


def _crime_or_accident(text: str, main: Claim) -> bool:
    """A snippet that elsewhere tells of a gang, a robbery or an accident, where no armed group or crowd
    takes part in its event, reports crime or a disaster (ACLED codes neither)."""
    from .extract.coding import CRIME, DISASTER, PROTEST_TYPES

    if main.sub_event_type in PROTEST_TYPES or main.sub_event_type in ("Air/drone strike", "Suicide bomb",
                                                                        "Sexual violence"):
        return False
    # (an armed group the text names; not the unidentified one the coder supplies when it names none)
    if any(a is not None and a.inter in (2, 3, 4, 5, 6) and a.mention for a in (main.actor1, main.actor2)):
        return False
    if STATE_VICTIM.search(main.sentence_text()):
        return False  # "a police officer was injured when a grenade exploded": an attack on the state
    return bool(CRIME.search(text) or DISASTER.search(text))


STATE_VICTIM = re.compile(r"\b(?:police|policem[ae]n|officers?|soldiers?|troops|officials?|judges?|mayors?)\b"
                          r"[^.;]{0,30}?\b(?:was|were|had been|has been|have been) (?:\w+ )?"
                          r"(?:killed|injured|wounded|shot|hurt)\b", re.IGNORECASE)


def _trigger_start(c: Claim) -> int:
    """Where the claim's own trigger stands (an actor named first is shared by every event of the sentence)."""
    return min((e.start for e in c.evidence if e.field == "trigger"), default=min(e.start for e in c.evidence))


def _sentence_start(c: Claim) -> int:
    return min((e.start for e in c.evidence if e.field == "sentence"), default=0)


PROTEST_SEVERITY = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                    "Violent demonstration")


def _is_retreat(trigger: str) -> bool:
    """A trigger of the lexicon's retreat ("loss") group: "pulled back", "withdrew", "fell back"."""
    from .extract.lexicon import groups

    return any(g.role == "loss" and g.regex.fullmatch(trigger) for g in groups())


TRIAGE_REF = datetime(2020, 1, 1, tzinfo=timezone.utc)


def _snippet_time(text: str) -> datetime:
    """A snippet has no publication time: take the latest day it names ("on 1 March", "Tuesday, Sept. 3,
    2019"), so that its own news is not mistaken for history; a snippet naming no day gets a fixed date."""
    from .analyze import find_dates

    found = [d for d in find_dates(text, ref=TRIAGE_REF.date()) if d.value is not None and not d.future]
    days = [d.value for d in found if d.precision <= 2]
    if not days:
        # "in a March 2018 attack": a snippet naming only a month is news of that month
        months = [d.value for d in found if d.precision == 3 and d.relation not in ("since", "during")]
        if not months:
            return TRIAGE_REF
        latest = max(months)
        return datetime(latest.year, latest.month, 15, 12, tzinfo=timezone.utc)
    latest = max(days)
    return datetime(latest.year, latest.month, latest.day, 12, tzinfo=timezone.utc)


def classify_rows(rows: Iterable[tuple[str, str]]) -> Iterable[tuple[str, str, str]]:
    for row_id, text in rows:
        found = classify_text(text)
        yield (row_id, found[0], found[1]) if found else (row_id, "", "")
