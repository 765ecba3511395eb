"""Running work on a hostile file with a hard deadline and a memory limit.

Checking an uploaded PDF or reading an imported document runs library code (pyHanko,
pypdf, python-docx, lxml) on bytes anyone can craft. Checks inside that code can be
written round; a limit outside it cannot. So the work runs in a child process, forked from
the web worker (cheap: a few milliseconds, and the libraries are already loaded), with:

- an address-space limit (``RLIMIT_AS``) of what the worker already uses plus
  ``memory_bytes``: an allocation past it fails in the child, never in the worker;
- a CPU-time limit a little past the deadline, in case the worker itself were to die;
- a wall-clock deadline kept by the worker, which kills the child's whole process group
  (so a ``pdftotext`` it started goes too) the moment it passes.

The child never touches the database: it takes bytes and gives back a picklable result,
then leaves with ``os._exit`` so nothing of the worker's (connections, files, atexit
hooks) is closed or flushed from the child.
"""

from __future__ import annotations

import gc
import os
import pickle
import resource
import select
import signal
import struct
import time
from collections.abc import Callable
from typing import Any, TypeVar

Result = TypeVar("Result")
_PAGE = 1024 * 1024
# An exception raised this close to the memory ceiling was caused by it.
_NEAR_CEILING = 32 * _PAGE
# The child writes framed messages: a kind byte (P progress, R result) and a length.
_HEADER = struct.Struct("!cI")


class WorkLimitExceeded(Exception):
    """The work went past its deadline or memory limit and was stopped."""

    def __init__(self, kind: str, seconds: float, memory_bytes: int):
        self.kind = kind  # "time" or "memory"
        self.seconds = seconds
        self.memory_bytes = memory_bytes
        super().__init__(
            f"stopped after {seconds:g} seconds"
            if kind == "time"
            else f"stopped at its memory limit of {memory_bytes // _PAGE} MB"
        )


def _address_space() -> int:
    """The address space this process already uses, in bytes (VmSize)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def run_bounded(
    function: Callable[..., Result],
    *args: Any,
    seconds: float,
    memory_bytes: int,
    progress: Callable[[int, int], None] | None = None,
    **kwargs: Any,
) -> Result:
    """``function(*args, **kwargs)`` run in a child process under the limits; its result,
    or the exception it raised, re-raised here. Raises WorkLimitExceeded on either limit.

    With ``progress``, the function is given a ``progress`` callable of its own whose
    calls are passed back and made here, in the worker, as they happen."""
    ceiling = _address_space() + memory_bytes
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(reader)
        if progress is not None:
            kwargs["progress"] = lambda done, total: _send(writer, b"P", (done, total))
        _child(writer, ceiling, seconds, function, args, kwargs)
    os.close(writer)
    try:
        os.setpgid(pid, pid)  # also done by the child: whichever runs first
    except OSError:
        pass
    try:
        data = _collect(reader, seconds, progress)
    finally:
        os.close(reader)
    if data is None:
        _end(pid)
        raise WorkLimitExceeded("time", seconds, memory_bytes)
    _, status = os.waitpid(pid, 0)
    if not data:
        # The child died without answering: the kernel or the allocator stopped it.
        killed_by = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        kind = "time" if killed_by == signal.SIGXCPU else "memory"
        raise WorkLimitExceeded(kind, seconds, memory_bytes)
    outcome, value = pickle.loads(data)
    if outcome == "memory":
        raise WorkLimitExceeded("memory", seconds, memory_bytes)
    if outcome == "error":
        raise value
    return value


def _child(writer: int, ceiling: int, seconds: float, function, args, kwargs) -> None:
    status = 0
    try:
        # Objects the worker made are not this process's to finalise: a connection
        # collected here would be closed under the worker's feet.
        gc.freeze()
        os.setpgid(0, 0)
        for name in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGUSR1):
            signal.signal(name, signal.SIG_DFL)
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
        cpu = int(seconds) + 2
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        try:
            result = function(*args, **kwargs)
            if _peak_address_space() > ceiling - _NEAR_CEILING:
                # The work reached the ceiling and caught what failed there: its answer
                # ("this file is damaged") would be about the limit, not the file.
                payload = pickle.dumps(("memory", None))
            else:
                payload = pickle.dumps(("ok", result))
        except MemoryError:
            payload = pickle.dumps(("memory", None))
        except Exception as error:  # handed to the worker, which raises it there
            if _peak_address_space() > ceiling - _NEAR_CEILING:
                # C libraries report a failed allocation in their own words (lxml says
                # "unknown error"); the limit is the real cause.
                payload = pickle.dumps(("memory", None))
            else:
                payload = _pickled_error(error)
        _write(writer, _HEADER.pack(b"R", len(payload)) + payload)
    except BaseException:
        status = 1
    finally:
        os._exit(status)


def _pickled_error(error: Exception) -> bytes:
    try:
        return pickle.dumps(("error", error))
    except Exception:
        return pickle.dumps(("error", RuntimeError(str(error))))


def _peak_address_space() -> int:
    """The most address space this process has held, in bytes (VmPeak)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmPeak:"):
                return int(line.split()[1]) * 1024
    return 0


def _write(writer: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(writer, view) :]


def _send(writer: int, kind: bytes, value) -> None:
    payload = pickle.dumps(value)
    _write(writer, _HEADER.pack(kind, len(payload)) + payload)


def _collect(reader: int, seconds: float, progress) -> bytes | None:
    """The child's result (b"" if it ended without one), passing on its progress as it
    comes; None if the deadline passes first."""
    deadline = time.monotonic() + seconds
    buffer = bytearray()
    while True:
        while len(buffer) >= _HEADER.size:
            kind, length = _HEADER.unpack_from(buffer)
            if len(buffer) < _HEADER.size + length:
                break
            payload = bytes(buffer[_HEADER.size : _HEADER.size + length])
            del buffer[: _HEADER.size + length]
            if kind == b"R":
                return payload
            if progress is not None:
                progress(*pickle.loads(payload))
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        ready, _, _ = select.select([reader], [], [], remaining)
        if not ready:
            return None
        chunk = os.read(reader, 1 << 20)
        if not chunk:
            return b""
        buffer += chunk


def _end(pid: int) -> None:
    """Kill the child and anything it started, and reap it."""
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
        except ProcessLookupError:
            pass
    os.waitpid(pid, 0)
