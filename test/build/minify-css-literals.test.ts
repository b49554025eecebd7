import { expect } from '@open-wc/testing';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css-literals.js';

describe('minifyCss (the build step that shrinks css`` templates)', () => {
  it('drops comments and the whitespace CSS does not need', () => {
    expect(minifyCss(`/* why */\n  :host {\n    display: block;\n    margin: 0 auto;\n  }\n`)).to.equal(
      ':host{display:block;margin:0 auto}',
    );
  });

  it('keeps the space of a descendant selector, before a pseudo-class too', () => {
    expect(minifyCss('.a .b, .c :focus-visible { color: red }')).to.equal('.a .b,.c :focus-visible{color:red}');
  });

  it('keeps quoted strings exactly, spaces and all', () => {
    expect(minifyCss("a::after { content: ' (' attr(href) ')'; }")).to.equal("a::after{content:' (' attr(href) ')'}");
    expect(minifyCss('q::before { content: "a  /* not a comment */  b"; }')).to.equal('q::before{content:"a  /* not a comment */  b"}');
  });

  it('keeps the spaces calc() needs around + and -', () => {
    expect(minifyCss('p { width: calc(100% - 2 * var(--x, 1rem)); }')).to.equal('p{width:calc(100% - 2 * var(--x,1rem))}');
  });

  it('keeps media queries valid', () => {
    expect(
      minifyCss("@media (prefers-color-scheme: dark) and (min-width: 20rem) { :host(:not([color-scheme='light'])) { --a: 1px; } }"),
    ).to.equal("@media (prefers-color-scheme:dark) and (min-width:20rem){:host(:not([color-scheme='light'])){--a:1px}}");
  });

  it('gives a stylesheet the browser reads the same way', () => {
    const source = `
      /* tokens */
      :host { --_x: var(--kw-x, #123456); display: block; }
      .a > .b + .c ~ .d :is(h1, h2) { margin: calc(var(--_x, 1rem) * 0.5) 0 !important; }
      @media print { a::after { content: ' (' attr(href) ')'; } }
    `;
    const rules = (css: string) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      // Unresolved var() text is kept verbatim; the space after its comma is not significant.
      return [...sheet.cssRules].map((r) => r.cssText.replace(/,\s+/g, ','));
    };
    expect(rules(minifyCss(source))).to.deep.equal(rules(source));
  });
});

describe('minifyCssLiterals', () => {
  it('minifies each css`` literal and leaves ${…} expressions and other code alone', () => {
    const code = 'const a = css`\n  :host {  color: red;  }\n  ${unsafeCSS(x)}\n  p { margin: 0; }\n`;\nconst s = `keep   this`;';
    expect(minifyCssLiterals(code)).to.equal('const a = css`:host{color:red}${unsafeCSS(x)}p{margin:0}`;\nconst s = `keep   this`;');
  });

  it('leaves a file name ending in .css before a backtick alone (a comment, not a css`` tag)', () => {
    const code = '/** Linked as `ketamine-widgets.css` by the page. */\nconst a = css`p {  margin: 0;  }`;';
    expect(minifyCssLiterals(code)).to.equal('/** Linked as `ketamine-widgets.css` by the page. */\nconst a = css`p{margin:0}`;');
  });
});
