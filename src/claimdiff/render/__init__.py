"""Built-in report formats, registered through the same hook as a plugin's."""

from __future__ import annotations

from collections.abc import Callable

from claimdiff.hookspecs import hookimpl
from claimdiff.render import json_format, jsonl, markdown, text


@hookimpl
def claimdiff_register_formats(register: Callable[..., None]) -> None:
    register("text", text.render, "Plain text for a terminal, stories side by side.")
    register("markdown", markdown.render, "Markdown for an issue or a pull request.")
    register("json", json_format.render, "The JSON report (claimdiff schema).")
    register("jsonl", jsonl.render, "JSON Lines, one object a line, streamed by `claimdiff diff`.")
