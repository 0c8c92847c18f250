"""Checking a plugin's hook implementations against the hookspecs, and what it registers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pluggy

from claimdiff import hookspecs
from claimdiff.plugins import GROUP

HOOK_PREFIX = "claimdiff_"


@dataclass
class HookReport:
    hooks: list[str]
    problems: list[str]


def validate_hooks(obj: Any, name: str) -> HookReport:
    pm = manager()
    problems: list[str] = []
    try:
        pm.register(obj, name=name)
    except pluggy.PluginValidationError as exc:
        return HookReport([], [_explain_validation(exc)])
    hooks = sorted(c.name for c in pm.get_hookcallers(obj) or [])
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        problems.append(_explain_validation(exc))
    specs = _spec_names()
    for attr in sorted(dir(obj)):
        if not attr.startswith(HOOK_PREFIX) or attr in hooks:
            continue
        value = getattr(obj, attr, None)
        if callable(value) and getattr(value, "__module__", None) == getattr(obj, "__name__", None):
            if attr in specs:
                problems.append(
                    f"{attr}() is not marked with @hookimpl (from claimdiff.hookspecs), so claimdiff "
                    "never calls it; decorate it"
                )
            elif not any(f"{attr}(" in p for p in problems):
                problems.append(
                    f"{attr}() is named like a hook, but no hookspec has that name "
                    f"(hooks: {', '.join(sorted(specs))}); rename it"
                )
    if not hooks and not problems:
        problems.append(
            "implements no claimdiff hook; add e.g. an @hookimpl claimdiff_register_extractors(register)"
        )
    return HookReport(hooks, problems)


def extractor_problem(extractor: Any) -> str | None:
    """What is wrong with an object offered as an extractor, as an instruction to fix it."""
    name = getattr(extractor, "name", None)
    label = f"extractor {name!r}" if isinstance(name, str) and name else f"{type(extractor).__name__} object"
    if not isinstance(name, str) or not name.strip():
        return f"{label} has no 'name'; give it a non-empty str name, unique among extractors"
    version = getattr(extractor, "version", None)
    if not isinstance(version, str) or not version.strip():
        return f"{label} has no 'version'; give it a non-empty str such as the package __version__"
    outlets = getattr(extractor, "outlets", None)
    if isinstance(outlets, str):
        return (
            f"{label} declares outlets as a str ({outlets!r}), not a tuple; "
            f"write outlets = ({outlets!r},) with the trailing comma"
        )
    if not isinstance(outlets, tuple | list) or not all(isinstance(o, str) and o.strip() for o in outlets):
        return f"{label} must declare 'outlets' as a tuple of outlet names (str), got {outlets!r}"
    for meth in ("detect", "layout"):
        if not callable(getattr(extractor, meth, None)):
            return f"{label} has no {meth}() method"
    return None


def manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    return pm


def _spec_names() -> set[str]:
    return {n for n in dir(hookspecs) if n.startswith(HOOK_PREFIX)}


def _explain_validation(exc: pluggy.PluginValidationError) -> str:
    text = " ".join(str(exc).split())
    args = re.search(r"Argument\(s\) (\{.*?\}) are declared in the hookimpl", text)
    hook = re.search(r"for hook '(\w+)'", text)
    if args and hook:
        spec = getattr(hookspecs, hook.group(1), None)
        wanted = ", ".join(spec.__code__.co_varnames[: spec.__code__.co_argcount]) if spec else "?"
        return (
            f"{hook.group(1)}() takes argument(s) {args.group(1)} that the hookspec does not have; "
            f"name its parameters as the hookspec does: ({wanted})"
        )
    if "unknown hook" in text:
        name = re.search(r"unknown hook '(\w+)'", text)
        return (
            f"implements {name.group(1) if name else 'a hook'}(), which is not a claimdiff hook "
            f"(hooks: {', '.join(sorted(_spec_names()))}); check the spelling"
        )
    return text
