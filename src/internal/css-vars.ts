import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Custom property names (`--…`) and their values. */
export type CssVars = Readonly<Record<`--${string}`, string>>;

/**
 * Sets custom properties on an element through the CSSOM (`style.setProperty`), on every render
 * including the first. Lit's `styleMap` writes a `style` attribute on first render, which a page
 * with a strict Content-Security-Policy (no `'unsafe-inline'` in `style-src`) blocks; the CSSOM
 * is not subject to that rule. Properties dropped from one render to the next are removed.
 *
 * Usage, as an element binding: `<div ${cssVars({ '--_x': '10%' })}></div>`.
 */
class CssVarsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssVars() is an element binding: <div ${cssVars({...})}>');
  }

  render(_vars: CssVars): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [CssVars]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in vars)) style.removeProperty(name);
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(vars));
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
