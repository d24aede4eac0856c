"""YAML loading that remembers line numbers, so knowledge errors can name the line that is wrong."""
from __future__ import annotations

import string
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from sitroom.errors import KnowledgeError


class LDict(dict):
    """A mapping from a YAML file: `line` is where it starts, `lines[key]` where each key is."""

    line: int = 0
    lines: dict[Any, int]


class LList(list):
    """A sequence from a YAML file: `line` is where it starts, `lines[i]` where item i is."""

    line: int = 0
    lines: list[int]


class _Loader(yaml.SafeLoader):
    pass


def _mapping(loader: _Loader, node: yaml.MappingNode) -> LDict:
    loader.flatten_mapping(node)
    out = LDict()
    out.line = node.start_mark.line + 1
    out.lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise KnowledgeError(loader.name, key_node.start_mark.line + 1, f"duplicate key {key!r}")
        value = loader.construct_object(value_node, deep=True)
        if isinstance(value, (LDict, LList)):
            value.line = key_node.start_mark.line + 1  # errors about a whole entry point at its key
        out[key] = value
        out.lines[key] = key_node.start_mark.line + 1
    return out


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> LList:
    out = LList(loader.construct_object(item, deep=True) for item in node.value)
    out.line = node.start_mark.line + 1
    out.lines = [item.start_mark.line + 1 for item in node.value]
    return out


def _timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    # PyYAML raises a bare ValueError for 2016-13-01; say where and how to fix it instead
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        raise KnowledgeError(loader.name, node.start_mark.line + 1, f"{node.value!r} is not a date (write YYYY-MM-DD)")


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load_yaml(path: Path) -> LDict:
    """Return the top-level mapping of a YAML file, with line numbers kept.

    Raises KnowledgeError(path, line, reason) when the file is unreadable, not YAML, or not a mapping.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(str(path), None, f"cannot read ({exc.strerror})") from exc
    loader = _Loader(text)
    loader.name = str(path)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise KnowledgeError(str(path), line, f"not valid YAML: {exc.problem}") from exc
    finally:
        loader.dispose()
    if not isinstance(data, LDict):
        raise KnowledgeError(str(path), None, "the file must be a YAML mapping at the top level")
    return data


class Checker:
    """Small helpers that raise KnowledgeError naming the file and line of the offending value."""

    def __init__(self, path: Path):
        self.path = str(path)

    def fail(self, line: int | None, reason: str) -> None:
        raise KnowledgeError(self.path, line, reason)

    def keys(self, node: Any, allowed: set[str], where: str, required: tuple[str, ...] = ()) -> LDict:
        """Return `node` after checking it is a mapping with only `allowed` keys and all `required` ones."""
        if not isinstance(node, LDict):
            self.fail(getattr(node, "line", None), f"{where}: expected a mapping")
        for key in node:
            if key not in allowed:
                self.fail(node.lines[key], f"{where}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
        for key in required:
            if key not in node:
                self.fail(node.line, f"{where}: missing required key {key!r}")
        return node

    def text(self, node: LDict, key: str, where: str) -> str | None:
        """Return the non-empty string at node[key], None when absent."""
        if key not in node or node[key] is None:
            return None
        value = node[key]
        if not isinstance(value, str) or not value.strip():
            self.fail(node.lines[key], f"{where}.{key}: expected a non-empty string, got {value!r}")
        return value.strip()

    def strings(self, node: LDict, key: str, where: str) -> list[tuple[str, int]]:
        """Return [(string, line)] for a list of strings at node[key] (empty when absent)."""
        if key not in node or node[key] is None:
            return []
        value = node[key]
        if not isinstance(value, LList):
            self.fail(node.lines[key], f"{where}.{key}: expected a list of strings")
        out = []
        for item, line in zip(value, value.lines):
            if not isinstance(item, str) or not item.strip():
                self.fail(line, f"{where}.{key}: expected a non-empty string, got {item!r}")
            out.append((item.strip(), line))
        return out

    def day(self, node: LDict, key: str, where: str) -> date | None:
        """Return node[key] as a date (YAML date or ISO string), None when absent."""
        if key not in node or node[key] is None:
            return None
        value = node[key]
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(node.lines[key], f"{where}.{key}: {value!r} is not a date (write YYYY-MM-DD)")
        return None  # unreachable: fail raises

    def inter(self, node: LDict, where: str) -> int | None:
        """Return node['inter'] after checking it is an ACLED inter code 1..8; None when absent."""
        if "inter" not in node:
            return None
        value = node["inter"]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 8:
            self.fail(node.lines["inter"], f"{where}.inter: {value!r} must be an ACLED inter code 1..8")
        return value

    def choice(self, node: LDict, key: str, allowed: tuple[str, ...], where: str) -> str | None:
        """Return node[key] after checking it is one of `allowed`; None when absent."""
        value = self.text(node, key, where)
        if value is not None and value not in allowed:
            self.fail(node.lines[key], f"{where}.{key}: {value!r} is not one of {', '.join(allowed)}")
        return value

    def placeholders(self, template: str, allowed: set[str], line: int, where: str) -> set[str]:
        """Return the {fields} in `template` after checking each is in `allowed`."""
        try:
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
        except ValueError as exc:
            self.fail(line, f"{where}: bad placeholder in {template!r} ({exc})")
        for f in fields:
            if f not in allowed:
                self.fail(line, f"{where}: unknown placeholder {{{f}}} in {template!r} (allowed: {sorted(allowed)})")
        return fields
