// A static file server for the bench: node:http on 127.0.0.1, a random free port, the repo root
// as document root. `?delay=ms` on any URL holds the response back that long before the first
// byte (a slow CDN). Everything is sent `no-store` (every load in a fresh browser context is a
// cold load), except what `immutable(pathname)` accepts: sent as a long-lived static asset, so a
// page that links the same stylesheet from many shadow roots fetches it once, as on a real site.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Starts the server; resolves to { origin, requests, close() }. `requests` logs every path served. */
export function startServer(root, { immutable = () => false } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const delay = Math.max(0, Math.min(60_000, Number(url.searchParams.get('delay')) || 0));
    requests.push(url.pathname + url.search);
    const send = () => {
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204, { 'cache-control': 'no-store' });
        return res.end();
      }
      let file;
      try {
        file = path.join(root, decodeURIComponent(url.pathname));
      } catch {
        res.writeHead(400);
        return res.end();
      }
      if (!file.startsWith(root + path.sep)) {
        res.writeHead(403);
        return res.end();
      }
      let st;
      try {
        st = statSync(file);
        if (st.isDirectory()) {
          file = path.join(file, 'index.html');
          st = statSync(file);
        }
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
        return res.end('not found');
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': st.size,
        'cache-control': immutable(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-store',
        'access-control-allow-origin': '*',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    if (delay) setTimeout(send, delay);
    else send();
  });
  server.keepAliveTimeout = 1000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(() => r());
          }),
      });
    });
  });
}
