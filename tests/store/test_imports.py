"""The data layer stays free of the terminal libraries, so scripts and servers load it fast."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import {module}
loaded = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("textual", "rich")
)
print(",".join(loaded))
"""


def loaded_after_import(module: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [name for name in result.stdout.strip().split(",") if name]


def test_import_store_loads_neither_textual_nor_rich() -> None:
    assert loaded_after_import("store") == []


def test_every_store_module_is_free_of_textual_and_rich() -> None:
    modules = (
        "store.models, store.validate, store.storage, store.tinydb_backend, store.store, "
        "store.snapshot, store.query, store.bundle, store.present, store.dates, "
        "store.quantities, store.text, store.locations"
    )
    assert loaded_after_import(modules) == []


def test_command_line_module_does_not_load_textual() -> None:
    """Scripted commands must not pay for the explorer."""
    assert not [name for name in loaded_after_import("tui.cli") if name.startswith("textual")]
