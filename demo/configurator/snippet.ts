/**
 * The embed code: the stylesheet that holds the elements' room, the script tag, an optional theme stylesheet, a `<style>` with the chosen custom
 * properties, and the element with every attribute that differs from its default. Built as tokens
 * so the page can colour it; the text is the tokens joined, so what is shown is what is copied.
 */
import { attributeFor, type Control, type ControlValue } from './controls.js';

/** Where the drop-in file is assumed to be: in the same folder as the clinic's page. */
export const DEFAULT_SCRIPT_URL = './ketamine-widgets.js';

/** Longer element lines put one attribute on each line. */
const MAX_LINE = 80;

export interface SnippetInput {
  tag: string;
  /** The element's declared attributes (from the manifest); values for anything else are ignored. */
  controls: readonly Control[];
  /** Attribute name → control value. */
  values: Readonly<Record<string, ControlValue | undefined>>;
  /** `--kw-*` name → CSS value, in the order to print them. Unsafe entries are left out. */
  customProperties?: ReadonlyArray<readonly [string, string]>;
  /** The drop-in's address; blank means DEFAULT_SCRIPT_URL. */
  scriptUrl?: string;
  /**
   * Load the element's own script (`dose-range.js`, beside the drop-in) instead of the drop-in: it
   * registers this element only and is smaller, for a page that shows no other element.
   */
  ownScript?: boolean;
  /** A theme preset name (`calm`), linked from the `themes/` folder beside the script. */
  theme?: string;
  /**
   * The element's content, prerendered (a prebuilt snippet's inner HTML, `dist/prerendered/`), to
   * put inside the element so the page reads without JavaScript; with it, the element gets the
   * `lang` it was rendered in.
   */
  content?: { html: string; lang: string };
  /**
   * A clinic dataset (validated): its JSON as an inline `<script type="application/json">` inside
   * the element, or the address of the file holding it, written as `src`.
   */
  clinic?: { json: string } | { src: string };
}

export type TokenKind = 'punct' | 'tag' | 'attr' | 'value' | 'selector' | 'property' | 'css-value' | 'text';

export interface Token {
  kind: TokenKind;
  text: string;
}

const CUSTOM_ELEMENT = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
const CUSTOM_PROPERTY = /^--[a-zA-Z_][\w-]*$/;
const THEME_NAME = /^[a-z][a-z0-9-]*$/;

/** Attribute-value text safe inside double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * True when `value` can sit in a `<style>` declaration without ending it, the rule or the element:
 * no `;`, braces, angle brackets, backslashes, comments, `!important`, line breaks or open quotes.
 */
