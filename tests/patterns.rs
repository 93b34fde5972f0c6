//! Every regex of the country table, as compiled by build.rs into position automata, agrees with
//! `regex-lite` (the rust-lang linear-time engine) on a corpus of inputs: each row's example and
//! its mutations, the no-postal-code spellings, and pseudo-random strings over the pattern's own
//! characters.

use dotbe_rules::countries::COUNTRIES;
use regex_lite::Regex;

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
fn compiled_patterns_agree_with_regex_lite() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut checked = 0;
    for c in &COUNTRIES {
        let re = Regex::new(c.postal()).unwrap_or_else(|e| panic!("{}: {e}", c.code()));
        for s in corpus(c.postal(), &[c.postal_example()], &mut rng) {
            assert_eq!(c.postal_matches(&s), Some(re.is_match(&s)), "{} postal {:?} on {s:?}", c.code(), c.postal());
            checked += 1;
        }
        if !c.vat().is_empty() {
            let re = Regex::new(c.vat()).unwrap();
            let digits: String = (0..12).map(|_| rng.pick(&['0', '1', '2', '5', '9'])).collect();
            let seeds = [format!("{}{}", c.vat_prefix(), &digits[..9]), format!("{}U{}", c.vat_prefix(), &digits[..8]), digits.clone(), format!("{}{}B01", c.vat_prefix(), &digits[..9])];
            let seeds: Vec<&str> = seeds.iter().map(String::as_str).collect();
            for s in corpus(c.vat(), &seeds, &mut rng) {
                assert_eq!(c.vat_matches(&s), Some(re.is_match(&s)), "{} VAT {:?} on {s:?}", c.code(), c.vat());
                checked += 1;
            }
        }
        if !c.phone_length().is_empty() {
            let re = Regex::new(c.phone_length()).unwrap();
            for n in 0..20 {
                for s in ["5".repeat(n), format!("{}x", "5".repeat(n)), format!("٣{}", "5".repeat(n))] {
                    assert_eq!(c.phone_length_matches(&s), Some(re.is_match(&s)), "{} phone {:?} on {s:?}", c.code(), c.phone_length());
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100_000, "{checked}");
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
