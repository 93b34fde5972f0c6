// The code examples of README.md and pkg-README.md, taken apart to be run (tests/docs): fenced
// blocks, and in a JS block the statements whose shown output follows them as a comment.
//
// The convention the READMEs follow: a statement followed by a comment that starts like a value
// (`{`, `[`, a quote, a digit, `true`, `false`, `null`) — on its own line(s) right after it, or
// after the `;` on the same line — shows what that statement's value is, and must equal it. In a
// shown value, `…` stands for what is left out: more keys of an object (`{ code: 'x', … }`),
// more items of a list, any value (`{ wasmBytes: … }`), and at the end of a string the rest of
// it (`'Another organisation … That takes a trade: …'` is a prefix), and `'…'` any text. Other
// comments are remarks.

/** The fenced blocks of a Markdown text: `{ lang, code, line }` (line: where the code starts). */
export function blocks(markdown) {
  const out = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^```(\w*)\s*$/);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    out.push({ lang: open[1], code: lines.slice(start, end).join('\n'), line: start + 1 });
    i = end;
  }
  return out;
}

/** Bracket depth after `text` (strings and comments skipped), from `depth`. */
function depthAfter(text, depth = 0) {
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && text[i + 1] === '/') break;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
  }
  return depth;
}

/** Where a line's trailing `// comment` starts (outside strings), or -1. */
function commentAt(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return i;
  }
  return -1;
}

const VALUE_START = /^(?:[{['"\d-]|true\b|false\b|null\b)/;

/**
 * A JS block as a module: each statement with a shown value becomes a call of `__check(line,
 * value, shown)`. Returns the module's source and how many values it checks.
 */
export function instrument(code, firstLine) {
  const lines = code.split('\n');
  const out = [];
  let checks = 0;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (line.trim() === '' || line.trim().startsWith('//')) {
      out.push(line);
      i++;
      continue;
    }
    // One statement: up to the line where the brackets close and it ends with `;` (or a comment).
    const start = i;
    let depth = 0;
    let stmt = [];
    let sameLine = null;
    for (; i < lines.length; i++) {
      const at = commentAt(lines[i]);
      const body = at < 0 ? lines[i] : lines[i].slice(0, at);
      depth = depthAfter(body, depth);
      stmt.push(body);
      if (depth <= 0 && /[;}]$/.test(body.trimEnd())) {
        if (at >= 0) sameLine = lines[i].slice(at + 2).trim();
        i++;
        break;
      }
    }
    // The shown value: the same line's comment (and comment lines indented below it as its
    // continuation), or else the comment lines right below the statement.
    const comment = (l) => (l?.trim().startsWith('//') ? l.trim().replace(/^\/\/ ?/, '') : null);
    const shown = [];
    if (sameLine !== null) {
      if (VALUE_START.test(sameLine)) {
        shown.push(sameLine);
        while (comment(lines[i])?.startsWith(' ')) shown.push(comment(lines[i++]));
      }
    } else if (comment(lines[i]) !== null && VALUE_START.test(comment(lines[i]))) {
      while (comment(lines[i]) !== null) shown.push(comment(lines[i++]));
    }
    const text = stmt.join('\n').trimEnd().replace(/;$/, '');
    if (shown.length && !/^\s*(const|let|var|import|export|try|if|for|while|function|class)\b/.test(text)) {
      out.push(`__check(${firstLine + start}, (${text}), ${JSON.stringify(shown.join('\n'))});`);
      checks++;
    } else {
      out.push(stmt.join('\n'));
    }
  }
  // A `.wasm` imported for a bundler's file loader (esbuild's recipe) is its URL, as there.
  const source = out.join('\n').replace(/^import (\w+) from ('[^']+\.wasm');$/gm, 'const $1 = import.meta.resolve($2);');
  return { source, checks };
}

/** The shown text as a value: `…` turned into markers (see the top of this file). */
export function shownValue(text) {
  let js = '';
  let quote = null;
  const stack = [];
  let last = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      js += c;
      if (c === '\\') js += text[++i];
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      js += c;
      last = c;
      continue;
    }
    if (c === '…') {
      if (last === ':') js += '"\u0000any"';
      else if (stack.at(-1) === '{') js += '"\u0000more": true';
      else js += '"\u0000more"';
      last = '…';
      continue;
    }
    if ('[{'.includes(c)) stack.push(c);
    if (']}'.includes(c)) stack.pop();
    js += c;
    if (!/\s/.test(c)) last = c;
  }
  // eslint-disable-next-line no-new-func
  return Function(`"use strict"; return (${js}\n);`)();
}

/** Whether `actual` is what `shown` shows; the first difference otherwise, as a path and text. */
export function differs(actual, shown, path = '') {
  if (shown === '\u0000any' || (shown === '…' && typeof actual === 'string')) return null;
  if (typeof shown === 'string' && shown.endsWith('…') && shown.length > 1) {
    const prefix = shown.slice(0, -1).trimEnd();
    return typeof actual === 'string' && actual.startsWith(prefix) ? null : `${path}: ${JSON.stringify(actual)} does not start with ${JSON.stringify(prefix)}`;
  }
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return `${path}: ${JSON.stringify(actual)} is no list`;
    const more = shown.at(-1) === '\u0000more';
    const items = more ? shown.slice(0, -1) : shown;
    if (more ? actual.length < items.length : actual.length !== items.length) return `${path}: ${actual.length} items, shown ${items.length}${more ? ' or more' : ''}: ${JSON.stringify(actual)}`;
    for (let k = 0; k < items.length; k++) {
      const d = differs(actual[k], items[k], `${path}[${k}]`);
      if (d) return d;
    }
    return null;
  }
  if (shown !== null && typeof shown === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path}: ${JSON.stringify(actual)} is no object`;
    const more = shown['\u0000more'] === true;
    const keys = Object.keys(shown).filter((k) => k !== '\u0000more');
    for (const k of keys) {
      if (!(k in actual)) return `${path}.${k}: missing`;
      const d = differs(actual[k], shown[k], `${path}.${k}`);
      if (d) return d;
    }
    if (!more) {
      const extra = Object.keys(actual).filter((k) => !keys.includes(k) && actual[k] !== undefined);
      if (extra.length) return `${path}: keys not shown: ${extra.join(', ')} (add them, or … for more)`;
    }
    return null;
  }
  return Object.is(actual, shown) ? null : `${path || 'value'}: ${JSON.stringify(actual)}, shown ${JSON.stringify(shown)}`;
}
