"""Layout profiles: the data that tells the shared layout engine how one outlet's pages look.

A profile is a JSON file (see ``docs/plugins.md``).  Patterns are Python regular expressions
written in ordinary spelling; they are folded like the text they run on (Arabic letter variants,
digits in any script, quotes and dashes), so ``تأريخ النشر`` also matches ``تاريخ النشر``.  A profile
``extends`` a core profile (by default ``generic``) and inherits its rules, dateline labels and
settings; its own rules are tried first.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from claimdiff.errors import PluginError
from claimdiff.schema import Model
from claimdiff.text.normalize import fold_char

Role = Literal["boilerplate", "metadata"]
Scope = Literal["line", "start", "search", "span"]


class Rule(Model):
    """Labels a line (or part of one) as boilerplate or metadata."""

    kind: str = Field(description="What the text is: breadcrumb, teaser, byline, news_code, credit...")
    role: Role = Field(
        default="boilerplate",
        description="boilerplate: site chrome; metadata: about the article (byline, credit, code).",
    )
    pattern: str = Field(description="Regular expression, matched on the folded line.")
    scope: Scope = Field(
        default="line",
        description="line: the pattern matches the whole line; start: the line starts with it; "
        "search: it occurs in the line (the whole line is labelled); span: only the match is labelled.",
    )
    then: Literal["line", "rest", "block"] = Field(
        default="line",
        description="rest: the line and everything after it (a footer), when it starts past footer_from; "
        "block: the line and what follows up to the next paragraph of article prose (a teaser block).",
    )
    follow: int = Field(
        default=0, ge=0, description="Also label this many following lines (a teaser's title)."
    )
    top: int | None = Field(default=None, ge=1, description="Only within the first N non-empty lines.")
    bottom: int | None = Field(default=None, ge=1, description="Only within the last N non-empty lines.")
    max_words: int | None = Field(default=None, ge=1, description="Only lines of at most this many words.")
    header: bool = Field(default=False, description="Only before the first paragraph of the article.")


class DetectRule(Model):
    """One piece of evidence that a text comes from the profile's outlet."""

    pattern: str
    weight: float = Field(ge=0, le=1, description="Confidence this evidence alone gives.")
    scope: Literal["line", "search"] = Field(
        default="search", description="line: a whole line must match; search: anywhere."
    )
    top: int | None = Field(default=None, ge=1)
    bottom: int | None = Field(default=None, ge=1)
    on: Literal["folded", "original"] = Field(
        default="folded", description="original: match the unfolded text (to see Persian letters, say)."
    )
    note: str = ""


class DatelineLabels(Model):
    """Labels that introduce a date stamp of the article itself."""

    role: Literal["published", "updated"]
    labels: list[str]


class HeadlineRules(Model):
    min_words: int = Field(default=3, ge=1, description="Shorter lines are section labels, not headlines.")
    max_words: int = Field(default=30, ge=1, description="Longer lines are paragraphs.")
    window: int = Field(default=8, ge=1, description="How many leading candidate lines may hold it.")


class Profile(Model):
    """Everything outlet-specific an extractor needs: detection evidence and layout rules."""

    name: str = Field(description="Extractor name, unique among installed extractors.")
    outlet: str | None = Field(default=None, description="Common English name of the outlet.")
    description: str = ""
    extends: str | None = Field(default="generic", description="Core profile whose rules are inherited.")
    names: list[str] = Field(
        default_factory=list,
        description="How the outlet writes its own name: a line holding only one is its masthead, "
        "'NAME – place' opening a line is a tag, and the outlet never relays itself.",
    )
    detect: list[DetectRule] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    datelines: list[DatelineLabels] = Field(default_factory=list)
    bare_dates: list[str] = Field(
        default_factory=list, description="Patterns of an unlabelled date line near the top (published)."
    )
    bare_date_top: int = Field(default=8, ge=1)
    headline: HeadlineRules = Field(default_factory=HeadlineRules)
    footer_from: float = Field(
        default=0.5, ge=0, le=1, description="A 'rest' rule cuts to the end only past this share of the text."
    )
    credit_bottom: int = Field(default=3, ge=1, description="Credit lines are among the last N lines.")
    infer_outlet: bool = Field(
        default=False, description="Name the outlet from a masthead of a known outlet (generic profile)."
    )
    trailer_max_words: int = Field(
        default=2, ge=0, description="Short lines closing the text (after the last paragraph) are chrome."
    )
    lead_min_words: int = Field(default=8, ge=1, description="Paragraphs this long count as article text.")


@lru_cache(maxsize=4096)  # the same patterns are folded to validate and to compile each profile
def fold_pattern(pattern: str) -> str:
    """Fold the non-ASCII characters of a regular expression; ASCII (escapes, classes) stays."""
    return "".join(ch if ch.isascii() else fold_char(ch) for ch in pattern)


def compile_pattern(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(fold_pattern(pattern), re.IGNORECASE)
    except re.error as exc:
        raise PluginError(where, f"bad pattern {pattern!r}: {exc}") from None


def _merge(own: Profile, base: Profile) -> Profile:
    merged = base.model_dump()
    merged.update(own.model_dump(include=own.model_fields_set))
    merged["rules"] = [*own.model_dump()["rules"], *base.model_dump()["rules"]]
    merged["datelines"] = [*own.model_dump()["datelines"], *base.model_dump()["datelines"]]
    merged["bare_dates"] = [*own.bare_dates, *base.bare_dates]
    merged["detect"] = own.model_dump()["detect"]
    merged["names"] = list(own.names)
    merged["extends"] = None
    for key in ("name", "outlet", "description"):
        merged[key] = getattr(own, key)
    return Profile.model_validate(merged)


def parse_profile(data: object, where: str) -> Profile:
    """Validate profile data and resolve what it extends."""
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        from claimdiff.validation import explain

        raise PluginError(where, f"invalid layout profile: {explain(exc, Profile)}") from None
    for i, rule in enumerate(profile.rules):
        compile_pattern(rule.pattern, f"{where} rules[{i}] ({rule.kind})")
    for i, det in enumerate(profile.detect):
        compile_pattern(det.pattern, f"{where} detect[{i}]")
    for pattern in profile.bare_dates:
        compile_pattern(pattern, f"{where} bare_dates")
    if profile.extends:
        profile = _merge(profile, core_profile(profile.extends))
    return profile


def load_profile(source: str | Path | Traversable) -> Profile:
    """Read a profile from a JSON file (a path or a package resource)."""
    where = str(source)
    path = Path(source) if isinstance(source, str) else source
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PluginError(where, f"cannot read layout profile: {exc}") from None
    return parse_profile(data, where)


def package_profile(package: str, resource: str = "profile.json") -> Profile:
    """Read a profile shipped as package data, e.g. ``package_profile(__name__)`` in a plugin."""
    try:
        root = resources.files(package)
    except ModuleNotFoundError as exc:
        raise PluginError(package, f"package not importable: {exc}") from exc
    return load_profile(root / resource)


@cache
def core_profile(name: str) -> Profile:
    """A profile shipped with claimdiff (``extractors/data/<name>.json``)."""
    resource = resources.files("claimdiff.extractors") / "data" / f"{name}.json"
    if not resource.is_file():
        raise PluginError(name, f"no core layout profile named {name!r}")
    return load_profile(resource)
