"""bilat's data layer: records, validation, storage, queries, import and export.

It imports neither Textual nor Rich, so scripts and the command line load fast
and a server backend can stand where TinyDB stands today.
"""

from .bundle import SCHEMA, dump_bundle, read_bundle_files
from .errors import (
    BilatError,
    ConflictError,
    DamagedRecordError,
    DatabaseError,
    IdTakenError,
    ImportFileError,
    IntegrityError,
    NotFoundError,
    QueryError,
    ReadOnlyError,
    RecordError,
    UsageError,
)
from .models import (
    AGREEMENT_STATUSES,
    INSTRUMENTS,
    KINDS,
    ORG_KINDS,
    PROJECT_STATUSES,
    Agreement,
    Claim,
    DateValue,
    JobCount,
    Money,
    Org,
    Person,
    Project,
    Quantity,
    Record,
    Role,
    Sector,
    Source,
    display_name,
    kind_of,
    kind_of_id,
    title_of,
)
from .query import Filter, parse_filter
from .snapshot import Snapshot
from .store import DeletePlan, Store
from .summary import ImportSummary
from .text import find_quote, fold, quote_in_text
from .validate import Problem

__all__ = [
    "AGREEMENT_STATUSES",
    "INSTRUMENTS",
    "KINDS",
    "ORG_KINDS",
    "PROJECT_STATUSES",
    "SCHEMA",
    "Agreement",
    "BilatError",
    "Claim",
    "ConflictError",
    "DamagedRecordError",
    "DatabaseError",
    "DateValue",
    "DeletePlan",
    "Filter",
    "IdTakenError",
    "ImportFileError",
    "ImportSummary",
    "IntegrityError",
    "JobCount",
    "Money",
    "NotFoundError",
    "Org",
    "Person",
    "Problem",
    "Project",
    "Quantity",
    "QueryError",
    "ReadOnlyError",
    "Record",
    "RecordError",
    "Role",
    "Sector",
    "Snapshot",
    "Source",
    "Store",
    "UsageError",
    "display_name",
    "dump_bundle",
    "find_quote",
    "fold",
    "kind_of",
    "kind_of_id",
    "parse_filter",
    "quote_in_text",
    "read_bundle_files",
    "title_of",
]
