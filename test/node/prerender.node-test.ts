/**
 * ketamine-widgets/ssr in Node, no browser (issue #14): prerender() output read with a plain
 * parse5 parse finds the facts and sources; attributes, lang and inline clinic data are honoured;
 * the output is strict-CSP safe; the JSON-LD is valid schema.org (expanded with jsonld).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import jsonld from 'jsonld';
import { prerender, shadowStylesheet, TAGS, type PrerenderProblem } from '../../src/ssr/index.js';
import en from '../../src/data/ketamine.en.json' with { type: 'json' };
import es from '../../src/data/ketamine.es.json' with { type: 'json' };

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
/** Every element under `node`, template contents (declarative shadow roots) included. */
function* walk(node: Node): Generator<Element> {
  const kids = [...('childNodes' in node ? node.childNodes : []), ...('content' in node && node.content ? node.content.childNodes : [])];
  for (const kid of kids) {
    if (isElement(kid)) yield kid;
    yield* walk(kid);
  }
}
/** The text a reader gets from the raw HTML: text nodes, scripts and styles left out. */
function text(node: Node): string {
  let out = '';
  const visit = (n: Node) => {
    if (n.nodeName === '#text') out += (n as DefaultTreeAdapterMap['textNode']).value;
    if (isElement(n) && (n.tagName === 'script' || n.tagName === 'style')) return;
    for (const k of 'childNodes' in n ? n.childNodes : []) visit(k);
    if ('content' in n && n.content) for (const k of n.content.childNodes) visit(k);
  };
  visit(node);
  return out.replace(/\s+/g, ' ');
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const quiet = { onError: (p: PrerenderProblem) => assert.fail(`unexpected ${p.field}: ${p.reason}`) };

describe('prerender()', () => {
  it('renders every topic, claim and source of <ketamine-facts> into the raw HTML', async () => {
    const out = await prerender('<ketamine-facts></ketamine-facts>', quiet);
    const root = parseFragment(out);
    const all = text(root);
    for (const section of en.sections) assert.ok(all.includes(section.title), section.title);
    const cited = new Set(
      en.sections.flatMap((s) =>
        s.blocks.flatMap((b) => ('items' in b && b.items ? b.items.flatMap((i) => i.sources) : (b as { sources: string[] }).sources)),
      ),
    );
    assert.ok(cited.size > 5);
    for (const source of en.sources.filter((s) => cited.has(s.id))) assert.ok(all.includes(source.title), source.title);
    const first = en.sections[0].blocks[0] as { text?: string };
    if (first.text) assert.ok(all.includes(first.text));
    const template = [...walk(root)].find((e) => e.tagName === 'template')!;
    assert.equal(attr(template, 'shadowrootmode'), 'open');
  });

  it('sends content that never changes as plain HTML: no Lit markers inside the topics, items or notes', async () => {
    // The topics and source list, the checklist's groups and the dose range's notes are one frozen
    // piece each: from its first tag to the end of its part, the whole piece with no marker in it.
    const last = <T>(xs: readonly T[]) => xs[xs.length - 1];
    for (const [tag, start, lastText] of [
      ['ketamine-facts', '<div class="facts full">', ''],
      ['risk-checklist', '<div class="groups">', last(last(en.checklist.groups).items).label],
      ['dose-range', '<div part="context"', last(en.dose.notes).text],
    ]) {
      const out = await prerender(`<${tag}></${tag}>`, quiet);
      assert.ok(!out.includes('kw-frozen'), "the pieces' own comments are gone");
      const at = out.indexOf(start);
      assert.ok(at > 0, `${start} found`);
      const piece = out.slice(at, out.indexOf('<!--/lit-part-->', at));
      const end = lastText || last(en.sources.filter((x) => out.includes(x.title))).title;
      assert.ok(piece.includes(end), `${start}… runs to its end (${end.slice(0, 30)}…) without a part marker`);
      assert.deepEqual(piece.match(/<!--[^>]*-->|<\?>/g) ?? [], [], `no markers in ${start}…`);
      // The parts around the pieces stay, for hydration.
      assert.ok(out.includes('<!--lit-part'), `${tag}: parts around the pieces`);
    }
  });

  it('keeps the fragment around the elements exactly as given', async () => {
    const before = '<p class="x">Before &amp; <b>bold</b></p>\n<!-- note -->';
    const after = '<p id="after">After</p>';
    const out = await prerender(`${before}<dose-range weight="70"></dose-range>${after}`, quiet);
    assert.ok(out.startsWith(`${before}<dose-range weight="70"><template shadowrootmode="open">`));
    assert.ok(out.endsWith(`</dose-range>${after}`));
  });

  it('takes a whole document, and leaves everything but the elements as it was', async () => {
    const page =
      '<!doctype html>\n<html lang="es"><head><title>T</title></head><body><p>Hola</p><risk-checklist></risk-checklist></body></html>\n';
    const out = await prerender(page, quiet);
    assert.ok(
      out.startsWith(
        '<!doctype html>\n<html lang="es"><head><title>T</title></head><body><p>Hola</p><risk-checklist><template shadowrootmode="open">',
      ),
    );
    assert.ok(out.endsWith('</risk-checklist></body></html>\n'));
    assert.ok(out.includes('"inLanguage":"es"'), 'the lang of <html> applies');
  });

  it('honours attributes and a lang on an ancestor', async () => {
    const out = await prerender(
      '<section lang="es-MX"><div><dose-range weight="154 lb" heading-level="3"></dose-range></div></section>',
      quiet,
    );
    const all = text(parseFragment(out));
    assert.ok(all.includes('Rango habitual'), 'Spanish from the ancestor');
    assert.ok(all.includes('154 lb'), 'the weight in its unit');
    assert.ok(/<h3 part="heading"/.test(out), 'heading-level');
    const facts = text(parseFragment(await prerender('<ketamine-facts sections="research" lang="es"></ketamine-facts>', quiet)));
    const research = es.sections.find((s) => s.id === 'research')!;
    assert.ok(facts.includes(research.title));
    assert.ok(!facts.includes(es.sections.find((s) => s.id === 'what-it-is')!.title), 'only the picked section');
  });

  it('applies a valid inline clinic dataset, with reviewedBy in the JSON-LD', async () => {
    const clinic = { clinic: { name: 'Test Clinic', signOff: { name: 'Dr. Ana Ruiz', credentials: 'MD', date: '2026-11-20' } } };
    const out = await prerender(
      `<risk-checklist><script type="application/json">${JSON.stringify(clinic)}</script></risk-checklist>`,
      quiet,
    );
    assert.ok(text(parseFragment(out)).includes('Test Clinic'));
    assert.ok(out.includes('<script type="application/json">'), 'the inline dataset stays for the browser');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(out)![1]);
    assert.equal(ld.reviewedBy.name, 'Dr. Ana Ruiz');
  });

  it('reports an invalid inline clinic dataset with the browser’s field and reason, and renders the bundled content', async () => {
    const problems: PrerenderProblem[] = [];
    const out = await prerender('<dose-range><script type="application/json">{"dose":{"mgPerKgMax":"two"}}</script></dose-range>', {
      onError: (p) => problems.push(p),
    });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].tag, 'dose-range');
    assert.equal(problems[0].field, 'dose.mgPerKgMax');
    assert.ok(text(parseFragment(out)).includes('0.5 to 2 mg'));
    const bad: PrerenderProblem[] = [];
    await prerender('<dose-range><script type="application/json">{not json</script></dose-range>', { onError: (p) => bad.push(p) });
    assert.equal(bad[0].field, '(json)');
  });

  it('is strict-CSP safe: no <style>, no style attribute, no inline script but JSON data; a link to the shadow stylesheet', async () => {
    const out = await prerender(TAGS.map((t) => `<${t} lang="es"></${t}>`).join(''), { ...quiet, assets: 'https://cdn.example/kw/' });
    const els = [...walk(parseFragment(out))];
    assert.equal(els.filter((e) => e.tagName === 'style').length, 0);
    assert.equal(els.filter((e) => attr(e, 'style') !== undefined).length, 0);
    assert.equal(els.filter((e) => e.attrs.some((a) => a.name.startsWith('on'))).length, 0);
    for (const script of els.filter((e) => e.tagName === 'script')) assert.equal(attr(script, 'type'), 'application/ld+json');
    const links = els.filter((e) => e.tagName === 'link').map((e) => attr(e, 'href'));
    assert.deepEqual(
      links,
      TAGS.map((t) => `https://cdn.example/kw/shadow/${t}.css`),
    );
    for (const tag of TAGS) assert.ok(shadowStylesheet(tag).includes(':host'), tag);
  });

  it('replaces, not repeats, what an earlier prerender added', async () => {
    const once = await prerender('<risk-checklist></risk-checklist>', quiet);
    assert.equal(await prerender(once, quiet), once);
  });

  it('leaves an element with src to the browser', async () => {
    const markup = '<dose-range src="/clinic.json"></dose-range>';
    assert.equal(await prerender(markup, quiet), markup);
  });
});

