"""Exception types. Each message names the input (file, line, key or value) and says how to fix it."""


class SitroomError(Exception):
    """Base class: the CLI prints `sitroom: <message>` and exits non-zero."""


class InputError(SitroomError):
    """A report input that cannot be read: `origin` names it, the message says why."""

    def __init__(self, origin: str, reason: str):
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class KnowledgeError(SitroomError):
    """A shipped or user-edited knowledge file (actors, sources, triggers, gazetteer) is invalid."""

    def __init__(self, path: str, line: int | None, reason: str):
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


class StoreError(SitroomError):
    """The database cannot be opened or written."""
