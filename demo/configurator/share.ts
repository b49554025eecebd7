/**
 * A configuration as the page address's hash, so a web manager can bookmark it or send it to a
 * colleague: `#dose-range&weight=80&lang=es&color-scheme=dark&~accent-dark=%23ff9f1c`. Attribute
 * settings are plain keys; the other settings start with `~`, which no attribute name does here.
 * Only what differs from the defaults is written. Nothing is stored anywhere else.
 */
import type { ControlValue } from './controls.js';
import { DEFAULT_LOOK, FONT_CHOICES, type Look } from './look.js';
import { DEFAULT_SCRIPT_URL } from './snippet.js';

export interface SharedConfig {
  tag: string;
  values: Readonly<Record<string, ControlValue>>;
  look: Look;
  scriptUrl: string;
  /** The clinic form's entries by field path, written as `~data.<path>`. */
  clinic?: Readonly<Record<string, string>>;
  /** `file` when the clinic dataset is offered as a file to host (`~clinic-as=file`). */
  clinicAs?: 'inline' | 'file';
}

/** The prefix of a clinic form entry's key in the hash. */
const DATA = '~data.';

const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** The hash (without `#`) for a configuration; '' when everything is at its default. */
export function toHash(config: SharedConfig, defaultTag = ''): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(config.values)) {
    if (value === null || value === false || value === '' || name.startsWith('~')) continue;
    params.append(name, value === true ? 'true' : value);
  }
  const { look } = config;
  if (look.theme) params.append('~theme', look.theme);
  if (look.accent) params.append('~accent', look.accent);
  if (look.accentDark) params.append('~accent-dark', look.accentDark);
  const font = FONT_CHOICES.find((f) => f.value === look.font);
  if (font?.id) params.append('~font', font.id);
  if (look.radius !== '') params.append('~radius', look.radius);
  if (config.scriptUrl.trim() && config.scriptUrl.trim() !== DEFAULT_SCRIPT_URL) params.append('~script', config.scriptUrl.trim());
  for (const [path, value] of Object.entries(config.clinic ?? {})) if (value) params.append(`${DATA}${path}`, value);
  if (config.clinicAs === 'file') params.append('~clinic-as', 'file');
  // `~` is safe in a URL; URLSearchParams writes it as %7E all the same.
  const query = params.toString().replace(/%7E/gi, '~');
  const tag = config.tag !== defaultTag || query ? config.tag : '';
  return [tag, query].filter(Boolean).join('&');
}

/**
 * The configuration in a hash. Values are only read here: the configurator offers and writes only
 * the attributes the manifest declares, and checks every look value before using it.
 */
export function fromHash(hash: string): Partial<SharedConfig> {
  const text = hash.replace(/^#/, '');
  if (!text) return {};
  const [first, ...rest] = text.split('&');
  const hasTag = TAG.test(first) && !first.includes('=');
  const params = new URLSearchParams((hasTag ? rest : [first, ...rest]).join('&'));
  const values: Record<string, ControlValue> = {};
  const look: Look = { ...DEFAULT_LOOK };
  let scriptUrl: string | undefined;
  const clinic: Record<string, string> = {};
  let clinicAs: 'file' | undefined;
  for (const [key, value] of params) {
    switch (key) {
      case '~theme':
        look.theme = value;
        break;
      case '~accent':
        look.accent = value;
        break;
      case '~accent-dark':
        look.accentDark = value;
        break;
      case '~font':
        look.font = FONT_CHOICES.find((f) => f.id === value)?.value ?? '';
        break;
      case '~radius':
        look.radius = value;
        break;
      case '~script':
        scriptUrl = value;
        break;
      case '~clinic-as':
        if (value === 'file') clinicAs = value;
        break;
      default:
        // A clinic form entry: only the form's own fields are read from it (clinic-form.ts).
        if (key.startsWith(DATA)) clinic[key.slice(DATA.length)] = value;
        // A checkbox reads "true" as on (see attributeFor).
        if (!key.startsWith('~')) values[key] = value;
    }
  }
  return {
    ...(hasTag ? { tag: first } : {}),
    values,
    look,
    ...(scriptUrl !== undefined ? { scriptUrl } : {}),
    ...(Object.keys(clinic).length ? { clinic } : {}),
    ...(clinicAs ? { clinicAs } : {}),
  };
}
