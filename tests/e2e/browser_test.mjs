// End-to-end test of Hemeroteca's web pages in a real browser: Debian's headless Chromium,
// driven by playwright-core, against `hemeroteca serve` on a free loopback port over an index
// of hand-written records (tests/fixtures/search/records.json and tests/e2e/records.json).
//
// It types "medicamentos" and submits, sees results with <mark>ed words, ticks an official's
// facet and sees the count and the list narrow (in place, without a reload), opens a bulletin
// page and sees its officials, exports CSV and reads it back, then runs with JavaScript
// disabled and gets the same results by URL and by the plain form. Screenshots of the results
// and a bulletin page go to --screenshots.
//
// Usage (ctest runs it; see tests/CMakeLists.txt):
//   node browser_test.mjs --hemeroteca BIN --fixture-index BIN --records JSON [--records JSON]
//                         --schema DIR --screenshots DIR [--chromium PATH]
// Exit: 0 pass, 1 fail, 77 skipped (no Chromium or no node_modules: run `npm ci` here).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const kTimeLimitMs = 180_000;  // the whole test; ctest's own limit is a little longer
const kStepTimeoutMs = 15_000;

function parseArguments(argv) {
  const options = { records: [], chromium: process.env.CHROMIUM || '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (name === 'records') options.records.push(value);
    else options[name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = value;
  }
  for (const required of ['hemeroteca', 'fixtureIndex', 'schema', 'screenshots']) {
    if (!options[required]) throw new Error(`missing --${required}`);
  }
  if (options.records.length === 0) throw new Error('missing --records');
  return options;
}

let checks = 0;
function check(condition, what) {
  if (!condition) throw new Error(what);
  ++checks;
  console.log(`ok ${checks} - ${what}`);
}

// Starts `hemeroteca serve --port 0` and resolves with its base URL, read from its log line.
function startServer(options, database) {
  const server = spawn(options.hemeroteca,
      // One browser makes many requests at once: the per-client rate limit would get in the way.
      ['serve', '--db', database, '--port', '0', '--bind', '127.0.0.1', '--threads', '4',
       '--rate-limit', '0', '--schema', options.schema],
      { stdio: ['ignore', 'pipe', 'pipe'] });
  const ready = new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 20_000);
    const onData = (chunk) => {
      log += chunk;
      const match = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
  return { server, ready };
}

function browserOptions(options, javaScriptEnabled) {
  return {
    executablePath: options.chromium,
    headless: true,
    javaScriptEnabled,
    locale: 'es-MX',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    args: ['--lang=es-MX', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--disable-dev-shm-usage'],
    timeout: 30_000,
  };
}

// "12 boletines" -> 12
async function resultCount(page) {
  const text = await page.locator('.conteo strong').innerText();
  return Number(text.replace(/[^0-9]/g, ''));
}

async function resultLinks(page) {
  return page.locator('.resultado h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

// RFC 4180, as the server writes it (quoted cells may hold commas, quotes and line breaks).
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; ++i; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

async function withJavaScript(chromium, options, base, profile, results) {
  const context = await chromium.launchPersistentContext(profile, browserOptions(options, true));
  try {
    const page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(kStepTimeoutMs);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });

    const home = await page.goto(`${base}/`);
    check(home.status() === 200, 'GET / answers 200');
    check(/script-src 'self'/.test(home.headers()['content-security-policy'] || ''),
          'the page carries a Content-Security-Policy with script-src \'self\'');
    check(await page.getAttribute('html', 'lang') === 'es-MX', '<html lang="es-MX">');
    check(await page.evaluate(() => document.documentElement.classList.contains('js')),
          'app.js ran (allowed by the CSP)');

    await page.getByLabel('Buscar en los boletines').fill('medicamentos');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page.waitForURL(/[?&]q=medicamentos/);
    await page.locator('.resultado').first().waitFor();
    const total = await resultCount(page);
    results.searchTotal = total;
    results.searchLinks = await resultLinks(page);
    check(total >= 3, `"medicamentos" finds ${total} bulletins`);
    const marks = await page.locator('.extracto mark').allInnerTexts();
    check(marks.length > 0 && marks.every((m) => /medicamento/i.test(m)),
          `snippets mark the matched words (${marks.length} <mark>: ${[...new Set(marks)].join(', ')})`);

    // The official in most, but not all, of the results.
    const facet = page.locator('fieldset[data-faceta="official"] li');
    const values = await facet.evaluateAll((items) => items.map((li) => ({
      id: li.querySelector('input').id,
      value: li.querySelector('input').value,
      name: li.querySelector('label').firstChild.textContent.trim(),
      count: Number(li.querySelector('.cuenta').textContent.replace(/[^0-9]/g, '')),
    })));
    const official = values.filter((v) => v.count > 0 && v.count < total)
                           .sort((a, b) => b.count - a.count)[0];
    check(official !== undefined, `an official's facet can narrow the ${total} results`);
    await page.evaluate(() => { window.hemerotecaSamePage = true; });
    await page.locator(`label[for="${official.id}"]`).click();
    await page.waitForURL(new RegExp(`[?&]official=${official.value}`));
    await page.waitForFunction((expected) => {
      const count = document.querySelector('.conteo strong');
      return count && Number(count.textContent.replace(/[^0-9]/g, '')) === expected;
    }, official.count);
    const narrowed = await resultCount(page);
    const narrowedLinks = await resultLinks(page);
    check(narrowed === official.count && narrowed < total,
          `ticking ${official.name} narrows the count from ${total} to ${narrowed}`);
    check(narrowedLinks.length === narrowed && narrowedLinks.every((l) => results.searchLinks.includes(l)),
          'the list narrows to a subset of the earlier results');
    const officialsShown = await page.locator('.resultado').evaluateAll((items) =>
        items.map((li) => li.textContent));
    check(officialsShown.every((text) => text.includes(official.name)),
          `every result names ${official.name}`);
    check(await page.evaluate(() => window.hemerotecaSamePage === true),
          'the facet applied in place, without a full page load');
    check(await page.locator('.chips .chip', { hasText: official.name }).count() === 1,
          'the active filter is shown as a removable chip');
    check(await page.locator(`#${official.id}`).isChecked(), 'the ticked box stays ticked');
    results.filteredUrl = page.url();
    results.filteredTotal = narrowed;
    results.filteredLinks = narrowedLinks;
    results.official = official;
    mkdirSync(options.screenshots, { recursive: true });
    await page.screenshot({ path: path.join(options.screenshots, 'resultados.png') });

    const download = page.waitForEvent('download');
    await page.locator('.exportar a', { hasText: 'CSV' }).click();
    const file = await (await download).path();
    const rows = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    check(rows[0].join(',') === 'id,fecha,numero,titulo,funcionarios,temas,fuentes,url',
          'the CSV export has its header row');
    const csvIds = rows.slice(1).map((r) => r[0]);
    const shownIds = narrowedLinks.map((l) => decodeURIComponent(l.replace('/boletin/', '')));
    check(csvIds.length === narrowed && shownIds.every((id) => csvIds.includes(id)),
          `the CSV export reads back with the ${narrowed} bulletins shown`);
    check(rows.slice(1).every((r) => r[4].includes(official.name)),
          'every CSV row lists the official');

    // The fullest bulletin of the fixtures makes the better screenshot; any result would do.
    const titles = page.locator('.resultado h3 a');
    const fullest = titles.filter({ hasText: 'Compra consolidada' });
    const opened = (await fullest.count()) > 0 ? fullest.first() : titles.first();
    const openedTitle = await opened.innerText();
    await opened.click();
    await page.waitForURL(/\/boletin\//);
    check(await page.locator('h1').innerText() === openedTitle, `the bulletin page shows "${openedTitle}"`);
    const names = await page.locator('.funcionarios li a:not(.secundario)').allInnerTexts();
    check(names.includes(official.name), `the bulletin page lists its officials (${names.join(', ')})`);
    await page.screenshot({ path: path.join(options.screenshots, 'boletin.png'), fullPage: true });

    await page.locator('.funcionarios li a:not(.secundario)', { hasText: official.name }).click();
    await page.waitForURL(/\/funcionario\//);
    check(await page.locator('h1').innerText() === official.name &&
          await page.locator('a', { hasText: 'Buscar todos sus boletines' }).count() === 1,
          `the official's page shows ${official.name} and links to all their bulletins`);
    await page.screenshot({ path: path.join(options.screenshots, 'funcionario.png'), fullPage: true });
    await page.goBack();

    await page.goBack();
    await page.waitForURL(/[?&]official=/);
    await page.locator('.resultado').first().waitFor();
    check(await resultCount(page) === narrowed, 'Back returns to the narrowed results');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(options.screenshots, 'resultados-movil.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 1, 'the results page fits a phone\'s width');
    await page.locator('.solo-movil').click();
    check(page.url().endsWith('#filtros') && await page.locator('.resultado').count() === narrowed,
          'on a phone, "Filtros" jumps to the filters below the results');

    // A year ticked replaces the dates, as the histogram's bars do; dates typed untick the years.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/?date_from=2020-10-01&date_to=2020-12-31`);
    await page.locator('.resultado').first().waitFor();
    const year = page.locator('fieldset[data-faceta="year"] li', { hasText: '2021' });
    const yearCount = Number((await year.locator('.cuenta').innerText()).replace(/[^0-9]/g, ''));
    await year.locator('label').click();
    await page.waitForURL((url) => url.searchParams.get('year') === '2021');
    await page.waitForFunction((expected) => {
      const count = document.querySelector('.conteo strong');
      return count && Number(count.textContent.replace(/[^0-9]/g, '')) === expected;
    }, yearCount);
    check(!new URL(page.url()).searchParams.has('date_from') &&
          await page.inputValue('#date_from') === '' && await resultCount(page) === yearCount,
          `ticking 2021 under dates in late 2020 shows 2021's ${yearCount} bulletins, the dates gone`);
    await page.fill('#date_from', '2021-03-01');
    await page.waitForURL((url) => url.searchParams.get('date_from') === '2021-03-01');
    await page.locator('.resultado').first().waitFor();
    check(!new URL(page.url()).searchParams.has('year') &&
          !(await page.locator('fieldset[data-faceta="year"] input:checked').count()),
          'a date typed unticks the year');
    check(problems.length === 0, `no script errors or CSP violations${problems.length ? ': ' + problems.join('; ') : ''}`);
  } finally {
    await context.close();
  }
}

async function withoutJavaScript(chromium, options, base, profile, results) {
  const context = await chromium.launchPersistentContext(profile, browserOptions(options, false));
  try {
    const page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(kStepTimeoutMs);
    await page.goto(results.filteredUrl);
    check(await resultCount(page) === results.filteredTotal &&
          JSON.stringify(await resultLinks(page)) === JSON.stringify(results.filteredLinks),
          'without JavaScript, the shared URL shows the same narrowed results');

    await page.goto(`${base}/`);
    await page.getByLabel('Buscar en los boletines').fill('medicamentos');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page.waitForURL(/[?&]q=medicamentos/);
    check(await resultCount(page) === results.searchTotal &&
          JSON.stringify(await resultLinks(page)) === JSON.stringify(results.searchLinks),
          'without JavaScript, the plain form finds the same results');
    const apply = page.getByRole('button', { name: 'Aplicar filtros' });
    check(await apply.isVisible(), 'without JavaScript, "Aplicar filtros" is visible');
    await page.locator(`input[name="official"][value="${results.official.value}"]`).check();
    await apply.click();
    await page.waitForURL(new RegExp(`[?&]official=${results.official.value}`));
    check(await resultCount(page) === results.filteredTotal,
          'without JavaScript, ticking the official and applying narrows the same way');
  } finally {
    await context.close();
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!existsSync(options.chromium)) {
    console.log(`e2e_browser: SKIPPED: no Chromium at ${options.chromium} (apt-get install chromium chromium-driver)`);
    return 77;
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    console.log('e2e_browser: SKIPPED: playwright-core is not installed (run `npm ci` in tests/e2e)');
    return 77;
  }

  const work = mkdtempSync(path.join(tmpdir(), 'hemeroteca-e2e-'));
  try {
    const database = path.join(work, 'index');
    const built = spawnSync(options.fixtureIndex, [database, ...options.records], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`fixture index failed: ${built.stderr}`);
    const started = startServer(options, database);
    server = started.server;
    const base = await started.ready;
    console.log(`# server at ${base}`);
    const results = {};
    await withJavaScript(chromium, options, base, path.join(work, 'profile-js'), results);
    await withoutJavaScript(chromium, options, base, path.join(work, 'profile-nojs'), results);
    console.log(`# screenshots in ${options.screenshots}`);
    console.log(`e2e_browser: PASS (${checks} checks)`);
    return 0;
  } finally {
    stopServer();
    rmSync(work, { recursive: true, force: true });
  }
}

let server = null;  // the `hemeroteca serve` child, stopped however the test ends
function stopServer() {
  if (server && server.exitCode === null) server.kill('SIGTERM');
}

const watchdog = setTimeout(() => {
  console.log(`e2e_browser: FAIL: did not finish within ${kTimeLimitMs / 1000} s`);
  stopServer();
  process.exit(1);
}, kTimeLimitMs);

main().then((code) => {
  clearTimeout(watchdog);
  process.exitCode = code;
}, (error) => {
  clearTimeout(watchdog);
  console.log(`e2e_browser: FAIL: ${error.stack || error.message}`);
  process.exitCode = 1;
});
