//! Public test suites run as data (tests/suites/, README.md there for their sources and
//! licences), by one runner natively (`tests/suites.rs`) and in wasm (`tests/wasm/battery.rs`, in
//! Node and in Chromium), with one expected-differences file: each case where the registry's
//! rule or ours differs from the suite's answer is listed there with why, and the run fails on a
//! difference that is not listed, and on a listed one that no longer differs (a stale entry).
#![allow(dead_code)]

use serde_json::Value;

pub const IDNA_TEST_V2: &str = include_str!("../suites/IdnaTestV2.txt");
pub const PUNYCODE: &str = include_str!("../suites/punycode_tests.json");
pub const BAD_PUNYCODE: &str = include_str!("../suites/bad_punycode_tests.json");
pub const VALIDATOR_JS: &str = include_str!("../suites/validator-js-isEmail.json");
pub const EXPECTED: &str = include_str!("../suites/expected-differences.txt");
pub const GO_NETIP: &str = include_str!("../suites/go-netip.json");
pub const VALIDATOR_IS_IP: &str = include_str!("../suites/validator-js-isIP.json");

/// Where a suite runs: `native`, `node` or `chromium` (the expected-differences file's names).
pub type Platform = &'static str;

/// One case of a suite: its name as its file writes it, and how it differed (`None`: it gave the
/// suite's answer).
pub struct Outcome {
    pub case: String,
    pub differs: Option<String>,
}

/// Checks a suite's outcomes on `platform` against the expected-differences file.
pub fn judge(suite: &str, platform: Platform, outcomes: &[Outcome]) -> Result<(), String> {
    let mut expected: Vec<(&str, bool)> = Vec::new();
    for line in EXPECTED.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [s, case, places, why] = fields[..] else {
            return Err(format!("expected-differences.txt: not `suite<TAB>case<TAB>where<TAB>why`: {line}"));
        };
        if why.trim().is_empty() {
            return Err(format!("expected-differences.txt: no reason given: {line}"));
        }
        if s == suite {
            let here = places == "all" || places.split(',').any(|p| p == platform);
            expected.push((case, here));
        }
    }
    let mut problems = Vec::new();
    for o in outcomes {
        let listed = expected.iter().find(|(case, _)| *case == o.case);
        match (&o.differs, listed) {
            (Some(how), None | Some((_, false))) => problems.push(format!("unexpected difference: {}: {how}", o.case)),
            (None, Some((_, true))) => problems.push(format!("stale entry (the case now gives the suite's answer): {}", o.case)),
            _ => {}
        }
    }
    for (case, _) in &expected {
        if !outcomes.iter().any(|o| o.case == *case) {
            problems.push(format!("stale entry (no such case in the suite): {case}"));
        }
    }
    let differing = outcomes.iter().filter(|o| o.differs.is_some()).count();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{suite} on {platform}: {} cases, {differing} differ; {} problems:\n{}",
            outcomes.len(),
            problems.len(),
            problems.join("\n")
        ))
    }
}

/// `\uXXXX` and `\x{X…}` as IdnaTestV2.txt writes them; `None` for a lone surrogate, which a
/// Rust string cannot hold.
fn unescape(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let (hex, len) = if let Some(h) = after.strip_prefix('u') {
            (h.get(..4)?, 5)
        } else if let Some(h) = after.strip_prefix("x{") {
            let end = h.find('}')?;
            (&h[..end], end + 3)
        } else {
            out.push('\\');
            rest = after;
            continue;
        };
        out.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
        rest = &after[len..];
    }
    out.push_str(rest);
    Some(out)
}

/// One line of IdnaTestV2.txt: the source as written, and ToASCII (non-transitional) with its
/// status; `None` when the line holds no test.
pub struct IdnaTest<'a> {
    pub source: &'a str,
    pub input: Option<String>,
    /// The A-label form, or `Err(status)`.
    pub to_ascii: Result<String, &'a str>,
}

pub fn idna_tests() -> Vec<IdnaTest<'static>> {
    let mut tests = Vec::new();
    for line in IDNA_TEST_V2.lines() {
        let line = line.split('#').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        let col: Vec<&str> = line.split(';').map(str::trim).collect();
        let text = |c: &str| if c == "\"\"" { String::new() } else { unescape(c).unwrap_or_default() };
        let source = col[0];
        let input = if source == "\"\"" { Some(String::new()) } else { unescape(source) };
        // Blank columns repeat the one before (the file's header says how).
        let to_unicode = if col[1].is_empty() { input.clone().unwrap_or_default() } else { text(col[1]) };
        let unicode_status = col[2];
        let ascii = if col[3].is_empty() { to_unicode } else { text(col[3]) };
        let status = if col[4].is_empty() { unicode_status } else { col[4] };
        let failed = !(status.is_empty() || status == "[]");
        tests.push(IdnaTest { source, input, to_ascii: if failed { Err(status) } else { Ok(ascii) } });
    }
    tests
}

