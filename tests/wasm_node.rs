//! wasm-bindgen tests of the JS boundary, run in Node (`cargo test --target wasm32-unknown-unknown`)
//! against the package as it ships (`pkg/`, built by `make pkg`).
#![cfg(target_arch = "wasm32")]

mod common;
#[path = "wasm/shipped.rs"]
mod calls;
#[path = "wasm/battery.rs"]
mod battery;
