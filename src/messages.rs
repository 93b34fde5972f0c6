//! The message table: one template per code and language. Nothing else writes user-facing text.
//!
//! Templates name their values in braces — `{count}`, `{min}`, `{max}`, `{found}`, `{date}` from
//! [`Params`], `{char}` and `{position}` from [`At`] — and [`render`] fills them in. The table is an
//! exhaustive `match` returning one string per language, so a code without a message, or a
//! message missing a language, does not compile; the tests check that every language uses the
//! same placeholders.

use crate::countries;
use crate::digits::{push_hex, push_number};
use crate::issue::{At, Code, Issue, Params};
use crate::lang::Lang;

/// Templates for `code`, in the order of [`Lang::ALL`]: en, nl, fr, de.
pub(crate) fn templates(code: Code) -> [&'static str; 4] {
    // `Code::ALL` lists every variant in declaration order: the index is in range.
    TABLE[code as usize]
}

/// Every code's templates as data, made at compile time: a lookup instead of a `match` that
/// builds the four strings in code (measured 2026-12-01 on the signup entry's wasm: the match
/// compiled to about 4.9 KB of code). The `dotbe-rules/registrant` entry's wasm (feature
/// `registrant-entry`) only validates registrants: the messages of the other checks' codes,
/// which it can never give (`issue::raised_by_registrant` lists the ones it can; tests keep that
/// list complete), are left out of the table, and so out of a signup form's download.
static TABLE: [[&str; 4]; Code::ALL.len()] = {
    let mut table = [[""; 4]; Code::ALL.len()];
    let mut i = 0;
    while i < Code::ALL.len() {
        let code = Code::ALL[i];
        if !cfg!(feature = "registrant-entry") || crate::issue::raised_by_registrant(code) {
            table[i] = all_templates(code);
        }
        i += 1;
    }
    table
};