describe('JSON-LD', () => {
  it('is a schema.org MedicalWebPage about the drug, with lastReviewed, citations and audience', async () => {
    for (const [lang, data] of [
      ['en', en],
      ['es', es],
    ] as const) {
      const out = await prerender(`<ketamine-facts lang="${lang}"></ketamine-facts>`, quiet);
      const doc = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(out)![1]);
      // Expanded as published; the schema.org context is served locally (the test runs offline).
      const documentLoader = async (url: string) => {
        assert.match(url, /^https:\/\/schema\.org\/?$/);
        return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
      };
      assert.equal(doc['@context'], 'https://schema.org');
      const expanded = await jsonld.expand(doc, { base: 'https://clinic.example/page', documentLoader });
      const S = 'https://schema.org/';
      const page = expanded[0] as Record<string, unknown[]>;
      assert.deepEqual(page['@type'], [`${S}MedicalWebPage`]);
      const about = page[`${S}about`] as Array<Record<string, unknown>>;
      assert.ok(about.some((a) => (a['@type'] as string[]).includes(`${S}Drug`)));
      assert.equal((page[`${S}lastReviewed`][0] as { '@value': string })['@value'], data.meta.lastReviewed);
      const citations = page[`${S}citation`] as Array<Record<string, unknown>>;
      assert.ok(citations.length >= 5);
      for (const c of citations) assert.ok((c['@type'] as string[])[0].startsWith(S));
      assert.ok(page[`${S}audience`] && page[`${S}medicalAudience`]);
      assert.equal(page[`${S}reviewedBy`], undefined, 'no sign-off, no reviewedBy');
    }
  });
});
