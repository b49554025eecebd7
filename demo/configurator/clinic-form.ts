/**
 * The "Your clinic" form, generated from the clinic dataset's JSON Schema (the package's
 * `ketamine-widgets/schema.json`), as plain functions with no DOM: schema → fields, and the
 * reader's field values → a clinic dataset. It is the WordPress settings page's form
 * (wordpress/ketamine-widgets/includes/schema-form.php): the same parts, labels, field paths and
 * rules for empty fields and ids, so both places offer one form.
 */

/** The part of a JSON Schema node the form reads. */
export interface SchemaNode {
  type?: string | readonly string[];
  properties?: Readonly<Record<string, SchemaNode>>;
  items?: SchemaNode;
  required?: readonly string[];
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  maxLength?: number;
  format?: string;
}

/** One part of the dataset the form edits (schema-form.php: ketamine_widgets_form_parts). */
export interface FormPart {
  path: readonly string[];
  title: string;
  intro: string;
  /** Only leaf fields of these types (objects are always walked). */
  types?: readonly string[];
  /** The id the part's object gets (an added checklist group). */
  id?: string;
}

export const FORM_PARTS: readonly FormPart[] = [
  {
    path: ['clinic'],
    title: 'Your clinic',
    intro: 'Shown at the foot of every widget. The sign-off names the clinician who reviewed the widgets for your clinic.',
  },
  {
    path: ['dose'],
    title: 'Dose range',
    intro: 'Your clinic’s own range for <dose-range>. Leave a field empty to keep the bundled value.',
    // Only the numbers: the route, notes and sources stay the bundled ones.
    types: ['number', 'integer'],
  },
  {
    path: ['checklist', 'groups', '0'],
    title: 'Extra checklist items',
    intro:
      'Items added to <risk-checklist> as a group of their own. Each needs the label, why it matters, the question for the care team and at least one source.',
    id: 'clinic',
  },
];

/** Labels for known fields by path (`*` for a row number); others are derived from the key. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  'clinic.name': 'Clinic name',
  'clinic.contact': 'Contact line',
  'clinic.url': 'Web address (https://)',
  'clinic.signOff': 'Clinical sign-off',
  'clinic.signOff.name': 'Reviewer',
  'clinic.signOff.credentials': 'Credentials',
  'clinic.signOff.date': 'Date reviewed',
  'dose.mgPerKgMin': 'Lowest dose (mg per kg)',
  'dose.mgPerKgMax': 'Highest dose (mg per kg)',
  'dose.durationMinutes': 'Infusion length (minutes)',
  'dose.weightKgMin': 'Lowest weight accepted (kg)',
  'dose.weightKgMax': 'Highest weight accepted (kg)',
  'dose.maxTotalMg': 'Largest total shown (mg)',
  'checklist.groups.*.title': 'Group heading',
  'checklist.groups.*.items': 'Items',
  'checklist.groups.*.items.*.label': 'What the reader ticks',
  'checklist.groups.*.items.*.why': 'Why it matters',
  'checklist.groups.*.items.*.question': 'Question for the care team',
  'checklist.groups.*.items.*.sources': 'Sources',
};

/** At most this many rows in a list, and this many empty ones after the last filled. */
const MAX_ROWS = 10;
const SPARE_ROWS = 2;

