// The audit page's Web Worker: reads the dropped file (or generates the example portfolio),
// audits it with dotbe-rules/audit, and posts progress, then the report and the fixed CSV. All
// the work is here, so the page stays responsive.
import init, { createAudit, auditStream } from '/pkg/audit.js';
import { samplePortfolio } from './audit-sample.js';

const ready = init();

/** The example portfolio as a stream of bytes. */
async function* sample(contacts) {
  const encoder = new TextEncoder();
  for (const chunk of samplePortfolio({ contacts, seed: 2026 })) yield encoder.encode(chunk);
}

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const source = data.file ? data.file.stream() : sample(data.contacts);
    const total = data.file ? data.file.size : data.contacts * 150;
    const fixed = [];
    let last = 0;
    const started = performance.now();
    const report = await auditStream(source, {
      audit: createAudit({ lang: data.lang }),
      name: data.file?.name ?? 'example.csv',
      onFixed: (text) => fixed.push(text),
      onProgress: ({ bytes, contacts }) => {
        const now = performance.now();
        if (now - last < 50) return;
        last = now;
        self.postMessage({ type: 'progress', share: Math.min(1, bytes / total), contacts });
      },
    });
    const seconds = (performance.now() - started) / 1000;
    self.postMessage({ type: 'done', report, seconds, fixed: new Blob(fixed, { type: 'text/csv;charset=utf-8' }) });
  } catch (e) {
    self.postMessage({ type: 'error', message: e?.message ?? String(e) });
  }
};
