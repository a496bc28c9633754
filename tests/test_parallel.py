"""Work shared out among forked processes gives the plain loop's results, whatever happens."""

from __future__ import annotations

import os
import signal

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
def test_children_do_the_work() -> None:
    pids = map_in_processes(lambda _: os.getpid(), range(6), 3)
    assert pids[0] == pids[1] == PARENT
    assert len(set(pids)) == 3


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
