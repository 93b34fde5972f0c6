#![no_main]
//! validateNameservers and the IP parser: any hosts, addresses and groups; canonical addresses
//! parse back to themselves.
#[path = "common.rs"]
mod common;

use dotbe_rules::domain::{validate_nameservers, NameserverInput, NameserversInput};
use dotbe_rules::{ip, Input, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let f = common::fields(data, 6);
    fn ns<'a>(host: &'a str, ip: &'a str) -> NameserverInput<'a> {
        NameserverInput { host: Input::Text(host), ips: (!ip.is_empty()).then(|| vec![Input::Text(ip)]) }
    }
    let input = NameserversInput {
        domain: Input::Text(&f[0]),
        nameservers: vec![ns(&f[1], &f[2]), ns(&f[3], &f[4])],
        group: Input::Text(&f[5]),
    };
    common::check(&validate_nameservers(&input, Lang::Fr));
    for text in [&f[2], &f[4]] {
        if let Some(addr) = ip::parse(text) {
            assert_eq!(ip::parse(&addr.canonical()), Some(addr));
        }
    }
});
