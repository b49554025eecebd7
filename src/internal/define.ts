import { VERSION } from './version.js';
import { warnOnce } from './log.js';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element unless the tag is taken. Pages paste the script twice, or load two
 * copies from different URLs: the first registration wins, the same version stays quiet, and a
 * different version gets one console warning. It never throws.
 */
export function define(tag: string, ctor: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== (ctor.version ?? VERSION)) {
      warnOnce(
        `version:${tag}`,
        `<${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
          `this copy (${ctor.version ?? VERSION}) is not used. Load the script once.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (e) {
    try {
      // A constructor serves one tag only: an integrator registered this class under a tag of
      // their own (say <clinic-dose>), then the standard tags were loaded. A subclass takes it.
      if (!registry.get(tag)) registry.define(tag, class extends (ctor as typeof HTMLElement) {});
    } catch {
      // An invalid tag name, or a race with another copy: never throw into the page.
      warnOnce(`define:${tag}`, `could not define <${tag}>: ${(e as Error).message}`);
    }
  }
}
