"""assert_layout: each expectation it is given can fail, with a message naming the extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.extractors.generic import GenericExtractor
from claimdiff.testing import assert_layout

SEED = (Path(__file__).resolve().parents[2] / "examples" / "000_6b7e0fece997cee9.txt").read_text(
    encoding="utf-8"
)
HEADLINE = "هذا ما فعلته المخابرات الفرنسية في سوريا"
RIGHT = {"outlet": None, "relayed_from": [], "headline": HEADLINE, "min_confidence": -1.0}


def test_a_correct_expectation_passes_and_returns_the_layout() -> None:
    layout = assert_layout(GenericExtractor(), SEED, not_body=["الرئيسية »"], **RIGHT)
    assert layout.headline is not None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"outlet": "Le Monde"}, "outlet None, expected 'Le Monde'"),
        ({"relayed_from": ["AFP"]}, "relayed_from [], expected ['AFP']"),
        ({"headline": "عنوان آخر"}, "headline"),
        ({"not_body": ["زار وفد"]}, "'زار وفد' is in the body"),
        ({"body_count": 99}, "expected 99"),
        ({"datelines": [("published", "2014")]}, "datelines []"),
        ({"min_confidence": 0.5}, "detect() gave 0.0"),
    ],
)
def test_each_wrong_expectation_fails_with_a_message(change: dict[str, object], message: str) -> None:
    with pytest.raises(AssertionError, match="generic: ") as info:
        assert_layout(GenericExtractor(), SEED, **{**RIGHT, **change})  # type: ignore[arg-type]
    assert message in str(info.value)
