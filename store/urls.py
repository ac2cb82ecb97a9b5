"""A database URL as people may see it: in messages, the header, logs and exports.

The password goes, whether in the user part (``user:secret@host``) or in the query
(``?password=…``, ``?sslpassword=…``); everything else stays, so the place is still named.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

_SECRET_PARAMS = frozenset(("password", "sslpassword"))


def redacted(url: str) -> str:
    """``url`` with each password replaced by ``***``."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        host = netloc.rpartition("@")[2]
        netloc = f"{parts.username or ''}:***@{host}"
    query = parts.query
    if query and any(key in _SECRET_PARAMS for key, _ in parse_qsl(query)):
        query = urlencode(
            [
                (key, "***" if key in _SECRET_PARAMS else value)
                for key, value in parse_qsl(query, keep_blank_values=True)
            ],
            safe="*",
        )
    if (netloc, query) == (parts.netloc, parts.query):
        return url
    return parts._replace(netloc=netloc, query=query).geturl()
