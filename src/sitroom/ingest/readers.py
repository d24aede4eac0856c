"""Input readers: paths, directories and stdin in, one ReadResult per report or failed input out."""
from __future__ import annotations

import os
import sys
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sitroom.errors import InputError
from sitroom.ingest.formats import EXPECTED, EXTENSIONS, read_format, sniff
from sitroom.ingest.meta import NO_PUBLISHED, Draft, make_report, parse_published
from sitroom.models import Report

MAX_BYTES = 50 * 1024 * 1024
_TEXT_KINDS = {"text"}


@dataclass
class ReadResult:
    """One report read from an input, or the reason an input (or one line/item of it) failed."""

    origin: str  # path, "-" for stdin, or "path#line 3" / "feed.xml#item 2"
    report: Report | None
    error: InputError | None


def read_inputs(
    paths: list[str],
    *,
    published: datetime | None = None,
    outlet: str | None = None,
    url: str | None = None,
    stdin: typing.TextIO | None = None,
) -> Iterator[ReadResult]:
    """Yields a ReadResult per report and per failed input; never raises for a bad input.

    Directories expand recursively in sorted order, skipping hidden names and files whose extension
    no reader handles. "-" reads `stdin` (default: sys.stdin). The options fill in what the document
    does not say itself.
    """
    defaults = _Defaults(published, outlet, url)
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _read_decoded(stream.read(), "-", None, defaults)
            continue
        path = Path(raw)
        if path.is_dir():
            files = list(_expand_dir(path))
            if not files:
                yield _fail(raw, f"no readable files in directory ({EXPECTED})")
            for file in files:
                yield from _read_file(file, defaults)
        else:
            yield from _read_file(path, defaults, given=raw)


def count_inputs(paths: list[str]) -> int:
    """Returns how many files (stdin counting as one) read_inputs will open for these paths."""
    total = 0
    for raw in paths:
        if raw == "-":
            total += 1
        elif os.path.isdir(raw):
            total += sum(1 for _ in _expand_dir(Path(raw)))
        elif os.path.isfile(raw):
            total += 1
    return total


@dataclass
class _Defaults:
    published: datetime | None
    outlet: str | None
    url: str | None


def _expand_dir(root: Path) -> Iterator[Path]:
    """Yields readable-looking files under root, sorted, skipping hidden files and directories."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() in EXTENSIONS:
                found.append(Path(dirpath) / name)
    yield from sorted(found, key=lambda p: p.relative_to(root).parts)


def _fail(origin: str, reason: str) -> ReadResult:
    return ReadResult(origin=origin, report=None, error=InputError(origin, reason))


def _read_file(path: Path, defaults: _Defaults, given: str | None = None) -> Iterator[ReadResult]:
    origin = given or str(path)
    if not path.exists():
        yield _fail(origin, "no such file or directory")
        return
    if not path.is_file():
        yield _fail(origin, "not a regular file")
        return
    suffix = path.suffix.lower()
    kind = EXTENSIONS.get(suffix)
    if kind is None:
        yield _fail(origin, f"unknown format '{suffix}' ({EXPECTED})")
        return
    size = path.stat().st_size  # checked before reading so a huge file is never loaded
    if size > MAX_BYTES:
        yield _fail(origin, f"file is {size / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB (split it)")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _fail(origin, f"cannot read: {exc.strerror or exc}")
        return
    text_or_reason = decode(data)
    if isinstance(text_or_reason, _Reason):
        yield _fail(origin, text_or_reason.reason)
        return
    yield from _read_decoded(text_or_reason, origin, kind, defaults)


class _Reason(typing.NamedTuple):
    reason: str


def decode(data: bytes) -> str | _Reason:
    """Returns the UTF-8 text of `data` (a BOM is dropped), or a _Reason saying why it is not a text report."""
    if not data.strip():
        return _Reason("empty file")
    sample = data[:8192]
    if b"\x00" in sample:
        return _Reason("binary file, not a text report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Other encodings are not guessed: a wrong guess would silently corrupt names and offsets.
        return _Reason(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})")
    head = text[:8192]
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > len(head) * 0.1:
        return _Reason("binary file, not a text report")
    return text


def _read_decoded(text: str, origin: str, kind: str | None, defaults: _Defaults) -> Iterator[ReadResult]:
    if not text.strip():
        yield _fail(origin, "empty file")
        return
    if kind is None or kind in _TEXT_KINDS:
        kind = sniff(text)
    for where, item in read_format(kind, text, origin):
        if isinstance(item, str):
            yield _fail(where, item)
        else:
            yield _finish(where, item, defaults, origin)


def _finish(where: str, draft: Draft, defaults: _Defaults, source: str) -> ReadResult:
    """Returns the ReadResult for one draft once publication time and defaults are settled."""
    when = parse_published(draft.published) if draft.published else None
    if when is None and draft.published and defaults.published is None:
        return _fail(where, f"cannot read publication time {str(draft.published)!r}: use YYYY-MM-DD or ISO 8601")
    when = when or (parse_published(defaults.published) if defaults.published else None)
    if when is None:
        return _fail(where, NO_PUBLISHED)
    report = make_report(
        draft.text,
        published=when,
        outlet=draft.outlet or defaults.outlet,
        url=draft.url or defaults.url,
        title=draft.title,
        external_id=draft.external_id,
        origin=source,
    )
    return ReadResult(origin=where, report=report, error=None)
