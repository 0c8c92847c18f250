"""``claimdiff extract``: one article's claims, attribution and mentions, checkable by eye."""

from __future__ import annotations

import click

from claimdiff.cli.common import PathsCommand, Trouble, as_trouble, plugins_with_warnings, write_output
from claimdiff.pipeline import analyze
from claimdiff.schema import Claim, Document, Mention, Report

FSI, PDI = "\u2068", "\u2069"


def _mention_line(m: Mention) -> str:
    if m.kind == "entity":
        detail = f"{m.entity_id}" + (f" ({m.label})" if m.label else "")
    elif m.kind == "time":
        detail = f"{m.value} [{m.calendar}" + (f" {m.original}" if m.original else "") + "]"
    else:
        detail = f"{m.qualifier} {m.value:g}" + (f"-{m.upper:g}" if m.upper is not None else "")
        detail += f" {m.unit}" if m.unit else ""
    return f"    {m.kind:8} {m.start:>6}:{m.end:<6} «{FSI}{m.text}{PDI}» = {detail}"


def _claim_block(c: Claim, mentions: dict[str, Mention]) -> list[str]:
    head = "HEADLINE " if c.is_headline else ""
    lines = [f"  {c.id} {head}[{c.start}:{c.end}] «{FSI}{c.text}{PDI}»"]
    chain = " → ".join(f"{s.relation} {s.name}" for s in c.attribution) or "(no attribution)"
    lines.append(f"    attribution: {chain}")
    polarity = "" if c.polarity == "positive" else ", negated"
    lines.append(f"    modality: {c.modality}{polarity}; predicate: {c.predicate or '-'}")
    for slot in ("actor", "target", "place"):
        value = getattr(c, slot)
        if value is not None:
            lines.append(f"    {slot}: {value.text}" + (f" ({value.entity_id})" if value.entity_id else ""))
    ids = sorted(
        {*c.mention_ids, *c.time_ids, *c.quantity_ids},
        key=lambda i: mentions[i].start if i in mentions else 0,
    )
    lines += [_mention_line(mentions[i]) for i in ids if i in mentions]
    return lines


def render_extract(report: Report) -> str:
    doc: Document = report.documents[0]
    mentions = {m.id: m for m in report.mentions}
    out = [f"{doc.source}  (id {doc.id}, extractor {doc.extractor or '-'})"]
    out.append(f"  outlet: {doc.outlet or 'unknown'}; relaying: {', '.join(doc.relayed_from) or '-'}")
    out.append(f"  published: {doc.published or '-'}; updated: {doc.updated or '-'}")
    out += [f"  ERROR ({e.stage}): {e.message}" for e in doc.errors]
    out.append("")
    out.append(f"Claims ({len(report.claims)})")
    for c in report.claims:
        out += _claim_block(c, mentions)
    claimed = {i for c in report.claims for i in (*c.mention_ids, *c.time_ids, *c.quantity_ids)}
    loose = [m for m in report.mentions if m.id not in claimed]
    if loose:
        out += ["", "Mentions outside any claim"] + [_mention_line(m) for m in loose]
    if report.findings:
        out += ["", "Findings"]
        out += [f"  [{f.severity.upper()}] {f.code}: {f.message}" for f in report.findings]
    return "\n".join(out) + "\n"


@click.command("extract", cls=PathsCommand)
@click.argument("file")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--extractor", help="Use this extractor instead of detecting the outlet.")
@click.option(
    "--gazetteer",
    type=click.Path(dir_okay=False, path_type=str),
    help="Add the actors of a story: a JSON or CSV file of entries (id, type, names).",
)
def command(file: str, fmt: str, output: str | None, extractor: str | None, gazetteer: str | None) -> None:
    """Show the claims of one article with their attribution chain, modality and mentions.

    Exit status: 0 on success, 2 when the file cannot be read or analysed.
    """
    plugins = plugins_with_warnings()
    with as_trouble():
        report = analyze([file], extractor=extractor, plugins=plugins, gazetteer=gazetteer)
    text = report.model_dump_json(indent=2) + "\n" if fmt == "json" else render_extract(report)
    write_output(text, output)
    doc = report.documents[0]
    if doc.errors and not doc.text:
        raise Trouble(doc.errors[0].message)
