"""Work shared out among forked processes gives the plain loop's results, whatever happens."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from l10n.parallel import CAN_FORK, Workers, available_processors, map_in_processes

needs_fork = pytest.mark.skipif(not CAN_FORK, reason="no fork on this platform")
PARENT = os.getpid()


def square(number: int) -> int:
    return number * number


def no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.mark.parametrize("processes", [0, 1, 2, 3, 8])
@pytest.mark.parametrize("size", [0, 1, 2, 5, 100])
def test_the_results_are_the_plain_loops(processes: int, size: int) -> None:
    items = list(range(size))
    assert map_in_processes(square, items, processes) == [square(item) for item in items]
    assert no_children_left()


@needs_fork
def test_children_do_the_work_with_what_they_inherit() -> None:
    """The function is a closure, which pickle cannot send: the workers inherit it."""
    offset = 10
    pids = map_in_processes(lambda number: (os.getpid(), number + offset), range(6), 3)
    assert [number for _, number in pids] == list(range(10, 16))
    workers = {pid for pid, _ in pids}
    assert PARENT not in workers
    assert 1 <= len(workers) <= 3
    assert no_children_left()


def fails_in_a_child(number: int) -> int:
    if os.getpid() != PARENT:
        raise RuntimeError("only children fail")
    return number + 1


def killed_in_a_child(number: int) -> int:
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return number + 1


def unpicklable_in_a_child(number: int) -> object:
    if os.getpid() != PARENT:
        return lambda: number  # a result the child cannot send
    return number


@needs_fork
@pytest.mark.parametrize("function", [fails_in_a_child, killed_in_a_child, unpicklable_in_a_child])
def test_a_failing_child_s_share_is_done_here(function: object) -> None:
    items = list(range(10))
    expected = [function(item) for item in items]  # type: ignore[operator]
    assert map_in_processes(function, items, 3) == expected  # type: ignore[arg-type]
    assert no_children_left()


def fails_on_seven(number: int) -> int:
    if number == 7:
        raise ValueError("seven")
    return number


@pytest.mark.parametrize("processes", [1, 3])
def test_an_error_in_the_work_is_raised_as_in_the_loop(processes: int) -> None:
    for items in (list(range(10)), [7, 1, 2, 3, 4, 5]):
        with pytest.raises(ValueError, match="seven"):
            map_in_processes(fails_on_seven, items, processes)
        assert no_children_left()


def test_there_is_a_processor() -> None:
    assert available_processors() >= 1


@needs_fork
@pytest.mark.parametrize("function", [square, fails_in_a_child, killed_in_a_child])
def test_children_reaped_by_the_system_still_give_the_plain_loop_s_results(
    function: object,
) -> None:
    """A parent may start us with SIGCHLD ignored: the children would be reaped as they end,
    and `os.waitpid` find none; the pool, which waits for them so, is not started."""
    items = list(range(10))
    expected = [function(item) for item in items]  # type: ignore[operator]
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert map_in_processes(function, items, 3) == expected  # type: ignore[arg-type]
    finally:
        signal.signal(signal.SIGCHLD, previous)
    assert no_children_left()


def in_workers(function: Any, items: list[int], processes: int) -> list[Any]:
    """What `Workers` gives for each item, each task sent before any result is asked for."""
    with Workers(processes) as workers:
        tasks = [workers.submit(function, item) for item in items]
        return [task.result() for task in tasks]


@pytest.mark.parametrize("processes", [0, 1, 2, 3])
@pytest.mark.parametrize("size", [0, 1, 2, 5, 100])
def test_workers_give_the_plain_loop_s_results(processes: int, size: int) -> None:
    items = list(range(size))
    assert in_workers(square, items, processes) == [square(item) for item in items]
    assert no_children_left()


def with_pid(number: int) -> tuple[int, int]:
    return os.getpid(), number


@needs_fork
def test_workers_are_forked_once_after_the_first_task_is_done_here() -> None:
    pids = in_workers(with_pid, list(range(12)), 2)
    assert [number for _, number in pids] == list(range(12))
    assert pids[0][0] == PARENT  # what it loads on first use, the workers inherit
    workers = {pid for pid, _ in pids[1:]}
    assert PARENT not in workers
    assert 1 <= len(workers) <= 2  # the same workers for every task
    assert no_children_left()


@needs_fork
@pytest.mark.parametrize("function", [fails_in_a_child, killed_in_a_child, unpicklable_in_a_child])
def test_a_task_a_worker_fails_is_done_here(function: Any) -> None:
    items = list(range(10))
    assert in_workers(function, items, 3) == [function(item) for item in items]
    assert no_children_left()


@pytest.mark.parametrize("processes", [1, 3])
def test_an_error_in_a_task_is_raised_where_its_result_is_asked_for(processes: int) -> None:
    for items in (list(range(10)), [7, 1, 2, 3, 4, 5], [1, 7]):
        with Workers(processes) as workers:
            tasks = [workers.submit(fails_on_seven, item) for item in items]
            for item, task in zip(items, tasks, strict=True):
                if item == 7:
                    with pytest.raises(ValueError, match="seven"):
                        task.result()
                else:
                    assert task.result() == item
        assert no_children_left()


@needs_fork
def test_workers_with_children_reaped_by_the_system_do_the_work_here() -> None:
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert in_workers(with_pid, list(range(5)), 3) == [(PARENT, n) for n in range(5)]
    finally:
        signal.signal(signal.SIGCHLD, previous)
    assert no_children_left()


KILLED_PARENT = """
import os, sys, time
from l10n.parallel import Workers, map_in_processes

