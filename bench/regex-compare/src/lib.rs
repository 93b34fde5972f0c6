//! Size/speed comparison of `regex-lite` vs `regex` on wasm32-unknown-unknown.
//! Build with exactly one of the features `lite` or `full`.

#[cfg(all(feature = "lite", feature = "full"))]
compile_error!("features `lite` and `full` are mutually exclusive");
#[cfg(not(any(feature = "lite", feature = "full")))]
compile_error!("enable exactly one of the features `lite` or `full`");

#[cfg(feature = "full")]
use regex::Regex;
#[cfg(all(feature = "lite", not(feature = "full")))]
use regex_lite::Regex;

use std::sync::OnceLock;

/// The .be registry's postal, phone and VAT patterns, plus stand-ins for other postal formats.
static PATTERNS: [&str; 55] = [
    r"^[Aa][Dd][0-9]{3}$", r"^([0-9]{6}|[0-9]{8,9})$", // AD
    r"^[0]{4,5}$", r"^[0-9]{8,9}$", // AE
    r"^[0-9]{6}$", r"^[0-9]{9}$", // AF
    r"^[0]{4,5}$", r"^[0-9]{10}$", // AG
    r"^[Aa][I][-][2][6][4][0]$", r"^[0-9]{10}$", // AI
    r"^[0-9]{4}$", r"^[0-9]{3,9}$", // AL
    r"^[0-9]{4}$", r"^[0-9]{8}$", // AM
    r"^[0]{4,5}$", r"^[0-9]{7,8}$", // AN
    r"^[0]{4,5}$", r"^[0-9]{9}$", // AO
    r"^[0]{4,5}$|^BIQQ 1ZZ$", r"^[0-9]{6}$", // AQ
    r"^[0-9]{4}|[A-Za-z][0-9]{4}[a-zA-Z]{3}$", r"^[0-9]{10}$", // AR
    r"^[0-9]{5}$", r"^[0-9]{10}$", // AS
    r"^[0-9]{4}$", r"^[0-9]{4,13}$", r"^(AT)?U[0-9]{8}$", // AT
    r"^[0-9]{4}$", r"^[0-9]{5,15}$", // AU
    r"^[0]{4,5}$", r"^[0-9]{7}$", // AW
    r"^[0-9]{5}$", r"^[0-9]{5,12}$", r"^(FI)?[0-9]{8}$", // AX
    r"^[Aa][Zz][0-9]{4}$", r"^[0-9]{8,9}$", // AZ
    r"^[0-9]{5}$", r"^[0-9]{8}$", // BA
    r"^[Bb][Bb][0-9]{5}$", r"^[0-9]{10}$", // BB
    r"^[0-9]{4}$", r"^[0-9]{6,10}$", // BD
    r"^[0-9]{4}$", r"^[0-9]{8,9}$", r"^(BE)?[0,1]{1}[0-9]{9}$", // BE
    r"^([0]{4}|[0-9]{2})$", r"^[0-9]{8}$", // BF
    // Stand-ins for the rest of the world's postal codes.
    r"^[0-9]{5}$",
    r"^[0-9]{3} ?[0-9]{2}$",
    r"^[0-9]{4} ?[A-Za-z]{2}$",
    r"^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$",
    r"^[0-9]{3}-[0-9]{4}$",
    r"^[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9]$",
    r"^([0-9]{5})(-[0-9]{4})?$",
    r"^[0-9]{2}-[0-9]{3}$",
];

/// Compiled lazily; `None` records a pattern that failed to compile.
static CACHE: [OnceLock<Option<Regex>>; PATTERNS.len()] =
    [const { OnceLock::new() }; PATTERNS.len()];

/// Number of patterns; valid indices for `check` are `0..count()`.
#[no_mangle]
pub extern "C" fn count() -> i32 {
    PATTERNS.len() as i32
}

/// Allocates `len` bytes in linear memory for the host to write input into.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut buf = Vec::<u8>::with_capacity(len);
    let ptr = buf.as_mut_ptr();
    std::mem::forget(buf);
    ptr
}

/// Frees a buffer returned by `alloc(len)`.
///
/// # Safety
/// `ptr` must come from `alloc` with the same `len` and not be freed twice.
#[no_mangle]
pub unsafe extern "C" fn dealloc(ptr: *mut u8, len: usize) {
    if !ptr.is_null() {
        drop(Vec::from_raw_parts(ptr, 0, len));
    }
}

/// Returns 1 if the input matches pattern `index`, 0 if not, -1 for a bad index or
/// null pointer, -2 for input that is not UTF-8, -3 if the pattern failed to compile.
///
/// # Safety
/// `ptr..ptr+len` must be readable linear memory (e.g. a buffer from `alloc`).
#[no_mangle]
pub unsafe extern "C" fn check(index: i32, ptr: *const u8, len: usize) -> i32 {
    let Some(cell) = usize::try_from(index).ok().and_then(|i| CACHE.get(i)) else {
        return -1;
    };
    if ptr.is_null() {
        return -1;
    }
    let Ok(input) = std::str::from_utf8(std::slice::from_raw_parts(ptr, len)) else {
        return -2;
    };
    match cell.get_or_init(|| Regex::new(PATTERNS[index as usize]).ok()) {
        Some(re) => re.is_match(input) as i32,
        None => -3,
    }
}