const fn all_templates(code: Code) -> [&'static str; 4] {
    match code {
        Code::InvalidType => [
            "Expected {expected} here (received: {found}).",
            "Hier wordt {expected} verwacht (ontvangen: {found}).",
            "{expected} attendu ici (reçu\u{a0}: {found}).",
            "Hier wird {expected} erwartet (erhalten: {found}).",
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
        Code::UnknownField => [
            "“{field}” is not a registrant field and was not checked; is the name misspelt?",
            "‘{field}’ is geen veld van de houder en werd niet gecontroleerd; is de naam verkeerd gespeld?",
            "«\u{a0}{field}\u{a0}» n’est pas un champ du titulaire et n’a pas été vérifié\u{a0}; le nom est-il mal orthographié\u{a0}?",
            "„{field}“ ist kein Feld des Inhabers und wurde nicht geprüft; ist der Name falsch geschrieben?",
        ],
        Code::LongerThanAdvised => [
            "Longer than the {max} characters the registry used to allow; some registrar tools may cut it off.",
            "Langer dan de {max} tekens die het register vroeger toeliet; sommige registrarsystemen kunnen het afkappen.",
            "Plus long que les {max} caractères autrefois admis par le registre\u{a0}; certains outils de bureaux d’enregistrement risquent de le tronquer.",
            "Länger als die {max} Zeichen, die die Registry früher zuließ; manche Registrar-Systeme kürzen es womöglich.",
        ],
        Code::Charset => [
            "{char} at position {position} cannot be sent to the registry, which accepts Western European (Latin-1) characters only.",
            "{char} op positie {position} kan niet naar het register: dat aanvaardt alleen West-Europese (Latin-1) tekens.",
            "{char} en position {position} ne peut pas être envoyé au registre, qui n’accepte que les caractères d’Europe occidentale (Latin-1).",
            "{char} an Position {position} kann nicht an die Registry gesendet werden: Sie akzeptiert nur westeuropäische Zeichen (Latin-1).",
        ],
        Code::AtSignOutsideEmail => [
            "The @ sign is only allowed in the e-mail address.",
            "Het @-teken mag alleen in het e-mailadres staan.",
            "Le signe @ n’est autorisé que dans l’adresse e-mail.",
            "Das @-Zeichen ist nur in der E-Mail-Adresse erlaubt.",
        ],
        Code::TooManyLines => [
            "An address has at most {max} street lines.",
            "Een adres heeft hoogstens {max} straatregels.",
            "Une adresse comporte au plus {max} lignes de rue.",
            "Eine Adresse hat höchstens {max} Straßenzeilen.",
        ],
        Code::PostalCodeFormat => [
            "Not a valid postal code (country: {country}). A valid one looks like this: {example}.",
            "Geen geldige postcode (land: {country}). Een geldige ziet er zo uit: {example}.",
            "Code postal non valable (pays\u{a0}: {country}). Exemple de code valable\u{a0}: {example}.",
            "Keine gültige Postleitzahl (Land: {country}). Eine gültige sieht so aus: {example}.",
        ],
        Code::CountryUnknown => [
            "Unknown country: use its two-letter ISO code, such as BE or NL.",
            "Onbekend land: gebruik de ISO-code van twee letters, zoals BE of NL.",
            "Pays inconnu\u{a0}: utilisez son code ISO à deux lettres, comme BE ou NL.",
            "Unbekanntes Land: Verwenden Sie den zweistelligen ISO-Code, etwa BE oder NL.",
        ],
        Code::PhoneFormat => [
            "Enter the number with its country code, such as +32 475 12 34 56.",
            "Geef het nummer met landcode in, zoals +32 475 12 34 56.",
            "Saisissez le numéro avec l’indicatif du pays, par exemple +32 475 12 34 56.",
            "Geben Sie die Nummer mit Landesvorwahl ein, etwa +32 475 12 34 56.",
        ],
        Code::PhoneCharacter => [
            "{char} at position {position} does not belong in a phone number: use digits, spaces and a leading +.",
            "{char} op positie {position} hoort niet in een telefoonnummer: gebruik cijfers, spaties en een + vooraan.",
            "{char} en position {position} n’a pas sa place dans un numéro de téléphone\u{a0}: utilisez des chiffres, des espaces et un + au début.",
            "{char} an Position {position} gehört nicht in eine Telefonnummer: Verwenden Sie Ziffern, Leerzeichen und ein + am Anfang.",
        ],
        Code::PhoneCallingCodeUnknown => [
            "No country has the calling code +{prefix}. Check the digits after the +.",
            "Geen enkel land heeft landcode +{prefix}. Controleer de cijfers na de +.",
            "Aucun pays n’a l’indicatif +{prefix}. Vérifiez les chiffres après le +.",
            "Kein Land hat die Vorwahl +{prefix}. Prüfen Sie die Ziffern nach dem +.",
        ],
        Code::PhoneLength => [
            "After +{prefix}, a number has {lengths} digits; this one has {count}.",
            "Na +{prefix} telt een nummer {lengths} cijfers; dit heeft er {count}.",
            "Après +{prefix}, un numéro compte {lengths} chiffres\u{a0}; celui-ci en a {count}.",
            "Nach +{prefix} hat eine Nummer {lengths} Ziffern; diese hat {count}.",
        ],
        Code::EmailFormat => [
            "This is not a valid e-mail address; it should look like name@example.be.",
            "Dit is geen geldig e-mailadres; het moet eruitzien als naam@voorbeeld.be.",
            "Cette adresse e-mail n’est pas valide\u{a0}; elle doit avoir la forme nom@exemple.be.",
            "Das ist keine gültige E-Mail-Adresse; sie sollte wie name@beispiel.be aussehen.",
        ],
        Code::EmailCharacter => [
            "An e-mail address cannot contain {char} at position {position}.",
            "Een e-mailadres kan {char} op positie {position} niet bevatten.",
            "Une adresse e-mail ne peut pas contenir {char} en position {position}.",
            "Eine E-Mail-Adresse kann {char} an Position {position} nicht enthalten.",
        ],
        Code::EmailDomainCharacter => [
            "This e-mail address’s domain contains a character domain names cannot have: {char} at position {position}.",
            "Het domein van dit e-mailadres bevat een teken dat een domeinnaam niet kan bevatten: {char} op positie {position}.",
            "Le domaine de cette adresse e-mail contient un caractère qu’un nom de domaine ne peut pas contenir\u{a0}: {char} en position {position}.",
            "Die Domain dieser E-Mail-Adresse enthält ein Zeichen, das in Domainnamen nicht vorkommen kann: {char} an Position {position}.",
        ],
        Code::EmailDomainEncoding => [
            "This e-mail address’s domain has a part starting with xn-- that encodes no valid name: copy the address again.",
            "Het domein van dit e-mailadres heeft een deel dat met xn-- begint en geen geldige naam codeert: kopieer het adres opnieuw.",
            "Le domaine de cette adresse e-mail a une partie commençant par xn-- qui ne code aucun nom valable\u{a0}: recopiez l’adresse.",
            "Die Domain dieser E-Mail-Adresse hat einen Teil, der mit xn-- beginnt und keinen gültigen Namen kodiert: Kopieren Sie die Adresse erneut.",
        ],
        Code::EmailDomainCombination => [
            "This e-mail address’s domain combines characters in a way domain names do not allow, such as right-to-left and left-to-right letters in one part.",
            "Het domein van dit e-mailadres combineert tekens op een manier die domeinnamen niet toelaten, zoals letters van rechts naar links en van links naar rechts in één deel.",
            "Le domaine de cette adresse e-mail combine des caractères d’une façon que les noms de domaine n’admettent pas, comme des lettres de droite à gauche et de gauche à droite dans une même partie.",
            "Die Domain dieser E-Mail-Adresse kombiniert Zeichen so, wie es Domainnamen nicht erlauben, etwa Buchstaben von rechts nach links und von links nach rechts in einem Teil.",
        ],
        Code::EmailTypo => [
            "Did you mean {suggestion}? Mail from the registry to a misspelt address never arrives.",
            "Bedoelt u {suggestion}? Mail van het register naar een verkeerd gespeld adres komt nooit aan.",
            "Vouliez-vous dire {suggestion}\u{a0}? Le courrier du registre envoyé à une adresse mal orthographiée n’arrive jamais.",
            "Meinten Sie {suggestion}? Post der Registry an eine falsch geschriebene Adresse kommt nie an.",
        ],
        Code::EmailInRegisteredDomain => [
            "This address is inside {domain}, the domain being registered: while that domain does not work, the registrant cannot receive the registry’s mail (transfer codes, verification).",
            "Dit adres hoort bij {domain}, de domeinnaam die wordt geregistreerd: zolang die niet werkt, krijgt de houder de mail van het register (transfercodes, verificatie) niet.",
            "Cette adresse appartient à {domain}, le domaine en cours d’enregistrement\u{a0}: tant que ce domaine ne fonctionne pas, le titulaire ne reçoit pas le courrier du registre (codes de transfert, vérification).",
            "Diese Adresse liegt in {domain}, der Domain, die registriert wird: Solange sie nicht funktioniert, erhält der Inhaber die Post der Registry nicht (Transfercodes, Verifizierung).",
        ],
        Code::EmailDomainReserved => [
            "An address at {domain} can never receive mail: that domain is reserved for examples, tests or local networks. Enter an address the registrant reads.",
            "Een adres bij {domain} kan nooit mail ontvangen: dat domein is voorbehouden voor voorbeelden, tests of lokale netwerken. Geef een adres in dat de houder leest.",
            "Une adresse chez {domain} ne peut jamais recevoir de courrier\u{a0}: ce domaine est réservé aux exemples, aux tests ou aux réseaux locaux. Indiquez une adresse que le titulaire consulte.",
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
            "With PENDING, DNS Belgium checks again after 3 months and may start the revoke procedure if there is still no VAT number.",
            "Met PENDING controleert DNS Belgium na 3 maanden opnieuw en kan het de intrekkingsprocedure starten als er dan nog geen btw-nummer is.",
            "Avec PENDING, DNS Belgium revérifie après 3 mois et peut lancer la procédure de révocation s’il n’y a toujours pas de numéro de TVA.",
            "Bei PENDING prüft DNS Belgium nach 3 Monaten erneut und kann das Widerrufsverfahren einleiten, wenn dann noch keine USt-IdNr. vorliegt.",
        ],
        Code::LanguageUnknown => [
            "The registry’s contact language is nl, fr or en.",
            "De contacttaal bij het register is nl, fr of en.",
            "La langue de contact du registre est nl, fr ou en.",
            "Die Kontaktsprache bei der Registry ist nl, fr oder en.",
        ],
        Code::Implausible => [
            "This looks like placeholder or made-up data. DNS Belgium withdraws domains registered with false data: please enter the real details.",
            "Dit lijkt op opvul- of verzonnen gegevens. DNS Belgium trekt domeinnamen met valse gegevens in: vul de echte gegevens in.",
            "Cela ressemble à des données factices ou inventées. DNS Belgium retire les domaines enregistrés avec de fausses données\u{a0}: indiquez les vraies coordonnées.",
            "Das sieht nach Platzhalter- oder erfundenen Daten aus. DNS Belgium entzieht Domains mit falschen Daten: Bitte geben Sie die echten Angaben ein.",
        ],
        Code::DomainCharacter => [
            "{char} at position {position} cannot be used in a .be name: use a–z, digits, hyphens and the accented letters DNS Belgium allows (such as é, ç, ß).",
            "{char} op positie {position} kan niet in een .be-naam: gebruik a–z, cijfers, koppeltekens en de letters met accent die DNS Belgium toelaat (zoals é, ç, ß).",
            "{char} en position {position} n’est pas admis dans un nom .be\u{a0}: utilisez a–z, des chiffres, des traits d’union et les lettres accentuées que DNS Belgium autorise (comme é, ç, ß).",
            "{char} an Position {position} ist in einem .be-Namen nicht erlaubt: Verwenden Sie a–z, Ziffern, Bindestriche und die Akzentbuchstaben, die DNS Belgium zulässt (etwa é, ç, ß).",
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
            "Deze naamserver staat er twee keer.",
            "Ce serveur de noms figure deux fois.",
            "Dieser Nameserver ist doppelt angegeben.",
        ],
        Code::NameserverHost => [
            "Not a name-server host name (such as ns1.example.be).",
            "Geen hostnaam van een naamserver (zoals ns1.voorbeeld.be).",
            "Ce n’est pas le nom d’hôte d’un serveur de noms (comme ns1.exemple.be).",
            "Kein Hostname eines Nameservers (etwa ns1.beispiel.be).",
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
            "A name-server group cannot carry name servers inside the domain (they need glue).",
            "Een naamservergroep kan geen naamservers binnen de domeinnaam bevatten (die hebben glue nodig).",
            "Un groupe de serveurs de noms ne peut pas contenir de serveurs situés dans le domaine (ils ont besoin de glue).",
            "Eine Nameserver-Gruppe kann keine Nameserver in der Domain enthalten (die brauchen Glue).",
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
            "This domain is in DNS Belgium’s revoke procedure: it cannot be transferred, to another registrar or internally, until the procedure ends.",
            "Deze domeinnaam zit in de intrekkingsprocedure van DNS Belgium: hij kan niet worden verhuisd, extern noch intern, tot de procedure afgelopen is.",
            "Ce domaine fait l’objet de la procédure de révocation de DNS Belgium\u{a0}: il ne peut pas être transféré, ni en externe ni en interne, avant la fin de la procédure.",
            "Diese Domain befindet sich im Widerrufsverfahren von DNS Belgium: Sie kann bis zum Ende des Verfahrens weder extern noch intern übertragen werden.",
        ],
        Code::TransferLockClient => [
            "The domain has a transfer lock (clientTransferProhibited). Unlock it in the control panel of the current provider, then try again.",
            "De domeinnaam heeft een transferslot (clientTransferProhibited). Ontgrendel hem in het beheerpaneel van de huidige provider en probeer opnieuw.",
            "Le domaine a un verrou de transfert (clientTransferProhibited). Déverrouillez-le dans le panneau de gestion du fournisseur actuel, puis réessayez.",
            "Die Domain hat eine Transfersperre (clientTransferProhibited). Entsperren Sie sie im Kundenbereich des bisherigen Anbieters und versuchen Sie es erneut.",
        ],
        Code::TransferLockServer => [
            "The registry has locked this domain against transfers (serverTransferProhibited). Only DNS Belgium can lift this lock.",
            "Het register heeft deze domeinnaam vergrendeld tegen verhuizen (serverTransferProhibited). Alleen DNS Belgium kan dat slot opheffen.",
            "Le registre a verrouillé ce domaine contre les transferts (serverTransferProhibited). Seul DNS Belgium peut lever ce verrou.",
            "Die Registry hat diese Domain gegen Transfers gesperrt (serverTransferProhibited). Nur DNS Belgium kann die Sperre aufheben.",
        ],
        Code::NameserversMissing => [
            "A transfer needs at least 2 name servers or a name-server group.",
            "Een verhuizing vraagt minstens 2 naamservers of een naamservergroep.",
            "Un transfert demande au moins 2 serveurs de noms ou un groupe de serveurs de noms.",
            "Ein Transfer braucht mindestens 2 Nameserver oder eine Nameserver-Gruppe.",
        ],
        Code::RegistrantChangeInternal => [
            "The holder cannot change during an internal transfer. Transfer the domain first, then change the holder with a trade.",
            "De houder kan niet veranderen tijdens een interne verhuizing. Verhuis de domeinnaam eerst en wijzig daarna de houder met een trade.",
            "Le titulaire ne peut pas changer pendant un transfert interne. Transférez d’abord le domaine, puis changez de titulaire par un trade.",
            "Der Inhaber kann sich bei einem internen Transfer nicht ändern. Übertragen Sie zuerst die Domain und wechseln Sie danach den Inhaber per Trade.",
        ],
        Code::EmailDomainNotFound => [
            "The domain {domain} does not exist, so mail sent to this address comes back undelivered.",
            "De domeinnaam {domain} bestaat niet: mail naar dit adres komt onbestelbaar terug.",
            "Le domaine {domain} n’existe pas\u{a0}: les e-mails envoyés à cette adresse reviennent sans avoir été distribués.",
            "Die Domain {domain} existiert nicht: E-Mails an diese Adresse kommen als unzustellbar zurück.",
        ],
        Code::EmailDomainNoMail => [
            "The domain {domain} does not accept mail, so mail sent to this address comes back undelivered.",
            "De domeinnaam {domain} ontvangt geen mail: mail naar dit adres komt onbestelbaar terug.",
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
fn also_templates(with_chars: bool, several: bool) -> [&'static str; 4] {
    match (with_chars, several) {
        (false, false) => ["The same goes for position {positions}.", "Hetzelfde geldt voor positie {positions}.", "Il en va de même en position {positions}.", "Dasselbe gilt für Position {positions}."],
        (false, true) => ["The same goes for positions {positions}.", "Hetzelfde geldt voor de posities {positions}.", "Il en va de même en positions {positions}.", "Dasselbe gilt für die Positionen {positions}."],
        (true, false) => [
            "The same goes for {chars} at position {positions}.",
            "Hetzelfde geldt voor {chars} op positie {positions}.",
            "Il en va de même pour {chars} en position {positions}.",
            "Dasselbe gilt für {chars} an Position {positions}.",
        ],
        (true, true) => [
            "The same goes for {chars} at positions {positions}.",
            "Hetzelfde geldt voor {chars} op de posities {positions}.",
            "Il en va de même pour {chars} en positions {positions}.",
            "Dasselbe gilt für {chars} an den Positionen {positions}.",
        ],
    }
}

/// Makes the issues of one cause into one and writes every issue's message in `lang` (once every
/// detail of it is known); tells whether the value is valid: no issue is an error. Every check
/// ends with this.
pub(crate) fn finish(issues: &mut Vec<Issue>, lang: Lang) -> bool {
    collapse(issues);
    for issue in issues.iter_mut() {
        issue.message = render(issue.code, lang, &issue.params, issue.at.as_ref(), issue.suggestion.as_deref());
    }
    !issues.iter().any(Issue::is_error)
}

/// Located issues of one cause — the same code on the same path, without params (no located
/// issue has any), each at its own character (`0475 12 AB 56`: two letters;
/// `123.456.789.012.345`: four dots) — become
/// the first of them, with every character in `params.positions` (in input order; `at` stays the
/// first) and the first suggestion any of them had (a field's suggestion mends all of them).
/// Quadratic in the number of issues at worst, which stays small: every check caps the located
/// issues it reports per field.
fn collapse(issues: &mut Vec<Issue>) {
    let mut i = 0;
    while i < issues.len() {
        if issues[i].at.is_none() || !issues[i].params.is_empty() {
            i += 1;
            continue;
        }
        let mut positions: Vec<At> = Vec::new();
        let mut j = i + 1;
        while j < issues.len() {
            let (a, b) = (&issues[i], &issues[j]);
            if b.at.is_some() && b.code == a.code && b.path == a.path && b.params.is_empty() {
                let other = issues.remove(j);
                if positions.is_empty() {
                    if let Some(first) = &issues[i].at {
                        positions.push(first.clone());
                    }
                }
                if issues[i].suggestion.is_none() {
                    issues[i].suggestion = other.suggestion;
                }
                if let Some(at) = other.at {
                    positions.push(at);
                }
            } else {
                j += 1;
            }
        }
        if !positions.is_empty() {
            issues[i].params.positions = Some(positions);
        }
        i += 1;
    }
}

/// The message for `code` in `lang`, with its values filled in; for an issue of several
/// characters, followed by the sentence naming the others ([`also_templates`]).
pub(crate) fn render(code: Code, lang: Lang, params: &Params, at: Option<&At>, suggestion: Option<&str>) -> String {
    let template = templates(code)[lang.index()];
    let mut out = String::with_capacity(template.len() + 32);
    fill(&mut out, template, lang, params, at, suggestion);
    let others = params.positions.as_deref().and_then(|all| all.get(1..)).unwrap_or(&[]);
    if !others.is_empty() && names_a_position(template) {
        let first = at.map_or("", |a| a.char.as_str());
        let with_chars = others.iter().any(|a| a.char != first);
        out.push(' ');
        also(&mut out, also_templates(with_chars, others.len() > 1)[lang.index()], others, lang);
    }
    out
}

/// Appends an [`also_templates`] sentence with its `{chars}` and `{positions}` (the only
/// placeholders those have) filled in from `others`.
fn also(out: &mut String, template: &str, others: &[At], lang: Lang) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').unwrap_or(after.len());
        join(out, others, after.starts_with("chars"), lang);
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
}

/// Whether a template shows `{position}` (byte by byte: no substring searcher in the wasm).
fn names_a_position(template: &str) -> bool {
    template.as_bytes().windows(10).any(|w| w == b"{position}")
}

/// Appends `template` to `out` with its placeholders filled in.
fn fill(out: &mut String, template: &str, lang: Lang, params: &Params, at: Option<&At>, suggestion: Option<&str>) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
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
        "domain" => text(params.domain.as_deref()),
        "field" => text(params.field.as_deref()),
        "suggestion" => text(suggestion),
        "found" => text(params.found.as_deref()),
        "expected" => text(params.expected.map(|e| expected(e, lang))),
        "count" => params.count.map(|n| push_number(out, n.into())).is_some(),
        "min" => params.min.map(|n| push_number(out, n.into())).is_some(),
        "max" => params.max.map(|n| push_number(out, n.into())).is_some(),
        "position" => at.map(|a| push_number(out, a.position.into())).is_some(),
        "lengths" => params.lengths.as_deref().map(|l| lengths(out, l, lang)).is_some(),
        "date" => params.date.as_deref().map(|iso| human_date(out, iso)).is_some(),
        "char" => at.map(|a| quote_char(out, &a.char, lang)).is_some(),
        _ => false,
    }
}

/// The positions, or the distinct characters, of `others` (the characters in the order they
/// first occur, quoted), as `a`, `a and b`, `a, b and c` in the words of `lang`: "8, 12 and 16",
/// "“B” and “C”".
fn join(out: &mut String, others: &[At], chars: bool, lang: Lang) {
    let and = match lang {
        Lang::En => " and ",
        Lang::Nl => " en ",
        Lang::Fr => " et ",
        Lang::De => " und ",
    };
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
            quote_char(out, &a.char, lang);
        } else {
            push_number(out, a.position.into());
        }
    }
}

