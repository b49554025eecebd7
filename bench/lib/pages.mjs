// The pages the bench loads. Every page carries the same early classic script (PROBE): it
// registers the long-task and layout-shift observers before anything else runs, and resolves
// `window.__benchDone` at the "rendered" point, measured the same way on widget and static pages.

/** The three elements as the README snippet pastes them. */
export const SNIPPET = [
  '<ketamine-facts></ketamine-facts>',
  '<dose-range weight="70" unit="kg"></dose-range>',
  '<risk-checklist></risk-checklist>',
];
export const TAGS = ['ketamine-facts', 'dose-range', 'risk-checklist'];

/**
 * The rendered point: after `load` (every parser-inserted script, module and stylesheet is done),
 * and for widget pages after every element is defined and its first update has completed, the
 * next animation frame is requested; a MessageChannel task posted from that rAF callback runs
 * right after that frame's style, layout and paint. So the mark lands once the browser has laid
 * out and painted the complete content. Nothing polls: the probe does no work at all until `load`,
 * then awaits promises that (for English content) are already settled, so it does not perturb
 * what it measures. The same code runs on the static twin, where there is nothing to await.
 */
export const PROBE = `<script>
(() => {
  const b = (window.__bench = { longtasks: [], shifts: [] });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.shifts.push({ start: e.startTime, value: e.value }); })
      .observe({ type: 'layout-shift', buffered: true });
  } catch {}
  window.__benchDone = new Promise((resolve) => {
    addEventListener('load', async () => {
      b.load = performance.now();
      const tags = ${JSON.stringify(TAGS)};
      if (document.querySelector('script[src*="ketamine-widgets"]')) {
        await Promise.all(tags.map((t) => customElements.whenDefined(t)));
        await Promise.all([...document.querySelectorAll(tags.join(','))].map((e) => e.updateComplete));
      }
      b.ready = performance.now();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          performance.mark('kw-rendered');
          b.rendered = performance.now();
          resolve(b.rendered);
        };
        ch.port2.postMessage(0);
      });
    });
  });
})();
</script>`;

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${PROBE}
${extra}
</head>`;

/** K copies of each element and the drop-in, as a clinic page would paste them. */
export function widgetPage(k, { src = '/dist/ketamine-widgets.js', elements = SNIPPET } = {}) {
  const body = Array.from({ length: k }, () => elements.join('\n')).join('\n');
  return `${head(`${k} × 3 widgets`)}
<body>
<main>
${body}
</main>
<script type="module" src="${src}"></script>
</body>
</html>
`;
}

/**
 * One element of the twin as HTML: its stylesheets first in its declarative shadow root.
 *   css = 'link'    one `<link rel="stylesheet">` per sheet to a shared file (twin-sheet-N.css,
 *                   served as an immutable static asset): fetched and parsed once per page
 *                   however many copies link it;
 *   css = 'inline'  the sheet's text as `<style>` in every shadow root (byte-identical, so Blink
 *                   parses it once, but the HTML carries it once per copy).
 * 'link' is the default: as fast as 'inline' at 1 and 10 copies and about 25 % faster at 100
 * (the inline page at 1,000 copies is 68 MB, 42 MB of it repeated CSS), so the better static page.
 */
export function twinElementHtml(e, twin, css = 'link') {
  const styles = e.sheetIds
    .map((id) => (css === 'link' ? `<link rel="stylesheet" href="twin-sheet-${id}.css">` : `<style>${twin.sheets[id]}</style>`))
    .join('');
  const inner = e.inner.replace(/^(<template shadowrootmode="open"[^>]*>)/, `$1${styles}`);
  return `<${e.tag}${e.attrs}>${inner}</${e.tag}>`;
}

/**
 * The static twin: the same K copies, each element written out with its shadow root as
 * declarative shadow DOM, its stylesheets linked (or inline, see twinElementHtml), and no script.
 * `twin` is what serializeTwin() returned for one copy of each element.
 */
export function staticPage(k, twin, css = 'link') {
  const one = twin.elements.map((e) => twinElementHtml(e, twin, css)).join('\n');
  const body = Array.from({ length: k }, () => one).join('\n');
  return `${head(`${k} × 3 static twin`)}
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * Runs in the widget page (K = 1) once every element has rendered: returns each element's shadow
 * root as declarative shadow DOM, and the distinct stylesheet texts its adopted sheets came from
 * (Lit's CSSResult source text; the host styles all three elements share appear once). Lit's
 * comment markers are dropped, and live form state (.value, .checked) is written back as
 * attributes so the twin shows the same content.
 */
export function serializeTwin(tags) {
  // Self-contained (it runs in the page): the text a reader sees, without <style> contents.
  const shownText = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.localName !== 'style') text += n.data;
    return text.replace(/\s+/g, ' ').trim();
  };
  const strip = (s) => s.replace(/<!--\?lit\$[0-9]+\$-->|<!--\?-->|<!---->/g, '');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const elements = [];
  const sheets = [];
  for (const tag of tags) {
    const el = document.querySelector(tag);
    const root = el.shadowRoot;
    for (const input of root.querySelectorAll('input, textarea')) {
      if (input.type === 'checkbox' || input.type === 'radio') input.toggleAttribute('checked', input.checked);
      else if (input.localName === 'textarea') input.textContent = input.value;
      else input.setAttribute('value', input.value);
    }
    const styles = el.constructor.elementStyles ?? [];
    const texts = styles.map((s) => (typeof s.cssText === 'string' ? s.cssText : [...s.cssRules].map((r) => r.cssText).join('\n')));
    const sheetIds = texts.map((t) => (sheets.includes(t) ? sheets.indexOf(t) : sheets.push(t) - 1));
    // adoptedStyleSheets may also hold sheets the element added itself (e.g. print helpers).
    const adopted = root.adoptedStyleSheets.length;
    const inner = strip(el.getHTML({ serializableShadowRoots: true, shadowRoots: [root] }));
    const attrs = [...el.attributes].map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${esc(a.value)}"`)).join('');
    elements.push({ tag, attrs, inner, sheetIds, adopted, height: el.getBoundingClientRect().height, text: shownText(root) });
  }
  return { elements, sheets };
}

