// The demo server: www/ at /, the built package (pkg/) at /pkg/, nothing else. Local only, no
// CDN. Sends the strict Content-Security-Policy the package is meant to run under, and what a
// production server would: brotli or gzip as the browser accepts (the .wasm keeps its
// `application/wasm` type, so the browser compiles it while it streams in), compressed once per
// file version and kept in memory. The page's script (www/app.js, what it imports from www/ and
// the package's modules it imports from /pkg/) goes out as one file, as a reseller's bundler
// would build it: each module is a request, and on a busy machine each request costs "checks
// ready" milliseconds (bundle()). The package's other files stay its own: the .wasm and the
// messages of each language (fetched by language).
//   node scripts/serve.mjs [--port 8080]
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, gzip as gzipCallback, constants } from 'node:zlib';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

/** Types worth compressing (images here are SVG or already compressed PNG). */
const COMPRESSIBLE = /^(text\/|application\/(wasm|json)|image\/svg)/;
/** Compressed bodies by file, encoding and modification time. */
const compressed = new Map();

/** The encoding to send for `accept` (an Accept-Encoding header): br, gzip or none. */
function encodingFor(accept = '') {
  const offered = accept.split(',').map((e) => e.trim().split(';')[0]);
  return offered.includes('br') ? 'br' : offered.includes('gzip') ? 'gzip' : null;
}

/** The compressed body (a promise), made once per file version; brotli at its best level. */
function compress(file, mtime, body, encoding) {
  const key = `${encoding}:${file}`;
  const hit = compressed.get(key);
  if (hit?.mtime === mtime) return hit.body;
  const out = encoding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzip(body, { level: 9 });
  compressed.set(key, { mtime, body: out });
  return out;
}

/** The page's script. */
const APP = join(repo, 'www', 'app.js');
/**
 * Entries served as one bundle of their imports: www/ modules and the package's JS under /pkg/
 * (bundled from pkg/ as a bundler would take them from node_modules). Measured 2026-12-01 (20
 * interleaved loads each, `make bench`'s harness, both servers' compression done first): checks
 * ready 139.7 → 129.4 ms against the package's three modules served as files beside the bundle.
 */
const BUNDLED = new Set([APP]);
/**
 * How the bundle takes the package: `/pkg/…` imports from pkg/; the messages files (which the
 * package imports by language) left as requests for /pkg/messages/<lang>.js, one language each;
 * and in the package's modules `import.meta.url` kept their own URL under /pkg/ (in the bundle it
 * would be app.js's, and the package's own wasm URL /dotbe_rules_bg.wasm), as bundlers that
 * handle `new URL(…, import.meta.url)` do.
 */
const packageFiles = {
  name: 'package-files',
  setup(build) {
    const pkg = join(repo, 'pkg') + sep;
    build.onResolve({ filter: /(^|\/)messages\/[a-z-]+\.js$/ }, ({ path, importer }) =>
      importer.startsWith(pkg) || path.startsWith('/pkg/')
        ? { path: `/pkg/messages/${path.split('/').pop()}`, external: true }
        : undefined);
    build.onResolve({ filter: /^\/pkg\// }, ({ path }) => ({ path: join(repo, path) }));
    build.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!path.startsWith(pkg)) return undefined;
      const url = JSON.stringify(`/pkg/${path.slice(pkg.length).split(sep).join('/')}`);
      const code = await readFile(path, 'utf8');
      return { contents: code.replaceAll('import.meta.url', `new URL(${url}, location.href).href`), loader: 'js' };
    });
  },
};
/** What the page's script imports from the package, preloaded (Link) when it is not bundled. */
const PACKAGE_MODULES = ['/pkg/index.js', '/pkg/dotbe_rules.js', '/pkg/bind-form.js'];
/** The bundles by entry: `{ inputs: [[file, mtime]…], version, code, map }`, built on first use. */
const bundles = new Map();

/**
 * The entry's bundle (minified, with a source map at `<entry>.map`), rebuilt when one of its
 * inputs changed; null without esbuild (a dev dependency: the page then loads module by module).
 */
