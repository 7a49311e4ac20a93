#!/usr/bin/env node
// The accessibility check of the bundled web pages, in a real browser engine.
//
// usage: node check.js --root DIR --out DIR [--fail-on-violation true|false] [--widths 320,390,1280]
//                      [--chromium PATH]
//
// Opens every policy.html, leaflet.html and letters/*.html under --root (schools/target/attendance)
// in headless Chromium at each width, and for each page:
//   - runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, and best practices) and reports every
//     violation of any impact (critical, serious, moderate, minor);
//   - checks for horizontal overflow: a page wider than the screen, or laid out wider than the
//     screen (a phone lays out a page that has no viewport setting 980 px wide), naming the widest
//     elements that stick out (an element that scrolls inside its own region does not count);
//   - records any request that is not file: or data: (the pages must be self-contained), and
//     blocks it;
//   - writes a full-page screenshot.
// Writes --out/a11y-report.json and --out/screenshots/, prints a summary per document kind, and
// exits 1 if anything was found and --fail-on-violation is true, 2 if the check itself failed.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_VERSION = require('axe-core/package.json').version;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'];
// Known to work in a container as root; a fresh --user-data-dir is added per run.
const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PHONE_WIDTH = 500;

function parseArgs(argv) {
  const args = { widths: '320,390,1280', 'fail-on-violation': 'true' };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument '${argv[i]}'`);
    args[m[1]] = m[2] !== undefined ? m[2] : argv[++i];
  }
  for (const required of ['root', 'out']) {
    if (!args[required]) throw new Error(`--${required} is required`);
  }
  args.widths = String(args.widths).split(',').map(w => parseInt(w, 10));
  if (args.widths.some(w => !(w > 0))) throw new Error('--widths must be positive numbers, e.g. 320,390,1280');
  args.failOnViolation = String(args['fail-on-violation']).toLowerCase() !== 'false';
  return args;
}

/** The browser: --chromium if given, else $CHROMIUM, else chromium (or chromium-browser) on the PATH. */
function findChromium(explicit) {
  const executable = c => {
    try {
      fs.accessSync(c, fs.constants.X_OK);
      return fs.statSync(c).isFile();
    } catch (e) {
      return false;
    }
  };
  const named = explicit || process.env.CHROMIUM;
  if (named) {
    if (!executable(named)) throw new Error(`the Chromium named (${named}) is not an executable file`);
    return named;
  }
  for (const dir of (process.env.PATH || '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) {
      if (executable(path.join(dir, name))) return path.join(dir, name);
    }
  }
  throw new Error('no Chromium found: install it (Debian: apt-get install -y chromium) or pass --chromium PATH');
}

/** Every policy, leaflet and letter page under root, sorted, with its kind. */
function documents(root) {
  const out = [];
  for (const school of fs.readdirSync(root, { withFileTypes: true }).filter(d => d.isDirectory())) {
    const dir = path.join(root, school.name);
    for (const kind of ['policy', 'leaflet']) {
      const f = path.join(dir, `${kind}.html`);
      if (fs.existsSync(f)) out.push({ kind, school: school.name, name: kind, file: f });
    }
    const letters = path.join(dir, 'letters');
    if (fs.existsSync(letters)) {
      for (const f of fs.readdirSync(letters).filter(n => n.endsWith('.html'))) {
        out.push({ kind: 'letter', school: school.name, name: `letters/${f.replace(/\.html$/, '')}`, file: path.join(letters, f) });
      }
    }
  }
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/** Runs in the page: is it wider than the screen, and which elements stick out? */
function measureOverflow(screenWidth) {
  const doc = document.documentElement;
  const layoutWidth = doc.clientWidth;
  const documentWidth = Math.max(doc.scrollWidth, document.body ? document.body.scrollWidth : 0);
  const scrollsItself = el => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      // A region that scrolls sideways within the screen (a wide table in a scroll box) is allowed;
      // one that cuts its content off (overflow: hidden) is not.
      if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && a.getBoundingClientRect().right <= layoutWidth + 1) return true;
    }
    return false;
  };
  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
      + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
  const offenders = [];
  const seen = new Set();
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    // A page laid out wider than the screen (no viewport setting) is reported as such; what is
    // listed then is what sticks out even of that layout.
    if (r.width === 0 || r.right <= Math.min(layoutWidth, screenWidth) + 1
        || (layoutWidth > screenWidth + 1 && r.right <= layoutWidth + 1)) continue;
    if (scrollsItself(el)) continue;
    // Report the outermost element that sticks out, not each of its children.
    let covered = false;
    for (let a = el.parentElement; a; a = a.parentElement) if (seen.has(a)) { covered = true; break; }
    seen.add(el);
    if (covered) continue;
    const text = (el.innerText || '').replace(/\s+/g, ' ').trim().slice(0, 60);
    offenders.push({ element: describe(el), right: Math.round(r.right), width: Math.round(r.width), text });
  }
  offenders.sort((a, b) => b.right - a.right);
  return { screenWidth, layoutWidth, documentWidth, offenders: offenders.slice(0, 10) };
}

async function checkPage(browser, doc, width, shotsDir) {
  const page = await browser.newPage();
  const external = [];
  try {
    await page.setRequestInterception(true);
    page.on('request', req => {
      const url = req.url();
      if (url.startsWith('file:') || url.startsWith('data:')) return req.continue();
      external.push(url);
      return req.abort();
    });
    const phone = width < PHONE_WIDTH;
    await page.setViewport({ width, height: 800, deviceScaleFactor: 1, isMobile: phone, hasTouch: phone });
    await page.goto('file://' + doc.file, { waitUntil: 'load', timeout: 60000 });
    const overflow = await page.evaluate(measureOverflow, width);
    overflow.overflows = overflow.documentWidth > width + 1 || overflow.layoutWidth > width + 1
      || overflow.offenders.length > 0;
    const shot = path.join(shotsDir, doc.school, `${doc.name.replace(/\//g, '_')}_${width}.png`);
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: true });
    await page.addScriptTag({ content: AXE_SOURCE });
    const result = await page.evaluate(async tags => {
      // eslint-disable-next-line no-undef
      return await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    }, AXE_TAGS);
    const violations = result.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.slice(0, 200),
        summary: (n.failureSummary || '').replace(/\s+/g, ' ').trim().slice(0, 300) })),
    })).sort((a, b) => IMPACTS.indexOf(a.impact) - IMPACTS.indexOf(b.impact) || (a.id < b.id ? -1 : 1));
    const incomplete = result.incomplete.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    return { width, screenshot: shot, overflow, externalRequests: external, violations, incomplete };
  } finally {
    await page.close();
  }
}

