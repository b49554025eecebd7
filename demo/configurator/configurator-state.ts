/**
 * The configurator's state and everything derived from it, as plain functions with no DOM: state ⇄
 * page address, state → controls, snippet and the token values the look pickers start from. The
 * elements only render this and report what the reader changed.
 */
import { withValues, type ClinicValues } from './clinic-form.js';
import { contrastRatio, parseColor, TEXT_CONTRAST, type ColorSchemeChoice } from './contrast.js';
import { controlsFor, initialValue, type Control, type ControlOverride, type ControlValue } from './controls.js';
import { DEFAULT_LOOK, customPropertiesFor, sanitizeLook, type Look } from './look.js';
import { elementsOf, type ElementInfo, type Manifest } from './manifest.js';
import { fromHash, toHash } from './share.js';
import { CLINIC_FILE } from './clinic-form.js';
import { DEFAULT_SCRIPT_URL, buildSnippet, snippetAttributes, snippetTokens, type SnippetInput, type Token } from './snippet.js';
import type { Tokens } from './tokens.js';

/** What the reader has set. Everything else on the page is derived from it. */
export interface ConfiguratorState {
  /** The element being configured. */
  tag: string;
  /** Attribute values by attribute name (shared by every element, so the language stays when switching). */
  values: Readonly<Record<string, ControlValue>>;
  look: Look;
  /** The drop-in's address as the clinic will host it. */
  scriptUrl: string;
  /** Include the prebuilt content in the page (works without JavaScript, readable by search engines). */
  prerender?: boolean;
  /** The page shows only this element: the code loads its own, smaller script (`<tag>.js`). */
  ownScript?: boolean;
  /** The "Your clinic" form's entries by field path; absent when none. */
  clinic?: ClinicValues;
  /** How the snippet carries the clinic dataset: inside the element (default) or as a file to host (`src`). */
  clinicAs?: ClinicAs;
}

export type ClinicAs = 'inline' | 'file';

export const DEFAULT_STATE: ConfiguratorState = {
  tag: '',
  values: {},
  look: DEFAULT_LOOK,
  scriptUrl: DEFAULT_SCRIPT_URL,
  prerender: false,
  ownScript: false,
};

/** What the reader changed in one step: a field, a look setting, the element or the script address. */
export interface ConfigChange {
  tag?: string;
  values?: Readonly<Record<string, ControlValue>>;
  look?: Partial<Look>;
  scriptUrl?: string;
  prerender?: boolean;
  ownScript?: boolean;
  /** Entries of the clinic form; an empty one is removed. */
  clinic?: ClinicValues;
  clinicAs?: ClinicAs;
}

/** `state` with `change` applied: values, look settings and clinic entries are merged, the rest replaced. */
export function applyChange(state: ConfiguratorState, change: ConfigChange): ConfiguratorState {
  return {
    tag: change.tag ?? state.tag,
    values: change.values ? { ...state.values, ...change.values } : state.values,
    look: change.look ? { ...state.look, ...change.look } : state.look,
    scriptUrl: change.scriptUrl ?? state.scriptUrl,
    prerender: change.prerender ?? state.prerender ?? false,
    ownScript: change.ownScript ?? state.ownScript ?? false,
    ...clinicPart(change.clinic ? withValues(state.clinic ?? {}, change.clinic) : state.clinic, change.clinicAs ?? state.clinicAs),
  };
}

/** The clinic keys of a state: only those not at their default, so a state without them stays as it was. */
function clinicPart(clinic: ClinicValues | undefined, clinicAs: ClinicAs | undefined): Pick<ConfiguratorState, 'clinic' | 'clinicAs'> {
  return {
    ...(clinic && Object.keys(clinic).length ? { clinic } : {}),
    ...(clinicAs === 'file' ? { clinicAs } : {}),
  };
}

/**
 * The language of the prebuilt content that fits `state` (`dist/prerendered/<tag>.<lang>.html`),
 * or undefined when none does: the snippets are rendered with every attribute at its default but
 * `lang` (and `color-scheme`, which changes only styles).
 */
