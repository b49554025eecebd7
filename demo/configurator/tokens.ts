/**
 * The colours and radius a widget uses when the snippet sets none, read from the library's own CSS
 * (the shared host styles and the theme preset files) rather than copied here, so the pickers
 * start from what the reader really sees and the contrast check measures the real background.
 */

/** `--kw-*` token → value. */
export type Tokens = ReadonlyMap<string, string>;

/**
 * Token defaults from CSS text: `var(--kw-color-accent, #0b5cad)` fallbacks (the shared host
 * styles) and `--kw-color-accent: #0f6b5c;` declarations (a theme preset). Declarations win.
 */
export function tokensFromCss(...cssTexts: string[]): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const text of cssTexts) {
    const clean = text.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of clean.matchAll(/var\(\s*(--kw-[\w-]+)\s*,\s*([^()]+?|[a-z-]+\([^()]*\))\s*\)/gi)) {
      if (!tokens.has(m[1])) tokens.set(m[1], m[2].trim());
    }
    for (const m of clean.matchAll(/(?:^|[;{\s])(--kw-[\w-]+)\s*:\s*([^;{}]+?)\s*(?:;|})/gi)) tokens.set(m[1], m[2].trim());
  }
  return tokens;
}

/** A CSS length in px for `rem`, `em` (at 16 px) and `px`; undefined for anything else. */
export function lengthToPx(value: string | undefined): number | undefined {
  const m = /^\s*(-?[\d.]+)\s*(px|rem|em)?\s*$/.exec(value ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  return m[2] === 'rem' || m[2] === 'em' ? n * 16 : n;
}
