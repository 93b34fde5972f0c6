//! The same wasm-bindgen tests, run in headless Chromium (chromedriver, see webdriver.json), over
//! this test's own wasm through the generated js/boundary.js (tests/wasm/calls.rs).
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;
#[path = "wasm/calls.rs"]
mod calls;
#[path = "wasm/battery.rs"]
mod battery;
