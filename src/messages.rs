//! The message table: one template per code and language. Nothing else writes user-facing text.
//!
//! Templates name their values in braces — `{count}`, `{min}`, `{max}`, `{found}`, `{date}` from
//! [`Params`], `{char}` and `{position}` from [`At`] — and [`render`] fills them in. The table is an
//! exhaustive `match` returning one string per language, so a code without a message, or a
//! message missing a language, does not compile; the tests check that every language uses the
//! same placeholders.

use crate::issue::{At, Code, Params};
use crate::lang::Lang;

/// Templates for `code`, in the order of [`Lang::ALL`]: en, nl, fr, de.
pub(crate) fn templates(code: Code) -> [&'static str; 4] {
    match code {
        Code::InvalidType => [
            "This value must be text (received: {found}).",
            "Deze waarde moet tekst zijn (ontvangen: {found}).",
            "Cette valeur doit être du texte (reçu\u{a0}: {found}).",
            "Dieser Wert muss Text sein (erhalten: {found}).",
        ],
        Code::Required => [
            "This field is required.",
            "Dit veld is verplicht.",
            "Ce champ est obligatoire.",
            "Dieses Feld ist erforderlich.",
        ],
        Code::TooLong => [
            "Too long: at most {max} characters.",
            "Te lang: maximaal {max} tekens.",
            "Trop long\u{a0}: {max} caractères au maximum.",
            "Zu lang: höchstens {max} Zeichen.",
        ],
        Code::TooShort => [
            "Too short: at least {min} characters.",
            "Te kort: minstens {min} tekens.",
            "Trop court\u{a0}: au moins {min} caractères.",
            "Zu kurz: mindestens {min} Zeichen.",
        ],
        Code::AuthCodeCharacter => [
            "{char} at position {position} is not a digit: the authorisation code from DNS Belgium has digits only.",
            "{char} op positie {position} is geen cijfer: de transfercode van DNS Belgium bestaat enkel uit cijfers.",
            "{char} en position {position} n’est pas un chiffre\u{a0}: le code de transfert de DNS Belgium ne contient que des chiffres.",
            "{char} an Position {position} ist keine Ziffer: Der Transfercode von DNS Belgium besteht nur aus Ziffern.",
        ],
        Code::AuthCodeDigitCount => [
            "An authorisation code has 15 digits in five groups of three (123-456-789-012-345); you entered {count}.",
            "Een transfercode telt 15 cijfers in vijf groepen van drie (123-456-789-012-345); u gaf er {count} in.",
            "Un code de transfert compte 15 chiffres en cinq groupes de trois (123-456-789-012-345)\u{a0}; vous en avez saisi {count}.",
            "Ein Transfercode hat 15 Ziffern in fünf Dreiergruppen (123-456-789-012-345); Sie haben {count} eingegeben.",
        ],
        Code::AuthCodeNotExternal => [
            "This looks like an internal code from your provider. This step needs the 15-digit authorisation code that DNS Belgium e-mails to the registrant.",
            "Dit lijkt een interne code van uw provider. Voor deze stap is de transfercode van 15 cijfers nodig die DNS Belgium naar de domeinnaamhouder mailt.",
            "Ceci ressemble à un code interne de votre fournisseur. Cette étape exige le code de transfert à 15 chiffres que DNS Belgium envoie par e-mail au titulaire.",
            "Das sieht nach einem internen Code Ihres Anbieters aus. Für diesen Schritt brauchen Sie den 15-stelligen Transfercode, den DNS Belgium dem Domaininhaber per E-Mail schickt.",
        ],
        Code::InternalCodeCharacter => [
            "{char} at position {position} cannot be part of an internal code. Copy the code exactly as your provider shows it, without spaces.",
            "{char} op positie {position} hoort niet in een interne code. Kopieer de code precies zoals uw provider hem toont, zonder spaties.",
            "{char} en position {position} ne peut pas figurer dans un code interne. Copiez le code exactement tel que votre fournisseur l’affiche, sans espaces.",
            "{char} an Position {position} kann nicht Teil eines internen Codes sein. Kopieren Sie den Code genau so, wie Ihr Anbieter ihn anzeigt, ohne Leerzeichen.",
        ],
        Code::AuthCodeExpired => [
            "This code expired on {date}: codes are valid for 7 days. Request a new one; DNS Belgium e-mails it to the registrant.",
            "Deze code is verlopen op {date}: een code is 7 dagen geldig. Vraag een nieuwe aan; DNS Belgium mailt die naar de domeinnaamhouder.",
            "Ce code a expiré le {date}\u{a0}: un code est valable 7 jours. Demandez-en un nouveau\u{a0}; DNS Belgium l’envoie par e-mail au titulaire.",
            "Dieser Code ist am {date} abgelaufen: Ein Code gilt 7 Tage. Fordern Sie einen neuen an; DNS Belgium schickt ihn dem Domaininhaber per E-Mail.",
        ],
        Code::AuthCodeExpiring => [
            "This code expires on {date}, within 24 hours: complete the transfer before then.",
            "Deze code verloopt op {date}, binnen 24 uur: rond de transfer vóór dan af.",
            "Ce code expire le {date}, dans moins de 24 heures\u{a0}: finalisez le transfert d’ici là.",
            "Dieser Code läuft am {date} ab, also innerhalb von 24 Stunden: Schließen Sie den Transfer vorher ab.",
        ],
        Code::AuthCodeIssuedInFuture => [
            "The code’s issue date ({date}) lies in the future, so its expiry cannot be checked. Please check the date.",
            "De uitgiftedatum van de code ({date}) ligt in de toekomst, dus de vervaldatum kan niet worden gecontroleerd. Controleer de datum.",
            "La date d’émission du code ({date}) se situe dans le futur\u{a0}: impossible de vérifier son expiration. Vérifiez la date.",
            "Das Ausstellungsdatum des Codes ({date}) liegt in der Zukunft, daher lässt sich der Ablauf nicht prüfen. Bitte prüfen Sie das Datum.",
        ],
        Code::InvalidDate => [
            "Not a date in ISO 8601 form (such as 2026-11-23 or 2026-11-23T14:05:00Z); the expiry was not checked.",
            "Geen datum in ISO 8601-vorm (zoals 2026-11-23 of 2026-11-23T14:05:00Z); de vervaldatum is niet gecontroleerd.",
            "Ce n’est pas une date au format ISO 8601 (par exemple 2026-11-23 ou 2026-11-23T14:05:00Z)\u{a0}; l’expiration n’a pas été vérifiée.",
            "Kein Datum im Format ISO 8601 (etwa 2026-11-23 oder 2026-11-23T14:05:00Z); der Ablauf wurde nicht geprüft.",
        ],
    }
}

