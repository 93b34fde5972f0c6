//! The registry's regexes, run as position automata (Glushkov) compiled by build.rs: linear in
//! the input (each character is looked at once, against a bounded set of positions), no
//! backtracking, no allocation, and no regex engine in the wasm. `tests/patterns.rs` checks every
//! pattern of the table against `regex-lite` (README: "Why compiled patterns").

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

fn run(program: usize, text: &str) -> bool {
    let Some(&(base, n, first, n_first, last, n_last, flags)) = PROGRAMS.get(program) else { return false };
    let (anchored_start, anchored_end, nullable) = (flags & 1 != 0, flags & 2 != 0, flags & 4 != 0);
    let base = usize::from(base);
    let (first, last) = (list(first, n_first), list(last, n_last));
    if nullable && (!anchored_end || text.is_empty()) {
        return true;
    }
    let mut cur = [0u64; WORDS];
    for (i, ch) in text.chars().enumerate() {
        // Non-ASCII never matches: every class of the table is ASCII.
        let c = if ch.is_ascii() { ch as u8 } else { 0x80 };
        let mut next = [0u64; WORDS];
        let mut set = |q: u16| {
            let q = usize::from(q);
            if q < usize::from(n) && accepts(base + q, c) {
                next[q / 64] |= 1 << (q % 64);
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
        let done = last.iter().any(|&q| cur[usize::from(q) / 64] & (1 << (q % 64)) != 0);
        if done && !anchored_end {
            return true;
        }
        if anchored_start && cur.iter().all(|&w| w == 0) {
            return false;
        }
    }
    anchored_end && last.iter().any(|&q| cur[usize::from(q) / 64] & (1 << (q % 64)) != 0)
}