export function prebuiltLangOf(state: ConfiguratorState, controls: readonly Control[]): string | undefined {
  const attributes = snippetAttributes(controls, state.values);
  if (!state.tag || attributes.some(([name]) => name !== 'lang' && name !== 'color-scheme')) return undefined;
  const lang = attributes.find(([name]) => name === 'lang')?.[1];
  return typeof lang === 'string' ? lang.toLowerCase().split('-')[0] : 'en';
}

/** What there is to offer: the manifest's elements, and the languages the library has content in. */
export interface Catalog {
  elements: readonly ElementInfo[];
  /** The library's `LOCALES` (its public API): the values of every element's `lang`. */
  locales: readonly string[];
}

export function catalogOf(manifest: Manifest, locales: readonly string[]): Catalog {
  return { elements: elementsOf(manifest), locales };
}

/** `state` with a tag the catalog has (the first element when it names none or an unknown one). */
export function withKnownTag(state: ConfiguratorState, catalog: Catalog): ConfiguratorState {
  if (catalog.elements.some((e) => e.tag === state.tag)) return state;
  return { ...state, tag: catalog.elements[0]?.tag ?? '' };
}

export function elementOf(catalog: Catalog, tag: string): ElementInfo | undefined {
  return catalog.elements.find((e) => e.tag === tag);
}

/** "Spanish (español)", or "English" when the two names are the same. */
export function languageLabel(code: string): string {
  const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return own.toLowerCase() === english.toLowerCase() ? english : `${english} (${own})`;
}

/**
 * Labels for attributes every element shares, and the languages for `lang` (typed `string`, so the
 * manifest has no list for it); every other value list comes from the manifest.
 */
export function sharedOverrides(locales: readonly string[]): Record<string, ControlOverride> {
  return {
    lang: {
      label: 'Language',
      ...(locales.length
        ? {
            values: locales,
            valueLabels: { '': "Same as the page's language", ...Object.fromEntries(locales.map((l) => [l, languageLabel(l)])) },
          }
        : {}),
    },
    'color-scheme': {
      label: 'Light or dark',
      valueLabels: { auto: "Auto: follows the reader's device", light: 'Light', dark: 'Dark' },
    },
    'heading-level': { label: 'Heading level' },
    src: { label: 'Your clinic’s dataset (optional)' },
  };
}

/** A control for each attribute the manifest lists for `tag`. */
export function controlsOf(catalog: Catalog, tag: string): Control[] {
  const element = elementOf(catalog, tag);
  return element ? controlsFor(element, new Map(), sharedOverrides(catalog.locales)) : [];
}

/** The value a control shows: the reader's, else the element's default. */
export function valueOf(control: Control, values: ConfiguratorState['values']): ControlValue {
  return values[control.name] ?? initialValue(control);
}

