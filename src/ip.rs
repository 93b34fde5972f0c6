//! IP addresses for name-server glue — spec §2: IPv4 and IPv6 in their text forms, normalised
//! (IPv6 as RFC 5952 writes it). No leading zeros in IPv4 (010 is octal to some tools and decimal
//! to others), no zone ids (`%eth0` means nothing to the registry).

use crate::digits::{push_hex, push_number};

/// A parsed address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ip {
    V4([u8; 4]),
    V6([u16; 8]),
}

pub fn parse(text: &str) -> Option<Ip> {
    if text.contains(':') {
        parse_v6(text).map(Ip::V6)
    } else {
        parse_v4(text).map(Ip::V4)
    }
}

/// Whether `text` is the beginning of an address (`193.190`, `2a02:2c40:`): typing on may
/// still make it one. Groups so far must be well-formed; only the last may be unfinished.
pub fn begins(text: &str) -> bool {
    // `2a02`: the first group of an IPv6 address, its colon still to come.
    let v6_start = text.len() <= 4 && !text.is_empty() && text.bytes().all(|b| b.is_ascii_hexdigit());
    if v6_start {
        return true;
    }
    if text.contains(':') {
        let groups: Vec<&str> = text.split(':').collect();
        let hex = groups.iter().all(|g| g.len() <= 4 && g.bytes().all(|b| b.is_ascii_hexdigit()));
        // At most one `::`, at most eight groups (a `::` stands for at least one).
        hex && text.matches("::").count() <= 1 && !text.contains(":::") && groups.len() <= 9
    } else {
        let parts: Vec<&str> = text.split('.').collect();
        let last = parts.len() - 1;
        parts.len() <= 4
            && parts.iter().enumerate().all(|(k, p)| {
                let digits = p.bytes().all(|b| b.is_ascii_digit()) && p.len() <= 3;
                let filled = !p.is_empty() || k == last;
                let no_leading_zero = !(p.len() > 1 && p.starts_with('0'));
                digits && filled && no_leading_zero && p.parse::<u16>().map_or(true, |n| n <= 255)
            })
    }
}

fn parse_v4(text: &str) -> Option<[u8; 4]> {
    let mut out = [0u8; 4];
    let mut parts = text.split('.');
    for slot in &mut out {
        let part = parts.next()?;
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) || (part.len() > 1 && part.starts_with('0')) {
            return None;
        }
        *slot = part.parse().ok()?;
    }
    parts.next().is_none().then_some(out)
}

fn parse_v6(text: &str) -> Option<[u16; 8]> {
    if text.len() > 45 {
        return None;
    }
    let (head, tail) = match text.find("::") {
        Some(i) => (&text[..i], Some(&text[i + 2..])),
        None => (text, None),
    };
    let groups = |s: &str, allow_v4: bool| -> Option<Vec<u16>> {
        if s.is_empty() {
            return Some(Vec::new());
        }
        let parts: Vec<&str> = s.split(':').collect();
        let mut out = Vec::new();
        for (k, p) in parts.iter().enumerate() {
            if allow_v4 && k == parts.len() - 1 && p.contains('.') {
                let v4 = parse_v4(p)?;
                out.push(u16::from(v4[0]) << 8 | u16::from(v4[1]));
                out.push(u16::from(v4[2]) << 8 | u16::from(v4[3]));
            } else {
                if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                out.push(u16::from_str_radix(p, 16).ok()?);
            }
        }
        Some(out)
    };
    let mut out = [0u16; 8];
    match tail {
        None => {
            let g = groups(head, true)?;
            if g.len() != 8 {
                return None;
            }
            out.copy_from_slice(&g);
        }
        Some(tail) => {
            if tail.contains("::") {
                return None;
            }
            let (h, t) = (groups(head, false)?, groups(tail, true)?);
            if h.len() + t.len() > 7 {
                return None;
            }
            out[..h.len()].copy_from_slice(&h);
            out[8 - t.len()..].copy_from_slice(&t);
        }
    }
    Some(out)
}

/// Appends `items` written by `push`, with `separator` between them.
fn push_joined<T>(out: &mut String, items: &[T], separator: char, mut push: impl FnMut(&mut String, &T)) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(separator);
        }
        push(out, item);
    }
}

