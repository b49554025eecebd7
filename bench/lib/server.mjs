// A static file server for the bench: node:http on 127.0.0.1, a random free port, the repo root
// as document root. `?delay=ms` on any URL holds the response back that long before the first
// byte (a slow CDN). Everything is sent `no-store` (every load in a fresh browser context is a
// cold load), except what `immutable(pathname)` accepts: sent as a long-lived static asset, so a
// page that links the same stylesheet from many shadow roots fetches it once, as on a real site.
// `compress: true` sends text gzip-encoded (level 9) to clients that accept it, as a clinic's host
// or CDN would (the Lighthouse pages: its simulated network counts the bytes on the wire).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * A throwaway self-signed certificate for 127.0.0.1 (openssl), for the HTTP/2 server; null when
 * openssl is not installed. Browsers are told to accept it (--ignore-certificate-errors).
 */
export function selfSignedCert() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kw-bench-cert-'));
  try {
    const r = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) return null;
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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

/**
 * Starts the server; resolves to { origin, requests, close() }. `requests` logs every path served.
 * `http2: { key, cert }` serves HTTPS with HTTP/2 (one connection for every request, as most
 * clinic hosts and CDNs serve), instead of plain HTTP/1.1.
 */
export function startServer(root, { immutable = () => false, compress = false, http2 = null } = {}) {
  const requests = [];
  const gzipped = new Map();
  const handler = (req, res) => {
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
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const headers = {
        'content-type': type,
        'content-length': st.size,
        'cache-control': immutable(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-store',
        'access-control-allow-origin': '*',
      };
      if (compress && /text|javascript|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${st.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, zlib.gzipSync(readFileSync(file), { level: 9 }));
        const body = gzipped.get(key);
        res.writeHead(200, { ...headers, 'content-length': body.length, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    if (delay) setTimeout(send, delay);
    else send();
  };
  const server = http2 ? createSecureServer({ ...http2, allowHTTP1: true }, handler) : createServer(handler);
  if (!http2) server.keepAliveTimeout = 1000;
  // HTTP/2 sessions outlive their requests: closed with the server.
  const sessions = new Set();
  if (http2) server.on('session', (session) => (sessions.add(session), session.on('close', () => sessions.delete(session))));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `${http2 ? 'https' : 'http'}://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            for (const session of sessions) session.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}
