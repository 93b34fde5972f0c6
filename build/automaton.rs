//! Compiles the registry's regexes, at build time, into position automata (Glushkov) that the
//! crate runs bit-parallel (`src/pattern.rs`): linear time, no backtracking, no regex engine in
//! the wasm. Supported: literals, `\x` escapes, classes `[...]` with ranges, groups `( )` and
//! `(?: )`, `|`, `?`, `*`, `+`, `{n}`, `{n,m}`, and `^` / `$` at the ends of top-level
//! alternatives (AR's `^[0-9]{4}|[A-Za-z][0-9]{4}[a-zA-Z]{3}$` anchors each side once, as the
//! registry's engine reads it). Anything else fails the build.
//!
//! Hand-written rather than `regex-automata`'s DFAs built here and embedded: those would make the
//! package 2.5 to 3.9 KB gzip bigger (measured 2026-11-24); the position automata are a few hundred
//! bytes of tables per pattern.
//!
//! libphonenumber's national-prefix patterns are different: what matters is not whether they
//! match but where their match ends and what their groups captured, as a backtracking engine
//! finds them (leftmost-first, not longest). They have no unbounded repetition, so each is
//! expanded here into the fixed runs of classes it can match, in the order such an engine tries
//! them (`expand_national_prefix`): the first run that matches is the engine's match, with its
//! groups at known offsets. `src/pattern.rs` tries the runs in order.

#[derive(Clone, Debug)]
enum Node {
    Class(Vec<(u8, u8)>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Opt(Box<Node>),
    Star(Box<Node>),
    Plus(Box<Node>),
    /// A capturing group and its number (counted from 1, left to right over the whole pattern).
    Group(usize, Box<Node>),
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    /// Capturing groups opened so far (in this part and the parts before it).
    groups: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn alt(&mut self) -> Result<Node, String> {
        let mut alts = vec![self.concat()?];
        while self.peek() == Some(b'|') {
            self.i += 1;
            alts.push(self.concat()?);
        }
        Ok(if alts.len() == 1 { alts.pop().unwrap() } else { Node::Alt(alts) })
    }

    fn concat(&mut self) -> Result<Node, String> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == b'|' || c == b')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Ok(Node::Concat(items))
    }

    fn atom(&mut self) -> Result<Node, String> {
        let c = self.peek().ok_or("unexpected end")?;
        self.i += 1;
        match c {
            b'(' => {
                let mut group = None;
                if self.s[self.i..].starts_with(b"?:") {
                    self.i += 2;
                } else if self.peek() == Some(b'?') {
                    return Err("unsupported group flag".into());
                } else {
                    self.groups += 1;
                    group = Some(self.groups);
                }
                let inner = self.alt()?;
                if self.peek() != Some(b')') {
                    return Err("unclosed group".into());
                }
                self.i += 1;
                Ok(match group {
                    Some(n) => Node::Group(n, Box::new(inner)),
                    None => inner,
                })
            }
            b'[' => self.class(),
            b'\\' => {
                let e = self.peek().ok_or("dangling escape")?;
                self.i += 1;
                if e.is_ascii_alphanumeric() {
                    return Err(format!("unsupported escape \\{}", e as char));
                }
                Ok(Node::Class(vec![(e, e)]))
            }
            b'.' | b'^' | b'$' => Err(format!("unsupported {} inside an alternative", c as char)),
            b'*' | b'+' | b'?' | b'{' => Err("quantifier without atom".into()),
            _ if c.is_ascii() => Ok(Node::Class(vec![(c, c)])),
            _ => Err("non-ASCII pattern".into()),
        }
    }

