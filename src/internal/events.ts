/**
 * Events every element fires. User actions use the native `change` event; these report what
 * happened to a clinic dataset (`src` or an inline JSON script).
 */

/** A clinic dataset was loaded, validated and applied; the element re-rendered with it. */
export class KwLoadEvent extends Event {
  constructor(readonly url: string | undefined) {
    super('kw-load', { bubbles: true, composed: true });
  }
}

/** A clinic dataset could not be used; the bundled content stays on screen. */
export class KwErrorEvent extends Event {
  constructor(
    /** The dataset's URL, or undefined for an inline JSON script. */
    readonly url: string | undefined,
    /** The failing field's path (e.g. `dose.mgPerKgMax`), or `(response)`, `(json)`, `(network)`. */
    readonly field: string,
    /** What was wrong with it, in plain words. */
    readonly reason: string,
  ) {
    super('kw-error', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kw-load': KwLoadEvent;
    'kw-error': KwErrorEvent;
  }
}
