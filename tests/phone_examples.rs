//! The outside test suite of phone numbers: libphonenumber's example number of every region and
//! number type (`data/phone-examples.tsv`, generated from the pinned `phonenumbers` package), as
//! `+CC.NSN` and as typed inside the region with its national prefix, run against the core. Where
//! the registry's rule gives another answer, `tests/phone-example-differences.tsv` says why; the
//! test fails on any other failure and on a listed case that passes (a stale entry). The wasm
//! battery runs the same cases through the JS boundary.
mod common;

use common::native::{self, Kind};

#[test]
fn libphonenumber_example_numbers() {
    let cases = common::phone_example_cases();
    common::run_all_with_differences(&cases, common::PHONE_EXAMPLE_DIFFERENCES, |case| native::result(Kind::Registrant, case));
}
