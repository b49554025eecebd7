/**
 * The theme presets the build copies to dist/themes/. Each URL is this repository's own file, so
 * the previews load exactly what a clinic links; Vite copies them into the built demo (`?no-inline`:
 * never as a data: URL, which the page's CSP would block).
 */
export interface ThemePreset {
  /** The file name without `.css`, as it appears in the snippet's `themes/<name>.css`. */
  name: string;
  label: string;
  /** A short plain description for the picker. */
  description: string;
  /** Where this page loads the stylesheet from for its previews. */
  url: string;
}

export const THEME_PRESETS: readonly ThemePreset[] = [
  {
    name: 'calm',
    label: 'Calm',
    description: 'Soft teal, rounder corners, more space.',
    url: new URL('../../src/themes/calm.css?no-inline', import.meta.url).href,
  },
  {
    name: 'warm',
    label: 'Warm',
    description: 'Terracotta on cream, serif headings.',
    url: new URL('../../src/themes/warm.css?no-inline', import.meta.url).href,
  },
  {
    name: 'contrast',
    label: 'High contrast',
    description: 'Black on white (white on black when dark), strong borders: for readers with low vision.',
    url: new URL('../../src/themes/contrast.css?no-inline', import.meta.url).href,
  },
];

export function themePreset(name: string): ThemePreset | undefined {
  return THEME_PRESETS.find((t) => t.name === name);
}
