"""The texts the kit feeds to extractors: bundled neutral texts and hostile inputs."""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)

RANDOM_MAX_SIZE = 2000
_SEED = 20231118


@dataclass(frozen=True)
class Sample:
    """One input text and how a message should name it."""

    label: str
    text: str


@cache
def neutral_texts() -> tuple[Sample, ...]:
    """Texts from no outlet at all (news-like and not), bundled with the kit."""
    raw = (resources.files("claimdiff.testing") / "data" / "neutral.json").read_text(encoding="utf-8")
    return tuple(Sample(f"neutral text {t['id']!r}", t["text"]) for t in json.loads(raw)["texts"])


def large_text(seeds: Sequence[str], kilobytes: int) -> str:
    """Article-like text of about ``kilobytes`` KB, the seeds repeated."""
    unit = "\n\n".join(s for s in seeds if s.strip()) or "\n".join(s.text for s in neutral_texts())
    size = max(1, len(unit.encode("utf-8")))
    repeats = kilobytes * 1024 // size + 1
    return "\n\n".join([unit] * repeats)


def _binary_junk(n: int) -> str:
    rng = random.Random(_SEED)
    return bytes(rng.randrange(256) for _ in range(n)).decode("utf-8", errors="replace")


_HTML = (
    "<!doctype html><html><head><title>T</title><script>var x = '<p>';</script>"
    "<style>p{color:red}</style></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>Headline &amp; more</h1><p>First <b>paragraph<p>unclosed <i>tags</b></i>"
    "<!-- comment --></article><footer>&copy; 2023</footer></body></html>"
)
_MIXED = (
    "Breaking: الحكومة تعلن 3 إجراءات جديدة\nשלום עולם 世界 мир κόσμος\n"
    "قال المتحدث \u201cإن الوضع مستقر\u201d، بحسب وكالة XYZ.\n١٢٣٤ ۱۲۳۴ 1234\n"
    "تم التحدیث فی: 18 November 2023 - 09:22\n"
)
_BIDI = (
    "\u202eoverride\u202c \u2067isolate\u2069 \u200fمرحبا\u200e a\u0301\u0302\u0303 "
    "\u0628\u064e\u0651\u0650 \U0001f600\u200d\U0001f4bb \ufeffBOM \u00ad soft\u2028line\u2029para\n"
)


def hostile_inputs(examples: Sequence[str], kilobytes: int) -> list[Sample]:
    """Empty, blank, markup, junk, mixed scripts, truncated examples and very large texts.

    The large texts are made of the neutral texts: a large text in the outlet's own layout is
    the time-budget check's input.
    """
    samples = [
        Sample("empty text", ""),
        Sample("whitespace-only text", " \n\t\u00a0\u2003\r\n  \n"),
        Sample("one-character text", "x"),
        Sample("HTML markup", _HTML),
        Sample("binary junk decoded with replacement characters", _binary_junk(4096)),
        Sample("control characters", "".join(chr(c) for c in range(32)) * 8),
        Sample("mixed scripts", _MIXED),
        Sample("bidi controls and combining marks", _BIDI * 4),
        Sample("many one-word lines", "word\n" * 20000),
    ]
    for i, text in enumerate(examples[:3], 1):
        samples.append(Sample(f"example {i} cut after 60 characters", text[:60]))
        samples.append(Sample(f"example {i} without its first line", text.partition("\n")[2]))
    samples.append(Sample("a 100-kilocharacter line without spaces", "\u0627\u0644" * 50_000))
    samples.append(Sample(f"a {kilobytes} KB text of neutral texts", large_text([], kilobytes)))
    return samples


def for_each_random_text(run: Callable[[str], None], count: int) -> None:
    """Call ``run`` on ``count`` random Unicode texts: hypothesis (shrinks failures) when installed."""
    if count <= 0:
        return
    try:
        from hypothesis import HealthCheck, given, reporting, settings
        from hypothesis import strategies as st
    except ImportError:  # hypothesis is in the testing extra; fall back to seeded random text
        rng = random.Random(_SEED)
        for _ in range(count):
            run(_random_text(rng))
        return

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        deadline=None,
        print_blob=False,
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.text(max_size=RANDOM_MAX_SIZE))
    def each(text: str) -> None:
        run(text)

    with reporting.with_reporter(lambda value: log.debug("hypothesis: %s", value)):
        each()


def _random_text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randrange(RANDOM_MAX_SIZE)):
        c = rng.randrange(0x110000)
        out.append(chr(c) if not 0xD800 <= c <= 0xDFFF else "\ufffd")
    return "".join(out)
