"""StageClock: wall seconds per build stage, in the order the stages ran (BuildResult.timings, `nea-site bench`)."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager


class StageClock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the block as stage `name` (kept only when the block ends normally)."""
        start = time.perf_counter()
        yield
        self.seconds[name] = time.perf_counter() - start

    def add(self, seconds: Mapping[str, float]) -> None:
        """Record seconds measured elsewhere (the CPU seconds of ingest, parse and extract summed over documents)."""
        self.seconds.update(seconds)
