/**
 * Console messages for page authors. Every message names the element and the field, is printed
 * once per element, and never throws: a widget must not break the page it is pasted into.
 */
const said = new WeakMap<object, Set<string>>();
const PREFIX = '[ketamine-widgets]';

function once(owner: object, message: string): boolean {
  let seen = said.get(owner);
  if (!seen) said.set(owner, (seen = new Set()));
  if (seen.has(message)) return false;
  seen.add(message);
  return true;
}

function label(el: Element | string): string {
  return typeof el === 'string' ? el : `<${el.localName}>`;
}

/** A value the page set was unusable and a default took its place. */
export function warn(el: Element, message: string): void {
  if (once(el, message)) console.warn(`${PREFIX} ${label(el)} ${message}`);
}

/** Something the page asked for failed (a clinic dataset); the bundled content stays. */
export function error(el: Element, message: string): void {
  if (once(el, message)) console.error(`${PREFIX} ${label(el)} ${message}`);
}

/** A page-level message not tied to one element (e.g. a second copy of the library). */
export function warnOnce(key: string, message: string): void {
  if (once(globalThis, key)) console.warn(`${PREFIX} ${message}`);
}