function summarise(report) {
  const lines = [];
  const kinds = ['policy', 'leaflet', 'letter'];
  for (const kind of kinds) {
    const pages = report.pages.filter(p => p.kind === kind);
    if (pages.length === 0) continue;
    lines.push(`${kind} (${pages.length} documents):`);
    const byRule = new Map();
    for (const p of pages) {
      for (const r of p.results) {
        for (const v of r.violations) {
          const e = byRule.get(v.id) || { impact: v.impact, help: v.help, docs: new Set(), widths: new Set(), nodes: 0 };
          e.docs.add(p.file);
          e.widths.add(r.width);
          e.nodes += v.nodes.length;
          byRule.set(v.id, e);
        }
      }
    }
    if (byRule.size === 0) lines.push('  axe: no violations');
    const rules = [...byRule.entries()].sort((a, b) => IMPACTS.indexOf(a[1].impact) - IMPACTS.indexOf(b[1].impact) || (a[0] < b[0] ? -1 : 1));
    for (const [id, e] of rules) {
      lines.push(`  axe ${e.impact} ${id}: ${e.help} — ${e.docs.size}/${pages.length} documents, `
        + `${e.nodes} elements over all widths (at ${[...e.widths].sort((a, b) => a - b).join(', ')} px)`);
    }
    for (const width of report.widths) {
      const over = pages.map(p => ({ p, r: p.results.find(r => r.width === width) })).filter(x => x.r.overflow.overflows);
      if (over.length === 0) {
        lines.push(`  overflow at ${width} px: none`);
        continue;
      }
      const widest = over.reduce((a, b) => (b.r.overflow.documentWidth > a.r.overflow.documentWidth ? b : a));
      const layoutWide = over.filter(x => x.r.overflow.layoutWidth > width + 1).length;
      lines.push(`  overflow at ${width} px: ${over.length}/${pages.length} documents`
        + (layoutWide ? ` (${layoutWide} laid out ${widest.r.overflow.layoutWidth} px wide: no viewport setting)` : '')
        + `; widest ${widest.r.overflow.documentWidth} px (${widest.p.file})`
        + (widest.r.overflow.offenders.length ? `, e.g. ${widest.r.overflow.offenders.slice(0, 3)
          .map(o => `${o.element} to ${o.right} px`).join('; ')}` : ''));
    }
    const external = pages.flatMap(p => p.results.flatMap(r => r.externalRequests));
    if (external.length) lines.push(`  external requests (blocked): ${[...new Set(external)].join(', ')}`);
  }
  return lines;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const root = path.resolve(args.root);
  const out = path.resolve(args.out);
  if (!fs.existsSync(root)) throw new Error(`${root} does not exist: render the schools first (mvn package)`);
  const docs = documents(root);
  if (docs.length === 0) throw new Error(`no policy.html, leaflet.html or letters/*.html under ${root}`);
  fs.rmSync(out, { recursive: true, force: true });
  const shotsDir = path.join(out, 'screenshots');
  fs.mkdirSync(shotsDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'attendance-a11y-profile-'));
  const executablePath = findChromium(args.chromium);
  const browser = await puppeteer.launch({
    executablePath, headless: true, userDataDir: profile,
    args: CHROMIUM_FLAGS,
  });
  const report = { axeVersion: AXE_VERSION, axeTags: AXE_TAGS, browser: await browser.version(), widths: args.widths, pages: [] };
  try {
    for (const doc of docs) {
      const results = [];
      for (const width of args.widths) results.push(await checkPage(browser, doc, width, shotsDir));
      report.pages.push({ kind: doc.kind, school: doc.school, file: path.relative(root, doc.file), results });
      const counts = results.map(r => `${r.width}px: ${r.violations.length} rules, ${r.overflow.overflows ? 'overflow' : 'fits'}`);
      console.log(`[a11y] ${path.relative(root, doc.file)}  ${counts.join('; ')}`);
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const violations = report.pages.reduce((n, p) => n + p.results.reduce((m, r) => m + r.violations.length, 0), 0);
  const overflows = report.pages.reduce((n, p) => n + p.results.filter(r => r.overflow.overflows).length, 0);
  const external = report.pages.reduce((n, p) => n + p.results.reduce((m, r) => m + r.externalRequests.length, 0), 0);
  report.totals = { documents: docs.length, pageViews: docs.length * args.widths.length, violations, overflows, externalRequests: external };
  fs.writeFileSync(path.join(out, 'a11y-report.json'), JSON.stringify(report, null, 2) + '\n');
  const summary = summarise(report);
  fs.writeFileSync(path.join(out, 'a11y-summary.txt'), summary.join('\n') + '\n');
  console.log(`[a11y] ${report.browser}, axe-core ${AXE_VERSION}, ${docs.length} documents at ${args.widths.join(', ')} px`);
  for (const l of summary) console.log('[a11y] ' + l);
  console.log(`[a11y] report: ${path.join(out, 'a11y-report.json')}; screenshots: ${shotsDir}`);
  const found = violations + overflows + external;
  if (found === 0) {
    console.log('[a11y] no violations, no overflow, no external requests');
    return 0;
  }
  const what = `${violations} axe violations (rule x page x width), ${overflows} overflowing page views, ${external} external requests`;
  if (args.failOnViolation) {
    console.error(`[a11y] FAILED: ${what}`);
    return 1;
  }
  console.log(`[a11y] found ${what}; not failing the build because a11y.failOnViolation=false`);
  return 0;
}

main().then(code => process.exit(code), e => {
  console.error(`[a11y] the check could not run: ${e && e.message ? e.message : e}`);
  process.exit(2);
});
