/**
 * One real static-site generator (issue #14): a tiny Eleventy site whose build calls prerender()
 * (test/node/eleventy-site/eleventy.config.mjs). The built page is loaded in Chromium and in
 * Firefox ESR: the widgets are in the HTML, readable before the script, and they upgrade in place.
 * Needs the build (dist/): `npm test` builds first.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Eleventy from '@11ty/eleventy';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = path.join(ROOT, 'test/node/eleventy-site');
const built = existsSync(path.join(ROOT, 'dist/ketamine-widgets.js')) && existsSync(path.join(ROOT, 'dist/shadow'));
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };
const TAGS = ['ketamine-facts', 'dose-range', 'risk-checklist'];

let out = '';
let server: Server;
let base = '';

describe('an Eleventy site whose build calls prerender()', { skip: !built && 'run npm run build first' }, () => {
  before(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'kw-eleventy-'));
    const elev = new Eleventy(SITE, out, { quietMode: true, configPath: path.join(SITE, 'eleventy.config.mjs') });
    await elev.write();
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x').pathname;
      if (url === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const file = url.startsWith('/kw/')
        ? path.join(ROOT, 'dist', url.slice(4))
        : path.join(out, url.endsWith('/') ? `${url}index.html` : url);
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => {
    server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('writes the page with the widgets prerendered', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    assert.ok(html.startsWith('<!doctype html>'));
    for (const tag of TAGS)
      assert.match(html, new RegExp(`<${tag}[^>]*><template shadowrootmode="open"><link rel="stylesheet" href="/kw/shadow/${tag}.css">`));
    assert.match(html, /Rango habitual/);
    assert.equal((html.match(/application\/ld\+json/g) ?? []).length, 3);
  });

  for (const name of ['chromium', 'firefox'] as const) {
    it(`${name}: the widgets are on the page and upgrade in place`, async () => {
      const executablePath =
        name === 'chromium' ? process.env.CHROME_PATH || '/usr/bin/chromium' : process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
      const browser: Browser = await puppeteer.launch(
        name === 'chromium'
          ? { executablePath, headless: true, args: CHROMIUM_FLAGS }
          : { browser: 'firefox', executablePath, headless: true },
      );
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.goto(`${base}/`, { waitUntil: 'load' });
        await page.waitForFunction(
          (tags: string[]) =>
            tags.every((t) => {
              const el = document.querySelector(t);
              return (
                el && customElements.get(t) && el.shadowRoot && !el.shadowRoot.querySelector('.static') && !el.matches(':state(pending)')
              );
            }),
          { timeout: 30000, polling: 100 },
          TAGS,
        );
        const state = await page.evaluate((tags: string[]) => {
          const headings = tags.map((t) => document.querySelector(t)!.shadowRoot!.querySelectorAll('h2').length);
          const dose = document.querySelector('dose-range')!.shadowRoot!;
          return { headings, sentence: dose.querySelector('.sentence')!.textContent!.trim(), value: dose.querySelector('input')!.value };
        }, TAGS);
        assert.ok(
          state.headings.every((n) => n >= 1),
          JSON.stringify(state),
        );
        assert.equal(state.value, '70');
        assert.match(state.sentence, /70 kg/);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });
  }
});