impl Ip {
    /// The canonical text: dotted quad, or IPv6 per RFC 5952 (lower case, no leading zeros, the
    /// longest run of two or more zero groups as `::`, the first of equal runs).
    pub fn canonical(&self) -> String {
        match self {
            Ip::V4(o) => {
                let mut out = String::with_capacity(15);
                push_joined(&mut out, o, '.', |out, &octet| push_number(out, octet.into()));
                out
            }
            Ip::V6(g) => {
                let (mut best, mut best_len, mut i) = (8, 1, 0);
                while i < 8 {
                    if g[i] == 0 {
                        let start = i;
                        while i < 8 && g[i] == 0 {
                            i += 1;
                        }
                        if i - start > best_len {
                            best = start;
                            best_len = i - start;
                        }
                    } else {
                        i += 1;
                    }
                }
                let hex = |out: &mut String, groups: &[u16]| push_joined(out, groups, ':', |out, &group| push_hex(out, group.into(), 1, false));
                let mut out = String::with_capacity(39);
                if best == 8 {
                    hex(&mut out, g);
                } else {
                    hex(&mut out, g.get(..best).unwrap_or(&[]));
                    out.push_str("::");
                    hex(&mut out, g.get(best + best_len..).unwrap_or(&[]));
                }
                out
            }
        }
    }

    /// Private, loopback, link-local, documentation, multicast or otherwise not reachable on the
    /// Internet: no name server can be there.
    pub fn is_public(&self) -> bool {
        match *self {
            Ip::V4([a, b, c, _]) => !(a == 0
                || a == 10
                || a == 127
                || a >= 224
                || (a == 100 && (64..128).contains(&b))
                || (a == 169 && b == 254)
                || (a == 172 && (16..32).contains(&b))
                || (a == 192 && b == 168)
                || (a == 192 && b == 0 && (c == 0 || c == 2))
                || (a == 198 && (b == 18 || b == 19))
                || (a == 198 && b == 51 && c == 100)
                || (a == 203 && b == 0 && c == 113)),
            Ip::V6(g) => {
                let unspecified_or_loopback = g[..7].iter().all(|&x| x == 0) && g[7] <= 1;
                let mapped = g[..5].iter().all(|&x| x == 0) && g[5] == 0xffff;
                !(unspecified_or_loopback
                    || mapped
                    || (g[0] & 0xfe00) == 0xfc00
                    || (g[0] & 0xffc0) == 0xfe80
                    || (g[0] & 0xff00) == 0xff00
                    || (g[0] == 0x2001 && g[1] == 0x0db8))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beginnings_of_addresses() {
        for typing in ["", "1", "193.", "193.190.1", "193.190.198.1", "2a02", "2a02:2c40:", "2a02::", "fe80::1"] {
            assert!(begins(typing), "{typing}");
        }
        for wrong in ["256.1", "1..2", "01.2", "1.2.3.4.5", "1.2.3.x", "2a02:::", "1::2::3", "2a02g", "12345:"] {
            assert!(!begins(wrong), "{wrong}");
        }
    }

    #[test]
    fn ipv4() {
        assert_eq!(parse("193.190.198.10").map(|i| i.canonical()).as_deref(), Some("193.190.198.10"));
        for bad in ["010.1.1.1", "256.1.1.1", "1.1.1", "1.1.1.1.1", "1.1.1.", " 1.1.1.1", "1.1.1.1a", "0x1.1.1.1", ""] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert!(!parse("192.168.1.1").unwrap().is_public());
        assert!(!parse("127.0.0.1").unwrap().is_public());
        assert!(parse("193.190.198.10").unwrap().is_public());
    }

    #[test]
    fn ipv6_forms_and_rfc_5952() {
        for (text, canonical) in [
            ("2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:db8::ff00:42:8329"),
            ("2001:db8::ff00:42:8329", "2001:db8::ff00:42:8329"),
            ("2A02:2C40:0:80::80:15", "2a02:2c40:0:80::80:15"),
            ("::1", "::1"),
            ("::", "::"),
            ("1::", "1::"),
            ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
            ("2001:db8::0:1", "2001:db8::1"),
            ("::ffff:192.0.2.128", "::ffff:c000:280"),
            ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2:3:4:5:6"),
        ] {
            assert_eq!(parse(text).map(|i| i.canonical()).as_deref(), Some(canonical), "{text}");
        }
        for bad in ["2001:db8::1::1", "2001:db8:1:2:3:4:5:6:7", "fe80::1%eth0", "2001:db8:::1", "12345::", "g::1", ":1", "1:", "1.2.3.4::"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert!(!parse("fe80::1").unwrap().is_public());
        assert!(!parse("2001:db8::1").unwrap().is_public());
        assert!(parse("2a02:2c40:0:80::80:15").unwrap().is_public());
    }
}
