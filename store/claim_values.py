"""What a claim may say: the field it is on, and a value typed as that field's.

A claim states one thing a source says about one record: ``jobs`` is one ``JobCount``
(the item of the list it speaks of), ``dates.construction_start`` one date,
``name.fr`` the French name, ``location.region`` a region, ``status`` a status of the
kind's vocabulary. The field must be one of the subject kind's spec (``store.kinds``),
or one of the facts only claims hold (``KindSpec.claimed``: an organisation's head, a
person's statements); the value is converted to the field's type exactly as a record's
field is, so ``status: exploded`` or ``jobz`` are refused on import, in ``check`` and
in the forms, with the record and the field named.

``ClaimTarget.item_of`` tells which item of a list a value speaks of (jobs by job type,
capacity by unit, investment by currency, names by language, parties by organisation,
components by name): the conflicts between sources are found item by item
(``store.conflicts``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin

import msgspec

from .kinds import SPECS, FieldSpec, KindSpec
from .models import KINDS, kind_of_id
from .text import fold

# Fields a record keeps that no source states: what the store makes or holds for itself.
_NOT_CLAIMED = frozenset({"id", "text", "sha256"})
# Field types whose values are keyed: ``dates.construction_start``, ``name.fr``.
_KEYED = frozenset({"dates", "local_text", "codes", "location"})


class ClaimValueError(ValueError):
    """A claim's field or value that its subject's kind does not take; says which."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class ClaimTarget:
    """The field of a record a claim speaks of, and the type its value must have."""

    spec: FieldSpec
    key: str | None  # the date, language, code system or location part, if named
    type: Any  # what one value converts to
    many: Any | None  # a list of them, for a list field (a claim may give several items)

    @property
    def path(self) -> str:
        return self.spec.name if self.key is None else f"{self.spec.name}.{self.key}"

    def item_of(self, value: Any) -> str | None:
        """Which item of the field ``value`` speaks of, as text: None for a field with one
        value (a status, a date of ``dates``, a region), else its identity."""
        if self.key is not None or self.spec.type not in _ITEM_OF:
            return None
        item: str | None = _ITEM_OF[self.spec.type](value)
        return item


def target(subject: str, field: str) -> ClaimTarget:
    """What a claim on record ``subject`` about ``field`` must hold; ClaimValueError if
    the subject's kind has no such field."""
    kind = kind_of_id(subject)
    if kind is None or kind == "claims":
        raise ClaimValueError("subject", f"{subject!r} is not the id of a record a claim is about")
    return _target(kind, field)


@lru_cache(maxsize=512)
def _target(kind: str, field: str) -> ClaimTarget:
    spec = SPECS[kind]
    name, _, key = field.partition(".")
    field_spec = _claimable(spec).get(name)
    if field_spec is None:
        known = ", ".join(sorted(_claimable(spec)))
        raise ClaimValueError("field", f"{field!r} is not a field of a {spec.noun}: one of {known}")
    hint = _field_type(spec, name)
    if not key:
        one, many = _one_and_many(hint)
        return ClaimTarget(field_spec, None, one, many)
    if field_spec.type not in _KEYED:
        raise ClaimValueError("field", f"{name!r} of a {spec.noun} has no parts: give {name!r}")
    return ClaimTarget(field_spec, key, _keyed_type(field_spec, hint, key), None)


def typed(claim_target: ClaimTarget, value: Any) -> Any:
    """``value`` converted to the field's type (one item, or a list of items for a list
    field); ClaimValueError saying what is wrong, as a record's field would be refused."""
    vocabulary = claim_target.spec.vocabulary
    if (
        claim_target.spec.type == "choice"
        and vocabulary is not None
        and vocabulary.closed
        and isinstance(value, str)
        and value not in vocabulary.values
    ):
        raise ClaimValueError(
            "value", f"{value!r} is not a {vocabulary.name}: one of {', '.join(vocabulary.values)}"
        )
    want = claim_target.type
    if claim_target.many is not None and isinstance(value, list):
        want = claim_target.many
    try:
        return msgspec.convert(value, want, strict=True)
    except msgspec.ValidationError as exc:
        text = str(exc)
        path = ""
        if " - at `$" in text:
            text, _, rest = text.partition(" - at `$")
            path = rest.rstrip("`").lstrip(".")
        field = "value" + (f".{path}" if path and not path.startswith("[") else path)
        raise ClaimValueError(field, text) from None


def claimable_fields(kind: str) -> list[str]:
    """The fields a claim on a record of ``kind`` may name (without parts)."""
    return sorted(_claimable(SPECS[kind]))


def _claimable(spec: KindSpec) -> dict[str, FieldSpec]:
    fields = {f.name: f for f in spec.fields if f.name not in _NOT_CLAIMED}
    fields.update({f.name: f for f in spec.claimed})
    return fields


def _field_type(spec: KindSpec, name: str) -> Any:
    struct = KINDS[spec.kind][1]
    for info in msgspec.structs.fields(struct):
        if info.name == name:
            return info.type
    return str | None  # a fact only claims hold: a text


def _strip_none(hint: Any) -> Any:
    if get_origin(hint) in (Union, UnionType):
        args = [arg for arg in get_args(hint) if arg is not NoneType]
        return args[0] if len(args) == 1 else hint
    return hint


def _one_and_many(hint: Any) -> tuple[Any, Any | None]:
    hint = _strip_none(hint)
    if get_origin(hint) is list:
        (item,) = get_args(hint)
        return item, hint
    return hint, None


def _keyed_type(spec: FieldSpec, hint: Any, key: str) -> Any:
    hint = _strip_none(hint)
    if get_origin(hint) is dict:  # dates, names, codes: {key: value}
        return get_args(hint)[1]
    # A struct (a location): the type of its field named ``key``.
    for info in msgspec.structs.fields(hint):
        if info.encode_name == key:
            return info.type
    parts = ", ".join(info.encode_name for info in msgspec.structs.fields(hint))
    raise ClaimValueError("field", f"{spec.name!r} has no part {key!r}: one of {parts}")


def _item_attr(name: str) -> Callable[[Any], str | None]:
    def item(value: Any) -> str | None:
        found = getattr(value, name, None)
        return None if found is None else str(found)

    return item


def _name_item(value: Any) -> str | None:
    names = getattr(value, "name", None)
    if isinstance(names, dict):
        return next((fold(text) for _, text in sorted(names.items()) if text), None)
    return None


def _name_of_role(value: Any) -> str:
    titles = getattr(value, "title", None) or {}
    return next((fold(text) for _, text in sorted(titles.items()) if text), "")


def _unit_item(value: Any) -> str | None:
    unit = getattr(value, "unit", None)
    return fold(unit) if unit else None


_ITEM_OF: dict[str, Callable[[Any], str | None]] = {
    "jobs": _item_attr("job_type"),
    "quantities": _unit_item,
    # An amount by its currency (an amount in no stated currency is an item of its own).
    "money": lambda value: (getattr(value, "currency", None) or "").upper() or None,
    "parties": lambda value: getattr(value, "org", None) or getattr(value, "person", None),
    "components": _name_item,
    "sector_refs": _item_attr("sector"),
    "refs": lambda value: value if isinstance(value, str) else None,
    "countries": lambda value: value if isinstance(value, str) else None,
    "flags": lambda value: fold(value) if isinstance(value, str) else None,
    # A person may hold several roles at one organisation: a role is its place and title.
    "roles": lambda value: f"{getattr(value, 'org', None) or ''}|{_name_of_role(value)}",
}
