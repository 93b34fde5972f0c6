//! Numbers written as text without `core::fmt`: the library formats no value through `format!`
//! or `Display`, so the wasm carries none of `core::fmt`'s machinery. Hand-written because
//! `core::fmt` would make the package 2.5 KB gzip bigger (measured 2026-11-24).

/// Appends `n` in decimal, with leading zeros up to `width` digits (`width` 0 or 1: none).
pub(crate) fn push_padded(out: &mut String, n: u64, width: usize) {
    push_radix(out, n, 10, width, false);
}

/// Appends `n` in decimal digits.
pub(crate) fn push_number(out: &mut String, n: u64) {
    push_radix(out, n, 10, 1, false);
}

/// Appends `n` in hexadecimal, at least `width` digits, in upper or lower case.
pub(crate) fn push_hex(out: &mut String, n: u64, width: usize, upper: bool) {
    push_radix(out, n, 16, width, upper);
}

fn push_radix(out: &mut String, n: u64, radix: u64, width: usize, upper: bool) {
    let letters = if upper { b'A' } else { b'a' };
    // 20 digits hold any u64 in decimal (16 in hex); no caller asks for a wider field.
    debug_assert!(width <= 20, "push_radix pads to 20 digits at most");
    let mut digits = [b'0'; 20];
    let mut i = digits.len();
    let mut rest = n;
    loop {
        i -= 1;
        let d = (rest % radix) as u8;
        digits[i] = if d < 10 { b'0' + d } else { letters + d - 10 };
        rest /= radix;
        if rest == 0 {
            break;
        }
    }
    let start = i.min(digits.len().saturating_sub(width));
    for &d in digits.get(start..).unwrap_or(&[]) {
        out.push(char::from(d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_format_would() {
        for n in [0u64, 7, 10, 99, 255, 4096, 65535, 1_000_000, u64::MAX] {
            for width in [0, 1, 2, 3, 4] {
                let mut out = String::new();
                push_padded(&mut out, n, width);
                assert_eq!(out, format!("{n:0width$}"));
                let mut out = String::new();
                push_hex(&mut out, n, width, true);
                assert_eq!(out, format!("{n:0width$X}"));
                let mut out = String::new();
                push_hex(&mut out, n, width, false);
                assert_eq!(out, format!("{n:0width$x}"));
            }
            let mut out = String::from("x");
            push_number(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
    }
}
