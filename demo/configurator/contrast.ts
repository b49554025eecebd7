/** WCAG 2.2 contrast between two colours, for the accent colour check. */

export type ColorSchemeChoice = 'auto' | 'light' | 'dark';

export type Rgb = readonly [number, number, number];

/** `#rgb`, `#rrggbb`, `rgb(1, 2, 3)`, `rgba(1, 2, 3, 1)` or `rgb(1 2 3 / 50%)` → [r, g, b]; undefined otherwise or when not opaque. */
export function parseColor(text: string): Rgb | undefined {
  const t = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(t);
  if (!fn) return undefined;
  if (fn[4] !== undefined) {
    const alpha = fn[4].endsWith('%') ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4]);
    if (alpha < 1) return undefined;
  }
  return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
}

function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio (1–21) of two colours, or undefined when either cannot be read. */
export function contrastRatio(a: string, b: string): number | undefined {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return undefined;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text (and links) need 4.5:1 for WCAG 2.2 AA. */
export const TEXT_CONTRAST = 4.5;
