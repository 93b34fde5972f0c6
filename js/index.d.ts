// dotbe-rules — types of every export. Hand-written; `tests/node` checks them against the code.

/** Message language. Region tags such as `nl-BE` are read as their language. */
export type Lang = 'en' | 'nl' | 'fr' | 'de';
/**
 * A language tag: one of ours, with a region or not, or another one (`document.documentElement.lang`,
 * `navigator.language`): a language we do not have falls back to English.
 */
export type LangTag = Lang | `${Lang}-${string}` | (string & {});

/** `error` blocks the registration; `warning` is worth showing but does not. */
export type Severity = 'error' | 'warning';

/**
 * What the check prevents: the registry refusing the transaction (`rejection`), the domain
 * being withdrawn later for bad data (`revoke`), mail to the registrant bouncing (`bounce`).
 */
export type Risk = 'rejection' | 'revoke' | 'bounce';

/** Every issue code. Stable: a code never changes meaning. */
export type IssueCode =
  | 'invalid_type'
  | 'required'
  | 'too_long'
  | 'too_short'
  | 'auth_code_character'
  | 'auth_code_digit_count'
  | 'auth_code_not_external'
  | 'internal_code_character'
  | 'auth_code_expired'
  | 'auth_code_expiring'
  | 'auth_code_issued_in_future'
  | 'invalid_date'
  | 'unknown_field'
  | 'longer_than_advised'
  | 'charset'
  | 'at_sign_outside_email'
  | 'too_many_lines'
  | 'postal_code_format'
  | 'country_unknown'
  | 'phone_format'
  | 'phone_character'
  | 'phone_calling_code_unknown'
  | 'phone_length'
  | 'email_format'
  | 'email_character'
  | 'email_domain_character'
  | 'email_domain_encoding'
  | 'email_domain_combination'
  | 'email_typo'
  | 'email_in_registered_domain'
  | 'email_domain_reserved'
  | 'vat_required'
  | 'vat_format'
  | 'vat_checksum'
  | 'vat_country_mismatch'
  | 'vat_prefix_wrong'
  | 'vat_pending'
  | 'language_unknown'
  | 'implausible'
  | 'domain_character'
  | 'domain_hyphen_edge'
  | 'domain_hyphen_34'
  | 'domain_idn_too_long'
  | 'domain_punycode'
  | 'domain_not_be'
  | 'domain_subdomain'
  | 'domain_format'
  | 'domain_url'
  | 'domain_email'
  | 'domain_www'
  | 'nameservers_too_few'
  | 'nameservers_too_many'
  | 'nameserver_duplicate'
  | 'nameserver_host'
  | 'nameserver_glue_required'
  | 'nameserver_glue_not_allowed'
  | 'nameserver_group_glue'
  | 'ip_format'
  | 'ip_not_public'
  | 'revoke_procedure'
  | 'transfer_lock_client'
  | 'transfer_lock_server'
  | 'nameservers_missing'
  | 'registrant_change_internal'
  | 'email_domain_not_found'
  | 'email_domain_no_mail';

/** Where in the input a problem sits. */
export interface IssueAt {
  /** 1-based position in characters, as a person counts (an emoji is one). */
  position: number;
  /** The character itself. */
  char: string;
  /** UTF-16 offsets into the input as given: `input.setSelectionRange(at.start, at.end)`. */
  start: number;
  end: number;
}

/** The values a message refers to; only those of the issue's code are present (see `ParamsOf`). */
export interface IssueParams {
  count?: number;
  min?: number;
  max?: number;
  /** The type received (`number`, `null`, `array`, …). */
  found?: string;
  /** What was expected instead. */
  expected?: 'text' | 'object' | 'list';
  /** A moment, ISO 8601 in UTC (the message shows it in local time: see `timeZone`). */
  date?: string;
  /** A valid example (a postal code of the country), fitting what was typed where it can (`B-9000` → `9000`). */
  example?: string;
  /** How many digits the country's postal codes have, where they are digits only (`4` in Belgium). */
  digits?: number;
  /** A country prefix typed before a postal code (`B-` in `B-9000`). */
  countryPrefix?: string;
  /** ISO code of the country the rule belongs to (the message shows its name). */
  country?: string;
  /** ISO code of the country a VAT number's prefix belongs to. */
  vatCountry?: string;
  /** A phone calling code, without `+`; or the prefix a country's VAT numbers carry (`EL`). */
  prefix?: string;
  /** The trunk prefix (`0`) a national number was typed with; `lengths` and `count` then count it too. */
  trunk?: string;
  /** Digit counts allowed, as `[min, max]` ranges. */
  lengths?: Array<[number, number]>;
  /** A domain or host name, in its Unicode form (`café.be`). */
  domain?: string;
  /** What to type instead of the character the issue is about (`'` for `’`). */
  replacement?: string;
  /** The key an `unknown_field` issue is about. */
  field?: string;
  /**
   * Every character of one cause when there are several (`'0475 12 AB 56'`: the `A` and the
   * `B`), in input order; the first is the issue's `at`. One issue per cause, not one per
   * character: highlight them all with `(params?.positions ?? [at]).forEach(…)`.
   */
  positions?: IssueAt[];
}

