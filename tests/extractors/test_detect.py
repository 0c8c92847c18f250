from __future__ import annotations

import pytest

from claimdiff.errors import PluginError
from claimdiff.extractors.extractor import ProfileExtractor
from claimdiff.extractors.outlets import OutletFinder
from claimdiff.extractors.profile import parse_profile

TEXT = (
    "أكمي نيوز\n\nعنوان الخبر الرئيسي اليوم\n\n"
    "نص الخبر في سطر طويل يكفي ليكون فقرة من فقرات المقال.\n\nأكمي/ رويترز\n"
)


def extractor(detect: list[dict[str, object]], finder: OutletFinder) -> ProfileExtractor:
    return ProfileExtractor(
        parse_profile({"name": "acme", "detect": detect}, "test"), version="1", finder=finder
    )


def test_confidence_is_the_noisy_or_of_matching_evidence(finder: OutletFinder) -> None:
    ex = extractor(
        [
            {"pattern": "أكمي نيوز", "scope": "line", "weight": 0.6},
            {"pattern": "أكمي\\s*/", "bottom": 2, "weight": 0.5},
            {"pattern": "لا يوجد", "weight": 0.9},
        ],
        finder,
    )
    assert ex.detect(TEXT) == pytest.approx(1 - 0.4 * 0.5)
    assert ex.detect("نص آخر لا علاقة له") == 0.0


def test_scopes_and_positions_restrict_evidence(finder: OutletFinder) -> None:
    assert extractor([{"pattern": "أكمي", "scope": "line", "weight": 0.5}], finder).detect(TEXT) == 0.0
    assert extractor([{"pattern": "أكمي/", "top": 2, "weight": 0.5}], finder).detect(TEXT) == 0.0
    assert extractor([{"pattern": "أكمي نيوز", "bottom": 1, "weight": 0.5}], finder).detect(TEXT) == 0.0
    assert extractor([{"pattern": "أكمي نيوز", "top": 1, "weight": 0.5}], finder).detect(TEXT) == 0.5


def test_original_text_evidence_sees_letters_folding_would_hide(finder: OutletFinder) -> None:
    persian = extractor([{"pattern": "فی", "on": "original", "weight": 0.3}], finder)
    assert persian.detect("التعاون فی المجالات") == 0.3
    assert persian.detect("التعاون في المجالات") == 0.0
    folded = extractor([{"pattern": "فی", "weight": 0.3}], finder)
    assert folded.detect("التعاون في المجالات") == 0.3


def test_a_bad_original_pattern_is_a_plugin_error(finder: OutletFinder) -> None:
    with pytest.raises(PluginError):
        extractor([{"pattern": "(", "on": "original", "weight": 0.3}], finder)


def test_an_extractor_from_a_profile_has_the_protocol_attributes(finder: OutletFinder) -> None:
    profile = parse_profile({"name": "acme", "outlet": "Acme"}, "test")
    ex = ProfileExtractor(profile, version="2.0", finder=finder)
    assert (ex.name, ex.version, ex.outlets) == ("acme", "2.0", ("Acme",))
