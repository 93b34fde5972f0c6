//! The exports as JS calls them: the generated `js/boundary.js` packs the JS arguments, the
//! wasm export answers, and `js/boundary.js` reads the answer back into objects — the same path
//! as the package's entries, inside the test's wasm.

use wasm_bindgen::prelude::*;

/// The platform of the expected-differences file (tests/suites/): this wasm's UTS #46 is the
/// browser's.
pub const PLATFORM: &str = "chromium";

#[wasm_bindgen(module = "/js/boundary.js")]
extern "C" {
    #[wasm_bindgen(js_name = packValidateRegistrant)]
    fn pack_validate_registrant(a: &JsValue, b: &JsValue) -> String;
    #[wasm_bindgen(js_name = unpackValidateRegistrant)]
    fn unpack_validate_registrant(answer: &str) -> JsValue;
    #[wasm_bindgen(js_name = packCheckAuthCode)]
    fn pack_check_auth_code(a: &JsValue, b: &JsValue) -> String;
    #[wasm_bindgen(js_name = unpackCheckAuthCode)]
    fn unpack_check_auth_code(answer: &str) -> JsValue;
    #[wasm_bindgen(js_name = packValidateDomainName)]
    fn pack_validate_domain_name(a: &JsValue, b: &JsValue) -> String;
    #[wasm_bindgen(js_name = unpackValidateDomainName)]
    fn unpack_validate_domain_name(answer: &str) -> JsValue;
    #[wasm_bindgen(js_name = packValidateNameservers)]
    fn pack_validate_nameservers(a: &JsValue, b: &JsValue) -> String;
    #[wasm_bindgen(js_name = unpackValidateNameservers)]
    fn unpack_validate_nameservers(answer: &str) -> JsValue;
    #[wasm_bindgen(js_name = packCheckTransfer)]
    fn pack_check_transfer(a: &JsValue, b: &JsValue) -> String;
    #[wasm_bindgen(js_name = unpackCheckTransfer)]
    fn unpack_check_transfer(answer: &str) -> JsValue;
    #[wasm_bindgen(js_name = packWhoisPreview)]
    fn pack_whois_preview(a: &JsValue, b: &JsValue) -> String;
    #[wasm_bindgen(js_name = unpackWhoisPreview)]
    fn unpack_whois_preview(answer: &str) -> JsValue;
    #[wasm_bindgen(js_name = packDecideContactChange)]
    fn pack_decide_contact_change(a: &JsValue, b: &JsValue, c: &JsValue) -> String;
    #[wasm_bindgen(js_name = unpackDecideContactChange)]
    fn unpack_decide_contact_change(answer: &str) -> JsValue;
    #[wasm_bindgen(js_name = packCountries)]
    fn pack_countries(a: &JsValue) -> String;
    #[wasm_bindgen(js_name = unpackCountries)]
    fn unpack_countries(answer: &str) -> JsValue;
}

macro_rules! two {
    ($name:ident, $pack:ident, $unpack:ident) => {
        pub fn $name(a: JsValue, b: JsValue) -> Result<JsValue, JsValue> {
            Ok($unpack(&dotbe_rules::wasm::$name(&$pack(&a, &b))?))
        }
    };
}

two!(validate_registrant, pack_validate_registrant, unpack_validate_registrant);
two!(check_auth_code, pack_check_auth_code, unpack_check_auth_code);
two!(validate_domain_name, pack_validate_domain_name, unpack_validate_domain_name);
two!(validate_nameservers, pack_validate_nameservers, unpack_validate_nameservers);
two!(check_transfer, pack_check_transfer, unpack_check_transfer);
two!(whois_preview, pack_whois_preview, unpack_whois_preview);

pub fn decide_contact_change(a: JsValue, b: JsValue, c: JsValue) -> Result<JsValue, JsValue> {
    Ok(unpack_decide_contact_change(&dotbe_rules::wasm::decide_contact_change(&pack_decide_contact_change(&a, &b, &c))?))
}

pub fn countries(lang: JsValue) -> Result<JsValue, JsValue> {
    Ok(unpack_countries(&dotbe_rules::wasm::countries(&pack_countries(&lang))?))
}
