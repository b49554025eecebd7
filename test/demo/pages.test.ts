import { expect } from '@open-wc/testing';

/**
 * The static pages of the demo, read as a crawler or an auditor would: what Lighthouse's SEO and
 * best-practice checks look at, and the strict CSP the pages run under (no inline script or style).
 */
async function page(path: string): Promise<Document> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

const PAGES = ['/demo/index.html', '/demo/public/preview.html', '/demo/public/host-page.html'];

describe('demo pages', () => {
  for (const path of PAGES) {
    describe(path, () => {
      it('has a language, a title, a viewport and a strict Content-Security-Policy', async () => {
        const doc = await page(path);
        expect(doc.documentElement.lang).to.equal('en');
        expect(doc.title.trim().length).to.be.greaterThan(5);
        expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).to.contain('width=device-width');
        const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
        expect(csp).to.match(/script-src 'self'(;|$)/);
        expect(csp).to.match(/style-src 'self'(;|$)/);
        expect(csp).to.contain("object-src 'none'");
        expect(csp).not.to.contain('unsafe');
      });

      it('has no inline script, inline style attribute, style element or event handler attribute', async () => {
        const doc = await page(path);
        for (const script of doc.querySelectorAll('script')) expect(script.hasAttribute('src'), 'script without src').to.equal(true);
        expect(doc.querySelectorAll('[style]').length, 'style attributes').to.equal(0);
        expect(doc.querySelectorAll('style').length, 'style elements').to.equal(0);
        const handlers = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
        expect(handlers).to.deep.equal([]);
      });

      it('loads nothing from other sites', async () => {
        const doc = await page(path);
        const urls = [...doc.querySelectorAll('[src], link[href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
        for (const url of urls) expect(url, url).not.to.match(/^(https?:)?\/\//);
      });
    });
  }

  it('the configurator page has a description, landmarks, a skip link, one h1 and a favicon that exists', async () => {
    const doc = await page('/demo/index.html');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).to.be.within(50, 300);
    expect(doc.querySelectorAll('header, nav, main, footer').length).to.equal(4);
    const skip = doc.querySelector('body > a:first-child')!;
    expect(skip.getAttribute('href')).to.equal('#main');
    expect(doc.querySelector('main')!.id).to.equal('main');
    expect(doc.querySelectorAll('h1').length).to.equal(1);
    const icon = doc.querySelector('link[rel="icon"]')!.getAttribute('href')!;
    // The page's ./ is demo/ in development and dist/demo/ when built, where public/ files land.
    const iconResponse = await fetch(new URL(icon, new URL('/demo/public/', location.href)));
    expect(iconResponse.ok, icon).to.equal(true);
    expect(doc.querySelector('kw-configurator')).to.not.equal(null);
  });

  it('robots.txt allows crawling', async () => {
    const response = await fetch('/demo/public/robots.txt');
    expect(response.ok).to.equal(true);
    expect(await response.text()).to.match(/^User-agent: \*\s*$/m);
  });

  it('the sample clinic page is a realistic page with a slot for the widget and its own opinionated stylesheet', async () => {
    const doc = await page('/demo/public/host-page.html');
    for (const landmark of ['header', 'nav', 'main', 'footer', 'article']) expect(doc.querySelector(landmark), landmark).to.not.equal(null);
    expect(doc.querySelectorAll('[data-kw-slot]').length).to.equal(1);
    const css = await (await fetch('/demo/public/host-page.css')).text();
    for (const selector of ['div', 'p', 'button', 'input', 'html'])
      expect(css, selector).to.match(new RegExp(`(^|[\\s,}])${selector}\\s*[,{]`, 'm'));
  });
});
