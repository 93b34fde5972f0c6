//! The message table: one template per code and language. Nothing else writes user-facing text.
//!
//! Templates name their values in braces — `{count}`, `{min}`, `{max}`, `{found}`, `{date}` from
//! [`Params`], `{char}` and `{position}` from [`At`] — and [`render`] fills them in. A part in
//! square brackets holds alternatives separated by `|`: the first one whose values are all known
//! is written (`[Counting the leading {trunk}, a|After +{prefix}, a] number…`), none if none is;
//! so one template reads well with or without an optional value. The table is an exhaustive
//! `match` returning one string per language, so a code without a message, or a message missing
//! a language, does not compile; the tests check that every language uses the same placeholders
//! and the terms of `docs/glossary.md`.
//!
//! Values are written the way a person reads them: a character by its name where it would be
//! invisible or easily mistaken (“a space”, “the curly apostrophe ’”), never as a code point; a
//! moment in Belgian time in the language's own layout (`28/11/2026 at 01:00`,
//! `28.11.2026 um 01:00 Uhr`; the JS package shows the user's own time zone instead).

use crate::countries;
use crate::digits::push_number;
use crate::issue::{At, Code, Issue, Params};
use crate::lang::Lang;
use crate::time;

/// Templates for `code`, in the order of [`Lang::ALL`]: en, nl, fr, de.
#[cfg(test)]
pub(crate) fn templates(code: Code) -> [&'static str; 4] {
    // `Code::ALL` lists every variant in declaration order: the index is in range.
    TABLE[code as usize]
}

/// The text `id` ([`TEXTS`]) in `lang`.
#[cfg(not(all(feature = "message-packs", target_arch = "wasm32")))]
fn text(id: usize, lang: Lang) -> &'static str {
    TABLE.get(id).map_or("", |t| t[lang.index()])
}

/// The text `id` in `lang`, from the language's installed pack ([`install_pack`]), or else from
/// the first installed one of [`Lang::ALL`] (the JS side installs the page's language before
/// the first check, and asks for a loaded one while another is loading); with none at all, a
/// code's message is the code.
#[cfg(all(feature = "message-packs", target_arch = "wasm32"))]
fn text(id: usize, lang: Lang) -> &'static str {
    let pack = PACKS[lang.index()].get().or_else(|| PACKS.iter().find_map(|p| p.get()));
    match pack.and_then(|p| p.get(id)) {
        Some(text) => text,
        None => Code::ALL.get(id).map_or("", |c| c.as_str()),
    }
}

/// Every text this module writes, by id: the templates of [`Code::ALL`] (a code's id is its
/// declaration index), then [`also_templates`] (`ALSO` + 2·with_chars + several), then the
/// [`WORDS`] the values are written with (`WORDS_AT` + their index), then the decisions'
/// [`SENTENCES`] (`SENTENCES_AT` + their index).
const TEXTS: usize = SENTENCES_AT + SENTENCES.len();
const ALSO: usize = Code::ALL.len();
const WORDS_AT: usize = ALSO + 4;
const SENTENCES_AT: usize = WORDS_AT + WORDS.len();

/// The texts of `id` in every language (the source of both the table and the packs).
const fn all_texts(id: usize) -> [&'static str; 4] {
    if id < ALSO {
        all_templates(Code::ALL[id])
    } else if id < WORDS_AT {
        let k = id - ALSO;
        also_templates(k >= 2, k % 2 == 1)
    } else if id < SENTENCES_AT {
        WORDS[id - WORDS_AT]
    } else {
        SENTENCES[id - SENTENCES_AT]
    }
}

/// The sentences of the decisions (spec §4), the offer of a monitored update and what the
/// public WHOIS shows (spec §6): first one per decision of the change table, in the order of
/// `change::Rule` ([`decision`]), then the others in the order of [`Sentence`]. `{vat}` and `{newVat}` are the VAT numbers (`change::fill`). Each in the
/// order of [`Lang::ALL`].
const SENTENCES: [[&str; 4]; Sentence::WhoisPerson as usize + 1] = [
    // NoChange
    [
        "Nothing has changed: there is nothing to send.",
        "Er is niets gewijzigd: er hoeft niets te worden verstuurd.",
        "Rien n’a changé\u{a0}: il n’y a rien à envoyer.",
        "Es hat sich nichts geändert: Es muss nichts gesendet werden.",
    ],
    // SameHolderDetails
    [
        "The holder stays the same, so this is an ordinary update of the details: processed at once and free of charge.",
        "De houder blijft dezelfde: dit is een gewone wijziging (update) van de gegevens, meteen verwerkt en gratis.",
        "Le titulaire reste le même\u{a0}: c’est une mise à jour ordinaire des données, traitée immédiatement et gratuite.",
        "Der Inhaber bleibt derselbe: Das ist eine normale Aktualisierung der Angaben, sofort verarbeitet und kostenlos.",
    ],
    // SameOrgNewContact
    [
        "The organisation stays the holder; only its contact person changes. That is an ordinary update, processed at once.",
        "De organisatie blijft houder; alleen de contactpersoon verandert. Dat is een gewone wijziging (update), meteen verwerkt.",
        "L’organisation reste titulaire\u{a0}; seule sa personne de contact change. C’est une mise à jour ordinaire, traitée immédiatement.",
        "Die Organisation bleibt Inhaberin; nur die Kontaktperson ändert sich. Das ist eine normale Aktualisierung, sofort verarbeitet.",
    ],
    // OrgToOtherOrg
    [
        "Another organisation becomes the holder (a new trading name counts too), so this is a change of holder (trade). It is billed like a new registration, the registration period starts again, and it needs the authorisation code that DNS Belgium e-mails to the current holder.",
        "Een andere organisatie wordt houder (ook een nieuwe handelsnaam telt), dus dit is een houderswijziging (trade). Die wordt aangerekend als een nieuwe registratie, de registratieperiode begint opnieuw, en er is de transfercode voor nodig die DNS Belgium naar de huidige houder mailt.",
        "Une autre organisation devient titulaire (un nouveau nom commercial compte aussi)\u{a0}: c’est un changement de titulaire (trade). Il est facturé comme un nouvel enregistrement, la période d’enregistrement recommence, et il faut le code de transfert que DNS Belgium envoie par e-mail au titulaire actuel.",
        "Eine andere Organisation wird Inhaberin (auch ein neuer Handelsname zählt), also ist das ein Inhaberwechsel (Trade). Er wird wie eine Neuregistrierung berechnet, der Registrierungszeitraum beginnt neu, und er erfordert den Transfercode, den DNS Belgium dem bisherigen Inhaber per E-Mail schickt.",
    ],
    // OrgToPrivate
    [
        "A private individual takes over from an organisation (even its former contact person), so this is a change of holder (trade). It is billed like a new registration, the registration period starts again, and it needs the authorisation code that DNS Belgium e-mails to the current holder.",
        "Een particulier neemt over van een organisatie (ook de vroegere contactpersoon), dus dit is een houderswijziging (trade). Die wordt aangerekend als een nieuwe registratie, de registratieperiode begint opnieuw, en er is de transfercode voor nodig die DNS Belgium naar de huidige houder mailt.",
        "Un particulier reprend le domaine d’une organisation (même son ancienne personne de contact)\u{a0}: c’est un changement de titulaire (trade). Il est facturé comme un nouvel enregistrement, la période d’enregistrement recommence, et il faut le code de transfert que DNS Belgium envoie par e-mail au titulaire actuel.",
        "Eine Privatperson übernimmt von einer Organisation (auch deren frühere Kontaktperson), also ist das ein Inhaberwechsel (Trade). Er wird wie eine Neuregistrierung berechnet, der Registrierungszeitraum beginnt neu, und er erfordert den Transfercode, den DNS Belgium dem bisherigen Inhaber per E-Mail schickt.",
    ],
    // PrivateToOtherPrivate
    [
        "Another person becomes the holder, so this is a change of holder (trade). It is billed like a new registration, the registration period starts again, and it needs the authorisation code that DNS Belgium e-mails to the current holder.",
        "Een andere persoon wordt houder, dus dit is een houderswijziging (trade). Die wordt aangerekend als een nieuwe registratie, de registratieperiode begint opnieuw, en er is de transfercode voor nodig die DNS Belgium naar de huidige houder mailt.",
        "Une autre personne devient titulaire\u{a0}: c’est un changement de titulaire (trade). Il est facturé comme un nouvel enregistrement, la période d’enregistrement recommence, et il faut le code de transfert que DNS Belgium envoie par e-mail au titulaire actuel.",
        "Eine andere Person wird Inhaber, also ist das ein Inhaberwechsel (Trade). Er wird wie eine Neuregistrierung berechnet, der Registrierungszeitraum beginnt neu, und er erfordert den Transfercode, den DNS Belgium dem bisherigen Inhaber per E-Mail schickt.",
    ],
    // PrivateToOrg
    [
        "An organisation takes over from a private individual (even if that person is its contact), so this is a change of holder (trade). It is billed like a new registration, the registration period starts again, and it needs the authorisation code that DNS Belgium e-mails to the current holder.",
        "Een organisatie neemt over van een particulier (ook als die persoon haar contactpersoon is), dus dit is een houderswijziging (trade). Die wordt aangerekend als een nieuwe registratie, de registratieperiode begint opnieuw, en er is de transfercode voor nodig die DNS Belgium naar de huidige houder mailt.",
        "Une organisation reprend le domaine d’un particulier (même si cette personne est sa personne de contact)\u{a0}: c’est un changement de titulaire (trade). Il est facturé comme un nouvel enregistrement, la période d’enregistrement recommence, et il faut le code de transfert que DNS Belgium envoie par e-mail au titulaire actuel.",
        "Eine Organisation übernimmt von einer Privatperson (auch wenn diese Person ihr Kontakt ist), also ist das ein Inhaberwechsel (Trade). Er wird wie eine Neuregistrierung berechnet, der Registrierungszeitraum beginnt neu, und er erfordert den Transfercode, den DNS Belgium dem bisherigen Inhaber per E-Mail schickt.",
    ],
    // LegalEntityUnconfirmed
    [
        "The new details have no valid VAT number (the current one is {vat}), so nothing confirms that the holder stays the same organisation. Fill in its VAT number: if it is still {vat}, this is an ordinary update of the details, free of charge. Until then the change counts as a change of holder (trade): it is billed like a new registration, the registration period starts again, and it needs the authorisation code that DNS Belgium e-mails to the current holder.",
        "De nieuwe gegevens bevatten geen geldig btw-nummer (het huidige is {vat}), dus niets bevestigt dat de houder dezelfde organisatie blijft. Vul het btw-nummer in: is het nog altijd {vat}, dan is dit een gewone wijziging (update) van de gegevens, gratis. Tot dan geldt de wijziging als een houderswijziging (trade): die wordt aangerekend als een nieuwe registratie, de registratieperiode begint opnieuw, en er is de transfercode voor nodig die DNS Belgium naar de huidige houder mailt.",
        "Les nouvelles données ne contiennent pas de numéro de TVA valable (l’actuel est {vat})\u{a0}: rien ne confirme que le titulaire reste la même organisation. Indiquez son numéro de TVA\u{a0}: s’il est toujours {vat}, c’est une mise à jour ordinaire des données, gratuite. D’ici là, la modification compte comme un changement de titulaire (trade)\u{a0}: il est facturé comme un nouvel enregistrement, la période d’enregistrement recommence, et il faut le code de transfert que DNS Belgium envoie par e-mail au titulaire actuel.",
        "Die neuen Angaben enthalten keine gültige USt-IdNr. (die bisherige ist {vat}), also bestätigt nichts, dass der Inhaber dieselbe Organisation bleibt. Tragen Sie die USt-IdNr. ein: Lautet sie weiterhin {vat}, ist das eine normale Aktualisierung der Angaben, kostenlos. Bis dahin gilt die Änderung als Inhaberwechsel (Trade): Er wird wie eine Neuregistrierung berechnet, der Registrierungszeitraum beginnt neu, und er erfordert den Transfercode, den DNS Belgium dem bisherigen Inhaber per E-Mail schickt.",
    ],
    // RevokeProcedureUpdate
    [
        "The domain is in the revocation procedure, so the new name is sent as an ordinary update, without a change of holder (trade).",
        "De domeinnaam zit in de intrekkingsprocedure, dus de nieuwe naam wordt als gewone wijziging (update) verstuurd, zonder houderswijziging (trade).",
        "Le domaine fait l’objet de la procédure de révocation\u{a0}: le nouveau nom est envoyé par une mise à jour ordinaire, sans changement de titulaire (trade).",
        "Die Domain befindet sich im Widerrufsverfahren, daher wird der neue Name als normale Aktualisierung gesendet, ohne Inhaberwechsel (Trade).",
    ],
    // MonitoredUpdateApproved
    [
        "DNS Belgium approved a monitored update: the name is corrected without a change of holder (trade), and the registration period stays as it is.",
        "DNS Belgium keurde een gecontroleerde wijziging (monitored update) goed: de naam wordt verbeterd zonder houderswijziging (trade), en de registratieperiode blijft zoals ze is.",
        "DNS Belgium a approuvé une mise à jour contrôlée (monitored update)\u{a0}: le nom est corrigé sans changement de titulaire (trade), et la période d’enregistrement reste inchangée.",
        "DNS Belgium hat eine geprüfte Aktualisierung (Monitored Update) genehmigt: Der Name wird ohne Inhaberwechsel (Trade) korrigiert, und der Registrierungszeitraum bleibt unverändert.",
    ],
    // OtherVatNumber
    [
        "The new VAT number ({newVat}) is not the current one ({vat}): a different VAT number means a different organisation, even under the same name. So this is a change of holder (trade). It is billed like a new registration, the registration period starts again, and it needs the authorisation code that DNS Belgium e-mails to the current holder.",
        "Het nieuwe btw-nummer ({newVat}) is niet het huidige ({vat}): een ander btw-nummer betekent een andere organisatie, ook onder dezelfde naam. Dit is dus een houderswijziging (trade). Die wordt aangerekend als een nieuwe registratie, de registratieperiode begint opnieuw, en er is de transfercode voor nodig die DNS Belgium naar de huidige houder mailt.",
        "Le nouveau numéro de TVA ({newVat}) n’est pas l’actuel ({vat})\u{a0}: un autre numéro de TVA, c’est une autre organisation, même sous le même nom. C’est donc un changement de titulaire (trade). Il est facturé comme un nouvel enregistrement, la période d’enregistrement recommence, et il faut le code de transfert que DNS Belgium envoie par e-mail au titulaire actuel.",
        "Die neue USt-IdNr. ({newVat}) ist nicht die bisherige ({vat}): Eine andere USt-IdNr. bedeutet eine andere Organisation, auch unter demselben Namen. Das ist also ein Inhaberwechsel (Trade). Er wird wie eine Neuregistrierung berechnet, der Registrierungszeitraum beginnt neu, und er erfordert den Transfercode, den DNS Belgium dem bisherigen Inhaber per E-Mail schickt.",
    ],
    // NameOnly
    [
        "The current details have no valid VAT number to compare with, so this rests on the organisation’s name alone: if another organisation takes over, it is a change of holder (trade) instead.",
        "De huidige gegevens hebben geen geldig btw-nummer om mee te vergelijken, dus dit steunt alleen op de naam van de organisatie: neemt een andere organisatie over, dan is een houderswijziging (trade) nodig.",
        "Les données actuelles n’ont pas de numéro de TVA valable auquel comparer\u{a0}: cela repose donc sur le seul nom de l’organisation. Si une autre organisation reprend le domaine, il faut un changement de titulaire (trade).",
        "Die bisherigen Angaben haben keine gültige USt-IdNr. zum Vergleich, daher beruht das nur auf dem Namen der Organisation: Übernimmt eine andere Organisation, ist ein Inhaberwechsel (Trade) nötig.",
    ],
    // TypoCorrection
    [
        "This looks like the correction of a typo. Instead of a change of holder (trade), you can ask DNS Belgium for a monitored update (€25 excl. VAT per domain), with proof of the correct name.",
        "Dit lijkt op de verbetering van een tikfout. In plaats van een houderswijziging (trade) kunt u DNS Belgium om een gecontroleerde wijziging (monitored update) vragen (€ 25 excl. btw per domeinnaam), met een bewijs van de juiste naam.",
        "Cela ressemble à la correction d’une faute de frappe. Au lieu d’un changement de titulaire (trade), vous pouvez demander à DNS Belgium une mise à jour contrôlée (monitored update), à 25\u{a0}€ HTVA par domaine, avec une preuve du nom correct.",
        "Das sieht nach der Korrektur eines Tippfehlers aus. Statt per Inhaberwechsel (Trade) können Sie bei DNS Belgium eine geprüfte Aktualisierung (Monitored Update) beantragen, für 25 € zzgl. MwSt. je Domain, mit einem Nachweis des richtigen Namens.",
    ],
    // SameVatNumber
    [
        "The organisation keeps its VAT number, so this may be a company that was renamed. Instead of a change of holder (trade), you can ask DNS Belgium for a monitored update (€25 excl. VAT per domain), with an extract from the Belgian Official Gazette or the KBO.",
        "De organisatie behoudt haar btw-nummer, dus dit kan een bedrijf zijn dat van naam veranderde. In plaats van een houderswijziging (trade) kunt u DNS Belgium om een gecontroleerde wijziging (monitored update) vragen (€ 25 excl. btw per domeinnaam), met een uittreksel uit het Belgisch Staatsblad of de KBO.",
        "L’organisation garde son numéro de TVA\u{a0}: il peut s’agir d’une société qui a changé de nom. Au lieu d’un changement de titulaire (trade), vous pouvez demander à DNS Belgium une mise à jour contrôlée (monitored update), à 25\u{a0}€ HTVA par domaine, avec un extrait du Moniteur belge ou de la BCE.",
        "Die Organisation behält ihre USt-IdNr., es könnte also ein umbenanntes Unternehmen sein. Statt per Inhaberwechsel (Trade) können Sie bei DNS Belgium eine geprüfte Aktualisierung (Monitored Update) beantragen, für 25 € zzgl. MwSt. je Domain, mit einem Auszug aus dem Belgischen Staatsblatt oder der ZDU.",
    ],
    // LegalFormChange
    [
        "Only the legal form in the organisation’s name changes. If the organisation keeps its enterprise number, it is the same organisation: instead of a change of holder (trade), you can ask DNS Belgium for a monitored update (€25 excl. VAT per domain), with the publication in the Belgian Official Gazette or an extract from the KBO.",
        "Alleen de rechtsvorm in de naam van de organisatie verandert. Behoudt de organisatie haar ondernemingsnummer, dan is het dezelfde organisatie: in plaats van een houderswijziging (trade) kunt u DNS Belgium om een gecontroleerde wijziging (monitored update) vragen (€ 25 excl. btw per domeinnaam), met de publicatie in het Belgisch Staatsblad of een uittreksel uit de KBO.",
        "Seule la forme juridique dans le nom de l’organisation change. Si l’organisation garde son numéro d’entreprise, c’est la même organisation\u{a0}: au lieu d’un changement de titulaire (trade), vous pouvez demander à DNS Belgium une mise à jour contrôlée (monitored update), à 25\u{a0}€ HTVA par domaine, avec la publication au Moniteur belge ou un extrait de la BCE.",
        "Nur die Rechtsform im Namen der Organisation ändert sich. Behält die Organisation ihre Unternehmensnummer, ist es dieselbe Organisation: Statt per Inhaberwechsel (Trade) können Sie bei DNS Belgium eine geprüfte Aktualisierung (Monitored Update) beantragen, für 25 € zzgl. MwSt. je Domain, mit der Veröffentlichung im Belgischen Staatsblatt oder einem Auszug aus der ZDU.",
    ],
    // WhoisOrganisation
    [
        "For an organisation, its name and address are public: anyone can look them up in DNS Belgium’s WHOIS. The contact person’s name, e-mail address and phone number stay hidden.",
        "Voor een organisatie zijn naam en adres openbaar: iedereen kan ze opzoeken in de WHOIS van DNS Belgium. Naam, e-mailadres en telefoonnummer van de contactpersoon blijven verborgen.",
        "Pour une organisation, le nom et l’adresse sont publics\u{a0}: tout le monde peut les consulter dans le WHOIS de DNS Belgium. Le nom, l’adresse e-mail et le numéro de téléphone de la personne de contact restent cachés.",
        "Bei einer Organisation sind Name und Adresse öffentlich: Jeder kann sie im WHOIS von DNS Belgium nachschlagen. Name, E-Mail-Adresse und Telefonnummer der Kontaktperson bleiben verborgen.",
    ],
    // WhoisPerson
    [
        "For a private individual, none of the details are shown in DNS Belgium’s public WHOIS.",
        "Voor een particulier toont de openbare WHOIS van DNS Belgium geen enkel gegeven.",
        "Pour un particulier, aucune donnée n’apparaît dans le WHOIS public de DNS Belgium.",
        "Bei einer Privatperson erscheinen im öffentlichen WHOIS von DNS Belgium keine Angaben.",
    ],
];

