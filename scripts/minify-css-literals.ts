/**
 * A Vite plugin that minifies the CSS inside Lit's css`` tagged templates, which the bundler's
 * minifier leaves as written (comments, indentation and all). Quoted strings and `${…}`
 * expressions are kept as they are; only comments and whitespace that CSS does not need go.
 */
import type { Plugin } from 'vite';

/** Minifies one CSS text (no `${}` inside: the caller splits on expressions). */
export function minifyCss(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/\s/.test(c)) {
      while (i < css.length && /\s/.test(css[i])) i++;
      const prev = out[out.length - 1];
      const next = css[i];
      // Space is meaningful between words (`0 auto`, `a b` selectors) but not around punctuation.
      if (prev !== undefined && next !== undefined && !/[{};:,>]/.test(prev) && !/[{};,>!)]/.test(next)) out += ' ';
      continue;
    }
    out += c;
    i++;
  }
  return out.replace(/;}/g, '}');
}

/** Minifies the static parts of every css`…` literal in a module's source text. */
export function minifyCssLiterals(code: string): string {
  // `css` as a tag, not the end of a file name in a comment or string ("ketamine-widgets.css`").
  return code.replace(/(?<![\w$.-])css`((?:[^`\\]|\\.)*)`/g, (_whole, body: string) => {
    // Keep `${…}` expressions untouched; minify the CSS between them. Expressions never nest
    // backticks in our styles, so a flat split is enough.
    const parts = body.split(/(\$\{[^}]*\})/);
    return `css\`${parts.map((p, i) => (i % 2 ? p : minifyCss(p))).join('')}\``;
  });
}

export function minifyCssLiteralsPlugin(): Plugin {
  return {
    name: 'kw-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
