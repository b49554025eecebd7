/**
 * Prerendered widgets in a real browser with JavaScript off (issue #14): Chromium through
 * puppeteer-core with `setJavaScriptEnabled(false)`. Every fact and source reads, <dose-range>
 * shows its context and the note that its calculator needs JavaScript, <risk-checklist> its items;
 * and the words a reader sees are at least 90% of those the live widgets show, in English and
 * Spanish. Needs the build (dist/): `npm test` builds first.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';
import { prerender, TAGS } from '../../src/ssr/index.js';
import en from '../../src/data/ketamine.en.json' with { type: 'json' };
import es from '../../src/data/ketamine.es.json' with { type: 'json' };

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = { en, es } as const;
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const built = existsSync(path.join(ROOT, 'dist/ketamine-widgets.js')) && existsSync(path.join(ROOT, 'dist/shadow'));

const markup = (lang: string) => `<main lang="${lang}">
  <h1>Ketamine</h1>
  <ketamine-facts></ketamine-facts>
  <dose-range weight="70"></dose-range>
  <risk-checklist></risk-checklist>
</main>`;
const page = (body: string, script: boolean) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${script ? '<script type="module" src="/dist/ketamine-widgets.js"></script>' : ''}</head><body>${body}</body></html>`;

const pages = new Map<string, string>();
let server: Server;
let base = '';
let browser: Browser;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

/** The visible text of each widget: its shadow root's children's innerText (display, visibility applied). */
function widgetText(p: Page): Promise<Record<string, string>> {
  return p.evaluate(
    (tags: string[]) => {
      const out: Record<string, string> = {};
      for (const tag of tags) {
        const el = document.querySelector(tag);
        out[tag] = [...(el?.shadowRoot?.children ?? [])].map((c) => (c as HTMLElement).innerText ?? '').join('\n');
      }
      return out;
    },
    [...TAGS],
  );
}

const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];

/** The share of the live widgets' words (counted with repeats) that a reader without JavaScript also sees. */
function coverage(live: string, noJs: string): number {
  const have = new Map<string, number>();
  for (const w of words(noJs)) have.set(w, (have.get(w) ?? 0) + 1);
  const all = words(live);
  let found = 0;
  for (const w of all) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      found++;
      have.set(w, n - 1);
    }
  }
  return found / all.length;
}

describe('prerendered widgets with JavaScript off (Chromium)', { skip: !built && 'run npm run build first' }, () => {
  before(async () => {
    for (const lang of ['en', 'es']) {
      pages.set(`/nojs-${lang}.html`, page(await prerender(markup(lang), { assets: '/dist/' }), false));
      pages.set(`/live-${lang}.html`, page(markup(lang), true));
    }
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x').pathname;
      const body =
        pages.get(url) ?? (url.startsWith('/dist/') && existsSync(path.join(ROOT, url)) ? readFileSync(path.join(ROOT, url)) : undefined);
      if (body === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(url)] ?? 'application/octet-stream' }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROMIUM_FLAGS });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: facts, sources, dose context, checklist items readable; ≥ 90% of the live words`, async () => {
      const data = DATA[lang];
      const off = await browser.newPage();
      // Tall enough that every section is on screen.
      await off.setViewport({ width: 1000, height: 30000 });
      await off.setJavaScriptEnabled(false);
      await off.goto(`${base}/nojs-${lang}.html`, { waitUntil: 'load' });
      const noJs = await widgetText(off);
      await off.close();

      for (const section of data.sections) assert.ok(noJs['ketamine-facts'].includes(section.title), section.title);
      const facts = noJs['ketamine-facts'];
      const listed = data.sources.filter((s) => facts.includes(s.title));
      assert.ok(listed.length >= 10, `sources listed: ${listed.length}\n${facts.slice(-1500)}`);
      for (const note of data.dose.notes) assert.ok(noJs['dose-range'].includes(note.text.slice(0, 40)), note.text);
      assert.match(noJs['dose-range'], /JavaScript/);
      for (const group of data.checklist.groups)
        for (const item of group.items) assert.ok(noJs['risk-checklist'].includes(item.label), item.label);

      const on = await browser.newPage();
      await on.setViewport({ width: 1000, height: 30000 });
      await on.goto(`${base}/live-${lang}.html`, { waitUntil: 'load' });
      await on.waitForFunction(
        (tags: string[]) =>
          tags.every(
            (t) =>
              customElements.get(t) &&
              !document.querySelector(t)!.matches(':state(pending)') &&
              (document.querySelector(t)!.shadowRoot?.textContent ?? '').length > 100,
          ),
        { timeout: 30000, polling: 100 },
        [...TAGS],
      );
      const live = await widgetText(on);
      await on.close();
      assert.doesNotMatch(live['dose-range'], /JavaScript/);

      const ratio = coverage(Object.values(live).join('\n'), Object.values(noJs).join('\n'));
      console.log(`# no-JavaScript words / live words (${lang}): ${(ratio * 100).toFixed(1)}%`);
      assert.ok(ratio >= 0.9, `${(ratio * 100).toFixed(1)}%`);
    });
  }
});
