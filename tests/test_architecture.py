"""ARCHITECTURE.md names files, classes and methods: each must exist, so the guide cannot
drift from the code unnoticed."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
PACKAGES = ("store", "engine", "tui", "seeds")
SOURCES = {
    path: path.read_text(encoding="utf-8")
    for package in PACKAGES
    for path in (ROOT / package).rglob("*.py")
}
PROSE = re.sub(r"^```.*?^```", "", GUIDE, flags=re.M | re.S)  # the picture holds no names
QUOTED = re.findall(r"`([^`\n]+)`", PROSE)


def _defined(name: str) -> list[str]:
    """Sources that define class ``name`` (its body, up to the next top-level line)."""
    bodies = []
    for text in SOURCES.values():
        found = re.search(rf"^class {re.escape(name)}\b.*?(?=^\S|\Z)", text, re.M | re.S)
        if found:
            bodies.append(found.group(0))
    return bodies


def test_every_file_named_exists() -> None:
    paths = [q for q in QUOTED if re.fullmatch(r"[\w/]+\.(py|json|toml|md)", q)]
    assert len(paths) > 10
    missing = []
    for name in paths:
        candidates = [ROOT / name] + [ROOT / package / name for package in PACKAGES]
        if not any(path.exists() for path in candidates):
            missing.append(name)
    assert missing == []


def test_every_class_and_method_named_exists() -> None:
    named = [q.split("(")[0] for q in QUOTED if re.fullmatch(r"[A-Z]\w+(\.\w+)?(\(.*\))?", q)]
    assert len(named) > 10
    missing = []
    for name in named:
        owner, _, member = name.partition(".")
        bodies = _defined(owner)
        if not bodies or (member and not any(re.search(rf"\b{member}\b", b) for b in bodies)):
            missing.append(name)
    assert missing == []


def test_every_module_of_the_layers_is_a_package_folder() -> None:
    for package in PACKAGES:
        assert f"bilat.{package}" in GUIDE
        assert (ROOT / package / "__init__.py").exists()
