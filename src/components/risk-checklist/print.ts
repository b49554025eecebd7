/**
 * Printing one element instead of the whole host page.
 *
 * `window.print()` prints the page the widget is pasted into. While one element asks to be
 * printed, it carries `data-kw-print-target`, every element between it and `<html>` (through
 * slots and shadow roots) carries `data-kw-print-path`, and a constructable stylesheet is adopted
 * by the document and by each shadow root on that path. Under `@media print` that sheet removes
 * everything off the path, flattens and hides the path itself, and shows the target, whose own
 * shadow styles (keyed on the same attribute) then print just its summary.
 *
 * A constructable sheet works under a strict CSP (`style-src 'self'`, Trusted Types): no `<style>`
 * element, no inline style, no HTML parsing. Everything is undone on `afterprint`, so the page's
 * own Ctrl+P printout is never affected.
 */

export const PRINT_TARGET = 'data-kw-print-target';
export const PRINT_PATH = 'data-kw-print-path';

const RULES = `@media print {
  :not([${PRINT_PATH}], [${PRINT_TARGET}], [${PRINT_TARGET}] *) {
    display: none !important;
  }
  [${PRINT_PATH}] {
    visibility: hidden !important;
    position: static !important;
    float: none !important;
    width: auto !important;
    min-width: 0 !important;
    max-width: none !important;
    height: auto !important;
    min-height: 0 !important;
    max-height: none !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    overflow: visible !important;
    transform: none !important;
    columns: auto !important;
  }
  [${PRINT_PATH}]:not(slot) {
    display: block !important;
  }
  [${PRINT_TARGET}] {
    visibility: visible !important;
    display: block !important;
    position: static !important;
    float: none !important;
    width: auto !important;
    max-width: none !important;
    margin: 0 !important;
    transform: none !important;
  }
}`;

type Root = Document | ShadowRoot;

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** One sheet per document (a sheet can only be adopted in the document that made it). */
function sheetFor(doc: Document): CSSStyleSheet {
  let sheet = sheets.get(doc);
  if (!sheet) {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    sheet = new Sheet();
    sheet.replaceSync(RULES);
    sheets.set(doc, sheet);
  }
  return sheet;
}

/** The element's ancestors in the flat tree (what is actually rendered), and the trees they live in. */
function flatTreePath(el: Element): { path: Element[]; roots: Root[] } {
  const path: Element[] = [];
  const roots = new Set<Root>();
  let node: Element = el;
  for (;;) {
    const root = node.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) roots.add(root);
    let parent: Node | null = node.assignedSlot ?? node.parentNode;
    if (parent instanceof ShadowRoot) parent = parent.host;
    if (!(parent instanceof Element)) break;
    path.push(parent);
    node = parent;
  }
  return { path, roots: [...roots] };
}

interface Printing {
  target: Element;
  path: Element[];
  roots: Root[];
  sheet: CSSStyleSheet;
  done: () => void;
}

let printing: Printing | undefined;

/**
 * Makes `el` the only thing the next printout shows, until `afterprint` or `endPrintOnly()`.
 * Does nothing where constructable stylesheets are missing (Safari before 16.4): the page prints whole.
 */
export function beginPrintOnly(el: Element): void {
  endPrintOnly();
  const doc = el.ownerDocument;
  if (!('adoptedStyleSheets' in doc) || !('replaceSync' in CSSStyleSheet.prototype)) return;
  const sheet = sheetFor(doc);
  const { path, roots } = flatTreePath(el);
  el.setAttribute(PRINT_TARGET, '');
  for (const ancestor of path) ancestor.setAttribute(PRINT_PATH, '');
  for (const root of roots) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  const view = doc.defaultView ?? window;
  const done = () => endPrintOnly();
  view.addEventListener('afterprint', done, { once: true });
  printing = { target: el, path, roots, sheet, done };
}

/** Restores the page: attributes removed, sheet dropped. Safe to call at any time. */
export function endPrintOnly(): void {
  if (!printing) return;
  const { target, path, roots, sheet, done } = printing;
  printing = undefined;
  (target.ownerDocument.defaultView ?? window).removeEventListener('afterprint', done);
  target.removeAttribute(PRINT_TARGET);
  for (const ancestor of path) ancestor.removeAttribute(PRINT_PATH);
  for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** Whether `el` is the element being printed. */
export function isPrintTarget(el: Element): boolean {
  return printing?.target === el;
}
