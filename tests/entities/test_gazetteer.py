"""The gazetteer: entries, bundled data, plugin merging, alias index and find()."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from claimdiff.entities import Entry, Gazetteer
from claimdiff.schema import TextRange


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def ids(gaz: Gazetteer, text: str, **kw: object) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entry.id) for m in gaz.find(text, **kw)]  # type: ignore[arg-type]


def test_entry_forbids_unknown_fields_and_types() -> None:
    with pytest.raises(ValidationError):
        Entry(id="person:x", type="person", label="X", aliases=[], colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Entry(id="person:x", type="robot", label="X")
    with pytest.raises(ValidationError):
        Entry(id="no colon here", type="person", label="X")


def test_entry_label_defaults_from_id() -> None:
    assert Entry(id="person:jane-doe", type="person").label == "jane doe"


def test_default_is_cached_and_holds_bundled_entries(gaz: Gazetteer) -> None:
    assert Gazetteer.default() is gaz
    for eid in ("person:ali-mamlouk", "place:syria", "group:islamic-state", "agency:afp", "outlet:le-monde"):
        entry = gaz.get(eid)
        assert entry is not None and entry.id == eid
    assert gaz.get("person:nobody") is None
    assert "place:russia" in gaz


@pytest.mark.parametrize(
    ("eid", "etype"),
    [
        ("agency:afp", "agency"),
        ("agency:reuters", "agency"),
        ("agency:ap", "agency"),
        ("outlet:arabi21", "outlet"),
        ("outlet:le-monde", "outlet"),
        ("outlet:le-parisien", "outlet"),
        ("outlet:wall-street-journal", "outlet"),
        ("outlet:france-24", "outlet"),
        ("outlet:sham-times", "outlet"),
        ("agency:zaitun", "agency"),
        ("agency:defa-press", "agency"),
    ],
)
def test_outlets_and_agencies_are_typed(gaz: Gazetteer, eid: str, etype: str) -> None:
    entry = gaz.get(eid)
    assert entry is not None and entry.type == etype


def test_country_templates_make_bodies(gaz: Gazetteer) -> None:
    entry = gaz.get("org:france-intelligence")
    assert entry is not None and entry.country == "place:france" and entry.type == "organization"
    assert ids(gaz, "قالت وزارة الدفاع الروسية") == [("وزارة الدفاع الروسية", "org:russia-defense-ministry")]


def test_plugin_entry_with_known_id_merges_aliases() -> None:
    extra = [{"id": "person:ali-mamlouk", "aliases": ["Abu Ayham"], "source": "my-plugin"}]
    g = Gazetteer.default(extra)
    assert g is not Gazetteer.default()
    entry = g.get("person:ali-mamlouk")
    assert entry is not None and "Abu Ayham" in entry.aliases and entry.label == "Ali Mamlouk"
    assert ids(g, "met Abu Ayham today") == [("Abu Ayham", "person:ali-mamlouk")]
    # the cached bundled gazetteer is untouched
    assert ids(Gazetteer.default(), "met Abu Ayham today") == []


def test_plugin_entries_add_new_ids_as_mappings_or_entries() -> None:
    g = Gazetteer.default(
        [
            {"id": "outlet:acme-news", "type": "outlet", "label": "Acme News", "aliases": ["أكمي نيوز"]},
            Entry(id="person:jane-doe", type="person", label="Jane Doe", aliases=["جين دو"]),
        ]
    )
    assert ids(g, "نقلت أكمي نيوز عن جين دو") == [
        ("أكمي نيوز", "outlet:acme-news"),
        ("جين دو", "person:jane-doe"),
    ]


def test_invalid_plugin_entries_are_skipped(caplog: pytest.LogCaptureFixture) -> None:
    g = Gazetteer.default([{"id": "bad id", "type": "person"}, {"id": "thing:x", "type": "spaceship"}])
    assert "thing:x" not in g and len(g) == len(Gazetteer.default())
    assert "skipped" in caplog.text


def test_find_respects_types_and_ranges(gaz: Gazetteer) -> None:
    text = "زار لودريان موسكو والتقى بوتين"
    assert [e for _, e in ids(gaz, text, types={"place"})] == ["place:moscow"]
    first = text.index("موسكو")
    assert ids(gaz, text, ranges=[TextRange(start=0, end=first)]) == [
        ("لودريان", "person:jean-yves-le-drian")
    ]


def test_find_spans_are_exact_and_scored(gaz: Gazetteer) -> None:
    text = "قالت وكالة فرانس برس إن المخابرات الفرنسی تعاونت"
    found = gaz.find(text)
    assert [m.entry.id for m in found] == ["agency:afp", "org:france-intelligence"]
    assert found[0].score == 1.0 and 0 < found[1].score < 1  # the second is the fuzzy (gender) variant
    for m in found:
        assert text[m.start : m.end] in text and m.start < m.end
