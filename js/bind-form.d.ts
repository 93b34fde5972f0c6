// dotbe-rules/bind-form — types. Hand-written, checked by tests/consumer.
/// <reference lib="dom" />
import type { LangTag, Messages, RegistrantField, RegistrantResult } from './index.js';

export interface BindFormOptions {
  /** Message language (default: the page's, `<html lang>`, or English). */
  lang?: LangTag;
  /** Registrant field → the `name` of its input, where they differ. */
  fields?: Partial<Record<RegistrantField, string>>;
  /** The domain being registered (or a function returning it), for the e-mail warning. */
  domain?: string | (() => string | undefined);
  /** Own words for the messages, as for the checks. */
  messages?: Messages;
  /** The form's holder choice (or a function returning it): see `RegistrantOptions.holder`. */
  holder?: 'person' | 'organization' | (() => 'person' | 'organization' | undefined);
  /**
   * Called after every check. On submit `result` is the whole form's, and `result.value` holds
   * the normalised values to send; `event` is the input or submit event (null for a re-check).
   * If it throws on submit, the submit is cancelled (the error is still thrown).
   */
  onResult?: (result: RegistrantResult, event: Event | null) => void;
}

export interface FormBinding {
  /**
   * Re-renders the messages in another language, once its messages are loaded (at once if they
   * are: see `loadLanguage`); resolves when they are shown.
   */
  setLang(lang: LangTag): Promise<void>;
  /**
   * Re-checks the fields already shown, after something the checks depend on changed outside the
   * bound fields (the holder choice, the domain). Untouched fields stay quiet.
   */
  refresh(): void;
  /** Checks the whole form now and shows every message (as on submit, without submitting). */
  checkAll(): RegistrantResult;
  /** Removes the listeners and messages. */
  destroy(): void;
}

/**
 * Wires an ordinary <form> to validateRegistrant: each field checked as the user types, the
 * whole form on submit, messages linked with aria-describedby, "use this" buttons for
 * suggestions, "Will be sent as …" where the value sent differs from what was typed. Timing:
 * while typing, no new error that typing on can still fix (`Issue.incomplete`), no "required",
 * no warning; everything on leaving the field or on submit; an error goes on the keystroke that
 * fixes it. setCustomValidity and aria-invalid only on fields the user has touched; submit is
 * blocked until the whole form passes. One status element announces a message once, when it
 * appears or changes meaning. No `await ready` needed: until the module is loaded, typing is
 * checked once it is and a submit is held. An empty `<select name="country">` is filled with the
 * countries; errors of fields the form has no input for show in a form-level box
 * (`.dotbe-form-messages`).
 */
export function bindForm(form: HTMLFormElement, options?: BindFormOptions): FormBinding;
