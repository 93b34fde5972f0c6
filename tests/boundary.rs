//! The boundary's JS side is generated from the Rust definitions (src/boundary/codegen.rs): the
//! committed `js/boundary.js` must be exactly what the generator writes now.

use dotbe_rules::boundary::codegen;

#[test]
fn js_boundary_is_what_the_generator_writes() {
    let generated = codegen::corpus().and_then(|rec| codegen::javascript(&rec)).unwrap_or_else(|e| panic!("the generator failed: {e}"));
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/js/boundary.js")).expect("js/boundary.js");
    if generated != committed {
        let line = generated.lines().zip(committed.lines()).position(|(a, b)| a != b).map_or(generated.lines().count().min(committed.lines().count()), |i| i);
        panic!(
            "js/boundary.js differs from what src/boundary/ generates (first at line {}): run `make js/boundary.js`.\n  generated: {:?}\n  committed: {:?}",
            line + 1,
            generated.lines().nth(line),
            committed.lines().nth(line)
        );
    }
}

#[test]
fn js_countries_is_what_the_generator_writes() {
    let generated = codegen::countries_js().unwrap_or_else(|e| panic!("the generator failed: {e}"));
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/js/countries.js")).expect("js/countries.js");
    assert!(generated == committed, "js/countries.js differs from what the country table gives: run `make js/countries.js`");
}
