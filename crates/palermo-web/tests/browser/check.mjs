// Palermo's page checks in a real browser, run by the Rust test
// `tests/a11y.rs`. One headless Chromium (Debian's `chromium`), driven over
// its DevTools protocol on a pipe (`--remote-debugging-pipe`: no port, no
// WebSocket, no browser download, Node 18 or later and nothing but axe-core
// from npm), loads every page given and reports, as one JSON document on
// stdout:
//
// * at a desktop width (1280 CSS px): the HTTP status and axe-core's
//   violations (rule id, impact, help, targets) under WCAG 2.1 A and AA and
//   axe's best practices. The page keeps its Content-Security-Policy: axe is
//   evaluated through the protocol, which the policy does not govern.
// * at a phone width (390 CSS px, mobile viewport): the page's width
//   (`document.documentElement.scrollWidth`) and the smallest rendered size
//   of any visible chart text (its font size times the SVG's scale on
//   screen), in CSS px.
//
// Input (stdin, JSON): { "base": "http://127.0.0.1:PORT", "chromium": PATH,
//   "pages": [{ "path": "/x", "submit": "CSS selector to click, optional",
//               "screenshots": "directory for this page's PNGs, optional" }],
//   "screenshots": "directory for PNGs of each page at both widths, optional" }.
// The only server reached is the test's own, on loopback.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const input = JSON.parse(readFileSync(0, 'utf8'));
const TIMEOUT_MS = 60_000;

// ---- the browser and the protocol ---------------------------------------

const profile = mkdtempSync(join(tmpdir(), 'palermo-axe-'));
const chrome = spawn(
  input.chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    '--remote-debugging-pipe',
    'about:blank',
  ],
  { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
);
let chromeLog = '';
chrome.stderr.on('data', (d) => {
  chromeLog = (chromeLog + d).slice(-4000);
});
const toChrome = chrome.stdio[3];
const fromChrome = chrome.stdio[4];

let nextId = 1;
const pending = new Map();
const listeners = new Set();
let buffer = '';
fromChrome.setEncoding('utf8');
fromChrome.on('data', (chunk) => {
  buffer += chunk;
  let end;
  while ((end = buffer.indexOf('\0')) >= 0) {
    const msg = JSON.parse(buffer.slice(0, end));
    buffer = buffer.slice(end + 1);
    if (msg.id !== undefined && pending.has(msg.id)) {
      const { resolve, reject, method } = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
      else resolve(msg.result);
    } else if (msg.method) {
      for (const l of listeners) l(msg);
    }
  }
});
chrome.on('exit', (code) => {
  for (const { reject } of pending.values()) reject(new Error(`chromium exited (${code}): ${chromeLog}`));
  pending.clear();
});

function send(method, params = {}, sessionId, timeoutMs = TIMEOUT_MS) {
  const id = nextId++;
  const msg = { id, method, params };
  if (sessionId) msg.sessionId = sessionId;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`timeout: ${method}`));
    }, timeoutMs);
    pending.set(id, {
      resolve: (v) => (clearTimeout(timer), resolve(v)),
      reject: (e) => (clearTimeout(timer), reject(e)),
      method,
    });
    toChrome.write(JSON.stringify(msg) + '\0');
  });
}

function once(method, sessionId) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listeners.delete(l);
      reject(new Error(`timeout waiting for ${method}`));
    }, TIMEOUT_MS);
    const l = (msg) => {
      if (msg.method === method && msg.sessionId === sessionId) {
        clearTimeout(timer);
        listeners.delete(l);
        resolve(msg.params);
      }
    };
    listeners.add(l);
  });
}

