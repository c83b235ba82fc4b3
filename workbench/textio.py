"""Read article files as text, refusing what is not text with a message that names the file."""

from __future__ import annotations

import codecs
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
"""Larger files are refused: no news article is 50 MB, and it guards memory."""


class ArticleError(ValueError):
    """An article file that cannot be read as text; the message is meant for the user."""


def decode_article(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; refuse binary and other encodings."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ArticleError(f"{name}: broken UTF-16 text ({error.reason})") from None
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"{name}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it to UTF-8 first"
        ) from None
    control = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if control > 8 and control > len(text[:8192]) // 100:
        raise ArticleError(f"{name}: binary file, not text")
    return text


def read_article(path: str | Path) -> str:
    """The text of an article file, decoded; raises ArticleError for anything a user must fix."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(f"{path}: {size // (1024 * 1024)} MB is too large (limit 50 MB)")
        data = path.read_bytes()
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a folder, not a file") from None
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except PermissionError:
        raise ArticleError(f"{path}: permission denied") from None
    return decode_article(data, str(path))
