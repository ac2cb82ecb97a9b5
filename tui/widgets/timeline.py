"""Dated milestones drawn as bars on a time axis, in as many columns as there are.

A milestone known to the day is a dot; one known to a month, a quarter or a year is a
bar over that span (its bounds), so the drawing never claims more precision than the
source; a planned step is drawn hollow. Each row is labelled with its record and step;
the axis below marks the years.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

from bilat.store.overview import Milestone

LABEL_SHARE = 3  # the labels take a third of the width, at most
MIN_AXIS = 20


def _day(text: str) -> int:
    return dt.date.fromisoformat(text[:10]).toordinal()


class Timeline:
    """A Rich renderable of ``milestones`` (sorted by date)."""

    def __init__(self, milestones: Sequence[Milestone]) -> None:
        self.milestones = milestones

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if not self.milestones:
            yield Text("No dated milestone in this view.", style="dim")
            return
        label_width = max(10, min(36, width // LABEL_SHARE))
        axis = max(MIN_AXIS, width - label_width - 2)
        first = min(_day(m.earliest) for m in self.milestones)
        last = max(_day(m.latest) for m in self.milestones)
        start = dt.date(dt.date.fromordinal(first).year, 1, 1).toordinal()
        end = dt.date(dt.date.fromordinal(last).year + 1, 1, 1).toordinal()
        span = max(1, end - start)

        def column(day: int) -> int:
            return min(axis - 1, max(0, (day - start) * axis // span))

        for milestone in self.milestones:
            label = f"{milestone.step} · {milestone.title}"
            if len(label) > label_width:
                label = label[: label_width - 1] + "…"
            row = Text(label.ljust(label_width) + " │", style="")
            low, high = column(_day(milestone.earliest)), column(_day(milestone.latest))
            style = "cyan" if milestone.planned else "bold green"
            if high == low:
                mark = "○" if milestone.planned else "●"
            else:
                mark = ("┅" if milestone.planned else "━") * (high - low + 1)
            row.append(" " * low)
            row.append(mark, style=style)
            yield row
        yield Text(" " * label_width + " └" + "─" * axis, style="dim")
        years = Text(" " * (label_width + 2))
        at = 0
        for year in range(dt.date.fromordinal(start).year, dt.date.fromordinal(end).year):
            place = column(dt.date(year, 1, 1).toordinal())
            if place >= at:
                years.append(" " * (place - at) + str(year), style="dim")
                at = place + 4
        yield years
        yield Text(" " * (label_width + 2) + "● dated  ━ known to a span  ○ ┅ planned", style="dim")
