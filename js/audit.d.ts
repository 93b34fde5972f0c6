// Types of dotbe-rules/audit: the portfolio audit (spec §7) — and of the report that
// `npx dotbe-rules audit --format json` prints (ExportReport).
import type { Issue, IssueCode, LangTag, Registrant, RegistrantField, RegistrantInput, Risk, Severity } from './index.js';

/** One contact of an export: the registrant's fields (as `validateRegistrant` takes them), the domains it holds, where it came from. */
export interface AuditContact extends RegistrantInput {
  /**
   * The .be domains the contact holds: their names (a list, or one text separated by spaces,
   * commas or semicolons) or their number. Missing: the contact counts as holding one.
   */
  domains?: string | string[] | number;
  /** Your own key for the contact, shown in the report. */
  id?: string | number;
  /** Its line in the export (orders ties in the fix-first list and is shown in the report). */
  line?: number;
  /** What the DNS said of the e-mail domain, when you looked it up (the CLI's --mx does). */
  mail?: 'ok' | 'nxdomain' | 'null-mx' | 'no-address' | 'unknown';
}

export interface AuditOptions {
  /** The language of the report's messages. */
  lang?: LangTag;
  /** Contacts in the fix-first list, 0–1000 (default 100). */
  fixFirst?: number;
}

/** A value a fix changes: the suggestion of an issue, in the field (or street line) it is for. */
export interface AuditChange {
  field: RegistrantField;
  /** The street line, when the street came as a list of lines; otherwise null. */
  line: number | null;
  from: string;
  to: string;
}

/** What `add` answers: the batch's contacts, how many are valid, and each fixable one's changes. */
export interface AuditBatch {
  contacts: number;
  valid: number;
  /** `index`: the contact's place in the batch. */
  fixes: { index: number; changes: AuditChange[] }[];
}

/** The registry's units for one risk. */
export interface RiskFigures {
  contacts: number;
  domains: number;
  /** Domains at risk per 100,000 domains of the portfolio (DNS Belgium's unit), to one decimal. */
  per100k: number;
}

export interface CodeCount {
  code: IssueCode;
  severity: Severity;
  risk: Risk;
  contacts: number;
  domains: number;
}

export interface FieldCount {
  field: RegistrantField;
  contacts: number;
  domains: number;
}

/** An invalid address several contacts share: one bounce for all of their domains. */
export interface SharedEmail {
  email: string;
  contacts: number;
  domains: number;
}

export interface FixFirst {
  line: number;
  id: string | null;
  /** The domains the contact puts at risk. */
  domains: number;
  /** Some of its domain names (up to 10). */
  names: string[];
  issues: Issue[];
  /** The contact with its issues' suggestions applied and checked again; null when none applies. */
  fixed: { valid: boolean; value: Registrant; issues: Issue[]; changes: AuditChange[] } | null;
}

/** The report of an audit. */
export interface AuditReport {
  contacts: number;
  domains: number;
  /** Contacts that did not say how many domains they hold (each counted as holding one). */
  domainsAssumed: number;
  /** Contacts without an error. */
  valid: number;
  /** Contacts at risk of a rejection, revoke or bounce; of them, those a fix makes valid. */
  atRisk: number;
  fixable: number;
  /**
   * A contact is at risk of a risk for its errors of that risk, and for its warnings of risk
   * revoke or bounce (placeholder data, a pending VAT number, a likely e-mail typo).
   */
  byRisk: { rejection: RiskFigures; revoke: RiskFigures; bounce: RiskFigures };
  /** Contacts with an issue of each code found. */
  byCode: Partial<Record<IssueCode, number>>;
  /** The same, with severity, risk and domains, most contacts first. */
  codes: CodeCount[];
  /** Contacts with an issue in each field. */
  byField: Partial<Record<RegistrantField, number>>;
  fields: FieldCount[];
  /** Up to 50, most domains first. */
  sharedEmails: SharedEmail[];
  /** false once there were more different invalid addresses than the summary holds (4096): its counts are then lower bounds. */
  sharedEmailsExact: boolean;
  /** The contacts that put the most domains at risk, most first. */
  fixFirst: FixFirst[];
}

/** Why a line of an export could not be read. */
export type UnreadableCode =
  | 'unbalanced_quote'
  | 'misplaced_quote'
  | 'column_count'
  | 'field_too_long'
  | 'line_too_long'
  | 'binary'
  | 'not_json'
  | 'not_an_object';

export interface UnreadableLine {
  line: number;
  code: UnreadableCode;
  /** In English. */
  reason: string;
}

/** The report of an export: `npx dotbe-rules audit --format json` prints one. */
export interface ExportReport extends AuditReport {
  /** The file's name (the CLI; `-` for stdin). */
  file?: string;
  format: 'csv' | 'jsonl';
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** CSV: the separator found, and the header's columns that were not read. */
  delimiter?: ',' | ';' | '\t';
  ignoredColumns?: string[];
  lines: number;
  blankLines: number;
  /** Every unreadable line is counted here… */
  unreadableLines: number;
  /** …and listed here (the first 10,000), by line. */
  unreadable: UnreadableLine[];
  /** The CLI's --mx: distinct e-mail domains looked up, by verdict. */
  mx?: { domains: number; ok: number; nxdomain: number; 'null-mx': number; 'no-address': number; unknown: number };
  /** The CLI's --fix: where the fixed export went and how many contacts it changed. */
  fixed?: { file: string; contacts: number };
  /** The CLI's exit code: 0 no errors, 1 a contact with an error or an unreadable line. */
  exitCode?: 0 | 1;
}

export interface Audit {
  /** Audits a batch of contacts (any number; a few thousand per call is fastest). */
  add(contacts: AuditContact[]): AuditBatch;
  /** Ends the audit and answers its state, for `merge` in another audit (a worker's part). */
  state(): string;
  /** Adds another audit's part of the same export (its `state()`). */
  merge(state: string): void;
  /** Ends the audit and answers the report. */
  report(): AuditReport;
}

/** Loads the WebAssembly module (browsers; in Node the module is ready on import). */
export default function init(input?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;
export function initSync(module: BufferSource | WebAssembly.Module): void;

/** A new audit. */
export function createAudit(options?: AuditOptions): Audit;

export interface AuditStreamOptions {
  audit: Audit;
  /** The file name (`.jsonl`/`.ndjson`: JSON Lines). */
  name?: string;
  encoding?: 'utf-8' | 'windows-1252';
  format?: 'csv' | 'jsonl';
  onProgress?: (progress: { bytes: number; contacts: number }) => void;
  /** Receives the fixed export, piece by piece. */
  onFixed?: (text: string) => void;
}

/** Audits a CSV or JSON Lines export, streamed. Throws an InputError for a file it cannot read. */
export function auditStream(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: AuditStreamOptions): Promise<ExportReport>;

/** An export the audit refuses as a whole: `code` 'not_text', 'encoding', 'missing_columns', 'header' or 'empty'. */
export class InputError extends Error {
  code: 'not_text' | 'encoding' | 'missing_columns' | 'header' | 'empty';
}

/** The header names each field is read from (compared without case, spaces, `_`, `-`, `.`). */
export const ALIASES: Record<RegistrantField | 'street2' | 'street3' | 'domains' | 'id', string[]>;
/** The fields whose column must be there. */
export const REQUIRED: RegistrantField[];
