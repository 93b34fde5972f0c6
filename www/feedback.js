// The page's fields outside bindForm (domain name, name servers, authorisation code) shown with
// the same timing as bindForm gives the holder's fields (js/bind-form-core.js has the rules):
// while typing, no new error that typing on can still fix (`issue.incomplete`), no "required",
// no warning; everything on leaving the field or on submit; an error goes on the keystroke that
// fixes it; custom validity and aria-invalid only once the user has touched the field; one
// status element announces a message once, when it appears or changes meaning.

let live;
let pressed = false;
let queue = [];
// Leaving a field with a press of the pointer: its messages wait until the click is done, so
// nothing moves under the pointer while it presses a button (as bindForm does).
document.addEventListener('pointerdown', () => {
  pressed = true;
}, true);
const release = () => {
  pressed = false;
  const run = queue;
  queue = [];
  if (run.length) setTimeout(() => run.forEach((fn) => fn()));
};
document.addEventListener('pointerup', release, true);
document.addEventListener('pointercancel', release, true);

/** Runs `fn` now, or after the click a pressed pointer is making. */
export function afterClick(fn) {
  if (pressed) queue.push(fn);
  else fn();
}

/** The page's one status element for announcements (visually hidden). */
function announcer() {
  if (!live) {
    live = document.createElement('div');
    live.setAttribute('role', 'status');
    live.className = 'visually-hidden';
    live.id = 'announcer';
    document.body.append(live);
  }
  return live;
}

/**
 * A field's messages in `box`. `use(suggestion)` applies a suggestion; `useLabel(suggestion)`
 * is the button's text. Returns `{ typed(), show(issues, how), visible, reset() }`; `how`:
 * `typing` (a keystroke in this field), `left` (the user left it, or a finished value came:
 * a choice, a paste), `submit`.
 */
export function fieldFeedback(input, box, { use, useLabel } = {}) {
  let dirty = false;
  let submitted = false;
  let shown = [];
  let announced = [];
  const state = {
    get visible() {
      return dirty || submitted;
    },
    typed() {
      dirty = true;
    },
    reset() {
      dirty = false;
      submitted = false;
      shown = [];
      announced = [];
      input.setCustomValidity('');
      input.removeAttribute('aria-invalid');
      box.replaceChildren();
    },
    show(issues, how = 'left') {
      if (how === 'submit') submitted = true;
      let list = [];
      if (state.visible) {
        list = how === 'typing'
          ? issues.filter((i) => shown.some((s) => s.code === i.code) || (i.severity === 'error' && !i.incomplete && i.code !== 'required'))
          : issues;
      }
      // The same messages as shown: the DOM is left alone (a button under the pointer stays).
      const same = list.length === shown.length && list.every((i, k) => i.message === shown[k].message && i.suggestion === shown[k].suggestion);
      shown = list;
      const errors = list.filter((i) => i.severity === 'error');
      input.setCustomValidity(errors.length ? errors[0].message : '');
      if (errors.length) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      if (!same) box.replaceChildren(...list.map((issue) => issueElement(issue, use, useLabel)));
      const fresh = list.find((i) => !announced.includes(i.code));
      announced = list.map((i) => i.code);
      if (fresh && how !== 'submit') {
        const label = input.labels?.[0]?.textContent.trim();
        announcer().textContent = label ? `${label}: ${fresh.message}` : fresh.message;
      }
      return list;
    },
  };
  return state;
}

/** Messages that belong to no single field (what blocks a transfer, "at least 2 name servers"). */
export function showPlain(box, issues) {
  box.replaceChildren(...issues.map((issue) => issueElement(issue)));
}

function issueElement(issue, use, useLabel) {
  const p = document.createElement('p');
  p.className = `issue ${issue.severity}`;
  p.dataset.code = issue.code;
  p.textContent = issue.message;
  if (issue.suggestion !== undefined && use) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'use';
    button.textContent = issue.fix ?? useLabel(issue.suggestion);
    button.addEventListener('click', () => use(issue.suggestion, issue));
    p.append(' ', button);
  }
  return p;
}

/** How an input event's value came: typed (a keystroke) or finished (a paste, a choice). */
export function howTyped(event) {
  const finished = ['insertFromPaste', 'insertFromDrop', 'insertReplacementText', 'insertFromYank'];
  return event.target.tagName === 'SELECT' || finished.includes(event.inputType) ? 'left' : 'typing';
}
