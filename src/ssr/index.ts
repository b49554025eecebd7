/**
 * `ketamine-widgets/ssr`: the elements rendered on the server (Node), for pages that must read
 * without JavaScript. `prerender()` takes an HTML fragment and returns it with every
 * <ketamine-facts>, <dose-range> and <risk-checklist> given its content as declarative shadow DOM,
 * rendered by Lit's own server renderer (@lit-labs/ssr) from the same classes the browser runs.
 * When the drop-in script arrives, the elements hydrate that content in place.
 *
 * The output is strict-CSP safe: no inline `<style>` and no `style` attribute. Each shadow root
 * links the element's stylesheet (`shadow/<tag>.css` beside the drop-in), and each element carries
 * its schema.org description as a `<script type="application/ld+json">` child (data, never run).
 */
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import { RenderResultIterator } from '@lit-labs/ssr/lib/render.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { LitElement } from 'lit';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { KetamineFacts } from '../components/ketamine-facts/ketamine-facts.js';
import { DoseRange } from '../components/dose-range/dose-range.js';
import { RiskChecklist } from '../components/risk-checklist/risk-checklist.js';
import { sourcesFor, type Dataset } from '../data/dataset.js';
import { loadLanguage } from '../internal/language.js';
import type { StringTable } from '../internal/localize.js';
import { LOCALES } from '../data/locales.js';
import { define } from '../internal/define.js';
import { toLocale, type Locale } from '../internal/locale.js';
import { serverContexts } from '../internal/server-context.js';
import { stripFrozenMarkers } from '../internal/frozen.js';
import { TAGS, type Tag } from '../internal/tags.js';
import { jsonLdScript, medicalWebPage } from './json-ld.js';

export { TAGS, type Tag };
export { medicalWebPage } from './json-ld.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const CLASSES: Record<Tag, typeof LitElement> = {
  'ketamine-facts': KetamineFacts,
  'dose-range': DoseRange,
  'risk-checklist': RiskChecklist,
};
for (const tag of TAGS) define(tag, CLASSES[tag]);

/** Where the drop-in's files are served when no `assets` option is given (the WordPress plugin rewrites it). */
export const DEFAULT_ASSETS = '/ketamine-widgets/';

/** A clinic dataset given inline that could not be used; the bundled content was rendered instead. */
export interface PrerenderProblem {
  tag: Tag;
  /** The failing field's path, as `kw-error`'s `field` in the browser (e.g. `dose.mgPerKgMax`, `(json)`). */
  field: string;
  /** What was wrong, as `kw-error`'s `reason`. */
  reason: string;
}

export interface PrerenderOptions {
  /**
   * URL of the folder holding the drop-in's files (`ketamine-widgets.js`, `shadow/`), ending in
   * `/`. The shadow roots link `<assets>shadow/<tag>.css`. Default `/ketamine-widgets/`.
   */
  assets?: string;
  /**
   * Called for each inline clinic dataset that cannot be used, with the same field and reason
   * the browser reports in `kw-error`. Default: the browser's console message, on stderr.
   */
  onError?: (problem: PrerenderProblem) => void;
}

