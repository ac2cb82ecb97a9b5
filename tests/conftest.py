"""Shared fixtures: a database path per test, seeded stores, and the installed `bilat` command.

Nothing here touches the real user's data: every subprocess runs with a clean
environment whose BILAT_DB and XDG_DATA_HOME point into the test's tmp_path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from bilat.store import Store
from bilat.store.locations import seed_files

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
BILAT = VENV_BIN / "bilat"
SEEDS_DIR = REPO / "seeds"
SEED_TEXT = SEEDS_DIR / "000_866b44c0265b5443.txt"
SEED_SOURCE_ID = "src-866b44c0265b5443"
SEED_TOTAL = 101
# Records of each kind in the bundled seeds.
SEED_COUNTS = {
    "sources": 1,
    "sectors": 6,
    "orgs": 4,
    "people": 1,
    "projects": 3,
    "agreements": 4,
    "claims": 82,
}

# Environment variables that could make a subprocess read or write outside tmp_path,
# or colour its output.
_DROPPED_ENV = (
    "BILAT_DB",
    "BILAT_CONFIG",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_CONFIG_HOME",
    "FORCE_COLOR",
    "CLICOLOR_FORCE",
    "TEXTUAL",
)


def clean_env(tmp_path: Path, **extra: str | None) -> dict[str, str]:
    """A copy of os.environ with bilat's paths pointing into tmp_path."""
    env = {key: value for key, value in os.environ.items() if key not in _DROPPED_ENV}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg-config")
    env["HOME"] = str(tmp_path / "home")
    env["BILAT_DB"] = str(tmp_path / "env-db.json")
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "200"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for key, value in extra.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


@pytest.fixture(autouse=True)
def forms_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """In use a form mounts a screenful of fields with the screen and the others one per
    screen update (``RecordForm.FIELDS_AT_ONCE``; tests/tui/test_form_keys.py checks that);
    here every field comes with the screen, so that a test reads any field right after the
    key that opened the form."""
    from bilat.tui.screens.forms import RecordForm

    monkeypatch.setattr(RecordForm, "FIELDS_AT_ONCE", 10_000)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test's cache directory (saved word indexes) and config folder are its own,
    never the user's."""
    folder = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    # Nor its settings: a theme or a key the user chose must not change what a test sees.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("BILAT_CONFIG", raising=False)
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where this test's database lives (not created yet)."""
    return tmp_path / "bilat.json"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An empty store on a fresh file."""
    opened = Store.open(db_path)
    yield opened
    opened.backend.close()


@pytest.fixture(scope="session")
def seeded_db_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a database holding exactly the bundled seeds (built once)."""
    path = tmp_path_factory.mktemp("seeded") / "seeded.json"
    seeded = Store.open(path)
    seeded.import_files(seed_files())
    seeded.backend.close()
    return path.read_bytes()


@pytest.fixture
def seeded_path(db_path: Path, seeded_db_bytes: bytes) -> Path:
    """A database file holding the seeds, private to this test."""
    db_path.write_bytes(seeded_db_bytes)
    return db_path


@pytest.fixture
def seeded(seeded_path: Path) -> Iterator[Store]:
    """A store on a private copy of the seeded database."""
    opened = Store.open(seeded_path)
    yield opened
    opened.backend.close()


RunBilat = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_bilat(tmp_path: Path) -> RunBilat:
    """Run the installed `bilat` entry point in a clean environment.

    ``run_bilat("list", "projects", db=path)`` adds ``--db path``; ``env`` adds or
    (with None) removes variables; ``input`` feeds stdin (otherwise stdin is empty,
    not a tty); output is text unless ``binary=True``.
    """
    (tmp_path / "xdg-data").mkdir(exist_ok=True)
    (tmp_path / "home").mkdir(exist_ok=True)

    def run(
        *args: str | os.PathLike[str],
        db: Path | None = None,
        env: dict[str, str | None] | None = None,
        input: str | bytes | None = None,
        cwd: Path | None = None,
        binary: bool = False,
        timeout: float = 60,
        command: Sequence[str] | None = None,
    ) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
        argv = list(command) if command is not None else [str(BILAT)]
        if db is not None:
            argv += ["--db", str(db)]
        argv += [str(arg) for arg in args]
        return subprocess.run(
            argv,
            env=clean_env(tmp_path, **(env or {})),
            input=input if input is not None else (b"" if binary else ""),
            capture_output=True,
            text=not binary,
            cwd=cwd or tmp_path,
            timeout=timeout,
            check=False,
        )

    return run


@pytest.fixture
def make_env(tmp_path: Path) -> Callable[..., dict[str, str]]:
    """``make_env(**extra)``: the clean environment run_bilat uses, for other subprocesses."""

    def make(**extra: str | None) -> dict[str, str]:
        return clean_env(tmp_path, **extra)

    return make


@pytest.fixture
def seed_copies(tmp_path: Path) -> list[Path]:
    """Private copies of the seed record files (for tests that edit or import them)."""
    target = tmp_path / "seed-copies"
    target.mkdir()
    copies = []
    for path in seed_files():
        copy = target / path.name
        shutil.copyfile(path, copy)
        copies.append(copy)
    return copies


def fake_distribution(site: Path, name: str, backends: dict[str, str]) -> None:
    """An installed distribution as pip leaves it (a ``.dist-info`` folder in ``site``)
    whose entry points in the group ``bilat.backends`` map URL schemes to backends: how
    a third-party backend registers itself."""
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    lines = ["[bilat.backends]", *(f"{scheme} = {value}" for scheme, value in backends.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n")


MEMORY_BACKEND = "tests.store.memory_backend:MemoryBackend"


@pytest.fixture
def memory_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on sys.path where a distribution installs the in-memory test backend for
    ``memory://`` URLs (tests/store/memory_backend.py); yields the folder."""
    from tests.store.memory_backend import forget_all

    site = tmp_path / "site"
    fake_distribution(site, "bilat_memory_backend", {"memory": MEMORY_BACKEND})
    monkeypatch.syspath_prepend(str(site))
    yield site
    forget_all()


@pytest.fixture
def memory_url(memory_site: Path, tmp_path: Path) -> str:
    """The URL of an empty in-memory database, its backend installed as a plugin."""
    return f"memory://{tmp_path.name}"


@pytest.fixture
def pg_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The URL of an empty bilat database on the test server: a schema of this test's,
    dropped afterwards (tests/pg_server.py); every backend the test opened is closed."""
    from bilat.store.pg.backend import PostgresBackend
    from tests.pg_server import private_schema, url_of

    opened: list[PostgresBackend] = []
    init = PostgresBackend.__init__

    def recorded(self: PostgresBackend, *args: Any, **kwargs: Any) -> None:
        opened.append(self)
        init(self, *args, **kwargs)

    monkeypatch.setattr(PostgresBackend, "__init__", recorded)
    with private_schema() as schema:
        try:
            yield url_of(schema)
        finally:
            for backend in opened:
                with contextlib.suppress(Exception):
                    backend.close()
