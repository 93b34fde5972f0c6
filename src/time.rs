//! Moments as milliseconds since the Unix epoch (UTC), read from and written as ISO 8601.
//! Only what the rules need: no time zones database, no calendar beyond the proleptic Gregorian.

use crate::digits::push_padded;

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type Millis = i64;

pub const HOUR: Millis = 3_600_000;
pub const DAY: Millis = 24 * HOUR;

/// Reads `YYYY-MM-DD`, optionally followed by `T` (or a space) `hh:mm`, `:ss`, `.fraction`
/// and a zone `Z` or `±hh:mm` / `±hhmm`. A date or time without a zone is taken as UTC
/// (**Decision**: the core has no notion of the user's local zone; the JS boundary turns
/// `Date` objects into UTC strings before they reach it).
pub fn parse_iso(text: &str) -> Option<Millis> {
    let s = text.trim().as_bytes();
    if s.len() > 40 {
        return None;
    }
    let mut p = Cursor { s, i: 0 };
    let year = p.digits(4)?;
    p.expect(b'-')?;
    let month = p.digits(2)?;
    p.expect(b'-')?;
    let day = p.digits(2)?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut ms = days_from_civil(year, month, day) * DAY;
    if p.at_end() {
        return Some(ms);
    }
    match p.next()? {
        b'T' | b't' | b' ' => {}
        _ => return None,
    }
    let hour = p.digits(2)?;
    p.expect(b':')?;
    let minute = p.digits(2)?;
    let mut second = 0;
    let mut frac_ms = 0;
    if p.peek() == Some(b':') {
        p.i += 1;
        second = p.digits(2)?;
        if matches!(p.peek(), Some(b'.') | Some(b',')) {
            p.i += 1;
            let start = p.i;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.i += 1;
            }
            let frac = &s[start..p.i];
            if frac.is_empty() {
                return None;
            }
            for (k, b) in frac.iter().take(3).enumerate() {
                frac_ms += i64::from(b - b'0') * [100, 10, 1][k];
            }
        }
    }
    // 24:00 is not accepted: one spelling per moment.
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    ms += hour * HOUR + minute * 60_000 + second * 1000 + frac_ms;
    if p.at_end() {
        return Some(ms);
    }
    let sign = match p.next()? {
        b'Z' | b'z' => return p.at_end().then_some(ms),
        b'+' => -1,
        b'-' => 1,
        _ => return None,
    };
    let oh = p.digits(2)?;
    if p.peek() == Some(b':') {
        p.i += 1;
    }
    let om = p.digits(2)?;
    if oh > 23 || om > 59 || !p.at_end() {
        return None;
    }
    Some(ms + sign * (oh * HOUR + om * 60_000))
}

/// `YYYY-MM-DDThh:mm:ss.mmmZ`, as JavaScript's `Date.prototype.toISOString` writes it
/// (for years 0–9999).
pub fn format_iso(ms: Millis) -> String {
    let days = ms.div_euclid(DAY);
    let rem = ms.rem_euclid(DAY);
    let (y, m, d) = civil_from_days(days);
    let mut out = String::with_capacity(24);
    let parts = [(y, 4, '-'), (m, 2, '-'), (d, 2, 'T'), (rem / HOUR, 2, ':'), (rem % HOUR / 60_000, 2, ':'), (rem % 60_000 / 1000, 2, '.'), (rem % 1000, 3, 'Z')];
    for (value, width, then) in parts {
        // As `{:04}` would: a minus sign counts towards the width (only a year can be negative).
        if value < 0 {
            out.push('-');
        }
        push_padded(&mut out, value.unsigned_abs(), if value < 0 { width - 1 } else { width });
        out.push(then);
    }
    out
}

/// Reads back a moment [`format_iso`] wrote (`2026-11-23T14:05:07.089Z`, years 0–9999) to the
/// minute: the fixed layout of the core's own dates, without [`parse_iso`]'s general reading.
pub fn read_own_iso(text: &str) -> Option<Millis> {
    let b = text.as_bytes();
    let n = |from: usize, len: usize| -> Option<i64> {
        b.get(from..from + len)?.iter().try_fold(0i64, |v, &d| d.is_ascii_digit().then(|| v * 10 + i64::from(d - b'0')))
    };
    let (y, m, d, h, min) = (n(0, 4)?, n(5, 2)?, n(8, 2)?, n(11, 2)?, n(14, 2)?);
    (b.get(4) == Some(&b'-') && b.get(10) == Some(&b'T') && (1..=12).contains(&m)).then(|| days_from_civil(y, m, d) * DAY + h * HOUR + min * 60_000)
}

/// A moment as a wall clock shows it: date and time to the minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wall {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
}

/// The wall-clock time in Belgium (Europe/Brussels) at `ms`: UTC+1, and UTC+2 from the last
/// Sunday of March to the last Sunday of October, each switch at 01:00 UTC (the EU's rule since
/// 1996). **Decision**: messages show moments in Belgian time where the user's own zone is not
/// known (natively, and in Node without a `TZ`); in a browser the package shows them in the
/// user's zone (js/dates.js), with the same layout.
pub fn brussels(ms: Millis) -> Wall {
    let (year, ..) = civil_from_days(ms.div_euclid(DAY));
    let switch = |month| (last_sunday(year, month) * DAY) + HOUR;
    let summer = ms >= switch(3) && ms < switch(10);
    wall(ms + if summer { 2 * HOUR } else { HOUR })
}

