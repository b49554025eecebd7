// What an English page without `src` fetches (no zod, no Spanish), what a lang="es" page fetches,
// and the control: a page with src="clinic.json" must fetch the zod chunk and apply the data.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hasZod } from '../lib/sizes.mjs';
import { widgetPage } from '../lib/pages.mjs';

export const name = 'zod';
export const browser = 'chromium';

export async function run(ctx) {
  const { root, server } = ctx;
  const local = (urls) =>
    urls
      .map((u) => new URL(u))
      .filter((u) => u.origin === server.origin)
      .map((u) => u.pathname);
  const zodIn = (paths) =>
    paths.filter((p) => p.endsWith('.js') && existsSync(path.join(root, p)) && hasZod(readFileSync(path.join(root, p), 'utf8')).length);

  const defaultLoad = await ctx.load(ctx.writePage('widgets-1.html', widgetPage(1)));
  const requests = local(defaultLoad.requests);
  const esLoad = await ctx.load(ctx.writePage('widgets-es.html', widgetPage(1).replace('<main>', '<main lang="es">')));
  const clinicUrl = ctx.writePage(
    'widgets-clinic.html',
    widgetPage(1, { elements: ['<dose-range weight="70" src="/test/fixtures/clinic-good.json"></dose-range>'] }),
  );
  const clinicLoad = await ctx.load(clinicUrl, {
    after: (page) =>
      page
        .waitForFunction(() => document.querySelector('dose-range')?.shadowRoot?.textContent.includes('Riverside'), { timeout: 10_000 })
        .then(
          () => true,
          () => false,
        ),
  });
  return {
    requests,
    jsFetched: requests.filter((p) => p.endsWith('.js')),
    zodFetched: zodIn(requests),
    spanishRequests: local(esLoad.requests).filter((p) => p.startsWith('/dist/')),
    clinicControl: { zodFetched: zodIn(local(clinicLoad.requests)), applied: clinicLoad.extra },
  };
}

export function budget(r, all) {
  const zodStatic = all.sizes?.zodInDefaultPath ?? [];
  const found = [...zodStatic.map((z) => z.file), ...r.zodFetched];
  return [
    {
      name: 'zod out of the default path',
      limit: 'no zod in the static graph; none fetched',
      value: found.length ? `zod in ${found.join(', ')}` : 'none',
      pass: !found.length && r.clinicControl.zodFetched.length > 0,
      miss: r.clinicControl.zodFetched.length ? '' : 'the clinic-data control page fetched no zod: detection broken',
    },
  ];
}
