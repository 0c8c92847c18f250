"""A command group that imports each command's module only when that command is looked up."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping

import click


class LazyCommands(MutableMapping[str, click.Command]):
    """``name -> command``, where a command given as ``"module:attribute"`` is imported on first use."""

    def __init__(self, specs: dict[str, str]) -> None:
        self.specs = dict(specs)
        self.loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self.loaded:
            module, _, attr = self.specs[name].partition(":")  # KeyError for an unknown name
            command = getattr(importlib.import_module(module), attr)
            if not isinstance(command, click.Command):
                raise TypeError(f"{self.specs[name]} is not a click command")
            self.loaded[name] = command
        return self.loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self.loaded[name] = command

    def __delitem__(self, name: str) -> None:
        self.loaded.pop(name, None)
        self.specs.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted({*self.specs, *self.loaded}))

    def __len__(self) -> int:
        return len({*self.specs, *self.loaded})


class LazyGroup(click.Group):
    """A group whose ``commands`` are :class:`LazyCommands` built from ``lazy``."""

    def __init__(self, *args: object, lazy: dict[str, str] | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.commands = LazyCommands(lazy or {})
