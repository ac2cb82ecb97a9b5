"""Copying to the user's own clipboard from a terminal that may be miles away (SSH).

OSC 52 asks the terminal emulator to set its clipboard: the sequence travels with the
screen output, through SSH, to the user's machine. tmux keeps it for itself unless
``set-clipboard on`` is set; wrapped in tmux's passthrough (``allow-passthrough on``)
it reaches the outer terminal as well, so inside tmux both are written (the same text
twice, harmlessly). GNU screen is passed through the same way.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping


def osc52(text: str) -> str:
    """The sequence that sets the clipboard ("c") to ``text``."""
    encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return f"\x1b]52;c;{encoded}\a"


def passed_through(sequence: str, multiplexer: str) -> str:
    """``sequence`` wrapped for tmux or screen to hand it to the terminal outside."""
    if multiplexer == "tmux":
        return "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"
    return "\x1bP" + sequence + "\x1b\\"


def sequences(text: str, environ: Mapping[str, str]) -> list[str]:
    """What to write for ``text`` to reach the clipboard from here."""
    plain = osc52(text)
    if environ.get("TMUX"):
        return [plain, passed_through(plain, "tmux")]
    if environ.get("STY"):
        return [plain, passed_through(plain, "screen")]
    return [plain]