/// How many of [`SENTENCES`]' rows are the change table's decisions: one per `change::Rule`,
/// in its order (change.rs's tests hold the two to each other).
pub(crate) const DECISIONS: usize = 10;

/// The rows of [`SENTENCES`] after the decisions: the other VAT number, the name alone, the
/// monitored update's three reasons, the WHOIS's two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sentence {
    OtherVatNumber = DECISIONS as isize,
    NameOnly,
    TypoCorrection,
    SameVatNumber,
    LegalFormChange,
    WhoisOrganisation,
    WhoisPerson,
}

/// A sentence of [`Sentence`] in `lang`, with its placeholders as written.
pub(crate) fn sentence(s: Sentence, lang: Lang) -> &'static str {
    text(SENTENCES_AT + s as usize, lang)
}

/// The sentence of the change table's decision `row` (`change::Rule as usize`, below
/// [`DECISIONS`]) in `lang`.
pub(crate) fn decision(row: usize, lang: Lang) -> &'static str {
    text(SENTENCES_AT + row.min(DECISIONS - 1), lang)
}

/// A word of [`WORDS`] in `lang`.
fn word(w: Word, lang: Lang) -> &'static str {
    text(WORDS_AT + w as usize, lang)
}

/// The words and short phrases values are written with, in the order of [`Word`]: fix labels
/// ([`fix_label`]), list and range words ([`join`], [`lengths`]), quotation marks ([`quote`]),
/// the date's layout ([`human_date`]), what a value should have been ([`expected`]), the names
/// of characters ([`char_name`]) and of their replacements ([`replacement_name`]). Each in the
/// order of [`Lang::ALL`].
const WORDS: [[&str; 4]; Word::ThreeDots as usize + 1] = [
    ["Use {replacement}", "Gebruik {replacement}", "Utiliser {replacement}", "{replacement} verwenden"],
    ["Replace these characters", "Vervang deze tekens", "Remplacer ces caractères", "Diese Zeichen ersetzen"],
    [" and ", " en ", " et ", " und "],
    ["or", "of", "ou", "oder"],
    ["to", "tot", "à", "bis"],
    ["“", "‘", "«\u{a0}", "„"],
    ["”", "’", "\u{a0}»", "“"],
    ["/", "/", "/", "."],
    [" at ", " om ", " à ", " um "],
    ["", "", "", " Uhr"],
    ["an object", "een object", "Un objet", "ein Objekt"],
    ["a list", "een lijst", "Une liste", "eine Liste"],
    ["text", "tekst", "Du texte", "Text"],
    ["a space", "een spatie", "un espace", "ein Leerzeichen"],
    ["a non-breaking space", "een vaste spatie", "un espace insécable", "ein geschütztes Leerzeichen"],
    ["a tab", "een tab", "une tabulation", "ein Tabulator"],
    ["a line break", "een regeleinde", "un retour à la ligne", "ein Zeilenumbruch"],
    ["the curly apostrophe", "de gekrulde apostrof", "l’apostrophe typographique", "der typografische Apostroph"],
    ["the curly quotation mark", "het gekrulde aanhalingsteken", "le guillemet typographique", "das typografische Anführungszeichen"],
    ["the long dash", "het lange streepje", "le tiret long", "der Gedankenstrich"],
    ["a special hyphen", "een speciaal koppelteken", "un trait d’union spécial", "ein besonderer Bindestrich"],
    ["the minus sign", "het minteken", "le signe moins", "das Minuszeichen"],
    ["the ellipsis", "het weglatingsteken", "le signe de points de suspension", "das Auslassungszeichen"],
    ["a special space", "een speciale spatie", "un espace spécial", "ein besonderes Leerzeichen"],
    ["an invisible character", "een onzichtbaar teken", "un caractère invisible", "ein unsichtbares Zeichen"],
    ["an emoji", "een emoji", "un émoji", "ein Emoji"],
    ["the straight apostrophe '", "de rechte apostrof '", "l’apostrophe droite '", "den geraden Apostroph '"],
    ["straight quotation marks \"", "rechte aanhalingstekens \"", "des guillemets droits \"", "gerade Anführungszeichen \""],
    ["a hyphen -", "een koppelteken -", "un trait d’union -", "einen Bindestrich -"],
    ["three dots ...", "drie punten ...", "trois points ...", "drei Punkte ..."],
];

/// The rows of [`WORDS`].
#[derive(Clone, Copy)]
enum Word {
    FixOne,
    FixSeveral,
    And,
    Or,
    To,
    QuoteOpen,
    QuoteClose,
    DateSeparator,
    DateAt,
    DateAfter,
    AnObject,
    AList,
    Text,
    Space,
    NonBreakingSpace,
    Tab,
    LineBreak,
    CurlyApostrophe,
    CurlyQuotationMark,
    LongDash,
    SpecialHyphen,
    MinusSign,
    Ellipsis,
    SpecialSpace,
    Invisible,
    Emoji,
    StraightApostrophe,
    StraightQuotationMarks,
    Hyphen,
    ThreeDots,
}

/// Whose texts: every check's (the crate, the package's main entry), the `dotbe-rules/registrant`
/// entry's (feature `registrant-entry`: only registrants validated) or the audit entry's (feature
/// `audit-entry`: registrants and the audit, no decision).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entry {
    All,
    Registrant,
    Audit,
}

