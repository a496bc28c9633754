"""Pure work shared out among processes forked from this one.

Reading the figures of a large catalog is pure Python held by the GIL, so threads would not
help, and spawned processes would first have to be sent the catalogs. The standard library's
`ProcessPoolExecutor`, with the fork start method, makes workers that already hold them.

Two ways to share work:
- `map_in_processes(function, items, processes)`: a function over items this process holds.
  The function and its items are left in a module variable before the pool forks, so each
  task sends a worker only an item's position, and the worker sends back only the (small)
  result. A pool is forked for each call.
- `Workers(processes)`: one pool for a whole run, to which tasks are sent as they are known,
  each a function of a module (which pickle sends by its name) and a small item that says
  where the work is (a piece of a file): the workers read their input themselves.

Where there is no fork (Windows, macOS), where the pool breaks (a worker killed, no process to
be had) or a worker fails on an item, this process computes what is missing itself: the results
are always those of the plain loop, and an error in the work is raised as the loop raises it.
"""

from __future__ import annotations

import gc
import itertools
import os
import signal
import sys
from collections.abc import Callable, Sequence
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeGuard, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

Item = TypeVar("Item")
Result = TypeVar("Result")

# macOS forbids many system libraries after a fork, so Python spawns there; we do not fork.
# (Asked of `os`: `multiprocessing` and `concurrent.futures` cost a one-process check 10 ms to
# import, and are imported only where a pool is forked.)
CAN_FORK = hasattr(os, "fork") and sys.platform != "darwin"

# The work of each running `map_in_processes`, by a number of its own: a forked worker finds
# it here, inherited from this process, instead of receiving it pickled.
_INHERITED: dict[int, tuple[Callable[[Any], Any], Sequence[Any]]] = {}
_numbers = itertools.count()


def available_processors() -> int:
    """The processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def map_in_processes(
    function: Callable[[Item], Result], items: Sequence[Item], processes: int
) -> list[Result]:
    """`[function(item) for item in items]`, the items shared out among `processes` forked
    worker processes, each taking the next item as it finishes one.

    `function` must be pure: a worker's side effects are lost with it. Its results must pickle
    (a result that does not is computed again here).
    """
    processes = min(processes, len(items))
    if _computed_here(processes):
        return [function(item) for item in items]
    number = next(_numbers)
    _INHERITED[number] = (function, items)
    try:
        futures = _submitted(number, len(items), processes)
        # A position the pool did not compute (no pool, a broken one, a failing worker) is
        # computed here, in order, so that the first error raised is the loop's.
        return [
            future.result() if _succeeded(future) else function(item)
            for future, item in zip(futures, items, strict=True)
        ]
    finally:
        del _INHERITED[number]


class Workers:
    """Up to `processes` worker processes, forked once and kept for every task of a run:
    `submit` sends a task, the next free worker takes it, and its `Task.result` waits for it.
    The first task is computed here, before the workers are forked (on the second): what it
    loads and compiles on first use, they inherit. Leaving the `with` block ends the workers:
    normally once every task is done; on an error or Ctrl-C, the tasks begun end and the
    others are cancelled.

    The function of a task must be pure and a module's own (pickle sends it by name), its item
    and its result must pickle. A task no worker computed (one process only, no fork, a broken
    pool, a failing worker, a result that does not pickle) is computed by `Task.result`, here,
    when its result is asked for.
    """

    def __init__(self, processes: int) -> None:
        self._processes = processes
        self._pool: ProcessPoolExecutor | None = None
        self._here = _computed_here(processes)
        self._warm = False

    def submit(self, function: Callable[[Item], Result], item: Item) -> Task[Result]:
        compute = partial(function, item)
        if self._here:
            return Task(compute, None)
        if self._pool is None and not self._warm:
            # The first task is computed here, before the workers are forked: what its work
            # loads and compiles on first use, the workers inherit instead of doing it again.
            self._warm = True
            return Task.computed(compute)
        try:
            if self._pool is None:
                self._pool = _forked_pool(self._processes)
            return Task(compute, self._pool.submit(function, item))
        except Exception:  # no pool could be had, or it broke (BrokenProcessPool)
            self._here = True
            return Task(compute, None)

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=error is not None)
            self._pool = None


class Task(Generic[Result]):
    """A task sent to `Workers`: `compute` computes it here, where no worker did."""

    def __init__(self, compute: Callable[[], Result], future: Future[Result] | None) -> None:
        self._compute = compute
        self._future = future

    @classmethod
    def computed(cls, compute: Callable[[], Result]) -> Task[Result]:
        """The task, computed here now (or, where it raises, when its result is asked for)."""
        try:
            result = compute()
        except Exception:
            return cls(compute, None)
        from concurrent.futures import Future

        done: Future[Result] = Future()
        done.set_result(result)
        return cls(compute, done)

    def cancel(self) -> None:
        """The task's result will not be asked for: a worker that has not begun it skips it."""
        if self._future is not None:
            self._future.cancel()
            self._future = None

    def result(self) -> Result:
        """What the task's function gives for its item (asked for once): a worker's result,
        or, where no worker gave one, computed here (raising as the function raises)."""
        future, self._future = self._future, None
        return future.result() if _succeeded(future) else self._compute()


def _computed_here(processes: int) -> bool:
    """Whether work for `processes` processes is done by this one: one process, no fork, or
    children the system reaps."""
    return processes <= 1 or not CAN_FORK or _children_reaped_by_the_system()


def _forked_pool(processes: int) -> ProcessPoolExecutor:
    """A pool of `processes` workers forked from this process (raises where none can be had)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        processes, multiprocessing.get_context("fork"), initializer=_start_worker
    )


def _children_reaped_by_the_system() -> bool:
    """Whether SIGCHLD is ignored (as some parents leave it to the programs they start): the
    system then reaps children as they end, and the pool, which waits for its workers by their
    exit status, would wait forever (CPython 3.11). The work is done here instead."""
    return hasattr(signal, "SIGCHLD") and signal.getsignal(signal.SIGCHLD) == signal.SIG_IGN


def _submitted(number: int, count: int, processes: int) -> list[Future[Any] | None]:
    """Each position's future, all of them finished; None for each where no pool could be had."""
    try:
        pool = _forked_pool(processes)
    except (OSError, ValueError):
        return [None] * count
    futures: list[Future[Any] | None] = []
    try:
        try:
            futures.extend(pool.submit(_compute, number, position) for position in range(count))
        except Exception:  # the pool broke, or could not start a worker (BrokenProcessPool)
            futures.extend([None] * (count - len(futures)))
        pool.shutdown(wait=True)
    except BaseException:  # Ctrl-C: the tasks begun end, the others are cancelled
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    return futures


def _succeeded(future: Future[Any] | None) -> TypeGuard[Future[Any]]:
    return future is not None and not future.cancelled() and future.exception() is None


def _start_worker() -> None:
    """Ctrl-C is the parent's to handle (it stops the pool); a worker's garbage dies with it,
    and a collection would only touch, and so copy, the pages it shares with its parent."""
    import multiprocessing
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.disable()
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()


def _exit_with_parent(parent_sentinel: int) -> None:
    """Ends this worker once its parent is gone: a parent killed outright (SIGKILL, SIGTERM)
    leaves no worker computing for nobody, nor waiting for work that never comes."""
    import multiprocessing.connection

    multiprocessing.connection.wait([parent_sentinel])
    os._exit(1)


def _compute(number: int, position: int) -> Any:
    """In a worker: the function of the map numbered `number` on its item at `position`."""
    function, items = _INHERITED[number]
    return function(items[position])