/// The message for `code` in `lang`, with its values filled in.
pub(crate) fn render(code: Code, lang: Lang, params: &Params, at: Option<&At>) -> String {
    let template = templates(code)[lang.index()];
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match value(name, lang, params, at) {
                    Some(v) => out.push_str(&v),
                    // A placeholder without a value stays visible rather than vanishing;
                    // the tests make sure no template has one.
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn value(name: &str, lang: Lang, params: &Params, at: Option<&At>) -> Option<String> {
    match name {
        "count" => params.count.map(|n| n.to_string()),
        "min" => params.min.map(|n| n.to_string()),
        "max" => params.max.map(|n| n.to_string()),
        "found" => params.found.clone(),
        "date" => params.date.as_deref().map(human_date),
        "position" => at.map(|a| a.position.to_string()),
        "char" => at.map(|a| quote_char(&a.char, lang)),
        _ => None,
    }
}

/// `2026-11-23T14:05:00.000Z` → `2026-11-23 14:05 UTC`: unambiguous in all four languages.
fn human_date(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => iso.to_string(),
    }
}

/// A character in the quotation marks of `lang`, or its code point when it would be invisible.
fn quote_char(ch: &str, lang: Lang) -> String {
    let invisible = ch.chars().any(|c| c.is_whitespace() || c.is_control() || is_format(c));
    if invisible {
        let cp = ch.chars().next().map_or(0, u32::from);
        return format!("U+{cp:04X}");
    }
    match lang {
        Lang::En => format!("“{ch}”"),
        Lang::Nl => format!("‘{ch}’"),
        Lang::Fr => format!("«\u{a0}{ch}\u{a0}»"),
        Lang::De => format!("„{ch}“"),
    }
}

/// Zero-width and direction marks, the byte-order mark: characters that show nothing.
fn is_format(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    const KNOWN: [&str; 7] = ["count", "min", "max", "found", "date", "position", "char"];

    fn placeholders(t: &str) -> BTreeSet<&str> {
        let mut set = BTreeSet::new();
        let mut rest = t;
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').expect("unclosed placeholder") + open;
            set.insert(&rest[open + 1..close]);
            rest = &rest[close + 1..];
        }
        set
    }

    /// The locale parity test: every code has a message in every language, the languages agree
    /// on the values they show, and no translation is a copy of the English text.
    #[test]
    fn every_code_has_all_languages_with_the_same_placeholders() {
        for &code in Code::ALL {
            let t = templates(code);
            let en = placeholders(t[0]);
            for (lang, text) in Lang::ALL.iter().zip(t) {
                assert!(!text.trim().is_empty(), "{code:?} has no {lang:?} message");
                assert_eq!(placeholders(text), en, "{code:?}: {lang:?} placeholders differ from en");
                for p in placeholders(text) {
                    assert!(KNOWN.contains(&p), "{code:?} {lang:?}: unknown placeholder {{{p}}}");
                }
                if *lang != Lang::En {
                    assert_ne!(text, t[0], "{code:?}: {lang:?} is untranslated");
                }
            }
        }
    }

    #[test]
    fn french_puts_a_no_break_space_before_double_punctuation() {
        for &code in Code::ALL {
            let fr = templates(code)[Lang::Fr.index()];
            for (i, c) in fr.char_indices() {
                let prev = fr[..i].chars().last();
                // A colon between digits is a time of day (14:05), not punctuation.
                if matches!(c, ':' | ';' | '?' | '!') && !prev.is_some_and(|p| p.is_ascii_digit()) {
                    assert_eq!(prev, Some('\u{a0}'), "{code:?}: `{c}` in French needs a no-break space: {fr}");
                }
            }
        }
    }

    #[test]
    fn renders_values_and_quotes_per_language() {
        let at = At { position: 4, char: "x".into(), start: 3, end: 4 };
        let m = render(Code::AuthCodeCharacter, Lang::De, &Params::default(), Some(&at));
        assert!(m.starts_with("„x“ an Position 4 "), "{m}");
        let m = render(Code::AuthCodeCharacter, Lang::Fr, &Params::default(), Some(&at));
        assert!(m.starts_with("«\u{a0}x\u{a0}» en position 4 "), "{m}");
        let space = At { position: 2, char: " ".into(), start: 1, end: 2 };
        let m = render(Code::InternalCodeCharacter, Lang::En, &Params::default(), Some(&space));
        assert!(m.starts_with("U+0020 at position 2 "), "{m}");
        let p = Params { count: Some(14), ..Params::default() };
        let m = render(Code::AuthCodeDigitCount, Lang::Nl, &p, None);
        assert!(m.ends_with("u gaf er 14 in."), "{m}");
        let p = Params { date: Some("2026-11-23T14:05:00.000Z".into()), ..Params::default() };
        let m = render(Code::AuthCodeExpiring, Lang::En, &p, None);
        assert!(m.contains("2026-11-23 14:05 UTC"), "{m}");
    }
}
