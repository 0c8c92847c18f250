"""ProfileExtractor: an outlet extractor configured entirely by a layout profile."""

from __future__ import annotations

import re

from claimdiff.errors import PluginError
from claimdiff.extractors.base import Layout
from claimdiff.extractors.lines import Line, split_lines
from claimdiff.extractors.outlets import OutletFinder, gazetteer_cue, gazetteer_finder, with_implied
from claimdiff.extractors.profile import DetectRule, Profile, compile_pattern, package_profile
from claimdiff.extractors.publisher import find_publisher
from claimdiff.extractors.relay import RelayCues, find_relays
from claimdiff.extractors.rules import Compiled, compile_profile
from claimdiff.extractors.segments import Analysis, analyse
from claimdiff.text.document import reading

CREDIT_KINDS = ("credit", "source", "wire_tag", "production_credit")


class ProfileExtractor:
    """Detects and lays out one outlet's articles from a :class:`Profile`.

    ``finder`` names outlets and agencies (credits, relays, mastheads); by default the entity
    gazetteer, looked up on first use.
    """

    def __init__(
        self,
        profile: Profile,
        *,
        version: str,
        finder: OutletFinder | None = None,
        cues: RelayCues | None = None,
    ) -> None:
        self.profile = profile
        self.name = profile.name
        self.version = version
        self.outlets: tuple[str, ...] = (profile.outlet,) if profile.outlet else ()
        self._compiled: Compiled = compile_profile(profile)
        self._detect = [
            (rule, _compile_detect(rule, f"profile {profile.name!r} detect")) for rule in profile.detect
        ]
        self._finder = finder
        self._cues = cues
        self._tag_cue: str | None = None

    @classmethod
    def from_package(cls, package: str, *, version: str, resource: str = "profile.json") -> ProfileExtractor:
        """The extractor of a plugin whose profile ships as package data next to its module."""
        return cls(package_profile(package, resource), version=version)

    @property
    def finder(self) -> OutletFinder:
        if self._finder is None:
            self._finder = gazetteer_finder()
            self._tag_cue = gazetteer_cue()
        return self._finder

    def detect(self, text: str) -> float:
        """Noisy-or of the weights of the profile's detection rules that match ``text``."""
        if not self._detect:
            return 0.0
        with reading(text) as v:  # the document's one fold, its lines cut from it
            lines = split_lines(text)
            miss = 1.0
            for rule, regex in self._detect:
                if _detected(rule, regex, text, v.folded.text, lines):
                    miss *= 1.0 - rule.weight
        return round(1.0 - miss, 4)

    def analyse(self, text: str) -> Analysis:
        """Every labelled stretch of ``text`` (what :meth:`layout` summarises)."""
        finder = self.finder
        with reading(text):
            return analyse(text, self._compiled, finder, cue=self._tag_cue)

    def layout(self, text: str) -> Layout:
        # One fold for the call: the lines, tags and outlet scans cut theirs from the document's
        # (opened by the pipeline, else made for this call and dropped after it).
        with reading(text):
            return self._layout(text)

    def _layout(self, text: str) -> Layout:
        analysis = self.analyse(text)
        outlet = self.profile.outlet or analysis.outlet
        if outlet is None and self.profile.infer_outlet:
            outlet = find_publisher(text, analysis, self.finder)
        headline = analysis.headline
        body = analysis.ranges("body")
        relayed = find_relays(
            text,
            headline=headline,
            body=body,
            credits=analysis.ranges("metadata", CREDIT_KINDS),
            exclude=[outlet] if outlet else [],
            finder=self.finder,
            cues=self._cues,
            lead_min_words=self.profile.lead_min_words,
            credit_finder=with_implied(self.finder, self._tag_cue),
        )
        return Layout(
            outlet=outlet,
            relayed_from=relayed,
            headline=headline,
            body=body,
            boilerplate=analysis.ranges("boilerplate"),
            metadata=analysis.ranges("metadata"),
            datelines=analysis.datelines,
        )


def _compile_detect(rule: DetectRule, where: str) -> re.Pattern[str]:
    if rule.on == "folded":
        return compile_pattern(rule.pattern, where)
    try:
        return re.compile(rule.pattern, re.IGNORECASE)
    except re.error as exc:
        raise PluginError(where, f"bad pattern {rule.pattern!r}: {exc}") from None


def _detected(rule: DetectRule, regex: re.Pattern[str], text: str, folded: str, lines: list[Line]) -> bool:
    if rule.scope == "search" and rule.top is None and rule.bottom is None:
        return regex.search(text if rule.on == "original" else folded) is not None
    n = len(lines)
    for line in lines:
        if (rule.top is not None and line.index >= rule.top) or (
            rule.bottom is not None and line.index < n - rule.bottom
        ):
            continue
        s = line.text if rule.on == "original" else line.folded.text.strip()
        if (regex.fullmatch(s) if rule.scope == "line" else regex.search(s)) is not None:
            return True
    return False