def work(number):
    if os.getpid() != PARENT:
        time.sleep(60)
    return number

PARENT = os.getpid()
print("started", flush=True)
if sys.argv[1] == "map":
    map_in_processes(work, list(range(3)), 3)
else:
    with Workers(3) as workers:
        tasks = [workers.submit(work, number) for number in range(4)]
        [task.result() for task in tasks]
"""


def _alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie waiting for its reaper has ended)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's parent-death signal")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
@pytest.mark.parametrize("sharing", ["map", "workers"])
def test_children_do_not_outlive_a_killed_parent(how: int, sharing: str) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", KILLED_PARENT, sharing],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert parent.stdout is not None
    assert parent.stdout.readline() == b"started\n"
    children_file = Path(f"/proc/{parent.pid}/task/{parent.pid}/children")
    if not children_file.exists():
        parent.kill()
        parent.wait()
        pytest.skip("this kernel does not list a process's children")
    deadline = time.monotonic() + 10
    children: list[int] = []
    while len(children) < 3 and time.monotonic() < deadline:
        children = [int(pid) for pid in children_file.read_text().split()]
        time.sleep(0.01)
    assert len(children) == 3
    parent.send_signal(how)
    parent.wait(10)
    deadline = time.monotonic() + 10
    while any(map(_alive, children)) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not any(map(_alive, children))


INTERRUPTED = """
import os, signal, time
from l10n.parallel import Workers

signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started with it ignored

def work(number):
    if os.getpid() != PARENT:
        time.sleep(0.5)
    return number

PARENT = os.getpid()
try:
    with Workers(2) as workers:
        tasks = [workers.submit(work, number) for number in range(40)]
        print("started", flush=True)
        [task.result() for task in tasks]
except KeyboardInterrupt:
    try:
        os.waitpid(-1, os.WNOHANG)
        print("children left", flush=True)
    except ChildProcessError:
        print("interrupted, no children left", flush=True)
"""


@needs_fork
def test_ctrl_c_ends_the_workers_and_reaches_the_parent() -> None:
    """Ctrl-C reaches every process of the terminal's group: the workers ignore it, and the
    parent, leaving the `with` block, ends them (the tasks begun end, the others are
    cancelled) before the interruption goes on."""
    parent = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTED],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[1],
        start_new_session=True,
    )
    assert parent.stdout is not None
    assert parent.stdout.readline() == b"started\n"
    time.sleep(0.2)
    os.killpg(parent.pid, signal.SIGINT)
    out, _ = parent.communicate(timeout=30)
    assert out == b"interrupted, no children left\n"