impl Entry {
    /// The entry this build is.
    const THIS: Entry = if cfg!(feature = "registrant-entry") {
        Entry::Registrant
    } else if cfg!(feature = "audit-entry") {
        Entry::Audit
    } else {
        Entry::All
    };

    /// The set a pack's first line names (` registrant`, ` all`).
    const fn set(self) -> &'static str {
        match self {
            Entry::Registrant => " registrant",
            _ => " all",
        }
    }
}

/// Whether `entry` needs text `id`: the registrant entry leaves out the messages of the other
/// checks' codes, which it can never give (`issue::raised_by_registrant` lists the ones it can;
/// tests keep that list complete), and the decisions' sentences; the audit entry leaves out the
/// sentences. So they are out of a signup form's download.
const fn needed(id: usize, entry: Entry) -> bool {
    match entry {
        Entry::All => true,
        Entry::Audit => id < SENTENCES_AT,
        Entry::Registrant => (id >= ALSO && id < SENTENCES_AT) || (id < ALSO && crate::issue::raised_by_registrant(Code::ALL[id])),
    }
}

/// Every text as data, made at compile time: a lookup instead of a `match` that builds the four
/// strings in code (measured 2026-12-01 on the signup entry's wasm: the match compiled to about
/// 4.9 KB of code). The package's wasm (feature `message-packs`) carries no text at all: each
/// language is a pack of its own ([`pack`]), which a page loads for the languages it shows.
#[cfg(not(all(feature = "message-packs", target_arch = "wasm32")))]
static TABLE: [[&str; 4]; TEXTS] = {
    let mut table = [[""; 4]; TEXTS];
    let mut i = 0;
    while i < TEXTS {
        if needed(i, Entry::THIS) {
            table[i] = all_texts(i);
        }
        i += 1;
    }
    table
};

/// The separator of a pack's texts (no text has one: a test makes sure).
const SEPARATOR: char = '\n';

/// One language's texts as one string: its tag and set (`nl registrant`, `nl all`: the texts
/// of the registrant entry, or of every check), then every text of [`TEXTS`] in id order
/// (empty where the set has none), each line one text. The npm package's `messages/` files
/// hold these (src/boundary/codegen.rs); natively every text is in the table.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub(crate) fn pack(lang: Lang, entry: Entry) -> String {
    let mut out = String::from(lang.as_str());
    out.push_str(entry.set());
    for id in 0..TEXTS {
        out.push(SEPARATOR);
        if needed(id, entry) {
            out.push_str(all_texts(id)[lang.index()]);
        }
    }
    out
}

/// The installed packs, by language.
#[cfg(all(feature = "message-packs", target_arch = "wasm32"))]
static PACKS: [std::sync::OnceLock<Vec<&'static str>>; 4] = [const { std::sync::OnceLock::new() }; 4];

/// Installs a pack ([`pack`]); an error if it is not one of this build's set. Installing a
/// language twice keeps the first.
#[cfg(all(feature = "message-packs", target_arch = "wasm32"))]
pub(crate) fn install_pack(text: String) -> Result<(), &'static str> {
    let set = Entry::THIS.set();
    let head = text.split(SEPARATOR).next().unwrap_or("");
    let lang = Lang::ALL.iter().copied().find(|l| head.len() == 2 + set.len() && head.starts_with(l.as_str()) && head.ends_with(set));
    let Some(lang) = lang.filter(|_| text.split(SEPARATOR).count() == TEXTS + 1) else {
        return Err("these messages are not this entry's (each entry loads its own messages/ files)");
    };
    // Kept for the module's life (the texts are borrowed by every message): only the first of
    // a language.
    if PACKS[lang.index()].get().is_none() {
        let text: &'static str = text.leak();
        let _ = PACKS[lang.index()].set(text.split(SEPARATOR).skip(1).collect());
    }
    Ok(())
}

