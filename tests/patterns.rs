//! Every regex of the country table, as compiled by build.rs into position automata, agrees with
//! the `regex` crate (rust-lang's linear-time engine, the same syntax) on a corpus of inputs: each
//! row's example and its mutations, the no-postal-code spellings, and pseudo-random strings over
//! the pattern's own characters. A VAT regex is compiled as its body (`^(FR)?B` → `^B`); both
//! readings are checked. A dev-dependency only: the package carries no regex engine.

use dotbe_rules::countries::COUNTRIES;
use regex::Regex;

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }
}

fn corpus(pattern: &str, seeds: &[&str], rng: &mut Rng) -> Vec<String> {
    let mut alphabet: Vec<char> = pattern.chars().filter(|c| c.is_ascii_alphanumeric() || " -".contains(*c)).collect();
    // Multi-byte characters of 2, 3 and 4 bytes: the automata read bytes (src/pattern.rs).
    alphabet.extend("0123456789AZaz -é€😀".chars());
    let mut out: Vec<String> = vec![String::new(), "0000".into(), "00000".into(), "0".into(), " ".into()];
    for seed in seeds {
        let chars: Vec<char> = seed.chars().collect();
        out.push(seed.to_string());
        out.push(seed.to_lowercase());
        out.push(seed.to_uppercase());
        out.push(format!(" {seed}"));
        out.push(format!("{seed} "));
        out.push(format!("X{seed}"));
        out.push(format!("{seed}X"));
        out.push(format!("{seed}{seed}"));
        for i in 0..chars.len() {
            let mut del = chars.clone();
            del.remove(i);
            out.push(del.into_iter().collect());
            let mut dup = chars.clone();
            dup.insert(i, chars[i]);
            out.push(dup.into_iter().collect());
            for r in ['0', '9', 'A', 'a', ' ', '-', 'Z'] {
                let mut rep = chars.clone();
                rep[i] = r;
                out.push(rep.into_iter().collect());
            }
        }
    }
    for _ in 0..300 {
        let len = (rng.next() % 14) as usize;
        out.push((0..len).map(|_| rng.pick(&alphabet)).collect());
    }
    out
}

#[test]
fn compiled_patterns_agree_with_regex() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // Inputs checked, and how many of them the reference matched: both answers must be common.
    let (mut checked, mut matched) = (0, 0);
    for c in &COUNTRIES {
        let re = Regex::new(c.postal()).unwrap_or_else(|e| panic!("{}: {e}", c.code()));
        for s in corpus(c.postal(), &[c.postal_example()], &mut rng) {
            assert_eq!(c.postal_matches(&s), Some(re.is_match(&s)), "{} postal {:?} on {s:?}", c.code(), c.postal());
            checked += 1;
            matched += usize::from(re.is_match(&s));
        }
        if !c.vat().is_empty() {
            let re = Regex::new(c.vat()).unwrap();
            let digits: String = (0..12).map(|_| rng.pick(&['0', '1', '2', '5', '9'])).collect();
            let seeds = [format!("{}{}", c.vat_prefix(), &digits[..9]), format!("{}U{}", c.vat_prefix(), &digits[..8]), digits.clone(), format!("{}{}B01", c.vat_prefix(), &digits[..9])];
            let seeds: Vec<&str> = seeds.iter().map(String::as_str).collect();
            // The body alone (`^(FR)?B` → `^B`), as the check runs it once the prefix is read off.
            let (prefix, rest) = c.vat().strip_prefix("^(").and_then(|v| v.split_once(")?")).expect("every VAT row has an optional prefix");
            assert_eq!(prefix, c.vat_prefix());
            let body = Regex::new(&format!("^{rest}")).unwrap();
            for s in corpus(c.vat(), &seeds, &mut rng) {
                assert_eq!(c.vat_matches(&s), Some(re.is_match(&s)), "{} VAT {:?} on {s:?}", c.code(), c.vat());
                assert_eq!(c.vat_body_matches(&s), Some(body.is_match(&s)), "{} VAT body of {:?} on {s:?}", c.code(), c.vat());
                checked += 2;
                matched += usize::from(re.is_match(&s));
            }
        }
        if !c.phone_length().is_empty() {
            let re = Regex::new(c.phone_length()).unwrap();
            for n in 0..20 {
                for s in ["5".repeat(n), format!("{}x", "5".repeat(n)), format!("٣{}", "5".repeat(n))] {
                    assert_eq!(c.phone_length_matches(&s), Some(re.is_match(&s)), "{} phone {:?} on {s:?}", c.code(), c.phone_length());
                    checked += 1;
                    matched += usize::from(re.is_match(&s));
                }
            }
        }
    }
    assert!(checked > 100_000, "{checked}");
    // The reference matched 4,654 of 128,217 (2026-12-01): the corpus reaches both answers.
    assert!(matched > 2_000 && checked - matched > 2_000, "{matched} of {checked} matched");
}