/// The wall clock of `ms` itself (UTC).
fn wall(ms: Millis) -> Wall {
    let (year, month, day) = civil_from_days(ms.div_euclid(DAY));
    let rem = ms.rem_euclid(DAY);
    Wall { year, month, day, hour: rem / HOUR, minute: rem % HOUR / 60_000 }
}

/// The day number of the last Sunday of `month` (1970-01-01, day 0, was a Thursday).
fn last_sunday(year: i64, month: i64) -> i64 {
    let last = days_from_civil(year, month, days_in_month(year, month));
    last - (last + 4).rem_euclid(7)
}

/// The current time, where the platform has a clock the core may read. On wasm32 the boundary
/// passes the time in (from `Date.now()`), so this is `None` there.
pub fn now() -> Option<Millis> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?;
        i64::try_from(d.as_millis()).ok()
    }
    #[cfg(target_arch = "wasm32")]
    {
        None
    }
}

struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.i += 1;
        Some(b)
    }
    fn at_end(&self) -> bool {
        self.i == self.s.len()
    }
    fn expect(&mut self, b: u8) -> Option<()> {
        (self.next()? == b).then_some(())
    }
    fn digits(&mut self, n: usize) -> Option<i64> {
        let chunk = self.s.get(self.i..self.i + n)?;
        let mut v = 0i64;
        for &b in chunk {
            if !b.is_ascii_digit() {
                return None;
            }
            v = v * 10 + i64::from(b - b'0');
        }
        self.i += n;
        Some(v)
    }
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shapes_people_store() {
        assert_eq!(parse_iso("1970-01-01"), Some(0));
        assert_eq!(parse_iso("1970-01-02T00:00:00Z"), Some(DAY));
        assert_eq!(parse_iso("2026-11-23T14:05:00.000Z"), parse_iso("2026-11-23 14:05"));
        assert_eq!(parse_iso("2026-11-23T15:05:00+01:00"), parse_iso("2026-11-23T14:05Z"));
        assert_eq!(parse_iso("2026-11-23T13:05:00-0100"), parse_iso("2026-11-23T14:05Z"));
        assert_eq!(parse_iso("2024-02-29"), Some(days_from_civil(2024, 2, 29) * DAY));
        assert_eq!(parse_iso("2026-11-23T14:05:00.5Z").map(|m| m % 1000), Some(500));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for bad in [
            "", "2026", "2026-13-01", "2025-02-29", "2026-11-31", "23/11/2026", "2026-11-23T25:00",
            "2026-11-23T14:05:00.Z", "2026-11-23Tx", "2026-11-23T14:05:00Zjunk", "１９７０-01-01",
            "2026-11-23T14:05+25:00",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn writes_what_javascript_writes() {
        assert_eq!(format_iso(0), "1970-01-01T00:00:00.000Z");
        let ms = parse_iso("2026-11-23T14:05:07.089Z").unwrap();
        assert_eq!(format_iso(ms), "2026-11-23T14:05:07.089Z");
        assert_eq!(format_iso(-1), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn reads_back_its_own_dates() {
        for iso in ["2026-11-23T14:05:00.000Z", "1970-01-01T00:00:00.000Z", "2024-02-29T23:59:59.999Z"] {
            let ms = parse_iso(iso).unwrap();
            assert_eq!(read_own_iso(&format_iso(ms)), Some(ms - ms % 60_000), "{iso}");
        }
        assert_eq!(read_own_iso("2026-11-23"), None);
        assert_eq!(read_own_iso("x"), None);
    }

    #[test]
    fn belgian_time_switches_on_the_last_sundays_of_march_and_october() {
        let at = |iso: &str| brussels(parse_iso(iso).unwrap());
        let w = |year, month, day, hour, minute| Wall { year, month, day, hour, minute };
        assert_eq!(at("2026-11-28T00:00Z"), w(2026, 11, 28, 1, 0));
        assert_eq!(at("2026-07-01T12:30Z"), w(2026, 7, 1, 14, 30));
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(at("2026-03-29T00:59Z"), w(2026, 3, 29, 1, 59));
        assert_eq!(at("2026-03-29T01:00Z"), w(2026, 3, 29, 3, 0));
        assert_eq!(at("2026-10-25T00:59Z"), w(2026, 10, 25, 2, 59));
        assert_eq!(at("2026-10-25T01:00Z"), w(2026, 10, 25, 2, 0));
        assert_eq!(at("2026-12-31T23:30Z"), w(2027, 1, 1, 0, 30));
        assert_eq!(at("2024-03-31T01:00Z"), w(2024, 3, 31, 3, 0));
    }

    #[test]
    fn round_trips_every_day_of_four_centuries() {
        for days in (-146_097..146_097).step_by(7) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