const fn all_templates(code: Code) -> [&'static str; 4] {
    match code {
        Code::InvalidType => [
            "Expected {expected} here (received: {found}).",
            "Hier wordt {expected} verwacht (ontvangen: {found}).",
            "{expected} attendu ici (reçu\u{a0}: {found}).",
            "Hier wird {expected} erwartet (erhalten: {found}).",
        ],
        Code::Required => [
            "Please fill in this field.",
            "Vul dit veld in.",
            "Veuillez remplir ce champ.",
            "Bitte füllen Sie dieses Feld aus.",
        ],
        Code::TooLong => [
            "Too long: at most {max} characters.",
            "Te lang: hoogstens {max} tekens.",
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
            "An authorisation code has digits only, and this is not one: {char} (at position {position}).",
            "Een transfercode bestaat enkel uit cijfers, en dit is er geen: {char} (op positie {position}).",
            "Un code de transfert ne contient que des chiffres, et ceci n’en est pas un\u{a0}: {char} (en position {position}).",
            "Ein Transfercode besteht nur aus Ziffern, und das hier ist keine: {char} (an Stelle {position}).",
        ],
        Code::AuthCodeDigitCount => [
            "An authorisation code has 15 digits, in five groups of three (123-456-789-012-345); you entered {count}.",
            "Een transfercode telt 15 cijfers, in vijf groepen van drie (123-456-789-012-345); u gaf er {count} in.",
            "Un code de transfert compte 15 chiffres, en cinq groupes de trois (123-456-789-012-345)\u{a0}; vous en avez saisi {count}.",
            "Ein Transfercode hat 15 Ziffern in fünf Dreiergruppen (123-456-789-012-345); Sie haben {count} eingegeben.",
        ],
        Code::AuthCodeNotExternal => [
            "This looks like an internal code from your provider. This step needs the 15-digit authorisation code that DNS Belgium e-mails to the holder.",
            "Dit lijkt een interne code van uw provider. Voor deze stap is de transfercode van 15 cijfers nodig die DNS Belgium naar de houder mailt.",
            "Ceci ressemble à un code interne de votre fournisseur. Cette étape exige le code de transfert à 15 chiffres que DNS Belgium envoie par e-mail au titulaire.",
            "Das sieht nach einem internen Code Ihres Anbieters aus. Für diesen Schritt brauchen Sie den 15-stelligen Transfercode, den DNS Belgium dem Inhaber per E-Mail schickt.",
        ],
        Code::InternalCodeCharacter => [
            "An internal code cannot contain this: {char} (at position {position}). Copy the code exactly as your provider shows it.",
            "Een interne code kan dit niet bevatten: {char} (op positie {position}). Kopieer de code precies zoals uw provider hem toont.",
            "Un code interne ne peut pas contenir ceci\u{a0}: {char} (en position {position}). Copiez le code exactement tel que votre fournisseur l’affiche.",
            "Ein interner Code kann das nicht enthalten: {char} (an Stelle {position}). Kopieren Sie den Code genau so, wie Ihr Anbieter ihn anzeigt.",
        ],
        Code::AuthCodeExpired => [
            "This code expired on {date}: a code is valid for 7 days. Request a new one; DNS Belgium e-mails it to the holder.",
            "Deze code is verlopen op {date}: een code is 7 dagen geldig. Vraag een nieuwe aan; DNS Belgium mailt die naar de houder.",
            "Ce code a expiré le {date}\u{a0}: un code est valable 7 jours. Demandez-en un nouveau\u{a0}; DNS Belgium l’envoie par e-mail au titulaire.",
            "Dieser Code ist am {date} abgelaufen: Ein Code gilt 7 Tage. Fordern Sie einen neuen an; DNS Belgium schickt ihn dem Inhaber per E-Mail.",
        ],
        Code::AuthCodeExpiring => [
            "This code expires on {date}, within 24 hours: complete the transfer before then.",
            "Deze code verloopt op {date}, binnen 24 uur: rond de verhuizing vóór dat moment af.",
            "Ce code expire le {date}, dans moins de 24 heures\u{a0}: finalisez le transfert d’ici là.",
            "Dieser Code läuft am {date} ab, also innerhalb von 24 Stunden: Schließen Sie den Transfer vorher ab.",
        ],
        Code::AuthCodeIssuedInFuture => [
            "The code’s issue date ({date}) lies in the future, so its expiry cannot be checked. Please check the date.",
            "De datum waarop de code is uitgereikt ({date}), ligt in de toekomst, dus kan niet worden nagegaan wanneer hij vervalt. Controleer de datum.",
            "La date d’émission du code ({date}) se situe dans le futur\u{a0}: impossible de vérifier son expiration. Vérifiez la date.",
            "Das Ausstellungsdatum des Codes ({date}) liegt in der Zukunft, daher lässt sich der Ablauf nicht prüfen. Bitte prüfen Sie das Datum.",
        ],
        Code::UnknownField => [
            "“{field}” is not a field of the holder’s details and was not checked; is the name misspelt?",
            "‘{field}’ is geen veld van de gegevens van de houder en werd niet gecontroleerd; is de naam verkeerd gespeld?",
            "«\u{a0}{field}\u{a0}» n’est pas un champ des coordonnées du titulaire et n’a pas été vérifié\u{a0}; le nom est-il mal orthographié\u{a0}?",
            "„{field}“ ist kein Feld der Angaben zum Inhaber und wurde nicht geprüft; ist der Name falsch geschrieben?",
        ],
        Code::LongerThanAdvised => [
            "Longer than the {max} characters DNS Belgium used to allow; some registrars’ systems may cut it off.",
            "Langer dan de {max} tekens die DNS Belgium vroeger toeliet; sommige systemen van registrars kunnen het afkappen.",
            "Plus long que les {max} caractères autrefois admis par DNS Belgium\u{a0}; certains systèmes de registrars risquent de le tronquer.",
            "Länger als die {max} Zeichen, die DNS Belgium früher zuließ; manche Systeme von Registraren kürzen es womöglich.",
        ],
        Code::Charset => [
            "DNS Belgium does not accept this character: {char} (at position {position}).[ Type {replacement} instead.| Only the letters and signs of Western European languages are accepted.]",
            "DNS Belgium aanvaardt dit teken niet: {char} (op positie {position}).[ Gebruik in plaats daarvan {replacement}.| Alleen letters en tekens van West-Europese talen worden aanvaard.]",
            "DNS Belgium n’accepte pas ce caractère\u{a0}: {char} (en position {position}).[ Tapez plutôt {replacement}.| Seuls les lettres et signes des langues d’Europe occidentale sont acceptés.]",
            "Dieses Zeichen nimmt DNS Belgium nicht an: {char} (an Stelle {position}).[ Geben Sie stattdessen {replacement} ein.| Angenommen werden nur Buchstaben und Zeichen westeuropäischer Sprachen.]",
        ],
        Code::AtSignOutsideEmail => [
            "The @ sign belongs in the e-mail address only.",
            "Het @-teken hoort alleen in het e-mailadres.",
            "Le signe @ n’a sa place que dans l’adresse e-mail.",
            "Das @-Zeichen gehört nur in die E-Mail-Adresse.",
        ],
        Code::TooManyLines => [
            "An address has at most {max} street lines.",
            "Een adres heeft hoogstens {max} straatregels.",
            "Une adresse comporte au plus {max} lignes de rue.",
            "Eine Adresse hat höchstens {max} Straßenzeilen.",
        ],
        Code::PostalCodeFormat => [
            "{country}: a postal code [has {digits} digits, such as {example}|looks like {example}][ (without “{countryPrefix}” in front)].",
            "{country}: een postcode [heeft {digits} cijfers, zoals {example}|ziet eruit als {example}][ (zonder ‘{countryPrefix}’ ervoor)].",
            "{country}\u{a0}: un code postal [compte {digits} chiffres, par exemple {example}|s’écrit comme {example}][ (sans «\u{a0}{countryPrefix}\u{a0}» devant)].",
            "{country}: Eine Postleitzahl [hat {digits} Ziffern, etwa {example}|sieht so aus: {example}][ (ohne „{countryPrefix}“ davor)].",
        ],
        Code::CountryUnknown => [
            "[Use the country’s two-letter ISO code: {suggestion} ({country}).|Unknown country: use its two-letter ISO code, such as BE or NL.]",
            "[Gebruik voor dit land de ISO-code van twee letters: {suggestion} ({country}).|Onbekend land: gebruik de ISO-code van twee letters, zoals BE of NL.]",
            "[Utilisez le code ISO à deux lettres du pays\u{a0}: {suggestion} ({country}).|Pays inconnu\u{a0}: utilisez son code ISO à deux lettres, comme BE ou NL.]",
            "[Verwenden Sie den zweistelligen ISO-Code des Landes: {suggestion} ({country}).|Unbekanntes Land: Verwenden Sie den zweistelligen ISO-Code, etwa BE oder NL.]",
        ],
        Code::PhoneFormat => [
            "[Enter the whole phone number, starting with {trunk} or with +{prefix}.|Enter the full phone number with its country code, such as +32 475 12 34 56.]",
            "[Geef het volledige telefoonnummer in, beginnend met {trunk} of met +{prefix}.|Geef het volledige telefoonnummer met landcode in, zoals +32 475 12 34 56.]",
            "[Saisissez le numéro de téléphone complet, en commençant par {trunk} ou par +{prefix}.|Saisissez le numéro de téléphone complet avec l’indicatif du pays, par exemple +32 475 12 34 56.]",
            "[Geben Sie die vollständige Telefonnummer ein, beginnend mit {trunk} oder mit +{prefix}.|Geben Sie die vollständige Telefonnummer mit Landesvorwahl ein, etwa +32 475 12 34 56.]",
        ],
        Code::PhoneCharacter => [
            "A phone number has only digits, spaces and a + at the start; this does not belong in it: {char} (at position {position}).",
            "Een telefoonnummer bevat enkel cijfers, spaties en een + vooraan; dit hoort er niet in: {char} (op positie {position}).",
            "Un numéro de téléphone ne contient que des chiffres, des espaces et un + au début\u{a0}; ceci n’y a pas sa place\u{a0}: {char} (en position {position}).",
            "Eine Telefonnummer besteht nur aus Ziffern, Leerzeichen und einem + am Anfang; das gehört nicht hinein: {char} (an Stelle {position}).",
        ],
        Code::PhoneCallingCodeUnknown => [
            "No country has the country code +{prefix}. Check the digits after the +.",
            "Geen enkel land heeft landcode +{prefix}. Controleer de cijfers na de +.",
            "Aucun pays n’a l’indicatif +{prefix}. Vérifiez les chiffres après le +.",
            "Kein Land hat die Landesvorwahl +{prefix}. Prüfen Sie die Ziffern nach dem +.",
        ],
        Code::PhoneLength => [
            "[With the leading {trunk}, a phone number has|After +{prefix}, a phone number has] {lengths} digits; this one has {count}.",
            "[Met de {trunk} vooraan telt een telefoonnummer|Na +{prefix} telt een telefoonnummer] {lengths} cijfers; dit heeft er {count}.",
            "[Avec le {trunk} initial, un numéro de téléphone compte|Après +{prefix}, un numéro de téléphone compte] {lengths} chiffres\u{a0}; celui-ci en a {count}.",
            "[Mit der führenden {trunk} hat eine Telefonnummer|Nach +{prefix} hat eine Telefonnummer] {lengths} Ziffern; diese hat {count}.",
        ],
        Code::EmailFormat => [
            "This is not a valid e-mail address: it should look like name@example.be.",
            "Dit is geen geldig e-mailadres: het moet eruitzien als naam@voorbeeld.be.",
            "Ce n’est pas une adresse e-mail valable\u{a0}: elle doit avoir la forme nom@exemple.be.",
            "Das ist keine gültige E-Mail-Adresse. So sieht eine aus: name@beispiel.be.",
        ],
        Code::EmailCharacter => [
            "An e-mail address cannot contain this: {char} (at position {position}).[ Type {replacement} instead.]",
            "Een e-mailadres kan dit niet bevatten: {char} (op positie {position}).[ Gebruik in plaats daarvan {replacement}.]",
            "Une adresse e-mail ne peut pas contenir ceci\u{a0}: {char} (en position {position}).[ Tapez plutôt {replacement}.]",
            "Eine E-Mail-Adresse kann das nicht enthalten: {char} (an Stelle {position}).[ Geben Sie stattdessen {replacement} ein.]",
        ],
        Code::EmailDomainCharacter => [
            "The domain of this e-mail address cannot contain this character: {char} (at position {position}).",
            "Het domein van dit e-mailadres kan dit teken niet bevatten: {char} (op positie {position}).",
            "Le domaine de cette adresse e-mail ne peut pas contenir ce caractère\u{a0}: {char} (en position {position}).",
            "Die Domain dieser E-Mail-Adresse kann dieses Zeichen nicht enthalten: {char} (an Stelle {position}).",
        ],
        Code::EmailDomainEncoding => [
            "The domain of this e-mail address has a part that starts with xn-- but is not a valid name: copy the address again.",
            "Het domein van dit e-mailadres heeft een deel dat met xn-- begint maar geen geldige naam is: kopieer het adres opnieuw.",
            "Le domaine de cette adresse e-mail contient une partie qui commence par xn-- mais n’est pas un nom valable\u{a0}: recopiez l’adresse.",
            "Die Domain dieser E-Mail-Adresse hat einen Teil, der mit xn-- beginnt, aber kein gültiger Name ist: Kopieren Sie die Adresse erneut.",
        ],
        Code::EmailDomainCombination => [
            "The domain of this e-mail address mixes characters in a way domain names do not allow, such as letters written from right to left (Arabic, Hebrew) and from left to right in one part of the name.",
            "Het domein van dit e-mailadres mengt tekens op een manier die domeinnamen niet toelaten, zoals letters die van rechts naar links worden geschreven (Arabisch, Hebreeuws) en van links naar rechts in één deel van de naam.",
            "Le domaine de cette adresse e-mail mélange des caractères d’une façon que les noms de domaine n’admettent pas, comme des lettres qui s’écrivent de droite à gauche (arabe, hébreu) et de gauche à droite dans une même partie du nom.",
            "Die Domain dieser E-Mail-Adresse mischt Zeichen so, wie es Domainnamen nicht erlauben, etwa Buchstaben, die von rechts nach links geschrieben werden (Arabisch, Hebräisch), und solche von links nach rechts in einem Teil des Namens.",
        ],
        Code::EmailTypo => [
            "Did you mean {suggestion}? E-mail from DNS Belgium to a misspelt address never arrives.",
            "Bedoelt u {suggestion}? E-mail van DNS Belgium naar een verkeerd gespeld adres komt nooit aan.",
            "Vouliez-vous dire {suggestion}\u{a0}? Un e-mail de DNS Belgium envoyé à une adresse mal orthographiée n’arrive jamais.",
            "Meinten Sie {suggestion}? E-Mails von DNS Belgium an eine falsch geschriebene Adresse kommen nie an.",
        ],
        Code::EmailInRegisteredDomain => [
            "This address is inside {domain}, the domain being registered: until that domain works, the holder cannot receive e-mail from DNS Belgium (authorisation codes, verification).",
            "Dit adres hoort bij {domain}, de domeinnaam die wordt geregistreerd: zolang die niet werkt, krijgt de houder de e-mails van DNS Belgium (transfercodes, verificatie) niet.",
            "Cette adresse appartient à {domain}, le domaine en cours d’enregistrement\u{a0}: tant que ce domaine ne fonctionne pas, le titulaire ne reçoit pas les e-mails de DNS Belgium (codes de transfert, vérification).",
            "Diese Adresse liegt in {domain}, der Domain, die registriert wird: Solange diese nicht funktioniert, erhält der Inhaber keine E-Mails von DNS Belgium (Transfercodes, Verifizierung).",
        ],
        Code::EmailDomainReserved => [
            "An address at {domain} can never receive e-mail: that domain is reserved for examples, tests or local networks. Enter an address the holder reads.",
            "Een adres bij {domain} kan nooit e-mail ontvangen: dat domein is voorbehouden voor voorbeelden, tests of lokale netwerken. Geef een adres in dat de houder leest.",
            "Une adresse chez {domain} ne peut jamais recevoir d’e-mails\u{a0}: ce domaine est réservé aux exemples, aux tests ou aux réseaux locaux. Indiquez une adresse que le titulaire consulte.",
            "Eine Adresse bei {domain} kann nie E-Mails empfangen: Diese Domain ist für Beispiele, Tests oder lokale Netze reserviert. Geben Sie eine Adresse an, die der Inhaber liest.",
        ],
        Code::VatRequired => [
            "Organisations in the EU and EEA must give their VAT number (or PENDING if it has been applied for).",
            "Organisaties in de EU en de EER moeten hun btw-nummer opgeven (of PENDING als het is aangevraagd).",
            "Les organisations de l’UE et de l’EEE doivent indiquer leur numéro de TVA (ou PENDING s’il a été demandé).",
            "Organisationen in der EU und im EWR müssen ihre USt-IdNr. angeben (oder PENDING, wenn sie beantragt ist).",
        ],
        Code::VatFormat => [
            "This is not a valid VAT number for the country of the address ({country}).",
            "Dit is geen geldig btw-nummer voor het land van het adres ({country}).",
            "Ce n’est pas un numéro de TVA valable pour le pays de l’adresse ({country}).",
            "Das ist keine gültige USt-IdNr. für das Land der Adresse ({country}).",
        ],
        Code::VatChecksum => [
            "The check digits of this enterprise number are wrong: it is not a real Belgian VAT number. Look it up in the KBO/BCE.",
            "De controlecijfers van dit ondernemingsnummer kloppen niet: het is geen echt Belgisch btw-nummer. Zoek het op in de KBO.",
            "Les chiffres de contrôle de ce numéro d’entreprise sont erronés\u{a0}: ce n’est pas un vrai numéro de TVA belge. Vérifiez-le dans la BCE.",
            "Die Prüfziffern dieser Unternehmensnummer stimmen nicht: Es ist keine echte belgische USt-IdNr. Prüfen Sie sie in der ZDU.",
        ],
        Code::VatCountryMismatch => [
            "This VAT number belongs to another country ({vatCountry}) than the address ({country}).",
            "Dit btw-nummer hoort bij een ander land ({vatCountry}) dan het adres ({country}).",
            "Ce numéro de TVA appartient à un autre pays ({vatCountry}) que l’adresse ({country}).",
            "Diese USt-IdNr. gehört zu einem anderen Land ({vatCountry}) als die Adresse ({country}).",
        ],
        Code::VatPrefixWrong => [
            "For this country ({country}), VAT numbers start with {prefix}: {suggestion}.",
            "Voor dit land ({country}) beginnen btw-nummers met {prefix}: {suggestion}.",
            "Pour ce pays ({country}), les numéros de TVA commencent par {prefix}\u{a0}: {suggestion}.",
            "Für dieses Land ({country}) beginnt die USt-IdNr. mit {prefix}: {suggestion}.",
        ],
        Code::VatPending => [
            "With PENDING, DNS Belgium checks again after 3 months and may start the revocation procedure if there is still no VAT number.",
            "Met PENDING controleert DNS Belgium na 3 maanden opnieuw en kan het de intrekkingsprocedure starten als er dan nog geen btw-nummer is.",
            "Avec PENDING, DNS Belgium revérifie après 3 mois et peut lancer la procédure de révocation s’il n’y a toujours pas de numéro de TVA.",
            "Bei PENDING prüft DNS Belgium nach 3 Monaten erneut und kann das Widerrufsverfahren einleiten, wenn dann noch keine USt-IdNr. vorliegt.",
        ],
        Code::LanguageUnknown => [
            "DNS Belgium writes to the holder in Dutch (nl), French (fr) or English (en).",
            "DNS Belgium schrijft de houder in het Nederlands (nl), het Frans (fr) of het Engels (en).",
            "DNS Belgium écrit au titulaire en néerlandais (nl), en français (fr) ou en anglais (en).",
            "DNS Belgium schreibt dem Inhaber auf Niederländisch (nl), Französisch (fr) oder Englisch (en).",
        ],
        Code::Implausible => [
            "This looks like placeholder or made-up data. DNS Belgium withdraws domains registered with false data: please enter the real details.",
            "Dit lijkt op opvulgegevens of verzonnen gegevens. DNS Belgium trekt domeinnamen met valse gegevens in: vul de echte gegevens in.",
            "Cela ressemble à des données factices ou inventées. DNS Belgium retire les domaines enregistrés avec de fausses données\u{a0}: indiquez les vraies coordonnées.",
            "Das sieht nach Platzhalter- oder erfundenen Daten aus. DNS Belgium entzieht Domains mit falschen Daten: Bitte geben Sie die echten Angaben ein.",
        ],
        Code::DomainCharacter => [
            "A .be name cannot contain this: {char} (at position {position}).[ Type {replacement} instead.| Use a–z, digits, hyphens and the accented letters DNS Belgium allows (such as é, ç, ß).]",
            "Een .be-naam kan dit niet bevatten: {char} (op positie {position}).[ Gebruik in plaats daarvan {replacement}.| Gebruik a–z, cijfers, koppeltekens en de letters met accent die DNS Belgium toelaat (zoals é, ç, ß).]",
            "Un nom .be ne peut pas contenir ceci\u{a0}: {char} (en position {position}).[ Tapez plutôt {replacement}.| Utilisez a–z, des chiffres, des traits d’union et les lettres accentuées que DNS Belgium autorise (comme é, ç, ß).]",
            "Ein .be-Name kann das nicht enthalten: {char} (an Stelle {position}).[ Geben Sie stattdessen {replacement} ein.| Erlaubt sind a–z, Ziffern, Bindestriche und die Akzentbuchstaben, die DNS Belgium zulässt (etwa é, ç, ß).]",
        ],
        Code::DomainHyphenEdge => [
            "A name cannot start or end with a hyphen.",
            "Een naam kan niet met een koppelteken beginnen of eindigen.",
            "Un nom ne peut ni commencer ni finir par un trait d’union.",
            "Ein Name darf nicht mit einem Bindestrich beginnen oder enden.",
        ],
        Code::DomainHyphen34 => [
            "A name cannot have hyphens in both the 3rd and the 4th position: that is reserved for encoded (xn--) names.",
            "Een naam kan geen koppeltekens op zowel de 3e als de 4e positie hebben: dat is voorbehouden aan gecodeerde (xn--) namen.",
            "Un nom ne peut pas avoir de trait d’union à la fois en 3e et en 4e position\u{a0}: c’est réservé aux noms encodés (xn--).",
            "Ein Name darf nicht an 3. und 4. Stelle zugleich einen Bindestrich haben: Das ist kodierten (xn--) Namen vorbehalten.",
        ],
        Code::DomainIdnTooLong => [
            "Encoded for the DNS (xn--…), this name is {count} characters long; the limit is {max}. Use fewer accented letters or a shorter name.",
            "Gecodeerd voor de DNS (xn--…) is deze naam {count} tekens lang; de grens is {max}. Gebruik minder letters met accent of een kortere naam.",
            "Encodé pour le DNS (xn--…), ce nom compte {count} caractères\u{a0}; la limite est de {max}. Utilisez moins de lettres accentuées ou un nom plus court.",
            "Für das DNS kodiert (xn--…) ist dieser Name {count} Zeichen lang; die Grenze liegt bei {max}. Verwenden Sie weniger Akzentbuchstaben oder einen kürzeren Namen.",
        ],
        Code::DomainPunycode => [
            "This xn-- name is not a valid encoding of a .be name.",
            "Deze xn--naam is geen geldige codering van een .be-naam.",
            "Ce nom xn-- n’est pas un encodage valable d’un nom .be.",
            "Dieser xn--Name ist keine gültige Kodierung eines .be-Namens.",
        ],
        Code::DomainNotBe => [
            "Only .be names can be registered here.",
            "Hier kunnen alleen .be-namen worden geregistreerd.",
            "Seuls des noms .be peuvent être enregistrés ici.",
            "Hier können nur .be-Namen registriert werden.",
        ],
        Code::DomainSubdomain => [
            "Only names directly under .be can be registered, such as {suggestion}.",
            "Alleen namen rechtstreeks onder .be kunnen worden geregistreerd, zoals {suggestion}.",
            "Seuls les noms directement sous .be peuvent être enregistrés, comme {suggestion}.",
            "Registriert werden können nur Namen direkt unter .be, etwa {suggestion}.",
        ],
        Code::DomainFormat => [
            "This is not a domain name: check the dots.",
            "Dit is geen domeinnaam: controleer de punten.",
            "Ce n’est pas un nom de domaine\u{a0}: vérifiez les points.",
            "Das ist kein Domainname: Prüfen Sie die Punkte.",
        ],
        Code::DomainUrl => [
            "This is a web address. Enter only the domain name: {suggestion}.",
            "Dit is een webadres. Geef alleen de domeinnaam in: {suggestion}.",
            "Ceci est une adresse web. Saisissez seulement le nom de domaine\u{a0}: {suggestion}.",
            "Das ist eine Webadresse. Geben Sie nur den Domainnamen ein: {suggestion}.",
        ],
        Code::DomainEmail => [
            "This is an e-mail address. Enter only the domain name: {suggestion}.",
            "Dit is een e-mailadres. Geef alleen de domeinnaam in: {suggestion}.",
            "Ceci est une adresse e-mail. Saisissez seulement le nom de domaine\u{a0}: {suggestion}.",
            "Das ist eine E-Mail-Adresse. Geben Sie nur den Domainnamen ein: {suggestion}.",
        ],
        Code::DomainWww => [
            "With www. in front, this is the address of a website, a sub-domain of {suggestion}: register {suggestion}, without www.",
            "Met www. ervoor is dit het adres van een website, een subdomein van {suggestion}: registreer {suggestion}, zonder www.",
            "Avec www. devant, c’est l’adresse d’un site web, un sous-domaine de {suggestion}\u{a0}: enregistrez {suggestion}, sans www.",
            "Mit www. davor ist das die Adresse einer Website, eine Subdomain von {suggestion}: Registrieren Sie {suggestion}, ohne www.",
        ],
        Code::NameserversTooFew => [
            "Give at least {min} name servers, or a name-server group.",
            "Geef minstens {min} naamservers op, of een naamservergroep.",
            "Indiquez au moins {min} serveurs de noms, ou un groupe de serveurs de noms.",
            "Geben Sie mindestens {min} Nameserver an oder eine Nameserver-Gruppe.",
        ],
        Code::NameserversTooMany => [
            "A domain has at most {max} name servers; this one has {count}.",
            "Een domeinnaam heeft hoogstens {max} naamservers; deze heeft er {count}.",
            "Un domaine a au plus {max} serveurs de noms\u{a0}; celui-ci en a {count}.",
            "Eine Domain hat höchstens {max} Nameserver; diese hat {count}.",
        ],
        Code::NameserverDuplicate => [
            "This name server is listed twice.",
            "Deze naamserver komt twee keer voor.",
            "Ce serveur de noms figure deux fois.",
            "Dieser Nameserver ist doppelt angegeben.",
        ],
        Code::NameserverHost => [
            "[A host name cannot contain this: {char} (at position {position}).|This is not the host name of a name server, such as ns1.example.be.]",
            "[Een hostnaam kan dit niet bevatten: {char} (op positie {position}).|Dit is geen hostnaam van een naamserver, zoals ns1.voorbeeld.be.]",
            "[Un nom d’hôte ne peut pas contenir ceci\u{a0}: {char} (en position {position}).|Ce n’est pas le nom d’hôte d’un serveur de noms, comme ns1.exemple.be.]",
            "[Ein Hostname kann das nicht enthalten: {char} (an Stelle {position}).|Das ist kein Hostname eines Nameservers wie ns1.beispiel.be.]",
        ],
        Code::NameserverGlueRequired => [
            "{domain} lies inside the domain itself, so it needs its IP address (glue).",
            "{domain} ligt binnen de domeinnaam zelf en heeft dus zijn IP-adres nodig (glue).",
            "{domain} se trouve dans le domaine lui-même\u{a0}: il lui faut son adresse IP (glue).",
            "{domain} liegt in der Domain selbst und braucht daher seine IP-Adresse (Glue).",
        ],
        Code::NameserverGlueNotAllowed => [
            "IP addresses are only given for name servers inside the domain itself.",
            "IP-adressen worden alleen opgegeven voor naamservers binnen de domeinnaam zelf.",
            "Les adresses IP ne s’indiquent que pour les serveurs de noms situés dans le domaine lui-même.",
            "IP-Adressen werden nur für Nameserver in der Domain selbst angegeben.",
        ],
        Code::NameserverGroupGlue => [
            "A name-server group cannot hold name servers inside the domain (they need their IP address).",
            "Een naamservergroep kan geen naamservers binnen de domeinnaam bevatten (die hebben hun IP-adres nodig).",
            "Un groupe de serveurs de noms ne peut pas contenir de serveurs situés dans le domaine (il leur faut leur adresse IP).",
            "Eine Nameserver-Gruppe kann keine Nameserver in der Domain enthalten (die brauchen ihre IP-Adresse).",
        ],
        Code::IpFormat => [
            "Not an IPv4 or IPv6 address (no leading zeros, no zone such as %eth0).",
            "Geen IPv4- of IPv6-adres (geen voorloopnullen, geen zone zoals %eth0).",
            "Ce n’est pas une adresse IPv4 ou IPv6 (sans zéros de tête ni zone comme %eth0).",
            "Keine IPv4- oder IPv6-Adresse (keine führenden Nullen, keine Zone wie %eth0).",
        ],
        Code::IpNotPublic => [
            "This is a private, local or reserved address: a name server there cannot be reached from the Internet.",
            "Dit is een privé-, lokaal of gereserveerd adres: een naamserver daar is niet bereikbaar vanaf het internet.",
            "C’est une adresse privée, locale ou réservée\u{a0}: un serveur de noms à cette adresse est injoignable depuis Internet.",
            "Das ist eine private, lokale oder reservierte Adresse: Ein Nameserver dort ist aus dem Internet nicht erreichbar.",
        ],
        Code::RevokeProcedure => [
            "This domain is in DNS Belgium’s revocation procedure: until the procedure ends, it cannot be transferred, to another registrar or internally.",
            "Deze domeinnaam zit in de intrekkingsprocedure van DNS Belgium: tot die procedure afgelopen is, kan hij niet worden verhuisd, extern noch intern.",
            "Ce domaine fait l’objet de la procédure de révocation de DNS Belgium\u{a0}: il ne peut pas être transféré, ni en externe ni en interne, avant la fin de la procédure.",
            "Diese Domain befindet sich im Widerrufsverfahren von DNS Belgium: Bis zum Ende des Verfahrens ist weder ein externer noch ein interner Transfer möglich.",
        ],
        Code::TransferLockClient => [
            "The domain has a transfer lock (clientTransferProhibited). Unlock it in the control panel of your current provider, then try again.",
            "De domeinnaam heeft een verhuisblokkering (clientTransferProhibited). Hef die op in het beheerpaneel van uw huidige provider en probeer opnieuw.",
            "Le domaine a un verrou de transfert (clientTransferProhibited). Déverrouillez-le dans l’espace client de votre fournisseur actuel, puis réessayez.",
            "Die Domain hat eine Transfersperre (clientTransferProhibited). Heben Sie die Sperre im Kundenbereich Ihres bisherigen Anbieters auf und versuchen Sie es erneut.",
        ],
        Code::TransferLockServer => [
            "DNS Belgium has locked this domain against transfers (serverTransferProhibited). Only DNS Belgium can lift this lock.",
            "DNS Belgium heeft een verhuisblokkering op deze domeinnaam gezet (serverTransferProhibited). Alleen DNS Belgium kan die opheffen.",
            "DNS Belgium a verrouillé ce domaine contre les transferts (serverTransferProhibited). Seul DNS Belgium peut lever ce verrou.",
            "DNS Belgium hat diese Domain für Transfers gesperrt (serverTransferProhibited). Nur DNS Belgium kann die Sperre aufheben.",
        ],
        Code::NameserversMissing => [
            "A transfer needs at least 2 name servers or a name-server group.",
            "Voor een verhuizing zijn minstens 2 naamservers of een naamservergroep nodig.",
            "Un transfert nécessite au moins 2 serveurs de noms ou un groupe de serveurs de noms.",
            "Ein Transfer braucht mindestens 2 Nameserver oder eine Nameserver-Gruppe.",
        ],
        Code::RegistrantChangeInternal => [
            "The holder cannot change during an internal transfer. Transfer the domain first; the new holder then takes over with a change of holder (trade), which is billed like a new registration, starts the registration period again and needs the authorisation code that DNS Belgium e-mails to the current holder.",
            "Bij een interne verhuizing kan de houder niet veranderen. Verhuis eerst de domeinnaam; daarna neemt de nieuwe houder over met een houderswijziging (trade). Die wordt aangerekend als een nieuwe registratie, de registratieperiode begint opnieuw, en er is de transfercode voor nodig die DNS Belgium naar de huidige houder mailt.",
            "Le titulaire ne peut pas changer lors d’un transfert interne. Transférez d’abord le domaine\u{a0}; le nouveau titulaire le reprend ensuite par un changement de titulaire (trade), facturé comme un nouvel enregistrement\u{a0}: la période d’enregistrement recommence, et il faut le code de transfert que DNS Belgium envoie par e-mail au titulaire actuel.",
            "Bei einem internen Transfer kann sich der Inhaber nicht ändern. Führen Sie zuerst den Transfer durch; danach übernimmt der neue Inhaber per Inhaberwechsel (Trade). Dieser wird wie eine Neuregistrierung berechnet, der Registrierungszeitraum beginnt neu, und er erfordert den Transfercode, den DNS Belgium dem bisherigen Inhaber per E-Mail schickt.",
        ],
        Code::EmailDomainNotFound => [
            "The domain {domain} does not exist: e-mails sent to this address come back undelivered.",
            "De domeinnaam {domain} bestaat niet: e-mails naar dit adres komen onbestelbaar terug.",
            "Le domaine {domain} n’existe pas\u{a0}: les e-mails envoyés à cette adresse reviennent sans avoir été distribués.",
            "Die Domain {domain} existiert nicht: E-Mails an diese Adresse kommen als unzustellbar zurück.",
        ],
        Code::EmailDomainNoMail => [
            "The domain {domain} does not accept e-mail: e-mails sent to this address come back undelivered.",
            "De domeinnaam {domain} ontvangt geen e-mail: e-mails naar dit adres komen onbestelbaar terug.",
            "Le domaine {domain} n’accepte pas d’e-mails\u{a0}: les e-mails envoyés à cette adresse reviennent sans avoir été distribués.",
            "Die Domain {domain} nimmt keine E-Mails an: E-Mails an diese Adresse kommen als unzustellbar zurück.",
        ],
        Code::InvalidDate => [
            "Not a date in ISO 8601 form (such as 2026-11-23 or 2026-11-23T14:05:00Z); the expiry was not checked.",
            "Geen datum in ISO 8601-vorm (zoals 2026-11-23 of 2026-11-23T14:05:00Z); de vervaldatum is niet gecontroleerd.",
            "Ce n’est pas une date au format ISO 8601 (par exemple 2026-11-23 ou 2026-11-23T14:05:00Z)\u{a0}; l’expiration n’a pas été vérifiée.",
            "Kein Datum im Format ISO 8601 (etwa 2026-11-23 oder 2026-11-23T14:05:00Z); der Ablauf wurde nicht geprüft.",
        ],
    }
}

