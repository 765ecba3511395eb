"""Running work on a hostile file with a hard deadline and a memory limit.

Checking an uploaded PDF or reading an imported document runs library code (pyHanko,
pypdf, python-docx, lxml) on bytes anyone can craft. Checks inside that code can be
written round; a limit outside it cannot. So the work runs in a helper process forked
from the web worker (the libraries are already loaded there), with:

- an address-space limit (``RLIMIT_AS``) of what the helper held when it started plus
  ``memory_bytes``: an allocation past it fails in the helper, never in the worker;
- a deadline kept by the worker, which kills the helper's whole process group (so a
  ``pdftotext`` it started goes too) the moment it passes. By default the deadline is on
  the clock on the wall, for work a person waits for (checking a PDF in a request). With
  ``cpu=True`` it is on the processor time the helper and everything it started have
  used, so that a busy machine, which stretches every job's wall-clock time, does not stop
  a normal file; work that waits without computing is still stopped once
  ``CPU_WALL_MARGIN`` times the limit has passed on the wall.

The helper stays for the next file (a fresh fork for every file costs tens of
milliseconds in copied pages, more than reading a small file takes); it is replaced after
it is killed, after any job that reached its memory limit, and after ``JOBS_PER_HELPER``
jobs. If another thread of the worker is using it, the job gets a one-off child instead.

The helper never touches the database: it takes picklable arguments and gives back a
picklable result, and leaves with ``os._exit`` so nothing of the worker's (connections,
files, atexit hooks) is closed or flushed from it.
"""

from __future__ import annotations

import gc
import os
import pickle
import resource
import select
import signal
import struct
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from accord.core.procfs import address_space, group_cpu_seconds, peak_address_space

Result = TypeVar("Result")
_MB = 1024 * 1024
# An exception raised this close to the memory ceiling was caused by it.
_NEAR_CEILING = 32 * _MB
# Messages either way are framed: a kind byte (J job, P progress, R result) and a length.
_HEADER = struct.Struct("!cI")
JOBS_PER_HELPER = 200
# With cpu=True: how many times the limit may pass on the wall before waiting work is
# stopped too, and how often the processor time is read meanwhile.
CPU_WALL_MARGIN = 4
CPU_CHECK_SECONDS = 0.25  # a reading of /proc costs about 2 ms with 150 processes


class WorkLimitExceeded(Exception):
    """The work went past its deadline or memory limit and was stopped."""

    def __init__(self, kind: str, seconds: float, memory_bytes: int, clock: str = "wall"):
        self.kind = kind  # "time" or "memory"
        self.clock = clock  # for "time": the "wall" deadline, or the "processor" time used
        self.seconds = seconds
        self.memory_bytes = memory_bytes
        super().__init__(
            f"stopped after {seconds:g} seconds"
            if kind == "time"
            else f"stopped at its memory limit of {memory_bytes // _MB} MB"
        )


def run_bounded(
    function: Callable[..., Result],
    *args: Any,
    seconds: float,
    memory_bytes: int,
    progress: Callable[[int, int], None] | None = None,
    cpu: bool = False,
    **kwargs: Any,
) -> Result:
    """``function(*args, **kwargs)`` (a module-level function, so it can be named to the
    helper) run under the limits; its result, or the exception it raised, re-raised here.
    Raises WorkLimitExceeded on either limit.

    With ``progress``, the function is given a ``progress`` callable of its own whose
    calls are passed back and made here, in the worker, as they happen. With ``cpu``,
    ``seconds`` is processor time (see the module's note)."""
    job = pickle.dumps((function, args, kwargs, progress is not None))
    helper = _Helper.take(memory_bytes)
    if helper is None:  # another thread of this worker is using the helper
        helper = _Helper(memory_bytes, one_off=True)
    # What the helper sent back: a result, or the exception it raised (unpickled).
    value: Any = None
    outcome, status = "", None
    try:
        # Stopped a little early, so that with the helper killed and reaped the work has
        # ended within the deadline, not just after it.
        data = helper.run(job, seconds - min(0.25, seconds / 10), progress, cpu=cpu)
        if not data:  # past the deadline (None), or it died without answering (b"")
            status = helper.stop()
        else:
            outcome, value = pickle.loads(data)
            if outcome == "memory":
                helper.stop()  # what is left of its memory is not worth keeping
    except BaseException:
        helper.stop()
        raise
    finally:
        helper.release()
    if data is None:
        raise WorkLimitExceeded("time", seconds, memory_bytes, clock=helper.stopped_by)
    if not data:
        killed_by = os.WTERMSIG(status) if status and os.WIFSIGNALED(status) else None
        kind = "time" if killed_by == signal.SIGXCPU else "memory"
        raise WorkLimitExceeded(kind, seconds, memory_bytes)
    if outcome == "memory":
        raise WorkLimitExceeded("memory", seconds, memory_bytes)
    if outcome == "error":
        raise value
    return value


