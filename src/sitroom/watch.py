"""`sitroom watch`: poll feeds, live-blog pages and folders, and ingest only what is new or changed.

A report's id is the hash of its text, so a live-blog page that grew by one update is a new report
that repeats every old entry. To avoid claiming the old entries twice, the watcher remembers (in
the store's `watch_entries` table) the hash of each entry text it has ingested per source; when a
source changes, only its unseen entries are ingested, as one report holding just those entries.

URL fetching: http and https only, at most MAX_REDIRECTS redirects (each to http/https), a timeout,
and a size cap; anything else is a WatchError naming the URL.
"""
from __future__ import annotations

import hashlib
import io
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import sqlalchemy as sa

from sitroom.errors import SitroomError
from sitroom.ingest import make_report, read_inputs, segment
from sitroom.models import Report
from sitroom.store.schema import watch_entries

MAX_REDIRECTS = 5
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 5 * 1024 * 1024
USER_AGENT = "sitroom-watch/0.1 (+conflict event monitoring)"


class WatchError(SitroomError):
    """A source that cannot be watched or fetched: the message names it and says why."""


# -- fetching ---------------------------------------------------------------------------------


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 - urllib's signature
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise WatchError(f"{req.full_url}: redirected to {newurl!r}, which is not http(s)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise WatchError(f"{url}: only http:// and https:// URLs can be watched")
    return url


def fetch(url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """(body, content type) of `url`; WatchError for a bad scheme, too many redirects, a timeout,
    an HTTP error or a body over `max_bytes`."""
    check_url(url)
    opener = urllib.request.build_opener(_LimitedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise WatchError(f"{url}: {declared} bytes is over the {max_bytes}-byte limit")
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise WatchError(f"{url}: body is over the {max_bytes}-byte limit")
            return body, response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            if "not allowed" in str(exc.msg):  # urllib refuses e.g. file:// targets before asking the handler
                raise WatchError(f"{url}: redirected to {exc.headers.get('Location')!r}, which is not http(s)") from None
            raise WatchError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
        raise WatchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise WatchError(f"{url}: {exc.reason}") from None
    except TimeoutError:
        raise WatchError(f"{url}: no answer within {timeout:g} s") from None


# -- remembering what was ingested ------------------------------------------------------------


def _entry_hash(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def _seen(store, source: str) -> set[str]:
    t = watch_entries.c
    return store.read(lambda conn: set(conn.execute(sa.select(t.entry_sha1).where(t.source == source)).scalars()))


def _remember(store, source: str, hashes: set[str]) -> None:
    if not hashes:
        return
    now = datetime.now(UTC)
    store.write(lambda conn: conn.execute(
        watch_entries.insert(), [{"source": source, "entry_sha1": h, "seen_at": now} for h in sorted(hashes)]))


@dataclass
class Outcome:
    source: str
    reports: int = 0
    claims: int = 0
    new_events: int = 0
    updated_events: int = 0
    skipped: int = 0  # documents with nothing new
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        text = (f"{self.source}: {self.reports} new report{'s' if self.reports != 1 else ''}, {self.claims} claims, "
                f"{self.new_events} new events, {self.updated_events} updated")
        return text + (f"; {len(self.errors)} error(s): {'; '.join(self.errors)}" if self.errors else "")


def ingest_new_entries(store, key: str, report: Report, outcome: Outcome, ingest: Callable) -> None:
    """Ingest what `report` (the current text of source `key`) adds to what was ingested before."""
    if store.has_report(report.id):
        outcome.skipped += 1
        return
    entries = segment(report)
    texts = [report.text[e.start : e.end] for e in entries] or [report.text]
    hashes = [_entry_hash(t) for t in texts]
    seen = _seen(store, key)
    fresh = [(t, h) for t, h in zip(texts, hashes) if h not in seen and t.strip()]
    if not fresh:
        outcome.skipped += 1
        return
    if seen:
        # Only the unseen entries, in page order; the id marks which version of the source they came from.
        text = "\n\n".join(t.strip() for t, _ in fresh)
        part = make_report(text, published=report.published, outlet=report.outlet, url=report.url, title=report.title,
                           external_id=f"{key}#{_entry_hash(text)[:12]}", origin=report.origin)
    else:
        part = report
    saved = ingest(part, store)
    _remember(store, key, {h for _, h in fresh} | (set(hashes) if not seen else set()))
    if saved.new_report:
        outcome.reports += 1
    outcome.claims += saved.claims
    outcome.new_events += saved.new_events
    outcome.updated_events += saved.updated_events


# -- sources ----------------------------------------------------------------------------------


def _reports_from_text(text: str, origin: str, url: str | None, now: datetime) -> Iterator[tuple[str, Report | None, str | None]]:
    """(key, report, error) for each document in `text` (an HTML page, a feed, JSONL or plain text)."""
    for result in read_inputs(["-"], published=now, url=url, stdin=io.StringIO(text)):
        if result.report is None:
            reason = result.error.reason if result.error else "could not be read"
            yield origin, None, reason
            continue
        report = replace(result.report, origin=origin)
        if report.url and report.url != url:
            key = report.url  # a feed item: keyed by its own link
        elif report.external_id:
            key = f"{origin}#{report.external_id}"  # a JSONL line or a feed item without a link
        else:
            key = origin  # a page or a file: one document
        yield key, report, None


class Watcher:
    """Polls SOURCES (http(s) URLs of feeds or pages, folders, files) and ingests what is new."""

    def __init__(self, store, sources: list[str], *, ingest: Callable | None = None, fetcher: Callable = fetch):
        from sitroom.pipeline import ingest_report

        self.store = store
        self.sources = expand_sources(sources)
        self.ingest = ingest or ingest_report
        self.fetch = fetcher
        self._stamps: dict[Path, tuple[int, int]] = {}

    def poll(self) -> list[Outcome]:
        """One pass over every source; errors are collected per source, never raised."""
        outcomes = []
        for source in self.sources:
            outcome = Outcome(source)
            try:
                if source.startswith(("http://", "https://")):
                    self._poll_url(source, outcome)
                else:
                    self._poll_path(Path(source), outcome)
            except SitroomError as exc:
                outcome.errors.append(str(exc))
            outcomes.append(outcome)
        return outcomes

    def _take(self, text: str, origin: str, url: str | None, outcome: Outcome) -> None:
        now = datetime.now(UTC)
        for key, report, error in _reports_from_text(text, origin, url, now):
            if report is None:
                outcome.errors.append(f"{origin}: {error}")
                continue
            ingest_new_entries(self.store, key, report, outcome, self.ingest)

    def _poll_url(self, url: str, outcome: Outcome) -> None:
        body, content_type = self.fetch(url)
        charset = "utf-8"
        if "charset=" in content_type:
            charset = content_type.split("charset=", 1)[1].split(";")[0].strip() or "utf-8"
        try:
            text = body.decode(charset, errors="replace")
        except LookupError:
            text = body.decode("utf-8", errors="replace")
        self._take(text, url, url, outcome)

    def _poll_path(self, path: Path, outcome: Outcome) -> None:
        if not path.exists():
            raise WatchError(f"{path}: no such file or folder")
        files = sorted(p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)) \
            if path.is_dir() else [path]
        for file in files:
            stat = file.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
            if self._stamps.get(file) == stamp:
                continue
            self._stamps[file] = stamp
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                outcome.errors.append(f"{file}: {exc}")
                continue
            self._take(text, str(file), None, outcome)

    def run(self, interval: float, *, rounds: int | None = None, report: Callable[[Outcome], None] | None = None) -> None:
        """Poll every `interval` seconds (`rounds` times, or until interrupted)."""
        done = 0
        while rounds is None or done < rounds:
            started = time.monotonic()
            for outcome in self.poll():
                if report and (outcome.reports or outcome.errors):
                    report(outcome)
            done += 1
            if rounds is not None and done >= rounds:
                break
            time.sleep(max(0.0, interval - (time.monotonic() - started)))


def expand_sources(sources: list[str]) -> list[str]:
    """The sources to poll: URLs and paths as given; a .txt/.list file whose every line is a URL or
    an existing path is a list of sources (blank lines and # comments skipped)."""
    out: list[str] = []
    for source in sources:
        if source.startswith(("http://", "https://")):
            out.append(check_url(source))
            continue
        if "://" in source:
            raise WatchError(f"{source}: only http:// and https:// URLs can be watched")
        path = Path(source)
        if not path.exists():
            raise WatchError(f"{source}: no such file or folder")
        if path.is_file() and path.suffix in (".txt", ".list"):
            lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
            lines = [ln for ln in lines if ln and not ln.startswith("#")]
            if lines and all(ln.startswith(("http://", "https://")) or (path.parent / ln).exists() for ln in lines):
                for ln in lines:
                    out.append(check_url(ln) if "://" in ln else str(path.parent / ln))
                continue
        out.append(str(path))
    return out
