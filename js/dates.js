// Moments in messages, in the user's own time zone. The core (plain Rust, no time-zone data)
// writes them in Belgian time, in each language's layout (`28/11/2026 at 01:00`, `28.11.2026 um
// 01:00 Uhr`; src/messages.rs, human_date); where the user's zone is another one, the platform's
// Intl.DateTimeFormat gives the same layout in that zone and the moment in the message is
// replaced. The zone: `options.timeZone`, else the browser's own; in Node, `TZ`, else
// Europe/Brussels (Node without a TZ knows no zone of the user's).

import { listLanguage } from './country-order.js';

const BRUSSELS = 'Europe/Brussels';
const formats = new Map();
const LAYOUT = {
  en: (p) => `${p.day}/${p.month}/${p.year} at ${p.hour}:${p.minute}`,
  nl: (p) => `${p.day}/${p.month}/${p.year} om ${p.hour}:${p.minute}`,
  fr: (p) => `${p.day}/${p.month}/${p.year} à ${p.hour}:${p.minute}`,
  de: (p) => `${p.day}.${p.month}.${p.year} um ${p.hour}:${p.minute} Uhr`,
};

/** The zone messages are written in when the caller names none. */
function defaultZone() {
  const node = typeof process !== 'undefined' && process.versions?.node;
  if (node) return process.env.TZ || BRUSSELS;
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || BRUSSELS;
  } catch {
    return BRUSSELS;
  }
}

/** `ms` laid out as the core writes it for `lang`, on the wall clock of `zone`. */
function wallClock(ms, zone, lang) {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  return (LAYOUT[lang] ?? LAYOUT.en)(p);
}


/** Rewrites the moments of `result`'s issue messages into the user's zone (in place). */
export function localDates(result, options) {
  const issues = result?.issues;
  if (!issues?.some((i) => i.params?.date)) return result;
  let zone = options?.timeZone ?? defaultZone();
  // The language of the `lang` option as the core reads it (`nl-BE` → nl; unknown → en).
  const lang = listLanguage(options?.lang);
  for (const issue of issues) {
    const iso = issue.params?.date;
    if (!iso) continue;
    const ms = Date.parse(iso);
    if (!Number.isFinite(ms)) continue;
    let local;
    try {
      local = wallClock(ms, zone, lang);
    } catch {
      // An unknown zone name: Belgian time, as the core wrote it.
      zone = BRUSSELS;
      continue;
    }
    const belgian = wallClock(ms, BRUSSELS, lang);
    if (local !== belgian) issue.message = issue.message.replace(belgian, local);
  }
  return result;
}