/// The codes only the checks other than `validateRegistrant` give (spec §2–§6), whose
/// messages the registrant entry leaves out.
#[cfg(test)]
fn not_registrant() -> impl Iterator<Item = Code> {
    Code::ALL.iter().copied().filter(|&c| !crate::issue::raised_by_registrant(c))
}

/// The sentence that follows a located message when the issue stands for several characters
/// (see [`collapse`]): the other positions, with their characters unless they are all the first
/// one's (`“.” at position 4 is not a digit: … The same goes for positions 8, 12 and 16.`). By
/// [with characters][several positions], each in the order of [`Lang::ALL`].
const fn also_templates(with_chars: bool, several: bool) -> [&'static str; 4] {
    match (with_chars, several) {
        (false, false) => ["The same goes for position {positions}.", "Hetzelfde geldt voor positie {positions}.", "Il en va de même en position {positions}.", "Dasselbe gilt für Stelle {positions}."],
        (false, true) => ["The same goes for positions {positions}.", "Hetzelfde geldt voor de posities {positions}.", "Il en va de même en positions {positions}.", "Dasselbe gilt für die Stellen {positions}."],
        (true, false) => [
            "The same goes for {chars} at position {positions}.",
            "Hetzelfde geldt voor {chars} op positie {positions}.",
            "Il en va de même pour {chars} en position {positions}.",
            "Dasselbe gilt für {chars} an Stelle {positions}.",
        ],
        (true, true) => [
            "The same goes for {chars} at positions {positions}.",
            "Hetzelfde geldt voor {chars} op de posities {positions}.",
            "Il en va de même pour {chars} en positions {positions}.",
            "Dasselbe gilt für {chars} an den Stellen {positions}.",
        ],
    }
}