/// libphonenumber's national-prefix step (`maybeStripNationalPrefixAndCarrierCode`, without its
/// check of the country's number pattern), run by the `regex` crate: the match of the pattern at the
/// start is replaced by the transform rule when the rule is set and the pattern's last group took
/// part, else removed.
fn national_reference(re: &Regex, rule: &str, digits: &str) -> Option<String> {
    let caps = re.captures(digits)?;
    let (end, groups) = (caps.get(0)?.end(), caps.len() - 1);
    if rule.is_empty() || groups == 0 || caps.get(groups).is_none() {
        return Some(digits[end..].to_string());
    }
    let (insert, group) = rule.split_once('\\').map_or((rule, None), |(d, n)| (d, n.parse::<usize>().ok()));
    let kept = group.and_then(|n| caps.get(n)).map_or("", |m| m.as_str());
    Some([insert, kept, &digits[end..]].concat())
}

#[test]
fn national_prefixes_agree_with_regex() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let examples: Vec<&str> = include_str!("../data/phone-examples.tsv").lines().skip(1).filter_map(|l| l.split('\t').nth(4)).collect();
    let examples: Vec<String> = examples.iter().map(|e| e.chars().filter(char::is_ascii_digit).collect()).collect();
    let mut short = vec![String::new()];
    for len in 1..=3 {
        for n in 0..10u32.pow(len) {
            short.push(format!("{n:0width$}", width = len as usize));
        }
    }
    let (mut checked, mut rewritten) = (0, 0);
    let mut seen = std::collections::HashSet::new();
    for c in &COUNTRIES {
        let (pattern, rule) = (c.national_prefix_for_parsing(), c.national_prefix_transform_rule());
        if pattern.is_empty() || !seen.insert((pattern, rule)) {
            continue;
        }
        let re = Regex::new(&format!("^(?:{pattern})")).unwrap_or_else(|e| panic!("{}: {e}", c.code()));
        let mut corpus: Vec<String> = examples.clone();
        for s in &short {
            for head in ["", "0", "1", "8", "9"] {
                for tail in ["", "15", "1523456789", "23456789", "2345678901"] {
                    corpus.push(format!("{head}{s}{tail}"));
                }
            }
        }
        for _ in 0..2000 {
            let len = (rng.next() % 16) as usize;
            corpus.push((0..len).map(|_| rng.pick(&['0', '1', '2', '5', '8', '9', '3', '4', '6', '7'])).collect());
        }
        for s in corpus {
            let want = national_reference(&re, rule, &s);
            assert_eq!(c.without_national_prefix(&s), want, "{} {pattern:?} {rule:?} on {s:?}", c.code());
            rewritten += usize::from(want.is_some_and(|w| w != s));
            checked += 1;
        }
    }
    assert!(checked > 100_000 && rewritten > 10_000, "{checked} {rewritten}");
}

/// `postal_begins` (one more state test on the same automata) against its definition: every
/// beginning of a match begins one; a text that begins none is not made valid by any ending.
#[test]
fn prefix_test_agrees_with_matching() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut checked = 0;
    for c in &COUNTRIES {
        let example: Vec<char> = c.postal_example().chars().collect();
        for n in 0..=example.len() {
            let head: String = example[..n].iter().collect();
            assert!(c.postal_begins(&head), "{}: {head:?} begins {:?}", c.code(), c.postal_example());
        }
        let endings: Vec<String> = (0..=example.len()).map(|n| example[n..].iter().collect()).collect();
        for s in corpus(c.postal(), &[c.postal_example()], &mut rng) {
            if c.postal_matches(&s) == Some(true) {
                assert!(c.postal_begins(&s), "{}: a match begins a match: {s:?}", c.code());
            }
            if !c.postal_begins(&s) {
                for end in &endings {
                    assert_ne!(c.postal_matches(&format!("{s}{end}")), Some(true), "{}: {s:?} + {end:?} matches", c.code());
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 10_000, "{checked}");
}
