"""Peak memory of a build: (time, RSS of this process, RSS of all its descendants) sampled from /proc."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SAMPLE_SECONDS = 0.02  # RSS sampling interval


@dataclass(slots=True)
class RssSampler:
    """Samples (time, RSS of this process, summed RSS of all its descendants) from /proc; empty where no /proc."""

    samples: list[tuple[float, int, int]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        """Sample until stopped."""
        page = os.sysconf("SC_PAGE_SIZE")
        pid = os.getpid()
        while not self.stop.is_set():
            own = _rss_pages(pid)
            if own is None:
                return
            children = sum(_rss_pages(child) or 0 for child in _descendants(pid))
            self.samples.append((time.perf_counter(), own * page, children * page))
            self.stop.wait(SAMPLE_SECONDS)

    def peak(self, start: float, end: float) -> tuple[int, int]:
        """Largest (self + children, children) among the samples taken between start and end."""
        window = [(own + kids, kids) for t, own, kids in self.samples if start <= t <= end]
        return (max(w[0] for w in window), max(w[1] for w in window)) if window else (0, 0)


def _rss_pages(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


@contextmanager
def sampling() -> Iterator[RssSampler]:
    """A sampler running in a thread until the block ends."""
    sampler = RssSampler()
    thread = threading.Thread(target=sampler.run, name="rss-sampler", daemon=True)
    thread.start()
    try:
        yield sampler
    finally:
        sampler.stop.set()
        thread.join()
