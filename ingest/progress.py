"""Where an ingest's time goes (stage by stage) and how far it has got (passages per second, time left)."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

REPORT_EVERY_S = 10.0   # a log gets a progress line this often at most (and one at the end)


class StageTimes:
    """Seconds spent in each named stage, summed over every time the stage ran."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    def rounded(self) -> dict[str, float]:
        return {name: round(s, 3) for name, s in self.seconds.items()}


def stage_table(stages: dict[str, float], total_s: float) -> list[str]:
    """Lines of a stage breakdown: seconds and share of the total, with what no stage accounts for."""
    lines = [f"{'stage':<28} {'seconds':>9} {'share':>6}"]
    for name, seconds in stages.items():
        share = f" {seconds / total_s:>6.0%}" if total_s else ""
        lines.append(f"{name:<28} {seconds:>9.1f}{share}")
    rest = total_s - sum(stages.values())
    if total_s:
        lines.append(f"{'(not in any stage)':<28} {rest:>9.1f} {rest / total_s:>6.0%}")
    lines.append(f"{'total':<28} {total_s:>9.1f}")
    return lines


class RateReporter:
    """A progress callback (done, total) that writes "embedded 512/29,141 passages, 52.3/s, 9 min 8 s left"
    to a log: at the start, after the first batch, then at most every REPORT_EVERY_S seconds, and at the end."""

    def __init__(self, log: Callable[[str], None], clock: Callable[[], float] = time.perf_counter,
                 every_s: float = REPORT_EVERY_S):
        self._log = log
        self._clock = clock
        self._every = every_s
        self._started: float | None = None
        self._last = float("-inf")
        self._rated = False

    def __call__(self, done: int, total: int) -> None:
        now = self._clock()
        if self._started is None:
            self._started = now
        first_rate = done > 0 and not self._rated   # the first batch done: a rate to show at once
        if done < total and now - self._last < self._every and not first_rate:
            return
        self._last = now
        self._rated = self._rated or done > 0
        self._log(progress_line(done, total, now - self._started))


def progress_line(done: int, total: int, elapsed_s: float) -> str:
    rate = done / elapsed_s if elapsed_s > 0 else 0.0
    line = f"embedded {done:,}/{total:,} passages"
    if rate:
        line += f", {rate:.1f}/s"
        if done < total:
            left = (total - done) / rate
            line += f", {int(left // 60)} min {int(left % 60)} s left"
    return line
