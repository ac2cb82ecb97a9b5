"""``python -m tui`` runs the ``bilat`` command."""

import sys

from .cli import main

sys.exit(main())
