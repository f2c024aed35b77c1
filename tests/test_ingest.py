"""Input readers: every input kind, every bad-input kind, a batch that never stops."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from conflictscope.clean.html import extract_main_text, looks_like_html
from conflictscope.clean.language import detect_language, is_english
from conflictscope.errors import (
    BinaryInput,
    EmptyInput,
    InputError,
    MalformedRecord,
    NotEnglish,
    TooLarge,
    UsageError,
)
from conflictscope.ingest.readers import document_from_text, parse_published, read_inputs
from conflictscope.types import Document

REPORT = (
    "Armenian forces shelled the city of Ganja on Sunday, killing four civilians "
    "and wounding ten others, the Azerbaijani defence ministry said."
)
FRENCH = (
    "Les forces armées ont bombardé la ville dimanche, selon le ministère de la défense, "
    "et quatre civils ont été tués dans les frappes sur les quartiers du centre."
)
PAGE = """<!DOCTYPE html>
<html><head><title>Ganja shelled</title><script>var tracker = 1;</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<header><div class="logo">The Daily Example</div></header>
<article>
<h1>Four civilians killed in Ganja shelling</h1>
<p>Armenian forces shelled the city of Ganja on Sunday, killing four civilians and wounding ten
others, the Azerbaijani defence ministry said in a statement issued in Baku.</p>
<p>Armenia's defence ministry denied the accusation and said its troops had not fired at the
city, calling the statement from Baku a provocation intended to mislead the public.</p>
<p>Residents described several loud explosions in the early morning hours near the central
market, where emergency workers were searching the rubble of two damaged houses.</p>
</article>
<footer><p>Copyright 2020 The Daily Example. Contact us about advertising.</p></footer>
</body></html>
"""


def collect(*args, **kwargs):
    items = list(read_inputs(*args, **kwargs))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(docs) + len(errors) == len(items)
    return items, docs, errors


def test_text_file(tmp_path):
    f = tmp_path / "ganja-report.txt"
    f.write_text(REPORT, encoding="utf-8")
    _, docs, errors = collect([str(f)], published=date(2020, 10, 11))
    assert errors == []
    (doc,) = docs
    assert doc.id == "ganja-report.txt"
    assert doc.text == REPORT
    assert doc.published == date(2020, 10, 11)


def test_html_file_by_suffix_and_by_content(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page-no-suffix.txt").write_text(PAGE, encoding="utf-8")
    _, docs, errors = collect([str(tmp_path / "page.html"), str(tmp_path / "page-no-suffix.txt")])
    assert errors == []
    for doc in docs:
        assert "killing four civilians" in doc.text
        assert "denied the accusation" in doc.text
        assert "<p>" not in doc.text
        assert "World news menu" not in doc.text
        assert "tracker" not in doc.text
        assert "Contact us about advertising" not in doc.text


def test_html_main_text_extraction():
    text = extract_main_text(PAGE)
    assert "Armenian forces shelled the city of Ganja" in text
    assert "emergency workers" in text
    assert "Home" not in text.split()
    assert "Copyright" not in text


def test_looks_like_html():
    assert looks_like_html(PAGE)
    assert looks_like_html("<html><body><p>Hi</p></body></html>")
    assert looks_like_html("<div><p>One</p><p>Two</p><span>three</span></div>")
    assert not looks_like_html(REPORT)
    assert not looks_like_html("Casualties were < 10 and > 2, officials said.")


def test_jsonl_file(tmp_path):
    f = tmp_path / "reports.jsonl"
    lines = [
        {"id": "r1", "text": REPORT, "published": "2020-10-11", "url": "https://example.org/a", "title": "T"},
        {"text": REPORT, "published": "2020-10-12T08:30:00Z", "source": "Example News"},
        {"text": REPORT},
    ]
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    _, docs, errors = collect([str(f)], published=date(2020, 1, 1))
    assert errors == []
    assert [d.id for d in docs] == ["r1", "reports.jsonl:2", "reports.jsonl:3"]
    assert [d.published for d in docs] == [date(2020, 10, 11), date(2020, 10, 12), date(2020, 1, 1)]
    assert docs[0].url == "https://example.org/a" and docs[0].title == "T"
    assert docs[1].source == "Example News"


def test_directory_recursive_sorted(tmp_path):
    (tmp_path / "b.txt").write_text(REPORT)
    (tmp_path / "a.md").write_text(REPORT)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.htm").write_text(PAGE)
    (sub / "d.jsonl").write_text(json.dumps({"id": "x", "text": REPORT}) + "\n")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text(REPORT)
    _, docs, errors = collect([str(tmp_path)])
    assert errors == []
    assert [d.id for d in docs] == ["a.md", "b.txt", "sub/c.htm", "x"]


def test_stdin_text_html_jsonl():
    _, docs, _ = collect(["-"], stdin=io.BytesIO(REPORT.encode()))
    assert docs[0].id == "stdin" and docs[0].text == REPORT
    _, docs, _ = collect(["-"], stdin=io.BytesIO(PAGE.encode()))
    assert "killing four civilians" in docs[0].text and "<" not in docs[0].text
    data = "\n".join(json.dumps({"text": REPORT, "id": i}) for i in ("s1", "s2")).encode()
    _, docs, _ = collect(["-"], stdin=io.BytesIO(data))
    assert [d.id for d in docs] == ["s1", "s2"]
    data = (json.dumps({"text": REPORT}) + "\nnot json\n").encode()
    items, docs, errors = collect(["-"], stdin=io.BytesIO(data))
    assert [d.id for d in docs] == ["stdin:1"]
    assert isinstance(errors[0], MalformedRecord) and errors[0].source == "stdin:2"


def test_bad_inputs_do_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(REPORT)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\t \n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    big = tmp_path / "big.txt"
    big.write_text(REPORT * 20)
    french = tmp_path / "french.txt"
    french.write_text(FRENCH)
    jl = tmp_path / "reports.jsonl"
    jl.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok", "text": REPORT}),
                "{not json",
                json.dumps(["a", "list"]),
                json.dumps({"id": "no-text"}),
                json.dumps({"text": 42}),
                json.dumps({"text": REPORT, "published": "yesterday"}),
                json.dumps({"text": "   "}),
                json.dumps({"text": FRENCH}),
                json.dumps({"id": "ok2", "text": REPORT}),
            ]
        )
        + "\n"
    )
    missing = tmp_path / "missing.txt"
    inputs = [str(p) for p in (good, empty, binary, big, french, jl, missing)]
    items, docs, errors = collect(inputs, max_bytes=2000)
    assert [d.id for d in docs] == ["good.txt", "ok", "ok2"]
    by_source = {e.source: e for e in errors}
    expected = {
        str(empty): EmptyInput,
        str(binary): BinaryInput,
        str(big): TooLarge,
        str(french): NotEnglish,
        f"{jl}:2": MalformedRecord,
        f"{jl}:3": MalformedRecord,
        f"{jl}:4": MalformedRecord,
        f"{jl}:5": MalformedRecord,
        f"{jl}:6": MalformedRecord,
        f"{jl}:7": EmptyInput,
        f"{jl}:8": NotEnglish,
        str(missing): InputError,
    }
    assert set(by_source) == set(expected)
    for source, cls in expected.items():
        err = by_source[source]
        assert type(err) is cls, (source, err)
        line = err.one_line()
        assert "\n" not in line and line.startswith(source) and err.code in line
    too_large = str(by_source[str(big)])
    assert f"{big.stat().st_size:,}" in too_large and "2,000" in too_large
    # order is preserved: documents and errors interleave as the inputs come
    assert items[0].id == "good.txt" and isinstance(items[1], EmptyInput)


def test_invalid_utf8_is_replaced(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes(REPORT.encode() + b" Caf\xe9 owner said.")
    _, docs, errors = collect([str(f)])
    assert errors == []
    assert "Caf\ufffd owner" in docs[0].text


def test_empty_directory_and_empty_jsonl(tmp_path):
    d = tmp_path / "nothing"
    d.mkdir()
    j = tmp_path / "none.jsonl"
    j.write_text("\n\n")
    _, docs, errors = collect([str(d), str(j)])
    assert docs == []
    assert type(errors[0]) is InputError and errors[0].source == str(d)
    assert type(errors[1]) is EmptyInput


def test_stdin_too_large():
    _, _, errors = collect(["-"], stdin=io.BytesIO(b"word " * 1000), max_bytes=100)
    assert isinstance(errors[0], TooLarge) and errors[0].source == "stdin"


def test_parse_published():
    assert parse_published("2020-10-11") == date(2020, 10, 11)
    assert parse_published("2020-10-11T07:00:00+04:00") == date(2020, 10, 11)
    with pytest.raises(UsageError) as info:
        parse_published("11/10/2020")
    assert info.value.code == "CS010"


def test_document_from_text():
    doc = document_from_text(REPORT, published="2020-10-11")
    assert doc.text == REPORT and doc.published == date(2020, 10, 11)
    assert doc.id == document_from_text(REPORT).id  # stable
    assert document_from_text(REPORT, id="mine").id == "mine"
    assert "killing four civilians" in document_from_text(PAGE).text
    with pytest.raises(EmptyInput):
        document_from_text("   ")
    with pytest.raises(NotEnglish):
        document_from_text(FRENCH)
    with pytest.raises(TooLarge):
        document_from_text(REPORT, max_bytes=10)
    with pytest.raises(BinaryInput):
        document_from_text("abc\x00def")


@pytest.mark.parametrize(
    "text",
    [
        "Four civilians were killed in Ganja.",
        "Troops clashed with rebels near Goma on Monday.",
        "BAGHDAD — Mosul, Erbil, Kirkuk, Tikrit, Samarra, Fallujah, Ramadi and Basra.",
        REPORT,
    ],
)
def test_english_passes(text):
    assert is_english(text)


@pytest.mark.parametrize(
    "text,lang",
    [
        (FRENCH, "fr"),
        ("Las fuerzas armadas bombardearon la ciudad el domingo según el ministerio de defensa.", "es"),
        ("Армянские войска обстреляли город Гянджа в воскресенье, погибли четыре мирных жителя.", "non-latin"),
        ("قصفت القوات المسلحة مدينة غنجة يوم الأحد مما أسفر عن مقتل أربعة مدنيين", "non-latin"),
    ],
)
def test_not_english_detected(text, lang):
    assert detect_language(text) == lang
    assert not is_english(text)


def test_stdin_jsonl_limit_is_per_line():
    record = json.dumps({"text": REPORT}) + "\n"
    data = ("\n" + record * 20).encode()
    items, docs, errors = collect(["-"], stdin=io.BytesIO(data), max_bytes=len(record) + 10)
    assert errors == [] and len(docs) == 20
    assert docs[0].id == "stdin:2"  # line numbers count the leading blank line


def test_stdin_binary_and_empty():
    _, _, errors = collect(["-"], stdin=io.BytesIO(b"\x00\x01\x02binary"))
    assert isinstance(errors[0], BinaryInput)
    _, _, errors = collect(["-"], stdin=io.BytesIO(b"   \n"))
    assert isinstance(errors[0], EmptyInput) and errors[0].source == "stdin"