async function tab(metrics) {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);
  await send('Emulation.setDeviceMetricsOverride', metrics, sessionId);
  const evaluate = async (expression) => {
    const r = await send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (r.exceptionDetails) throw new Error(`${expression.slice(0, 60)}: ${r.exceptionDetails.text} ${r.exceptionDetails.exception?.description ?? ''}`);
    return r.result.value;
  };
  return {
    evaluate,
    async open(page) {
      let loaded = once('Page.loadEventFired', sessionId);
      await send('Page.navigate', { url: input.base + page.path }, sessionId);
      await loaded;
      if (page.submit) {
        loaded = once('Page.loadEventFired', sessionId);
        await evaluate(`document.querySelector(${JSON.stringify(page.submit)}).click()`);
        await loaded;
      }
      return evaluate(`performance.getEntriesByType('navigation')[0]?.responseStatus ?? 0`);
    },
    async screenshot(file) {
      const { cssContentSize: s } = await send('Page.getLayoutMetrics', {}, sessionId);
      const { data } = await send(
        'Page.captureScreenshot',
        {
          format: 'png',
          captureBeyondViewport: true,
          clip: { x: 0, y: 0, width: s.width, height: Math.min(s.height, 6000), scale: 1 },
        },
        sessionId,
        // A long page (the data hub's map and tables) takes a while to
        // paint on a loaded machine.
        4 * TIMEOUT_MS,
      );
      writeFileSync(file, Buffer.from(data, 'base64'));
    },
  };
}

// ---- the checks ----------------------------------------------------------

const AXE = `axe.run(document, {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  resultTypes: ['violations'],
}).then((out) => out.violations.map((v) => ({
  id: v.id, impact: v.impact, help: v.help,
  targets: v.nodes.map((n) => n.target.join(' ')),
})))`;

const PHONE_MEASURE = `(() => {
  let min = null, where = null;
  for (const t of document.querySelectorAll('svg text')) {
    const ctm = t.getScreenCTM();
    if (!ctm || t.getClientRects().length === 0) continue;
    const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
    if (min === null || px < min) {
      min = px;
      where = (t.closest('svg')?.getAttribute('aria-labelledby') ?? '') + ': ' + t.textContent.slice(0, 30);
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, minChartTextPx: min, minChartTextWhere: where };
})()`;

const shotName = (dir, page, kind) =>
  join(dir, `${page.path.replace(/[^A-Za-z0-9]+/g, '_')}${page.submit ? '_result' : ''}-${kind}.png`);

const results = [];
let failed = null;
try {
  const desktop = await tab({ width: 1280, height: 900, deviceScaleFactor: 1, mobile: false });
  const phone = await tab({ width: 390, height: 844, deviceScaleFactor: 1, mobile: true });
  for (const page of input.pages) {
    const r = { path: page.path, submit: page.submit ?? null };
    if (process.env.PALERMO_BROWSER_TRACE) process.stderr.write(`${new Date().toISOString()} ${page.path}\n`);
    r.status = await desktop.open(page);
    await desktop.evaluate(axeSource);
    r.violations = await desktop.evaluate(AXE);
    const dir = page.screenshots ?? input.screenshots;
    if (dir) await desktop.screenshot(shotName(dir, page, 'desktop'));
    await phone.open(page);
    Object.assign(r, await phone.evaluate(PHONE_MEASURE));
    if (dir) await phone.screenshot(shotName(dir, page, 'phone'));
    results.push(r);
  }
} catch (e) {
  failed = e;
} finally {
  try {
    await Promise.race([send('Browser.close'), new Promise((ok) => setTimeout(ok, 5000))]);
  } catch {}
  // The profile is removed once Chromium has exited (it writes there until
  // then); a removal that still fails must not fail the checks.
  const exited = new Promise((ok) => (chrome.exitCode !== null ? ok() : chrome.once('exit', ok)));
  chrome.kill();
  await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (e) {
    process.stderr.write(`could not remove ${profile}: ${e.message}\n`);
  }
}
if (failed) {
  process.stderr.write(`${failed.stack}\n${chromeLog}\n`);
  process.exit(1);
}
process.stdout.write(JSON.stringify({ results }) + '\n');
process.exit(0);
