// Shows a check's issues next to a field, the way the web platform expects: the message in an
// element the field points to with aria-describedby, aria-invalid once the user has touched it,
// setCustomValidity so the browser blocks submitting errors, and a "use this" button for each
// suggestion. Warnings are shown but never block.

/** Renders `issues` for `input` into `box`; `use(suggestion)` applies a suggestion. */
export function showIssues(input, box, issues, { touched, useLabel, use }) {
  const errors = issues.filter((i) => i.severity === 'error');
  input.setCustomValidity(errors.length ? errors[0].message : '');
  if (touched && errors.length) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  const items = touched ? issues.map((issue) => issueElement(issue, useLabel, use)) : [];
  box.replaceChildren(...items);
}

function issueElement(issue, useLabel, use) {
  const p = document.createElement('p');
  p.className = `issue ${issue.severity}`;
  p.dataset.code = issue.code;
  p.textContent = issue.message;
  if (issue.suggestion !== undefined && use) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'use';
    button.textContent = `${useLabel} ${issue.suggestion}`;
    button.addEventListener('click', () => use(issue.suggestion, issue));
    p.append(' ', button);
  }
  return p;
}
