"""bilat: a terminal explorer of bilateral industrial cooperation.

One import name for the whole program. Its parts keep the folders the project is laid
out in — ``store/`` (the data layer), ``tui/`` (the explorer and the command line) and
``seeds/`` (the bundled data) — and are installed as ``bilat.store``, ``bilat.tui`` and
``bilat.seeds`` (``package-dir`` in pyproject.toml). In a checkout, the links
``bilat/store``, ``bilat/tui`` and ``bilat/seeds`` point at those folders, so that the
type checker and the tests find ``bilat.*`` where the installed program has it.
"""

__version__ = "0.1.0"
