#!/usr/bin/env node
// End-to-end test of the WordPress plugin in a real WordPress: Debian's `wordpress` (6.1),
// MariaDB and PHP, all started here on loopback in a temporary folder and stopped at the end,
// even on failure. Installs the Debian packages with apt-get when they are missing and this runs
// as root; elsewhere it prints one line and skips.
//
//   node test/wordpress/e2e.mjs        (needs `npm run build` first: it installs dist/wordpress/ketamine-widgets.zip)
//
// What it checks (each line one counted check): php -l on every plugin file; the zip installs
// through WordPress's own upgrader (Plugins → Add New → Upload); an Author's shortcodes and raw
// tags, in blocks and classic content, survive saving; the pages render in Chromium with no
// console error, no failed request and no layout shift; the settings page rejects invalid data
// with the field path and saves valid data behind a nonce and the capability; every widget then
// shows the clinic's settings from the REST route; deactivating leaves no fatal error; deleting
// removes the option, and on a multisite network from every site.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'mariadb-server', 'php-json-schema'];
const WP = '/usr/share/wordpress';
const THEME = `${WP}/wp-content/themes/twentytwentythree`;
const CLINIC = 'E2E Test Clinic';
const EXTRA_ITEM = 'I drive for work every day';
const REVIEWER = 'Dr. Rev Iewer';
const FAKE_SNIPPET = 'PRERENDERED-FAKE-SNIPPET';

const which = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function missingPackages() {
  const missing = [];
  if (!existsSync(`${WP}/wp-settings.php`)) missing.push('wordpress');
  if (!existsSync(THEME)) missing.push('wordpress-theme-twentytwentythree');
  if (!which('php')) missing.push('php-cli');
  if (!existsSync('/usr/sbin/mariadbd') || !which('mariadb-install-db')) missing.push('mariadb-server');
  if (!existsSync('/usr/share/php/JsonSchema/autoload.php')) missing.push('php-json-schema');
  if (which('php') && !spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout.includes('mysqli')) missing.push('php-mysql');
  return missing;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const until = async (what, test, ms = 30000) => {
  const end = Date.now() + ms;
  for (;;) {
    if (await test()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

function phpFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return phpFiles(full);
    return name.endsWith('.php') ? [full] : [];
  });
}

/** Cookie jar for one logged-in HTTP session. */
class Session {
  cookies = new Map();
  constructor(base) {
    this.base = base;
  }
  async request(url, init = {}) {
    const headers = { ...(init.headers || {}), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    const res = await fetch(new URL(url, this.base), { redirect: 'manual', ...init, headers });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  }
  async login(user, pass) {
    this.cookies.set('wordpress_test_cookie', 'WP%20Cookie%20check');
    const res = await this.request('/wp-login.php', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ log: user, pwd: pass, 'wp-submit': 'Log In', testcookie: '1', redirect_to: '/wp-admin/' }),
    });
    return res.status === 302;
  }
}