/// Makes the issues of one cause into one and writes every issue's message in `lang` (once every
/// detail of it is known); tells whether the value is valid: no issue is an error. Every check
/// ends with this.
pub(crate) fn finish(issues: &mut Vec<Issue>, lang: Lang) -> bool {
    collapse(issues);
    for k in 0..issues.len() {
        let fix = fix_label(issues, k, lang);
        let issue = &mut issues[k];
        issue.message = render(issue.code, lang, &issue.params, issue.at.as_ref(), issue.suggestion.as_deref());
        issue.fix = fix;
    }
    !issues.iter().any(Issue::is_error)
}

/// Located issues of one cause — the same code on the same path, with no params but the
/// character's replacement, each at its own character (`0475 12 AB 56`: two letters;
/// `123.456.789.012.345`: four dots) — become the first of them, with every character in
/// `params.positions` (in input order; `at` stays the first) and the first suggestion any of
/// them had (a field's suggestion mends all of them). The replacement stays where every
/// character has the same one (two curly apostrophes: “type the straight apostrophe instead”);
/// for different ones (`Ł` and `ř`) the message says what the registry accepts and the
/// suggestion shows the whole mended value. Incomplete only if each of them was. Quadratic in
/// the number of issues at worst, which stays small: every check caps the located issues it
/// reports per field.
fn collapse(issues: &mut Vec<Issue>) {
    let mut i = 0;
    while i < issues.len() {
        if issues[i].at.is_none() || !only_replacement(&mut issues[i].params) {
            i += 1;
            continue;
        }
        let mut positions: Vec<At> = Vec::new();
        let mut mixed = false;
        let mut j = i + 1;
        while j < issues.len() {
            let same = only_replacement(&mut issues[j].params);
            let (a, b) = (&issues[i], &issues[j]);
            if same && b.at.is_some() && b.code == a.code && b.path == a.path {
                let other = issues.remove(j);
                if positions.is_empty() {
                    if let Some(first) = &issues[i].at {
                        positions.push(first.clone());
                    }
                }
                if issues[i].suggestion.is_none() {
                    issues[i].suggestion = other.suggestion;
                }
                mixed |= other.params.replacement != issues[i].params.replacement;
                issues[i].incomplete &= other.incomplete;
                if let Some(at) = other.at {
                    positions.push(at);
                }
            } else {
                j += 1;
            }
        }
        if !positions.is_empty() {
            issues[i].params.positions = Some(positions);
            if mixed {
                issues[i].params.replacement = None;
            }
        }
        i += 1;
    }
}

/// Whether a located issue's params hold at most the replacement of its character (every
/// located issue's do; `collapse` leaves alone any that would hold more). The replacement is
/// set aside for the test and put back (no copy of the params).
fn only_replacement(params: &mut Params) -> bool {
    let replacement = params.replacement.take();
    let only = params.is_empty();
    params.replacement = replacement;
    only
}

/// The label of the button that applies issue `k`'s suggestion, where the suggestion alone would
/// not show what changes: a name that only differs by a typographic apostrophe (`Jan D’Hondt` →
/// `Jan D'Hondt`) looks the same. Said for character issues in text fields: “Use the straight
/// apostrophe '” for one character, “Replace these characters” for several.
fn fix_label(issues: &[Issue], k: usize, lang: Lang) -> Option<String> {
    let issue = &issues[k];
    if issue.code != Code::Charset || issue.suggestion.is_none() {
        return None;
    }
    let several = issue.params.positions.as_ref().is_some_and(|p| p.len() > 1)
        || issues.iter().filter(|i| i.code == Code::Charset && i.path == issue.path).count() > 1;
    let template = word(if several { Word::FixSeveral } else { Word::FixOne }, lang);
    Some(render_template(template, lang, &issue.params, issue.at.as_ref(), None))
}

/// The message for `code` in `lang`, with its values filled in; for an issue of several
/// characters, followed by the sentence naming the others ([`also_templates`]).
pub(crate) fn render(code: Code, lang: Lang, params: &Params, at: Option<&At>, suggestion: Option<&str>) -> String {
    let template = text(code as usize, lang);
    let mut out = render_template(template, lang, params, at, suggestion);
    let others = params.positions.as_deref().and_then(|all| all.get(1..)).unwrap_or(&[]);
    if !others.is_empty() && names_a_position(template) {
        let first = at.map_or("", |a| a.char.as_str());
        let with_chars = others.iter().any(|a| a.char != first);
        out.push(' ');
        also(&mut out, text(ALSO + 2 * with_chars as usize + (others.len() > 1) as usize, lang), others, lang);
    }
    out
}

/// Appends an [`also_templates`] sentence with its `{chars}` and `{positions}` (the only
/// placeholders those have) filled in from `others`.
fn also(out: &mut String, template: &str, others: &[At], lang: Lang) {
    let mut rest = template;
    while let Some(open) = find(rest, b'{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = find(after, b'}').unwrap_or(after.len());
        join(out, others, after.starts_with("chars"), lang);
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
}

/// Whether a template shows `{position}` (byte by byte: no substring searcher in the wasm).
fn names_a_position(template: &str) -> bool {
    template.as_bytes().windows(10).any(|w| w == b"{position}")
}

fn render_template(template: &str, lang: Lang, params: &Params, at: Option<&At>, suggestion: Option<&str>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut probe = String::new();
    let bytes = template.as_bytes();
    // One pass: plain text is copied in runs; `{name}` is filled in; `[a|b]` writes its first
    // complete alternative. (`{`, `[` are ASCII, so never inside a longer character.)
    let (mut i, mut run) = (0, 0);
    while let Some(&c) = bytes.get(i) {
        if c != b'{' && c != b'[' {
            i += 1;
            continue;
        }
        out.push_str(&template[run..i]);
        let after = &template[i + 1..];
        let end = if c == b'{' { b'}' } else { b']' };
        let close = find(after, end).unwrap_or(after.len());
        let inner = &after[..close];
        if c == b'{' {
            // A placeholder without a value stays visible rather than vanishing; the tests make
            // sure no template has one.
            if !write_value(&mut out, inner, lang, params, at, suggestion) {
                out.push_str(&template[i..(i + close + 2).min(template.len())]);
            }
        } else if let Some(alt) = inner.split('|').find(|alt| complete(&mut probe, alt, params, at, suggestion)) {
            fill(&mut out, alt, lang, params, at, suggestion);
        }
        i += close + 2;
        run = i.min(template.len());
    }
    out.push_str(&template[run.min(template.len())..]);
    out
}

/// The first `byte` (ASCII) in `text`: a byte loop, cheaper than a char search on the short
/// texts of the templates (this runs for every message).
fn find(text: &str, byte: u8) -> Option<usize> {
    text.bytes().position(|b| b == byte)
}

/// Whether every placeholder of `text` has a value: each one written into `probe` (a scratch
/// buffer the caller reuses), as the one function that knows the values decides.
fn complete(probe: &mut String, text: &str, params: &Params, at: Option<&At>, suggestion: Option<&str>) -> bool {
    let mut rest = text;
    while let Some(open) = find(rest, b'{') {
        let after = &rest[open + 1..];
        let Some(close) = find(after, b'}') else { return true };
        probe.clear();
        if !write_value(probe, &after[..close], Lang::En, params, at, suggestion) {
            return false;
        }
        rest = &after[close + 1..];
    }
    true
}

