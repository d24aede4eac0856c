"""A cache that keeps what was used lately, for work that repeats from one report to the next."""
from __future__ import annotations

from typing import Generic, Hashable, TypeVar

V = TypeVar("V")


class Recent(Generic[V]):
    """Entries used since the last `rotate()` or the one before; older ones are dropped.

    Ingesting a stream re-fuses the claims and events near each new report, mostly the ones the
    previous report touched; anything not touched for a whole round is let go, so memory follows the
    working set instead of everything ever seen. `limit` also rotates early when one round alone
    grows that big.
    """

    def __init__(self, limit: int = 20_000):
        self.limit = limit
        self.new: dict[Hashable, V] = {}
        self.old: dict[Hashable, V] = {}

    def get(self, key: Hashable) -> V | None:
        found = self.new.get(key)
        if found is None:
            found = self.old.pop(key, None)
            if found is not None:
                self.put(key, found)
        return found

    def put(self, key: Hashable, value: V) -> None:
        if len(self.new) >= self.limit:
            self.rotate()
        self.new[key] = value

    def rotate(self) -> None:
        """Start a new round: what the round before last used and this one has not is dropped."""
        self.old = self.new
        self.new = {}

    def __len__(self) -> int:
        return len(self.new) + len(self.old)
