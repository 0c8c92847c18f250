"""docs/plugins.md keeps up with the profile format."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from claimdiff.extractors.profile import DatelineLabels, DetectRule, HeadlineRules, Profile, Rule

DOC = Path(__file__).resolve().parents[2] / "docs" / "plugins.md"


@pytest.mark.parametrize("model", [Profile, Rule, DetectRule, DatelineLabels, HeadlineRules])
def test_every_profile_field_is_documented(model: type[BaseModel]) -> None:
    text = DOC.read_text(encoding="utf-8")
    for field in model.model_fields:
        assert f"`{field}`" in text, f"{model.__name__}.{field} is not in docs/plugins.md"


def test_the_conformance_kit_has_a_place() -> None:
    assert "## Conformance kit" in DOC.read_text(encoding="utf-8")
