"""Documents in: text, HTML, folders, corpus manifests, JSONL, and bad input.

Every article here is written for these tests; none is taken from the corpus.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack.errors import ClaimtrackWarning, ExtractionError
from claimtrack.extract.documents import (
    detect_language,
    iter_documents,
    load_document,
    read_manifest,
)

AR_TEXT = "قال المتحدث باسم الوزارة إن نحو 300 جندي وصلوا إلى القاعدة الشمالية."
AR_TEXT_2 = "وأكدت مصادر محلية أن أكثر من 40 شاحنة عبرت الحدود صباح اليوم."
EN_TEXT = (
    "The ministry spokesman said that about 300 soldiers reached the northern base."
)
FR_TEXT = (
    "Le porte-parole du ministère a déclaré que trois cents soldats sont arrivés "
    "à la base du nord."
)
HTML_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Soldiers reach northern base | River Times</title>
  <meta property="og:title" content="Soldiers reach northern base">
  <meta property="article:published_time" content="2025-03-10T08:00:00+00:00">
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/world">World</a> |
    <a href="/sport">Sport</a></nav>
  <article>
    <h1>Soldiers reach northern base</h1>
    <p>The ministry spokesman said on Monday that about 300 soldiers reached the
    northern base, the first of several rotations planned for the spring.</p>
    <p>He added that the soldiers would stay for at least six months and that the
    number could rise as more units move up from the south in the coming weeks.</p>
  </article>
  <footer>Subscribe to our newsletter. All rights reserved.</footer>
</body>
</html>
"""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _messages(record: pytest.WarningsRecorder) -> list[str]:
    return [str(w.message) for w in record]


# -- load_document ---------------------------------------------------------------


def test_load_utf8_text(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path / "note.txt", AR_TEXT))
    assert doc.id == "note.txt"
    assert doc.text == AR_TEXT
    assert doc.lang == "ar"
    assert doc.published is None
    assert doc.source is None


def test_load_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + EN_TEXT.encode("utf-8"))
    doc = load_document(path)
    assert doc.text == EN_TEXT
    assert not doc.text.startswith("\ufeff")
    assert doc.lang == "en"


def test_load_keeps_given_metadata(tmp_path: Path) -> None:
    source = ct.Source(name="River Times", names={"ar": "النهر"})
    doc = load_document(
        _write(tmp_path / "a.txt", AR_TEXT),
        id="river-7",
        source=source,
        published=date(2025, 3, 10),
        published_basis="printed byline date",
        title="وصول جنود",
        cites=(ct.Source(name="Reuters"),),
    )
    assert doc.id == "river-7"
    assert doc.source == source
    assert doc.published == date(2025, 3, 10)
    assert doc.published_basis == "printed byline date"
    assert doc.title == "وصول جنود"
    assert [s.name for s in doc.cites] == ["Reuters"]


def test_load_html_main_text_title_and_date(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path / "page.html", HTML_PAGE))
    assert doc.text is not None
    assert "about 300 soldiers reached the" in doc.text
    assert "at least six months" in doc.text
    # boilerplate around the article is dropped
    assert "Subscribe" not in doc.text
    assert "Sport" not in doc.text
    assert doc.published == date(2025, 3, 10)
    assert doc.published_basis is not None
    assert doc.title is not None
    assert "Soldiers reach northern base" in doc.title
    assert doc.lang == "en"


def test_given_date_wins_over_the_html_page(tmp_path: Path) -> None:
    doc = load_document(
        _write(tmp_path / "page.html", HTML_PAGE), published=date(2025, 3, 9)
    )
    assert doc.published == date(2025, 3, 9)


def test_html_page_extracts_claims(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path / "page.html", HTML_PAGE))
    figures = {str(c.figure) for c in ct.extract(doc)}
    assert "about 300 troops" in figures


