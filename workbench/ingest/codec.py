"""Extractions to JSON and back, generically: whatever fields the extraction dataclasses hold
(today's or ones added later) travel through a JSON-lines shard and come back as the same
objects, checked against their type hints."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import MISSING, fields, is_dataclass
from datetime import date
from functools import cache
from typing import Any

from workbench.extract import Extraction


class DecodeError(ValueError):
    """JSON that does not have the shape of an extraction; the message says where."""


def encode(value: Any) -> Any:
    """Plain JSON data for a dataclass tree: dataclasses become objects, dates ISO strings,
    sets sorted lists."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, set | frozenset):
        return sorted((encode(item) for item in value), key=repr)
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
    """`data` read as a value of type `kind` (dataclasses, lists, sets, dicts, optionals,
    dates and scalars), refusing anything else with the path of the offending field.

    A reader made once per type reads well-formed data (an import reads every line twice,
    to check and to store: a shard line holds some 20 kB of a claims' preparation); the
    slower, path-tracking reading runs only to say what is wrong, or to take what the fast
    one is too strict for."""
    try:
        return _reader(kind)(data)
    except _Mismatch:
        return _checked(kind, data, where)


class _Mismatch(Exception):
    """Data the fast reader does not take as it is."""


Reader = Callable[[Any], Any]


@cache
def _reader(kind: Any) -> Reader:
    """The fast reader of values of type `kind`: raises _Mismatch on anything unexpected."""
    origin = typing.get_origin(kind)
    if kind is Any:
        return lambda data: data
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        nullable = type(None) in options
        readers = [_reader(option) for option in options if option is not type(None)]

        def read_union(data: Any) -> Any:
            if data is None and nullable:
                return None
            for read in readers:
                try:
                    return read(data)
                except _Mismatch:
                    pass
            raise _Mismatch

        return read_union
    if origin in (list, tuple, frozenset, set):
        (item,) = typing.get_args(kind)[:1] or (Any,)
        make = list if origin is list else origin
        if item in (str, int):

            def read_scalars(data: Any) -> Any:
                if type(data) is not list or any(type(value) is not item for value in data):
                    raise _Mismatch
                return make(data)

            return read_scalars
        read_item = _reader(item)

        def read_items(data: Any) -> Any:
            if type(data) is not list:
                raise _Mismatch
            return make([read_item(value) for value in data])

        return read_items
    if origin is dict:
        _, value_kind = typing.get_args(kind) or (str, Any)
        read_value = _reader(value_kind)

        def read_dict(data: Any) -> Any:
            if type(data) is not dict:
                raise _Mismatch
            return {key: read_value(value) for key, value in data.items()}

        return read_dict
    if is_dataclass(kind) and isinstance(kind, type):
        return _object_reader(kind)
    if kind is date:

        def read_date(data: Any) -> Any:
            if type(data) is not str:
                raise _Mismatch
            try:
                return date.fromisoformat(data)
            except ValueError:
                raise _Mismatch from None

        return read_date
    accepted = {float: (int, float), int: (int,), str: (str,), bool: (bool,)}.get(kind, ())

    def read_scalar(data: Any) -> Any:
        if type(data) not in accepted:
            raise _Mismatch
        return data

    return read_scalar


def _object_reader(kind: type) -> Reader:
    known = {f.name: f for f in fields(kind) if f.init}
    required = {
        name for name, f in known.items() if f.default is MISSING and f.default_factory is MISSING
    }
    readers: dict[str, Reader] = {}  # filled on first use: a type may hold itself

    def read_object(data: Any) -> Any:
        if type(data) is not dict or not required <= data.keys() <= known.keys():
            raise _Mismatch
        if not readers:
            hints = _hints(kind)
            readers.update({name: _reader(hints[name]) for name in known})
        return kind(**{name: readers[name](value) for name, value in data.items()})

    return read_object


def _checked(kind: Any, data: Any, where: str) -> Any:
    """`decode`, following the path of each value to name the first that is wrong."""
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
                return _checked(option, data, where)
            except DecodeError as error:
                errors.append(str(error))
        raise DecodeError(errors[0] if errors else f"{where}: unexpected null")
    if origin in (list, tuple, frozenset, set):
        if not isinstance(data, list):
            raise DecodeError(f"{where}: expected a list")
        (item,) = typing.get_args(kind)[:1] or (Any,)
        items = [_checked(item, value, f"{where}[{i}]") for i, value in enumerate(data)]
        return items if origin is list else origin(items)
    if origin is dict:
        if not isinstance(data, dict):
            raise DecodeError(f"{where}: expected an object")
        _, value_kind = typing.get_args(kind) or (str, Any)
        return {key: _checked(value_kind, value, f"{where}.{key}") for key, value in data.items()}
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
            values[name] = _checked(hints[name], data[name], f"{where}.{name}")
        elif field.default is MISSING and field.default_factory is MISSING:
            raise DecodeError(f"{where}: missing field {name!r}")
    return kind(**values)
