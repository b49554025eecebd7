/**
 * Shared by the accessibility tests (issue #17): the server commands of
 * test/server/a11y-commands.mjs, shadow-DOM lookups and the WCAG 1.4.12 text-spacing sheet.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export const isChromium = /Chrome\//.test(navigator.userAgent);
export const isFirefox = /Firefox\//.test(navigator.userAgent);

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
};
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...shadow(el).querySelectorAll<T>(selector)];
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The three elements' shadow roots, plus any shadow root nested inside them. */
export function shadowRoots(root: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (el: Element) => {
    if (el.shadowRoot) {
      roots.push(el.shadowRoot);
      el.shadowRoot.querySelectorAll('*').forEach(visit);
    }
    el.querySelectorAll('*').forEach((child) => child.shadowRoot && visit(child));
  };
  visit(root);
  return roots;
}

export interface MediaResult {
  emulated: boolean;
}

/**
 * Forced colours and reduced motion. Chromium switches them for this page; Firefox only has them in
 * the launcher started with the preferences (and cannot switch them off): `emulated` says whether
 * the page now has what was asked.
 */
export function setMedia(media: { forcedColors?: 'active' | ''; reducedMotion?: 'reduce' | '' }): Promise<MediaResult> {
  return executeServerCommand<MediaResult, typeof media>('kw-media', media);
}

/**
 * Runs a media-dependent suite only where the browser can be put in that mode; elsewhere (Firefox
 * without the preferences, in a focused run mixed with other files) the suite skips with a reason.
 */
export async function requireMedia(ctx: Mocha.Context, media: Parameters<typeof setMedia>[0], query: string): Promise<void> {
  const { emulated } = await setMedia(media);
  if (!emulated) {
    ctx.skip();
    return;
  }
  if (!matchMedia(query).matches) throw new Error(`${query} does not match after emulation`);
}

export interface AxNode {
  role: string;
  name: string;
  description?: string;
  value?: string;
  props?: Record<string, string | number | boolean>;
  children?: AxNode[];
}

/** The accessibility tree (Chromium's, through CDP) under the element `selector` names. */
export async function axTree(selector: string): Promise<AxNode[]> {
  const { tree } = await executeServerCommand<{ tree: AxNode[] }, { selector: string }>('kw-ax-tree', { selector });
  return tree;
}

/** The stored snapshot `name`, or what was just written when the run updates snapshots. */
export async function storedSnapshot(name: string, current: string): Promise<{ stored: string | null; updated: boolean }> {
  return executeServerCommand('kw-snapshot', { name, text: current });
}

export interface PdfResult {
  text: string;
  pages: number;
  outside: string[];
}

/** Prints the page to PDF (Chromium) and returns the text pdftotext reads from it. */
export async function printToPdf(options: { format?: string; margin?: string } = {}): Promise<PdfResult> {
  // Print what is settled: web fonts loaded and the last render painted (two frames), so a busy
  // machine prints the same page as an idle one.
  await document.fonts.ready;
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  return executeServerCommand<PdfResult, typeof options>('kw-pdf', options);
}

/**
 * WCAG 1.4.12's spacing, as a reader's stylesheet or bookmarklet sets it, adopted by the document
 * and every shadow root (a constructable sheet: allowed under the strict CSP). Returns an undo.
 */
export const TEXT_SPACING = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`;

export function applySheet(root: Element, rules: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  const targets: Array<Document | ShadowRoot> = [document, ...shadowRoots(root)];
  for (const t of targets) t.adoptedStyleSheets = [...t.adoptedStyleSheets, sheet];
  return () => {
    for (const t of targets) t.adoptedStyleSheets = t.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Two animation frames: style, layout and paint have caught up. */
export const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/**
 * What the reader can activate inside an element's shadow root, visible or not. The radios and
 * checkboxes are measured by the box a pointer hits: the unit radio fills its label.
 */
export const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';

/** Resolved value of a system colour (e.g. `Highlight`), outside any forced-colours override. */
export function systemColor(name: string, property: 'color' | 'background-color' = 'background-color'): string {
  const probe = document.createElement('div');
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.setProperty(property, name);
  document.body.append(probe);
  try {
    return getComputedStyle(probe).getPropertyValue(property);
  } finally {
    probe.remove();
  }
}
