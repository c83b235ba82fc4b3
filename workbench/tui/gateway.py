"""The UI's only door to the storage layer: one Store, used from worker threads one call at a
time. The UI never imports sqlite3 and never writes SQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from workbench.store import Store

T = TypeVar("T")


@dataclass(frozen=True)
class ReadFirst:
    """A write that needs slow work first (a claim's words read with the language model):
    `make` runs in the write's worker before the write takes the lock, which stays free for
    the screen's reads meanwhile, and returns the write, called with the Store."""

    make: Callable[[], Callable[[Store], Any]]


class StoreGateway:
    """Serialises calls to one Store from any thread; slow work stays outside the lock."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self.calls = 0
        """How many calls have run: a call's number orders what it read against others."""

    def call(self, function: Callable[..., T], *args, **kwargs) -> T:
        """Run `function(store, *args, **kwargs)` alone on the connection."""
        return self.numbered(function, *args, **kwargs)[1]

    def numbered(self, function: Callable[..., T], *args, **kwargs) -> tuple[int, T]:
        """`call`, with the call's number: of two reads of one claim, the higher number saw
        the later state, whichever of their results reaches the UI first."""
        with self._lock:
            self.calls += 1
            return self.calls, function(self.store, *args, **kwargs)

    def close(self) -> None:
        with self._lock:
            self.store.close()