# -- detect_language ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (AR_TEXT, "ar"),
        ("نحو ٢٬٥٠٠ جندي", "ar"),
        (EN_TEXT, "en"),
        (
            "About 300 US troops left Ain al-Asad air base last week,"
            " two officials said.",
            "en",
        ),
        (FR_TEXT, None),
        ("Askerler kuzeydeki üsse pazartesi günü ulaştı ve orada kalacak.", None),
        ("2025 — 300 / 40", None),
        ("", None),
    ],
    ids=[
        "arabic",
        "arabic-short",
        "english",
        "english-brief",
        "french",
        "turkish",
        "digits",
        "empty",
    ],
)
def test_detect_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


# -- iter_documents: folders, manifests, JSONL --------------------------------


def test_folder_yields_text_and_html_in_name_order(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", EN_TEXT)
    _write(tmp_path / "a.txt", AR_TEXT)
    _write(tmp_path / "c.html", HTML_PAGE)
    _write(tmp_path / "notes.csv", "id,figure\n1,300\n")
    docs = list(iter_documents([tmp_path]))
    assert [d.id for d in docs] == ["a.txt", "b.txt", "c.html"]
    assert [d.lang for d in docs] == ["ar", "en", "en"]


def test_files_and_folders_mix(tmp_path: Path) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    _write(folder / "x.txt", AR_TEXT_2)
    single = _write(tmp_path / "single.txt", EN_TEXT)
    docs = list(iter_documents([single, folder]))
    assert [d.id for d in docs] == ["single.txt", "x.txt"]


def _corpus(tmp_path: Path, entries: list[dict[str, object]]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder / "one.txt", AR_TEXT)
    _write(folder / "two.txt", AR_TEXT_2)
    _write(folder / "three.txt", EN_TEXT)
    _write(folder / "index.json", json.dumps(entries, ensure_ascii=False, indent=1))
    return folder


MANIFEST: list[dict[str, object]] = [
    {
        "file": "two.txt",
        "outlet": "Southern Herald",
        "outlet_ar": "الجنوب",
        "language": "ar",
        "published": "2025-03-02",
        "published_basis": "printed byline date",
        "cites": ["Reuters"],
        "note": "relays an agency report",
    },
    {
        "file": "one.txt",
        "outlet": None,
        "outlet_ar": None,
        "language": "ar",
        "published": "2025-03-04",
        "published_basis": "inferred from a weekday in the text",
        "cites": [],
    },
    {
        "file": "three.txt",
        "outlet": "River Times",
        "outlet_ar": "النهر",
        "language": "en",
        "published": "2025-03-10",
        "published_basis": "printed timestamp",
        "cites": ["Iraqi News Agency (INA)", "Reuters"],
    },
]


def test_manifest_gives_outlet_language_date_and_cites(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, MANIFEST)
    docs = list(iter_documents([folder]))
    # manifest order, not name order
    assert [d.id for d in docs] == ["two.txt", "one.txt", "three.txt"]
    two, one, three = docs
    assert two.source is not None
    assert two.source.name == "Southern Herald"
    assert two.source.names == {"en": "Southern Herald", "ar": "الجنوب"}
    assert two.lang == "ar"
    assert two.published == date(2025, 3, 2)
    assert two.published_basis == "printed byline date"
    assert [s.name for s in two.cites] == ["Reuters"]
    assert two.text == AR_TEXT_2
    # an entry without an outlet loads as an unnamed outlet
    assert one.source is None
    assert one.outlet_name == "unnamed outlet (one.txt)"
    assert one.cites == ()
    assert one.published == date(2025, 3, 4)
    assert three.source is not None
    assert three.source.names["ar"] == "النهر"
    assert [s.name for s in three.cites] == ["Iraqi News Agency (INA)", "Reuters"]
    assert three.lang == "en"


def test_read_manifest_lists_paths_and_arguments(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, MANIFEST)
    entries = read_manifest(folder)
    assert [p.name for p, _ in entries] == ["two.txt", "one.txt", "three.txt"]
    assert entries[0][1]["published"] == date(2025, 3, 2)


def test_manifest_dates_resolve_relative_dates(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, MANIFEST)
    two = next(iter(iter_documents([folder])))
    (today,) = [c for c in ct.extract(two) if c.figure.kind == "time"]
    assert isinstance(today.figure, ct.TimeFigure)
    assert today.figure.value == "2025-03-02"
    assert today.figure.resolved_against == date(2025, 3, 2)


def _jsonl(path: Path, lines: list[str]) -> Path:
    return _write(path, "\n".join(lines) + "\n")


def test_jsonl_of_documents(tmp_path: Path) -> None:
    herald = ct.Document(
        id="herald-3",
        source=ct.Source(name="Southern Herald"),
        published=date(2025, 3, 2),
        lang="ar",
        text=AR_TEXT,
    )
    undetected = ct.Document(id="river-3", text=EN_TEXT)
    path = _jsonl(
        tmp_path / "docs.jsonl",
        [herald.model_dump_json(), "", undetected.model_dump_json()],
    )
    docs = list(iter_documents([path]))
    assert [d.id for d in docs] == ["herald-3", "river-3"]
    assert docs[0] == herald
    # a missing language is detected
    assert docs[1].lang == "en"


def test_jsonl_in_a_folder(tmp_path: Path) -> None:
    doc = ct.Document(id="j-1", lang="en", text=EN_TEXT)
    _jsonl(tmp_path / "batch.jsonl", [doc.model_dump_json()])
    _write(tmp_path / "loose.txt", AR_TEXT)
    assert [d.id for d in iter_documents([tmp_path])] == ["j-1", "loose.txt"]


# -- Bad input: one warning per bad document, and the run goes on ------------


BAD_FILES = [
    pytest.param("empty.txt", b"", "empty", id="empty"),
    pytest.param("blank.txt", b"  \n\t\n", "empty", id="whitespace-only"),
    pytest.param(
        "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary", id="binary"
    ),
    pytest.param(
        "legacy.txt",
        "قال المتحدث إن نحو 300 جندي وصلوا إلى القاعدة.".encode("cp1256"),
        "UTF-8",
        id="cp1256",
    ),
    pytest.param(
        "french.txt", FR_TEXT.encode("utf-8"), "language", id="unknown-language"
    ),
]


@pytest.mark.parametrize(("name", "data", "why"), BAD_FILES)
def test_a_bad_file_warns_once_and_the_folder_goes_on(
    tmp_path: Path, name: str, data: bytes, why: str
) -> None:
    _write(tmp_path / "a_good.txt", AR_TEXT)
    (tmp_path / name).write_bytes(data)
    _write(tmp_path / "z_good.txt", EN_TEXT)
    with pytest.warns(ClaimtrackWarning) as record:
        docs = list(iter_documents([tmp_path]))
    assert [d.id for d in docs] == ["a_good.txt", "z_good.txt"]
    messages = _messages(record)
    assert len(messages) == 1, messages
    assert name in messages[0]
    assert why in messages[0]


@pytest.mark.parametrize(("name", "data", "why"), BAD_FILES)
def test_a_bad_file_raises_when_asked(
    tmp_path: Path, name: str, data: bytes, why: str
) -> None:
    _write(tmp_path / "a_good.txt", AR_TEXT)
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ExtractionError, match=why) as info:
        list(iter_documents([tmp_path], on_error="raise"))
    assert name in str(info.value)
    assert info.value.document is not None
    assert name in info.value.document


