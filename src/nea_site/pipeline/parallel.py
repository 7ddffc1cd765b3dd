"""Worker processes: forked where the system can fork, so they inherit this process's lexicon, matchers and data."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

from nea_site.errors import BuildError

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


class Forked(Generic[T]):
    """One task started now in a forked child, while this process goes on; `result()` waits for it.

    A plain child and a pipe, no pool: the parent starts no thread, so it can fork again (run_forked) while the
    child runs. Where there is no fork, the task runs at once, here.
    """

    def __init__(self, task: Callable[[], T]) -> None:
        self._value: tuple[bool, Any] | None = None
        if not can_fork():
            try:
                self._value = (True, task())
            except Exception as exc:  # noqa: BLE001 - raised again by result(), as from a child
                self._value = (False, exc)
            return
        context = multiprocessing.get_context("fork")
        self._conn, end = context.Pipe(duplex=False)
        self._process = context.Process(target=_run_and_send, args=(task, end), daemon=True)
        self._process.start()
        end.close()

    def result(self) -> T:
        """The task's value; its exception is raised here."""
        if self._value is None:
            try:
                self._value = self._conn.recv()
            except EOFError:
                self._process.join()
                raise BuildError(f"a forked task ended without a result (exit code {self._process.exitcode})") from None
            finally:
                self._conn.close()
            self._process.join()
        ok, value = self._value
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def stop(self) -> None:
        """End the child if it still runs (the build failed elsewhere)."""
        if self._value is None and can_fork():
            self._process.terminate()
            self._process.join()
            self._conn.close()


def _run_and_send(task: Callable[[], Any], conn: Connection) -> None:
    try:
        outcome: tuple[bool, Any] = (True, task())
    except Exception as exc:  # noqa: BLE001 - sent to the parent, which raises it
        outcome = (False, exc)
    conn.send(outcome)
    conn.close()
