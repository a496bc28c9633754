"""File-system edges shared by every writer: atomic replacement and an inter-process lock.

A write either lands whole or not at all (temporary file in the same folder, fsync, rename),
so an interrupted run never leaves a half-written catalog or page.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
from collections.abc import Iterator
from pathlib import Path

# The temporary file of an atomic write: `.<name>.l10n-XXXXXXXX.tmp` (XXXXXXXX from mkstemp),
# so that what a killed run left is told apart from anyone else's file (`remove_left_temporaries`).
TEMPORARY_TAG, TEMPORARY_SUFFIX = "l10n-", ".tmp"
_LEFT_TEMPORARY = re.compile(
    rf"\..+\.{re.escape(TEMPORARY_TAG)}[a-z0-9_]{{8}}{re.escape(TEMPORARY_SUFFIX)}"
)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step; the folder is created when missing.

    A symbolic link (a catalog shared with another checkout) is written through: its target
    is replaced and the link stays, instead of becoming a file of its own.
    """
    import tempfile  # only where a file is written

    if path.is_symlink():
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.{TEMPORARY_TAG}", suffix=TEMPORARY_SUFFIX
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def remove_left_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files that atomic writes killed half-way left under `folder`.

    Only regular files named as `atomic_write_bytes` names them; the caller holds the lock
    under which every such write in `folder` happens, so none of them is still being written.
    """
    removed = []
    for parent, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not os.path.islink(os.path.join(parent, name))]
        for name in names:
            path = Path(parent) / name
            if _LEFT_TEMPORARY.fullmatch(name) and path.is_file() and not path.is_symlink():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


LOCK_FILE = ".l10n.lock"


@contextlib.contextmanager
def locked(folder: Path, name: str = LOCK_FILE) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (which must exist) while the block runs: concurrent
    runs wait their turn.

    The lock file is removed before the lock is let go, so no run leaves one behind, whether it
    succeeds or fails. A run that was waiting on the removed file then holds a lock nobody else
    can see: it notices that the name no longer leads to its file, and starts again on the new
    one.
    """
    path = folder / name
    while True:
        handle = open(path, "a+b")  # noqa: SIM115 - held open beyond this loop, closed below
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            if _names_the_same_file(path, handle.fileno()):
                break
        except BaseException:
            handle.close()
            raise
        handle.close()
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        handle.close()  # lets the lock go


def _names_the_same_file(path: Path, descriptor: int) -> bool:
    try:
        return os.path.samestat(os.stat(path), os.fstat(descriptor))
    except FileNotFoundError:
        return False


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange_folders(first: Path, second: Path) -> bool:
    """Swap two existing folders in one step (Linux `renameat2` with RENAME_EXCHANGE), so that
    no moment exists when either path is missing; False where the system cannot (another
    kernel or C library, a file system without it), and nothing was changed."""
    import ctypes  # only where folders are swapped

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))