/// What a value should have been, in words (see `Params::expected`).
fn expected(what: &str, lang: Lang) -> &'static str {
    let words = match what {
        "object" => ["an object", "een object", "Un objet", "ein Objekt"],
        "list" => ["a list", "een lijst", "Une liste", "eine Liste"],
        _ => ["text", "tekst", "Du texte", "Text"],
    };
    words[lang.index()]
}

/// `[(6, 6), (8, 9)]` → "6, 8 or 9"; `[(4, 13)]` → "4 to 13", in the words of `lang`.
fn lengths(out: &mut String, ranges: &[(u8, u8)], lang: Lang) {
    let (or, to) = match lang {
        Lang::En => ("or", "to"),
        Lang::Nl => ("of", "tot"),
        Lang::Fr => ("ou", "à"),
        Lang::De => ("oder", "bis"),
    };
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

/// `2026-11-23T14:05:00.000Z` → `2026-11-23 14:05 UTC`: unambiguous in all four languages.
fn human_date(out: &mut String, iso: &str) {
    match (iso.get(..10), iso.get(11..16)) {
        (Some(day), Some(time)) => {
            out.push_str(day);
            out.push(' ');
            out.push_str(time);
            out.push_str(" UTC");
        }
        _ => out.push_str(iso),
    }
}

/// A character in the quotation marks of `lang`, or its code point when it would be invisible.
fn quote_char(out: &mut String, ch: &str, lang: Lang) {
    let invisible = ch.chars().any(|c| c.is_whitespace() || c.is_control() || is_format(c));
    if invisible {
        let cp = ch.chars().next().map_or(0, u32::from);
        out.push_str("U+");
        push_hex(out, cp.into(), 4, true);
        return;
    }
    let (open, close) = match lang {
        Lang::En => ("“", "”"),
        Lang::Nl => ("‘", "’"),
        Lang::Fr => ("«\u{a0}", "\u{a0}»"),
        Lang::De => ("„", "“"),
    };
    out.push_str(open);
    out.push_str(ch);
    out.push_str(close);
}

/// Zero-width and direction marks, the byte-order mark: characters that show nothing.
fn is_format(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_indexed_by_declaration_order() {
        for (i, &code) in Code::ALL.iter().enumerate() {
            assert_eq!(code as usize, i);
            assert_eq!(templates(code), all_templates(code));
        }
    }
    use crate::change::{alternative_templates, name_only_templates, other_vat_templates, rule_templates, whois_templates, AlternativeReason, Rule};
    use std::collections::BTreeSet;

    const KNOWN: [&str; 18] = [
        "expected",
        "count", "min", "max", "found", "date", "position", "char", "example", "country", "vatCountry", "prefix", "lengths",
        "domain", "field", "suggestion", "positions", "chars",
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
    fn every_decision_sentence_exists_in_all_languages() {
        let mut tables: Vec<[&str; 4]> = Rule::ALL.iter().map(|&r| rule_templates(r)).collect();
        tables.push(alternative_templates(AlternativeReason::TypoCorrection));
        tables.push(alternative_templates(AlternativeReason::SameVatNumber));
        tables.push(alternative_templates(AlternativeReason::LegalFormChange));
        tables.push(other_vat_templates());
        tables.push(name_only_templates());
        tables.push(whois_templates(true));
        tables.push(whois_templates(false));
        for t in tables {
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
        assert_eq!(first.message, "“A” at position 9 does not belong in a phone number: use digits, spaces and a leading +. The same goes for “B” at position 10.");
        assert_eq!(issues[2].params.positions, None, "another field is another cause");
        assert!(issues[2].message.starts_with("“B” at position 10 "), "{}", issues[2].message);
        // The same character four times is named once.
        let raw = "123.456.789.012.345";
        let mut issues: Vec<Issue> = raw.match_indices('.').map(|(i, _)| Issue::new(Code::AuthCodeCharacter).at(At::locate(raw, i))).collect();
        finish(&mut issues, Lang::Nl);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].message, "‘.’ op positie 4 is geen cijfer: de transfercode van DNS Belgium bestaat enkel uit cijfers. Hetzelfde geldt voor de posities 8, 12 en 16.");
        // Different params are different causes; the suggestion of any of them is kept.
        let mut issues = vec![
            Issue::new(Code::Charset).at(At::locate("ab", 0)),
            Issue::new(Code::Charset).at(At::locate("ab", 1)).suggest(Some("x".into())),
            Issue::new(Code::Charset).at(At::locate("ab", 1)).params(Params { max: Some(1), ..Params::default() }),
        ];
        finish(&mut issues, Lang::De);
        assert_eq!(issues.len(), 2);
        assert_eq!(issues[0].suggestion.as_deref(), Some("x"));
        assert!(issues[0].message.ends_with(" Dasselbe gilt für „b“ an Position 2."), "{}", issues[0].message);
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
        assert!(m.starts_with("„x“ an Position 4 "), "{m}");
        let m = render(Code::AuthCodeCharacter, Lang::Fr, &Params::default(), Some(&at), None);
        assert!(m.starts_with("«\u{a0}x\u{a0}» en position 4 "), "{m}");
        let space = At { position: 2, char: " ".into(), start: 1, end: 2 };
        let m = render(Code::InternalCodeCharacter, Lang::En, &Params::default(), Some(&space), None);
        assert!(m.starts_with("U+0020 at position 2 "), "{m}");
        let p = Params { count: Some(14), ..Params::default() };
        let m = render(Code::AuthCodeDigitCount, Lang::Nl, &p, None, None);
        assert!(m.ends_with("u gaf er 14 in."), "{m}");
        let p = Params { date: Some("2026-11-23T14:05:00.000Z".into()), ..Params::default() };
        let m = render(Code::AuthCodeExpiring, Lang::En, &p, None, None);
        assert!(m.contains("2026-11-23 14:05 UTC"), "{m}");
        let p = Params { prefix: Some("376".into()), lengths: Some(vec![(6, 6), (8, 9)]), count: Some(7), ..Params::default() };
        let m = render(Code::PhoneLength, Lang::Fr, &p, None, None);
        assert_eq!(m, "Après +376, un numéro compte 6, 8 ou 9 chiffres\u{a0}; celui-ci en a 7.");
        let p = Params { prefix: Some("43".into()), lengths: Some(vec![(4, 13)]), count: Some(3), ..Params::default() };
        assert_eq!(render(Code::PhoneLength, Lang::De, &p, None, None), "Nach +43 hat eine Nummer 4 bis 13 Ziffern; diese hat 3.");
        let p = Params { country: Some("NL"), example: Some("1234 AB".into()), ..Params::default() };
        assert_eq!(render(Code::PostalCodeFormat, Lang::Nl, &p, None, None), "Geen geldige postcode (land: Nederland). Een geldige ziet er zo uit: 1234 AB.");
        let m = render(Code::EmailTypo, Lang::En, &Params::default(), None, Some("jan@gmail.com"));
        assert!(m.starts_with("Did you mean jan@gmail.com? "), "{m}");
    }
}