const PARA = (n) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1}. Our clinic offers ketamine infusions for some kinds of long-lasting pain. Read what the treatment is, what the research found, and what to ask us before your first visit. Call us with any question; our nurses answer Monday to Friday.</p>`,
  ).join('\n');

/**
 * A clinic-like page: a heading, two paragraphs, `content` (the widgets, their twin or their
 * prerendered markup), three more paragraphs and a footer. `probe: false` leaves the bench's
 * early script out (the Lighthouse pages: nothing on them that a clinic would not have).
 */
export function clinicPage(content, { title, headExtra = '', lang = 'en', probe = true } = {}) {
  const top = probe
    ? head(title, headExtra)
    : `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="Ketamine for chronic pain: what it is, the dose range and what to ask.">
${headExtra}
</head>`;
  const page = `${top}
<body style="font-family: system-ui, sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem;">
<header><h1>Ketamine for chronic pain</h1></header>
<main>
${PARA(2)}
${content}
${PARA(3)}
</main>
<footer><p>Riverside Pain Clinic, 12 River Road.</p></footer>
</body>
</html>
`;
  return lang === 'en' ? page : page.replace('<html lang="en">', `<html lang="${lang}">`);
}

/** The README snippet as a clinic pastes it: the reserve stylesheet, the script, the elements. */
export function snippetHtml({ src = '/dist/ketamine-widgets.js', css = '/dist/ketamine-widgets.css', elements = SNIPPET } = {}) {
  return `${css ? `<link rel="stylesheet" href="${css}">\n` : ''}<script type="module" src="${src}"></script>\n${elements.join('\n')}`;
}

/**
 * A clinic page with the snippet between paragraphs, the drop-in `delay` ms late. Variants:
 * `plain` the script tag alone (`plain-es` on a Spanish page); `snippet` the README snippet (ketamine-widgets.css linked above
 * the script); `snippet-es` the same on a Spanish page (the Spanish chunk loads after the
 * upgrade); `snippet-10` ten copies of the three elements (first renders spread over several
 * tasks); `render` the script in <head> with blocking="render".
 */
export function clsPage(variant, { delay }) {
  const src = `/dist/ketamine-widgets.js?delay=${delay}`;
  const reserve = variant.startsWith('snippet') ? '<link rel="stylesheet" href="/dist/ketamine-widgets.css">\n' : '';
  const headExtra = variant === 'render' ? `<script type="module" blocking="render" src="${src}"></script>` : '';
  const script = variant === 'render' ? '' : `${reserve}<script type="module" src="${src}"></script>`;
  const copies = variant === 'snippet-10' ? 10 : 1;
  const elements = Array.from({ length: copies }, () => SNIPPET.join('\n')).join('\n');
  return clinicPage(`${script}\n${elements}`, { title: `CLS ${variant}`, headExtra, lang: variant.endsWith('-es') ? 'es' : 'en' });
}

/** Runs in a page: each element's height and shown text, to compare widgets and twin. */
export function describeElements(tags) {
  const shownText = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.localName !== 'style') text += n.data;
    return text.replace(/\s+/g, ' ').trim();
  };
  return tags.map((tag) => {
    const el = document.querySelector(tag);
    return { tag, height: el.getBoundingClientRect().height, text: el.shadowRoot ? shownText(el.shadowRoot) : '' };
  });
}
