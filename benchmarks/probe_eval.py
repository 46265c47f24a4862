"""Probe extraction with sentences written for it, in other outlets' styles.

``benchmarks/probes/english.json`` (150) and ``arabic.json`` (114) hold short
news sentences on the coalition story, written by us (none from the corpus),
with what an analyst expects from each: figures, hedges, units, speakers,
citation chains and question-key fragments. They were written to find
failures, and the rules were fixed against them, so they are a development
set: a pass rate here says what is covered, not how well unseen text goes.

``heldout_english.json`` and ``heldout_arabic.json`` (60 each) were written by
helper sessions that never ran the extractor, in the styles of outlets the
rules were not written against. Measured once before any rule looked at them:
41 and 38 of 60 (see ``benchmarks/README.md``); rules have been fixed against
them since, so they are development data now too. ``heldout2_english.json``
and ``heldout2_arabic.json`` (60 each) are a second such round, in other
outlets' styles again: first measured at 43 and 56 of 60.
``heldout3_english.json`` and ``heldout3_arabic.json`` (60 each) are a third,
in the styles of yet other outlets (Stars and Stripes, Politico, State
Department briefings; إرم نيوز، شبكة 964، الصباح): first measured at 24 and
26 of 60, at commit 0398c09. ``heldout4_english.json`` and
``heldout4_arabic.json`` (60 each) are a fourth (Reuters wire copy, NPR and
hearing transcripts, UNAMI reports, Axios; المعلومة، الفرات نيوز، عنب بلدي،
شينخوا): first measured at 20 and 23 of 60, at commit 901a4f6.
``heldout5_english.json`` and ``heldout5_arabic.json`` (60 each) are a fifth
(the Lead Inspector General's reports, live blogs, fact-checks, threads on X,
Xinhua; نورث برس، هاوار، قسد، سانا، المسلة، press-conference transcripts):
first measured at 26 of 60 and, with two probes that crashed ``extract``
left out, 21 of 58, at commit cf30c7f.
``heldout6_english.json`` and ``heldout6_arabic.json`` (60 each) are a sixth
(Sky News, Janes, SOHR, ACLED, OCHA, factboxes, timelines, corrections,
interview transcripts; اليوم السابع، كونا، الصباح الجديد، درج، قناة دجلة،
timelines, corrections, posts on social media): first measured at 30 and 23
of 60, at commit 36f17b8 and again at b6cdaa1.
``heldout7_english.json`` and ``heldout7_arabic.json`` (60 each) are a
seventh (USA Today, The Atlantic, The Intercept, Army Times, GAO reports,
Hansard, Amwaj.media, PressTV, Daily Sabah, Euronews, AP explainers, podcast
transcripts, photo captions, press-conference Q&A; بترا، قنا، واس، د ب أ،
أ ف ب، سويس إنفو، الشرقية، المنار، مهر، عكاظ، الأهرام، القبس، هسبريس،
parliamentary minutes, infographics, bulletins): first measured at 23 and 23
of 60, at commit 9bd44dd.
``heldout8_english.json`` and ``heldout8_arabic.json`` (60 each) are an
eighth (Washington Examiner, Vox, Bellingcat, The Cradle, RFE/RL, Jordan
Times, Times of Israel, Tehran Times, Semafor, UPI, White House fact sheets,
Senate committee releases, BBC Monitoring digests, budget excerpts,
newsletters, corrections; جولة في الصحف، شريط عاجل، نينا، العراقية، الرشيد،
وام، العمانية، الإخبارية السورية، فارس، طريق الشعب، الوطن، اللواء، Iraqi
defence ministry and Kurdistan presidency statements, TV interviews, quoted
tweets, think-tank reports, translations from Hebrew papers): first measured
at 20 and 16 of 60, at commit 8391e40 and the same at ea274ed.
``heldout9_english.json`` and ``heldout9_arabic.json`` (60 each) are a
ninth (The War Zone, The Defense Post, Critical Threats, Lawfare, Just
Security, PBS NewsHour, Inside Defense, CQ Roll Call, The Diplomat, UK MoD
and Canadian DND releases, NATO fact pages, State Department readouts, the
Iraqi and KRG prime ministers' offices, militia statements in translation,
congressional letters, NDAA summaries, newsletters; البناء، الوطن السورية،
الغد، الرياض، سبأ، الفلوجة، نون، الجبال، ميدل إيست آي, Iraqi interior
ministry, national security council and commander-in-chief statements,
CENTCOM releases in translation, Friday sermons, parliamentary committee
reports, UN briefings, Telegram channels, official letters): first measured
at 11 and 7 of 60 at commit 3e73dd7, and 12 and 7 at 49a6634, before any rule
looked at them.
``heldout10_english.json`` and ``heldout10_arabic.json`` (60 each) are a
tenth, news again (South China Morning Post, Dawn, The Hindu, Gulf News, The
Peninsula, Hurriyet Daily News, Iran International, IRNA, Sputnik, Newsmax,
TIME, The New Yorker, The Conversation, DefenseScoop, DVIDS, a hometown daily,
Playbook-style newsletters, TV chyrons, an OSINT Telegram digest; الشرق، الوطن
القطرية، الرؤية، أخبار الخليج، النهار الكويتية، الثورة، المراقب العراقي،
الجمهورية، مصراوي، عمون، النشرة، المشهد العراقي، صوت العراق، الخليج الجديد،
يمن مونيتور، بنا، الغدير، الاتجاه، آفاق, radio transcripts, two-line local
items, long analyses): first measured at 8 and 7 of 60 at commit 5a03149 (the
seventeenth session's start) and again at 355e3f0, before any rule looked at
them.
``heldout11_english.json`` and ``heldout11_arabic.json`` (60 each) are an
eleventh (The Irish Times, Kuwait Times, Saudi Gazette, Tasnim and Mehr in
English, The Globe and Mail, Le Monde in English, The Straits Times, court
filings, the Congressional Record, CBO estimates, earnings calls, obituaries,
embassy security alerts, wire advisories, letters to the editor, podcast show
notes; الأنباء الكويتية، الوسط، عُمان، الرأي الأردنية، الوطن المصرية، الديار،
نداء الوطن، زمان الوصل، الكوثر، البينة الجديدة، العين الإخبارية، رأي اليوم،
الحل نت، NRT عربية، المملكة، صدى البلد، راديو سوا, interviews in question and
answer, party statements, committee minutes, a policy paper, MPs' posts,
radio bulletins): first measured at 10 and 7 of 60 at commit 12ebdcf (the
nineteenth session's start), before any rule looked at them; by figures
(``--items``), 0.86 and 0.90 found, 0.54 and 0.48 with every field right.
``heldout12_english.json`` and ``heldout12_arabic.json`` (60 each) are a
twelfth (Marine Corps, Navy and Air Force Times, Modern War Institute, Foreign
Affairs, The National Interest, Chatham House, IISS and SIPRI tables, Crisis
Group, HRW, Amnesty, UNHCR, UNICEF, ICRC, press pool reports, Australian, New
Zealand, Dutch, Danish, Italian and Spanish defence releases, Kyodo, Yonhap,
EFE, ANSA, "by the numbers" boxes, pipe tables, a House of Lords written
answer; الخنادق، المجلة، نون بوست، مركز البيان، the State Department and a
British embassy in Arabic, هيئة النزاهة، cabinet decisions, opinion polls,
threads on X, an open letter, items translated from Persian and Kurdish, TAP,
السياسة، 26 سبتمبر، فيتو، روناهي، LBCI، الأنباط، القدس، WhatsApp and TikTok
transcripts, a quiz page, a thesis defence): first measured at 3 and 1 of 60
at commit 0e175b7 (the twentieth session's start), before any rule looked at
them; by figures, 0.73 and 0.87 found, 0.43 and 0.40 with every field right.
``heldout13_english.json`` and ``heldout13_arabic.json`` (60 each) are a
thirteenth (Khaleej Times, Gulf Times, Ahram Online, Haaretz, TASS, CGTN, CBC,
ProPublica, Punchbowl, UK Defence Journal, a War Powers letter, DoD contract
notices, UN noon briefings, a Canadian order-paper answer, C-SPAN captions,
subtitles, a CSV tracker; واج، ومع، الشروق، تشرين، البعث، أورينت، التآخي،
كوردستان تي في، الوقائع العراقية، سبق، الراية، روز اليوسف، المسيرة، كيهان
العربي, a leaked cable, SMS alerts, a crossword): first measured at 10 and 10
of 60 at commit c209fb8 (the twenty-first session's start), before any rule
looked at them; by figures, 0.83 and 0.84 found, 0.51 and 0.53 with every
field right.
``heldout14_english.json`` and ``heldout14_arabic.json`` (60 each) are a
fourteenth (Oman Observer, Arab Times, L'Orient Today, Kathimerini, The Japan
Times, The Korea Herald, Bangkok Post, News24, ERR, Spiegel International, The
Canadian Press, PA Media, Interfax, NDTV, SOFREP, Kurdistan Region Security
Council and Counter-Terrorism Service statements, SAM.gov and PACER entries,
a nominee's written answers, a 10-K, a textbook, a museum label, a newscast
script; وال، سونا، معا، الوكالة الوطنية للإعلام، صحراء ميديا، شفقنا، النصر،
لوسيل، مكة، مدى مصر، عرب 48، Le360, Iraqi border, audit and migration bodies,
the Arab League and GCC, a tender notice, a petition, a children's page, an
oral history in Iraqi dialect, classified ads, front-page headlines): first
measured at 16 and 7 of 60 at commit c76a560 (the twenty-second session's
start) and the same at cc03d32, before any rule looked at them; by figures,
0.88 and 0.83 found, 0.67 and 0.44 with every field right.
``heldout15_english.json`` and ``heldout15_arabic.json`` (60 each) are a
fifteenth (Premium Times, Daily Monitor, Buenos Aires Times, teleSUR, Kazinform,
AKIpress, Trend, The Local, RÚV, The Fiji Times, Stuff, NZ Hansard, The
Kathmandu Post, Lok Sabha and Dáil written answers, German, Russian and Chinese
briefing transcripts, Lusa, STA, MSF, IOM DTM, a FOIA letter, a tribunal
judgment, a Wikipedia talk page, a war-risk bulletin, an equity note, an
auction lot; وفا، الوكالة الموريتانية، التيار، عدن الغد، بلقيس، سرايا، شهاب،
الحياة الجديدة، الشعب، العمق، عين ليبيا، كركوك ناو، روزنة، NHK, i24NEWS, Iraqi
courts, presidency, border and finance bodies, the Arab Parliament, the OIC, a
diwani order, an auction notice, a tribal obituary, a WhatsApp channel, an X
Space in Iraqi dialect): first measured at 16 and 8 of 60 at commit c0bdd0c
(the twenty-third session's start), before any rule looked at them; by
figures, 0.80 and 0.81 found, 0.61 and 0.54 with every field right.

Usage::

    python benchmarks/probe_eval.py            # all thirty-two sets, failures listed
    python benchmarks/probe_eval.py --quiet    # pass counts only
    python benchmarks/probe_eval.py --quiet --items  # and figure-level scores
    python benchmarks/probe_eval.py more.json  # and another set, in either format
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimtrack import (
    Attribution,
    Claim,
    Document,
    Figure,
    NumberFigure,
    Source,
    extract,
)
from claimtrack.extract.outlets import known_source
from claimtrack.names import AliasTable

HERE = Path(__file__).resolve().parent / "probes"


def _same_name(want: str, got: str) -> bool:
    """Whether a wanted name is in a name found, or both name one entity.

    Outlets are found under their canonical English names: رويترز is Reuters;
    other names are the same when the alias table gives them one entity
    (وزارة الدفاع الأمريكية and البنتاغون are the Pentagon).
    """
    if want.lower() in got.lower():
        return True
    known = known_source(want)
    if known is not None and known.name == got:
        return True
    aliases = AliasTable.default()
    entity = aliases.resolve(want)
    return entity is not None and aliases.resolve(got) == entity


def _speaker_is(want: str, att: Attribution) -> bool:
    """Whether ``want`` is the attribution's speaker.

    As in the seed gold, an outlet relaying another ("Reuters reported") is
    the outlet's own voice with the relayed outlet in the citation chain: a
    wanted outlet then matches the chain's farthest source.
    """
    if _same_name(want, att.speaker.name):
        return True
    chain = att.citation_chain
    return att.speaker.is_outlet and bool(chain) and _same_name(want, chain[0].name)


_MONTHS = (
    "January February March April May June July August September October"
    " November December"
).split()
_ISO_MONTH = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")


def _forms(figure: Figure) -> set[str]:
    """How a figure may be written: ``str(figure)``, and as a reader writes it.

    "by 2025-09" is also "by September 2025", "2024-09-27" is also
    "September 27, 2024" and "27 September 2024", "by the end of 2026" is
    also "by end of 2026", and a range is also "between 2,000 and 2,500".
    """
    written = str(figure)
    if isinstance(figure, NumberFigure):
        if figure.hedge.value != "range":
            return {written}
        # "2,000–2,500 troops" is also "between 2,000 and 2,500 troops"
        return {written, "between " + written.replace("–", " and ", 1)}

    def named(m: re.Match[str], day_first: bool) -> str:
        month = _MONTHS[int(m.group(2)) - 1]
        if m.group(3) is None:
            return f"{month} {m.group(1)}"
        day = int(m.group(3))
        return (
            f"{day} {month} {m.group(1)}"
            if day_first
            else f"{month} {day}, {m.group(1)}"
        )

    forms = {
        written,
        _ISO_MONTH.sub(lambda m: named(m, False), written),
        _ISO_MONTH.sub(lambda m: named(m, True), written),
    }
    # "by the end of 2026" is also "by end of 2026" and "end of 2026"
    return (
        forms
        | {f.replace("the end of", "end of") for f in forms}
        | {f.removeprefix("by the ") for f in forms}
    )


def _count(tally: Counter[str], wrong: list[str]) -> None:
    """Tally one expected figure that was found, with its wrong fields."""
    tally["found"] += 1
    tally["right"] += not wrong
    for problem in wrong:
        word = problem.split()[0]
        tally["wrong " + ("kind" if problem.startswith("speaker kind") else word)] += 1


def _english(
    probe: dict[str, Any], claims: list[Claim], tally: Counter[str]
) -> list[str]:
    """English probes: a figure as written (``str(figure)``) and its attribution."""
    problems: list[str] = []
    used: set[int] = set()
    for want in probe["expect"]:
        tally["expected"] += 1
        hits = [c for c in claims if _forms(c.figure) & set(want["fig"])]
        if not hits:
            problems.append(f"missing {want['fig'][0]}")
            continue
        best = min(hits, key=lambda c: len(_english_fields(want, c)))
        used.add(id(best))
        wrong = _english_fields(want, best)
        _count(tally, wrong)
        problems += [f"{want['fig'][0]}: {p}" for p in wrong]
    if probe["none"]:  # every claim must be expected
        extra = [f"extra {c.figure}" for c in claims if id(c) not in used]
        tally["checked"] += len(claims)
        tally["extra"] += len(extra)
        problems += extra
    return problems


def _english_fields(want: dict[str, Any], claim: Claim) -> list[str]:
    att = claim.attributions[0]
    speaker, out = att.speaker, []
    if want.get("speaker") and not _speaker_is(want["speaker"], att):
        out.append(f"speaker {speaker.name!r}, want ~{want['speaker']!r}")
    if want.get("kind") and speaker.kind.value != want["kind"]:
        out.append(f"speaker kind {speaker.kind.value}, want {want['kind']}")
    names = [s.name for s in att.citation_chain]
    out += [
        f"chain {names} lacks {c!r}"
        for c in want.get("chain", [])
        if not any(_same_name(c, n) for n in names)
    ]
    if "count" in want and speaker.count != want["count"]:
        out.append(f"group size {speaker.count}, want {want['count']}")
    if want.get("key_has") and want["key_has"].lower() not in claim.question.key:
        out.append(f"key {claim.question.key!r} lacks {want['key_has']!r}")
    if (
        want.get("role_has")
        and want["role_has"].lower() not in (speaker.role or "").lower()
    ):
        out.append(f"role {speaker.role!r} lacks {want['role_has']!r}")
    return out


def _arabic(
    probe: dict[str, Any], claims: list[Claim], tally: Counter[str]
) -> list[str]:
    """Arabic probes: values by number, fields by name; ``c*`` check sentence 2."""
    if probe["id"].startswith("c"):  # a continuation: the second sentence's claims
        cut = probe["text"].index(". ") + 2
        claims = [c for c in claims if c.attributions[0].span.start >= cut]
    problems: list[str] = []
    used: set[int] = set()
    for want in probe["expect"]:
        tally["expected"] += 1
        hits = [
            k for k, c in enumerate(claims) if k not in used and _arabic_value(want, c)
        ]
        if not hits:
            problems.append(f"missing {want}")
            continue
        used.add(hits[0])
        wrong = _arabic_fields(want, claims[hits[0]])
        _count(tally, wrong)
        problems += wrong
    if not probe["id"].startswith("n"):  # n*: bare years and ids may add dates
        extra = [f"extra {c.figure}" for k, c in enumerate(claims) if k not in used]
        tally["checked"] += len(claims)
        tally["extra"] += len(extra)
        problems += extra
    return problems


def _arabic_value(want: dict[str, Any], claim: Claim) -> bool:
    figure = claim.figure
    if isinstance(figure, NumberFigure):
        if "v" in want:
            return figure.value is not None and math.isclose(figure.value, want["v"])
        return "lo" in want and (figure.low, figure.high) == (want["lo"], want["hi"])
    return "t" in want and str(figure.value or "").startswith(want["t"])


def _arabic_fields(want: dict[str, Any], claim: Claim) -> list[str]:
    att, figure, out = claim.attributions[0], claim.figure, []
    got = {"hedge": figure.hedge.value, "kind": att.speaker.kind.value}
    if isinstance(figure, NumberFigure):
        got["unit"] = figure.unit
    else:
        got |= {"gran": figure.granularity.value, "part": figure.part.value}
    for field in ("hedge", "unit", "gran", "part", "kind"):
        if field in want and got.get(field) != want[field]:
            out.append(f"{field} {got.get(field)}, want {want[field]}")
    if "hedge" not in want and "v" in want and got["hedge"] != "exact":
        out.append(f"hedge {got['hedge']}, want exact")
    out += [
        f"key {claim.question.key!r} lacks {k!r}"
        for k in want.get("key", [])
        if k not in claim.question.key
    ]
    if "sp" in want and not _speaker_is(want["sp"], att):
        out.append(f"speaker {att.speaker.name!r}, want ~{want['sp']!r}")
    chain = [s.name for s in att.citation_chain]
    wanted = want.get("chain")
    if wanted is not None and (
        len(wanted) != len(chain)
        or not all(_same_name(w, g) for w, g in zip(wanted, chain, strict=True))
    ):
        out.append(f"chain {chain}, want {wanted}")
    return out


def _checker(path: Path) -> Any:
    """The check for a probe file: english.json's format (``fig``) or arabic.json's."""
    probes = json.loads(path.read_text(encoding="utf-8"))
    written = any("fig" in want for probe in probes for want in probe["expect"])
    return _english if written else _arabic


def run(
    quiet: bool = False, extra: Sequence[Path] = (), items: bool = False
) -> dict[str, tuple[int, int]]:
    """Run both probe sets, and any ``extra`` files in either set's format.

    Returns ``{set: (passed, total)}``. With ``items``, also print per set how
    many expected figures were found and how many had every field right, the
    claims that no probe expected among those checked for extras, and the wrong fields.
    """
    results = {}
    tallies: dict[str, Counter[str]] = {}
    sets: list[tuple[str, Path, Any, str | None]] = [
        ("english", HERE / "english.json", _english, "en"),
        ("arabic", HERE / "arabic.json", _arabic, "ar"),
        ("heldout_english", HERE / "heldout_english.json", _english, "en"),
        ("heldout_arabic", HERE / "heldout_arabic.json", _arabic, "ar"),
        ("heldout2_english", HERE / "heldout2_english.json", _english, "en"),
        ("heldout2_arabic", HERE / "heldout2_arabic.json", _arabic, "ar"),
        ("heldout3_english", HERE / "heldout3_english.json", _english, "en"),
        ("heldout3_arabic", HERE / "heldout3_arabic.json", _arabic, "ar"),
        ("heldout4_english", HERE / "heldout4_english.json", _english, "en"),
        ("heldout4_arabic", HERE / "heldout4_arabic.json", _arabic, "ar"),
        ("heldout5_english", HERE / "heldout5_english.json", _english, "en"),
        ("heldout5_arabic", HERE / "heldout5_arabic.json", _arabic, "ar"),
        ("heldout6_english", HERE / "heldout6_english.json", _english, "en"),
        ("heldout6_arabic", HERE / "heldout6_arabic.json", _arabic, "ar"),
        ("heldout7_english", HERE / "heldout7_english.json", _english, "en"),
        ("heldout7_arabic", HERE / "heldout7_arabic.json", _arabic, "ar"),
        ("heldout8_english", HERE / "heldout8_english.json", _english, "en"),
        ("heldout8_arabic", HERE / "heldout8_arabic.json", _arabic, "ar"),
        ("heldout9_english", HERE / "heldout9_english.json", _english, "en"),
        ("heldout9_arabic", HERE / "heldout9_arabic.json", _arabic, "ar"),
        ("heldout10_english", HERE / "heldout10_english.json", _english, "en"),
        ("heldout10_arabic", HERE / "heldout10_arabic.json", _arabic, "ar"),
        ("heldout11_english", HERE / "heldout11_english.json", _english, "en"),
        ("heldout11_arabic", HERE / "heldout11_arabic.json", _arabic, "ar"),
        ("heldout12_english", HERE / "heldout12_english.json", _english, "en"),
        ("heldout12_arabic", HERE / "heldout12_arabic.json", _arabic, "ar"),
        ("heldout13_english", HERE / "heldout13_english.json", _english, "en"),
        ("heldout13_arabic", HERE / "heldout13_arabic.json", _arabic, "ar"),
        ("heldout14_english", HERE / "heldout14_english.json", _english, "en"),
        ("heldout14_arabic", HERE / "heldout14_arabic.json", _arabic, "ar"),
        ("heldout15_english", HERE / "heldout15_english.json", _english, "en"),
        ("heldout15_arabic", HERE / "heldout15_arabic.json", _arabic, "ar"),
    ]
    sets += [(path.stem, path, _checker(path), None) for path in extra]
    for name, path, check, lang in sets:
        probes = json.loads(path.read_text(encoding="utf-8"))
        passed, tally = 0, Counter[str]()
        # From the fourth round on, the writers were told that an outlet's own
        # name in its own report is no relay: those probes are published by
        # the outlet whose style they imitate. Earlier rounds expected the
        # opposite, so they are published by no outlet of the story.
        own = name.startswith(
            (
                "heldout4",
                "heldout5",
                "heldout6",
                "heldout7",
                "heldout8",
                "heldout9",
                "heldout10",
                "heldout11",
                "heldout12",
                "heldout13",
                "heldout14",
                "heldout15",
            )
        )
        for probe in probes:
            doc = Document(
                id=probe["id"],
                source=Source(name=(own and probe.get("style")) or "Probe Daily"),
                published=probe.get("published", "2025-06-15"),
                lang=lang,
                text=probe["text"],
            )
            problems = check(probe, extract(doc), tally)
            passed += not problems
            if problems and not quiet:
                print(f"{name} {probe['id']}: {probe['text']}")
                for problem in problems:
                    print(f"    {problem}")
        results[name] = (passed, len(probes))
        tallies[name] = tally
    for name, (passed, total) in results.items():
        print(f"{name}: {passed} of {total} probes pass")
    if items:
        _print_items(tallies)
    return results


def _print_items(tallies: dict[str, Counter[str]]) -> None:
    """Figure-level scores: a probe fails on one wrong field of one figure."""
    print(
        "\nset                 expected  found  all right  extra/checked  wrong fields"
    )
    for name, t in tallies.items():
        wrong = sorted(
            ((k.split()[1], n) for k, n in t.items() if k.startswith("wrong ")),
            key=lambda kv: -kv[1],
        )
        print(
            f"{name:<20}{t['expected']:>8}{t['found'] / t['expected']:>7.2f}"
            f"{t['right'] / t['expected']:>11.2f}"
            f"{t['extra']:>9} / {t['checked']:<4} "
            + ", ".join(f"{k} {n}" for k, n in wrong)
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="pass counts only")
    parser.add_argument(
        "--items", action="store_true", help="and figure-level scores per set"
    )
    parser.add_argument(
        "extra", nargs="*", type=Path, help="more probe files, in either set's format"
    )
    args = parser.parse_args()
    run(args.quiet, args.extra, args.items)
