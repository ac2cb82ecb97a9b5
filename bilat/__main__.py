"""``python -m bilat`` runs the ``bilat`` command."""

import sys

from bilat.tui.cli import main

sys.exit(main())
