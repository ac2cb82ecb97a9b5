"""A sector at a glance: how many projects and agreements stand at each status, what
their figures add up to, and their dated milestones in order.

Totals never say more than the figures do. Exact figures are summed; a range adds its
bounds; a figure in words stays in words beside the sum ("5 000 + milliers d’emplois");
direct, indirect and total jobs are never added together (total jobs may include the
direct ones), and capacities are summed per unit only (tonnes and megawatts do not add).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .kinds import DATE_KEY, EVENT_TYPE
from .models import (
    AGREEMENT_STATUSES,
    JOB_TYPES,
    PROJECT_STATUSES,
    DateValue,
    Quantity,
    title_of,
)
from .present import format_number
from .query import Filter
from .snapshot import Snapshot


@dataclass
class Total:
    """The sum of one kind of figure (a job type, a capacity unit) over some projects."""

    label: str
    low: float = 0  # the sum of what each figure is at least
    high: float | None = 0  # ... and at most (None: one has no ceiling)
    exact: bool = True  # every figure summed is a plain number
    words: list[str] = field(default_factory=list)  # figures in words, kept as written
    records: int = 0

    def add(self, quantity: Quantity) -> None:
        self.records += 1
        if quantity.qualifier == "order_of_magnitude" and quantity.raw:
            self.words.append(quantity.raw)
            return
        low = quantity.value if quantity.value is not None else quantity.min
        high = quantity.value if quantity.value is not None else quantity.max
        if quantity.qualifier == "at_least":
            high = None
        if quantity.qualifier != "exact" or quantity.estimate or low != high:
            self.exact = False
        self.low += low or 0
        self.high = None if self.high is None or high is None else self.high + high

    def text(self) -> str:
        """'5 000', '≈ 1 000 000', '5 000–6 000', '≥ 1 000', '5 000 + milliers d’emplois'."""
        parts = []
        if self.records > len(self.words):
            if self.high is None:
                parts.append(f"≥ {format_number(self.low)}")
            elif self.high != self.low:
                parts.append(f"{format_number(self.low)}–{format_number(self.high)}")
            else:
                parts.append(("" if self.exact else "≈ ") + format_number(self.low))
        parts += self.words
        return " + ".join(parts)


@dataclass(frozen=True)
class Milestone:
    """A dated step of a project or agreement (its signature, first stone, operation)."""

    earliest: str
    latest: str
    raw: str
    step: str
    record_id: str
    title: str
    planned: bool


@dataclass
class Overview:
    sector: str | None  # its id, None for every sector
    name: str
    projects: Counter[str]
    agreements: Counter[str]
    jobs: list[Total]
    capacity: list[Total]
    milestones: list[Milestone]
    undated: int  # steps known only in words no date can be read from ("récemment")
    without_figures: int  # projects that state no job count and no capacity


def overview(snapshot: Snapshot, sector: str | None = None) -> Overview:
    """The overview of ``sector`` (children included), or of everything."""
    flt = Filter(sectors=(sector,)) if sector else Filter()
    projects = snapshot.select("projects", flt)
    agreements = snapshot.select("agreements", flt)
    found = snapshot.find(sector) if sector else None
    milestones, undated = _milestones(projects, agreements)
    return Overview(
        sector,
        title_of(found) if found is not None else "All sectors",
        Counter(p.status for p in projects),
        Counter(a.status for a in agreements),
        _jobs(projects),
        _capacity(projects),
        milestones,
        undated,
        sum(1 for p in projects if not p.jobs and not p.capacity),
    )


def _jobs(projects: Iterable[Any]) -> list[Total]:
    totals = {job_type: Total(f"{job_type} jobs") for job_type in JOB_TYPES}
    for project in projects:
        for jobs in project.jobs:
            totals[jobs.job_type].add(jobs)
    return [total for total in totals.values() if total.records]


def _capacity(projects: Iterable[Any]) -> list[Total]:
    totals: dict[str, Total] = {}
    for project in projects:
        for quantity in project.capacity:
            unit = quantity.unit or "no unit stated"
            totals.setdefault(unit, Total(unit)).add(quantity)
    return [totals[unit] for unit in sorted(totals)]


def _milestones(projects: Sequence[Any], agreements: Sequence[Any]) -> tuple[list[Milestone], int]:
    steps: list[tuple[str, DateValue, Any]] = []
    for project in projects:
        for key, date in project.dates.items():
            steps.append((DATE_KEY.label(key), date, project))
    for agreement in agreements:
        for event in agreement.events:
            if event.date is not None:
                steps.append((EVENT_TYPE.label(event.type), event.date, agreement))
    found = []
    undated = 0
    for step, date, record in steps:
        earliest = date.earliest or date.latest
        latest = date.latest or date.earliest
        if earliest is None or latest is None:
            undated += 1
            continue
        found.append(
            Milestone(
                earliest,
                latest,
                date.raw,
                step,
                record.id,
                title_of(record),
                date.planned,
            )
        )
    found.sort(key=lambda m: (m.earliest, m.latest, m.title))
    return found, undated


STATUS_ORDER = {"projects": PROJECT_STATUSES, "agreements": AGREEMENT_STATUSES}
