"""bilat's terminal side: the Textual explorer and the ``bilat`` command line."""
