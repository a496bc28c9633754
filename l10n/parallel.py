"""A pure function over many inputs, shared out among processes forked from this one.

Reading the figures of a large catalog is pure Python held by the GIL, so threads would not
help, and spawned processes would first have to be sent the catalogs. A forked child already
holds them: it computes its share and sends back only the (small) results through a pipe.

Where there is no safe fork (Windows, macOS), or a child fails for any reason, this process
computes that share itself: the results are always those of the plain loop.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# macOS forbids many system libraries after a fork, so Python spawns there; we do not fork.
CAN_FORK = hasattr(os, "fork") and sys.platform != "darwin"


def available_processors() -> int:
    """The processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def map_in_processes(
    function: Callable[[Item], Result], items: Sequence[Item], processes: int
) -> list[Result]:
    """`[function(item) for item in items]`, the items shared out in order among `processes`
    processes: this one takes the first share, forked children the others.

    `function` must be pure: a child's side effects are lost with it. Its results must pickle.
    """
    processes = min(processes, len(items))
    if processes <= 1 or not CAN_FORK:
        return [function(item) for item in items]
    bounds = [len(items) * share // processes for share in range(processes + 1)]
    # (pid, read end of its pipe, its items)
    children: list[tuple[int, int, Sequence[Item]]] = []
    try:
        for share in range(1, processes):
            child_items = items[bounds[share] : bounds[share + 1]]
            # Ctrl-C or a SIGTERM waits until the child is in `children`, which the parent
            # stops, and the child in its `try`, which leaves through `os._exit`: raised any
            # earlier, it would leave a child unseen, or run this process's own code in it.
            blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING_SIGNALS)
            try:
                children.append((*_fork(function, child_items), child_items))
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        results = [function(item) for item in items[: bounds[1]]]
        while children:
            pid, reader, child_items = children.pop(0)
            child_results: list[Result] | None = _collect(pid, reader)
            if child_results is None:  # the child failed: do its share here
                child_results = [function(item) for item in child_items]
            results.extend(child_results)
        return results
    finally:
        for pid, reader, _ in children:  # only after an error in this process
            os.close(reader)
            _stop(pid)


def _fork(function: Callable[[Item], Result], items: Sequence[Item]) -> tuple[int, int]:
    """A child computing `function` over `items` and writing the pickled list to a pipe: its
    pid and the pipe's read end."""
    reader, writer = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: it must leave through os._exit, whatever happens
        status = 1
        try:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING_SIGNALS)
            _die_with(parent)
            os.close(reader)
            # Everything it makes dies with it; a collection would only touch, and so copy,
            # the pages it shares with its parent.
            gc.disable()
            payload = pickle.dumps([function(item) for item in items], pickle.HIGHEST_PROTOCOL)
            with os.fdopen(writer, "wb") as pipe:
                pipe.write(payload)
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    return pid, reader


def _collect(pid: int, reader: int) -> list[Result] | None:
    """A child's results, or None when it did not finish well. The pipe is closed and the
    child gone afterwards, whatever happens."""
    try:
        with os.fdopen(reader, "rb") as pipe:
            payload = pipe.read()
    except BaseException:
        _stop(pid)
        raise
    status = _wait(pid)
    if status is not None and status != 0:
        return None
    try:
        results: list[Result] = pickle.loads(payload)
    except Exception:  # a child cut short writes a broken pickle
        return None
    return results


def _wait(pid: int) -> int | None:
    """The child's exit status, once it is gone; None where the system reaped it already
    (SIGCHLD ignored, as some parents leave it to the programs they start): its pipe then
    tells whether it finished, by a whole pickle."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return None


def _stop(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it may have ended already
        os.kill(pid, signal.SIGKILL)
    _wait(pid)


_STOPPING_SIGNALS = {signal.SIGINT, signal.SIGTERM}
# Linux's prctl(PR_SET_PDEATHSIG): the child is sent this signal when its parent dies.
_PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """Where the system allows it (Linux), have this child killed when its parent dies, so
    that a parent killed outright (SIGTERM, SIGKILL) leaves no child computing for nobody."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request
        os._exit(1)
