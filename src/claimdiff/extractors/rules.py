"""A layout profile compiled for the engine: line rules, span rules, dateline labels, bare dates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimdiff.extractors.lines import Line
from claimdiff.extractors.profile import Profile, compile_pattern, fold_pattern


@dataclass(frozen=True)
class Rule:
    """A profile rule: the kind and role it gives, where its pattern must match, what it does next."""

    kind: str
    role: str
    regex: re.Pattern[str]
    scope: str
    then: str = "line"
    follow: int = 0
    top: int | None = None
    bottom: int | None = None
    max_words: int | None = None
    header: bool = False

    def applies(self, line: Line, count: int, first_paragraph: int) -> bool:
        if self.top is not None and line.index >= self.top:
            return False
        if self.header and line.index >= first_paragraph:
            return False
        if self.bottom is not None and line.index < count - self.bottom:
            return False
        return self.max_words is None or line.words <= self.max_words

    def matches(self, line: Line) -> bool:
        s = line.folded.text.strip()
        if self.scope == "line":
            return self.regex.fullmatch(s) is not None
        if self.scope == "start":
            return self.regex.match(s) is not None
        return self.regex.search(s) is not None


@dataclass(frozen=True)
class Compiled:
    """A profile with its patterns compiled, ready for :func:`analyse`."""

    profile: Profile
    rules: tuple[Rule, ...]
    spans: tuple[Rule, ...]
    labels: re.Pattern[str] | None  # one named group per label: g<i>, whose role is label_roles[i]
    label_roles: tuple[str, ...]
    bare_dates: tuple[re.Pattern[str], ...]


def _alternation(words: Sequence[str]) -> str:
    parts = {fold_pattern(re.escape(w.strip())).replace("\\ ", r"\s*") for w in words}
    # longest first; ties in a fixed order, so the expression is the same text in every process
    return "|".join(sorted(parts, key=lambda p: (-len(p), p)))


def compile_profile(profile: Profile) -> Compiled:
    where = f"profile {profile.name!r}"
    rules: list[Rule] = []
    if profile.names:
        names = _alternation(profile.names)
        rules.append(Rule("masthead", "boilerplate", compile_pattern(f"(?:{names})", where), "line"))
    for r in profile.rules:
        rules.append(
            Rule(
                r.kind,
                r.role,
                compile_pattern(r.pattern, f"{where} ({r.kind})"),
                r.scope,
                r.then,
                r.follow,
                r.top,
                r.bottom,
                r.max_words,
                r.header,
            )
        )
    spans = [r for r in rules if r.scope == "span"]
    if profile.names:
        tag = rf"^\s*(?:{_alternation(profile.names)})\s*[-/]\s*[^\s:.,]+\s*[:\-]?"
        spans.insert(0, Rule("agency_tag", "metadata", compile_pattern(tag, where), "span", max_words=None))
    roles: dict[str, str] = {}
    for group in profile.datelines:
        for label in group.labels:
            words = fold_pattern(label).split()
            roles.setdefault(r"\s+".join(re.escape(w) for w in words), group.role)
    ordered = sorted(roles, key=len, reverse=True)  # longest label first, whatever its role
    labels = None
    if ordered:
        alt = "|".join(f"(?P<g{i}>{p})" for i, p in enumerate(ordered))
        labels = re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)
    label_roles = tuple(roles[p] for p in ordered)
    return Compiled(
        profile,
        tuple(r for r in rules if r.scope != "span"),
        tuple(spans),
        labels,
        label_roles,
        tuple(compile_pattern(p, f"{where} bare_dates") for p in profile.bare_dates),
    )
