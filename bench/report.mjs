// The bench's printed report: one section per scenario (a section is skipped when its scenario
// did not run), then the budgets. Reads only the results object run.mjs assembled.
import path from 'node:path';
import { fmt, fmtInt, kb, table } from './lib/stats.mjs';

const sections = {
  sizes(sz) {
    const rows = [
      [sz.dropIn.file, sz.dropIn.raw, sz.dropIn.gzip, sz.dropIn.brotli],
      ...sz.defaultPath.files.slice(1).map((f) => [`  + static import ${f.file}`, f.raw, f.gzip, f.brotli]),
      [
        `default path (${sz.defaultPath.files.length} file${sz.defaultPath.files.length > 1 ? 's' : ''})`,
        sz.defaultPath.raw,
        sz.defaultPath.gzip,
        sz.defaultPath.brotli,
      ],
    ];
    if (sz.spanish) {
      for (const f of sz.spanish.files) rows.push([`Spanish chunk ${f.file}`, f.raw, f.gzip, f.brotli]);
      rows.push(['both languages (default path + Spanish)', sz.bothLanguages.raw, sz.bothLanguages.gzip, sz.bothLanguages.brotli]);
    }
    for (const e of sz.elementScripts ?? []) {
      rows.push([`one-element script ${e.file}`, e.raw, e.gzip, e.brotli]);
      if (e.spanish) rows.push([`  its Spanish chunk ${e.spanish.file}`, e.spanish.raw, e.spanish.gzip, e.spanish.brotli]);
    }
    if (sz.clinic)
      rows.push([
        `clinic validator (zod) ${sz.clinic.files.map((f) => path.basename(f.file)).join(' + ')}`,
        sz.clinic.raw,
        sz.clinic.gzip,
        sz.clinic.brotli,
      ]);
    for (const n of sz.npm) {
      rows.push([`${n.file}`, n.raw, n.gzip, n.brotli]);
      const ext = [...new Set(n.externals.map((e) => e.split('/')[0].replace(/ \(dynamic\)$/, '')))].join(', ') || 'none';
      rows.push([
        `  with its static chunks (${n.closure.files} files; externals: ${ext})`,
        n.closure.raw,
        n.closure.gzip,
        n.closure.brotli,
      ]);
    }
    return [
      'SIZES (bytes; each file compressed on its own: gzip -9, brotli -q 11)',
      table(
        ['file', 'raw', 'gzip', 'brotli'],
        rows.map((x) => [x[0], fmtInt(x[1]), fmtInt(x[2]), fmtInt(x[3])]),
      ),
    ];
  },
  zod(z, r) {
    const cc = z.clinicControl;
    return [
      `Default page (English, no src) fetched: ${z.requests.filter((x) => !x.endsWith('.html')).join(', ') || '(nothing)'}`,
      `  zod fetched: ${z.zodFetched.length ? z.zodFetched.join(', ') : 'no'}; zod in static graph: ${r.sizes?.zodInDefaultPath.length ? 'YES' : r.sizes ? 'no' : '(sizes not run)'}; lang="es" page fetched: ${z.spanishRequests.join(', ')}`,
      `  control, a page with src="clinic.json": zod chunk fetched ${cc.zodFetched.join(', ') || 'NONE (the zod check cannot be trusted)'}; clinic data applied: ${cc.applied ? 'yes' : 'NO'}`,
    ];
  },
  stylesheets(s) {
    return [
      `Stylesheets: ${s.roots} shadow roots (10 copies of each element) adopt ${s.distinct} distinct constructable sheets${s.styleElements ? `, plus ${s.styleElements} <style> elements` : ''}.`,
    ];
  },
  render(rows, r) {
    const fid = r.twin.fidelity;
    return [
      'RENDER, Chromium (ms, navigation start → every element rendered and the next frame painted; ratio = median of per-run widgets/static)',
      table(
        [
          'copies ×3',
          'runs',
          'widgets',
          'static twin',
          'ratio',
          'run ratios min–max',
          'widgets range',
          'static range',
          'longest task w/s',
          'HTML w/s',
        ],
        rows.map((x) =>
          x.error
            ? [fmtInt(x.copies), x.runs, `failed: ${x.error}`]
            : [
                fmtInt(x.copies),
                x.runs,
                fmt(x.widgets),
                fmt(x.static),
                `${fmt(x.ratio, 2)}×`,
                `${fmt(x.pairedRatio.min, 2)}–${fmt(x.pairedRatio.max, 2)}`,
                `${fmt(x.widgetsSpread.min, 0)}–${fmt(x.widgetsSpread.max, 0)}`,
                `${fmt(x.staticSpread.min, 0)}–${fmt(x.staticSpread.max, 0)}`,
                `${fmt(x.longestWidgets, 0)} / ${fmt(x.longestStatic, 0)}`,
                `${kb(x.pageBytes.widgets)} / ${kb(x.pageBytes.static)}`,
              ],
        ),
      ),
      `Static twin: declarative shadow DOM, stylesheets ${r.twin.css === 'link' ? 'linked (one shared cached file per distinct sheet)' : 'inline as <style> in every shadow root'}, no script.\nTwin fidelity (1 copy): ${fid.map((f) => `${f.tag} ${fmt(f.widgetHeight, 0)}/${fmt(f.staticHeight, 0)} px${f.sameText ? '' : ' TEXT DIFFERS'}`).join(', ')}; twin HTML per copy ${r.twin.elements.map((e) => `${e.tag} ${kb(e.bytes)}`).join(', ')}`,
    ];
  },
  firefox(f, r) {
    if (f.skipped) return [`FIREFOX ESR skipped: ${f.skipped}`];
    const chromium = (k) => r.render?.find((x) => x.copies === k);
    return [
      `RENDER, Firefox ESR beside Chromium (${f.version}, WebDriver BiDi; the same pages, same probe; ratio = median of per-run widgets/static)`,
      table(
        ['copies ×3', 'runs', 'Firefox widgets', 'Firefox static', 'Firefox ratio', 'run ratios min–max', 'Chromium ratio'],
        f.rows.map((x) => [
          fmtInt(x.copies),
          x.runs,
          fmt(x.widgets),
          fmt(x.static),
          `${fmt(x.ratio, 2)}×`,
          `${fmt(x.pairedRatio.min, 2)}–${fmt(x.pairedRatio.max, 2)}`,
          `${fmt(chromium(x.copies)?.ratio, 2)}×`,
        ]),
      ),
    ];
  },
  heap(rows) {
    return [
      'MEMORY per element copy (after forced GC; minus the same page with 0 copies)',
      table(
        [
          'copies ×3',
          'runs',
          'JS heap widgets',
          'JS heap static',
          'DOM (Blink) heap widgets',
          'DOM heap static',
          'nodes widgets',
          'nodes static',
        ],
        rows.map((h) => [
          fmtInt(h.copies),
          h.runs,
          `${fmtInt(h.jsPerCopy)} B`,
          `${fmtInt(h.staticJsPerCopy)} B`,
          `${fmtInt(h.domPerCopy)} B`,
          `${fmtInt(h.staticDomPerCopy)} B`,
          fmt(h.nodesPerCopy, 0),
          fmt(h.staticNodesPerCopy, 0),
        ]),
      ),
    ];
  },
  tasks(rows, r) {
    return [
      'LONGEST MAIN-THREAD TASK, widgets: PerformanceObserver longtask on the render runs (the budget), and separate traced runs',
      "giving the same task's wall time and its CPU (thread) time",
      table(
        ['copies ×3', 'render runs', 'longtask API', 'traced runs', 'longtask API', 'trace wall', 'trace CPU', 'CPU range'],
        rows.map((t) => {
          const rr = r.render?.find((x) => x.copies === t.copies);
          return [
            fmtInt(t.copies),
            rr?.runs ?? '–',
            `${fmt(rr?.longestWidgets, 0)} ms`,
            t.runs,
            `${fmt(t.longtaskApi, 0)} ms`,
            `${fmt(t.traceWall, 0)} ms`,
            `${fmt(t.traceCpu, 0)} ms`,
            `${fmt(t.traceCpuRange.min, 0)}–${fmt(t.traceCpuRange.max, 0)}`,
          ];
        }),
      ),
      '  (wall ≫ CPU means the task waited for a core: other load on the machine, not the widgets.)',
    ];
  },
  cls(c) {
    const names = {
      plain: 'script tag alone (no ketamine-widgets.css)',
      'plain-es': 'script tag alone, lang="es" page',
      snippet: 'README snippet (ketamine-widgets.css + script)',
      'snippet-es': 'README snippet, lang="es" page',
      'snippet-10': 'README snippet, 10 copies',
      render: 'blocking="render" module script in <head>',
    };
    return [
      `LAYOUT SHIFT (the three elements between paragraphs of a clinic-like page; the drop-in answered ${c.delayMs} ms late)`,
      table(
        ['snippet', 'viewport', 'runs', 'CLS', 'worst run', 'first contentful paint', 'widgets rendered'],
        c.variants.map((v) => [
          names[v.variant],
          v.viewport,
          v.runs,
          fmt(v.cls, 4),
          fmt(v.clsMax, 4),
          `${fmt(v.fcp, 0)} ms`,
          `${fmt(v.rendered, 0)} ms`,
        ]),
      ),
    ];
  },
  bytes(rows) {
    return [
      'BYTES PER USED ELEMENT (a page with the README snippet and only these elements: one element with its own script, more with the drop-in; loaded in Chromium; every response recorded,',
      'each body compressed on its own: gzip -9, brotli -q 11; script and data = JS and JSON responses)',
      table(
        ['page', 'script+data files', 'raw', 'gzip', 'brotli', 'reserve CSS gzip', 'files'],
        rows.map((x) => [
          x.label,
          x.scriptData.count,
          fmtInt(x.scriptData.raw),
          fmtInt(x.scriptData.gzip),
          fmtInt(x.scriptData.brotli),
          fmtInt(x.css.gzip),
          x.files
            .filter((f) => /\.(m?js|json)$/.test(f.path))
            .map((f) => path.basename(f.path))
            .join(' + '),
        ]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
      ),
    ];
  },
  'lighthouse-mobile'(lh) {
    if (lh.skipped) return [`LIGHTHOUSE MOBILE, CLINIC PAGE skipped: ${lh.skipped}`];
    const t = lh.throttling ?? {};
    const twinOf = (x) => lh.rows.find((y) => y.id === 'twin' && y.protocol === x.protocol);
    return [
      `LIGHTHOUSE ${lh.version} MOBILE on a clinic-like page with one of each element (${lh.formFactor}, simulated: ${fmt(t.rttMs, 0)} ms RTT, ${fmt(t.throughputKbps / 1024, 1)} Mbps, ${t.cpuSlowdownMultiplier}× CPU; gzip; medians of ${lh.runs} run${lh.runs > 1 ? 's' : ''} each, pages in turn; each way of serving has its own twin, the budget reads ${lh.rows.find((x) => x.protocol === lh.budgetProtocol)?.served ?? 'HTTP/1.1'})`,
      table(
        ['page', 'served', 'runs', 'FCP', 'LCP', 'LCP ÷ twin', 'TBT', 'TBT − twin', 'CLS', 'perf score', 'bytes'],
        lh.rows.map((x) =>
          x.na
            ? [x.label, x.served ?? '', x.na, '', '', '', '', '', '', '', '']
            : [
                x.label,
                x.served ?? 'HTTP/1.1',
                x.runs,
                `${fmt(x.fcp, 0)} ms`,
                `${fmt(x.lcp, 0)} ms`,
                `${fmt(x.lcpRatio, 2)}×`,
                `${fmt(x.tbt, 0)} ms`,
                `${fmt(x.tbt - (twinOf(x)?.tbt ?? NaN), 0)} ms`,
                fmt(x.cls, 3),
                x.score,
                kb(x.bytes),
              ],
        ),
      ),
      ...lh.rows.filter((x) => x.lcpElement).map((x) => `  LCP element, ${x.label} (${x.served}): ${x.lcpElement.slice(0, 110)}`),
      ...[...new Set(lh.rows.flatMap((x) => (x.warnings ?? []).map((w) => `  warning (${x.label}): ${w}`)))],
    ];
  },

  'lighthouse-demo'(lh) {
    if (lh.skipped) return [`LIGHTHOUSE (demo) skipped: ${lh.skipped}`];
    const out = [
      `LIGHTHOUSE ${lh.lighthouseVersion} (${lh.formFactor}, simulated throttling) on vite preview of dist/demo; report ${lh.reportHtml}`,
      table(
        ['performance', 'accessibility', 'best-practices', 'seo'],
        [[lh.scores.performance, lh.scores.accessibility, lh.scores['best-practices'], lh.scores.seo].map((x) => x ?? '–')],
        ['r', 'r', 'r', 'r'],
      ),
      `  FCP ${lh.metrics['first-contentful-paint']}, LCP ${lh.metrics['largest-contentful-paint']}, TBT ${lh.metrics['total-blocking-time']}, CLS ${lh.metrics['cumulative-layout-shift']}, SI ${lh.metrics['speed-index']}`,
    ];
    if (lh.failing.length)
      out.push(
        '  Failing audits:',
        ...lh.failing.map((a) => `    [${a.category}] ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`),
      );
    else out.push('  No failing audits.');
    for (const w of lh.runWarnings) out.push(`  warning: ${w}`);
    return out;
  },
};

/** The order sections print in (scenario names; run order differs). */
const ORDER = ['sizes', 'zod', 'stylesheets', 'render', 'firefox', 'heap', 'tasks', 'cls', 'bytes', 'lighthouse-mobile', 'lighthouse-demo'];

export function report(r) {
  const out = [];
  const m = r.machine;
  out.push(
    `ketamine-widgets bench: ${r.chrome}, ${m.cpus} CPUs (load ${m.loadavg.map((x) => x.toFixed(1)).join(' ')} at start, ${m.loadavgEnd.map((x) => x.toFixed(1)).join(' ')} at end), ${r.date}${r.commit ? `, commit ${r.commit}` : ''}`,
  );
  out.push(
    `Medians of ${r.runs} runs (1,000 copies: ${r.runs1000} run${r.runs1000 > 1 ? 's' : ''}, it is heavy; heap, CLS, traced tasks and Lighthouse: fewer, see each table); widgets and static twin alternate within each run.`,
  );
  for (const name of ORDER) {
    if (!r[name]) continue;
    if (r[name].error) out.push('', `${name.toUpperCase()} failed: ${r[name].error}`);
    else out.push('', ...sections[name](r[name], r));
  }
  out.push('', 'BUDGETS');
  out.push(
    table(
      ['budget', 'limit', 'measured', 'result'],
      r.budgets.map((b) => [b.name, b.limit, `${b.value}${b.note ? `; ${b.note}` : ''}`, b.pass ? 'pass' : `MISS ${b.miss}`.trim()]),
    ),
  );
  const missed = r.budgets.filter((b) => !b.pass);
  out.push(
    missed.length
      ? `${missed.length} of ${r.budgets.length} budgets missed: ${missed.map((b) => b.name).join('; ')}.`
      : `All ${r.budgets.length} budgets met.`,
  );
  out.push(
    '',
    `bench took ${fmt(r.seconds, 0)} s${r.build?.seconds ? ` (build ${fmt(r.build.seconds, 0)} s)` : ''}. Results: bench/results/latest.json`,
  );
  return out.join('\n');
}