async function bundle(entry) {
  const hit = bundles.get(entry);
  if (hit) {
    const now = await Promise.all(hit.inputs.map(([file]) => stat(file).then((i) => i.mtimeMs, () => -1)));
    if (now.every((mtime, i) => mtime === hit.inputs[i][1])) return hit;
  }
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const out = await esbuild.build({
    entryPoints: [entry], bundle: true, format: 'esm', target: 'es2022', plugins: [packageFiles],
    minify: true, legalComments: 'none', sourcemap: 'linked', sourcesContent: true, write: false, metafile: true,
    outdir: dirname(entry), absWorkingDir: repo, logLevel: 'silent',
  });
  const inputs = await Promise.all(Object.keys(out.metafile.inputs).map(async (f) => {
    const file = resolve(repo, f);
    return [file, (await stat(file)).mtimeMs];
  }));
  const code = out.outputFiles.find((f) => f.path.endsWith('.js')).contents;
  const map = out.outputFiles.find((f) => f.path.endsWith('.map')).contents;
  // A version for compress(): the inputs' modification times together.
  const built = { inputs, version: inputs.map(([, m]) => m).join(','), code: Buffer.from(code), map: Buffer.from(map) };
  bundles.set(entry, built);
  return built;
}

/** The demo page, sent in the page's language (localize()). */
const PAGE = join(repo, 'www', 'index.html');
/** The page's words (www/i18n.js), by language. */
const WORDS = join(repo, 'www', 'i18n.js');
const LANGS = ['en', 'nl', 'fr', 'de'];
let words = null;
/** The page by language: `{ version, body }`, written once per version of index.html and i18n.js. */
const localized = new Map();

/**
 * The page in `lang` for index.html at `mtime`: `{ key, version, body }` for compress(), written
 * once per version of index.html and i18n.js (`read()` gives index.html's text when it must be).
 * If www/i18n.js cannot be read (half-edited), the page as written: its script puts the words in.
 */
async function pageIn(lang, mtime, read) {
  const words = await pageWords().catch(() => ({ mtime: 'unreadable', UI: {} }));
  const version = `${mtime}:${words.mtime}`;
  if (localized.get(lang)?.version !== version) localized.set(lang, { version, body: Buffer.from(localize((await read()).toString('utf8'), words, lang)) });
  return { key: `${PAGE}#${lang}`, version, body: localized.get(lang).body };
}

/** `{ mtime, UI, MAIL_LANGUAGE }` of www/i18n.js, imported again when the file changes. */
async function pageWords() {
  const mtime = (await stat(WORDS)).mtimeMs;
  if (words?.mtime !== mtime) {
    const { UI, MAIL_LANGUAGE } = await import(`${pathToFileURL(WORDS).href}?v=${mtime}`);
    words = { mtime, UI, MAIL_LANGUAGE };
  }
  return words;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * index.html written in `lang`, as a server that knows the visitor's language sends it: every
 * `data-t` element's words (www/i18n.js, what app.js would otherwise put in after the first
 * frame — a Dutch page painted in English first), `<html lang>`, the language menu's choice and
 * the e-mail language's default (MAIL_LANGUAGE, as the order form sets it).
 */
function localize(html, { UI, MAIL_LANGUAGE = {} }, lang) {
  const t = (key) => UI[lang]?.[key] ?? UI.en?.[key];
  return html
    .replace(/<html lang="[a-zA-Z-]*">/, `<html lang="${lang}">`)
    .replace(/(<([a-z0-9]+)\b[^>]*\sdata-t="(\w+)"[^>]*>)([^<]*)(<\/\2>)/g, (all, open, tag, key, text, close) => {
      const w = t(key);
      return typeof w === 'string' ? open + escapeHtml(w) + close : all;
    })
    .replace(/<select name="lang">[\s\S]*?<\/select>/, (menu) => menu.replace(`<option value="${lang}">`, `<option value="${lang}" selected>`))
    .replace(/<select id="language" name="language"[\s\S]*?<\/select>/, (menu) => menu.replace(`<option value="${MAIL_LANGUAGE[lang]}">`, `<option value="${MAIL_LANGUAGE[lang]}" selected>`));
}

/** Compresses every file of www/ and pkg/ ahead of the first request (in the background). */
async function warm() {
  for (const dir of [join(repo, 'www'), join(repo, 'pkg')]) {
    let names = [];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(dir, name);
      if (BUNDLED.has(file)) {
        const b = await bundle(file).catch(() => null);
        if (b) await Promise.all(['br', 'gzip'].map((e) => compress(file, b.version, b.code, e)));
        continue;
      }
      const type = TYPES[extname(file)];
      if (!type || !COMPRESSIBLE.test(type)) continue;
      try {
        const [info, body] = await Promise.all([stat(file), readFile(file)]);
        if (file === PAGE) {
          for (const lang of LANGS) {
            const page = await pageIn(lang, info.mtimeMs, () => body);
            await Promise.all(['br', 'gzip'].map((e) => compress(page.key, page.version, page.body, e)));
          }
          continue;
        }
        await Promise.all(['br', 'gzip'].map((e) => compress(file, info.mtimeMs, body, e)));
      } catch {
        // Gone or unreadable: served (or refused) when asked for.
      }
    }
  }
}