/// Runs IdnaTestV2 through `to_ascii` (the core's e-mail domain processing).
pub fn run_idna(platform: Platform, to_ascii: impl Fn(&str) -> Result<String, String>) -> Result<(), String> {
    let tests = idna_tests();
    assert!(tests.len() > 6000, "IdnaTestV2.txt holds {} tests", tests.len());
    let outcomes: Vec<Outcome> = tests
        .iter()
        .map(|t| {
            let differs = match (&t.input, &t.to_ascii) {
                (None, _) => Some("a lone surrogate: not a Rust string".to_string()),
                (Some(input), want) => match (to_ascii(input), want) {
                    (Ok(got), Ok(want)) if &got == want => None,
                    (Ok(got), Ok(want)) => Some(format!("gives {got}, the suite {want}")),
                    (Ok(got), Err(status)) => Some(format!("accepted as {got}; the suite refuses it {status}")),
                    (Err(e), Ok(want)) => Some(format!("refused ({e}); the suite gives {want}")),
                    (Err(_), Err(_)) => None,
                },
            };
            Outcome { case: t.source.to_string(), differs }
        })
        .collect();
    judge("IdnaTestV2", platform, &outcomes)
}

fn json_cases(text: &str) -> Vec<Value> {
    match serde_json::from_str(text) {
        Ok(Value::Array(cases)) => cases,
        other => panic!("a JSON array: {other:?}"),
    }
}

/// Runs the Punycode tests (RFC 3492 §7.1's sample strings among them) through `encode` and
/// `decode` (src/punycode.rs), both ways; and the ones that must not encode.
pub fn run_punycode(platform: Platform, encode: impl Fn(&str) -> Option<String>, decode: impl Fn(&str) -> Option<String>) -> Result<(), String> {
    let mut outcomes = Vec::new();
    for case in json_cases(PUNYCODE) {
        let (decoded, encoded) = (case["decoded"].as_str().unwrap_or(""), case["encoded"].as_str().unwrap_or(""));
        let got = (encode(decoded), decode(encoded));
        let differs = (got.0.as_deref() != Some(encoded) || got.1.as_deref() != Some(decoded)).then(|| format!("encodes to {:?}, decodes to {:?}", got.0, got.1));
        outcomes.push(Outcome { case: encoded.to_string(), differs });
    }
    for case in json_cases(BAD_PUNYCODE) {
        let decoded = case["decoded"].as_str().unwrap_or("");
        let differs = encode(decoded).map(|e| format!("encodes to {e}, which must overflow"));
        outcomes.push(Outcome { case: format!("bad: {}", case["description"].as_str().unwrap_or("?")), differs });
    }
    judge("punycode", platform, &outcomes)
}

/// validator.js's isEmail cases: `(name, input, whether validator.js accepts it)`, the name
/// being the input as a JSON string. A lone surrogate (which a Rust string cannot hold) is read as
/// U+FFFD, what `String::from_utf16_lossy` makes of it; the JS runner passes the string as
/// written, by the case's index.
pub fn validator_cases() -> Vec<(String, String, bool)> {
    let text = VALIDATOR_JS.replace("\\ud800", "\\ufffd").replace("\\udc00", "\\ufffd");
    let v: Value = serde_json::from_str(&text).expect("validator-js-isEmail.json");
    assert!(v["_source"]["repository"].is_string(), "the file says where it comes from");
    v["isEmail"]
        .as_array()
        .expect("isEmail cases")
        .iter()
        .map(|c| (serde_json::to_string(&c["input"]).unwrap_or_default(), c["input"].as_str().unwrap_or("").to_string(), c["expect"] == "valid"))
        .collect()
}

/// Runs validator.js's isEmail cases through `valid(index, input)` (the registrant's e-mail
/// field alone).
pub fn run_validator(platform: Platform, valid: impl Fn(usize, &str) -> bool) -> Result<(), String> {
    let outcomes: Vec<Outcome> = validator_cases()
        .iter()
        .enumerate()
        .map(|(i, (name, input, want))| {
            let got = valid(i, input);
            let differs = (got != *want).then(|| format!("{} here, {} for validator.js", verdict(got), verdict(*want)));
            Outcome { case: name.clone(), differs }
        })
        .collect();
    judge("isEmail", platform, &outcomes)
}
fn verdict(valid: bool) -> &'static str {
    if valid {
        "valid"
    } else {
        "invalid"
    }
}

/// go-netip's TestParseAddr and validator.js's isIP through the name-server glue check
/// (`canonical`: the address as it would be sent, or `None` if refused): a valid case must be
/// accepted (and written as Go writes it, where the suite says), an invalid one refused.
pub fn run_ip(platform: Platform, mut canonical: impl FnMut(&str) -> Option<String>) -> Result<(), String> {
    let mut result = Ok(());
    for (suite, json) in [("go-netip", GO_NETIP), ("validator-js-isIP", VALIDATOR_IS_IP)] {
        let v: Value = serde_json::from_str(json).expect("a suite file is JSON");
        assert!(v["_source"]["repository"].is_string(), "the file says where it comes from");
        let outcomes: Vec<Outcome> = v["cases"]
            .as_array()
            .expect("cases")
            .iter()
            .map(|c| {
                let input = c["input"].as_str().unwrap_or("");
                let ours = canonical(input);
                let agrees = match (c["expect"].as_str(), &ours, c["str"].as_str()) {
                    (Some("valid"), Some(text), Some(theirs)) => text == theirs,
                    (Some("valid"), Some(_), None) | (Some("invalid"), None, _) => true,
                    _ => false,
                };
                Outcome { case: input.to_string(), differs: (!agrees).then(|| format!("{} there, {ours:?} here", c["expect"])) }
            })
            .collect();
        if let Err(e) = judge(suite, platform, &outcomes) {
            result = match result {
                Ok(()) => Err(e),
                Err(prev) => Err(prev + "\n" + &e),
            };
        }
    }
    result
}
