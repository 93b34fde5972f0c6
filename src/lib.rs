//! # dotbe-rules
//!
//! DNS Belgium's (.be) registry rules for the forms of domain resellers, checked while the user
//! types: what the registry will refuse (`rejection`), what it will accept now and withdraw later
//! for bad WHOIS data (`revoke`), and what will keep its mail from reaching the registrant
//! (`bounce`). Every check returns data — `valid`, the normalised `value` to send, and a list of
//! [`Issue`]s with a stable [`Code`], a severity, a risk and a message in English, Dutch, French or
//! German — and never panics on input.
//!
//! The same rules run in three places: natively in Rust (this crate, e.g. on a server), and in
//! the browser and Node through WebAssembly (the `dotbe-rules` npm package). Everything under
//! `src/` but the `wasm` module is plain Rust with no JavaScript types; `wasm` converts JS
//! values and calls the core.
//!
//! ## Trade-offs
//! - **Agree with the registry, not with the post office.** Where DNS Belgium publishes a rule, it
//!   is applied as published, quirks included; other sources only fill the gaps.
//! - **Small before clever.** Download size is the first cost a signup form pays, so the crate
//!   carries only the tables its rules need, and builds with `opt-level = "z"`.
//! - **Bounded work.** Over-long values are reported as too long rather than inspected in full;
//!   the JS boundary copies at most [`input::MAX_INSPECTED_UTF16`] units of any string.
//! - **Positions for both people and code.** Each located issue carries a 1-based character
//!   position for messages and UTF-16 offsets for `setSelectionRange`.
//! - **Decisions in one place.** Where the sources leave a rule open, the choice made is marked
//!   *Decision* in the one function or constant that implements it.
//!
//! ## Layers
//! The modules, bottom-up; each uses only modules of the layers below it (`tests/layers.rs` reads
//! this list and fails on an import that goes up or sideways, so there is no cycle to untangle):
//!
//! 0. `lang`, `digits`, `pattern`, `punycode` — no other module
//! 1. `issue`, `idna`, `time`, `ip` — the issue record, IDNA, ISO 8601, IP addresses
//! 2. `countries`, `input` — the country table; reading a field as typed
//! 3. `messages` — every issue's message, rendered once at the end of a check
//! 4. `charset`, `email`, `phone`, `postal`, `vat`, `implausible` — one rule each (spec §1)
//! 5. `registrant`, `authcode`, `domain` — the checks of spec §1, §3 and §2
//! 6. `change`, `audit` — decisions, transfers and the WHOIS preview (spec §4–§6), with their
//!    sentences; the portfolio audit (spec §7)
//! 7. `boundary` — the JS API's arguments and answers, in plain Rust
//! 8. `wasm` — the wasm-bindgen exports (wasm32 only)
//!
//! ## Example
//! ```
//! use dotbe_rules::{check_auth_code, AuthCodeOptions};
//! let r = check_auth_code(" 123 456 789 012 345 ", &AuthCodeOptions::default());
//! assert!(r.valid);
//! assert_eq!(r.value.as_deref(), Some("123-456-789-012-345"));
//! ```

// The npm package's global allocator, in place of Rust's default (dlmalloc): talc, single-threaded
// (`TalcSyncCell::new_wasm` takes no lock, and fails to compile where wasm has threads), with the
// source that claims each `memory.grow` as a heap of its own (`WasmGrowAndClaim`), realloc in
// place off (Cargo.toml). Only with feature `small-alloc`, which the Makefile's wasm build turns
// on: a Rust app that depends on this crate keeps its own allocator.
//
// Measured 2026-12-01 against the hand-written allocator it replaced (src/alloc.rs, power-of-two
// free lists), `gzip -9c pkg/…_bg.wasm | wc -c`: the full wasm 80,834 → 80,852 (+18), the
// registrant entry's 56,975 → 57,071 (+96); wasm memory flat as before (1,245,184 bytes after
// warm-up and after 1,000,000 more calls, `make bench`); per call in Node about 5 % slower (one
// round of every export 67.5 → 71.2 µs, a full registrant 6.04 → 6.37 µs: the fastest of 400
// interleaved samples each). The alternatives, measured the same day on the build before
// src/ip.rs used core::net: talc's `WasmGrowAndExtend` 60 / 56 bytes gzip more than this, realloc
// in place 98 / 106 more and no faster; dlmalloc (no `small-alloc`) 2,083 bytes more than the
// hand-written allocator on the full wasm, and 3 to 5 % slower than it.
#[cfg(all(target_arch = "wasm32", feature = "small-alloc"))]
#[global_allocator]
static ALLOCATOR: talc::cell::TalcSyncCell<talc::wasm::WasmGrowAndClaim, talc::wasm::WasmBinning> =
    talc::cell::TalcSyncCell::new_wasm(talc::wasm::WasmGrowAndClaim);

pub mod audit;
pub mod authcode;
#[doc(hidden)]
pub mod boundary;
pub mod change;
pub mod charset;
pub mod countries;
mod digits;
pub mod domain;
mod email;
pub mod idna;
pub mod implausible;
pub mod input;
pub mod ip;
pub mod issue;
pub mod lang;
mod messages;
pub mod pattern;
mod phone;
mod postal;
pub mod punycode;
pub mod registrant;
pub mod time;
mod vat;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use authcode::{check_auth_code, check_auth_code_input, AuthCodeKind, AuthCodeOptions, AuthCodeReport};
pub use input::Input;
pub use issue::{At, Code, Issue, Params, PathSegment, Risk, Severity};
pub use lang::Lang;
pub use registrant::{validate_registrant, Field, Holder, Registrant, RegistrantInput, RegistrantOptions, RegistrantReport, Street};