def stop_helpers() -> None:
    """End this process's helpers (the next job starts a fresh one): for tests that
    change what a helper would have inherited."""
    with _Helper.lock:
        helpers = list(_Helper.idle.values())
        _Helper.idle.clear()
    for helper in helpers:
        helper.stop()


class _Helper:
    lock = threading.Lock()
    idle: dict[tuple[int, int], _Helper] = {}  # (owner pid, memory) -> helper not in use
    busy: list[_Helper] = []

    @classmethod
    def take(cls, memory_bytes: int) -> _Helper | None:
        """The helper for this limit, now this thread's; None if another thread has it."""
        key = (os.getpid(), memory_bytes)
        with cls.lock:
            if any(helper.key == key for helper in cls.busy):
                return None
            helper = cls.idle.pop(key, None) or cls(memory_bytes)
            cls.busy.append(helper)
            return helper

    def __init__(self, memory_bytes: int, one_off: bool = False):
        self.key = (os.getpid(), memory_bytes)
        self.one_off = one_off
        self.jobs = 0
        self.alive = True
        to_child, self.to_helper = os.pipe()
        self.from_helper, from_child = os.pipe()
        ceiling = address_space() + memory_bytes
        self.pid = os.fork()
        if self.pid == 0:
            os.close(self.to_helper)
            os.close(self.from_helper)
            _serve(to_child, from_child, ceiling)
        os.close(to_child)
        os.close(from_child)
        try:
            os.setpgid(self.pid, self.pid)  # also done by the helper: whichever runs first
        except OSError:
            pass

    def run(
        self,
        job: bytes,
        seconds: float,
        progress: Callable[[int, int], None] | None,
        *,
        cpu: bool = False,
    ) -> bytes | None:
        self.jobs += 1
        used: Callable[[], float] | None = None
        if cpu:
            before = group_cpu_seconds(self.pid)

            def used() -> float:
                return group_cpu_seconds(self.pid) - before

        try:
            _write(self.to_helper, _HEADER.pack(b"J", len(job)) + job)
        except BrokenPipeError:
            return b""
        data = _collect(self.from_helper, seconds, progress, used)
        if data is None:
            self.stopped_by = "processor" if used is not None and used() >= seconds else "wall"
        return data

    def release(self) -> None:
        with _Helper.lock:
            if self in _Helper.busy:
                _Helper.busy.remove(self)
            keep = self.alive and not self.one_off and self.jobs < JOBS_PER_HELPER
            if keep and self.key not in _Helper.idle:
                _Helper.idle[self.key] = self
                return
        self.stop()

    def stop(self) -> int | None:
        """Kill the helper and anything it started; its exit status."""
        if not self.alive:
            return self.status
        self.alive = False
        for fd in (self.to_helper, self.from_helper):
            try:
                os.close(fd)
            except OSError:
                pass
        for target in (
            lambda: os.killpg(self.pid, signal.SIGKILL),
            lambda: os.kill(self.pid, signal.SIGKILL),
        ):
            try:
                target()
            except ProcessLookupError:
                pass
        _, self.status = os.waitpid(self.pid, 0)
        return self.status

    status: int | None = None
    stopped_by = "wall"  # which deadline stopped the last job that passed one


