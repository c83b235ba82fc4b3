"""Untrusted text (articles, sources, notes) must be shown as written and never act: this makes
control characters visible instead of letting a terminal obey them."""

from __future__ import annotations

import re

_VISIBLE = {code: chr(0x2400 + code) for code in range(32) if chr(code) not in "\n\t"}
_VISIBLE[0x7F] = "\u2421"
_VISIBLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})
BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
"""Embeddings, overrides and isolates: a right-to-left override makes a browser or terminal
show the text after it reversed ("‮12 killed" reads as "dellik 21"), so a reader sees other
words than the ones stored. They are shown as U+FFFD, as the C1 controls are."""
_VISIBLE.update(dict.fromkeys(BIDI_CONTROLS, "\ufffd"))
_CONTROLS = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_VISIBLE)) + "]")
"""Any character `visible` replaces: most texts hold none, and finding that out is much
faster than `str.translate` with a table that writes other than ASCII (about 0.1 us a
character: a report's texts went through it many times)."""


def visible(text: str | None) -> str:
    """`text` with each control character (ESC, BEL, CR..., and the bidirectional overrides)
    replaced by a visible symbol (␛, ␇, ␍..., �), one character for one, so offsets into the
    text stay valid."""
    if not text:
        return ""
    return text.translate(_VISIBLE) if _CONTROLS.search(text) else text


_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}
_JSON_CONTROLS = re.compile("[\x7f-\x9f]")


def json_controls_escaped(text: str) -> str:
    """JSON text with DEL and the C1 controls (which JSON leaves raw) written as \\u escapes:
    the same data once parsed, nothing a terminal obeys when printed."""
    return _JSON_CONTROLS.sub(lambda found: _JSON_ESCAPES[ord(found[0])], text)