export function fieldLabel(path: readonly string[]): string {
  const generic = path.map((s) => (/^\d+$/.test(s) ? '*' : s)).join('.');
  const known = FIELD_LABELS[generic];
  if (known) return known;
  const words = (path.at(-1) ?? '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The field path as the dataset errors name it: `clinic.signOff.date`. */
export const keyOf = (path: readonly string[]): string => path.join('.');

/** The element id for a path, as the settings page writes it: `kw-clinic-signOff-date`. */
export const fieldId = (path: readonly string[]): string => `kw-${path.join('-')}`;

export function nodeType(node: SchemaNode): string {
  if (node.type !== undefined) return String(typeof node.type === 'string' ? node.type : node.type[0]);
  return node.properties ? 'object' : 'string';
}

export function schemaAt(schema: SchemaNode, path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const segment of path) {
    if (!node) return undefined;
    node = /^\d+$/.test(segment) ? node.items : node.properties?.[segment];
  }
  return node;
}

/** Ids of added checklist groups and items are made by the form, not typed. */
const isAutoId = (path: readonly string[]): boolean => path.at(-1) === 'id' && path[0] === 'checklist';

/** The properties of an object node the form shows: all but the automatic ids, and only `types` leaves when given. */
function formProperties(node: SchemaNode, path: readonly string[], types?: readonly string[]): [string, SchemaNode, string[]][] {
  return Object.entries(node.properties ?? {})
    .map(([name, sub]): [string, SchemaNode, string[]] => [name, sub, [...path, name]])
    .filter(([, sub, subPath]) => {
      if (isAutoId(subPath)) return false;
      const type = nodeType(sub);
      return !types?.length || type === 'object' || types.includes(type);
    });
}

/** The reader's entries by field path (`dose.mgPerKgMin`); a list of sources is its ids joined by commas. */
export type ClinicValues = Readonly<Record<string, string>>;

export type InputKind = 'text' | 'textarea' | 'number' | 'integer' | 'date' | 'url' | 'sources';

export interface FormField {
  kind: 'field';
  path: string[];
  label: string;
  input: InputKind;
  required: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface FormGroup {
  kind: 'group';
  path: string[];
  /** The legend: the part's title, a field label, or the row's. */
  label: string;
  children: FormNode[];
  /** A part's intro text. */
  intro?: string;
}

export interface FormList {
  kind: 'list';
  path: string[];
  label: string;
  rows: FormGroup[];
}

export type FormNode = FormField | FormGroup | FormList;

/** How many rows of the list at `key` to show: the filled ones and two spare, at most ten. */
function rowCount(key: string, values: ClinicValues): number {
  let last = -1;
  for (const [k, v] of Object.entries(values)) {
    const m = k.startsWith(`${key}.`) ? /^(\d+)\./.exec(k.slice(key.length + 1)) : null;
    if (m && v.trim()) last = Math.max(last, Number(m[1]));
  }
  return Math.min(MAX_ROWS, last + 1 + SPARE_ROWS);
}

function formNode(
  node: SchemaNode,
  path: string[],
  values: ClinicValues,
  required: boolean,
  types?: readonly string[],
  legend?: string,
): FormNode {
  const type = nodeType(node);
  const label = fieldLabel(path);
  if (type === 'object') {
    const need = node.required ?? [];
    return {
      kind: 'group',
      path,
      label: legend ?? label,
      children: formProperties(node, path, types).map(([name, sub, subPath]) => formNode(sub, subPath, values, need.includes(name), types)),
    };
  }
  if (type === 'array' && node.items && nodeType(node.items) === 'object') {
    const items = node.items;
    const rows = Array.from(
      { length: rowCount(keyOf(path), values) },
      (_, i) => formNode(items, [...path, String(i)], values, false, undefined, `Item ${i + 1} (leave empty to skip)`) as FormGroup,
    );
    return { kind: 'list', path, label, rows };
  }
  const last = path.at(-1) ?? '';
  const input: InputKind =
    type === 'array'
      ? 'sources'
      : type === 'number' || type === 'integer'
        ? type
        : node.format === 'date'
          ? 'date'
          : node.format === 'uri'
            ? 'url'
            : last === 'why' || last === 'question'
              ? 'textarea'
              : 'text';
  const field: FormField = { kind: 'field', path, label, input, required };
  const min = node.minimum ?? node.exclusiveMinimum;
  if (input === 'number' || input === 'integer') {
    if (min !== undefined) field.min = min;
    if (node.maximum !== undefined) field.max = node.maximum;
  }
  if (node.maxLength !== undefined && (input === 'text' || input === 'textarea')) field.maxLength = node.maxLength;
  return field;
}

/** The form for `schema`: one group per part, its fields in the schema's order. */
export function clinicForm(schema: SchemaNode, values: ClinicValues = {}): FormGroup[] {
  return FORM_PARTS.flatMap((part) => {
    const node = schemaAt(schema, part.path);
    if (!node) return [];
    const group = formNode(node, [...part.path], values, false, part.types, part.title) as FormGroup;
    return [{ ...group, intro: part.intro }];
  });
}

/** Every field of a form, in order. */
export function fieldsOf(nodes: readonly FormNode[]): FormField[] {
  return nodes.flatMap((n) => (n.kind === 'field' ? [n] : n.kind === 'group' ? fieldsOf(n.children) : fieldsOf(n.rows)));
}

type Json = string | number | boolean | Json[] | { [key: string]: Json };

/**
 * The entry at `key` read back into the dataset's shape, walking the same schema node: empty
 * fields are left out (the bundled value stays), and a number that does not parse stays text so
 * that validation names its field.
 */
function collect(node: SchemaNode, path: string[], values: ClinicValues, types?: readonly string[], id?: string): Json | undefined {
  const type = nodeType(node);
  if (type === 'object') {
    const out: Record<string, Json> = {};
    for (const [name, sub, subPath] of formProperties(node, path, types)) {
      const value = collect(sub, subPath, values, types);
      if (value !== undefined) out[name] = value;
    }
    if (!Object.keys(out).length) return undefined;
    return node.properties?.id && id ? { id, ...out } : out;
  }
  const key = keyOf(path);
  if (type === 'array') {
    if (node.items && nodeType(node.items) === 'object') {
      const items: Json[] = [];
      for (let i = 0; i < MAX_ROWS; i++) {
        const value = collect(node.items, [...path, String(i)], values, undefined, `clinic-${items.length + 1}`);
        if (value !== undefined) items.push(value);
      }
      return items.length ? items : undefined;
    }
    const list = (values[key] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return list.length ? list : undefined;
  }
  const text = (values[key] ?? '').trim();
  if (!text) return undefined;
  if (type === 'number' || type === 'integer') {
    const number = Number(text);
    return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) && Number.isFinite(number) ? number : text;
  }
  if (type === 'boolean') return true;
  return text;
}

/** The clinic dataset the entries make, or undefined when every field is empty. */
export function clinicDataset(schema: SchemaNode, values: ClinicValues): Record<string, Json> | undefined {
  const data: Record<string, Json> = {};
  for (const part of FORM_PARTS) {
    const node = schemaAt(schema, part.path);
    const value = node && collect(node, [...part.path], values, part.types, part.id);
    if (value === undefined) continue;
    // Put the value at its path, creating the parents (arrays before a row number).
    let target: Record<string, Json> | Json[] = data;
    part.path.forEach((segment, n) => {
      const container = target as Record<string, Json>;
      if (n === part.path.length - 1) {
        container[segment] = value;
        return;
      }
      container[segment] ??= /^\d+$/.test(part.path[n + 1]) ? [] : {};
      target = container[segment] as Record<string, Json> | Json[];
    });
  }
  return Object.keys(data).length ? data : undefined;
}

/** The dataset as the file to host: indented, with a final newline. */
export const clinicFileText = (dataset: unknown): string => `${JSON.stringify(dataset, null, 2)}\n`;

/** The dataset as the inline script's text: one line. */
export const clinicInlineText = (dataset: unknown): string => JSON.stringify(dataset);

/** The file name the snippet's `src` names and the download saves. */
export const CLINIC_FILE = 'clinic.json';

/** `values` with `change` applied; an empty entry is removed. */
export function withValues(values: ClinicValues, change: ClinicValues): ClinicValues {
  const out: Record<string, string> = { ...values };
  for (const [key, value] of Object.entries(change)) {
    if (value === '') delete out[key];
    else out[key] = value;
  }
  return out;
}

/**
 * The form field a dataset path names. The dataset skips empty checklist rows, so its row numbers
 * can be lower than the form's: `checklist.groups.0.items.0.why` is the first filled row's.
 */
export function formKeyOf(form: readonly FormNode[], values: ClinicValues, field: string): string {
  let key = field;
  const lists = (nodes: readonly FormNode[]): FormList[] =>
    nodes.flatMap((n) => (n.kind === 'list' ? [n, ...lists(n.rows)] : n.kind === 'group' ? lists(n.children) : []));
  for (const list of lists(form)) {
    const prefix = `${keyOf(list.path)}.`;
    const match = key.startsWith(prefix) ? /^(\d+)(\.|$)/.exec(key.slice(prefix.length)) : null;
    if (!match) continue;
    const filled = list.rows
      .map((_, i) => i)
      .filter((i) => Object.entries(values).some(([k, v]) => k.startsWith(`${prefix}${i}.`) && v.trim() !== ''));
    const row = filled[Number(match[1])];
    if (row !== undefined) key = `${prefix}${row}${key.slice(prefix.length + match[1].length)}`;
  }
  return key;
}
