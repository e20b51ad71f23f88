// A tiny static server for dist/ that behaves like an ordinary static host (GitHub
// Pages, Netlify, nginx with gzip on): gzip for text and wasm when the browser accepts
// it, `Cache-Control: no-cache` on the page and the service worker (they name the
// hashed files) and a year on everything else. Used by `make lighthouse`.
//
//   node scripts/serve-dist.mjs [port=8090] [dir=dist]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const port = Number(process.argv[2] ?? 8090);
const dist = path.resolve(process.argv[3] ?? 'dist');
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.otf': 'font/otf', '.bin': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.wasm', '.css', '.json', '.webmanifest', '.svg', '.txt', '.otf', '.bin']);
const gzipped = new Map();

http.createServer((req, res) => {
  let url;
  try { url = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400); res.end(); return; }
  const file = path.normalize(path.join(dist, url.endsWith('/') ? `${url}index.html` : url));
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }); res.end('not found'); return;
  }
  const ext = path.extname(file);
  const fresh = ext === '.html' || file.endsWith('sw.js') || ext === '.webmanifest';
  const headers = {
    'content-type': types[ext] ?? 'application/octet-stream',
    'cache-control': fresh ? 'no-cache' : 'public, max-age=31536000',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
  };
  let body = fs.readFileSync(file);
  if (compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(body, { level: 9 }));
    body = gzipped.get(file);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${dist} at http://127.0.0.1:${port}/`));
