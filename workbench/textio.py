"""Read article files as text, refusing what is not text with a message that names the file."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
"""Larger files are refused: no news article is 50 MB, and it guards memory."""


class ArticleError(ValueError):
    """An article file that cannot be read as text; the message is meant for the user."""


def decode_article(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; refuse binary and other encodings."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            decoded = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ArticleError(f"{name}: broken UTF-16 text ({error.reason})") from None
        if "\x00" in decoded:
            raise ArticleError(f"{name}: binary file, not text (a NUL character)")
        return decoded
    if b"\x00" in data:  # anywhere: a NUL is never text, however late it comes
        raise ArticleError(f"{name}: binary file, not text (a NUL byte)")
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


def read_regular(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file. A FIFO, a device or a socket is refused before a byte is
    read (opened without blocking, then checked), so nothing can hang on it; a file over
    `limit` is refused; any OS error (permission, symlink loop...) is a message, not a crash."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a folder, not a file") from None
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError(f"{path}: is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(f"{path}: not a regular file (a pipe, device or socket)")
        if info.st_size > limit:
            raise ArticleError(
                f"{path}: {info.st_size:,} bytes is over the limit of {limit:,} bytes "
                f"({limit // (1024 * 1024)} MB)"
            )
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror or error})") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ArticleError(f"{path}: grew over the limit of {limit:,} bytes while being read")
    return data


def read_article(path: str | Path) -> str:
    """The text of an article file, decoded; raises ArticleError for anything a user must fix."""
    return decode_article(read_regular(path), str(path))
