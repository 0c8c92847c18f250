"""Checks of the gazetteer and format hooks: what they register is valid, collides with nothing,
and (for formats) renders a real report."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from claimdiff.testing.calls import fail, problem_list
from claimdiff.testing.inputs import neutral_texts
from claimdiff.testing.outcome import CheckSkipped
from claimdiff.testing.subject import PluginUnderTest

GAZETTEER_HOOK = "claimdiff_register_gazetteer"
FORMATS_HOOK = "claimdiff_register_formats"
BUILTIN_FORMATS = ("text", "markdown", "json")


def _hooked(plugin: PluginUnderTest, hook: str) -> None:
    if hook not in plugin.hook_report().hooks:
        raise CheckSkipped(f"the plugin does not implement {hook}()")
    plugin.registration()


def _entry_problems(raw: Any, source: str) -> tuple[Any, list[str]]:
    from claimdiff.entities import Entry

    data = raw.model_dump() if hasattr(raw, "model_dump") else raw
    if not isinstance(data, Mapping) or not data.get("id"):
        return None, [f"{data!r:.60} is not a gazetteer entry (a mapping with at least an 'id')"]
    try:
        return Entry.model_validate({**data, "source": source}), []
    except ValidationError as exc:
        from claimdiff.validation import explain

        return None, [f"entry {data.get('id')!r}: {explain(exc, Entry)}"]


def check_gazetteer_entries(plugin: PluginUnderTest) -> None:
    """Gazetteer entries are valid and take no id or alias of a built-in entry or another plugin's."""
    from claimdiff.entities import Gazetteer

    _hooked(plugin, GAZETTEER_HOOK)
    bundled = Gazetteer.default()
    problems: list[str] = []
    theirs: dict[str, str] = {}
    for m in plugin.neighbours:
        if m.module != plugin.spec.module_name:
            for e in m.gazetteer:
                for alias in [e.get("label"), *e.get("aliases", [])]:
                    if alias:
                        theirs[str(alias).casefold()] = f"{e.get('id')!r} of plugin {m.name!r}"
                theirs.setdefault(f"id:{e.get('id')}", f"plugin {m.name!r}")
    for raw in plugin.registration().gazetteer:
        entry, bad = _entry_problems(raw, plugin.name)
        problems += bad
        if entry is None:
            continue
        existing = bundled.get(entry.id)
        if existing is not None and existing.type != entry.type:
            problems.append(
                f"entry {entry.id!r} reuses a built-in id of type {existing.type!r} as {entry.type!r}; "
                "choose an id of your own"
            )
        if f"id:{entry.id}" in theirs:
            problems.append(f"entry {entry.id!r} is also registered by {theirs[f'id:{entry.id}']}")
        for alias in [entry.label, *entry.aliases]:
            if not alias:
                continue
            for match in bundled.find(alias):
                whole = match.start == 0 and match.end == len(alias)
                if whole and match.score >= 0.95 and match.entry.id != entry.id:
                    label = match.entry.label or match.entry.id
                    problems.append(
                        f"entry {entry.id!r}: alias «{alias}» already names built-in {match.entry.id!r} "
                        f"({label}); every mention of it would be relabelled"
                    )
                    break
            other = theirs.get(alias.casefold())
            if other:
                problems.append(f"entry {entry.id!r}: alias «{alias}» is also an alias of {other}")
    if problems:
        raise fail(plugin, None, problem_list(problems))


def _report() -> Any:
    from claimdiff.pipeline import analyze
    from claimdiff.plugins import load
    from claimdiff.sources import Text

    texts = [Text(s.text) for s in neutral_texts()][:2]
    return analyze(texts, plugins=load(entry_points=[]))


def check_formats(plugin: PluginUnderTest) -> None:
    """Formats have free names and render a real report to a non-empty str."""
    _hooked(plugin, FORMATS_HOOK)
    taken = {name: "claimdiff (built in)" for name in BUILTIN_FORMATS}
    for m in plugin.neighbours:
        if m.module != plugin.spec.module_name:
            taken.update({name: f"plugin {m.name!r}" for name in m.formats})
    problems = []
    report = _report()
    for args, kwargs in plugin.registration().formats:
        values = {**dict(zip(("name", "render", "description"), args, strict=False)), **kwargs}
        name, render = values.get("name"), values.get("render")
        if not isinstance(name, str) or not name or not callable(render):
            problems.append(f"register{args!r:.60} needs a name (str) and a render(report) callable")
            continue
        if name in taken and not plugin.spec.builtin:
            problems.append(f"format name {name!r} is already taken by {taken[name]}; rename it")
        try:
            with plugin.plugin_code(f"rendering format {name!r}"):
                out = render(report)
        except Exception as exc:
            problems.append(f"format {name!r}: render(report) raised {type(exc).__name__}: {exc}")
            continue
        if not isinstance(out, str) or not out.strip():
            problems.append(
                f"format {name!r}: render(report) returned {type(out).__name__} {out!r:.40}, not text"
            )
    if problems:
        raise fail(plugin, None, problem_list(problems))
