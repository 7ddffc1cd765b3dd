"""Worker processes: forked where the system can fork, so they inherit this process's lexicon and matchers."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any


def can_fork() -> bool:
    """Whether children can be forked (they inherit memory instead of receiving pickled copies)."""
    return "fork" in multiprocessing.get_all_start_methods()


def process_pool(
    workers: int, *, initializer: Callable[..., object] | None = None, initargs: tuple[Any, ...] = ()
) -> ProcessPoolExecutor:
    """A pool of `workers` processes, forked when possible (a spawned child imports the stages afresh)."""
    context = multiprocessing.get_context("fork") if can_fork() else None
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer, initargs=initargs)
