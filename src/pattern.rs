//! The registry's regexes, run as position automata (Glushkov) compiled by build.rs: linear in
//! the input (each byte is looked at once, against a bounded set of positions), no
//! backtracking, no allocation, and no regex engine in the wasm. `tests/patterns.rs` checks every
//! pattern of the table against the `regex` crate (README: "Why compiled patterns").
//!
//! Hand-written (with its compiler, `build/automaton.rs`) rather than a crate's because it is
//! smaller: `regex-lite` in the wasm cost 23 KB gzip (README), and DFAs built by `regex-automata`
//! at build time would make the package 2.5 to 3.9 KB gzip bigger (measured 2026-11-24).
//!
//! libphonenumber's national prefixes are not run as automata: build.rs expands each into the
//! fixed runs of classes it matches, in the order a backtracking engine tries them, and
//! [`national_prefix`] takes the first run that matches. Bounded work: at most the rule's runs
//! (Argentina's 86, each standing for two, are the most), each at most 31 bytes compared,
//! whatever the input.

include!(concat!(env!("OUT_DIR"), "/patterns.rs"));

/// Positions per automaton at most (build.rs refuses more): 8 × 64 bits.
const WORDS: usize = 8;

fn list(start: u16, len: u16) -> &'static [u16] {
    LISTS.get(usize::from(start)..usize::from(start) + usize::from(len)).unwrap_or(&[])
}

/// Whether the ASCII byte `c` is in the class of position `pos` (global number); a byte of 128
/// or more (how non-ASCII characters are passed) is in none.
fn accepts(pos: usize, c: u8) -> bool {
    let Some(&(class, _, _)) = POSITIONS.get(pos) else { return false };
    let Some(bits) = CLASS_BITS.get(usize::from(class)) else { return false };
    // `c < 128` first: `c / 64` is then 0 or 1, an index of the two words.
    c < 128 && bits[usize::from(c / 64)] & (1 << (c % 64)) != 0
}

/// Whether `text` matches pattern `id` (as the registry's regex engine would: search semantics,
/// with `^` and `$` where the pattern has them). `u16::MAX` (no pattern) matches nothing.
pub fn is_match(id: u16, text: &str) -> bool {
    let Some(&(first, count)) = PATTERNS.get(usize::from(id)) else { return false };
    (first..first + u16::from(count)).any(|p| run(usize::from(p), text))
}

/// `text` rewritten by national-prefix rule `rule` (`u8::MAX`: none), if one of its runs matches
/// at its start (the first that does, as libphonenumber's regex engine would match): the match
/// replaced by the run's digits to insert and the range of the text it keeps, or removed.
pub fn national_prefix(rule: u8, text: &str) -> Option<String> {
    let rule = usize::from(rule);
    let code = NATIONAL_CODE.get(usize::from(*NATIONAL.get(rule)?)..usize::from(*NATIONAL.get(rule + 1)?))?;
    let bytes = text.as_bytes();
    // Each run: its head byte, its action byte if bit 7 says so, its classes (build.rs).
    let mut i = 0;
    while let Some(&head) = code.get(i) {
        let (action, start) = (i + 1, i + 1 + usize::from(head >> 7));
        i = start + usize::from(head & 31);
        let run = code.get(start..i)?;
        // With bit 6, the run stands for itself and then itself without its first class.
        for skip in 0..=usize::from(head >> 6 & 1) {
            let classes = run.get(skip..)?;
            let n = classes.len();
            let fits = if head & 32 != 0 { bytes.len() == n } else { bytes.len() >= n };
            if fits && classes.iter().zip(bytes).all(|(&class, &c)| is_digit_in(class, c)) {
                let action = if head & 0x80 != 0 { ACTIONS.get(usize::from(*code.get(action)?)) } else { None };
                let &(at, count, from, tail) = action.unwrap_or(&(0, 0, u8::MAX, 0));
                let insert = INSERTS.get(usize::from(at)..usize::from(at) + usize::from(count))?;
                let keep = if from == u8::MAX { "" } else { text.get(usize::from(from).wrapping_sub(skip)..n.wrapping_sub(usize::from(tail)))? };
                return Some([insert, keep, text.get(n..)?].concat());
            }
        }
    }
    None
}

