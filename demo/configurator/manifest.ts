/**
 * Reads custom-elements.json generically. The elements are still growing attributes, so nothing
 * here names one: every element, attribute and value list comes from the manifest. A value list is
 * an attribute's `type.text` as the analyzer writes it, a union of literals (`'full' | 'compact'`);
 * nothing resolves a named type or reads a declaration's TypeScript.
 */

export interface ManifestType {
  text: string;
}

export interface ManifestAttribute {
  name: string;
  type?: ManifestType;
  default?: string;
  description?: string;
  summary?: string;
  fieldName?: string;
  deprecated?: boolean | string;
  inheritedFrom?: { name: string; module?: string };
}

export interface ManifestCssProperty {
  name: string;
  description?: string;
  default?: string;
  syntax?: string;
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  cssProperties?: ManifestCssProperty[];
  type?: ManifestType;
  default?: string;
}

export interface ManifestExport {
  kind: string;
  name: string;
  declaration?: { name: string; module?: string };
}

export interface ManifestModule {
  kind: string;
  path: string;
  declarations?: ManifestDeclaration[];
  exports?: ManifestExport[];
}

export interface Manifest {
  schemaVersion: string;
  modules: ManifestModule[];
}

/** One element the page can offer, as the manifest describes it. */
export interface ElementInfo {
  tag: string;
  className: string;
  /** The `@summary`, paragraphs kept (separated by a blank line), lines within them joined. */
  summary: string;
  /** The summary's first sentence, for a short label. */
  lead: string;
  description: string;
  attributes: ManifestAttribute[];
  cssProperties: ManifestCssProperty[];
}

/** A literal from a value list: `'full'` → "full", `2` → 2. */
export type Literal = string | number | boolean;

/** A valid custom element name (lower case, starts with a letter, has a hyphen). */
const TAG_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** `src/components/<tag>/<tag>.ts`: the layout CONTRIBUTING.md sets, used when a class has no `@tag`. */
const COMPONENT_PATH = /(?:^|\/)components\/([a-z][a-z0-9._-]*)\/\1\.ts$/;

/**
 * The tag of a class declaration: its `tagName` (from a `customElements.define` call or a `@tag`
 * JSDoc), else the component folder it lives in. Undefined for anything that is not an element.
 */
export function tagOf(declaration: ManifestDeclaration, modulePath: string): string | undefined {
  if (declaration.kind !== 'class') return undefined;
  if (declaration.tagName && TAG_NAME.test(declaration.tagName)) return declaration.tagName;
  const folder = COMPONENT_PATH.exec(modulePath)?.[1];
  return folder && TAG_NAME.test(folder) ? folder : undefined;
}

/**
 * Every element in the manifest, in the order the drop-in entry exports their classes (the order
 * it registers them), then any others in manifest order. An element listed twice keeps its first entry.
 */
export function elementsOf(manifest: Manifest): ElementInfo[] {
  const found: (ElementInfo & { order: number })[] = [];
  const exportOrder = new Map<string, number>();
  for (const mod of manifest.modules) {
    if (!/(?:^|\/)ketamine-widgets\.ts$/.test(mod.path)) continue;
    (mod.exports ?? []).forEach((e, i) => exportOrder.set(e.declaration?.name ?? e.name, i));
  }
  const seen = new Set<string>();
  let index = 0;
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      const tag = tagOf(declaration, mod.path);
      if (!tag || seen.has(tag)) continue;
      seen.add(tag);
      const summary = paragraphs(declaration.summary ?? '').join('\n\n');
      found.push({
        tag,
        className: declaration.name,
        summary,
        lead: firstSentence(summary),
        description: declaration.description ?? '',
        attributes: (declaration.attributes ?? []).filter((a) => a.name && !a.deprecated),
        cssProperties: declaration.cssProperties ?? [],
        order: (exportOrder.get(declaration.name) ?? 1000) * 1000 + index++,
      });
    }
  }
  return found.sort((a, b) => a.order - b.order).map(({ order: _order, ...info }) => info);
}

/** `'a'`, `"a"`, `` `a` ``, `2`, `-1.5`, `true` → the value; anything else → undefined. */
export function parseLiteral(text: string): Literal | undefined {
  const t = text.trim();
  const quoted = /^(['"`])((?:\\.|(?!\1)[^\\])*)\1$/.exec(t);
  if (quoted) return quoted[2].replace(/\\(.)/g, '$1');
  if (/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(t)) return Number(t);
  if (t === 'true') return true;
  if (t === 'false') return false;
  return undefined;
}

/** Splits on `separator` outside quotes, brackets and parentheses. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      current += ch;
      if (ch === '\\') current += text[++i] ?? '';
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('([{<'.includes(ch)) depth++;
    else if (')]}'.includes(ch) || (ch === '>' && text[i - 1] !== '=')) depth--;
    else if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

/** JSDoc text as paragraphs, each on one line. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(oneLine)
    .filter(Boolean);
}

/** The first sentence of `text` ("e.g." and the like do not end one). */
export function firstSentence(text: string): string {
  const flat = oneLine(text);
  const match = /^[\s\S]*?(?<!\b(?:e\.g|i\.e|etc|vs|Dr|approx))[.!?](?=\s+[A-Z(`"“]|$)/.exec(flat);
  return match ? match[0] : flat;
}

/** JSDoc text on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