/**
 * The params each code's message shows (always an object; `{}` for a code that shows none), so a
 * reseller's own wording can use them. `{char}` and `{position}` come from the issue's `at`,
 * `{suggestion}` from its `suggestion`.
 */
export interface ParamsByCode {
  invalid_type: { found: string; expected: 'text' | 'object' | 'list' };
  required: {};
  too_long: { max: number; count?: number };
  too_short: { min: number };
  auth_code_character: { positions?: IssueAt[] };
  auth_code_digit_count: { count: number };
  auth_code_not_external: {};
  internal_code_character: { positions?: IssueAt[] };
  auth_code_expired: { date: string };
  auth_code_expiring: { date: string };
  auth_code_issued_in_future: { date: string };
  invalid_date: {};
  unknown_field: { field: string };
  longer_than_advised: { max: number };
  charset: { replacement?: string; positions?: IssueAt[] };
  at_sign_outside_email: { positions?: IssueAt[] };
  too_many_lines: { max: number };
  postal_code_format: { country: string; example: string; digits?: number; countryPrefix?: string };
  country_unknown: { country?: string };
  phone_format: { prefix?: string; trunk?: string };
  phone_character: { positions?: IssueAt[] };
  phone_calling_code_unknown: { prefix: string };
  phone_length: { prefix: string; lengths: Array<[number, number]>; count: number; trunk?: string };
  email_format: {};
  email_character: { replacement?: string; positions?: IssueAt[] };
  email_typo: {};
  email_in_registered_domain: { domain: string };
  email_domain_character: { positions?: IssueAt[] };
  email_domain_encoding: {};
  email_domain_combination: {};
  email_domain_reserved: { domain: string };
  email_domain_not_found: { domain: string };
  email_domain_no_mail: { domain: string };
  vat_required: { country: string };
  vat_format: { country: string; vatCountry?: string };
  vat_checksum: {};
  vat_country_mismatch: { country: string; vatCountry: string };
  vat_prefix_wrong: { country: string; prefix: string };
  vat_pending: {};
  language_unknown: {};
  implausible: {};
  domain_character: { replacement?: string; positions?: IssueAt[] };
  domain_hyphen_edge: {};
  domain_hyphen_34: {};
  domain_idn_too_long: { count: number; max: number };
  domain_punycode: {};
  domain_not_be: {};
  domain_subdomain: {};
  domain_format: {};
  domain_url: {};
  domain_email: {};
  domain_www: {};
  nameservers_too_few: { count: number; min: number };
  nameservers_too_many: { count: number; max: number };
  nameserver_duplicate: {};
  nameserver_host: {};
  nameserver_glue_required: { domain: string };
  nameserver_glue_not_allowed: {};
  nameserver_group_glue: {};
  ip_format: {};
  ip_not_public: {};
  revoke_procedure: {};
  transfer_lock_client: {};
  transfer_lock_server: {};
  nameservers_missing: {};
  registrant_change_internal: {};
}

/** The params of code `C`. */
export type ParamsOf<C extends IssueCode> = C extends keyof ParamsByCode ? ParamsByCode[C] : IssueParams;