/**
 * The demo page's language as the page picks it (www/early.js, pickLang): `?lang=`, else the
 * browser's languages (Accept-Language, in its order), else English.
 */
function pageLanguage(req) {
  const url = new URL(req.url ?? '/', 'http://x');
  const asked = [url.searchParams.get('lang'), ...(req.headers['accept-language'] ?? '').split(',').map((t) => t.split(';')[0].trim())];
  return asked.map((t) => t?.slice(0, 2).toLowerCase()).find((l) => LANGS.includes(l)) ?? 'en';
}

/** Maps a URL path to a file under www/ or pkg/, or null if it would leave them. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const [base, rest] = path.startsWith('/pkg/') ? [join(repo, 'pkg'), path.slice(5)] : [join(repo, 'www'), path.slice(1)];
  const file = normalize(join(base, rest || 'index.html'));
  return file === base || file.startsWith(base + sep) ? file : null;
}

/**
 * Starts the server: `{ server, url, warmed }`, `warmed` a promise settled once every file is
 * compressed (what a measurement waits for, so as not to time the page against it).
 */
export function startServer({ port = 8080, host = '127.0.0.1' } = {}) {
  const warmed = warm().catch(() => {});
  const server = createServer(async (req, res) => {
    // Only what each response needs: the page's policies on the page, nothing repeated on each
    // of its files (`make bench` counts the bytes on the wire).
    res.sendDate = false;
    const headers = {
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    let file = fileFor(req.url ?? '/');
    try {
      if (!file || !['GET', 'HEAD'].includes(req.method)) throw new Error('not found');
      // A bundled entry and its source map: versions of the entry's file.
      const entry = [file, file.replace(/\.map$/, '')].find((f) => BUNDLED.has(f));
      let info = await stat(entry ?? file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body;
      let version = info.mtimeMs;
      const bundled = entry ? await bundle(entry) : null;
      if (entry && !bundled && file !== entry) throw new Error('not found');
      let key = file;
      if (bundled) {
        body = file.endsWith('.map') ? bundled.map : bundled.code;
        version = bundled.version;
      } else if (file === PAGE) {
        // The page in the visitor's language (compressed once per language).
        ({ key, version, body } = await pageIn(pageLanguage(req), info.mtimeMs, () => readFile(file)));
      } else {
        body = await readFile(file);
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const encoding = COMPRESSIBLE.test(type) ? encodingFor(req.headers['accept-encoding']) : null;
      const sent = { ...headers, 'Content-Type': type, Vary: file === PAGE ? 'Accept-Encoding, Accept-Language' : 'Accept-Encoding' };
      // The policy governs documents (the page and what it loads); on a script or the .wasm it
      // would be bytes on the wire for nothing.
      if (type.startsWith('text/html')) Object.assign(sent, { 'Content-Security-Policy': CSP, 'Referrer-Policy': 'no-referrer' });
      // The demo page's messages (a file of the package's, by language) requested with the page's
      // other files, as a server that knows the page's language can say (the page's own module
      // would ask for it only once it has run).
      if (file === PAGE) {
        const unbundled = !(await bundle(APP).catch(() => null));
        sent.Link = [`/pkg/messages/${pageLanguage(req)}.js`, ...(unbundled ? PACKAGE_MODULES : [])].map((m) => `<${m}>; rel=modulepreload`).join(', ');
      }
      if (encoding) {
        body = await compress(key, version, body, encoding);
        sent['Content-Encoding'] = encoding;
      }
      sent['Content-Length'] = body.length;
      res.writeHead(200, sent);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Security-Policy': CSP, 'Referrer-Policy': 'no-referrer', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({ server, url: `http://localhost:${actual}/`, warmed });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8080;
  startServer({ port }).then(
    ({ url }) => {
      console.log(`\ndotbe-rules demo: ${url}\n(Ctrl+C to stop)`);
    },
    (error) => {
      console.error(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is in use: run  make demo PORT=9000  (or another free port).`
          : `Could not start the demo server: ${error.message}`,
      );
      process.exit(1);
    },
  );
}