/// Appends `text` to `out` with its placeholders filled in.
fn fill(out: &mut String, text: &str, lang: Lang, params: &Params, at: Option<&At>, suggestion: Option<&str>) {
    let mut rest = text;
    while let Some(open) = find(rest, b'{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match find(after, b'}') {
            Some(close) => {
                let name = &after[..close];
                // A placeholder without a value stays visible rather than vanishing;
                // the tests make sure no template has one.
                if !write_value(out, name, lang, params, at, suggestion) {
                    out.push_str(&rest[open..open + close + 2]);
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
}

/// Appends the value of placeholder `name` to `out`; false if it has none.
fn write_value(out: &mut String, name: &str, lang: Lang, params: &Params, at: Option<&At>, suggestion: Option<&str>) -> bool {
    let country = |code: &'static str| countries::by_code(code).map_or(code, |k| k.name(lang));
    let mut text = |t: Option<&str>| t.map(|t| out.push_str(t)).is_some();
    match name {
        "example" => text(params.example.as_deref()),
        "country" => text(params.country.map(country)),
        "vatCountry" => text(params.vat_country.map(country)),
        "prefix" => text(params.prefix.as_deref()),
        "trunk" => text(params.trunk),
        "countryPrefix" => text(params.country_prefix.as_deref()),
        "domain" => text(params.domain.as_deref()),
        "field" => text(params.field.as_deref()),
        "suggestion" => text(suggestion),
        "found" => text(params.found.as_deref()),
        "expected" => text(params.expected.map(|e| expected(e, lang))),
        "count" => params.count.map(|n| push_number(out, n.into())).is_some(),
        "min" => params.min.map(|n| push_number(out, n.into())).is_some(),
        "max" => params.max.map(|n| push_number(out, n.into())).is_some(),
        "digits" => params.digits.map(|n| push_number(out, n.into())).is_some(),
        "position" => at.map(|a| push_number(out, a.position.into())).is_some(),
        "lengths" => params.lengths.as_deref().map(|l| lengths(out, l, lang)).is_some(),
        // No message of the registrant's has a moment (a test makes sure): the registrant entry
        // leaves the date's reading and layout out.
        "date" if !cfg!(feature = "registrant-entry") => params.date.as_deref().and_then(time::read_own_iso).map(|ms| human_date(out, ms, lang)).is_some(),
        "char" => at.map(|a| char_name(out, &a.char, lang)).is_some(),
        "replacement" => params.replacement.map(|r| replacement_name(out, r, lang)).is_some(),
        _ => false,
    }
}

/// The positions, or the distinct characters, of `others` (the characters in the order they
/// first occur, named as [`char_name`] names them), as `a`, `a and b`, `a, b and c` in the words of `lang`: "8, 12 and 16",
/// "“B” and “C”".
fn join(out: &mut String, others: &[At], chars: bool, lang: Lang) {
    let and = word(Word::And, lang);
    // A character already named is not named again.
    let repeated = |k: usize| chars && others[..k].iter().any(|b| b.char == others[k].char);
    let n = (0..others.len()).filter(|&k| !repeated(k)).count();
    let mut written = 0;
    for (k, a) in others.iter().enumerate() {
        if repeated(k) {
            continue;
        }
        if written > 0 {
            out.push_str(if written + 1 == n { and } else { ", " });
        }
        written += 1;
        if chars {
            char_name(out, &a.char, lang);
        } else {
            push_number(out, a.position.into());
        }
    }
}

/// What a value should have been, in words (see `Params::expected`).
fn expected(what: &str, lang: Lang) -> &'static str {
    let w = match what {
        "object" => Word::AnObject,
        "list" => Word::AList,
        _ => Word::Text,
    };
    word(w, lang)
}

/// `[(6, 6), (8, 9)]` → "6, 8 or 9"; `[(4, 13)]` → "4 to 13", in the words of `lang`.
fn lengths(out: &mut String, ranges: &[(u8, u8)], lang: Lang) {
    let (or, to) = (word(Word::Or, lang), word(Word::To, lang));
    // A range of two neighbours is two parts ("8 or 9"); any other range is one.
    let parts: usize = ranges.iter().map(|&(lo, hi)| if hi.saturating_sub(lo) == 1 { 2 } else { 1 }).sum();
    let mut written = 0;
    let mut part = |out: &mut String| {
        if written > 0 {
            if written + 1 == parts {
                out.push(' ');
                out.push_str(or);
                out.push(' ');
            } else {
                out.push_str(", ");
            }
        }
        written += 1;
    };
    for &(lo, hi) in ranges {
        match hi.saturating_sub(lo) {
            0 => {
                part(out);
                push_number(out, lo.into());
            }
            1 => {
                part(out);
                push_number(out, lo.into());
                part(out);
                push_number(out, hi.into());
            }
            _ => {
                part(out);
                push_number(out, lo.into());
                out.push(' ');
                out.push_str(to);
                out.push(' ');
                push_number(out, hi.into());
            }
        }
    }
}

/// A moment in Belgian time, laid out as the language writes it: `28/11/2026 at 01:00`,
/// `28/11/2026 om 01:00`, `28/11/2026 à 01:00`, `28.11.2026 um 01:00 Uhr`. js/dates.js writes
/// the same layout in the user's own time zone (a test keeps the two in step).
fn human_date(out: &mut String, ms: time::Millis, lang: Lang) {
    let w = time::brussels(ms);
    let two = |out: &mut String, n: i64| {
        if (0..10).contains(&n) {
            out.push('0');
        }
        push_number(out, n.unsigned_abs());
    };
    let (sep, at, after) = (word(Word::DateSeparator, lang), word(Word::DateAt, lang), word(Word::DateAfter, lang));
    two(out, w.day);
    out.push_str(sep);
    two(out, w.month);
    out.push_str(sep);
    push_number(out, w.year.unsigned_abs());
    out.push_str(at);
    two(out, w.hour);
    out.push(':');
    two(out, w.minute);
    out.push_str(after);
}

/// The words for a character: invisible and easily mistaken ones by their name (with the
/// character itself where it shows), any other in the quotation marks of `lang`.
pub(crate) fn char_name(out: &mut String, ch: &str, lang: Lang) {
    let c = ch.chars().next().unwrap_or(' ');
    let name = match c {
        ' ' => Some(Word::Space),
        '\u{a0}' | '\u{202f}' | '\u{2007}' => Some(Word::NonBreakingSpace),
        '\t' => Some(Word::Tab),
        '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => Some(Word::LineBreak),
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' => Some(Word::CurlyApostrophe),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '«' | '»' => Some(Word::CurlyQuotationMark),
        '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2012}' => Some(Word::LongDash),
        '\u{2010}' | '\u{2011}' => Some(Word::SpecialHyphen),
        '\u{2212}' => Some(Word::MinusSign),
        '\u{2026}' => Some(Word::Ellipsis),
        _ if c.is_whitespace() => Some(Word::SpecialSpace),
        _ if c.is_control() || is_format(c) => Some(Word::Invisible),
        _ if is_emoji(c) => Some(Word::Emoji),
        _ => None,
    };
    let Some(name) = name else { return quote(out, ch, lang) };
    out.push_str(word(name, lang));
    // The character itself, where it shows and is easily taken for another.
    if !(c.is_whitespace() || c.is_control() || is_format(c)) {
        out.push(' ');
        out.push_str(ch);
    }
}

/// The words for what to type instead of a character (`Params::replacement`), as the object of
/// "type … instead" / "use …": a name for the signs, the text in quotation marks otherwise.
fn replacement_name(out: &mut String, text: &str, lang: Lang) {
    let name = match text {
        "'" => Word::StraightApostrophe,
        "\"" => Word::StraightQuotationMarks,
        "-" => Word::Hyphen,
        "..." => Word::ThreeDots,
        _ => return quote(out, text, lang),
    };
    out.push_str(word(name, lang));
}

fn quote(out: &mut String, text: &str, lang: Lang) {
    out.push_str(word(Word::QuoteOpen, lang));
    out.push_str(text);
    out.push_str(word(Word::QuoteClose, lang));
}

/// Zero-width and direction marks, the byte-order mark: characters that show nothing.
fn is_format(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{fe0e}' | '\u{fe0f}' | '\u{feff}')
}

/// Pictographs people type from an emoji keyboard (the main emoji blocks).
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1f000}'..='\u{1faff}' | '\u{2600}'..='\u{27bf}' | '\u{2b00}'..='\u{2bff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pack is its language's texts, each on its line, in id order: the table's, with the
    /// other checks' codes empty in the registrant entry's.
    #[test]
    fn a_pack_holds_the_table_line_by_line() {
        for lang in Lang::ALL {
            for registrant_only in [false, true] {
                let entry = if registrant_only { Entry::Registrant } else { Entry::All };
                let pack = pack(lang, entry);
                let lines: Vec<&str> = pack.split(SEPARATOR).collect();
                assert_eq!(lines[0], [lang.as_str(), if registrant_only { " registrant" } else { " all" }].concat());
                assert_eq!(lines.len(), TEXTS + 1, "a text holds the separator");
                for id in 0..TEXTS {
                    let want = if needed(id, entry) { all_texts(id)[lang.index()] } else { "" };
                    assert_eq!(lines[id + 1], want);
                    assert_eq!(text(id, lang), all_texts(id)[lang.index()]);
                }
                if registrant_only {
                    assert!(lines.iter().all(|l| !l.contains("{date}")), "the registrant entry writes no date");
                }
                let given = (0..Code::ALL.len()).filter(|&id| !lines[id + 1].is_empty()).count();
                assert_eq!(given == Code::ALL.len(), !registrant_only);
            }
        }
    }

    #[test]
    fn the_table_is_indexed_by_declaration_order() {
        for (i, &code) in Code::ALL.iter().enumerate() {
            assert_eq!(code as usize, i);
            assert_eq!(templates(code), all_templates(code));
        }
    }
    use std::collections::BTreeSet;

    const KNOWN: [&str; 22] = [
        "expected",
        "count", "min", "max", "found", "date", "position", "char", "example", "country", "vatCountry", "prefix", "lengths",
        "domain", "field", "suggestion", "positions", "chars", "digits", "countryPrefix", "trunk", "replacement",
    ];

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

    /// Brackets of alternatives are balanced and not nested; every language has the same number.
    fn brackets(t: &str) -> usize {
        let mut depth = 0;
        let mut count = 0;
        for c in t.chars() {
            match c {
                '[' => {
                    depth += 1;
                    count += 1;
                    assert_eq!(depth, 1, "nested or unclosed [ in {t}");
                }
                ']' => {
                    depth -= 1;
                    assert_eq!(depth, 0, "] without [ in {t}");
                }
                '|' => assert_eq!(depth, 1, "| outside brackets in {t}"),
                _ => {}
            }
        }
        assert_eq!(depth, 0, "unclosed [ in {t}");
        count
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
                assert_eq!(brackets(text), brackets(t[0]), "{code:?}: {lang:?} has other alternatives than en");
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
    fn every_decision_sentence_exists_in_all_languages() {
        for t in SENTENCES {
            for (i, text) in t.iter().enumerate() {
                // A decision sentence names at most the VAT numbers (`change::fill`).
                assert!(!text.trim().is_empty(), "{text}");
                assert_eq!(placeholders(text), placeholders(t[0]), "placeholders differ: {text}");
                assert!(placeholders(text).iter().all(|p| ["vat", "newVat"].contains(p)), "{text}");
                if i > 0 {
                    assert_ne!(*text, t[0], "untranslated: {text}");
                }
            }
            let fr = t[Lang::Fr.index()];
            for (i, c) in fr.char_indices() {
                let prev = fr[..i].chars().last();
                if matches!(c, ':' | ';' | '?' | '!') {
                    assert_eq!(prev, Some('\u{a0}'), "French spacing: {fr}");
                }
            }
        }
    }

    /// No module `validateRegistrant` reaches gives a code whose message the registrant entry
    /// leaves out (`NOT_REGISTRANT`).
    #[test]
    fn the_registrant_entry_keeps_every_message_it_can_give() {
        let reached = [
            include_str!("registrant.rs"), include_str!("charset.rs"), include_str!("email.rs"), include_str!("idna.rs"),
            include_str!("implausible.rs"), include_str!("input.rs"), include_str!("phone.rs"), include_str!("postal.rs"),
            include_str!("vat.rs"), include_str!("countries.rs"), include_str!("punycode.rs"), include_str!("boundary/args.rs"),
            include_str!("boundary/answer.rs"), include_str!("boundary/mod.rs"), include_str!("wasm.rs"),
        ];
        for code in not_registrant() {
            let name = ["Code::", &format!("{code:?}")].concat();
            for text in reached {
                let used = text.match_indices(&name).any(|(i, _)| !text[i + name.len()..].starts_with(|c: char| c.is_alphanumeric()));
                assert!(!used, "{name} is given by a module validateRegistrant reaches");
            }
        }
        // The registrant modules' imports: none of the other checks.
        for text in &reached[..11] {
            for other in ["crate::domain", "crate::authcode", "crate::change", "crate::ip"] {
                assert!(!text.contains(other), "{other}");
            }
        }
    }

    #[test]
    fn the_sentence_for_several_characters_exists_in_all_languages() {
        for with_chars in [false, true] {
            for several in [false, true] {
                let t = also_templates(with_chars, several);
                for (lang, text) in Lang::ALL.iter().zip(t) {
                    let want: BTreeSet<&str> = if with_chars { ["chars", "positions"].into() } else { ["positions"].into() };
                    assert_eq!(placeholders(text), want, "{lang:?}: {text}");
                    if *lang != Lang::En {
                        assert_ne!(text, t[0]);
                    }
                }
            }
        }
    }

    #[test]
    fn issues_of_one_cause_become_one() {
        use crate::issue::PathSegment;
        let path = [PathSegment::Key("phone")];
        let raw = "0475 12 AB 56";
        let located = |i: usize| Issue::new(Code::PhoneCharacter).path(&path).at(At::locate(raw, i));
        let mut issues = vec![located(8), Issue::new(Code::PhoneLength).path(&path), located(9), located(9).path(&[PathSegment::Key("fax")])];
        assert!(!finish(&mut issues, Lang::En));
        assert_eq!(issues.iter().map(|i| i.code).collect::<Vec<_>>(), [Code::PhoneCharacter, Code::PhoneLength, Code::PhoneCharacter]);
        let first = &issues[0];
        assert_eq!(first.at.as_ref().map(|a| a.position), Some(9));
        let all: Vec<(u32, u32, &str)> = first.params.positions.iter().flatten().map(|a| (a.position, a.start, a.char.as_str())).collect();
        assert_eq!(all, [(9, 8, "A"), (10, 9, "B")]);
        assert_eq!(first.message, "A phone number has only digits, spaces and a + at the start; this does not belong in it: “A” (at position 9). The same goes for “B” at position 10.");
        assert_eq!(issues[2].params.positions, None, "another field is another cause");
        assert!(issues[2].message.ends_with("“B” (at position 10)."), "{}", issues[2].message);
        // The same character four times is named once.
        let raw = "123.456.789.012.345";
        let mut issues: Vec<Issue> = raw.match_indices('.').map(|(i, _)| Issue::new(Code::AuthCodeCharacter).at(At::locate(raw, i))).collect();
        finish(&mut issues, Lang::Nl);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].message, "Een transfercode bestaat enkel uit cijfers, en dit is er geen: ‘.’ (op positie 4). Hetzelfde geldt voor de posities 8, 12 en 16.");
        // Different params are different causes; the suggestion of any of them is kept.
        let mut issues = vec![
            Issue::new(Code::Charset).at(At::locate("ab", 0)),
            Issue::new(Code::Charset).at(At::locate("ab", 1)).suggest(Some("x".into())),
            Issue::new(Code::Charset).at(At::locate("ab", 1)).params(Params { max: Some(1), ..Params::default() }),
        ];
        finish(&mut issues, Lang::De);
        assert_eq!(issues.len(), 2);
        assert_eq!(issues[0].suggestion.as_deref(), Some("x"));
        assert!(issues[0].message.ends_with(" Dasselbe gilt für „b“ an Stelle 2."), "{}", issues[0].message);
        // A located issue whose message names no position says nothing more.
        let mut issues = vec![Issue::new(Code::DomainHyphenEdge).at(At::locate("-a-", 0)), Issue::new(Code::DomainHyphenEdge).at(At::locate("-a-", 2))];
        finish(&mut issues, Lang::En);
        assert_eq!(issues[0].message, "A name cannot start or end with a hyphen.");
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
    fn lengths_and_numbers_in_words() {
        let words = |ranges: &[(u8, u8)], lang| {
            let mut out = String::new();
            lengths(&mut out, ranges, lang);
            out
        };
        assert_eq!(words(&[], Lang::En), "");
        assert_eq!(words(&[(9, 9)], Lang::En), "9");
        assert_eq!(words(&[(8, 9)], Lang::Nl), "8 of 9");
        assert_eq!(words(&[(4, 13)], Lang::Fr), "4 à 13");
        assert_eq!(words(&[(6, 6), (8, 9)], Lang::En), "6, 8 or 9");
        assert_eq!(words(&[(5, 7), (9, 10), (12, 12)], Lang::De), "5 bis 7, 9, 10 oder 12");
        for n in [0, 7, 10, 99, 100, 4096, u64::from(u32::MAX), u64::MAX] {
            let mut out = String::new();
            push_number(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn renders_values_and_quotes_per_language() {
        let at = At { position: 4, char: "x".into(), start: 3, end: 4 };
        let m = render(Code::AuthCodeCharacter, Lang::De, &Params::default(), Some(&at), None);
        assert!(m.ends_with(": „x“ (an Stelle 4)."), "{m}");
        let m = render(Code::AuthCodeCharacter, Lang::Fr, &Params::default(), Some(&at), None);
        assert!(m.ends_with("\u{a0}: «\u{a0}x\u{a0}» (en position 4)."), "{m}");
        let space = At { position: 2, char: " ".into(), start: 1, end: 2 };
        let m = render(Code::InternalCodeCharacter, Lang::En, &Params::default(), Some(&space), None);
        assert!(m.starts_with("An internal code cannot contain this: a space (at position 2)."), "{m}");
        let p = Params { count: Some(14), ..Params::default() };
        let m = render(Code::AuthCodeDigitCount, Lang::Nl, &p, None, None);
        assert!(m.ends_with("u gaf er 14 in."), "{m}");
        // Belgian time: 14:05 UTC is 15:05 in November, in each language's own layout.
        let p = Params { date: Some("2026-11-23T14:05:00.000Z".into()), ..Params::default() };
        let dates: Vec<String> = Lang::ALL.iter().map(|&l| render(Code::AuthCodeExpiring, l, &p, None, None)).collect();
        assert!(dates[0].contains("on 23/11/2026 at 15:05,"), "{}", dates[0]);
        assert!(dates[1].contains("op 23/11/2026 om 15:05,"), "{}", dates[1]);
        assert!(dates[2].contains("le 23/11/2026 à 15:05,"), "{}", dates[2]);
        assert!(dates[3].contains("am 23.11.2026 um 15:05 Uhr ab"), "{}", dates[3]);
        let p = Params { prefix: Some("376".into()), lengths: Some(vec![(6, 6), (8, 9)]), count: Some(7), ..Params::default() };
        let m = render(Code::PhoneLength, Lang::Fr, &p, None, None);
        assert_eq!(m, "Après +376, un numéro de téléphone compte 6, 8 ou 9 chiffres\u{a0}; celui-ci en a 7.");
        let p = Params { prefix: Some("43".into()), lengths: Some(vec![(4, 13)]), count: Some(3), ..Params::default() };
        assert_eq!(render(Code::PhoneLength, Lang::De, &p, None, None), "Nach +43 hat eine Telefonnummer 4 bis 13 Ziffern; diese hat 3.");
        // A national number, counted as typed: the first alternative.
        let p = Params { prefix: Some("32".into()), trunk: Some("0"), lengths: Some(vec![(9, 10)]), count: Some(4), ..Params::default() };
        assert_eq!(render(Code::PhoneLength, Lang::En, &p, None, None), "With the leading 0, a phone number has 9 or 10 digits; this one has 4.");
        assert_eq!(render(Code::PhoneLength, Lang::Nl, &p, None, None), "Met de 0 vooraan telt een telefoonnummer 9 of 10 cijfers; dit heeft er 4.");
        let p = Params { country: Some("NL"), example: Some("1234 AB".into()), ..Params::default() };
        assert_eq!(render(Code::PostalCodeFormat, Lang::Nl, &p, None, None), "Nederland: een postcode ziet eruit als 1234 AB.");
        let p = Params { country: Some("BE"), example: Some("9000".into()), digits: Some(4), country_prefix: Some("B-".into()), ..Params::default() };
        assert_eq!(render(Code::PostalCodeFormat, Lang::En, &p, None, None), "Belgium: a postal code has 4 digits, such as 9000 (without “B-” in front).");
        assert_eq!(render(Code::PostalCodeFormat, Lang::De, &p, None, None), "Belgien: Eine Postleitzahl hat 4 Ziffern, etwa 9000 (ohne „B-“ davor).");
        let m = render(Code::EmailTypo, Lang::En, &Params::default(), None, Some("jan@gmail.com"));
        assert!(m.starts_with("Did you mean jan@gmail.com? "), "{m}");
    }

    #[test]
    fn characters_are_named_not_numbered() {
        let name = |c: &str, lang| {
            let mut out = String::new();
            char_name(&mut out, c, lang);
            out
        };
        assert_eq!(name(" ", Lang::En), "a space");
        assert_eq!(name("\t", Lang::Fr), "une tabulation");
        assert_eq!(name("\u{a0}", Lang::Nl), "een vaste spatie");
        assert_eq!(name("’", Lang::En), "the curly apostrophe ’");
        assert_eq!(name("–", Lang::De), "der Gedankenstrich –");
        assert_eq!(name("😀", Lang::Nl), "een emoji 😀");
        assert_eq!(name("\u{200b}", Lang::En), "an invisible character");
        assert_eq!(name("ő", Lang::Fr), "«\u{a0}ő\u{a0}»");
        for c in ["\u{7}", "\u{200b}", "\u{feff}", " ", "\u{2003}", "\u{85}"] {
            for lang in Lang::ALL {
                let n = name(c, lang);
                assert!(!n.contains("U+") && (c == " " || !n.contains(c)), "{c:?} in {lang:?}: {n}");
            }
        }
        let at = At { position: 6, char: "’".into(), start: 5, end: 6 };
        let p = Params { replacement: Some("'"), ..Params::default() };
        assert_eq!(
            render(Code::Charset, Lang::En, &p, Some(&at), None),
            "DNS Belgium does not accept this character: the curly apostrophe ’ (at position 6). Type the straight apostrophe ' instead."
        );
        assert_eq!(
            render(Code::Charset, Lang::En, &Params::default(), Some(&at), None),
            "DNS Belgium does not accept this character: the curly apostrophe ’ (at position 6). Only the letters and signs of Western European languages are accepted."
        );
    }

    /// Every text of one language a registrant can read: the messages, the decisions' sentences,
    /// the fix labels and names of characters, bindForm's words and the demo page's strings.
    fn every_text(lang: Lang) -> Vec<String> {
        let k = lang.index();
        let mut texts: Vec<String> = Code::ALL.iter().map(|&c| templates(c)[k].to_string()).collect();
        texts.extend(SENTENCES.iter().map(|t| t[k].to_string()));
        for (with_chars, several) in [(false, false), (false, true), (true, false), (true, true)] {
            texts.push(also_templates(with_chars, several)[k].to_string());
        }
        texts.extend(WORDS.iter().map(|w| w[k].to_string()));
        for c in [" ", "\u{a0}", "\t", "\n", "’", "“", "–", "\u{2010}", "\u{2212}", "…", "\u{2003}", "\u{200b}", "😀", "x"] {
            let mut out = String::new();
            char_name(&mut out, c, lang);
            texts.push(out);
        }
        for r in ["'", "\"", "-", "...", "o"] {
            let mut out = String::new();
            replacement_name(&mut out, r, lang);
            texts.push(out);
        }
        for (file, source) in [
            ("www/i18n.js", include_str!("../www/i18n.js")),
            ("www/audit-i18n.js", include_str!("../www/audit-i18n.js")),
            ("js/bind-form-core.js", include_str!("../js/bind-form-core.js")),
        ] {
            let found = js_strings(source, lang.as_str());
            assert!(!found.is_empty(), "{file} has no {lang:?} strings");
            texts.extend(found);
        }
        texts
    }

    /// The string values of the `lang: { key: 'text', … }` block(s) of a JS source, one per line.
    fn js_strings(source: &str, lang: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut inside = false;
        for line in source.lines() {
            let t = line.trim();
            if let Some(rest) = t.strip_suffix('{') {
                inside = rest.trim_end().trim_end_matches(':').trim() == lang;
                continue;
            }
            if t.starts_with('}') {
                inside = false;
                continue;
            }
            if !inside {
                continue;
            }
            // Each `key: 'text'` of the line (some lines hold several).
            let mut rest = t;
            while let Some((_, after)) = rest.split_once(": ") {
                rest = after;
                let Some(q) = after.chars().next().filter(|q| *q == '\'' || *q == '"' || *q == '`') else { continue };
                let body = &after[1..];
                let mut end = None;
                let mut escaped = false;
                for (i, c) in body.char_indices() {
                    match c {
                        _ if escaped => escaped = false,
                        '\\' => escaped = true,
                        c if c == q => {
                            end = Some(i);
                            break;
                        }
                        _ => {}
                    }
                }
                let Some(end) = end else { break };
                out.push(unescape_js(&body[..end]));
                rest = &body[end + 1..];
            }
        }
        out
    }

    /// A JS string literal's text: `\\uXXXX` and `\\x` (a quote, a backslash) decoded. (Test
    /// code, as is this whole module: a malformed escape in a page's words fails the glossary
    /// test; no input of the library's reaches it.)
    fn unescape_js(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            match (c, chars.clone().next()) {
                ('\\', Some('u')) => {
                    let hex: String = chars.by_ref().skip(1).take(4).collect();
                    out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or_else(|| panic!("\\u{hex} in {text}")));
                }
                ('\\', Some(next)) => {
                    out.push(next);
                    chars.next();
                }
                _ => out.push(c),
            }
        }
        out
    }

    /// `docs/glossary.md`'s rows for `lang`: (terms to use, words never to use).
    fn glossary(lang: Lang) -> (Vec<String>, Vec<(String, String)>) {
        let (mut use_terms, mut never) = (Vec::new(), Vec::new());
        for line in include_str!("../docs/glossary.md").lines() {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            if cells.len() < 6 || cells[2] != lang.as_str() {
                continue;
            }
            use_terms.extend(cells[3].split(", ").filter(|t| !t.is_empty() && !t.starts_with('(')).map(str::to_lowercase));
            never.extend(cells[4].split(", ").filter(|t| !t.is_empty()).map(|t| (t.to_lowercase(), cells[1].to_string())));
        }
        // Longer terms first: `gecontroleerde wijziging (monitored update)` before `wijziging (update)`.
        use_terms.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
        (use_terms, never)
    }

    /// Where `word` occurs in `text` as a whole word (no letter or digit on either side).
    fn has_word(text: &str, word: &str) -> bool {
        text.match_indices(word).any(|(i, _)| {
            let before = text[..i].chars().last();
            let after = text[i + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    /// The glossary test: in every language, every text uses the glossary's terms and none of
    /// its *never* words; no text shows a code point.
    #[test]
    fn every_text_keeps_to_the_glossary() {
        let mut problems = Vec::new();
        for lang in Lang::ALL {
            let (terms, never) = glossary(lang);
            assert!(!never.is_empty(), "docs/glossary.md has no rows for {lang:?}");
            for text in every_text(lang) {
                // Placeholders are no words (`{position}`).
                let mut plain = String::new();
                let mut rest = text.to_lowercase();
                while let Some(open) = rest.find('{') {
                    plain.push_str(&rest[..open]);
                    plain.push(' ');
                    rest = rest[open..].find('}').map_or(String::new(), |close| rest[open + close + 1..].to_string());
                }
                plain.push_str(&rest);
                for term in &terms {
                    plain = plain.replace(term.as_str(), " ");
                }
                for (word, concept) in &never {
                    if has_word(&plain, word) {
                        problems.push(format!("{lang:?}: “{word}” (glossary: {concept}) in: {text}"));
                    }
                }
                if text.contains("U+") {
                    problems.push(format!("{lang:?}: a code point in: {text}"));
                }
            }
        }
        assert!(problems.is_empty(), "{} texts break the glossary:\n{}", problems.len(), problems.join("\n"));
    }

    /// German: no sentence starts with a “Sie” that is not the reader (it reads as the polite
    /// “you”); the texts are written so that every sentence-initial “Sie” is the reader.
    #[test]
    fn german_sentences_do_not_start_with_a_third_person_sie() {
        for text in every_text(Lang::De) {
            for sentence in text.split([':', '.', ';', '?', '!']).map(str::trim) {
                if let Some(rest) = sentence.strip_prefix("Sie ") {
                    // The reader: "Sie haben", "Sie brauchen"… — verbs of the second person.
                    let verb = rest.split(' ').next().unwrap_or("");
                    assert!(["haben", "brauchen", "können", "müssen", "sehen"].contains(&verb), "a third-person Sie: {text}");
                }
            }
        }
    }

    /// French spacing in the page's and bindForm's strings too.
    #[test]
    fn french_ui_strings_put_a_no_break_space_before_double_punctuation() {
        for fr in every_text(Lang::Fr) {
            for (i, c) in fr.char_indices() {
                let prev = fr[..i].chars().last();
                // Punctuation, not a time of day (14:05) nor a URL (https://): a space or the end follows.
                let next = fr[i + c.len_utf8()..].chars().next();
                if matches!(c, ':' | ';' | '?' | '!') && next.is_none_or(char::is_whitespace) {
                    assert_eq!(prev, Some('\u{a0}'), "`{c}` in French needs a no-break space: {fr}");
                }
            }
        }
    }
}