interface IssueOf<C extends IssueCode> {
  /** Where the problem is: `[]` for the checked value itself, `['issuedAt']` for an option. */
  path: Array<string | number>;
  code: C;
  severity: Severity;
  risk: Risk;
  /** In the requested language (or the caller's own words, option `messages`). */
  message: string;
  /** A corrected value to offer ("did you mean"). */
  suggestion?: string;
  /** The (first) character the issue is about; all of them in `params.positions`. */
  /**
   * A label for the button that applies `suggestion`, where the suggestion alone would not show
   * what changes (`Jan D’Hondt` → `Jan D'Hondt`: "Use the straight apostrophe '").
   */
  fix?: string;
  at?: IssueAt;
  /** The values the message shows (`{}` if none): narrowed by `code`. */
  params: ParamsOf<C>;
  /**
   * The value as typed is the beginning of a valid one: typing on can still fix it (`0475` in a
   * phone field, `9` for a Belgian postal code, 14 digits of an authorisation code, `jan@gmail`).
   * Show such an error when the user leaves the field or submits, not while they type. Never set
   * for an empty required field, nor where no continuation helps (a letter in a phone number, a
   * fifth digit in a Belgian postal code). Absent when false.
   */
  incomplete?: true;
}

/** One problem found: narrow on `code` to get its `params` typed. */
export type Issue<C extends IssueCode = IssueCode> = C extends IssueCode ? IssueOf<C> : never;

/**
 * Own words for messages (option `messages` of every check, the schema and bindForm): by issue
 * code, a template — `{name}` placeholders from the issue's `params`, plus `{char}`, `{position}`
 * (from `at`), `{suggestion}` and `{code}`; a list of ranges reads `6, 8–9` — or a function of the
 * issue; or one function of every issue. A code left out, or a function returning `undefined`,
 * keeps the built-in message in `lang`. Rendered on the JS side from the result.
 */
export type Messages =
  | { [C in IssueCode]?: string | ((issue: Issue<C>) => string | undefined) }
  | ((issue: Issue) => string | undefined);

/** What every check's options have. */
export interface CommonOptions {
  /**
   * The messages' language (a language tag such as `fr-BE`; one we have no messages in is English). Left out:
   * the page's (`<html lang>`) in a browser, English elsewhere.
   */
  lang?: LangTag;
  messages?: Messages;
}

/** The shape every check returns. `valid` is true iff no issue has severity `error`. */
export interface CheckResult<V> {
  valid: boolean;
  /** The normalised value to send to the registry. */
  value: V;
  issues: Issue[];
}

export type AuthCodeKind = 'external' | 'internal';

export interface AuthCodeOptions extends CommonOptions {
  /**
   * What the step accepts: `external` (an external transfer or a trade) only the registry's
   * 15-digit code; `internal` (an internal transfer) a reseller's code or the registry's.
   * Left out, the kind is read off the input.
   */
  kind?: AuthCodeKind;
  /** When the registry issued the code; enables the 7-day expiry check. */
  issuedAt?: string | Date;
  /** The current moment; defaults to the clock. */
  now?: string | Date;
  /**
   * The IANA time zone the messages show moments in (`Europe/Brussels`). Default: the browser's
   * own; in Node, `process.env.TZ` or else Europe/Brussels (as the Rust crate does).
   */
  timeZone?: string;
}

export interface AuthCodeResult extends CheckResult<string | null> {
  /** What the input is, as far as can be told; `null` when there is nothing to tell by. */
  kind: AuthCodeKind | null;
  /** When an external code stops being valid, if `issuedAt` was given (ISO 8601, UTC). */
  expiresAt?: string;
}

/**
 * Checks a .be authorisation (transfer) code as typed or pasted. `value` is the canonical
 * `123-456-789-012-345` for an external code. Never throws on bad data (an empty or missing form
 * value is `required`); throws a `TypeError` only for options that make no sense (not an object,
 * an unknown option or `kind`).
 */
export function checkAuthCode(code: string | null | undefined, options?: AuthCodeOptions): AuthCodeResult;

/** The registrant form's fields, by their API names (also the `name` attributes of the form). */
export type RegistrantField =
  | 'name'
  | 'organization'
  | 'street'
  | 'city'
  | 'postalCode'
  | 'country'
  | 'email'
  | 'phone'
  | 'fax'
  | 'vat'
  | 'language';

/** The registrant form as typed; every field optional, so a half-filled form can be checked. */
export interface RegistrantInput {
  /** The person's full name (for an organisation: its contact person). */
  name?: string;
  /** Filled in: the registrant is an organisation; empty: a private person. */
  organization?: string;
  /** One string (lines separated by line breaks) or up to three lines. */
  street?: string | string[];
  city?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2 (`BE`), also `XK`. */
  country?: string;
  email?: string;
  /** As typed: `0475 12 34 56`, `+32 475/12.34.56`, `+32.475123456`… */
  phone?: string;
  fax?: string;
  /** With or without country prefix and separators, or `PENDING`. */
  vat?: string;
  /** The registry's contact language: `nl`, `fr` or `en`. */
  language?: string;
}

