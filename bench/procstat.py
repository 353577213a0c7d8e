"""What an idle process costs, read from /proc: CPU time, wake-ups (context switches), RSS."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

CLK_TCK = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Snapshot:
    at: float  # time.monotonic()
    cpu_s: float  # utime + stime of the whole process (all threads), seconds
    switches: dict[int, int]  # per thread: voluntary + nonvoluntary context switches
    threads: int


def snapshot(pid: int) -> Snapshot:
    at = time.monotonic()
    stat = Path(f"/proc/{pid}/stat").read_text()
    # The command name (field 2) may contain spaces; the fields after it are fixed.
    fields = stat[stat.rindex(")") + 2 :].split()
    cpu_s = (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime (fields 14, 15)
    switches: dict[int, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = (task / "status").read_text()
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread ended between listing and reading
        count = 0
        for line in status.splitlines():
            if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")):
                count += int(line.split()[1])
        switches[int(task.name)] = count
    return Snapshot(at, cpu_s, switches, len(switches))


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise ValueError(f"no VmRSS for pid {pid}")


@dataclass(frozen=True)
class IdleCost:
    seconds: float
    cpu_percent: float
    wakeups_per_s: float
    rss_mib: float
    threads: int
    busiest: list[tuple[int, str, float]]  # (tid, thread name, wake-ups/s), busiest first

    def as_dict(self) -> dict[str, object]:
        return {
            "seconds": round(self.seconds, 2),
            "cpu_percent": round(self.cpu_percent, 3),
            "wakeups_per_s": round(self.wakeups_per_s, 2),
            "rss_mib": round(self.rss_mib, 1),
            "threads": self.threads,
            "busiest_threads": [
                {"tid": t, "name": n, "wakeups_per_s": round(w, 2)} for t, n, w in self.busiest
            ],
        }


def _thread_name(pid: int, tid: int) -> str:
    try:
        return Path(f"/proc/{pid}/task/{tid}/comm").read_text().strip()
    except OSError:
        return "?"


def idle_cost(pid: int, before: Snapshot, after: Snapshot) -> IdleCost:
    """Cost over the interval between two snapshots (threads present in both are counted;
    a thread born during the interval counts from zero)."""
    span = after.at - before.at
    per_thread = {
        tid: (n - before.switches.get(tid, 0)) / span for tid, n in after.switches.items()
    }
    busiest = sorted(per_thread.items(), key=lambda kv: kv[1], reverse=True)[:3]
    return IdleCost(
        seconds=span,
        cpu_percent=100.0 * (after.cpu_s - before.cpu_s) / span,
        wakeups_per_s=sum(per_thread.values()),
        rss_mib=rss_kib(pid) / 1024.0,
        threads=after.threads,
        busiest=[(tid, _thread_name(pid, tid), w) for tid, w in busiest],
    )