def _serve(reader: int, writer: int, ceiling: int) -> None:
    """The helper's life: take jobs until the worker closes the pipe or kills it."""
    status = 0
    try:
        # Objects the worker made are not this process's to finalise: a connection
        # collected here would be closed under the worker's feet.
        gc.freeze()
        _close_inherited(keep={reader, writer})
        _die_with_parent()
        os.setpgid(0, 0)
        for name in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGUSR1):
            signal.signal(name, signal.SIG_DFL)
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
        while True:
            job = _read_message(reader)
            if job is None:
                break
            _write(writer, _result_of(job, writer, ceiling))
    except BaseException:
        status = 1
    finally:
        os._exit(status)


def _close_inherited(keep: set[int]) -> None:
    """Keep only the two pipes and the standard streams. Whatever else the worker had
    open (its database socket, a listening socket, the pipes to a test's browser) stays the
    worker's alone: a copy held here would stop the far end from ever seeing the worker
    close it, and a process waiting for that end-of-file would wait for good."""
    try:
        inherited = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        inherited = list(range(3, 1024))
    for fd in inherited:
        if fd > 2 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass


def _die_with_parent() -> None:
    """Linux: should the worker die (gunicorn kills a stuck one), the helper goes too."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _result_of(job: bytes, writer: int, ceiling: int) -> bytes:
    try:
        function, args, kwargs, wants_progress = pickle.loads(job)
        if wants_progress:
            kwargs["progress"] = lambda done, total: _write(
                writer, _frame(b"P", pickle.dumps((done, total)))
            )
        result = function(*args, **kwargs)
        if peak_address_space() > ceiling - _NEAR_CEILING:
            # The work reached the ceiling and caught what failed there: its answer
            # ("this file is damaged") would be about the limit, not the file.
            payload = pickle.dumps(("memory", None))
        else:
            payload = pickle.dumps(("ok", result))
    except MemoryError:
        payload = pickle.dumps(("memory", None))
    except Exception as error:  # handed to the worker, which raises it there
        if peak_address_space() > ceiling - _NEAR_CEILING:
            # C libraries report a failed allocation in their own words (lxml says
            # "unknown error"); the limit is the real cause.
            payload = pickle.dumps(("memory", None))
        else:
            payload = _pickled_error(error)
    return _frame(b"R", payload)


def _pickled_error(error: Exception) -> bytes:
    try:
        return pickle.dumps(("error", error))
    except Exception:
        return pickle.dumps(("error", RuntimeError(str(error))))


def _frame(kind: bytes, payload: bytes) -> bytes:
    return _HEADER.pack(kind, len(payload)) + payload


def _write(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks, missing = [], size
    while missing:
        chunk = os.read(fd, min(missing, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


def _read_message(fd: int) -> bytes | None:
    header = _read_exactly(fd, _HEADER.size)
    if header is None:
        return None
    _kind, length = _HEADER.unpack(header)
    return _read_exactly(fd, length)


def _collect(
    reader: int,
    seconds: float,
    progress: Callable[[int, int], None] | None,
    cpu_used: Callable[[], float] | None = None,
) -> bytes | None:
    """The helper's result (b"" if it ended without one), passing on its progress as it
    comes; None if the deadline passes first: ``seconds`` on the wall, or, with
    ``cpu_used``, ``seconds`` of processor time (or the wall margin)."""
    wall = seconds * CPU_WALL_MARGIN if cpu_used else seconds
    deadline = time.monotonic() + wall
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
        if cpu_used is not None:
            if cpu_used() >= seconds:
                return None
            remaining = min(remaining, CPU_CHECK_SECONDS)
        ready, _, _ = select.select([reader], [], [], remaining)
        if not ready:
            if cpu_used is None:
                return None
            continue
        chunk = os.read(reader, 1 << 20)
        if not chunk:
            return b""
        buffer += chunk
