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

#[derive(Clone, Debug)]
enum Node {
    Class(Vec<(u8, u8)>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Opt(Box<Node>),
    Star(Box<Node>),
    Plus(Box<Node>),
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
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
                if self.s[self.i..].starts_with(b"?:") {
                    self.i += 2;
                } else if self.peek() == Some(b'?') {
                    return Err("unsupported group flag".into());
                }
                let inner = self.alt()?;
                if self.peek() != Some(b')') {
                    return Err("unclosed group".into());
                }
                self.i += 1;
                Ok(inner)
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

/// Compiles a whole pattern into its top-level alternatives.
pub fn compile(pattern: &str) -> Result<Vec<Program>, String> {
    // Split at top-level `|`, outside groups and classes.
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
    let mut programs = Vec::new();
    for part in parts {
        let anchored_start = part.starts_with('^');
        let body = part.strip_prefix('^').unwrap_or(part);
        let anchored_end = body.ends_with('$') && !body.ends_with("\\$");
        let body = if anchored_end { &body[..body.len() - 1] } else { body };
        let mut parser = Parser { s: body.as_bytes(), i: 0 };
        let node = parser.alt()?;
        if parser.i != body.len() {
            return Err(format!("unexpected {:?} at {}", &body[parser.i..], parser.i));
        }
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
