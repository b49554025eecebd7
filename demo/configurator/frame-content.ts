/**
 * Puts a snippet into a same-origin preview page, the way pasting it would, with DOM APIs only:
 * the snippet is parsed with DOMParser (which runs nothing), then its element is imported into the
 * frame and its `<style>` becomes a constructed stylesheet (so the frame's strict CSP allows it).
 * The frame loads the widgets from this page's own module rather than the snippet's script
 * address, which usually points at the clinic's site.
 */

export interface ParsedSnippet {
  /** The widget element, not yet in any live document. */
  element: Element | undefined;
  /** The text of the snippet's `<style>` elements, in order. */
  css: string;
  /** The snippet's script address and theme stylesheet address, as written. */
  scriptSrc: string | undefined;
  themeHref: string | undefined;
}

/**
 * Reads a snippet without running or inserting anything. Its `<style>` is read as a `<template>`:
 * even in a parsed, inert document, Chrome reports a `<style>` element as a violation of this
 * page's CSP (no inline styles) in the console.
 */
export function parseSnippet(snippet: string): ParsedSnippet {
  const inert = snippet.replace(/<(\/?)style\b/gi, '<$1template');
  const doc = new DOMParser().parseFromString(inert, 'text/html');
  const element = [...doc.querySelectorAll('*')].find((el) => el.localName.includes('-'));
  return {
    element,
    css: [...doc.querySelectorAll('template')].map((t) => t.content.textContent ?? '').join('\n'),
    scriptSrc: doc.querySelector('script[src]')?.getAttribute('src') ?? undefined,
    themeHref: doc.querySelector('link[rel~="stylesheet"]')?.getAttribute('href') ?? undefined,
  };
}

export interface FrameOptions {
  /** The module that registers the widgets (see widgets-url.ts). */
  widgetsUrl: string;
  /** This page's copy of the chosen theme preset, or undefined for none. */
  themeUrl: string | undefined;
}

const widgets = new WeakMap<Document, Element>();
/** The attributes each widget was created with (a widget may add reflected ones of its own). */
const writtenAttributes = new WeakMap<Element, Map<string, string>>();
/** The inline clinic dataset each widget was created with ('' for none). */
const writtenDatasets = new WeakMap<Element, string>();

/** The text of an element's inline `<script type="application/json">` child; '' without one. */
function inlineDataset(el: Element): string {
  return el.querySelector(':scope > script[type="application/json"]')?.textContent ?? '';
}
const sheets = new WeakMap<Document, CSSStyleSheet>();

/** The widget currently shown in `doc`. */
export function widgetIn(doc: Document): Element | undefined {
  const el = widgets.get(doc);
  return el?.isConnected ? el : undefined;
}

/** Where the widget goes: the page's `[data-kw-slot]`, else its body. */
function slotOf(doc: Document): Element {
  return doc.querySelector('[data-kw-slot]') ?? doc.body;
}

/**
 * Shows `snippet` in `doc`: loads the widgets once, links the theme, applies the snippet's CSS and
 * puts its element in the slot (a new one whenever the element's markup changes). Returns the
 * widget element.
 */
export function applySnippet(doc: Document, snippet: string, options: FrameOptions): Element | undefined {
  const parsed = parseSnippet(snippet);
  const win = doc.defaultView;
  if (!win) return undefined;

  if (!doc.querySelector('script[data-kw-widgets]')) {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = options.widgetsUrl;
    script.dataset.kwWidgets = '';
    doc.head.append(script);
  }

  let link = doc.querySelector<HTMLLinkElement>('link[data-kw-theme]');
  if (options.themeUrl) {
    if (!link) {
      link = doc.createElement('link');
      link.rel = 'stylesheet';
      link.dataset.kwTheme = '';
      doc.head.append(link);
    }
    if (link.href !== options.themeUrl) link.href = options.themeUrl;
  } else {
    link?.remove();
  }

  let sheet = sheets.get(doc);
  if (!sheet) {
    // Constructed in the frame's own realm: a document only adopts its own window's sheets.
    sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheets.set(doc, sheet);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(parsed.css);

  const current = widgetIn(doc);
  if (!parsed.element) {
    current?.remove();
    widgets.delete(doc);
    return undefined;
  }
  // Unchanged: keep it (and whatever the reader has typed into it).
  if (current && sameElement(current, parsed.element)) return current;
  // Changed: a fresh element, exactly what pasting this snippet gives. (Removing an attribute from a
  // live element is not the same: it may keep state, or see null where a paste sees the default.)
  const next = doc.importNode(parsed.element, true);
  writtenAttributes.set(next, new Map(next.getAttributeNames().map((n) => [n, next.getAttribute(n)!])));
  writtenDatasets.set(next, inlineDataset(parsed.element));
  if (current) current.replaceWith(next);
  else slotOf(doc).append(next);
  widgets.set(doc, next);
  return next;
}

/** The element the snippet writes, as `source` was last written: same tag, attributes and inline dataset. */
function sameElement(current: Element, source: Element): boolean {
  const written = writtenAttributes.get(current);
  if (current.localName !== source.localName || !written) return false;
  if (writtenDatasets.get(current) !== inlineDataset(source)) return false;
  const names = source.getAttributeNames();
  return names.length === written.size && names.every((n) => written.get(n) === source.getAttribute(n));
}
