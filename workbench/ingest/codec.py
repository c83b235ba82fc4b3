"""Extractions to JSON and back, generically: whatever fields the extraction dataclasses hold
(today's or ones added later) travel through a JSON-lines shard and come back as the same
objects, checked against their type hints."""

from __future__ import annotations

import types
import typing
from dataclasses import MISSING, fields, is_dataclass
from datetime import date
from functools import cache
from typing import Any

from workbench.extract import Extraction


class DecodeError(ValueError):
    """JSON that does not have the shape of an extraction; the message says where."""


def encode(value: Any) -> Any:
    """Plain JSON data for a dataclass tree: dataclasses become objects, dates ISO strings."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    return value


def decode_extraction(data: Any) -> Extraction:
    """An Extraction rebuilt from `encode`'s output; DecodeError names the first bad field."""
    return decode(Extraction, data, "extraction")


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def decode(kind: Any, data: Any, where: str) -> Any:
    """`data` read as a value of type `kind` (dataclasses, lists, dicts, optionals, dates and
    scalars), refusing anything else with the path of the offending field."""
    origin = typing.get_origin(kind)
    if kind is Any:
        return data
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if data is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return decode(option, data, where)
            except DecodeError as error:
                errors.append(str(error))
        raise DecodeError(errors[0] if errors else f"{where}: unexpected null")
    if origin in (list, tuple):
        if not isinstance(data, list):
            raise DecodeError(f"{where}: expected a list")
        (item,) = typing.get_args(kind)[:1] or (Any,)
        items = [decode(item, value, f"{where}[{i}]") for i, value in enumerate(data)]
        return items if origin is list else tuple(items)
    if origin is dict:
        if not isinstance(data, dict):
            raise DecodeError(f"{where}: expected an object")
        _, value_kind = typing.get_args(kind) or (str, Any)
        return {key: decode(value_kind, value, f"{where}.{key}") for key, value in data.items()}
    if is_dataclass(kind) and isinstance(kind, type):
        return _decode_dataclass(kind, data, where)
    if kind is date:
        if not isinstance(data, str):
            raise DecodeError(f"{where}: expected a YYYY-MM-DD date")
        try:
            return date.fromisoformat(data)
        except ValueError:
            raise DecodeError(f"{where}: {data!r} is not a YYYY-MM-DD date") from None
    if kind is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise DecodeError(f"{where}: expected a number")
        return data  # an int stays an int (as extraction made it), so it is stored alike
    if kind is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise DecodeError(f"{where}: expected an integer")
        return data
    if kind in (str, bool):
        if not isinstance(data, kind):
            raise DecodeError(f"{where}: expected {'text' if kind is str else 'true or false'}")
        return data
    raise DecodeError(f"{where}: cannot read a value of type {kind!r}")


def _decode_dataclass(kind: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise DecodeError(f"{where}: expected an object")
    known = {f.name: f for f in fields(kind) if f.init}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise DecodeError(f"{where}: unknown field {unknown[0]!r}")
    hints = _hints(kind)
    values = {}
    for name, field in known.items():
        if name in data:
            values[name] = decode(hints[name], data[name], f"{where}.{name}")
        elif field.default is MISSING and field.default_factory is MISSING:
            raise DecodeError(f"{where}: missing field {name!r}")
    return kind(**values)