/** The CSS of an element's shadow root, as the browser adopts it: written to `shadow/<tag>.css` by the build. */
export function shadowStylesheet(tag: Tag): string {
  return CLASSES[tag].elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Renders shadow roots with a link to the shipped stylesheet instead of Lit's inline `<style>`. */
class LinkedStylesRenderer extends LitElementRenderer {
  static assets = DEFAULT_ASSETS;

  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    const href = `${LinkedStylesRenderer.assets}shadow/${this.tagName}.css`;
    const element = this.element as unknown as { render(): unknown };
    return [`<link rel="stylesheet" href="${escapeAttr(href)}">`, () => renderValue(element.render(), renderInfo)];
  }
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isTag = (name: string): name is Tag => (TAGS as readonly string[]).includes(name);
const textOf = (el: Element): string => el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');

/** A language's bundled dataset and every element's strings in it, loaded before rendering. */
async function bundled(locale: Locale): Promise<Dataset> {
  return loadLanguage(
    locale,
    [KetamineFacts, DoseRange, RiskChecklist].flatMap((element): readonly StringTable<string>[] => element.stringTables),
  );
}

interface Found {
  el: Element;
  tag: Tag;
  langTag: string;
}

/** The three tags in the fragment, with the `lang` that applies to each, in document order. */
function findElements(root: Node, inherited = ''): Found[] {
  const out: Found[] = [];
  const children = 'childNodes' in root ? root.childNodes : [];
  for (const node of children) {
    if (!('tagName' in node)) continue;
    const lang = attr(node, 'lang') ?? inherited;
    if (isTag(node.tagName)) out.push({ el: node, tag: node.tagName, langTag: lang });
    // Elements inside one of ours are its light DOM, which it does not show: leave them.
    else out.push(...findElements(node, lang));
  }
  return out;
}

/**
 * The dataset an element shows: the bundled one for its language, with an inline clinic dataset
 * (a `<script type="application/json">` child) validated and merged as the browser does.
 */
async function datasetFor(found: Found, onError: (p: PrerenderProblem) => void): Promise<Dataset> {
  const base = await bundled(toLocale(found.langTag));
  const script = found.el.childNodes.find(
    (n): n is Element => 'tagName' in n && n.tagName === 'script' && (attr(n, 'type') ?? '').trim().toLowerCase() === 'application/json',
  );
  const inline = script ? textOf(script).trim() : '';
  if (!inline) return base;
  const { applyClinicDataset, DatasetError } = await import('../data/clinic.js');
  try {
    return await applyClinicDataset(base, { inline });
  } catch (e) {
    const field = e instanceof DatasetError ? e.field : '(unknown)';
    onError({ tag: found.tag, field, reason: (e as Error).message });
    return base;
  }
}

/** The sources an element's content cites, for its JSON-LD. */
function citedBy(tag: Tag, data: Dataset): Dataset['sources'] {
  const ids = new Set<string>();
  const add = (refs: readonly string[]) => refs.forEach((id) => ids.add(id));
  if (tag === 'ketamine-facts') {
    for (const section of data.sections)
      for (const block of section.blocks) add(block.kind === 'list' ? block.items.flatMap((i) => i.sources) : block.sources);
  } else if (tag === 'dose-range') {
    add(data.dose.sources);
    add(data.dose.limitSources);
    data.dose.notes.forEach((n) => add(n.sources));
  } else {
    data.checklist.groups.forEach((g) => g.items.forEach((i) => add(i.sources)));
    data.checklist.generalQuestions.forEach((q) => add(q.sources));
  }
  return sourcesFor(data, [...ids]);
}

/** One element's declarative shadow root, rendered by Lit's server renderer. */
async function renderElement(found: Found, data: Dataset): Promise<string> {
  const renderer = new LinkedStylesRenderer(found.tag);
  serverContexts.set(renderer.element, { langTag: found.langTag, data });
  for (const { name, value } of found.el.attrs) renderer.attributeChangedCallback(name, null, value);
  renderer.connectedCallback();
  const renderInfo: RenderInfo = {
    elementRenderers: [LinkedStylesRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  const shadow = renderer.renderShadow(renderInfo) ?? [];
  // Content that never changes is plain HTML: the hydrating browser adopts it as it is (frozen.ts).
  const html = stripFrozenMarkers(await collectResult(new RenderResultIterator(shadow)));
  return `<template shadowrootmode="open">${html}</template>`;
}

/** Start and end offsets of the children a previous prerender added (to replace, not repeat, them). */
function previousOutput(el: Element): Array<[number, number]> {
  return el.childNodes.flatMap((n) => {
    if (!('tagName' in n) || !n.sourceCodeLocation) return [];
    const ours =
      (n.tagName === 'template' && attr(n, 'shadowrootmode') !== undefined) ||
      (n.tagName === 'script' && attr(n, 'type') === 'application/ld+json');
    return ours ? [[n.sourceCodeLocation.startOffset, n.sourceCodeLocation.endOffset] as [number, number]] : [];
  });
}

/**
 * Returns `markup` (a fragment or a whole document) with each <ketamine-facts>, <dose-range> and <risk-checklist> in it given its
 * content as declarative shadow DOM and a schema.org JSON-LD description. Attributes (`lang`,
 * `heading-level`, `sections`, `variant`, `weight`, `unit`, …) are honoured, `lang` on an ancestor
 * in the fragment applies, and an inline clinic dataset is validated and applied as in the
 * browser (when it cannot be used, the bundled content is rendered and `onError` is told why).
 * Elements with `src` are left to the browser: their dataset is fetched there. Everything else in
 * the fragment is returned exactly as given.
 */
export async function prerender(markup: string, options: PrerenderOptions = {}): Promise<string> {
  const assets = options.assets ?? DEFAULT_ASSETS;
  const onError =
    options.onError ??
    ((p: PrerenderProblem) =>
      console.error(`[ketamine-widgets] <${p.tag}> inline clinic dataset: ${p.field}: ${p.reason}. Showing the bundled content instead.`));
  // The non-English bundles are modules of their own: load them before any synchronous render.
  await Promise.all(LOCALES.map((l) => bundled(l)));
  // A whole document (a static-site generator's page) or a fragment (a CMS block).
  const whole = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(markup);
  const root = whole ? parse(markup, { sourceCodeLocationInfo: true }) : parseFragment(markup, { sourceCodeLocationInfo: true });
  const edits: Array<{ at: number; end: number; text: string }> = [];
  for (const found of findElements(root)) {
    const loc = found.el.sourceCodeLocation;
    if (!loc?.startTag || attr(found.el, 'src')?.trim()) continue;
    const data = await datasetFor(found, onError);
    const previous = previousOutput(found.el);
    previous.forEach(([start, end]) => edits.push({ at: start, end, text: '' }));
    LinkedStylesRenderer.assets = assets;
    const shadow = await renderElement(found, data);
    const jsonLd = jsonLdScript(medicalWebPage(data, toLocale(found.langTag), citedBy(found.tag, data)));
    edits.push({ at: loc.startTag.endOffset, end: loc.startTag.endOffset, text: shadow + jsonLd });
  }
  let out = markup;
  for (const edit of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.text + out.slice(edit.end);
  return out;
}
