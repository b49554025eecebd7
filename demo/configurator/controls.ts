/**
 * Turns a manifest element's attributes into form controls: boolean → checkbox, a union of
 * literals (or a type the manifest lists values for) → select, number → number input, anything
 * else → text input. Defaults come from the manifest, so the snippet can leave them out.
 */
import { oneLine, parseLiteral, splitTopLevel, type ElementInfo, type Literal, type ManifestAttribute } from './manifest.js';

export type ControlKind = 'checkbox' | 'select' | 'number' | 'text';

/** The value a control holds: attribute text, `true`/`false` for a checkbox, `null` when unset. */
export type ControlValue = string | boolean | null;

export interface ControlOption {
  /** The attribute text; '' is "not set". */
  value: string;
  label: string;
}

export interface Control {
  /** The attribute name. */
  name: string;
  label: string;
  /** The manifest's description, on one line. */
  description: string;
  kind: ControlKind;
  /** Choices of a select, the unset choice (value '') first when the attribute may be left out. */
  options: readonly ControlOption[];
  /** What the element uses when the attribute is absent, as attribute text; null when the manifest names none. */
  defaultValue: ControlValue;
  /** Declared on a shared base class rather than on the element itself. */
  inherited: boolean;
  /** The manifest's type text, for the hint. */
  typeText: string;
}

/** Per-attribute adjustments a page makes (labels, or a value list for a `string` attribute). */
export type ControlOverride = Partial<Pick<Control, 'label' | 'description' | 'kind'>> & {
  values?: readonly Literal[];
  valueLabels?: Readonly<Record<string, string>>;
};

export interface ParsedType {
  kind: ControlKind;
  values?: Literal[];
  /** `undefined` or `null` is part of the type. */
  optional: boolean;
}

/**
 * The control a manifest type text calls for: a union of literals is a select. `enums` gives the
 * values of named types a caller knows (the analyzer expands the library's own to literals).
 */
export function parseType(text: string | undefined, enums: ReadonlyMap<string, readonly Literal[]> = new Map()): ParsedType {
  const members = splitTopLevel(text ?? '', '|')
    .map((m) => m.trim())
    .filter(Boolean);
  const optional = members.some((m) => m === 'undefined' || m === 'null');
  const rest = members.filter((m) => m !== 'undefined' && m !== 'null');
  if (!rest.length) return { kind: 'text', optional: true };
  if (rest.every((m) => m === 'boolean' || m === 'true' || m === 'false')) return { kind: 'checkbox', optional };
  if (rest.length === 1 && rest[0] === 'number') return { kind: 'number', optional };
  const values: Literal[] = [];
  for (const member of rest) {
    const literal = parseLiteral(member);
    const named = literal === undefined ? enums.get(member) : undefined;
    if (literal !== undefined && typeof literal !== 'boolean') values.push(literal);
    else if (named) values.push(...named.filter((v) => typeof v !== 'boolean'));
    // An open type (`string`, `number`, an unknown name) in the union: any value goes, so a field.
    else if (member === 'number' && rest.every((m) => m === 'number' || typeof parseLiteral(m) === 'number'))
      return { kind: 'number', optional };
    else return { kind: 'text', optional };
  }
  return { kind: 'select', values: [...new Set(values)], optional };
}

/**
 * The manifest's `default` as attribute text: `'auto'` → "auto", `2` → "2", `false` → false.
 * `undefined` or an expression the page cannot evaluate → null (no known default).
 */
export function parseDefault(text: string | undefined): ControlValue {
  if (text === undefined) return null;
  const value = parseLiteral(text);
  if (value === undefined) return null;
  return typeof value === 'boolean' ? value : String(value);
}

/** `heading-level` → "Heading level". */
export function labelFor(attribute: string): string {
  const words = attribute.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : attribute;
}

/** One control for each attribute the manifest lists for `element`, in manifest order. */
export function controlsFor(
  element: Pick<ElementInfo, 'attributes'>,
  enums: ReadonlyMap<string, readonly Literal[]> = new Map(),
  overrides: Readonly<Record<string, ControlOverride>> = {},
): Control[] {
  const seen = new Set<string>();
  const controls: Control[] = [];
  for (const attribute of element.attributes) {
    if (seen.has(attribute.name)) continue;
    seen.add(attribute.name);
    controls.push(controlFor(attribute, enums, overrides[attribute.name]));
  }
  return controls;
}

export function controlFor(
  attribute: ManifestAttribute,
  enums: ReadonlyMap<string, readonly Literal[]> = new Map(),
  override: ControlOverride = {},
): Control {
  const typeText = oneLine(attribute.type?.text ?? '');
  const parsed = parseType(typeText, enums);
  let defaultValue = parseDefault(attribute.default);
  const values = override.values ?? parsed.values;
  const kind = override.kind ?? (override.values ? 'select' : parsed.kind);
  if (kind === 'checkbox') defaultValue = defaultValue === true;
  else if (typeof defaultValue === 'boolean') defaultValue = null;
  let options: ControlOption[] = [];
  if (kind === 'select') {
    const labelOf = (v: string) => override.valueLabels?.[v] ?? v;
    options = (values ?? []).map((v) => {
      const value = String(v);
      return { value, label: value === defaultValue ? `${labelOf(value)} (default)` : labelOf(value) };
    });
    if (defaultValue === null || !options.some((o) => o.value === defaultValue)) {
      options.unshift({ value: '', label: override.valueLabels?.[''] ?? 'Not set' });
    }
  }
  return {
    name: attribute.name,
    label: override.label ?? labelFor(attribute.name),
    description: override.description ?? oneLine(attribute.description ?? attribute.summary ?? ''),
    kind,
    options,
    defaultValue,
    inherited: Boolean(attribute.inheritedFrom),
    typeText,
  };
}

/** The value a control starts with: the default when the manifest gives one. */
export function initialValue(control: Control): ControlValue {
  if (control.kind === 'checkbox') return control.defaultValue === true;
  if (control.kind === 'select' && control.defaultValue === null) return '';
  return control.defaultValue ?? '';
}

/** Why a number field's text is not usable, or null when it is (blank means "not set"). */
export function numberProblem(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  return Number.isFinite(Number(t)) && /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(t) ? null : 'Enter a number, such as 80.';
}

/**
 * The attribute to write for `value`: text, `true` for a bare boolean attribute, or null to leave
 * it out (unset, blank, invalid, or the same as the default).
 */
export function attributeFor(control: Control, value: ControlValue | undefined): string | true | null {
  if (value === undefined || value === null) return null;
  if (control.kind === 'checkbox') {
    const on = value === true || value === 'true' || value === '';
    return on && control.defaultValue !== true ? true : null;
  }
  if (typeof value === 'boolean') return null;
  let text = value.trim();
  if (!text) return null;
  if (control.kind === 'number') {
    if (numberProblem(text)) return null;
    text = String(Number(text));
    if (control.defaultValue !== null && Number(control.defaultValue) === Number(text)) return null;
    return text;
  }
  if (control.kind === 'select' && !control.options.some((o) => o.value === text)) return null;
  return text === control.defaultValue ? null : text;
}