    fn class(&mut self) -> Result<Node, String> {
        if self.peek() == Some(b'^') {
            return Err("negated classes are not supported".into());
        }
        let mut ranges = Vec::new();
        loop {
            let c = self.peek().ok_or("unclosed class")?;
            self.i += 1;
            if c == b']' && !ranges.is_empty() {
                return Ok(Node::Class(ranges));
            }
            let lo = if c == b'\\' {
                let e = self.peek().ok_or("dangling escape")?;
                self.i += 1;
                if e.is_ascii_alphanumeric() {
                    return Err(format!("unsupported escape \\{}", e as char));
                }
                e
            } else {
                c
            };
            if self.peek() == Some(b'-') && self.s.get(self.i + 1).is_some_and(|&n| n != b']') {
                let hi = self.s[self.i + 1];
                self.i += 2;
                if hi < lo {
                    return Err("reversed range".into());
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, String> {
        match self.peek() {
            Some(b'?') => {
                self.i += 1;
                Ok(Node::Opt(Box::new(atom)))
            }
            Some(b'*') => {
                self.i += 1;
                Ok(Node::Star(Box::new(atom)))
            }
            Some(b'+') => {
                self.i += 1;
                Ok(Node::Plus(Box::new(atom)))
            }
            Some(b'{') => {
                let close = self.s[self.i..].iter().position(|&b| b == b'}').ok_or("unclosed {")? + self.i;
                let body = std::str::from_utf8(&self.s[self.i + 1..close]).unwrap();
                self.i = close + 1;
                let (lo, hi) = match body.split_once(',') {
                    Some((a, b)) => (a.parse::<usize>().map_err(|e| e.to_string())?, b.parse::<usize>().map_err(|e| e.to_string())?),
                    None => {
                        let n = body.parse::<usize>().map_err(|e| e.to_string())?;
                        (n, n)
                    }
                };
                if hi < lo || hi > 32 {
                    return Err("bad counted repetition".into());
                }
                // x{2,4} = x x (x (x)?)?
                let mut tail: Option<Node> = None;
                for _ in lo..hi {
                    tail = Some(Node::Opt(Box::new(match tail {
                        None => atom.clone(),
                        Some(t) => Node::Concat(vec![atom.clone(), t]),
                    })));
                }
                let mut items: Vec<Node> = (0..lo).map(|_| atom.clone()).collect();
                items.extend(tail);
                Ok(Node::Concat(items))
            }
            _ => Ok(atom),
        }
    }
}

/// One top-level alternative as a position automaton.
#[derive(Debug, Default)]
pub struct Program {
    pub anchored_start: bool,
    pub anchored_end: bool,
    pub nullable: bool,
    /// The class (index into the class table) of each position.
    pub classes: Vec<Vec<(u8, u8)>>,
    pub first: Vec<usize>,
    pub last: Vec<usize>,
    pub follow: Vec<Vec<usize>>,
}

impl Program {
    /// Glushkov: (first, last, nullable) of `node`, adding its positions and follow edges.
    fn build(&mut self, node: &Node) -> (Vec<usize>, Vec<usize>, bool) {
        match node {
            Node::Class(ranges) => {
                let p = self.classes.len();
                self.classes.push(ranges.clone());
                self.follow.push(Vec::new());
                (vec![p], vec![p], false)
            }
            Node::Concat(items) => {
                let (mut first, mut last, mut nullable): (Vec<usize>, Vec<usize>, bool) = (Vec::new(), Vec::new(), true);
                for item in items {
                    let (f, l, n) = self.build(item);
                    for &x in &last {
                        self.follow[x].extend(&f);
                    }
                    if nullable {
                        first.extend(&f);
                    }
                    if n {
                        last.extend(l);
                    } else {
                        last = l;
                    }
                    nullable &= n;
                }
                (first, last, nullable)
            }
            Node::Alt(alts) => {
                let (mut first, mut last, mut nullable): (Vec<usize>, Vec<usize>, bool) = (Vec::new(), Vec::new(), false);
                for a in alts {
                    let (f, l, n) = self.build(a);
                    first.extend(f);
                    last.extend(l);
                    nullable |= n;
                }
                (first, last, nullable)
            }
            Node::Opt(inner) => {
                let (f, l, _) = self.build(inner);
                (f, l, true)
            }
            Node::Group(_, inner) => self.build(inner),
            Node::Star(inner) | Node::Plus(inner) => {
                let (f, l, n) = self.build(inner);
                for &x in &l {
                    self.follow[x].extend(&f);
                }
                (f, l, n || matches!(node, Node::Star(_)))
            }
        }
    }
}

/// The top-level alternatives of `pattern` (split at `|` outside groups and classes), each
/// without its `^` and `$`: (text, anchored at the start, anchored at the end).
fn top_level(pattern: &str) -> Vec<(&str, bool, bool)> {
    let bytes = pattern.as_bytes();
    let (mut depth, mut in_class, mut start, mut parts) = (0i32, false, 0usize, Vec::new());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'[' if !in_class => in_class = true,
            b']' if in_class => in_class = false,
            b'(' if !in_class => depth += 1,
            b')' if !in_class => depth -= 1,
            b'|' if !in_class && depth == 0 => {
                parts.push(&pattern[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&pattern[start..]);
    parts
        .into_iter()
        .map(|part| {
            let anchored_start = part.starts_with('^');
            let body = part.strip_prefix('^').unwrap_or(part);
            let anchored_end = body.ends_with('$') && !body.ends_with("\\$");
            let body = if anchored_end { &body[..body.len() - 1] } else { body };
            (body, anchored_start, anchored_end)
        })
        .collect()
}

/// Parses one top-level alternative; `groups` counts the capturing groups of the parts before.
fn parse(body: &str, groups: &mut usize) -> Result<Node, String> {
    let mut parser = Parser { s: body.as_bytes(), i: 0, groups: *groups };
    let node = parser.alt()?;
    if parser.i != body.len() {
        return Err(format!("unexpected {:?} at {}", &body[parser.i..], parser.i));
    }
    *groups = parser.groups;
    Ok(node)
}

/// Compiles a whole pattern into its top-level alternatives.
pub fn compile(pattern: &str) -> Result<Vec<Program>, String> {
    let mut programs = Vec::new();
    let mut groups = 0;
    for (body, anchored_start, anchored_end) in top_level(pattern) {
        let node = parse(body, &mut groups)?;
        let mut program = Program { anchored_start, anchored_end, ..Program::default() };
        let (first, last, nullable) = program.build(&node);
        program.first = first;
        program.last = last;
        program.nullable = nullable;
        for f in &mut program.follow {
            f.sort_unstable();
            f.dedup();
        }
        program.first.sort_unstable();
        program.first.dedup();
        program.last.sort_unstable();
        program.last.dedup();
        if program.classes.len() > 512 {
            return Err("more than 512 positions".into());
        }
        programs.push(program);
    }
    Ok(programs)
}

/// One way a national-prefix pattern can match, as a fixed run of classes: the text that starts
/// with such a run (and, `anchored_end`, ends with it) becomes `insert`, then the text's
/// `keep` range, then whatever follows the run. With `optional_first`, the run stands for two,
/// tried in this order: itself, then itself without its first class (`keep` one less).
#[derive(Clone, Debug, PartialEq)]
pub struct Expansion {
    pub classes: Vec<Vec<(u8, u8)>>,
    pub anchored_end: bool,
    pub optional_first: bool,
    pub insert: String,
    /// The kept range of the text, `None` for none.
    pub keep: Option<(usize, usize)>,
}

/// Most runs a national-prefix pattern may expand into, and the longest run.
const MAX_EXPANSIONS: usize = 512;
pub const MAX_RUN: usize = 31;

/// A class as a bitmap of the ASCII bytes it holds.
fn bits(class: &[(u8, u8)]) -> u128 {
    class.iter().fold(0, |m, &(lo, hi)| (lo..=hi.min(127)).fold(m, |m, c| m | 1 << c))
}

impl Expansion {
    /// The runs it stands for, in the order they are tried.
    fn variants(&self) -> Vec<&[Vec<(u8, u8)>]> {
        let mut v = vec![&self.classes[..]];
        if self.optional_first {
            v.push(&self.classes[1..]);
        }
        v
    }

    /// Whether some text matches both runs `a` and `b`.
    fn overlap(a: (&[Vec<(u8, u8)>], bool), b: (&[Vec<(u8, u8)>], bool)) -> bool {
        let lengths_fit = match (a.1, b.1) {
            (true, true) => a.0.len() == b.0.len(),
            (true, false) => a.0.len() >= b.0.len(),
            (false, true) => b.0.len() >= a.0.len(),
            (false, false) => true,
        };
        lengths_fit && a.0.iter().zip(b.0).all(|(x, y)| bits(x) & bits(y) != 0)
    }

    /// Whether some text matches both `self` (any of its variants) and `other`.
    fn overlaps(&self, other: &Expansion) -> bool {
        self.variants().iter().any(|a| other.variants().iter().any(|b| Self::overlap((a, self.anchored_end), (b, other.anchored_end))))
    }
}

/// The same runs, fewer, tried in an order that gives every text the same rewrite:
/// - a run is dropped when the next one matches all it matches and rewrites it the same way
///   (Brazil's `\d{10,11}` at the end of a kept group: the run with 11 digits, before the one
///   with 10, keeps the same digits);
/// - a run `X` after a run `cX` with the same rewrite is folded into it as its optional first
///   class, when no run between them matches anything `X` matches (Argentina's area codes with
///   and without the `0` before them: 86 runs fewer).
pub fn compact(runs: Vec<Expansion>) -> Vec<Expansion> {
    let keeps_to_end = |r: &Expansion| r.keep.is_some_and(|(_, b)| b == r.classes.len());
    let mut out: Vec<Expansion> = Vec::new();
    for (i, run) in runs.iter().enumerate() {
        if let Some(next) = runs.get(i + 1) {
            let wider = next.classes.len() <= run.classes.len()
                && !next.anchored_end
                && next.classes.iter().zip(&run.classes).all(|(n, r)| bits(r) & !bits(n) == 0);
            let same = next.insert == run.insert && keeps_to_end(run) && keeps_to_end(next) && next.keep.map(|k| k.0) == run.keep.map(|k| k.0);
            if wider && same {
                continue;
            }
        }
        out.push(run.clone());
    }
    let mut i = 0;
    while i < out.len() {
        let (head, rest) = out.split_at(i + 1);
        let r = &head[i];
        let shifted = |k: Option<(usize, usize)>| k.map(|(a, b)| (a + 1, b + 1));
        let fold = (!r.optional_first && !r.classes.is_empty())
            .then(|| {
                rest.iter().position(|x| {
                    !x.optional_first && x.classes[..] == r.classes[1..] && x.anchored_end == r.anchored_end && x.insert == r.insert && shifted(x.keep) == r.keep
                })
            })
            .flatten()
            .filter(|&j| rest[..j].iter().all(|between| !between.overlaps(&rest[j])));
        if let Some(j) = fold {
            out.remove(i + 1 + j);
            out[i].optional_first = true;
        }
        i += 1;
    }
    out
}

/// A class, or where a capturing group opens or closes, in an expanded run.
#[derive(Clone, Debug)]
enum Item {
    Class(Vec<(u8, u8)>),
    Open(usize),
    Close(usize),
}

/// Every run of classes `node` can match, in the order a backtracking engine (libphonenumber's,
/// Java's or Python's) tries them: alternatives left to right, an optional part (and each count
/// of a counted repetition, most first) taken before left out, the first part of a
/// concatenation varied last. The first run that matches is the engine's match. Unbounded
/// repetitions have no finite expansion and are refused.
fn expand(node: &Node) -> Result<Vec<Vec<Item>>, String> {
    let out = match node {
        Node::Class(ranges) => vec![vec![Item::Class(ranges.clone())]],
        Node::Concat(items) => {
            let mut runs = vec![Vec::new()];
            for item in items {
                let tails = expand(item)?;
                let mut next = Vec::new();
                for run in &runs {
                    for tail in &tails {
                        let mut r: Vec<Item> = run.clone();
                        r.extend(tail.iter().cloned());
                        next.push(r);
                    }
                }
                if next.len() > MAX_EXPANSIONS {
                    return Err(format!("more than {MAX_EXPANSIONS} expansions"));
                }
                runs = next;
            }
            runs
        }
        Node::Alt(alts) => {
            let mut runs = Vec::new();
            for a in alts {
                runs.extend(expand(a)?);
            }
            runs
        }
        Node::Opt(inner) => {
            let mut runs = expand(inner)?;
            runs.push(Vec::new());
            runs
        }
        Node::Group(n, inner) => expand(inner)?
            .into_iter()
            .map(|run| {
                let mut r = vec![Item::Open(*n)];
                r.extend(run);
                r.push(Item::Close(*n));
                r
            })
            .collect(),
        Node::Star(_) | Node::Plus(_) => return Err("unbounded repetition".into()),
    };
    if out.len() > MAX_EXPANSIONS {
        return Err(format!("more than {MAX_EXPANSIONS} expansions"));
    }
    Ok(out)
}

/// libphonenumber's national prefix for parsing (a regex matched at the start of the number)
/// and its transform rule (digits, then at most one group reference: `268\1`, `\2`), as the
/// runs a number is tried against in order. As libphonenumber does: when the rule is set and
/// the pattern's last group took part in the match, the match is replaced by the rule; else
/// the match is removed.
pub fn expand_national_prefix(pattern: &str, rule: &str) -> Result<Vec<Expansion>, String> {
    let (insert, reference) = match rule.split_once('\\') {
        Some((digits, n)) => (digits, Some(n.parse::<usize>().map_err(|_| format!("bad group reference in {rule:?}"))?)),
        None => (rule, None),
    };
    if !insert.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("transform rule {rule:?} is not digits and one group reference"));
    }
    let mut groups = 0;
    let mut parts = Vec::new();
    for (body, _, anchored_end) in top_level(pattern) {
        parts.push((parse(body, &mut groups)?, anchored_end));
    }
    if !rule.is_empty() && (groups == 0 || reference.is_some_and(|n| n == 0 || n > groups)) {
        return Err(format!("transform rule {rule:?} refers to a group {pattern:?} does not have"));
    }
    let mut out = Vec::new();
    for (node, anchored_end) in parts {
        for run in expand(&node)? {
            let (mut classes, mut spans) = (Vec::new(), vec![None; groups + 1]);
            let mut open = vec![0; groups + 1];
            for item in run {
                match item {
                    Item::Class(c) => classes.push(c),
                    Item::Open(n) => open[n] = classes.len(),
                    Item::Close(n) => spans[n] = Some((open[n], classes.len())),
                }
            }
            if classes.len() > MAX_RUN {
                return Err(format!("a run of more than {MAX_RUN} characters"));
            }
            let transform = !rule.is_empty() && spans[groups].is_some();
            out.push(Expansion {
                classes,
                anchored_end,
                optional_first: false,
                insert: if transform { insert.to_string() } else { String::new() },
                keep: if transform { reference.and_then(|n| spans[n]) } else { None },
            });
        }
        if out.len() > MAX_EXPANSIONS {
            return Err(format!("more than {MAX_EXPANSIONS} expansions"));
        }
    }
    Ok(compact(out))
}
