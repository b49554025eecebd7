/**
 * The "Look" settings that are not attributes: a few public custom properties (`--kw-*`, see
 * src/internal/styles.ts) a clinic is most likely to change to match its site.
 */
import type { ColorSchemeChoice } from './contrast.js';

export interface FontChoice {
  /** A short name for links to a configuration. */
  id: string;
  label: string;
  /** A `font-family` list; '' keeps the widget's default (the host page's font). */
  value: string;
}

/** Fonts every reader already has: the page never downloads a font, and neither does the snippet. */
export const FONT_CHOICES: readonly FontChoice[] = [
  { id: '', label: "Your page's font (default)", value: '' },
  { id: 'system', label: 'System sans-serif', value: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" },
  { id: 'verdana', label: 'Verdana (wide, very legible)', value: "Verdana, 'DejaVu Sans', Geneva, sans-serif" },
  { id: 'georgia', label: 'Georgia (serif)', value: "Georgia, 'Times New Roman', serif" },
  { id: 'trebuchet', label: 'Trebuchet (humanist sans-serif)', value: "'Trebuchet MS', 'Segoe UI', Candara, 'Fira Sans', sans-serif" },
];

/** Corner radius range, in px. */
export const RADIUS_MAX = 24;

export interface Look {
  /** A theme preset name, or ''. */
  theme: string;
  /** `--kw-color-accent` (light) as #rrggbb, or '' for the default. */
  accent: string;
  /** `--kw-color-accent-dark`, or ''. */
  accentDark: string;
  /** `--kw-font-family`, or ''. */
  font: string;
  /** `--kw-radius` in px as text, or ''. */
  radius: string;
}

export const DEFAULT_LOOK: Look = { theme: '', accent: '', accentDark: '', font: '', radius: '' };

/** Which accent pickers apply: a light-only widget never uses the dark accent, and the reverse. */
export function accentsFor(scheme: ColorSchemeChoice): { light: boolean; dark: boolean } {
  return { light: scheme !== 'dark', dark: scheme !== 'light' };
}

/** The custom properties for the snippet, in a stable order; unset and unused ones are left out. */
export function customPropertiesFor(look: Look, scheme: ColorSchemeChoice): [string, string][] {
  const out: [string, string][] = [];
  const accents = accentsFor(scheme);
  if (accents.light && /^#[0-9a-f]{6}$/i.test(look.accent)) out.push(['--kw-color-accent', look.accent.toLowerCase()]);
  if (accents.dark && /^#[0-9a-f]{6}$/i.test(look.accentDark)) out.push(['--kw-color-accent-dark', look.accentDark.toLowerCase()]);
  const font = FONT_CHOICES.find((f) => f.value === look.font);
  if (font?.value) out.push(['--kw-font-family', font.value]);
  const radius = Number(look.radius);
  if (look.radius !== '' && Number.isInteger(radius) && radius >= 0 && radius <= RADIUS_MAX)
    out.push(['--kw-radius', radius ? `${radius}px` : '0']);
  return out;
}

/** `look` with anything unusable (from an edited link) back at its default. */
export function sanitizeLook(look: Partial<Look>, themes: readonly string[]): Look {
  const hex = (v: string | undefined) => (v && /^#[0-9a-f]{6}$/i.test(v) ? v.toLowerCase() : '');
  const radius = Number(look.radius);
  return {
    theme: look.theme && themes.includes(look.theme) ? look.theme : '',
    accent: hex(look.accent),
    accentDark: hex(look.accentDark),
    font: FONT_CHOICES.some((f) => f.value === look.font) ? (look.font ?? '') : '',
    radius:
      look.radius !== undefined && look.radius !== '' && Number.isInteger(radius) && radius >= 0 && radius <= RADIUS_MAX
        ? String(radius)
        : '',
  };
}
