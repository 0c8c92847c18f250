"""The one family of exceptions claimdiff raises."""

from __future__ import annotations


class ClaimdiffError(Exception):
    """Base class of every error claimdiff raises on purpose."""


class InputError(ClaimdiffError):
    """A source could not be read or decoded; names the source and the cause."""

    def __init__(self, source: str, cause: str) -> None:
        super().__init__(f"{source}: {cause}")
        self.source = source
        self.cause = cause


class PluginError(ClaimdiffError):
    """A plugin failed to load, registered something invalid, or raised while running."""

    def __init__(self, plugin: str, cause: str) -> None:
        super().__init__(f"plugin {plugin!r}: {cause}")
        self.plugin = plugin
        self.cause = cause


class UsageError(ClaimdiffError):
    """The caller asked for something that does not exist (an unknown extractor or format)."""


class UnknownIdError(ClaimdiffError, KeyError):
    """A report lookup named an id the report does not hold."""

    def __init__(self, what: str, id: str) -> None:
        super().__init__(f"no {what} with id {id!r} in the report")
        self.what = what
        self.id = id

    def __str__(self) -> str:
        return str(self.args[0])
