"""Worker processes: forked where the system can fork, so they inherit this process's lexicon, matchers and data."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    """Whether children can be forked (they inherit memory instead of receiving pickled copies)."""
    return "fork" in multiprocessing.get_all_start_methods()


def process_pool(
    workers: int, *, initializer: Callable[..., object] | None = None, initargs: tuple[Any, ...] = ()
) -> ProcessPoolExecutor:
    """A pool of `workers` processes, forked when possible, else spawned.

    A spawned child imports the stages afresh: give it `lexicon.start_worker` as initializer, so that their
    matchers are built from the project's lists.
    """
    context = multiprocessing.get_context("fork" if can_fork() else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer, initargs=initargs)


_HANDED_OVER: list[Callable[[], Any]] = []  # the tasks of run_forked: inherited by forked children, not pickled


def run_forked(tasks: list[Callable[[], T]]) -> list[T]:
    """Each task's result, the tasks run at the same time in forked children (one after another where no fork).

    The children inherit the tasks and their data instead of receiving pickled copies, and the memory a task
    takes leaves with its child; only the results are pickled back.
    """
    global _HANDED_OVER
    if not can_fork():
        return [task() for task in tasks]
    _HANDED_OVER = list(tasks)
    try:
        with process_pool(len(tasks)) as pool:
            futures = [pool.submit(_run_handed_over, index) for index in range(len(tasks))]
            return [future.result() for future in futures]
    finally:
        _HANDED_OVER = []


def _run_handed_over(index: int) -> Any:
    return _HANDED_OVER[index]()