export interface RegistrantOptions extends CommonOptions {
  /** The domain being registered: warns about an e-mail address inside it. */
  domain?: string;
  /** Report only these fields (per-field feedback while typing); the rest is context. */
  only?: RegistrantField[];
  /**
   * Who the holder is, where the form asks: `organization` requires the organisation name (and
   * with it the VAT rules); `person` sends no organisation and no VAT number, whatever those
   * fields hold. Left out, an organisation name given makes the holder an organisation.
   */
  holder?: 'person' | 'organization';
}

/** The registrant to send: every field normalised, missing ones empty. */
export interface Registrant {
  name: string;
  organization: string;
  street: string[];
  city: string;
  postalCode: string;
  country: string;
  email: string;
  /** `+CC.NUMBER` */
  phone: string;
  fax: string;
  /** Compact with its country prefix (`BE0403170701`), or `PENDING`. */
  vat: string;
  language: string;
}

export type RegistrantResult = CheckResult<Registrant>;

/**
 * Checks a registrant against the registry's rules: character set, lengths, postal code per
 * country, phone length per calling code, e-mail, VAT, plausibility. Never throws on bad data.
 */
export function validateRegistrant(input: RegistrantInput, options?: RegistrantOptions): RegistrantResult;

/** A .be name in both forms. */
export interface DomainName {
  /** U-label form: `café.be`. */
  unicode: string;
  /** A-label form: `xn--caf-dma.be`. */
  ascii: string;
}

/** `value` is null when the input could not be read as a name at all. */
export type DomainNameResult = CheckResult<DomainName | null>;

/**
 * Checks a .be domain name as typed: `Café.be`, `café` (a bare label means `café.be`),
 * `xn--caf-dma.be`, upper case, spaces, a trailing dot.
 */
export function validateDomainName(name: string | null | undefined, options?: CommonOptions): DomainNameResult;

export interface NameserverInput {
  /** Host name; IDN allowed. */
  host: string;
  /** Glue: required for hosts inside the domain, refused for others. */
  ips?: string[];
}

export interface NameserversInput {
  /** The .be domain the name servers are for. */
  domain: string;
  /** 2–9 name servers (or a group); a plain string is a host without glue. */
  nameservers?: Array<NameserverInput | string>;
  /** A name-server group, instead of name servers. */
  group?: string;
}

export interface NameserversValue {
  /** The domain, A-label form. */
  domain: string;
  /** Hosts as A-labels, addresses in canonical form (IPv6 per RFC 5952). */
  nameservers: Array<{ host: string; ips: string[] }>;
  group: string | null;
}

export type NameserversResult = CheckResult<NameserversValue>;

/** Checks a domain's name servers: 2–9 or a group, host names, duplicates, glue, IP syntax. */
export function validateNameservers(input: NameserversInput, options?: CommonOptions): NameserversResult;

/** How a registrant change is carried out (spec §4). */
export type ChangeAction = 'none' | 'update' | 'trade';

/**
 * The row of the change table that decided. Between organisations the VAT (enterprise) number
 * is the legal entity: another valid number is `org_to_other_org` whatever the name, and a valid
 * number dropped from the new details (missing, `PENDING`, invalid) is `legal_entity_unconfirmed`
 * (a trade, never a silent update).
 */
export type ChangeRule =
  | 'no_change'
  | 'same_holder_details'
  | 'same_org_new_contact'
  | 'org_to_other_org'
  | 'org_to_private'
  | 'private_to_other_private'
  | 'private_to_org'
  | 'legal_entity_unconfirmed'
  | 'revoke_procedure_update'
  | 'monitored_update_approved';

/** decideContactChange's options (the spec's "context"). */
export interface ContactChangeOptions extends CommonOptions {
  /** The domain is in the revoke procedure (NIS2): name changes go by standard update. */
  revokeProcedure?: boolean;
  /** The registry approved a monitored update for this change. */
  monitoredUpdateApproved?: boolean;
}

/** @deprecated The old name of {@link ContactChangeOptions}. */
export type ContactChangeContext = ContactChangeOptions;

