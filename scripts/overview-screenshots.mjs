// Opens each overview page in headless Chromium, fails on any console error, page error or
// network request (the page is a local file and must load nothing), and saves screenshots; then
// prints it on A4 (a PDF beside the screenshots) and fails when something is wider than the page
// or a box holds more than it shows.
//
//   node scripts/overview-screenshots.mjs OUT_DIR PAGE.html[=NAME] ...
//
// Needs playwright-core (scripts/overview-screenshots.sh installs it) and the system's Chromium
// (CHROMIUM, default /usr/bin/chromium). Writes OUT_DIR/NAME.png (the whole page) and
// OUT_DIR/NAME-top.png (the first 1280x1600 pixels) and OUT_DIR/NAME.pdf (printed on A4).
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

// A4's width less the page margins of the style sheet (@page: 12 mm each side), in CSS pixels.
const A4_WIDTH = Math.round(((210 - 2 * 12) / 25.4) * 96);

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
    let pdfPages = 0;
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
    // Printed: on the width of A4 less the page's margins, nothing sticks out to the right and
    // no box holds more than it shows (its content would run over what follows on paper).
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
    problems.push(...await page.evaluate((width) => {
      const found = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > width) found.push(`printed, the page is ${doc.scrollWidth}px wide, more than A4's ${width}px`);
      for (const e of document.querySelectorAll('section, figure, .pair, .chart-box, .table-box, table')) {
        const where = e.id || e.getAttribute('data-chart') || e.closest('[id]')?.id || e.className;
        if (e.getBoundingClientRect().right > width + 0.5) found.push(`printed, ${where} sticks out to the right`);
        if (e.scrollHeight > e.clientHeight + 1) found.push(`printed, ${where} holds more than it shows`);
      }
      return found;
    }, A4_WIDTH));
    const pdf = await page.pdf({ path: path.join(out, `${name}.pdf`), preferCSSPageSize: true, printBackground: true });
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    pdfPages = boxes.length;
    if (boxes.length === 0 || boxes.some((m) => Math.round(m[1]) !== 595 || Math.round(m[2]) !== 842)) {
      problems.push(`printed, the pages are not A4: ${boxes.map((m) => `${m[1]}x${m[2]}`).join(', ')}`);
    }
    await page.close();
    if (problems.length > 0) {
      failed = true;
      for (const p of problems) console.error(`${file}: ${p}`);
    } else {
      console.error(`${file}: ${charts} charts, ${tables} tables; no console error, no network request; prints on A4 (${pdfPages} pages)`);
    }
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
