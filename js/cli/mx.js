// The DNS lookups of `--mx` (spec §7): does each e-mail domain take mail? MX records first; with
// none, an A or AAAA record is mail's fallback (RFC 5321 §5.1). NXDOMAIN, a null MX (RFC 7505:
// one MX with the root as its host) and a name with neither MX nor address records are certain
// bounces; a time-out or a server failure is no verdict. One lookup per distinct domain (cached),
// a few at a time, each within a deadline.
import { promises as dns } from 'node:dns';
import { domainToASCII } from 'node:url';

/** The domain of an address to ask the DNS about (A-label form), or null when there is none. */
export function mailDomain(email) {
  if (typeof email !== 'string') return null;
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  const d = email.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
  if (!/^[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:.]+$/.test(d)) return null;
  const ascii = domainToASCII(d);
  return ascii && ascii.length <= 253 ? ascii : null;
}

const NO_RECORD = new Set(['ENODATA', 'ENOTFOUND']);

/**
 * A resolver with a cache. `servers`: DNS servers (`127.0.0.1:5353`), else the system's;
 * `timeout`: ms per query attempt; `deadline`: ms per domain in all; `concurrency`: domains
 * looked up at once. `lookup(domain)` answers 'ok', 'nxdomain', 'null-mx', 'no-address' or
 * 'unknown'.
 */
export function mailResolver({ servers, timeout = 2000, tries = 2, deadline = 6000, concurrency = 16, cacheSize = 100_000 } = {}) {
  const resolver = new dns.Resolver({ timeout, tries });
  if (servers?.length) resolver.setServers(servers);
  const cache = new Map();
  const stats = { domains: 0, ok: 0, nxdomain: 0, 'null-mx': 0, 'no-address': 0, unknown: 0 };
  let running = 0;
  const waiting = [];

  async function ask(domain) {
    try {
      const mx = await resolver.resolveMx(domain);
      if (mx.length === 1 && (mx[0].exchange === '' || mx[0].exchange === '.')) return 'null-mx';
      if (mx.length > 0) return 'ok';
    } catch (e) {
      if (e.code === 'ENOTFOUND') return 'nxdomain';
      if (e.code !== 'ENODATA') return 'unknown';
    }
    const answers = await Promise.allSettled([resolver.resolve4(domain), resolver.resolve6(domain)]);
    if (answers.some((a) => a.status === 'fulfilled' && a.value.length > 0)) return 'ok';
    return answers.every((a) => a.status === 'rejected' && NO_RECORD.has(a.reason.code)) ? 'no-address' : 'unknown';
  }

  async function limited(domain) {
    while (running >= concurrency) await new Promise((go) => waiting.push(go));
    running++;
    let timer;
    try {
      const late = new Promise((done) => {
        timer = setTimeout(() => done('unknown'), deadline);
      });
      return await Promise.race([ask(domain), late]);
    } finally {
      clearTimeout(timer);
      running--;
      waiting.shift()?.();
    }
  }

  function lookup(domain) {
    let p = cache.get(domain);
    if (!p) {
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value);
      p = limited(domain).then((verdict) => {
        stats.domains++;
        stats[verdict]++;
        return verdict;
      });
      cache.set(domain, p);
    }
    return p;
  }

  return { lookup, stats, cancel: () => resolver.cancel() };
}
