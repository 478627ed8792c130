"""Normalising article text before it is hashed and coded, and finding text that is not Unicode.

Two copies of one article that differ only in invisible characters (a zero-width space, a
soft hyphen, a stray control character) must get the same identity and the same events.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible format characters that scrapers and editors leave in news text: zero-width space,
# non-joiner and joiner, word joiner, byte-order mark, soft hyphen.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Line and paragraph breaks other than "\n" (NEL, LS, PS, vertical tab, form feed): one "\n" each,
# so sentences and offsets see an ordinary line break.
_LINE_BREAKS = "\u0085\u2028\u2029\x0b\x0c"
# Every other C0 and C1 control character except tab and newline (ESC included: no terminal
# sequence survives into the store).
_CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)] if c != 0x85)
_DROP = re.compile(f"[{re.escape(_INVISIBLE + _CONTROLS)}]")
_BREAK = re.compile(f"[{re.escape(_LINE_BREAKS)}]")


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, other line breaks as "\\n", invisible and control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BREAK.sub("\n", text)
    text = _DROP.sub("", text)
    return unicodedata.normalize("NFC", text)


def lone_surrogate(text: str) -> int | None:
    """The offset of the first lone surrogate (text that cannot be written as UTF-8), if any.

    Scraped JSON often holds one where an emoji was cut in half ("\\ud83d").
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None
