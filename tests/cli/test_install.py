"""The seeds ship with the package: a non-editable install, run from elsewhere, still loads them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import SEED_TOTAL

REPO = Path(__file__).resolve().parents[2]
NETWORK_TROUBLE = (
    "Could not find a version that satisfies",
    "No matching distribution",
    "NewConnectionError",
    "ConnectionError",
    "Temporary failure in name resolution",
    "ProxyError",
    "Network is unreachable",
)


def copy_source(target: Path) -> Path:
    """The distribution's files, copied so the build leaves the working tree untouched."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "__snapshots__")
    target.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, target / name)
    for name in ("bilat", "engine", "store", "tui", "seeds"):
        shutil.copytree(REPO / name, target / name, ignore=ignore, symlinks=True)
    return target


def install(python: Path, source: Path) -> None:
    """pip install (not -e) into the venv of ``python``: isolated build first, then offline."""
    base = [
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--quiet",
        "--no-deps",
        "--disable-pip-version-check",
        str(source),
    ]
    isolated = subprocess.run(base, capture_output=True, text=True, timeout=300, check=False)
    if isolated.returncode == 0:
        return
    # Without the index, the build tools already in .venv may be enough.
    offline = subprocess.run(
        [*base, "--no-build-isolation"], capture_output=True, text=True, timeout=300, check=False
    )
    if offline.returncode == 0:
        return
    if any(words in isolated.stderr for words in NETWORK_TROUBLE):
        reason = next((line for line in offline.stderr.splitlines() if "error:" in line), "")
        pytest.skip(
            "cannot build the wheel: no package index for the build tools, and none "
            f"installed locally ({reason.strip()})"
        )
    pytest.fail(f"pip install failed:\n{isolated.stderr}\n---\n{offline.stderr}")


def test_non_editable_install_ships_and_loads_the_seeds(tmp_path: Path, make_env) -> None:
    had_build_dir = (REPO / "build").exists()
    source = copy_source(tmp_path / "src")
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
    )
    python = venv / "bin" / "python"
    install(python, source)
    bilat = venv / "bin" / "bilat"
    assert bilat.exists()

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # Dependencies come from the project's .venv; bilat itself only from the new venv.
    env = make_env(PYTHONPATH=sysconfig.get_paths()["purelib"], BILAT_DB=None)

    where = subprocess.run(
        [
            str(python),
            "-c",
            "import bilat, bilat.seeds, bilat.store, bilat.tui; print(bilat.__file__); "
            "print(bilat.seeds.__file__); print(bilat.store.__file__); print(bilat.tui.__file__); "
            # the reader and its layers, a package of their own
            "import importlib; print(importlib.import_module('bilat.store.extract.propose')"
            ".__file__); print(importlib.import_module('bilat.store.extract.reader.sentences')"
            ".__file__)",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=elsewhere,
        timeout=60,
        check=True,
    )
    for line in where.stdout.splitlines():
        assert Path(line).is_relative_to(venv), f"{line} is not from the installed copy"
    # One import name: nothing called store, tui or seeds lands in site-packages, where
    # another project's would clash with it.
    site = next(venv.glob("lib/python*/site-packages"))
    assert sorted(p.name for p in site.iterdir() if not p.name.endswith(".dist-info")) == ["bilat"]

    db = elsewhere / "x.json"
    result = subprocess.run(
        [str(bilat), "--db", str(db), "init"],
        capture_output=True,
        text=True,
        env=env,
        cwd=elsewhere,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"{SEED_TOTAL} records ({SEED_TOTAL} added, 0 replaced)" in result.stderr
    listed = subprocess.run(
        [str(bilat), "--db", str(db), "list", "projects"],
        capture_output=True,
        text=True,
        env=env,
        cwd=elsewhere,
        timeout=60,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 1 + 3
    checked = subprocess.run(
        [str(bilat), "--db", str(db), "check"],
        capture_output=True,
        text=True,
        env=env,
        cwd=elsewhere,
        timeout=60,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # First run without --db: the per-user database is created and seeded from the install.
    first = subprocess.run(
        [str(bilat), "list", "agreements"],
        capture_output=True,
        text=True,
        env=env,
        cwd=elsewhere,
        timeout=60,
        check=False,
    )
    assert first.returncode == 0, first.stderr
    assert f"{SEED_TOTAL} records" in first.stderr
    assert (tmp_path / "xdg-data" / "bilat" / "bilat.json").exists()
    # The working tree was not used as a build directory.
    assert (REPO / "build").exists() == had_build_dir