export function isSafeCssValue(value: string): boolean {
  const v = value.trim();
  if (!v || v.length > 200) return false;
  if (/[;{}<>\\!\n\r]|\/\*|\*\//.test(v)) return false;
  return (v.match(/"/g)?.length ?? 0) % 2 === 0 && (v.match(/'/g)?.length ?? 0) % 2 === 0;
}

/** A file in the script's folder: `./ketamine-widgets.js`, `themes/calm.css` → `./themes/calm.css`. */
function besideScript(scriptUrl: string, file: string): string {
  const path = (scriptUrl.trim() || DEFAULT_SCRIPT_URL).replace(/[?#].*$/, '');
  return `${path.slice(0, path.lastIndexOf('/') + 1)}${file}`;
}

/** The theme stylesheet beside the script: `./ketamine-widgets.js` → `./themes/calm.css`. */
export function themeUrlFor(scriptUrl: string, theme: string): string {
  if (!THEME_NAME.test(theme)) throw new RangeError(`Unknown theme name "${theme}".`);
  return besideScript(scriptUrl, `themes/${theme}.css`);
}

/** An element's own script beside the drop-in: `./ketamine-widgets.js`, `dose-range` → `./dose-range.js`. */
export function ownScriptUrlFor(scriptUrl: string, tag: string): string {
  if (!CUSTOM_ELEMENT.test(tag)) throw new RangeError(`"${tag}" is not a custom element name.`);
  return besideScript(scriptUrl, `${tag}.js`);
}

/**
 * The stylesheet that holds the elements' room until the script arrives (no layout shift):
 * `./ketamine-widgets.js` → `./ketamine-widgets.css`.
 */
export function reserveUrlFor(scriptUrl: string): string {
  return besideScript(scriptUrl, 'ketamine-widgets.css');
}

export interface UrlProblem {
  level: 'error' | 'warning';
  message: string;
}

/** Why a script address will not work (error) or may not (warning); null when it looks right. */
export function scriptUrlProblem(url: string): UrlProblem | null {
  const u = url.trim();
  if (!u) return null;
  if (/\s/.test(u)) return { level: 'error', message: 'The address has a space in it. Copy it again from where the file is stored.' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'https' && scheme !== 'http') {
    return { level: 'error', message: 'Use an address that starts with https:// or a path such as ./ketamine-widgets.js.' };
  }
  if (scheme === 'http') {
    return { level: 'warning', message: 'Use https:// if you can: browsers block http:// scripts on https:// pages.' };
  }
  return null;
}

/** The element's attributes to write, in manifest order: declared, set, and not the default. */
export function snippetAttributes(
  controls: readonly Control[],
  values: Readonly<Record<string, ControlValue | undefined>>,
): [string, string | true][] {
  const out: [string, string | true][] = [];
  for (const control of controls) {
    const value = attributeFor(control, values[control.name]);
    if (value !== null) out.push([control.name, value]);
  }
  return out;
}

/** The custom properties that will be written: valid names, safe values, the last of any repeated name. */
export function snippetCustomProperties(entries: ReadonlyArray<readonly [string, string]> = []): [string, string][] {
  const map = new Map<string, string>();
  for (const [name, value] of entries) {
    if (!CUSTOM_PROPERTY.test(name) || !isSafeCssValue(value)) continue;
    map.delete(name);
    map.set(name, value.trim());
  }
  return [...map];
}

/** The snippet as coloured tokens. */
export function snippetTokens(input: SnippetInput): Token[] {
  const { tag } = input;
  if (!CUSTOM_ELEMENT.test(tag)) throw new RangeError(`"${tag}" is not a custom element name.`);
  const scriptUrl = input.scriptUrl?.trim() || DEFAULT_SCRIPT_URL;
  const t: Token[] = [];
  const p = (text: string) => t.push({ kind: 'punct', text });
  const add = (kind: TokenKind, text: string) => t.push({ kind, text });
  const attr = (name: string, value: string | true) => {
    add('attr', name);
    if (value === true) return;
    p('="');
    add('value', escapeAttribute(value));
    p('"');
  };

  const link = (href: string) => {
    p('<');
    add('tag', 'link');
    add('text', ' ');
    attr('rel', 'stylesheet');
    add('text', ' ');
    attr('href', href);
    p('>');
    add('text', '\n');
  };

  link(reserveUrlFor(scriptUrl));
  p('<');
  add('tag', 'script');
  add('text', ' ');
  attr('type', 'module');
  add('text', ' ');
  attr('src', input.ownScript ? ownScriptUrlFor(scriptUrl, tag) : scriptUrl);
  p('></');
  add('tag', 'script');
  p('>');
  add('text', '\n');

  if (input.theme) link(themeUrlFor(scriptUrl, input.theme));

  const properties = snippetCustomProperties(input.customProperties);
  if (properties.length) {
    p('<');
    add('tag', 'style');
    p('>');
    add('text', '\n  ');
    add('selector', tag);
    add('text', ' ');
    p('{');
    for (const [name, value] of properties) {
      add('text', '\n    ');
      add('property', name);
      p(': ');
      add('css-value', value);
      p(';');
    }
    add('text', '\n  ');
    p('}');
    add('text', '\n');
    p('</');
    add('tag', 'style');
    p('>');
    add('text', '\n');
  }

  let attributes = snippetAttributes(input.controls, input.values);
  const clinic = input.clinic;
  // The form's dataset replaces any `src` typed in the options: one dataset per element.
  if (clinic) attributes = attributes.filter(([name]) => name !== 'src');
  if (clinic && 'src' in clinic) attributes.push(['src', clinic.src]);
  if (input.content && !attributes.some(([name]) => name === 'lang')) attributes.unshift(['lang', input.content.lang]);
  const oneLineLength =
    tag.length * 2 +
    5 +
    attributes.reduce((n, [name, value]) => n + 1 + name.length + (value === true ? 0 : escapeAttribute(value).length + 3), 0);
  const wrap = oneLineLength > MAX_LINE;
  p('<');
  add('tag', tag);
  for (const [name, value] of attributes) {
    add('text', wrap ? '\n  ' : ' ');
    attr(name, value);
  }
  if (wrap && attributes.length) add('text', '\n');
  p('>');
  if (clinic && 'json' in clinic) {
    // `<` is escaped (still the same JSON) so the text can never end the script.
    add('text', '\n  ');
    p('<');
    add('tag', 'script');
    add('text', ' ');
    attr('type', 'application/json');
    p('>');
    add('text', clinic.json.replace(/</g, '\\u003c'));
    p('</');
    add('tag', 'script');
    p('>');
    add('text', '\n');
  }
  // The prebuilt content links its shadow stylesheet at /ketamine-widgets/: beside the script instead.
  if (input.content) add('text', input.content.html.replace(/((?:href|src)=")\/ketamine-widgets\//g, `$1${besideScript(scriptUrl, '')}`));
  p('</');
  add('tag', tag);
  p('>');
  return t;
}

/** The exact HTML to paste into a page. */
export function buildSnippet(input: SnippetInput): string {
  return snippetTokens(input)
    .map((token) => token.text)
    .join('');
}