export async function runWordPressE2E({ log = console.log } = {}) {
  const results = [];
  const check = (name, ok, detail = '') => {
    results.push({ name, ok: Boolean(ok) });
    log(`${ok ? '  ✔' : '  ✖'} ${name}${!ok && detail ? `\n      ${String(detail).replace(/\n/g, '\n      ')}` : ''}`);
    return Boolean(ok);
  };
  const summary = (skipped = 0) => ({
    passed: results.filter((r) => r.ok).length,
    failed: results.filter((r) => !r.ok).length,
    skipped,
    failures: results.filter((r) => !r.ok).map((r) => r.name),
  });

  let missing = missingPackages();
  if (missing.length && isRoot && which('apt-get')) {
    log(`Installing ${missing.join(', ')} with apt-get (Debian packages)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { env, stdio: 'ignore' });
    missing = missingPackages();
  }
  if (missing.length || !isRoot) {
    const why = missing.length
      ? `needs the Debian packages ${missing.join(', ')} (apt-get install ${PACKAGES.join(' ')}, as root)`
      : 'needs root (it writes /etc/wordpress/config-<name>.php, as Debian\'s WordPress requires)';
    log(`WordPress end-to-end test skipped: ${why}.`);
    return summary(1);
  }
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  const zip = path.join(root, 'dist/wordpress/ketamine-widgets.zip');
  if (!check('dist/wordpress/ketamine-widgets.zip is built', existsSync(zip), 'run npm run build first')) return summary();
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const en = JSON.parse(readFileSync(path.join(root, 'src/data/ketamine.en.json'), 'utf8'));
  const es = JSON.parse(readFileSync(path.join(root, 'src/data/ketamine.es.json'), 'utf8'));

  // php -l on every PHP file of the built plugin (the zip's contents).
  const files = phpFiles(path.join(root, 'dist/wordpress/ketamine-widgets'));
  const lint = files.map((f) => [f, spawnSync('php', ['-l', f], { encoding: 'utf8' })]).filter(([, r]) => r.status !== 0);
  check(`php -l: ${files.length} plugin files`, files.length > 5 && !lint.length, lint.map(([f, r]) => `${f}: ${r.stdout}${r.stderr}`).join('\n'));

  const started = [];
  const tmp = mkdtempSync('/tmp/kw-wp-');
  const name = `kwe2e${process.pid}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const msConfigFile = `/etc/wordpress/config-${name}-ms.php`;
  let browser;
  const stopAll = async () => {
    if (browser) await browser.close().catch(() => {});
    for (const child of [...started].reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        killGroup(child, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
      }
      // php -S workers are children of the server: the whole group goes.
      killGroup(child, 'SIGKILL');
    }
    started.length = 0;
    for (const f of [configFile, msConfigFile]) rmSync(f, { force: true });
    rmSync(tmp, { recursive: true, force: true });
  };
  // Each child leads its own process group, so its workers stop with it.
  const killGroup = (child, signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // Last resort when this process dies some other way (an exception, a closed pipe).
  const onExit = () => {
    for (const child of started) killGroup(child, 'SIGKILL');
    for (const f of [configFile, msConfigFile]) rmSync(f, { force: true });
    rmSync(tmp, { recursive: true, force: true });
  };
  process.on('exit', onExit);
  const onSignal = () => void stopAll().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    // MariaDB: its own data folder and socket, no TCP port.
    const sock = path.join(tmp, 'mysqld.sock');
    const init = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${tmp}/db`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { encoding: 'utf8', timeout: 120000 });
    if (init.status !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr}`);
    const db = spawn('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${tmp}/db`, `--socket=${sock}`, '--skip-networking', `--pid-file=${tmp}/mysqld.pid`, `--log-error=${tmp}/mysqld.err`, '--user=root', '--innodb-buffer-pool-size=16M', '--skip-log-bin'], { stdio: 'ignore', detached: true });
    started.push(db);
    await until('MariaDB', () => {
      if (db.exitCode !== null) throw new Error(`mariadbd exited: ${readFileSync(`${tmp}/mysqld.err`, 'utf8').slice(-2000)}`);
      return spawnSync('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wp']).status === 0;
    });

    // wp-content of its own: the theme linked in, plugins and uploads empty.
    const content = path.join(tmp, 'wp-content');
    for (const d of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(path.join(content, d), { recursive: true });
    symlinkSync(THEME, path.join(content, 'themes/twentytwentythree'));

    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const base = `http://${host}`;
    /** A wp-config for one database of this MariaDB: offline, no cron or updates, notices logged. */
    const wpConfig = (db, contentDir, origin, { home = true } = {}) => `<?php
define('DB_NAME', '${db}');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${sock}');
${home ? `define('WP_HOME', '${origin}');\ndefine('WP_SITEURL', '${origin}');\n` : ''}define('WP_CONTENT_DIR', '${contentDir}');
define('WP_CONTENT_URL', '${origin}/wp-content');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${tmp}/debug.log');
`;
    writeFileSync(configFile, wpConfig('wp', content, base));
    const env = { ...process.env, KW_WP_CONFIG: name, KW_WP_HOST: host, KW_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4' };
    const driver = (args, input, moreEnv = {}) => {
      const r = spawnSync('php', [path.join(here, 'wp-driver.php'), ...args], { env: { ...env, ...moreEnv }, input: input === undefined ? '' : JSON.stringify(input), encoding: 'utf8', timeout: 120000 });
      const i = r.stdout.lastIndexOf('@@JSON@@');
      if (r.status !== 0 || i < 0) throw new Error(`wp-driver ${args[0]} failed (${r.status}): ${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
      return JSON.parse(r.stdout.slice(i + 8));
    };
    const debugLog = () => (existsSync(`${tmp}/debug.log`) ? readFileSync(`${tmp}/debug.log`, 'utf8') : '');

    const installed = driver(['install']);
    check(`WordPress ${installed.version} installed headlessly (theme ${installed.theme})`, installed.admin && installed.author && installed.theme === 'twentytwentythree', JSON.stringify(installed));

    const server = spawn('php', ['-S', host, '-t', WP, path.join(here, 'router.php')], { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    started.push(server);
    let serverLog = '';
    server.stderr.on('data', (d) => (serverLog = (serverLog + d).slice(-20000)));
    await until('the PHP server', async () => {
      if (server.exitCode !== null) throw new Error(`php -S exited: ${serverLog}`);
      return fetch(`${base}/wp-login.php`).then(() => true, () => false);
    });

    // The zip, through WordPress's own upload path (Plugin_Upgrader), then activation.
    const up = driver(['install-zip', zip]);
    check('the zip installs through Plugin_Upgrader (Plugins → Add New → Upload)', up.result === true && up.plugin === 'ketamine-widgets/ketamine-widgets.php', JSON.stringify(up));
    check(
      `plugin header: Version ${pkg.version}, Requires at least 6.1, Requires PHP 7.4`,
      up.headers.Version === pkg.version && up.headers.RequiresWP === '6.1' && up.headers.RequiresPHP === '7.4',
      JSON.stringify(up.headers),
    );
    const pluginDir = path.join(content, 'plugins/ketamine-widgets');
    const realSnippet = existsSync(path.join(pluginDir, 'prerendered/ketamine-facts.en.html'));
    if (!realSnippet) {
      // The server renderer is not in this build: a stand-in snippet tests the plugin's side.
      mkdirSync(path.join(pluginDir, 'prerendered'), { recursive: true });
      writeFileSync(path.join(pluginDir, 'prerendered/ketamine-facts.en.html'), `<template shadowrootmode="open"><link rel="stylesheet" href="/ketamine-widgets/shadow/ketamine-facts.css"><p>${FAKE_SNIPPET}</p></template>`);
    }
    const act = driver(['activate']);
    check('the plugin activates', act.active && !act.error, JSON.stringify(act));

    // The allow-lists match the elements' API in custom-elements.json (all but src and disabled).
    {
      const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
      const { attributes, kses } = driver(['attributes']);
      const drift = [];
      for (const decl of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
        const api = (decl.attributes ?? []).filter((a) => !['src', 'disabled'].includes(a.name));
        const php = attributes[decl.tagName] ?? {};
        const names = (list) => [...list].sort().join(' ');
        if (names(api.map((a) => a.name)) !== names(Object.keys(php))) drift.push(`${decl.tagName}: API ${names(api.map((a) => a.name))} / PHP ${names(Object.keys(php))}`);
        if (names(Object.keys(kses[decl.tagName] ?? {})) !== names(Object.keys(php))) drift.push(`${decl.tagName}: KSES ${names(Object.keys(kses[decl.tagName] ?? {}))}`);
        for (const a of api) {
          const literals = [...(a.type?.text ?? '').matchAll(/'([^']*)'|\b(\d+)\b/g)].map((m) => m[1] ?? m[2]);
          if (literals.length && names(literals) !== names(php[a.name]?.values ?? [])) drift.push(`${decl.tagName} ${a.name}: API ${literals} / PHP ${php[a.name]?.values}`);
        }
      }
      check("the shortcodes' and KSES's attribute lists match the elements' API (custom-elements.json)", !drift.length, drift.join('\n'));
    }

    // Posts saved by an Author (no unfiltered_html): shortcodes and raw tags, blocks and classic.
    const section = en.sections[1].id;
    const posts = {
      block: [
        '<!-- wp:paragraph --><p>Before the widgets.</p><!-- /wp:paragraph -->',
        '<!-- wp:shortcode -->\n[dose_range weight="70"]\n<!-- /wp:shortcode -->',
        '<!-- wp:html -->\n<dose-range weight="70"></dose-range>\n<!-- /wp:html -->',
        '<!-- wp:shortcode -->\n[ketamine_facts variant="compact" heading-level="3"]\n<!-- /wp:shortcode -->',
        '<!-- wp:html -->\n<risk-checklist name="risks"></risk-checklist>\n<!-- /wp:html -->',
        '<!-- wp:paragraph --><p id="after">After the widgets.</p><!-- /wp:paragraph -->',
      ].join('\n\n'),
      classic: [
        'Before the widgets.',
        '[dose_range weight="70"]',
        '<dose-range weight="70"></dose-range>',
        '[risk_checklist]',
        `<ketamine-facts sections="${section}" variant="compact"></ketamine-facts>`,
        '<p id="after">After the widgets.</p>',
      ].join('\n\n'),
      defaults: '<!-- wp:shortcode -->\n[ketamine_facts]\n<!-- /wp:shortcode -->',
      spanish: ['[ketamine_facts lang="es" variant="compact"]', '<dose-range lang="es" weight="70"></dose-range>'].join('\n\n'),
      stripped: '<!-- wp:html -->\n<dose-range weight="70"><script type="application/json">{"clinic":{"name":"Inline Clinic"}}</script></dose-range>\n<!-- /wp:html -->',
      invalid: '[dose_range weight="70" unit="stone" heading-level="9"]',
      plain: '<!-- wp:paragraph --><p>No widget here.</p><!-- /wp:paragraph -->',
    };
    const saved = driver(['posts'], posts);
    const url = (key) => saved.posts[key].url;
    check('the test user is an Author without unfiltered_html', saved.canUnfiltered === false);
    check(
      "raw tags and their attributes survive an Author's save (block and classic)",
      saved.posts.block.content.includes('<dose-range weight="70"></dose-range>') &&
        saved.posts.block.content.includes('<risk-checklist name="risks"></risk-checklist>') &&
        saved.posts.classic.content.includes(`<ketamine-facts sections="${section}" variant="compact"></ketamine-facts>`),
      saved.posts.block.content,
    );
    check('KSES still removes <script> for an Author', !saved.posts.stripped.content.includes('<script') && saved.posts.stripped.content.includes('<dose-range weight="70">'), saved.posts.stripped.content);

    // The HTML as sent, before any script runs.
    const html = {};
    for (const key of Object.keys(posts)) {
      const res = await fetch(url(key));
      html[key] = { status: res.status, text: await res.text() };
    }
    const moduleTag = new RegExp(`<script type="module" src=["']${base}/wp-content/plugins/ketamine-widgets/ketamine-widgets\\.js\\?ver=${pkg.version.replace(/\./g, '\\.')}["']`);
    check('pages answer 200', Object.values(html).every((h) => h.status === 200), JSON.stringify(Object.fromEntries(Object.entries(html).map(([k, h]) => [k, h.status]))));
    check('WordPress 6.1: the script is a type="module" tag with the version query string', moduleTag.test(html.block.text), html.block.text.match(/<script[^>]*ketamine-widgets[^>]*>/)?.[0]);
    check('the stylesheet is enqueued with the version query string', html.block.text.includes(`ketamine-widgets/ketamine-widgets.css?ver=${pkg.version}`));
    check('a page without a widget loads neither script nor stylesheet', !html.plain.text.includes('ketamine-widgets.js') && !html.plain.text.includes('ketamine-widgets.css'));
    check(
      'the widgets are in the HTML without JavaScript (shortcodes and raw tags)',
      (html.block.text.match(/<dose-range weight="70"><\/dose-range>/g) || []).length === 2 && /<risk-checklist>(<template shadowrootmode[\s\S]*?)?<\/risk-checklist>/.test(html.classic.text),
    );
    check(
      `default [ketamine_facts] carries the prerendered content (${realSnippet ? 'built snippet' : 'stand-in snippet'}) with its stylesheet link moved to the plugin`,
      realSnippet
        ? /<ketamine-facts><template shadowrootmode/.test(html.defaults.text)
        : html.defaults.text.includes(`<ketamine-facts><template shadowrootmode="open"><link rel="stylesheet" href="${base}/wp-content/plugins/ketamine-widgets/shadow/ketamine-facts.css"><p>${FAKE_SNIPPET}</p></template></ketamine-facts>`),
      html.defaults.text.match(/<ketamine-facts[\s\S]{0,300}/)?.[0],
    );
    check('classic content: no <p> or <br> that wpautop put around the tags', !/<p>\s*<(dose-range|risk-checklist|ketamine-facts)/.test(html.classic.text) && !/<(dose-range|risk-checklist|ketamine-facts)[^>]*>\s*<br/.test(html.classic.text), html.classic.text.match(/<div class="entry-content[\s\S]{0,1200}/)?.[0]);
    check(
      'an invalid shortcode value is left out and named in an HTML comment',
      html.invalid.text.includes('<!-- [dose_range] unit="stone" is not kg or lb; heading-level="9" is not a whole number from 1 to 6; left out, the default applies --><dose-range weight="70"></dose-range>'),
      html.invalid.text.match(/<!-- \[dose_range[\s\S]{0,300}/)?.[0],
    );

    browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROMIUM_FLAGS });
    const visit = async (pageUrl, { js = true, waitFor } = {}) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      await page.setJavaScriptEnabled(js);
      const errors = [];
      const failed = [];
      const loaded = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
      page.on('response', (r) => (r.status() >= 400 ? failed.push(`${r.url()} ${r.status()}`) : loaded.push(r.url())));
      await page.evaluateOnNewDocument(() => {
        window.__kwErrors = [];
        document.addEventListener('kw-error', (e) => window.__kwErrors.push(e.field));
        window.__cls = new PerformanceObserver(() => {});
        window.__cls.observe({ type: 'layout-shift', buffered: true });
        window.__shifts = [];
        window.__readCls = () => {
          for (const e of window.__cls.takeRecords()) if (!e.hadRecentInput) window.__shifts.push(e.value);
          return window.__shifts.reduce((a, b) => a + b, 0);
        };
      });
      await page.goto(pageUrl, { waitUntil: 'load' });
      if (waitFor) {
        try {
          await page.waitForFunction(waitFor.fn, { timeout: 20000, polling: 100 }, ...(waitFor.args || []));
        } catch (e) {
          const state = await page.evaluate(() =>
            [...document.querySelectorAll('ketamine-facts, dose-range, risk-checklist')].map(
              (el) => `<${el.localName} ${[...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}> defined=${Boolean(customElements.get(el.localName))} pending=${el.matches(':state(pending)')} text=${(el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').slice(-160)}`,
            ),
          );
          throw new Error(`${pageUrl}: ${e.message}\n${state.join('\n')}\nconsole: ${errors.join('\n')}\nfailed: ${failed.join('\n')}`);
        }
      }
      return { page, errors, failed, loaded };
    };
    // Every widget on the page is upgraded, on screen (not pending) and shows `text`.
    const rendered = (text) => ({
      fn: (t) =>
        [...document.querySelectorAll('ketamine-facts, dose-range, risk-checklist')].every(
          (el) => customElements.get(el.localName) && el.shadowRoot && !el.matches(':state(pending)') && el.shadowRoot.textContent.includes(t),
        ),
      args: [text],
    });
    const cls = (page) => page.evaluate(() => window.__readCls());

    // Without JavaScript: the prerendered content reads.
    {
      const { page } = await visit(url('defaults'), { js: false });
      const text = await page.evaluate(() => document.querySelector('ketamine-facts')?.shadowRoot?.textContent ?? '');
      check('without JavaScript, default [ketamine_facts] shows its prerendered content', realSnippet ? text.includes(en.sections[0].title) : text.includes(FAKE_SNIPPET), text.slice(0, 200));
      await page.close();
    }

    // A CMS stripped the inline clinic JSON: a console error and kw-error, never the raw JSON.
    {
      const { page, errors } = await visit(url('stripped'), { waitFor: rendered('') });
      await page.waitForFunction(() => window.__kwErrors.length > 0, { timeout: 10000 }).catch(() => {});
      const kwErrors = await page.evaluate(() => window.__kwErrors);
      const visible = await page.evaluate(() => document.body.innerText);
      check('stripped inline JSON: console error names the stripped script', errors.some((e) => /stripped/i.test(e) && /script/i.test(e)), errors.join('\n'));
      check('stripped inline JSON: kw-error fires', kwErrors.length === 1, JSON.stringify(kwErrors));
      check('stripped inline JSON: the raw JSON is not shown', !/Inline Clinic/.test(visible), visible.slice(0, 500));
      await page.close();
    }

    // Settings: a real logged-in session, the generated form, rejected and accepted saves.
    const admin = new Session(base);
    check('the administrator logs in', await admin.login('admin', 'admin-pass-e2e'));
    const settingsUrl = '/wp-admin/options-general.php?page=ketamine-widgets';
    const form = await (await admin.request(settingsUrl)).text();
    const nonce = form.match(/name="_kwnonce" value="([^"]+)"/)?.[1];
    const fields = ['kw[clinic][name]', 'kw[clinic][contact]', 'kw[clinic][url]', 'kw[dose][mgPerKgMin]', 'kw[dose][mgPerKgMax]', 'kw[dose][durationMinutes]', 'kw[dose][weightKgMin]', 'kw[dose][weightKgMax]', 'kw[checklist][groups][0][title]', 'kw[checklist][groups][0][items][0][label]', 'kw[checklist][groups][0][items][0][sources][]'];
    const schema = JSON.parse(readFileSync(path.join(root, 'dist/ketamine-dataset.schema.json'), 'utf8'));
    const signOff = schema.properties.clinic.properties.signOff;
    if (signOff) fields.push(...Object.keys(signOff.properties).map((k) => `kw[clinic][signOff][${k}]`));
    const absent = fields.filter((f) => !form.includes(`name="${f}"`));
    check(`the settings form is generated from the JSON Schema (${fields.length} fields${signOff ? ', sign-off included' : ''})`, nonce && !absent.length, `missing: ${absent.join(', ')}`);
    const post = (values, withNonce = true) =>
      admin.request(settingsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams([...(withNonce ? [['_kwnonce', nonce]] : []), ['_wp_http_referer', settingsUrl], ...values]),
      });
    {
      const res = await post([['kw[clinic][contact]', 'Call 555-0100'], ['kw[dose][durationMinutes]', '0']]);
      const body = await res.text();
      check('an invalid dataset is rejected with its field paths (JSON Schema: clinic.name, dose.durationMinutes)', res.status === 200 && body.includes('<code>clinic.name</code>') && body.includes('<code>dose.durationMinutes</code>') && body.includes('aria-invalid="true"'), body.match(/<div class="notice notice-error"[\s\S]{0,600}/)?.[0] ?? body.slice(0, 500));
      const res2 = await post([['kw[clinic][name]', CLINIC], ['kw[dose][mgPerKgMin]', '3'], ['kw[dose][mgPerKgMax]', '1']]);
      const body2 = await res2.text();
      check('a dose range out of order is rejected with dose.mgPerKgMax', body2.includes('<code>dose.mgPerKgMax</code>'), body2.match(/<div class="notice notice-error"[\s\S]{0,600}/)?.[0]);
      // A number too large for PHP's float (INF) must be refused by name, not stored as false.
      const resInf = await post([['kw[clinic][name]', CLINIC], ['kw[dose][mgPerKgMax]', '1e400']]);
      const bodyInf = await resInf.text();
      check('a number out of range (1e400, INF in PHP) is rejected with dose.mgPerKgMax', resInf.status === 200 && bodyInf.includes('<code>dose.mgPerKgMax</code>'), bodyInf.match(/<div class="notice notice-error"[\s\S]{0,600}/)?.[0] ?? String(resInf.status));
      const res3 = await post([['kw[clinic][name]', CLINIC]], false);
      check('a save without the nonce is refused (403)', res3.status === 403, String(res3.status));
      check('nothing was stored by the refused saves', driver(['option']).option === null, JSON.stringify(driver(['option'])));
      const authorSession = new Session(base);
      await authorSession.login('author', 'author-pass-e2e');
      const res4 = await authorSession.request(settingsUrl);
      check('an Author cannot open the settings page', res4.status === 403, String(res4.status));
    }
    const good = [
      ['kw[clinic][name]', CLINIC],
      ['kw[clinic][contact]', 'Call us at 555-0100'],
      ['kw[clinic][url]', 'https://clinic.example/'],
      ['kw[dose][mgPerKgMin]', '0.3'],
      ['kw[dose][mgPerKgMax]', '1'],
      ['kw[checklist][groups][0][title]', `Questions from ${CLINIC}`],
      ['kw[checklist][groups][0][items][0][label]', EXTRA_ITEM],
      ['kw[checklist][groups][0][items][0][why]', 'Ketamine affects driving for the rest of the day.'],
      ['kw[checklist][groups][0][items][0][question]', 'When can I drive again after a session?'],
      ['kw[checklist][groups][0][items][0][sources][]', en.sources[0].id],
    ];
    if (signOff) good.push(['kw[clinic][signOff][name]', REVIEWER], ['kw[clinic][signOff][credentials]', 'MD, anesthesiology'], ['kw[clinic][signOff][date]', '2026-11-30']);
    const saveRes = await post(good);
    check('a valid dataset saves (redirect to kw-saved=1)', saveRes.status === 302 && /kw-saved=1/.test(saveRes.headers.get('location') || ''), `${saveRes.status} ${saveRes.headers.get('location')} ${(await saveRes.text()).match(/<div class="notice notice-error"[\s\S]{0,600}/)?.[0]}`);
    const stored = JSON.parse(driver(['option']).option || '{}');
    check('the option ketamine_widgets_clinic holds the dataset as JSON', stored.clinic?.name === CLINIC && stored.dose?.mgPerKgMin === 0.3 && stored.checklist?.groups?.[0]?.items?.[0]?.label === EXTRA_ITEM, JSON.stringify(stored));
    {
      const res = await fetch(`${base}/wp-json/ketamine-widgets/v1/clinic`);
      const body = await res.json().catch(() => ({}));
      check('GET /wp-json/ketamine-widgets/v1/clinic serves it publicly, without cookies', res.status === 200 && body.clinic?.name === CLINIC && !res.headers.get('set-cookie'), `${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    }
    {
      // Settings an earlier version saved that this version's bounds reject (maxTotalMg above
      // 25,000): the widgets fall back to the bundled content, so the settings page must say so.
      const saved = driver(['option']).option;
      const old = JSON.parse(saved);
      driver(['set-option'], { ...old, dose: { ...old.dose, maxTotalMg: 30000 } });
      const res = await admin.request(settingsUrl);
      const body = await res.text();
      check(
        'saved settings that fail this version’s checks are named on the settings page (dose.maxTotalMg), not passed over',
        res.status === 200 && body.includes('do not pass this version') && body.includes('<code>dose.maxTotalMg</code>'),
        body.match(/<div class="notice notice-error"[\s\S]{0,600}/)?.[0] ?? String(res.status),
      );
      driver(['set-option'], old);
      const valid = await (await admin.request(settingsUrl)).text();
      const restored = driver(['option']).option;
      check('with valid saved settings the page shows no error notice (and the option is back as it was)', !valid.includes('id="kw-errors"') && restored === saved, `${restored}\n${valid.match(/<div class="notice notice-error"[\s\S]{0,600}/)?.[0] ?? ''}`);
    }

    // Both validators (JsonSchema\Validator and the built-in one) name the same fields.
    {
      const cases = {
        missingName: { clinic: { contact: 'x' } },
        zeroDose: { dose: { mgPerKgMin: 0 } },
        badUrl: { clinic: { name: 'X', url: 'not a url' } },
        httpUrl: { clinic: { name: 'X', url: 'http://clinic.example/' } },
        unordered: { dose: { mgPerKgMin: 3 } },
        hugeDose: { dose: { mgPerKgMax: 1e307 } },
        tinyDose: { dose: { mgPerKgMin: 1e-102 } },
        unknownSource: { checklist: { groups: [{ id: 'clinic', title: 'T', items: [{ id: 'clinic-1', label: 'L', why: 'W', question: 'Q', sources: ['nope'] }] }] } },
        untitled: { checklist: { groups: [{ id: 'clinic', items: [{ id: 'clinic-1', label: 'L', why: 'W', question: 'Q', sources: [en.sources[0].id] }] }] } },
        valid: { clinic: { name: 'X' }, dose: { mgPerKgMin: 0.3 } },
      };
      const expected = {
        missingName: 'clinic.name',
        zeroDose: 'dose.mgPerKgMin',
        badUrl: 'clinic.url',
        httpUrl: 'clinic.url',
        unordered: 'dose.mgPerKgMax',
        hugeDose: 'dose.mgPerKgMax',
        tinyDose: 'dose.mgPerKgMin',
        unknownSource: 'checklist.groups.0.items.0.sources.0',
        untitled: 'checklist.groups.0.title',
      };
      const v = driver(['validate'], cases);
      for (const which of ['library', 'builtin']) {
        const wrong = Object.entries(expected).filter(([k, p]) => !Object.keys(v[which][k]).includes(p));
        check(`${which === 'library' ? 'JsonSchema\\Validator (php-json-schema)' : 'the built-in validator'}: each invalid dataset is named by its field path; a valid one passes`, (which === 'builtin' || v.library.available) && !wrong.length && !Object.keys(v[which].valid).length, JSON.stringify(v[which]));
      }
    }

    // With the clinic's settings: every widget shows them, no console error, no 404, CLS 0.
    for (const key of ['block', 'classic']) {
      const { page, errors, failed, loaded } = await visit(url(key), { waitFor: rendered(CLINIC) });
      const dose = await page.evaluate(() => [...document.querySelectorAll('dose-range')].map((el) => el.range?.mgPerKgMin));
      const checklist = await page.evaluate(() => document.querySelector('risk-checklist').shadowRoot.textContent);
      const shift = await cls(page);
      check(`${key}: every widget renders with the clinic's name (${dose.length} dose ranges)`, dose.length === 2 && dose.every((d) => d === 0.3), JSON.stringify(dose));
      check(`${key}: the clinic's extra checklist item is listed`, checklist.includes(EXTRA_ITEM));
      if (signOff) {
        const signed = await page.evaluate((n) => [...document.querySelectorAll('ketamine-facts, dose-range, risk-checklist')].every((el) => el.shadowRoot.textContent.includes(n)), REVIEWER);
        check(`${key}: every widget's footer shows the clinic's sign-off`, signed);
      }
      check(`${key}: the clinic data chunk loaded from the plugin's chunks/`, loaded.some((u) => /\/plugins\/ketamine-widgets\/chunks\/clinic-[\w-]+\.js$/.test(u)), loaded.join('\n'));
      check(`${key}: no console error and no failed request`, !errors.length && !failed.length, [...errors, ...failed].join('\n'));
      check(`${key}: cumulative layout shift 0`, shift === 0, String(shift));
      await page.close();
    }
    {
      const { page, errors, failed, loaded } = await visit(url('spanish'), { waitFor: rendered(CLINIC) });
      const text = await page.evaluate(() => document.querySelector('ketamine-facts').shadowRoot.textContent);
      check('Spanish: the widgets render in Spanish from the es chunk, no error, no 404', text.includes(es.sections[0].title) && loaded.some((u) => /\/chunks\/ketamine\.es-[\w-]+\.js$/.test(u)) && !errors.length && !failed.length, [...errors, ...failed].join('\n'));
      await page.close();
    }

    // One element on a page: its own script (dist/<tag>.js), not the drop-in; a second element
    // rendered after <head> (here appended to the content by a filter, as a theme or a text widget
    // would) brings the drop-in too.
    {
      const scriptsIn = (text) => [...text.matchAll(/<script[^>]*\/plugins\/ketamine-widgets\/([\w-]+\.js)\?ver=[^>]*>/g)].map((m) => m[1]);
      const one = { defaults: 'ketamine-facts.js', invalid: 'dose-range.js', stripped: 'dose-range.js' };
      const found = Object.fromEntries(Object.keys(one).map((k) => [k, scriptsIn(html[k].text)]));
      check(
        "a page with one element loads that element's own script only (facts, dose range; shortcode and raw tag)",
        Object.entries(one).every(([k, file]) => found[k].length === 1 && found[k][0] === file) && scriptsIn(html.block.text).join() === 'ketamine-widgets.js',
        JSON.stringify({ ...found, block: scriptsIn(html.block.text) }),
      );
      const late = path.join(content, 'mu-plugins', 'kw-late-widget.php');
      mkdirSync(path.dirname(late), { recursive: true });
      writeFileSync(
        late,
        "<?php\n// e2e: a widget rendered after <head>, outside the post's own content.\nadd_filter( 'the_content', function ( $c ) { return isset( $_GET['kw_late'] ) ? $c . do_shortcode( '[risk_checklist]' ) : $c; }, 20 );\n",
      );
      try {
        for (const [label, pageUrl, want] of [
          ['one element', url('defaults'), ['ketamine-facts.js']],
          ['a second element rendered late', `${url('defaults')}${url('defaults').includes('?') ? '&' : '?'}kw_late=1`, ['ketamine-facts.js', 'ketamine-widgets.js']],
        ]) {
          const { page, errors, failed, loaded } = await visit(pageUrl, { waitFor: rendered(CLINIC) });
          const tags = await page.evaluate(() => [...document.querySelectorAll('ketamine-facts, dose-range, risk-checklist')].map((el) => el.localName));
          const scripts = loaded.filter((u) => /\/plugins\/ketamine-widgets\/[\w-]+\.js(\?|$)/.test(u)).map((u) => u.replace(/^.*\/|\?.*$/g, ''));
          const whole = loaded.some((u) => /\/chunks\/ketamine\.en\.whole-[\w-]+\.js$/.test(u));
          check(
            `${label}: ${want.join(' and ')} load, every widget renders with the clinic's settings (the whole content fetched for them), no error, no 404`,
            scripts.sort().join() === [...want].sort().join() && tags.length === want.length && whole && !errors.length && !failed.length,
            JSON.stringify({ scripts, tags, whole }) + [...errors, ...failed].join('\n'),
          );
          await page.close();
        }
      } finally {
        rmSync(late, { force: true });
      }
    }

    // WordPress 6.5+'s branch: with the script-module API (shimmed on 6.1), one module tag from it.
    const muPlugins = path.join(content, 'mu-plugins');
    mkdirSync(muPlugins, { recursive: true });
    const shim = path.join(muPlugins, 'kw-module-shim.php');
    const moduleCase = async (label) => {
      writeFileSync(shim, readFileSync(path.join(here, 'module-shim.php')));
      try {
        const { page, errors, failed } = await visit(url(label === 'plugin' ? 'block' : 'manual'), { waitFor: rendered(label === 'plugin' ? CLINIC : '') });
        const tags = await page.evaluate(() => [...document.querySelectorAll('script[src*="ketamine-widgets.js"]')].map((s) => `${s.type} ${s.id}`));
        check(
          `${label}, WordPress 6.5+ branch: wp_enqueue_script_module gives the only script tag, and the widgets render`,
          tags.length === 1 && tags[0] === 'module ketamine-widgets-js-module' && !errors.length && !failed.length,
          JSON.stringify(tags) + [...errors, ...failed].join('\n'),
        );
        await page.close();
      } finally {
        rmSync(shim, { force: true });
      }
    };
    await moduleCase('plugin');

    // Deactivated: no fatal error anywhere; deleted: the option goes with it.
    const deact = driver(['deactivate']);
    const after = await fetch(url('block'));
    const afterText = await after.text();
    const adminAfter = await admin.request('/wp-admin/plugins.php');
    check('deactivated: pages and wp-admin answer 200 without a critical error', !deact.active && after.status === 200 && adminAfter.status === 200 && !/critical error/i.test(afterText) && !/PHP Fatal/.test(debugLog()), `${after.status} ${adminAfter.status} ${debugLog().slice(-1000)}`);
    const del = driver(['delete']);
    check('deleted: uninstall.php removed the option and the plugin folder', del.result === true && del.option === null && del.folderGone, JSON.stringify(del));

    // Multisite: each site keeps its own option, so deleting the plugin must remove it from every
    // site, not only the main one. A network in a second database of the same MariaDB, no server.
    {
      const created = spawnSync('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', 'CREATE DATABASE wpms'], { encoding: 'utf8' });
      if (created.status !== 0) throw new Error(`CREATE DATABASE wpms failed: ${created.stderr}`);
      const msContent = path.join(tmp, 'wp-content-ms');
      for (const d of ['plugins', 'uploads', 'upgrade']) mkdirSync(path.join(msContent, d), { recursive: true });
      const msHost = 'kw-ms.test';
      // No WP_HOME: a network takes its URLs from DOMAIN_CURRENT_SITE and its sites' rows.
      const msConfig = wpConfig('wpms', msContent, `http://${msHost}`, { home: false });
      writeFileSync(msConfigFile, msConfig);
      const msEnv = { KW_WP_CONFIG: `${name}-ms`, KW_WP_HOST: msHost };
      const converted = driver(['multisite-convert'], undefined, msEnv);
      // What Network Setup then asks to add to wp-config.php.
      writeFileSync(
        msConfigFile,
        `${msConfig}define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', false);
define('DOMAIN_CURRENT_SITE', '${msHost}');
define('PATH_CURRENT_SITE', '/');
define('SITE_ID_CURRENT_SITE', 1);
define('BLOG_ID_CURRENT_SITE', 1);
`,
      );
      cpSync(path.join(root, 'dist/wordpress/ketamine-widgets'), path.join(msContent, 'plugins/ketamine-widgets'), { recursive: true });
      const ms = driver(['multisite-uninstall'], undefined, msEnv);
      const before = Object.values(ms.before);
      const after = Object.values(ms.after);
      check(
        `multisite: a network of ${before.length} sites, the option stored on each`,
        converted.result === true && ms.multisite === true && Number.isInteger(ms.second) && before.length === 2 && before.every((v) => typeof v === 'string' && v.includes('Clinic of site')),
        JSON.stringify({ converted, ...ms }),
      );
      check('multisite: deleting the plugin removes the option from every site and the plugin folder', ms.result === true && after.length === 2 && after.every((v) => v === null) && ms.folderGone, JSON.stringify(ms));
    }
    check('no PHP error, warning or notice from the plugin in debug.log', !/ketamine-widgets/.test(debugLog()), debugLog().slice(-3000));

    // docs/EMBEDDING.md's manual route, as written: files in wp-content/ketamine-widgets/ and the
    // documented PHP block as a must-use plugin.
    {
      const doc = readFileSync(path.join(root, 'docs/EMBEDDING.md'), 'utf8');
      const block = doc.split('<!-- tested: test/wordpress/e2e.mjs runs the next code block -->')[1]?.match(/```php\n([\s\S]*?)```/)?.[1] ?? '';
      const manualFile = path.join(muPlugins, 'ketamine-widgets-manual.php');
      writeFileSync(manualFile, block);
      const lintDoc = spawnSync('php', ['-l', manualFile], { encoding: 'utf8' });
      check("the manual route's PHP block in docs/EMBEDDING.md passes php -l", block.includes('wp_kses_allowed_html') && lintDoc.status === 0, lintDoc.stdout + lintDoc.stderr);
      const hosted = path.join(content, 'ketamine-widgets');
      mkdirSync(hosted, { recursive: true });
      for (const f of ['ketamine-widgets.js', 'ketamine-widgets.css', 'chunks']) cpSync(path.join(root, 'dist', f), path.join(hosted, f), { recursive: true });
      const manual = driver(['posts'], {
        manual: ['<!-- wp:html -->\n<dose-range weight="70" unit="kg"></dose-range>\n<!-- /wp:html -->', '<!-- wp:html -->\n<ketamine-facts lang="es" variant="compact"></ketamine-facts>\n<!-- /wp:html -->'].join('\n\n'),
      });
      saved.posts.manual = manual.posts.manual;
      check("manual route: an Author's raw tags survive saving", manual.posts.manual.content.includes('<dose-range weight="70" unit="kg"></dose-range>') && manual.posts.manual.content.includes('<ketamine-facts lang="es" variant="compact">'), manual.posts.manual.content);
      const { page, errors, failed, loaded } = await visit(url('manual'), { waitFor: rendered('') });
      const state = await page.evaluate(() => ({
        mgPerKgMin: document.querySelector('dose-range').range?.mgPerKgMin,
        es: document.querySelector('ketamine-facts').shadowRoot.textContent,
        script: document.querySelector('script[src*="ketamine-widgets.js"]')?.type,
      }));
      check(
        'manual route, WordPress 6.1: a module script from wp-content/ketamine-widgets/, widgets render (Spanish chunk too), no error, no 404',
        state.script === 'module' && state.mgPerKgMin === en.dose.mgPerKgMin && state.es.includes(es.sections[0].title) && loaded.some((u) => u.includes('/wp-content/ketamine-widgets/chunks/')) && !errors.length && !failed.length,
        JSON.stringify({ ...state, es: state.es.slice(0, 100) }) + [...errors, ...failed].join('\n'),
      );
      await page.close();
      await moduleCase('manual route');
    }
  } catch (e) {
    check('the end-to-end run completes', false, e.stack || String(e));
  } finally {
    if (process.env.KW_WP_E2E_KEEP) {
      // Debugging: leave WordPress running until Ctrl-C (the signal handler stops everything).
      log(`Kept running: ${started.length} processes, ${tmp}; Ctrl-C stops them.`);
      await new Promise(() => {});
    }
    await stopAll();
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  return summary();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const t = Date.now();
  const counts = await runWordPressE2E({ log: (line) => console.log(`[${((Date.now() - t) / 1000).toFixed(1).padStart(5)} s]${line}`) });
  console.log(`WordPress end-to-end: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
  process.exit(counts.failed ? 1 : 0);
}