export interface ContactChangeDecision {
  action: ChangeAction;
  rule: ChangeRule;
  requires: Array<'external_auth_code' | 'new_registrant_contact' | 'registry_approval'>;
  effects: Array<'registration_period_restarts' | 'remaining_period_lost' | 'registry_fee' | 'monitored_update_fee'>;
  /**
   * Offered when the change looks like a correction, the organisation keeps its VAT number, or
   * only the legal form in its name changes. Never when the VAT numbers differ.
   */
  alternative?: {
    action: 'monitoredUpdate';
    reason: 'typo_correction' | 'same_vat_number' | 'legal_form_change';
    cost: { amount: number; currency: 'EUR'; excludingVat: boolean; per: 'domain' };
    message: string;
  };
  /** One or two sentences for the customer: why, and what happens next. */
  message: string;
  /** Validation problems of `proposed`, as validateRegistrant reports them. */
  issues: Issue[];
}

/** Does this registrant change need a regular update, a trade, or nothing? */
export function decideContactChange(current: RegistrantInput, proposed: RegistrantInput, options?: ContactChangeOptions): ContactChangeDecision;

export interface TransferRequest {
  /** `external`: from another registrar; `internal`: between resellers of one registrar. Default `external`. */
  kind?: AuthCodeKind;
  /** @deprecated The old name of `kind` (still read; both given, they must agree). */
  type?: AuthCodeKind;
  authCode: string;
  authCodeIssuedAt?: string | Date;
  now?: string | Date;
  /** The domain's EPP status values (`clientTransferProhibited`, …). */
  statuses?: string[];
  revokeProcedure?: boolean;
  quarantine?: boolean;
  nameservers?: string[];
  nameserverGroup?: string;
  /** The registrant changes with the transfer. */
  registrantChange?: boolean;
  /** The domain is held by the registry after its registrar stopped. */
  heldByRegistry?: boolean;
}

export interface TransferResult extends CheckResult<string | null> {
  /** The transfer may go ahead now (no blocking issue). */
  allowed: boolean;
  effects: Array<'registration_period_restarts' | 'expiry_kept' | 'quarantine_surcharge'>;
}

export interface TransferOptions extends CommonOptions {
  /**
   * The IANA time zone the messages show moments in (`Europe/Brussels`). Default: the browser's
   * own; in Node, `process.env.TZ` or else Europe/Brussels (as the Rust crate does).
   */
  timeZone?: string;
}

/** May this transfer go ahead now, and what will it do? `value` is the canonical code. */
export function checkTransfer(request: TransferRequest, options?: TransferOptions): TransferResult;

export interface WhoisPreview {
  /** `organization` (before 0.2: `organisation`) or `person`. */
  holder: 'organization' | 'person';
  /** The registrant fields anyone can look up. */
  shown: RegistrantField[];
  hidden: RegistrantField[];
  /** A sentence for the form. */
  message: string;
  /**
   * The record as the public will see it: the shown fields with their values, normalised as
   * `validateRegistrant` sends them; a hidden field is absent (a private person's record is `{}`).
   */
  record: WhoisRecord;
}

/** The public part of a registrant (an organisation's name and address). */
export interface WhoisRecord {
  organization?: string;
  street?: string[];
  city?: string;
  postalCode?: string;
  country?: string;
}

/** What the public WHOIS/RDAP will show of this registrant. */
export function whoisPreview(registrant: RegistrantInput, options?: CommonOptions): WhoisPreview;

/** One country for a dropdown. */
export interface CountryEntry {
  code: string;
  /** In the language asked for. */
  name: string;
  /** Calling code without `+`; empty when none is known. */
  phonePrefix: string;
  postalExample: string;
  /** False where the registry wants `0000`. */
  hasPostalCodes: boolean;
}

/** Every country a registrant can choose, named and sorted in `lang`. */
export function countries(lang?: LangTag): CountryEntry[];

/**
 * The Standard Schema interface, v1 (https://standardschema.dev), as the spec asks libraries to
 * copy it: the package has no dependencies, and these types need none installed.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  /** The input type of a schema. */
  type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input'];
  /** The output type of a schema. */
  type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output'];
}

/**
 * An issue of the registrant schema: a Standard Schema issue that keeps what the check said —
 * `code` (also react-hook-form's `type`), `params`, `severity`, `risk`, `suggestion`, `at`.
 * `path` is one the form has: `['street']` with `line` (0-based) for a line of a street given
 * as one text, `['street', n]` when the form holds a list of lines; prefixed by the schema's
 * `path` when nested; absent for the value itself.
 */
