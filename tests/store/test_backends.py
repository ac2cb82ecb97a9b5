"""Which backend a database location opens: paths and file:// URLs are TinyDB files,
postgresql:// is the server's (tests/store/test_pg_*.py), other schemes come from installed plugins
(entry points in the group ``bilat.backends``), and every refusal is one line."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
from typing import Any

import pytest

from bilat.store import DatabaseError, Sector, Store
from bilat.store.backends import open_backend, redacted
from bilat.store.tinydb_backend import TinyDBBackend
from tests.conftest import MEMORY_BACKEND, fake_distribution
from tests.store.memory_backend import MemoryBackend


def refusal(location: str) -> str:
    with pytest.raises(DatabaseError) as refused:
        open_backend(location)
    message = str(refused.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    "spelling",
    ["{path}", "file://{path}", "file://localhost{path}", "FILE://{path}"],
)
def test_a_path_or_a_file_url_opens_that_file(tmp_path: Path, spelling: str) -> None:
    path = tmp_path / "a b.json"
    Store.open(path).upsert(Sector(id="sec-a", name={"en": "A"}))
    location = spelling.format(path=str(path).replace(" ", "%20") if "//" in spelling else path)
    backend = open_backend(location)
    assert isinstance(backend, TinyDBBackend)
    assert backend.location == str(path.resolve())
    assert Store.open(location).get("sec-a").name == {"en": "A"}


def test_a_path_with_a_colon_is_a_path(tmp_path: Path) -> None:
    path = tmp_path / "dz:ru.json"
    Store.open(str(path)).upsert(Sector(id="sec-a", name={"en": "A"}))
    assert path.exists()


@pytest.mark.parametrize("url", ["file://server/share/db.json", "file:///tmp/db.json?mode=ro"])
def test_a_file_url_must_name_a_local_file(url: str) -> None:
    assert "not a local file URL" in refusal(url)


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    assert "does not exist" in refusal(str(tmp_path / "nowhere" / "db.json"))
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "PostgreSQL"])
def test_a_server_that_refuses_is_named_without_the_password(scheme: str) -> None:
    message = refusal(f"{scheme}://analyst:s3cret@127.0.0.1:9/dz_ru")
    assert message.startswith("cannot reach database")
    assert "Connection refused" in message and "\n" not in message
    assert "s3cret" not in message
    assert "analyst:***@127.0.0.1:9/dz_ru" in message


def test_an_unknown_scheme_lists_those_known(memory_site: Path) -> None:
    message = refusal("mysql://db.example.org/dz_ru")
    assert "mysql://" in message
    assert "file://" in message and "memory://" in message


def test_an_unknown_scheme_without_plugins_lists_files() -> None:
    message = refusal("sqlite://db.sqlite")
    assert "file://" in message and "memory://" not in message


def test_an_installed_backend_opens_its_scheme(memory_url: str) -> None:
    backend = open_backend(memory_url)
    assert isinstance(backend, MemoryBackend)
    assert backend.location == memory_url
    store = Store.open(memory_url)
    store.upsert(Sector(id="sec-a", name={"en": "A"}))
    assert Store.open(memory_url).get("sec-a").rev == 1
    assert Store.open(memory_url, readonly=True).readonly


def test_entry_points_are_asked_for_the_group_of_bilat_backends(
    memory_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Any] = []
    real = importlib.metadata.entry_points

    def entry_points(**params: Any) -> Any:
        asked.append(params)
        return real(**params)

    monkeypatch.setattr("bilat.store.backends.entry_points", entry_points)
    open_backend(memory_url)
    assert asked == [{"group": "bilat.backends"}]


def test_a_factory_function_is_a_backend_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    fake_distribution(site, "bilat_factory", {"fn": "tests.store.test_backends:memory_factory"})
    monkeypatch.syspath_prepend(str(site))
    backend = open_backend("fn://factory-made", readonly=True)
    assert isinstance(backend, MemoryBackend)
    assert backend.readonly


def memory_factory(url: str, *, readonly: bool | None = None) -> MemoryBackend:
    return MemoryBackend(url, readonly=readonly)


def not_a_backend(url: str, *, readonly: bool | None = None) -> object:
    return {"url": url}


def refuses_to_connect(url: str, *, readonly: bool | None = None) -> object:
    raise ConnectionRefusedError("connection refused by db.example.org:5432")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("tests.store.no_such_module:Backend", "cannot be loaded: ModuleNotFoundError"),
        ("tests.store.test_backends:NoSuchName", "cannot be loaded: AttributeError"),
        ("tests.store.test_backends:MEANING", "is a int, not a backend class or factory"),
        ("tests.store.test_backends:not_a_backend", "gave a dict, not a bilat backend"),
        ("tests.store.test_backends:refuses_to_connect", "ConnectionRefusedError: connection"),
    ],
)
def test_a_broken_plugin_is_named_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, expected: str
) -> None:
    site = tmp_path / "site"
    fake_distribution(site, "bilat_broken", {"broken": value})
    monkeypatch.syspath_prepend(str(site))
    message = refusal("broken://user:pw@host/db")
    assert expected in message
    assert "bilat_broken" in message
    assert ":pw@" not in message


MEANING = 42


def test_two_plugins_claiming_one_scheme_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    fake_distribution(site, "bilat_memory_one", {"memory": MEMORY_BACKEND})
    fake_distribution(
        site, "bilat_memory_two", {"memory": "tests.store.test_backends:memory_factory"}
    )
    monkeypatch.syspath_prepend(str(site))
    message = refusal("memory://which")
    assert "2 installed backends claim memory://" in message
    assert "bilat_memory_one" in message and "bilat_memory_two" in message


def test_a_plugin_cannot_take_over_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    fake_distribution(site, "bilat_files", {"file": MEMORY_BACKEND})
    monkeypatch.syspath_prepend(str(site))
    assert isinstance(open_backend(f"file://{tmp_path}/db.json"), TinyDBBackend)


def test_redacted_hides_only_the_password() -> None:
    assert redacted("postgresql://u:p@h/db") == "postgresql://u:***@h/db"
    assert redacted("postgresql://u@h/db") == "postgresql://u@h/db"
    assert redacted("memory://name") == "memory://name"
