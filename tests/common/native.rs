//! The shared cases run by the core itself, natively or inside a wasm test: the case files'
//! JSON turned into the core's inputs as the JS API reads them, and each result as serde writes
//! it. `tests/cases.rs` checks these results; the wasm battery checks that the same cases,
//! called through the generated JS boundary, give exactly these results.
#![allow(dead_code)]

use dotbe_rules::change::{check_transfer, decide_contact_change, whois_preview, ChangeContext, TransferRequest};
use dotbe_rules::domain::{validate_domain_name, validate_nameservers, NameserverInput, NameserversInput};
use dotbe_rules::registrant::{invalid_registrant, Field, Holder, RegistrantInput, RegistrantOptions, Street};
use dotbe_rules::{check_auth_code_input, AuthCodeKind, AuthCodeOptions, Input, Lang};
use serde_json::Value;

/// The kinds of case file, by the call they exercise.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    AuthCode,
    Registrant,
    Domain,
    Nameservers,
    Decision,
    Transfer,
    Whois,
}

pub fn auth_code_options(o: &Value) -> AuthCodeOptions {
    AuthCodeOptions {
        kind: match o["kind"].as_str() {
            Some("external") => Some(AuthCodeKind::External),
            Some("internal") => Some(AuthCodeKind::Internal),
            _ => None,
        },
        issued_at: o["issuedAt"].as_str().map(String::from),
        now: o["now"].as_str().map(String::from),
        lang: o["lang"].as_str().and_then(Lang::from_tag).unwrap_or_default(),
    }
}

pub fn input(v: &Value) -> Input<'_> {
    match v {
        Value::Null => Input::WrongType("null"),
        Value::String(s) => Input::Text(s),
        Value::Bool(_) => Input::WrongType("boolean"),
        Value::Number(_) => Input::WrongType("number"),
        Value::Array(_) => Input::WrongType("array"),
        Value::Object(_) => Input::WrongType("object"),
    }
}

pub fn registrant(v: &Value) -> RegistrantInput<'_> {
    let mut r = RegistrantInput::default();
    for (key, value) in v.as_object().expect("an object") {
        let i = input(value);
        match Field::from_key(key) {
            Some(Field::Name) => r.name = i,
            Some(Field::Organization) => r.organization = i,
            Some(Field::Street) => {
                r.street = match value {
                    Value::Array(lines) => Street::Lines(lines.iter().map(input).collect()),
                    _ => Street::Text(i),
                }
            }
            Some(Field::City) => r.city = i,
            Some(Field::PostalCode) => r.postal_code = i,
            Some(Field::Country) => r.country = i,
            Some(Field::Email) => r.email = i,
            Some(Field::Phone) => r.phone = i,
            Some(Field::Fax) => r.fax = i,
            Some(Field::Vat) => r.vat = i,
            Some(Field::Language) => r.language = i,
            None => r.unknown.push(key.clone()),
        }
    }
    r
}

pub fn lang(o: &Value) -> Lang {
    o["lang"].as_str().and_then(Lang::from_tag).unwrap_or_default()
}

/// The core's result for `case`, as serde writes it.
pub fn result(kind: Kind, case: &Value) -> Value {
    match kind {
        Kind::AuthCode => serde_json::to_value(check_auth_code_input(input(&case["input"]), &auth_code_options(&case["options"]))).unwrap(),
        Kind::Registrant => {
            let o = &case["options"];
            let options = RegistrantOptions {
                lang: lang(o),
                domain: o["domain"].as_str().map(String::from),
                only: o["only"].as_array().map(|a| a.iter().filter_map(|f| f.as_str().and_then(Field::from_key)).collect()),
                holder: match o["holder"].as_str() {
                    Some("person") => Some(Holder::Person),
                    Some("organization" | "organisation") => Some(Holder::Organization),
                    _ => None,
                },
            };
            let report = match &case["input"] {
                Value::Object(_) => dotbe_rules::validate_registrant(&registrant(&case["input"]), &options),
                other => invalid_registrant(type_name(other), &options),
            };
            serde_json::to_value(report).unwrap()
        }
        Kind::Domain => serde_json::to_value(validate_domain_name(input(&case["input"]), lang(&case["options"]))).unwrap(),
        Kind::Nameservers => {
            let v = &case["input"];
            let get = |k: &str| v.get(k).map_or(Input::Missing, input);
            let servers = v["nameservers"].as_array().map_or(Vec::new(), |list| {
                list.iter()
                    .map(|s| match s {
                        Value::String(h) => NameserverInput { host: Input::Text(h), ips: None },
                        other => NameserverInput {
                            host: other.get("host").map_or(Input::Missing, input),
                            ips: match other.get("ips") {
                                None | Some(Value::Null) => None,
                                Some(Value::Array(ips)) => Some(ips.iter().map(input).collect()),
                                Some(ip) => Some(vec![input(ip)]),
                            },
                        },
                    })
                    .collect()
            });
            let ns = NameserversInput { domain: get("domain"), group: get("group"), nameservers: servers };
            serde_json::to_value(validate_nameservers(&ns, lang(&case["options"]))).unwrap()
        }
        Kind::Decision => {
            let c = &case["context"];
            let context = ChangeContext {
                revoke_procedure: c["revokeProcedure"].as_bool().unwrap_or(false),
                monitored_update_approved: c["monitoredUpdateApproved"].as_bool().unwrap_or(false),
                lang: lang(c),
            };
            serde_json::to_value(decide_contact_change(&registrant(&case["current"]), &registrant(&case["proposed"]), &context)).unwrap()
        }
        Kind::Whois => {
            let r = match &case["input"] {
                Value::Object(_) => registrant(&case["input"]),
                _ => RegistrantInput::default(),
            };
            serde_json::to_value(whois_preview(&r, lang(&case["options"]))).unwrap()
        }
        Kind::Transfer => {
            let r = &case["input"];
            let request = TransferRequest {
                kind: match r["type"].as_str() {
                    Some("internal") => Some(AuthCodeKind::Internal),
                    _ => Some(AuthCodeKind::External),
                },
                auth_code: r.get("authCode").map_or(Input::Missing, input),
                auth_code_issued_at: r["authCodeIssuedAt"].as_str().map(String::from),
                now: r["now"].as_str().map(String::from),
                statuses: r["statuses"].as_array().map_or(Vec::new(), |a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect()),
                revoke_procedure: r["revokeProcedure"].as_bool().unwrap_or(false),
                quarantine: r["quarantine"].as_bool().unwrap_or(false),
                nameservers: r["nameservers"].as_array().map(Vec::len),
                nameserver_group: r["nameserverGroup"].as_str().is_some_and(|g| !g.trim().is_empty()),
                registrant_change: r["registrantChange"].as_bool().unwrap_or(false),
                held_by_registry: r["heldByRegistry"].as_bool().unwrap_or(false),
                lang: lang(&case["options"]),
            };
            serde_json::to_value(check_transfer(&request)).unwrap()
        }
    }
}

/// The `typeof`-style name of a JSON value, as the JS boundary names it.
fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::String(_) => "string",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}
