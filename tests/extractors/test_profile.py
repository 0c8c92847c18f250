from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff.errors import PluginError
from claimdiff.extractors.profile import (
    Profile,
    core_profile,
    fold_pattern,
    load_profile,
    parse_profile,
)


def test_fold_pattern_folds_letters_but_keeps_regex_syntax() -> None:
    folded = fold_pattern(r"تأريخ\s+النشر\S*\d{2}")
    assert folded == r"تاريخ\s+النشر\S*\d{2}"


def test_a_profile_inherits_the_generic_rules_after_its_own() -> None:
    own = {
        "name": "acme",
        "outlet": "Acme News",
        "rules": [{"kind": "promo", "pattern": "اشترك الآن"}],
        "datelines": [{"role": "published", "labels": ["بتاريخ"]}],
    }
    profile = parse_profile(own, "test")
    generic = core_profile("generic")
    assert profile.rules[0].kind == "promo"
    assert len(profile.rules) == len(generic.rules) + 1
    assert profile.datelines[0].labels == ["بتاريخ"]
    assert profile.infer_outlet is generic.infer_outlet
    assert profile.outlet == "Acme News" and profile.extends is None


def test_settings_given_by_the_profile_override_the_base() -> None:
    profile = parse_profile({"name": "acme", "headline": {"min_words": 2}, "footer_from": 0.8}, "test")
    assert profile.headline.min_words == 2 and profile.footer_from == 0.8


def test_a_profile_without_extends_stands_alone() -> None:
    profile = parse_profile({"name": "bare", "extends": None}, "test")
    assert profile.rules == [] and profile.datelines == []


@pytest.mark.parametrize(
    "data, message",
    [
        ({"name": "x", "rules": [{"kind": "k", "pattern": "("}]}, "bad pattern"),
        ({"name": "x", "detect": [{"pattern": "a", "weight": 2}]}, "invalid layout profile"),
        ({"name": "x", "unknown_field": 1}, "invalid layout profile"),
        ({"name": "x", "extends": "no-such-core-profile"}, "no core layout profile"),
    ],
)
def test_a_broken_profile_raises_a_plugin_error(data: dict[str, object], message: str) -> None:
    with pytest.raises(PluginError, match=message):
        parse_profile(data, "test")


def test_load_profile_reads_a_file_and_reports_unreadable_ones(tmp_path: Path) -> None:
    good = tmp_path / "profile.json"
    good.write_text(json.dumps({"name": "filed", "outlet": "Filed"}), encoding="utf-8")
    assert load_profile(good).outlet == "Filed"
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(PluginError, match="cannot read"):
        load_profile(bad)


def test_the_shipped_profiles_are_valid() -> None:
    data = Path(__file__).resolve().parents[2] / "src" / "claimdiff" / "extractors" / "data"
    assert isinstance(Profile.model_validate(json.loads((data / "generic.json").read_text("utf-8"))), Profile)
    assert core_profile("generic").name == "generic"
