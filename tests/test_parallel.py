"""Work shared out among forked processes gives the plain loop's results, whatever happens."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from l10n.parallel import CAN_FORK, available_processors, map_in_processes

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


KILLED_PARENT = """
import os, sys, time
from l10n.parallel import map_in_processes

def work(number):
    if os.getpid() != PARENT:
        time.sleep(60)
    return number

PARENT = os.getpid()
print("started", flush=True)
map_in_processes(work, list(range(3)), 3)
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
def test_children_do_not_outlive_a_killed_parent(how: int) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", KILLED_PARENT],
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
