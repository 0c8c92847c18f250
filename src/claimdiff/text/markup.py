"""An HTML page as plain text with the same offsets: markup blanked out, nothing moved.

Spans must index the file as it was read.  Instead of extracting the main text (which renumbers
every character), :func:`blank_markup` overwrites markup with spaces, so the layout engine sees the
page's lines (navigation, share buttons, comments and all) at their own offsets and labels them
like those of any copied page.  Block-level tags become line breaks; the contents of the head,
scripts, styles and comments vanish; a character entity is written as its character, padded with
spaces to the entity's length.
"""

from __future__ import annotations

import functools
import html
import re

_HIDDEN_OPEN = re.compile(r"<!--|<(head|script|style|noscript|template|svg|iframe)\b", re.IGNORECASE)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<![^>]*>|<\?[^>]*>", re.DOTALL)
_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# Tags that break a line where they stand (block-level elements and form controls).
_BLOCK = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header"),
        *("hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td"),
        *("tfoot", "th", "thead", "time", "title", "tr", "ul", "button", "label", "option"),
        *("select", "textarea"),
    }
)


def _blank(s: str, *, newline: bool = False) -> str:
    """``s`` as spaces, its own line breaks kept; ``newline`` starts it with a break."""
    out = "".join("\n" if c == "\n" else " " for c in s)
    return "\n" + out[1:] if newline and out and out[0] != "\n" else out


def _entity(m: re.Match[str]) -> str:
    char = html.unescape(m.group())
    if len(char) != 1 or char == m.group():
        return m.group()
    if char.isspace():
        char = " "
    return char + " " * (len(m.group()) - 1)


@functools.cache
def _closer(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{name}\s*>", re.IGNORECASE)


def _blank_hidden(page: str) -> str:
    """Blank comments and hidden elements in one forward pass.

    An element or comment that is never closed runs to the end of the page, as in a browser;
    a backtracking regex would rescan the rest of the page from every unclosed opener instead.
    """
    out: list[str] = []
    pos = 0
    while (m := _HIDDEN_OPEN.search(page, pos)) is not None:
        if m.group(1) is None:
            close = page.find("-->", m.end())
            end = close + 3 if close >= 0 else len(page)
        else:
            found = _closer(m.group(1).lower()).search(page, m.end())
            end = found.end() if found else len(page)
        out += [page[pos : m.start()], _blank(page[m.start() : end], newline=True)]
        pos = end
    out.append(page[pos:])
    return "".join(out)


def blank_markup(page: str) -> str:
    """``page`` with its markup overwritten by white space: same length, text at the same offsets."""
    text = _blank_hidden(page)
    # Only up to the last '>': a '<' with no '>' after it is text, and scanning for one from
    # every such '<' would make a hostile page quadratic.
    cut = text.rfind(">") + 1
    tags = _TAG.sub(lambda m: _blank(m.group(), newline=(m.group(1) or "").lower() in _BLOCK), text[:cut])
    return _ENTITY.sub(_entity, tags + text[cut:])


def looks_like_markup(text: str) -> bool:
    """Whether ``text`` is an HTML page rather than text copied from one."""
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(body|article|div|p)\b", head))
