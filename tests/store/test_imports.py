"""The data layer stays free of the terminal libraries, so scripts and servers load it fast."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
import {module}
loaded = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("textual", "rich")
)
print(",".join(loaded))
"""


def loaded_after_import(module: str, cwd: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=cwd,  # not the checkout: the installed package is what is imported
    )
    return [name for name in result.stdout.strip().split(",") if name]


def store_modules() -> list[str]:
    import bilat.store

    return [f"bilat.store.{m.name}" for m in pkgutil.iter_modules(bilat.store.__path__)]


def test_import_store_loads_neither_textual_nor_rich(tmp_path: Path) -> None:
    assert loaded_after_import("bilat.store", tmp_path) == []


def test_every_store_module_is_free_of_textual_and_rich(tmp_path: Path) -> None:
    modules = store_modules()
    assert len(modules) > 20
    assert loaded_after_import(", ".join(modules), tmp_path) == []


def test_command_line_module_does_not_load_textual(tmp_path: Path) -> None:
    """Scripted commands must not pay for the explorer."""
    loaded = loaded_after_import("bilat.tui.cli", tmp_path)
    assert not [name for name in loaded if name.startswith("textual")]


def test_nothing_imports_the_folders_by_their_own_names() -> None:
    """``bilat`` is the one import name: ``import store`` would load a second copy of the
    data layer from a checkout (and clash with any other project's ``store``)."""
    repo = Path(__file__).resolve().parents[2]
    wrong = re.compile(r"^\s*(from|import) (store|tui|seeds)\b", re.M)
    found = [
        str(path.relative_to(repo))
        for folder in ("store", "tui", "tests", "bench")
        for path in (repo / folder).rglob("*.py")
        if wrong.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
