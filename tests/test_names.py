"""Tests for claimtrack.names: normalisation, the alias table and name matching."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.errors import InvalidInput, InvalidRecord
from claimtrack.names import (
    DEFAULT_THRESHOLD,
    GENERIC_TOKENS,
    AliasTable,
    MatchMethod,
    NameMatch,
    best_match,
    match_name,
    name_key,
    normalise,
)

# --- normalise -------------------------------------------------------------

NORMALISE_CASES = [
    # hamza seats, alif wasla, alif maqsura, ta marbuta
    ("أحمد", "احمد"),
    ("إبراهيم", "ابراهيم"),
    ("آمرلي", "امرلي"),
    ("ٱلعراق", "عراق"),
    ("فؤاد", "فواد"),
    ("رئيس", "رييس"),
    ("مصطفى", "مصطفي"),
    ("الدولة", "دوله"),
    # tatweel, harakat, shadda, superscript alif, presentation forms
    ("مـــحـمد", "محمد"),
    ("مُحَمَّد", "محمد"),
    ("هٰذا", "هذا"),
    ("ﻻ", "لا"),
    # digits of every script
    ("٢٠٢٤", "2024"),
    ("۲۰۲۵", "2025"),
    # Persian and loanword letters; ج غ گ fold together
    ("البنتاگون", "بنتاجون"),
    ("البنتاغون", "بنتاجون"),
    ("پنتاگون", "بنتاجون"),
    ("ڤيينا", "فيينا"),
    ("کردستانی", "كردستاني"),
    ("ماكغورك", "ماكجورك"),
    ("چمران", "جمران"),
    # أميركي / أمريكي
    ("الأميركية", "امريكيه"),
    ("الأمير كمال", "امير كمال"),
    # article and clitic + article
    ("والولايات", "ولايات"),
    ("بالعراق", "عراق"),
    ("للحكومة", "حكومه"),
    ("فالحكومة", "حكومه"),
    ("كالعادة", "عاده"),
    ("اللجنة", "لجنه"),
    ("وزارة", "وزاره"),
    ("والي", "والي"),
    ("الله", "الله"),
    ("عبد المهدي", "عبدالمهدي"),
    # punctuation and quotes
    ("«داعش»", "داعش"),
    ('"البنتاجون"', "بنتاجون"),
    ("“التحالف”", "تحالف"),
    ("عين الأسد (الأنبار)", "عين اسد انبار"),
    ("وكالة الأنباء العراقية، واع", "وكاله انباء عراقيه واع"),
    # English
    ("The Pentagon", "pentagon"),
    ("the Pentagon's", "pentagon"),
    ("Biden’s", "biden"),
    ("Mohammed Shia' al-Sudani", "mohammed shia sudani"),
    ("Asa'ib Ahl al-Haq", "asaib ahl haq"),
    ("U.S.-led coalition", "us led coalition"),
    ("Café  Müller", "cafe muller"),
    ("THE", "the"),
    ("  ", ""),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALISE_CASES)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_name_key_ignores_word_division() -> None:
    assert name_key("عبد الله") == name_key("عبدالله")
    assert name_key("U.S.") == name_key("US") == "us"


def test_generic_tokens_are_normal_forms() -> None:
    assert "متحده" in GENERIC_TOKENS
    assert all(normalise(t) == t for t in GENERIC_TOKENS)


# --- matching: real spelling variants ---------------------------------------

SAME = [
    # Arabic ↔ Arabic
    ("البنتاجون", "البنتاغون"),
    ("ماكغورك", "ماكجورك"),
    ("بريت ماكغورك", "بريت ماكجورك"),
    ("السفارة الأمريكية", "السفارة الأميركية"),
    ("محمد شياع السوداني", "السوداني"),
    ("محمد شياع السوداني", "مُحَمَّد شياع السّوداني"),
    ("رئيس الوزراء محمد شياع السوداني", "محمد شياع السوداني"),
    ("سوريا", "سورية"),
    ("داعش", "تنظيم الدولة الإسلامية"),
    ("واشنطن", "الولايات المتحدة"),
    ("أربيل", "اربيل"),
    ("فؤاد حسين", "فواد حسين"),
    ("الكاظمي", "مصطفى الكاظمي"),
    ("وكالة الأنباء العراقية", "واع"),
    ("الحشد الشعبي", "هيئة الحشد الشعبي"),
    ("إقليم كردستان", "اقليم كوردستان"),
    ("حلف شمال الأطلسي", "الناتو"),
    ("قاعدة عين الأسد", "عين الاسد"),
    ('صحيفة "نيويورك تايمز"', "نيويورك تايمز"),
    ("فرهاد علاء الدين", "فرهاد علاءالدين"),
    ("جو بايدن", "الرئيس الأمريكي جو بايدن"),
    ("جين ساكي", "جين بساكي"),
    ("عصائب أهل الحق", "العصائب"),
    ("والولايات المتحدة", "الولايات المتحدة"),
    ("للولايات المتحدة", "الولايات المتحدة الأميركية"),
    ("وزير الخارجية فؤاد حسين", "فؤاد حسين"),
    ("مستشار رئيس الوزراء العراقي حسين علاوي", "حسين علاوي"),
    ("المتحدث باسم الحكومة العراقية باسم العوادي", "باسم العوادي"),
    ("المتحدث باسم البنتاغون جون كيربي", "جون كيربي"),
    # English ↔ English
    ("the Pentagon", "Pentagon"),
    ("Mohammed Shia al-Sudani", "Mohammed Shia' al-Sudani"),
    ("Mohammed Shia al-Sudani", "Muhammad Shia al-Sudani"),
    ("Mohammed Shia al-Sudani", "Mohammed Shia al-Soudani"),
    ("Prime Minister Mohammed Shia al-Sudani", "al-Sudani"),
    ("Lloyd Austin", "Lloyd J. Austin"),
    ("Secretary Lloyd Austin", "Lloyd Austin"),
    ("Mustafa al-Kadhimi", "Kadhimi"),
    ("Iraqi News Agency", "INA"),
    ("Islamic State", "ISIS"),
    ("ISIL", "Daesh"),
    ("Erbil", "Irbil"),
    ("Brett McGurk", "McGurk"),
    ("Biden's", "Joe Biden"),
    ("The New York Times", "New York Times"),
    ("Hussein Allawi", "Husain Allawi"),
    ("Qasim al-Araji", "Qassim al-Araji"),
    ("Sabah al-Numan", "Sabah al-Nu'man"),
    ("Farhad Alaaeldin", "Farhad Alaeldin"),
    ("Secretary of State Antony Blinken", "Blinken"),
    ("Mara Karlin", "Karlin"),
    ("Kevin Leahy", "Leahy"),
    # Arabic ↔ English, through the alias table
    ("البنتاغون", "the Pentagon"),
    ("وزارة الدفاع الأمريكية", "the Pentagon"),
    ("السوداني", "Mohammed Shia al-Sudani"),
    ("رئيس الوزراء محمد شياع السوداني", "Mohammed Shia al-Sudani"),
    ("داعش", "ISIS"),
    ("واشنطن", "United States"),
    ("رويترز", "Reuters"),
    ("نيويورك تايمز", "The New York Times"),
    ("عنب بلدي", "Enab Baladi"),
    ("شفق نيوز", "Shafaq News"),
    ("ذي ناشنال", "The National"),
    ("الحرة", "Al-Hurra"),
    ("المدى", "Al-Mada"),
    ("فرهاد علاء الدين", "Farhad Alaaeldin"),
    ("جون كيربي", "John Kirby"),
    ("بريت ماكجورك", "Brett McGurk"),
    ("السفارة الأمريكية في بغداد", "US embassy in Baghdad"),
    ("البيت الأبيض", "the White House"),
    ("الحكومة العراقية", "Iraqi government"),
    ("عين الأسد", "Ain al-Asad"),
    ("الحشد الشعبي", "PMF"),
    ("حلف شمال الأطلسي", "NATO"),
    ("اللجنة العسكرية العليا", "Higher Military Commission"),
    ("الرئيس الأمريكي جو بايدن", "Joe Biden"),
    ("وزير الخارجية العراقي فؤاد حسين", "Fuad Hussein"),
]

DIFFERENT = [
    ("المتحدة", "الولايات المتحدة"),
    ("وزير الدفاع الأمريكي", "وزير الدفاع العراقي"),
    ("وزارة الدفاع الأمريكية", "وزارة الدفاع العراقية"),
    ("حسين علاوي", "فؤاد حسين"),
    ("Hussein Allawi", "Fuad Hussein"),
    ("Lloyd Austin", "Lloyd"),
    ("Lloyd Austin", "Lloyd Justin"),
    ("محمد", "محمد شياع السوداني"),
    ("محمد شياع السوداني", "أحمد السوداني"),
    ("Mohammed al-Abbasi", "Mohammed al-Rubaie"),
    ("محمد العباسي", "محمد الربيعي"),
    ("Mohammed Shia al-Sudani", "Mohammed al-Abbasi"),
    ("Kataib Hezbollah", "Hezbollah"),
    ("كتائب حزب الله", "حزب الله"),
    ("Joe Biden", "Jen Psaki"),
    ("John Kirby", "John Bolton"),
    ("جون كيربي", "جون بولتون"),
    ("Iraqi News Agency", "Shafaq News"),
    ("Iraq", "Iran"),
    ("العراق", "إيران"),
    ("the Pentagon", "the White House"),
    ("البنتاغون", "البيت الأبيض"),
    ("Ministry of Defence", "Ministry of Interior"),
    ("وزارة الدفاع", "وزارة الداخلية"),
    ("رئيس الوزراء", "رئيس الوزراء العراقي"),
    ("United States", "United Kingdom"),
    ("Washington", "Washington Post"),
    ("Kevin Leahy", "Patrick Leahy"),
    ("Mara Karlin", "Mara Rudman"),
    ("عين الأسد", "بشار الأسد"),
    ("الحكومة العراقية", "الحكومة السورية"),
    ("The National", "National Security Council"),
    ("The Times", "The New York Times"),
    ("سفارة العراق", "العراق"),
    ("السفارة الأمريكية", "السفارة البريطانية"),
    ("Brett McGurk", "Brett Kavanaugh"),
    ("Mustafa al-Kadhimi", "Mustafa Kemal"),
    ("الحشد الشعبي", "الحشد العشائري"),
    ("Kurdistan Region", "Kurdistan Workers Party"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_variants_match(a: str, b: str) -> None:
    m = match_name(a, b)
    assert m.matched, m
    assert m.score >= DEFAULT_THRESHOLD
    assert m.method in {MatchMethod.ALIAS, MatchMethod.EXACT, MatchMethod.FUZZY}


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_look_alikes_do_not_match(a: str, b: str) -> None:
    m = match_name(a, b)
    assert not m.matched, m
    assert m.method is MatchMethod.NONE


@pytest.mark.parametrize(
    ("a", "b", "method"),
    [
        ("البنتاجون", "البنتاغون", MatchMethod.EXACT),
        ("داعش", "ISIS", MatchMethod.ALIAS),
        ("رئيس الوزراء محمد شياع السوداني", "محمد شياع السوداني", MatchMethod.FUZZY),
    ],
)
def test_method_reports_the_deciding_step(a: str, b: str, method: MatchMethod) -> None:
    assert match_name(a, b).method is method


def test_aliases_only_join_names_that_share_no_letters() -> None:
    empty = AliasTable()
    assert not match_name("داعش", "تنظيم الدولة الإسلامية", aliases=empty)
    assert not match_name("واشنطن", "الولايات المتحدة", aliases=empty)
    table = empty.with_aliases("us", ["واشنطن", "الولايات المتحدة"], kind="place")
    assert match_name("واشنطن", "الولايات المتحدة", aliases=table).method == "alias"


def test_known_different_entities_are_kept_apart_by_the_table() -> None:
    # token_set_ratio alone cannot tell them apart: the veto is the table's.
    assert match_name("Kataib Hezbollah", "Hezbollah", aliases=AliasTable())
    vetoed = match_name("Kataib Hezbollah", "Hezbollah")
    assert not vetoed
    assert vetoed.score == 100.0


def test_threshold_is_respected() -> None:
    assert match_name("Farhad Alaaeldin", "Farhad Alaeldin", aliases=AliasTable())
    strict = match_name(
        "Farhad Alaaeldin", "Farhad Alaeldin", aliases=AliasTable(), threshold=99
    )
    assert not strict.matched
    assert strict.score < 99


def test_names_without_letters_do_not_match() -> None:
    assert not match_name("", "")
    assert not match_name("!!", "!!")
    assert match_name("ـ", "ـ").method is MatchMethod.EXACT


def test_name_match_is_truthy_when_matched() -> None:
    assert NameMatch(True, 100.0, MatchMethod.EXACT)
    assert not NameMatch(False, 100.0, MatchMethod.NONE)


def test_best_match() -> None:
    candidates = ["البيت الأبيض", "وزارة الدفاع العراقية", "the Pentagon"]
    assert best_match("البنتاغون", candidates) == ("the Pentagon", 100.0)
    assert best_match("Mohammed Shia al-Soudani", ["Mohammed al-Abbasi"]) is None
    assert best_match("x", []) is None
    # the higher score wins; the first wins a tie
    found = best_match(
        "Farhad Alaeldin", ["Farhad Alaaeldin", "Farhad Alaeldin"], aliases=AliasTable()
    )
    assert found == ("Farhad Alaeldin", 100.0)


# --- the alias table ---------------------------------------------------------


def _shipped_rows() -> list[tuple[int, str, str, str, str]]:
    text = files("claimtrack").joinpath("data/aliases.tsv").read_text("utf-8")
    rows = []
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if line.strip() and not line.startswith("#"):
            eid, kind, lang, name = line.split("\t")
            rows.append((number, eid, kind, lang, name))
    return rows


def test_every_shipped_row_resolves_to_its_own_id() -> None:
    table = AliasTable.default()
    rows = _shipped_rows()
    assert len(rows) > 250
    for number, eid, _kind, _lang, name in rows:
        assert table.resolve(name) == eid, f"line {number}: {name}"
        assert table.resolve(normalise(name)) == eid, f"line {number}: {name}"


def test_no_shipped_alias_maps_to_two_ids() -> None:
    owners: dict[str, str] = {}
    for number, eid, _kind, _lang, name in _shipped_rows():
        key = name_key(name)
        assert owners.setdefault(key, eid) == eid, f"line {number}: {name}"


def test_shipped_entities_have_one_kind_and_both_languages() -> None:
    table = AliasTable.default()
    kinds: dict[str, set[str]] = {}
    for _number, eid, kind, _lang, _name in _shipped_rows():
        kinds.setdefault(eid, set()).add(kind)
    for eid, seen in kinds.items():
        assert seen == {table.kind_of(eid)}
        assert table.names_of(eid, "ar"), eid
        assert table.names_of(eid, "en"), eid


def test_default_table_is_cached() -> None:
    assert AliasTable.default() is AliasTable.default()


def test_table_api() -> None:
    table = AliasTable.default()
    assert table.canonical_name("pentagon") == "the Pentagon"
    assert table.canonical_name("pentagon", "ar") == "البنتاجون"
    assert table.canonical_name("pentagon", "fr") == "the Pentagon"
    assert table.names_of("nope") == ()
    assert "البنتاغون" in table
    assert object() not in table
    assert table["Daesh"] == "isis"
    with pytest.raises(KeyError):
        table["not a known name"]
    with pytest.raises(KeyError):
        table.canonical_name("nope")
    assert len(table) == len(list(table)) == len(dict(table.items()))
    assert "entities" in repr(table)


def test_with_aliases_returns_a_new_table() -> None:
    base = AliasTable.default()
    extended = base.with_aliases("basra", ["Basra", "البصرة"], kind="place")
    assert extended.resolve("بصره") == "basra"
    assert extended.names_of("basra", "ar") == ("البصرة",)
    assert extended.kind_of("basra") == "place"
    assert base.resolve("Basra") is None
    # "other" keeps a known entity's kind
    assert base.with_aliases("isis", ["Daech"]).kind_of("isis") == "group"


def test_with_aliases_refuses_conflicts_unless_told() -> None:
    base = AliasTable.default()
    with pytest.raises(InvalidInput, match="already names 'reuters'"):
        base.with_aliases("ina", ["Reuters"])
    with pytest.raises(InvalidInput, match="kind"):
        base.with_aliases("isis", ["Daech"], kind="place")
    with pytest.raises(InvalidInput, match="no letters"):
        base.with_aliases("isis", ["« »"])
    moved = base.with_aliases("ina", ["Reuters"], override=True)
    assert moved.resolve("Reuters") == "ina"
    assert "Reuters" not in moved.names_of("reuters")


def test_constructor_validates_rows() -> None:
    with pytest.raises(InvalidInput, match="unknown kind"):
        AliasTable([("x", "planet", "en", "X")])
    with pytest.raises(InvalidInput, match="language"):
        AliasTable([("x", "place", "English", "X")])
    with pytest.raises(InvalidInput, match="entity id"):
        AliasTable([("", "place", "en", "X")])


def test_from_tsv_reads_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "aliases.tsv"
    path.write_text(
        "id\tkind\tlang\tname\n# a comment\n\nina\toutlet\ten\tINA\n"
        "ina\toutlet\tar\tواع\n",
        encoding="utf-8",
    )
    table = AliasTable.from_tsv(path)
    assert table.resolve("واع") == table.resolve("ina") == "ina"
    assert table.names_of("ina") == ("INA", "واع")


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("ina\toutlet\ten\n", 2, "columns"),
        ("ina\toutlet\ten\tINA\nina\tplanet\ten\tX\n", 3, "unknown kind"),
        ("ina\toutlet\ten\tINA\nreuters\toutlet\ten\tI.N.A.\n", 3, "already names"),
        ("ina\toutlet\ten\tINA\nina\tgroup\ten\tX\n", 3, "kind"),
        ("ina\toutlet\tEN\tINA\n", 2, "language"),
        ("ina\toutlet\ten\t()\n", 2, "no letters"),
    ],
)
def test_from_tsv_names_file_and_line(
    tmp_path: Path, body: str, line: int, message: str
) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("id\tkind\tlang\tname\n" + body, encoding="utf-8")
    with pytest.raises(InvalidRecord, match=message) as caught:
        AliasTable.from_tsv(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert caught.value.line == line
    assert isinstance(caught.value, ValueError)


def test_from_tsv_requires_the_header(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("ina\toutlet\ten\tINA\n", encoding="utf-8")
    with pytest.raises(InvalidRecord, match=f"{path}:1: header"):
        AliasTable.from_tsv(path)


# --- properties --------------------------------------------------------------

HARAKAT = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]
ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
ARABIC_NAMES = [name for _n, _e, _k, lang, name in _shipped_rows() if lang == "ar"] + [
    "عبد الله",
    "والولايات المتحدة",
    "مُحَمَّد",
]

arabic_text = st.one_of(
    st.sampled_from(ARABIC_NAMES),
    st.text(alphabet=ARABIC_LETTERS + " ", min_size=1, max_size=30),
)
names = st.one_of(
    st.text(max_size=40), arabic_text, st.sampled_from([s for s, _ in SAME])
)


@given(names)
def test_normalise_is_idempotent(name: str) -> None:
    once = normalise(name)
    assert normalise(once) == once
    assert name_key(once) == name_key(name)


@given(names, names)
def test_match_name_is_symmetric(a: str, b: str) -> None:
    assert match_name(a, b) == match_name(b, a)


@given(names.filter(lambda s: any(c.isalpha() for c in s)))
def test_match_name_is_reflexive(name: str) -> None:
    m = match_name(name, name)
    assert m.matched
    assert m.score == 100.0


@given(arabic_text, st.data())
def test_harakat_and_tatweel_do_not_change_normalise(
    name: str, data: st.DataObject
) -> None:
    marks = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(name)), st.sampled_from(HARAKAT)), max_size=8
        )
    )
    decorated = name
    for position, mark in sorted(marks, reverse=True):
        decorated = decorated[:position] + mark + decorated[position:]
    assert normalise(decorated) == normalise(name)


# may_begin: the pruning of entity search must never lose a name -------------

_ALIAS_NAMES = [
    line.split("\t")[3]
    for line in files("claimtrack.data")
    .joinpath("aliases.tsv")
    .read_text("utf-8")
    .splitlines()
    if line.strip() and not line.startswith(("#", "id\t"))
]


def test_every_alias_may_begin_with_its_first_word() -> None:
    from claimtrack.extract.questions import tokenize

    table = AliasTable.default()
    for name in _ALIAS_NAMES:
        first = tokenize(name)[0]
        assert table.may_begin(name[first.start : first.end]), name


@given(
    words=st.lists(
        st.sampled_from(_ALIAS_NAMES)
        | st.sampled_from(["the", "al", "قال", "و", "في", "said", "troops", "عبد"]),
        min_size=1,
        max_size=6,
    ),
    glue=st.sampled_from([" ", " و", "-", " the ", "، "]),
)
def test_pruned_entity_search_finds_what_the_full_search_finds(
    words: list[str], glue: str
) -> None:
    from claimtrack.extract import questions

    text = glue.join(words)
    tokens = questions.tokenize(text)
    pruned = questions.find_entities(tokens, text)
    original = AliasTable.may_begin
    try:
        AliasTable.may_begin = lambda self, word: True  # type: ignore[method-assign]
        full = questions.find_entities(tokens, text)
    finally:
        AliasTable.may_begin = original  # type: ignore[method-assign]
    assert pruned == full
