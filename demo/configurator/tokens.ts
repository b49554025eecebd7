/**
 * The colours and radius a widget uses when the snippet sets none, so the pickers start from what
 * the reader really sees and the contrast check measures the real background. The built-in values
 * are the manifest's (`@cssprop [--kw-x=default]`); a theme preset's are read from its stylesheet by
 * the browser's CSS parser. Nothing here copies a value or reads the library's source.
 */
import type { ElementInfo } from './manifest.js';

/** `--kw-*` token → value. */
export type Tokens = ReadonlyMap<string, string>;

/** The token defaults the manifest gives for `element` (inherited from the base class included). */
export function tokensOf(element: Pick<ElementInfo, 'cssProperties'> | undefined): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const p of element?.cssProperties ?? []) if (p.default !== undefined && !tokens.has(p.name)) tokens.set(p.name, p.default.trim());
  return tokens;
}

/** The `--kw-*` declarations of a stylesheet's top-level rules (a theme preset sets them on `:root`), later ones winning. */
export function tokensOfSheet(cssText: string): Map<string, string> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const tokens = new Map<string, string>();
  for (const rule of sheet.cssRules) {
    if (!(rule instanceof CSSStyleRule)) continue;
    for (const name of rule.style) if (name.startsWith('--kw-')) tokens.set(name, rule.style.getPropertyValue(name).trim());
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
