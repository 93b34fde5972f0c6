#![no_main]
//! checkTransfer: any code, statuses, dates and flags; `allowed` is `valid`.
#[path = "common.rs"]
mod common;

use dotbe_rules::change::{check_transfer, TransferRequest};
use dotbe_rules::{AuthCodeKind, Input, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let f = common::fields(data, 4);
    let flags = data.first().copied().unwrap_or(0);
    let r = check_transfer(&TransferRequest {
        kind: Some(if flags & 1 != 0 { AuthCodeKind::Internal } else { AuthCodeKind::External }),
        auth_code: Input::Text(&f[0]),
        auth_code_issued_at: Some(f[1].clone()),
        now: Some(f[2].clone()),
        statuses: f[3].split(',').map(String::from).collect(),
        revoke_procedure: flags & 2 != 0,
        quarantine: flags & 4 != 0,
        nameservers: Some(usize::from(flags >> 4)),
        nameserver_group: flags & 8 != 0,
        registrant_change: flags & 16 != 0,
        held_by_registry: flags & 32 != 0,
        lang: Lang::De,
    });
    common::check(&r);
    assert_eq!(r.allowed, r.valid);
});
