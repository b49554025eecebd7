/**
 * One element's share of the bundled content, for the one-element scripts (dist/<tag>.js).
 *
 * Each element reads one part of a dataset: <ketamine-facts> its `sections`, <dose-range> its
 * `dose`, <risk-checklist> its `checklist`; all three read `meta` (the footer, the disclaimer) and
 * the sources their part cites. A slice keeps exactly that, empties the other parts and carries
 * `$slice: <tag>`, so the client can tell a slice from the whole (src/data/whole.ts).
 *
 * `bundledContentPlugin(tag)` (scripts/bundled-content.ts) applies it at build time: the content
 * JSON (every language) is replaced by its slice, and src/data/whole.ts by a module that fetches
 * the whole content of a language (a chunk of its own, `?whole`) when a clinic dataset is merged
 * over it.
 */
import { TAGS, type Tag } from '../src/internal/tags.js';

/** Every element has a one-element script. */
export const SLICE_TAGS = TAGS;
export type SliceTag = Tag;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Content = { [key: string]: Json } & { sources: { id: string }[] };

/** The part of a dataset each element reads, and what that part is when it is not kept. */
const PARTS = {
  sections: { tag: 'ketamine-facts', empty: () => [] },
  dose: { tag: 'dose-range', empty: () => null },
  checklist: { tag: 'risk-checklist', empty: () => ({ groups: [], generalQuestions: [] }) },
} as const satisfies Record<string, { tag: SliceTag; empty: () => Json }>;

/** Every source id named under `value`: the `sources` and `limitSources` lists, at any depth. */
export function citedIds(value: Json, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => citedIds(v, into));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (/^(sources|limitSources)$/.test(key) && Array.isArray(v)) v.forEach((id) => typeof id === 'string' && into.add(id));
      else citedIds(v, into);
    }
  return into;
}

/** `content` with only what <`tag`> reads: its part, `meta`, and the sources that part cites. */
export function sliceContent(content: Content, tag: SliceTag): Content {
  const out: Content = { ...content };
  const cited = new Set<string>();
  for (const [key, part] of Object.entries(PARTS)) {
    if (part.tag === tag) citedIds(content[key], cited);
    else out[key] = part.empty();
  }
  out.sources = content.sources.filter((s) => cited.has(s.id));
  out.$slice = tag;
  return out;
}