export type RegistrantSchemaIssue = Issue extends infer I
  ? I extends Issue
    ? Omit<I, 'path'> & { readonly path?: ReadonlyArray<string | number>; readonly line?: number }
    : never
  : never;

/** What the registrant schema's `validate` returns: at once, never a Promise. */
export type RegistrantSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<RegistrantSchemaIssue>; readonly value?: undefined };

/** The registrant as a Standard Schema: errors fail, warnings do not. */
export interface RegistrantSchema<Input = RegistrantInput, Output = Registrant> extends StandardSchemaV1<Input, Output> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'dotbe-rules';
    /**
     * Synchronous once the module is loaded (in Node and the '/embedded' entries, at once; in a
     * browser entry after `ready`): it throws before, as every check does.
     */
    readonly validate: (value: unknown) => RegistrantSchemaResult<Output>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/** The form's values with the normalised registrant fields merged over them (other keys kept). */
export type WithRegistrant<Values> = Omit<Values, RegistrantField> & Registrant;

export interface RegistrantSchemaOptions<Values = unknown> extends CommonOptions {
  /** The domain being registered (warns about an e-mail address inside it), or a function of the form's values. */
  domain?: string | ((values: Values) => string | undefined);
  /**
   * Called after every validation with its warnings (`[]` when none) and the values checked:
   * Standard Schema has no warnings, so this is how "did you mean gmail.com?" reaches the form.
   */
  onWarnings?: (warnings: RegistrantSchemaIssue[], values: unknown) => void;
}

/**
 * A registrant schema. The form's other keys (`acceptTerms`, `domain`) are kept in the output.
 * `Values` is the form's type. With `path`, the registrant sits at that key of the values
 * (`{ registrant: {…}, acceptTerms }`): issues are prefixed with it, and the output has the
 * normalised registrant there.
 */
export function createRegistrantSchema<Values extends RegistrantInput = RegistrantInput>(
  options?: RegistrantSchemaOptions<Values> & { path?: undefined },
): RegistrantSchema<Values, WithRegistrant<Values>>;
export function createRegistrantSchema<K extends string, Values extends { [P in K]: RegistrantInput }>(
  options: RegistrantSchemaOptions<Values> & { path: K | [K] },
): RegistrantSchema<Values, Omit<Values, K> & { [P in K]: WithRegistrant<Values[K]> }>;

/** `createRegistrantSchema()`: messages in the page's language (English in Node). */
export declare const registrantSchema: RegistrantSchema<RegistrantInput, Registrant>;

/** The module's memory, for monitoring a long-running page (it stays flat after warm-up). */
export function memoryUsage(): { wasmBytes: number };

/** What `init` can load the module from. Left out: the .wasm next to the package's JS. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the module from `input` (browsers, bundlers) instead of the .wasm next to the package's
 * JS. Idempotent: the load starts on import anyway, so call it in your module's top-level code
 * to choose where from. In Node and the '/embedded' entries it is already loaded.
 */
export default function init(input?: InitInput | Promise<InitInput>): Promise<void>;
export { init };

/**
 * Resolves once the module is loaded (its download starts on import) with the messages of the
 * page's language (`<html lang>`; English where it names none of en, nl, fr, de — and in Node,
 * where all four come with the module); the checks answer synchronously from then on, and throw
 * before. Rejects, with what to do, if the load fails.
 */
export declare const ready: Promise<void>;

/**
 * Loads the messages in another language (each is a file of the package's `messages/`, so a page
 * downloads only the languages it shows): `await loadLanguage('fr')` before checking in French
 * on a page in Dutch. A check that asks for a language still loading writes its messages in the
 * page's language meanwhile (and starts the load; the console says so once). Resolves once the
 * module and the language are loaded; a language tag we have no messages in is English.
 */
export function loadLanguage(lang: LangTag): Promise<void>;

/** Whether the checks write in `lang` now: the module and that language's messages are loaded. */
export function hasLanguage(lang: LangTag): boolean;

/**
 * Adds a language's messages at once, for a page that bundles them instead of loading them:
 * `addMessages((await import('dotbe-rules/messages/fr')).default)` (for the registrant entry,
 * `dotbe-rules/messages/registrant-fr`). A `TypeError` for another entry's file.
 */
export function addMessages(messages: string): void;

/** Instantiates the module synchronously from its bytes or a compiled module. */
export function initSync(module: BufferSource | WebAssembly.Module): void;
