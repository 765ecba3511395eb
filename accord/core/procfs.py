"""What Linux's /proc says of processes: the address space this one holds, and the
processor time a process group has used (for core/bounded.py's limits)."""

from __future__ import annotations

import os

_TICKS = os.sysconf("SC_CLK_TCK")


def address_space() -> int:
    """The address space this process uses now, in bytes (VmSize)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def peak_address_space() -> int:
    """The most address space this process has held, in bytes (VmPeak)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmPeak:"):
                return int(line.split()[1]) * 1024
    return 0


def group_cpu_seconds(group: int) -> float:
    """Processor time used by every process in the process group ``group``, with the
    children each has already waited for (Linux /proc)."""
    ticks = 0
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as stat:
                # After the command's closing bracket: state, ppid, pgrp, ... utime is the
                # 14th field of the line, then stime, cutime, cstime.
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[2]) == group:
            ticks += sum(int(value) for value in fields[11:15])
    return ticks / _TICKS
