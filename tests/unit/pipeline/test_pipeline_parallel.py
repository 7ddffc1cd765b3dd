"""The pipeline's plumbing: tasks run in forked children with the parent's data, stages timed by one clock."""

from __future__ import annotations

import os
import time

import pytest

from nea_site import lexicon
from nea_site.errors import BuildError
from nea_site.model import Vocabulary
from nea_site.pipeline import parallel, produce
from nea_site.pipeline.timing import StageClock


def test_forked_tasks_see_the_parent_data_and_return_in_order() -> None:
    data = {"rows": list(range(1000))}  # never pickled: the children inherit it
    parent = os.getpid()

    def total() -> tuple[int, bool]:
        return sum(data["rows"]), os.getpid() != parent

    def count() -> tuple[int, bool]:
        return len(data["rows"]), os.getpid() != parent

    results = parallel.run_forked([total, count])
    assert [value for value, _ in results] == [499500, 1000]
    if parallel.can_fork():
        assert all(in_child for _, in_child in results)
    assert parallel._HANDED_OVER == []  # nothing held after the run


def test_a_failing_forked_task_fails_the_run() -> None:
    def broken() -> int:
        raise BuildError("the task failed")

    with pytest.raises(BuildError, match="the task failed"):
        parallel.run_forked([lambda: 1, broken])


def test_a_worker_with_other_word_lists_refuses_to_extract() -> None:
    with pytest.raises(BuildError, match="worker process read lexicon"):
        produce._init_worker(Vocabulary(), "0000000000000000")
    produce._init_worker(Vocabulary(), lexicon.current().version)  # the same lists: ready
    produce._WORKER_EXTRACTOR = None


def test_the_clock_keeps_stages_in_the_order_they_ran() -> None:
    clock = StageClock()
    with clock.stage("produce"):
        time.sleep(0.01)
    clock.add({"ingest": 0.5, "parse": 0.25})
    with clock.stage("render"):
        pass
    with pytest.raises(RuntimeError), clock.stage("mkdocs"):
        raise RuntimeError
    assert list(clock.seconds) == ["produce", "ingest", "parse", "render"]  # a failed stage is not kept
    assert clock.seconds["produce"] >= 0.01 and clock.seconds["ingest"] == 0.5


def test_a_task_started_in_a_child_runs_while_the_parent_forks_others() -> None:
    data = {"rows": list(range(100))}
    parent = os.getpid()

    def slow_sum() -> tuple[int, bool]:
        time.sleep(0.2)
        return sum(data["rows"]), os.getpid() != parent

    started = parallel.Forked(slow_sum)
    assert parallel.run_forked([lambda: len(data["rows"])]) == [100]  # a pool forked while the child runs
    value, in_child = started.result()
    assert value == 4950 and (in_child or not parallel.can_fork())
    assert started.result()[0] == 4950  # the value is kept


def test_a_failing_started_task_raises_its_error_in_the_parent_and_stop_ends_a_running_one() -> None:
    def broken() -> int:
        raise BuildError("the started task failed")

    with pytest.raises(BuildError, match="the started task failed"):
        parallel.Forked(broken).result()
    running = parallel.Forked(lambda: time.sleep(30))
    begun = time.perf_counter()
    running.stop()
    assert time.perf_counter() - begun < 10