/// Whether the byte `c` is a digit of the national-prefix class `class` (build.rs: a digit `d`
/// is `d`, a class of several digits 10 + its index in `DIGIT_CLASSES`).
fn is_digit_in(class: u8, c: u8) -> bool {
    let Some(d) = c.checked_sub(b'0').filter(|&d| d < 10) else { return false };
    match class.checked_sub(10) {
        None => class == d,
        Some(k) => DIGIT_CLASSES.get(usize::from(k)).is_some_and(|&m| m & 1 << d != 0),
    }
}

/// Whether `text` is the beginning of a text that matches pattern `id`: some continuation typed
/// after it would match (`9` and `900` for `^[0-9]{4}$`; not `B-9` nor `90000`). One more state
/// test on the same automaton: every position of a Glushkov automaton lies on a path to an
/// accepting one (each sub-pattern matches something), so a text is such a beginning exactly
/// when positions are still alive after it. A pattern not anchored at the start matches
/// anywhere, so every text begins a match of it. `u16::MAX` (no pattern) begins nothing.
pub fn is_prefix(id: u16, text: &str) -> bool {
    let Some(&(first, count)) = PATTERNS.get(usize::from(id)) else { return false };
    (first..first + u16::from(count)).any(|p| run_mode(usize::from(p), text, Mode::Prefix))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Match,
    Prefix,
}

fn run(program: usize, text: &str) -> bool {
    run_mode(program, text, Mode::Match)
}

fn run_mode(program: usize, text: &str, mode: Mode) -> bool {
    // One 64-bit word of positions holds every pattern of the table but GB's postal code: that
    // word then lives in a register instead of an array walked for every character.
    match PROGRAMS.get(program) {
        Some(&(_, n, ..)) if n <= 64 => run_words::<1>(program, text, mode),
        _ => run_words::<WORDS>(program, text, mode),
    }
}

/// The automaton with `W` words of positions (`W × 64` ≥ the program's positions).
fn run_words<const W: usize>(program: usize, text: &str, mode: Mode) -> bool {
    let Some(&(base, n, first, n_first, last, n_last, flags)) = PROGRAMS.get(program) else { return false };
    let (anchored_start, anchored_end, nullable) = (flags & 1 != 0, flags & 2 != 0, flags & 4 != 0);
    if mode == Mode::Prefix && (!anchored_start || text.is_empty()) {
        return true;
    }
    let base = usize::from(base);
    let (first, last) = (list(first, n_first), list(last, n_last));
    if nullable && (!anchored_end || text.is_empty()) {
        return true;
    }
    let is_last = |cur: &[u64; W]| last.iter().any(|&q| cur.get(usize::from(q) / 64).is_some_and(|w| w & (1 << (q % 64)) != 0));
    let mut cur = [0u64; W];
    // Bytes, not characters: every class of the table is ASCII, so each byte of a non-ASCII
    // character matches nothing, as the character would (the automaton empties either way).
    for (i, &c) in text.as_bytes().iter().enumerate() {
        let mut next = [0u64; W];
        let mut set = |q: u16| {
            let q = usize::from(q);
            if q < usize::from(n) && accepts(base + q, c) {
                if let Some(word) = next.get_mut(q / 64) {
                    *word |= 1 << (q % 64);
                }
            }
        };
        if i == 0 || !anchored_start {
            first.iter().copied().for_each(&mut set);
        }
        for (w, &word) in cur.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                let p = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if let Some(&(_, start, len)) = POSITIONS.get(base + p) {
                    list(start, u16::from(len)).iter().copied().for_each(&mut set);
                }
            }
        }
        cur = next;
        if !anchored_end && is_last(&cur) {
            return true;
        }
        if anchored_start && cur.iter().all(|&w| w == 0) {
            return false;
        }
    }
    match mode {
        // Anchored at the start (Prefix never gets here otherwise): positions still alive.
        Mode::Prefix => cur.iter().any(|&w| w != 0),
        Mode::Match => anchored_end && is_last(&cur),
    }
}
