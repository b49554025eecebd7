// Server-side test commands for the accessibility tests under test/a11y/ (issue #17). Each is
// called from a test with `executeServerCommand(name, payload)` and runs here, in Node, with the
// test's browser page in hand (puppeteer, through the chrome launcher).
//
//   kw-media      forced colours / reduced motion: CDP Emulation.setEmulatedMedia in Chromium
//                 (puppeteer's emulateMediaFeatures refuses forced-colors). Firefox cannot switch
//                 them at run time: the "Firefox (forced colours, reduced motion)" launcher starts
//                 with the preferences set, and this command only says whether the page has them.
//   kw-ax-tree    the page's accessibility tree under one element (CDP Accessibility.getFullAXTree,
//                 Chromium only): roles, names, states and live-region properties.
//   kw-snapshot   compares a text with test/a11y/__snapshots__/<name>.txt, or writes it when the
//                 run has UPDATE_A11Y_SNAPSHOTS=1.
//   kw-pdf        prints the page to PDF (Chromium) and returns pdftotext's text, the page count
//                 and any word that falls outside its page.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SNAPSHOTS = path.resolve('test/a11y/__snapshots__');

/** The Firefox launcher started with forced colours and reduced motion (web-test-runner.config.mjs). */
export const MEDIA_FIREFOX_NAME = 'Firefox (forced colours, reduced motion)';

const isChromium = (session) => /chrom/i.test(session.browser.name);

/** puppeteer's own CDP session of the page, so its emulation and ours share one state. */
function cdp(session) {
  const page = session.browser.getPage(session.id);
  if (typeof page._client !== 'function') throw new Error(`${session.browser.name}: no CDP session for this page`);
  return { page, client: page._client() };
}

/** AX properties worth a snapshot: what a screen reader announces or lets the reader do. */
const KEPT_PROPERTIES = new Set([
  'checked',
  'pressed',
  'selected',
  'expanded',
  'disabled',
  'readonly',
  'required',
  'invalid',
  'level',
  'live',
  'atomic',
  'relevant',
  'busy',
  'modal',
  'multiline',
  'hasPopup',
  'orientation',
  'valuemin',
  'valuemax',
  'valuetext',
  'focusable',
]);

/** Roles that only wrap: their children are hoisted. Text leaves are content, not structure. */
const TRANSPARENT = new Set(['generic', 'none', 'GenericContainer', 'Ignored', 'LineBreak']);
const TEXT = new Set(['StaticText', 'InlineTextBox']);

async function axTree(session, { selector }) {
  const { page, client } = cdp(session);
  const handle = await page.$(selector);
  if (!handle) throw new Error(`kw-ax-tree: nothing matches ${selector}`);
  const { node } = await client.send('DOM.describeNode', { objectId: handle.remoteObject().objectId });
  await handle.dispose();
  await client.send('Accessibility.enable');
  try {
    const { nodes } = await client.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (!root) throw new Error(`kw-ax-tree: ${selector} has no accessibility node`);
    const convert = (ax) => {
      const children = (ax.childIds ?? []).flatMap((id) => {
        const child = byId.get(id);
        return child ? convert(child) : [];
      });
      const role = ax.role?.value ?? '';
      if (TEXT.has(role)) return [];
      if (ax.ignored || TRANSPARENT.has(role)) return children;
      const props = {};
      for (const p of ax.properties ?? []) {
        if (!KEPT_PROPERTIES.has(p.name)) continue;
        const v = p.value?.value;
        if (v === undefined || v === false || v === 'false' || v === '') continue;
        props[p.name] = v;
      }
      const out = { role, name: ax.name?.value ?? '' };
      if (ax.description?.value) out.description = ax.description.value;
      if (ax.value?.value !== undefined && ax.value.value !== '') out.value = String(ax.value.value);
      if (Object.keys(props).length) out.props = props;
      if (children.length) out.children = children;
      return [out];
    };
    return { tree: convert(root) };
  } finally {
    await client.send('Accessibility.disable');
  }
}

async function snapshot({ name, text }) {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`kw-snapshot: bad name ${name}`);
  const file = path.join(SNAPSHOTS, `${name}.txt`);
  if (process.env.UPDATE_A11Y_SNAPSHOTS === '1') {
    await mkdir(SNAPSHOTS, { recursive: true });
    await writeFile(file, text);
    return { stored: text, updated: true };
  }
  try {
    return { stored: await readFile(file, 'utf8'), updated: false };
  } catch {
    return { stored: null, updated: false };
  }
}

/** Words that leave their page, from pdftotext -bbox's XHTML (one <page> with <word>s each). */
function outsideWords(xhtml) {
  const out = [];
  for (const [, w, h, body] of xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    for (const [, x0, y0, x1, y1, word] of body.matchAll(
      /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
    )) {
      if (+x0 < 0 || +y0 < 0 || +x1 > +w || +y1 > +h) out.push(word);
    }
  }
  return out;
}

async function pdf(session, { format = 'A4', margin = '15mm' } = {}) {
  if (!isChromium(session)) throw new Error(`kw-pdf: ${session.browser.name} cannot print to PDF here`);
  const page = session.browser.getPage(session.id);
  // The runner reuses a page for the next test file, emulation included: a file that switched to
  // `emulateMedia({ media: 'screen' })` to undo a print emulation would make this PDF print the
  // screen styles. Clear the media type so the PDF is printed with print media, as on paper.
  await page.emulateMediaType(undefined);
  const bytes = await page.pdf({ format, margin: { top: margin, bottom: margin, left: margin, right: margin }, printBackground: true });
  const dir = await mkdtemp(path.join(tmpdir(), 'kw-pdf-'));
  try {
    const file = path.join(dir, 'out.pdf');
    await writeFile(file, bytes);
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    const { stdout: bbox } = await run('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-']);
    const pages = [...bbox.matchAll(/<page /g)].length;
    return { text, pages, outside: outsideWords(bbox) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function media(session, { forcedColors = '', reducedMotion = '' } = {}) {
  if (isChromium(session)) {
    const { client } = cdp(session);
    await client.send('Emulation.setEmulatedMedia', {
      media: '',
      features: [
        { name: 'forced-colors', value: forcedColors },
        { name: 'prefers-reduced-motion', value: reducedMotion },
      ],
    });
    return { emulated: true };
  }
  // Firefox: only the launcher started with the preferences has these media, and only on.
  const wantsOn = forcedColors === 'active' || reducedMotion === 'reduce';
  return { emulated: wantsOn && session.browser.name === MEDIA_FIREFOX_NAME };
}

export function a11yCommandsPlugin() {
  return {
    name: 'kw-a11y-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'kw-media':
          return media(session, payload);
        case 'kw-ax-tree':
          return axTree(session, payload);
        case 'kw-snapshot':
          return snapshot(payload);
        case 'kw-pdf':
          return pdf(session, payload);
        default:
          return undefined;
      }
    },
  };
}
