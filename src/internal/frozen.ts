import { html, noChange, render, type TemplateResult } from 'lit';

/*
 * Content that never changes once rendered (a topic's claims and their citations, the list of
 * sources) is built once per page as plain DOM and cloned for each element that shows it. A Lit
 * template keeps a part (and a comment marker) for every binding, per copy, for the life of the
 * element: about 500 parts and 650 markers per <ketamine-facts> (bench/README.md, cause 2), all of
 * them for text that is written once. A clone is the same nodes without that bookkeeping.
 */

/** What `KwElement.frozen()` gives a template: a TemplateResult (server), a copy, or `noChange` (adopted). */
export type FrozenPiece = TemplateResult | Element | typeof noChange;

/** How many master copies are being rendered right now (one inside another's template counts). */
let building = 0;

/**
 * Whether a master copy is being rendered: content frozen within it becomes part of that copy, so
 * a nested request gets a fresh copy of its own master (`frozen()`), never one of an element's.
 */
export function isBuildingFrozen(): boolean {
  return building > 0;
}

/** Per chain of key objects (dataset, string tables), the master copies by name. */
type Level = { next: WeakMap<object, Level>; masters: Map<string, Element> };
const root: Level = { next: new WeakMap(), masters: new Map() };

function levelFor(keys: readonly object[]): Level {
  let level = root;
  for (const key of keys) {
    let next = level.next.get(key);
    if (!next) level.next.set(key, (next = { next: new WeakMap(), masters: new Map() }));
    level = next;
  }
  return level;
}

/**
 * Drops Lit's part markers from a tree rendered once (nothing will ever update it) and joins the
 * text nodes its bindings left side by side ("Source:", " ", "FDA drug label"), as the HTML
 * parser would have made them: fewer nodes to clone, style and lay out.
 */
function settle(tree: Node): void {
  const walker = document.createTreeWalker(tree, NodeFilter.SHOW_COMMENT);
  const markers: Node[] = [];
  while (walker.nextNode()) markers.push(walker.currentNode);
  markers.forEach((marker) => marker.parentNode!.removeChild(marker));
  tree.normalize();
}

/** The master copy of what `build()` renders for `keys` and `name`, rendered on first request. */
function masterOf(keys: readonly object[], name: string, build: () => TemplateResult): Element {
  const level = levelFor(keys);
  let master = level.masters.get(name);
  if (!master) {
    const fragment = document.createDocumentFragment();
    building++;
    try {
      render(build(), fragment);
    } finally {
      building--;
    }
    settle(fragment);
    master = fragment.firstElementChild!;
    level.masters.set(name, master);
  }
  return master;
}

/**
 * A fresh copy of what `build()` renders: one element, rendered once for the objects in `keys`
 * (whatever the template reads that can change: the dataset, the string tables) and `name`
 * (everything else it reads, such as the heading level and the date locale), then cloned.
 *
 * `build()` must render exactly one element and bind no event listeners, properties or
 * directives that keep state: the copy is plain DOM. Browser only (the server renders the template).
 */
export function frozen(keys: readonly object[], name: string, build: () => TemplateResult): Element {
  return masterOf(keys, name, build).cloneNode(true) as Element;
}

/**
 * Renders the master copy of what `build()` renders for `keys` and `name` now, if it is not there
 * yet, without copying it: work an element can do in steps ahead of its first render.
 */
export function prebuildFrozen(keys: readonly object[], name: string, build: () => TemplateResult): void {
  masterOf(keys, name, build);
}

/**
 * One element's copies, by master, for as long as the key objects stay the same: a later update
 * (a disclosure opened) passes Lit the same nodes, so nothing is cloned or replaced again. Keyed
 * by the master, not by name, so a copy of the element keeps no strings of its own.
 *
 * A hydrating element adopts what the server rendered instead (`adopt`): each frozen piece stays
 * the server's plain DOM, and Lit is told `noChange` for it, so hydration builds no template
 * instance for content that never changes (bench/README.md, cause 17). The server's output holds
 * no Lit markers inside such a piece (`serverFrozen`, `stripFrozenMarkers`). A piece stays adopted
 * while every render asks for it with the same key objects; one that a render leaves out has lost
 * its place in the DOM, so it is rendered afresh the next time.
 */
export class FrozenCopies {
  private copies = new Map<Element, Element>();
  private keys: readonly object[] = [];
  /** The pieces adopted from the server (made on first use: most elements never hydrate). */
  private adopted?: Set<string>;
  private asked?: Set<string>;

  /** `root` is where the element shows its copies: a copy found anywhere else is not reused. */
  get(keys: readonly object[], name: string, build: () => TemplateResult, root: Node): Element | typeof noChange {
    this.keyedBy(keys);
    this.asked?.add(name);
    if (this.adopted?.has(name)) return noChange;
    const master = masterOf(keys, name, build);
    let copy = this.copies.get(master);
    if (!copy || (copy.parentNode && copy.getRootNode() !== root)) this.copies.set(master, (copy = master.cloneNode(true) as Element));
    return copy;
  }

  /** Keeps the server's rendering of the piece `name` (a hydrating render): Lit leaves it as it is. */
  adopt(keys: readonly object[], name: string): typeof noChange {
    this.keyedBy(keys);
    this.asked?.add(name);
    (this.adopted ??= new Set()).add(name);
    return noChange;
  }

  /** Forgets every adopted piece: the element renders all of them afresh (a failed hydration). */
  forgetAdopted(): void {
    this.adopted = undefined;
  }

  /** Around one render: adopted pieces the render does not ask for are forgotten at its end. */
  render<T>(renderer: () => T): T {
    const adopted = this.adopted;
    if (!adopted?.size) return renderer();
    const asked = (this.asked = new Set());
    try {
      return renderer();
    } finally {
      this.asked = undefined;
      for (const name of adopted) if (!asked.has(name)) adopted.delete(name);
    }
  }

  private keyedBy(keys: readonly object[]): void {
    if (keys.length !== this.keys.length || keys.some((key, i) => key !== this.keys[i])) {
      this.copies.clear();
      this.adopted = undefined;
      this.keys = keys;
    }
  }
}

/*
 * On the server, a frozen piece is wrapped in two comments, and `stripFrozenMarkers` drops Lit's
 * part markers between them (and the comments) from the rendered HTML: the browser's hydrating
 * render adopts the piece as plain DOM (`FrozenCopies.adopt`) and never walks into it.
 */
const OPEN = 'kw-frozen';
const CLOSE = '/kw-frozen';

/** The server's rendering of a frozen piece: `build()` between the comments `stripFrozenMarkers` looks for. */
export function serverFrozen(build: () => TemplateResult): TemplateResult {
  return html`<!--kw-frozen-->${build()}<!--/kw-frozen-->`;
}

/**
 * Server-rendered HTML without Lit's markers inside frozen pieces (nested ones included) and
 * without the pieces' own comments, as `settle()` leaves a master copy in the browser. The part
 * marker around each outermost piece stays: it is the part the browser adopts. Text from a
 * dataset cannot hold a comment: Lit escapes its `<`.
 */
export function stripFrozenMarkers(rendered: string): string {
  let depth = 0;
  // `<?>` is the empty comment Lit's server renderer puts after each item of a list.
  return rendered.replace(/<!--(\/?kw-frozen|\/?lit-part(?: [^>]*)?|lit-node \d+)-->|<\?>/g, (marker, what?: string) => {
    if (what === OPEN) return (depth++, '');
    if (what === CLOSE) return (depth--, '');
    return depth > 0 ? '' : marker;
  });
}
