"""bilat's terminal side: the Textual explorer and the ``bilat`` command line."""

__version__ = "0.1.0"
