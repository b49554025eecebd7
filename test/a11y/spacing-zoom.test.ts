/**
 * Text spacing (WCAG 1.4.12) and zoom (1.4.10 reflow, 1.4.4 resize text).
 *
 * - A reader's spacing (line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em),
 *   injected into the document and every shadow root as a constructable sheet (allowed by the
 *   strict CSP): no text clipped by a box that hides overflow, no two lines of text on top of each
 *   other, no horizontal scroll.
 * - 400 % zoom is a 320 CSS px wide viewport; 200 % text size doubles the root font size. Both
 *   together, with the spacing: no horizontal scroll, and every control stays on screen, at least
 *   24 × 24 px and reachable by a pointer (the point at its centre hits it).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { applySheet, frames, INTERACTIVE, shadowRoots, TEXT_SPACING } from './helpers.js';

/** Everything laid out, as a scrolling reader meets it, even if a rule skips far-off content. */
const ALL_LAID_OUT = 'ketamine-facts::part(body) { content-visibility: visible !important; }';
import { STATES } from './fixtures.js';

const inHidden = (node: Element) => Boolean(node.closest('.visually-hidden, [aria-hidden="true"]'));
const label = (node: Element) =>
  `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : node.className ? `.${String(node.className).split(' ')[0]}` : ''}`;

/** Boxes that hide overflow but hold more than they show. */
function clipped(el: Element): string[] {
  const out: string[] = [];
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      if (inHidden(node) || !node.checkVisibility() || !node.textContent?.trim()) continue;
      const s = getComputedStyle(node);
      const hidesX = s.overflowX !== 'visible';
      const hidesY = s.overflowY !== 'visible';
      // A scrolling text box (the copy fallback) may scroll vertically: that is not clipping.
      if (node.localName === 'textarea') continue;
      if (hidesX && node.scrollWidth > node.clientWidth + 1)
        out.push(`${label(node)} clips ${node.scrollWidth - node.clientWidth}px across`);
      if (hidesY && node.scrollHeight > node.clientHeight + 1)
        out.push(`${label(node)} clips ${node.scrollHeight - node.clientHeight}px down`);
    }
  }
  return out;
}

/** Lines of text that overlap other lines of text (each text node's line boxes, pairwise). */
function overlapping(el: Element): string[] {
  const lines: Array<{ rect: DOMRect; owner: Element }> = [];
  for (const root of shadowRoots(el)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const owner = n.parentElement!;
      // Text under visibility: hidden (a stand-in that keeps its room) is not drawn: it overlaps nothing.
      if (!n.textContent?.trim() || inHidden(owner) || owner.closest('textarea') || !owner.checkVisibility({ visibilityProperty: true }))
        continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const rect of range.getClientRects()) if (rect.width > 1 && rect.height > 1) lines.push({ rect, owner });
    }
  }
  const out: string[] = [];
  const TOLERANCE = 2;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!.rect;
      const b = lines[j]!.rect;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > TOLERANCE && h > TOLERANCE + 4)
        out.push(`${label(lines[i]!.owner)} over ${label(lines[j]!.owner)} (${w.toFixed(0)}×${h.toFixed(0)})`);
    }
  }
  return out;
}

function horizontalScroll(el: Element): string[] {
  const out: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) out.push(`page scrolls ${doc.scrollWidth - doc.clientWidth}px across`);
  const host = el.getBoundingClientRect();
  if (host.right > doc.clientWidth + 1) out.push(`element ends ${host.right - doc.clientWidth}px past the viewport`);
  if (out.length) {
    for (const root of shadowRoots(el)) {
      for (const node of root.querySelectorAll('*')) {
        const r = node.getBoundingClientRect();
        if (r.right > doc.clientWidth + 1 && !inHidden(node)) out.push(`${label(node)} ends at ${r.right.toFixed(0)}px`);
        if (node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0 && !inHidden(node))
          out.push(`${label(node)} content ${node.scrollWidth}px in ${node.clientWidth}px`);
      }
    }
  }
  return out;
}

/** Controls off screen, smaller than 24 px or covered where a pointer would hit them. */
function unusableControls(el: Element): string[] {
  const out: string[] = [];
  const width = document.documentElement.clientWidth;
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll<HTMLElement>(INTERACTIVE)) {
      if (!node.checkVisibility()) continue;
      node.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = node.getBoundingClientRect();
      const name = `${label(node)} "${(node.textContent ?? '').trim().slice(0, 30)}"`;
      if (r.left < -1 || r.right > width + 1) out.push(`${name} off screen (${r.left.toFixed(0)}–${r.right.toFixed(0)})`);
      if (r.width < 24 || r.height < 24) out.push(`${name} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
      const rects = node.localName === 'a' ? [...node.getClientRects()] : [r];
      const hitBox = rects.find((b) => b.width > 2 && b.height > 2) ?? r;
      const hit = root.elementFromPoint(hitBox.left + hitBox.width / 2, hitBox.top + hitBox.height / 2);
      const reaches =
        hit && (node.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === node) || hit.closest('label')?.control === node);
      if (!reaches) out.push(`${name} covered by ${hit ? label(hit) : 'nothing'}`);
    }
  }
  return out;
}

describe('text spacing and zoom (a11y)', function () {
  // Every line box against every other: a few hundred thousand pairs on a busy machine.
  this.timeout(30000);

  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
  });

  for (const state of STATES) {
    it(`${state.name}: WCAG 1.4.12 spacing clips nothing, overlaps nothing, adds no horizontal scroll`, async () => {
      const el = await state.render();
      const undo = applySheet(el, TEXT_SPACING + ALL_LAID_OUT);
      try {
        await frames();
        expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).letterSpacing, 'the spacing applies').not.to.equal('normal');
        expect([...clipped(el), ...overlapping(el), ...horizontalScroll(el)]).to.deep.equal([]);
      } finally {
        undo();
      }
    });

    it(`${state.name}: at 320 px wide, 200 % text and the spacing, every control is usable`, async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '200%';
      const el = await state.render();
      const undo = applySheet(el, TEXT_SPACING + ALL_LAID_OUT);
      try {
        await frames();
        expect(parseFloat(getComputedStyle(el).fontSize), '200 % text').to.be.at.least(32);
        expect([...horizontalScroll(el), ...clipped(el), ...unusableControls(el)]).to.deep.equal([]);
      } finally {
        undo();
      }
    });
  }
});
