// Transfer sizes of the built files: raw, gzip (zlib level 9) and brotli (quality 11), each file
// compressed on its own as a server or CDN would send it. Also the drop-in's import graph, read
// with es-module-lexer: what a page fetches by default (the file and its static imports) and what
// is behind dynamic imports (Spanish data, the zod-based clinic validator).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/**
 * Strings that survive minification of zod 4 (class names, the error registry, its own version
 * tag). A chunk holding any of them carries zod code.
 */
export const ZOD_SIGNATURES = ['$ZodType', '$ZodError', 'ZodError', '_zod.def', '$ZodCheck', 'zod.dev'];

export function hasZod(code) {
  return ZOD_SIGNATURES.filter((s) => code.includes(s));
}

export function measure(buf) {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

const sum = (list) =>
  list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Static and dynamic relative imports of one ES module file (bare specifiers are externals). */
async function importsOf(file) {
  await init;
  const code = readFileSync(file, 'utf8');
  const [imports] = parse(code);
  const statics = [];
  const dynamics = [];
  const externals = [];
  for (const im of imports) {
    // A template literal without expressions (`import(\`./chunks/x.js\`)`, as the minifier writes
    // dynamic imports) has no parsed name: read it from the source.
    const literal = im.d > -1 ? /^`([^`$]*)`$/.exec(code.slice(im.s, im.e).trim()) : null;
    const spec = im.n ?? literal?.[1];
    if (!spec) continue;
    if (!spec.startsWith('.') && !spec.startsWith('/')) {
      externals.push({ spec, dynamic: im.d > -1 });
      continue;
    }
    const target = path.resolve(path.dirname(file), spec.split('?')[0]);
    (im.d > -1 ? dynamics : statics).push(target);
  }
  return { statics, dynamics, externals };
}

/** The file and everything it imports statically, transitively, in load order. */
export async function staticClosure(entry) {
  const seen = new Set();
  const externals = new Set();
  const dynamics = new Set();
  const visit = async (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { statics, dynamics: dyn, externals: ext } = await importsOf(file);
    ext.filter((e) => !e.dynamic).forEach((e) => externals.add(e.spec));
    ext.filter((e) => e.dynamic).forEach((e) => externals.add(`${e.spec} (dynamic)`));
    dyn.forEach((d) => dynamics.add(d));
    for (const s of statics) await visit(s);
  };
  await visit(entry);
  return { files: [...seen], dynamics: [...dynamics].filter((d) => !seen.has(d)), externals: [...externals] };
}

/** Every size figure the bench prints, and the zod-path facts the budget needs. */
export async function collectSizes(root) {
  const dist = path.join(root, 'dist');
  const dropIn = path.join(dist, 'ketamine-widgets.js');
  const rel = (f) => path.relative(root, f);
  const sizeOf = (f) => ({ file: rel(f), ...measure(readFileSync(f)) });

  const closure = await staticClosure(dropIn);
  const defaultFiles = closure.files.map(sizeOf);
  const chunkFiles = existsSync(path.join(dist, 'chunks'))
    ? readdirSync(path.join(dist, 'chunks'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => path.join(dist, 'chunks', f))
    : [];
  const zodChunks = chunkFiles.filter((f) => hasZod(readFileSync(f, 'utf8')).length);
  // The Spanish chunk of a script: the one it imports on demand named after the Spanish JSON module
  // (the cdn build's chunkFileNames; a one-element script's `.whole` content is another chunk).
  const spanishOf = (c) => c.dynamics.find((f) => /^ketamine\.es-/.test(path.basename(f)));
  const esChunk = spanishOf(closure);
  const esExtra = esChunk ? (await staticClosure(esChunk)).files.filter((f) => f !== esChunk && !closure.files.includes(f)) : [];
  const zodEntry = zodChunks.find((f) => closure.dynamics.includes(f)) ?? zodChunks[0];
  const zodExtra = zodEntry ? (await staticClosure(zodEntry)).files.filter((f) => f !== zodEntry && !closure.files.includes(f)) : [];

  const npmDir = path.join(dist, 'npm');
  const npm = [];
  if (existsSync(npmDir)) {
    for (const f of readdirSync(npmDir)
      .filter((n) => n.endsWith('.js'))
      .sort()) {
      const file = path.join(npmDir, f);
      const c = await staticClosure(file);
      npm.push({
        ...sizeOf(file),
        closure: { files: c.files.length, ...sum(c.files.map((x) => measure(readFileSync(x)))) },
        externals: c.externals,
        zodStatic: c.externals.some((e) => /^zod(\/|$)/.test(e)) || c.files.some((x) => hasZod(readFileSync(x, 'utf8')).length),
      });
    }
  }

  // The one-element scripts (dist/<tag>.js): each file, and its Spanish chunk.
  const elementScripts = [];
  for (const tag of ['ketamine-facts', 'dose-range', 'risk-checklist']) {
    const file = path.join(dist, `${tag}.js`);
    if (!existsSync(file)) continue;
    const c = await staticClosure(file);
    const es = spanishOf(c);
    elementScripts.push({
      tag,
      ...sizeOf(file),
      closure: sum(c.files.map((x) => measure(readFileSync(x)))),
      spanish: es ? sizeOf(es) : null,
    });
  }

  const defaultPath = { files: defaultFiles, ...sum(defaultFiles) };
  const esSizes = esChunk ? [esChunk, ...esExtra].map(sizeOf) : [];
  return {
    dropIn: sizeOf(dropIn),
    elementScripts,
    defaultPath,
    spanish: esChunk ? { files: esSizes, ...sum(esSizes) } : null,
    bothLanguages: esChunk ? { ...sum([...defaultFiles, ...esSizes]) } : null,
    clinic: zodEntry ? { files: [zodEntry, ...zodExtra].map(sizeOf), ...sum([zodEntry, ...zodExtra].map(sizeOf)) } : null,
    dynamicChunks: closure.dynamics.map(rel),
    zodInDefaultPath: closure.files
      .map((f) => ({ file: rel(f), signatures: hasZod(readFileSync(f, 'utf8')) }))
      .filter((x) => x.signatures.length),
    zodChunks: zodChunks.map(rel),
    npm,
  };
}
