"""Reading a text of the tests' own: its proposals, each quote checked against its offsets."""

from __future__ import annotations

from typing import Any

from bilat.store.extract import propose
from bilat.store.extract.segment import folded
from bilat.store.extract.when import dates_in
from bilat.store.sources import build_source, publication_date


def read(text: str, lang: str = "fr", published: str | None = "2024-03-05") -> list[Any]:
    """The proposals for ``text``, stored as a source of ``lang`` published on ``published``."""
    proposals = propose(build_source(text, title="t", published=published, lang=lang))
    for p in proposals:
        assert text[p.start : p.end] == p.quote
    return proposals


def about(proposals: list[Any], name: str, field: str) -> list[Any]:
    """The proposals about the new record named ``name``, for ``field``."""
    return [p for p in proposals if p.new and p.new.name == name and p.field == field]


def value_of(proposals: list[Any], name: str, field: str) -> Any:
    """The one value proposed about the new record named ``name``, for ``field``."""
    [proposal] = about(proposals, name, field)
    return proposal.plain_value()


def dates_said(text: str, published: str | None = "2024-05-10") -> list[tuple[str, Any, Any]]:
    """Each date read in ``text`` (published on ``published``): its words and its bounds."""
    fold = folded(text)
    when = publication_date(published) if published else None
    return [
        (text[d.start : d.end], d.value.earliest, d.value.latest)
        for d in dates_in(text, fold, 0, len(fold), when)
    ]


def named(proposals: list[Any], kind: str) -> set[str]:
    """The names of the new records of ``kind`` ("orgs", "people", "projects"…) proposed."""
    return {p.new.name for p in proposals if p.new and p.new.kind == kind}


def orgs(proposals: list[Any]) -> set[str]:
    return named(proposals, "orgs")


def people(proposals: list[Any]) -> set[str]:
    return named(proposals, "people")


def projects(proposals: list[Any]) -> set[str]:
    return named(proposals, "projects")


def sector_names(proposals: list[Any]) -> set[str]:
    """The names proposed for new sectors."""
    return {
        next(iter(p.plain_value().values()))
        for p in proposals
        if p.field == "name" and p.new is not None and p.new.kind == "sectors"
    }


def statuses(proposals: list[Any]) -> set[str]:
    return {p.plain_value() for p in proposals if p.field == "status"}


def role_titles(proposals: list[Any], name: str) -> list[str]:
    """The titles proposed for the new person named ``name``."""
    return [next(iter(p.plain_value()["title"].values())) for p in about(proposals, name, "roles")]


def locations(proposals: list[Any]) -> list[dict[str, Any]]:
    """The locations proposed, as values."""
    return [p.plain_value() for p in proposals if p.field == "location"]
