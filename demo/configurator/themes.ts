/**
 * The theme presets the package ships in `themes/`. Each URL is the package's own file, so the
 * previews load exactly what a clinic links.
 */
import calm from 'ketamine-widgets/themes/calm.css?url';
import warm from 'ketamine-widgets/themes/warm.css?url';
import contrast from 'ketamine-widgets/themes/contrast.css?url';

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
  { name: 'calm', label: 'Calm', description: 'Soft teal, rounder corners, more space.', url: new URL(calm, location.href).href },
  { name: 'warm', label: 'Warm', description: 'Terracotta on cream, serif headings.', url: new URL(warm, location.href).href },
  {
    name: 'contrast',
    label: 'High contrast',
    description: 'Black on white (white on black when dark), strong borders: for readers with low vision.',
    url: new URL(contrast, location.href).href,
  },
];

export function themePreset(name: string): ThemePreset | undefined {
  return THEME_PRESETS.find((t) => t.name === name);
}
