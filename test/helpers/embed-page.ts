import { waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/internal/tags.js';
import { openFrame } from './frame.js';
import { LOADS } from './load.js';
import { textOf } from './text.js';

/** What test/embed/probe.js records on an embed test page. */
export interface Probe {
  violations: string[];
  errors: string[];
  consoleErrors: string[];
  consoleWarnings: string[];
}
export type PageWindow = Window & typeof globalThis & { __kwProbe: Probe };

/**
 * Opens `path` (an embed test page, served with the CSP its `csp` query names) in a same-origin
 * iframe and waits until every widget on it has rendered. Close it with `closeFrames()`.
 */
export async function openPage(path: string, width = 1024): Promise<{ win: PageWindow; doc: Document }> {
  const { win, doc } = await openFrame<PageWindow>({ title: path, src: path, width, height: 900 });
  await Promise.all(TAGS.filter((tag) => doc.querySelector(tag)).map((tag) => win.customElements.whenDefined(tag)));
  const widgets = [...doc.querySelectorAll(TAGS.join(','))];
  await waitUntil(() => widgets.every((w) => textOf(w.shadowRoot).length > 40), `every widget on ${path} renders`, LOADS);
  return { win, doc };
}