@pytest.mark.parametrize(("name", "data", "why"), BAD_FILES)
def test_load_document_names_the_bad_file(
    tmp_path: Path, name: str, data: bytes, why: str
) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ExtractionError, match=why) as info:
        load_document(tmp_path / name)
    assert name in str(info.value)


def test_all_bad_files_together(tmp_path: Path) -> None:
    for param in BAD_FILES:
        name, data, _ = param.values
        assert isinstance(name, str)
        assert isinstance(data, bytes)
        (tmp_path / name).write_bytes(data)
    _write(tmp_path / "good.txt", AR_TEXT)
    with pytest.warns(ClaimtrackWarning) as record:
        docs = list(iter_documents([tmp_path]))
    assert [d.id for d in docs] == ["good.txt"]
    messages = _messages(record)
    assert len(messages) == len(BAD_FILES)
    for param in BAD_FILES:
        assert sum(str(param.values[0]) in m for m in messages) == 1


def test_missing_path_warns_and_raises(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    with pytest.warns(ClaimtrackWarning, match=r"gone\.txt"):
        assert list(iter_documents([missing])) == []
    with pytest.raises(ExtractionError, match=r"gone\.txt"):
        list(iter_documents([missing], on_error="raise"))


def test_manifest_naming_a_missing_file(tmp_path: Path) -> None:
    entries: list[dict[str, object]] = [
        *MANIFEST,
        {"file": "four.txt", "outlet": "Lost Daily"},
    ]
    folder = _corpus(tmp_path, entries)
    with pytest.warns(ClaimtrackWarning) as record:
        docs = list(iter_documents([folder]))
    assert [d.id for d in docs] == ["two.txt", "one.txt", "three.txt"]
    messages = _messages(record)
    assert len(messages) == 1
    assert "four.txt" in messages[0]
    with pytest.raises(ExtractionError, match=r"four\.txt"):
        list(iter_documents([folder], on_error="raise"))


def _bad_date_manifest() -> list[dict[str, object]]:
    entries = [dict(e) for e in MANIFEST]
    entries[1]["published"] = "4 March 2025"
    return entries


def test_manifest_entry_with_a_bad_date_loads_without_a_date(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, _bad_date_manifest())
    with pytest.warns(ClaimtrackWarning) as record:
        docs = list(iter_documents([folder]))
    assert [d.id for d in docs] == ["two.txt", "one.txt", "three.txt"]
    one = docs[1]
    assert one.published is None
    assert one.published_basis is None
    assert one.text == AR_TEXT
    messages = _messages(record)
    assert len(messages) == 1
    assert "4 March 2025" in messages[0]
    assert "index.json" in messages[0]
    # the neighbours keep their dates
    assert docs[0].published == date(2025, 3, 2)
    assert docs[2].published == date(2025, 3, 10)


def test_bad_date_warning_names_the_document(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, _bad_date_manifest())
    with pytest.warns(ClaimtrackWarning) as record:
        list(iter_documents([folder]))
    (message,) = _messages(record)
    assert "one.txt" in message


def test_unreadable_manifest(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder / "one.txt", AR_TEXT)
    _write(folder / "index.json", "[{'file': 'one.txt'}")
    with pytest.warns(ClaimtrackWarning, match=r"index\.json"):
        assert list(iter_documents([folder])) == []
    with pytest.raises(ExtractionError, match=r"index\.json"):
        list(iter_documents([folder], on_error="raise"))


def test_bad_jsonl_lines_warn_with_their_line_number(tmp_path: Path) -> None:
    good = ct.Document(id="j-1", lang="ar", text=AR_TEXT)
    also_good = ct.Document(id="j-4", lang="en", text=EN_TEXT)
    path = _jsonl(
        tmp_path / "docs.jsonl",
        [
            good.model_dump_json(),
            '{"id": "j-2", "text": "truncated',
            json.dumps({"id": "j-3", "published": "yesterday", "text": EN_TEXT}),
            also_good.model_dump_json(),
        ],
    )
    with pytest.warns(ClaimtrackWarning) as record:
        docs = list(iter_documents([path]))
    assert [d.id for d in docs] == ["j-1", "j-4"]
    messages = _messages(record)
    assert len(messages) == 2
    assert "docs.jsonl:2" in messages[0]
    assert "docs.jsonl:3" in messages[1]
    assert "published" in messages[1]
    with pytest.raises(ExtractionError, match=r"docs\.jsonl:2"):
        list(iter_documents([path], on_error="raise"))


def test_jsonl_document_without_text(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "docs.jsonl",
        [json.dumps({"id": "no-text"}), json.dumps({"id": "ok", "text": AR_TEXT})],
    )
    with pytest.warns(ClaimtrackWarning, match=r"docs\.jsonl:1"):
        docs = list(iter_documents([path]))
    assert [d.id for d in docs] == ["ok"]


def test_extract_paths_continues_past_bad_documents(tmp_path: Path) -> None:
    _write(tmp_path / "good.txt", AR_TEXT)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    with pytest.warns(ClaimtrackWarning, match=r"bad\.txt"):
        claims, problems = ct.extract_paths([tmp_path], workers=1)
    assert problems == []
    assert [str(c.figure) for c in claims] == ["about 300 troops"]
