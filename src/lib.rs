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
//! 0. `lang`, `digits`, `pattern`, `punycode`, `alloc` — no other module
//! 1. `issue`, `idna`, `time`, `ip` — the issue record, IDNA, ISO 8601, IP addresses
//! 2. `countries`, `input` — the country table; reading a field as typed
//! 3. `messages` — every issue's message, rendered once at the end of a check
//! 4. `charset`, `email`, `phone`, `postal`, `vat`, `implausible` — one rule each (spec §1)
//! 5. `registrant`, `authcode`, `domain` — the checks of spec §1, §3 and §2
//! 6. `change` — decisions, transfers and the WHOIS preview (spec §4–§6), with their sentences
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

// The npm package's allocator (feature `small-alloc`, which the Makefile's wasm build enables; a
// Rust app that depends on this crate keeps its own); compiled natively for its unit tests.
#[cfg(any(all(target_arch = "wasm32", feature = "small-alloc"), test))]
mod alloc;
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
