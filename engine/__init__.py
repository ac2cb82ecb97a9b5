"""bilat's engine: one open database as the explorer and the command line use it.

Between the data layer (``bilat.store``: records, validation, backends) and what people
use (``bilat.tui``: the explorer and the command line). It opens a database by path or
URL, decides what "large" means (one policy), warms a database up in stages — rows,
records, qualifiers, words, sector counts, checked, links — and says when each is
ready, and keeps what is derived between sessions (the saved search index). It runs no
thread of its own: the explorer runs its long calls in workers, the command line
in line. It imports neither Textual nor Rich.
"""

from .policy import POLICY, Policy
from .session import Session
from .stages import Stage

__all__ = ["POLICY", "Policy", "Session", "Stage"]
