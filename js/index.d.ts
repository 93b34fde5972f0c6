// dotbe-rules — types of every export. Hand-written; `tests/node` checks them against the code.

/** Message language. Region tags such as `nl-BE` are read as their language. */
export type Lang = 'en' | 'nl' | 'fr' | 'de';
export type LangTag = Lang | `${Lang}-${string}`;

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
  | 'invalid_date';

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

/** The values a message refers to; only those of the issue's code are present. */
export interface IssueParams {
  count?: number;
  min?: number;
  max?: number;
  /** The type received where text was expected (`number`, `null`, `array`, …). */
  found?: string;
  /** A moment, ISO 8601 in UTC. */
  date?: string;
}

export interface Issue {
  /** Where the problem is: `[]` for the checked value itself, `['issuedAt']` for an option. */
  path: Array<string | number>;
  code: IssueCode;
  severity: Severity;
  risk: Risk;
  /** In the requested language. */
  message: string;
  /** A corrected value to offer ("did you mean"). */
  suggestion?: string;
  at?: IssueAt;
  params?: IssueParams;
}

/** The shape every check returns. `valid` is true iff no issue has severity `error`. */
export interface CheckResult<V> {
  valid: boolean;
  /** The normalised value to send to the registry. */
  value: V;
  issues: Issue[];
}

export type AuthCodeKind = 'external' | 'internal';

export interface AuthCodeOptions {
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
  lang?: LangTag;
}

export interface AuthCodeResult extends CheckResult<string | null> {
  /** What the input is, as far as can be told; `null` when there is nothing to tell by. */
  kind: AuthCodeKind | null;
  /** When an external code stops being valid, if `issuedAt` was given (ISO 8601, UTC). */
  expiresAt?: string;
}

/**
 * Checks a .be authorisation (transfer) code as typed or pasted. `value` is the canonical
 * `123-456-789-012-345` for an external code. Never throws on bad data; throws a `TypeError`
 * only for options that make no sense (not an object, an unknown `kind`).
 */
export function checkAuthCode(code: string, options?: AuthCodeOptions): AuthCodeResult;

/** What `init` can load the module from. Left out: the .wasm next to the package's JS. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads the module (browsers, bundlers). Idempotent. In Node it is already loaded. */
export default function init(input?: InitInput | Promise<InitInput>): Promise<void>;

/** Instantiates the module synchronously from its bytes or a compiled module. */
export function initSync(module: BufferSource | WebAssembly.Module): void;