/** The colour scheme chosen for the widget (`auto` when the element has no such attribute). */
export function schemeOf(controls: readonly Control[], values: ConfiguratorState['values']): ColorSchemeChoice {
  const control = controls.find((c) => c.name === 'color-scheme');
  const value = control ? valueOf(control, values) : 'auto';
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/**
 * What the snippet is built from. `clinicJson` is the clinic dataset once it is valid (the
 * configurator validates it); `state.clinicAs` says whether it goes inside the element or is named
 * by `src` as a file.
 */
export function snippetInputOf(
  state: ConfiguratorState,
  controls: readonly Control[],
  content?: SnippetInput['content'],
  clinicJson?: string,
): SnippetInput {
  return {
    clinic: clinicJson ? (state.clinicAs === 'file' ? { src: CLINIC_FILE } : { json: clinicJson }) : undefined,
    content: state.prerender ? content : undefined,
    tag: state.tag,
    controls,
    values: state.values,
    customProperties: customPropertiesFor(state.look, schemeOf(controls, state.values)),
    scriptUrl: state.scriptUrl,
    ownScript: state.ownScript ?? false,
    theme: state.look.theme || undefined,
  };
}

/** The snippet as coloured tokens; none without an element. */
export function snippetTokensOf(
  state: ConfiguratorState,
  controls: readonly Control[],
  content?: SnippetInput['content'],
  clinicJson?: string,
): Token[] {
  return state.tag ? snippetTokens(snippetInputOf(state, controls, content, clinicJson)) : [];
}

/** The exact embed code for `state`; '' without an element. */
export function snippetOf(
  state: ConfiguratorState,
  controls: readonly Control[],
  content?: SnippetInput['content'],
  clinicJson?: string,
): string {
  return state.tag ? buildSnippet(snippetInputOf(state, controls, content, clinicJson)) : '';
}

/**
 * The snippet the previews show: the clinic dataset always inline, since a preview cannot fetch a
 * file not yet hosted, and the drop-in (the previews load it; an element's own script shows the same).
 */
export function previewSnippetOf(
  state: ConfiguratorState,
  controls: readonly Control[],
  content?: SnippetInput['content'],
  clinicJson?: string,
): string {
  return snippetOf({ ...state, clinicAs: 'inline', ownScript: false }, controls, content, clinicJson);
}

/** The state a page address describes; anything it leaves out is at its default. */
export function stateFromAddress(hash: string, themes: readonly string[]): ConfiguratorState {
  const shared = fromHash(hash);
  return {
    tag: shared.tag ?? '',
    values: shared.values ?? {},
    look: sanitizeLook(shared.look ?? {}, themes),
    scriptUrl: shared.scriptUrl ?? DEFAULT_SCRIPT_URL,
    prerender: false,
    ownScript: false,
    ...clinicPart(shared.clinic, shared.clinicAs),
  };
}

/** The hash (without `#`) for `state`: '' when everything, the first element included, is at its default. */
export function addressOf(state: ConfiguratorState, defaultTag = ''): string {
  return toHash(state, defaultTag);
}

/** The URL to put in the address bar for `hash`: the page itself, without a bare `#`, when it is ''. */
export function urlWithHash(hash: string, location: Pick<Location, 'pathname' | 'search'>): string {
  return hash ? `#${hash}` : `${location.pathname}${location.search}`;
}

/** `state` back at its defaults, keeping the element and the script address. */
export function startOver(state: ConfiguratorState): ConfiguratorState {
  return { ...state, values: {}, look: DEFAULT_LOOK };
}

/** The token values a widget uses with no custom properties: the theme's over the built-in ones. */
export function baseTokens(builtIn: Tokens, theme: Tokens | undefined): Tokens {
  return theme ? new Map([...builtIn, ...theme]) : builtIn;
}

/** `#abc` or `rgb(…)` → `#aabbcc`, the only form `<input type="color">` takes. */
export function toHex(color: string | undefined): string | undefined {
  const rgb = color ? parseColor(color) : undefined;
  return rgb ? `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}` : undefined;
}

export interface ContrastReport {
  /** The lower of the two ratios, rounded down to one decimal, as text ("4.4"). */
  shown: string;
  ok: boolean;
}

/**
 * How readable links and buttons in `accent` are, against the background and the button text of
 * `mode`; undefined when the tokens give neither colour.
 */
export function contrastOf(accent: string, tokens: Tokens, mode: 'light' | 'dark'): ContrastReport | undefined {
  const suffix = mode === 'dark' ? '-dark' : '';
  const ratios = [tokens.get(`--kw-color-bg${suffix}`), tokens.get(`--kw-color-on-accent${suffix}`)]
    .map((other) => (other ? contrastRatio(accent, other) : undefined))
    .filter((r): r is number => r !== undefined);
  if (!ratios.length) return undefined;
  const ratio = Math.min(...ratios);
  return { shown: (Math.floor(ratio * 10) / 10).toFixed(1), ok: ratio >= TEXT_CONTRAST };
}
