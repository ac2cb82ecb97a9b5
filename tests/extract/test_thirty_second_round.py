"""Thirty-second round: what the first reading of held-out set AV showed the reader could not
read, in words any article may use.

- "en présence de Jean Kaito (Président de la République) et de Paul Norvel (CEO de Norvel
  Mining LLC)": a title in brackets after a name is the person's, as after a comma, and
  the company it names is the one the person heads.
"""

from __future__ import annotations

from .reading import about, orgs, people, read, role_titles


def test_a_title_in_brackets_after_the_name() -> None:
    found = read(
        "La cérémonie s'est tenue à Paris en présence de Jean Kaito (Président de la "
        "République) et de Paul Norvel (CEO de Norvel Mining LLC).",
    )
    assert {"Jean Kaito", "Paul Norvel"} <= people(found)
    assert role_titles(found, "Jean Kaito") == ["Président de la République"]
    assert "Norvel Mining LLC" in orgs(found)
    assert [p.plain_value() for p in about(found, "Norvel Mining LLC", "head")] == ["Paul Norvel"]
    found = read(
        "The ceremony was attended by Amos Kelo (chief executive of Tarsa Mining) and Tom "
        "Brevi (governor of Kaito).",
        "en",
    )
    assert {"Amos Kelo", "Tom Brevi"} <= people(found)
    assert role_titles(found, "Tom Brevi") == ["governor of Kaito"]
