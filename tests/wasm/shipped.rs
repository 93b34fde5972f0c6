//! The exports of the package as it ships (`pkg/node.cjs`, over the wasm the Makefile builds with
//! the pinned nightly), called from the battery in Node: the same JS path and the same wasm as a
//! user gets. A `TypeError` the package throws comes back as the `Err`.

use wasm_bindgen::prelude::*;

/// The platform of the expected-differences file (tests/suites/): the package's UTS #46 is Node's.
pub const PLATFORM: &str = "node";

#[wasm_bindgen(module = "/tests/wasm/shipped.mjs")]
extern "C" {
    #[wasm_bindgen(catch, js_name = validateRegistrant)]
    pub fn validate_registrant(a: JsValue, b: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = checkAuthCode)]
    pub fn check_auth_code(a: JsValue, b: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = validateDomainName)]
    pub fn validate_domain_name(a: JsValue, b: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = validateNameservers)]
    pub fn validate_nameservers(a: JsValue, b: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = checkTransfer)]
    pub fn check_transfer(a: JsValue, b: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = whoisPreview)]
    pub fn whois_preview(a: JsValue, b: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = decideContactChange)]
    pub fn decide_contact_change(a: JsValue, b: JsValue, c: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    pub fn countries(lang: JsValue) -> Result<JsValue, JsValue>;
}
