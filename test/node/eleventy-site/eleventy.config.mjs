// A clinic's Eleventy site: every HTML page it writes goes through prerender(), so the widgets
// are in the page without JavaScript. The drop-in's files are served at /kw/.
import { prerender } from '../../../src/ssr/index.js';

export default function (eleventyConfig) {
  eleventyConfig.addTransform('ketamine-widgets', async function (content) {
    return this.page.outputPath?.endsWith('.html') ? prerender(content, { assets: '/kw/' }) : content;
  });
}
