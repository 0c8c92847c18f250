"""A correct extractor for the fictional "Specimen Times", the base every broken test plugin bends.

Layout of its articles: a masthead line, a breadcrumb, the headline, a "نشر في:" dateline, the
paragraphs, and a "© Specimen Times" footer.
"""

from __future__ import annotations

from importlib import resources

from claimdiff.extractors.base import DatelineField, Layout
from claimdiff.schema import TextRange

MASTHEAD = "SPECIMEN TIMES"
FOOTER = "© Specimen Times"
DATELINE = "نشر في:"
BREADCRUMB = "الرئيسية"
TEASER = "اقرأ أيضا"
FOLLOW = "تابعونا على"


def lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, content) of every line, without its line break."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        out.append((pos, pos + len(content), content))
        pos += len(raw)
    return out


def articles() -> list[str]:
    """The good plugin's example articles (package data of claimdiff_specimen)."""
    folder = resources.files("claimdiff_specimen") / "examples"
    return [f.read_text(encoding="utf-8") for f in sorted(folder.iterdir(), key=lambda f: f.name)]


class SpecimenExtractor:
    name = "specimen"
    version = "1.0"
    outlets: tuple[str, ...] = ("Specimen Times",)

    def evidence(self, text: str) -> tuple[bool, bool]:
        content = [c.strip() for _, _, c in lines(text) if c.strip()]
        return MASTHEAD in content[:3], any(c.startswith(FOOTER) for c in content[-3:])

    def detect(self, text: str) -> float:
        masthead, footer = self.evidence(text)
        return 1.0 - (1.0 - 0.8 * masthead) * (1.0 - 0.5 * footer)

    def layout(self, text: str) -> Layout:
        headline: TextRange | None = None
        body: list[TextRange] = []
        boilerplate: list[TextRange] = []
        datelines: list[DatelineField] = []
        for start, end, content in lines(text):
            stripped = content.strip()
            if not stripped:
                continue
            if stripped == MASTHEAD or stripped.startswith((BREADCRUMB, FOOTER, TEASER, FOLLOW)):
                boilerplate.append(TextRange(start=start, end=end))
            elif stripped.startswith(DATELINE):
                at = content.index(DATELINE) + len(DATELINE)
                at += len(content[at:]) - len(content[at:].lstrip())
                datelines.append(DatelineField(role="published", start=start + at, end=end))
            elif headline is None:
                headline = TextRange(start=start, end=end)
            else:
                body.append(TextRange(start=start, end=end))
        relayed = ["Reuters"] if "رويترز" in text else []
        return Layout(
            outlet=self.outlets[0],
            relayed_from=relayed,
            headline=headline,
            body=body,
            boilerplate=boilerplate,
            datelines=datelines,
        )


class WithExamples:
    """Broken plugins borrow the good plugin's examples through the examples() method."""

    def examples(self) -> list[str]:
        return articles()
