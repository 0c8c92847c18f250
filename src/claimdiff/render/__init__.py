"""Reports as text for people: the built-in formats, registered through the same hook as a plugin's.

``render(report, "markdown")`` renders with any registered format (plugins' too);
``render_text``, ``render_markdown`` and ``render_json`` are the built-in ones.
"""

from __future__ import annotations

from collections.abc import Callable

from claimdiff.hookspecs import hookimpl
from claimdiff.render import json_format, jsonl, markdown, text
from claimdiff.schema import Report

render_text = text.render
render_markdown = markdown.render
render_json = json_format.render


def render(report: Report, fmt: str = "text") -> str:
    """``report`` in the format named ``fmt`` (text, markdown, json or a plugin's format).

    An unknown format raises :class:`~claimdiff.errors.UsageError`.
    """
    from claimdiff.plugins import load

    return load().format(fmt).render(report)


@hookimpl
def claimdiff_register_formats(register: Callable[..., None]) -> None:
    register("text", text.render, "Plain text for a terminal, stories side by side.")
    register("markdown", markdown.render, "Markdown for an issue or a pull request.")
    register("json", json_format.render, "The JSON report (claimdiff schema).")
    register("jsonl", jsonl.render, "JSON Lines, one object a line, streamed by `claimdiff diff`.")


__all__ = ["render", "render_json", "render_markdown", "render_text"]
