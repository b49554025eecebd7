#!/usr/bin/env node
// npx ketamine-widgets prerender in.html > out.html
// Prerenders every <ketamine-facts>, <dose-range> and <risk-checklist> in an HTML file (or
// standard input, with `-` or no file) as declarative shadow DOM, for pages that must read
// without JavaScript. See README, "Without JavaScript and on the server".
import { readFileSync } from 'node:fs';

const USAGE = `Usage: ketamine-widgets prerender [in.html|-] [--assets URL] > out.html

  Prints the HTML with each widget's content prerendered (declarative shadow DOM and JSON-LD).
  --assets URL   where the drop-in's files are served (shadow/<tag>.css is linked from there);
                 default /ketamine-widgets/
  An inline clinic dataset that cannot be used is reported on stderr (exit code 2); the bundled
  content is rendered in its place.`;

const args = process.argv.slice(2);
if (args[0] !== 'prerender' || args.includes('--help') || args.includes('-h')) {
  (args[0] === 'prerender' ? console.log : console.error)(USAGE);
  process.exit(args[0] === 'prerender' ? 0 : 1);
}
let file = '-';
let assets;
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--assets') assets = args[++i];
  else if (args[i].startsWith('--assets=')) assets = args[i].slice('--assets='.length);
  else file = args[i];
}
if (assets !== undefined && !assets.endsWith('/')) assets += '/';

const { prerender } = await import('../dist/ssr/index.js');
let problems = 0;
const input = readFileSync(file === '-' ? 0 : file, 'utf8');
const output = await prerender(input, {
  assets,
  onError: (p) => {
    problems++;
    console.error(`ketamine-widgets: <${p.tag}> inline clinic dataset: ${p.field}: ${p.reason}. The bundled content was rendered instead.`);
  },
});
process.stdout.write(output);
process.exitCode = problems ? 2 : 0;
