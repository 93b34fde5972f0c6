//! The boundary between the JS API and the core, in plain Rust: each export's JS arguments
//! arrive as one string that `js/boundary.js` packed ([`args`] reads it), the core runs
//! ([`calls`]), and its result goes back as one string ([`answer`]) that `js/boundary.js`
//! reads into plain objects. `src/wasm.rs` only hands the strings over.
//!
//! Defined once, here: the keys and limits of the arguments ([`shape`]) and the answers' shapes
//! (the result types' serde derives). `js/boundary.js` is generated from both ([`codegen`], native
//! only); a test regenerates it and fails on any difference, and another reads every answer of
//! the shared cases through the generated JS and compares it with `serde_json`'s output.
//!
//! Layers, bottom-up: `units` (numbers and texts) → `shape` → `args`, `answer` → `calls` →
//! `codegen`.

pub mod answer;
pub mod args;
pub mod calls;
#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
pub mod shape;
pub mod units;
