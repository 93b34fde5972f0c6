//! wasm-bindgen tests of the JS boundary, run in Node (`cargo test --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

mod common;
#[path = "wasm/calls.rs"]
mod calls;
#[path = "wasm/battery.rs"]
mod battery;
