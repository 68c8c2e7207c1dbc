// Opens each overview page in headless Chromium, fails on any console error, page error or
// network request (the page is a local file and must load nothing), and saves screenshots.
//
//   node scripts/overview-screenshots.mjs OUT_DIR PAGE.html[=NAME] ...
//
// Needs playwright-core (scripts/overview-screenshots.sh installs it) and the system's Chromium
// (CHROMIUM, default /usr/bin/chromium). Writes OUT_DIR/NAME.png (the whole page) and
// OUT_DIR/NAME-top.png (the first 1280x1600 pixels).
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const [out, ...pages] = process.argv.slice(2);
if (!out || pages.length === 0) {
  console.error('usage: node scripts/overview-screenshots.mjs OUT_DIR PAGE.html[=NAME] ...');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const profile = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'peerlog-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 1600 },
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
let failed = false;
try {
  for (const spec of pages) {
    const [file, name = path.basename(file, '.html')] = spec.split('=');
    const url = pathToFileURL(path.resolve(file)).href;
    const problems = [];
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== url) problems.push(`network request: ${r.url()}`);
    });
    // Anything but the page itself is refused before it leaves the machine.
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || !response.ok()) problems.push(`could not open ${url}`);
    await page.waitForTimeout(300);
    const charts = await page.locator('svg.chart').count();
    const tables = await page.locator('table[data-chart]').count();
    if (charts === 0) problems.push('no chart on the page');
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
    await page.screenshot({ path: path.join(out, `${name}-top.png`) });
    await page.close();
    if (problems.length > 0) {
      failed = true;
      for (const p of problems) console.error(`${file}: ${p}`);
    } else {
      console.error(`${file}: ${charts} charts, ${tables} tables; no console error, no network request`);
    }
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
