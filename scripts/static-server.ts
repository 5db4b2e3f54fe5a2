// A plain static file server, as a static host would serve dist/: files by path, `index.html` for
// folders, `404.html` with status 404 for anything else, gzip when the client accepts it, and the
// headers the build wrote into `_headers` (security headers, caching), as Netlify or Cloudflare Pages
// would send them. `npm start`, the browser tests and `npm run lighthouse` serve with it.
// Usage: node scripts/static-server.ts <dir> <port> [base]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders, TEXT_TYPES } from '../src/site/headers.ts';

const [dir = 'dist', port = '4331', base = '/'] = process.argv.slice(2);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  ...TEXT_TYPES,
};

// Read once: the build writes it last (scripts/headers.ts). A folder without it is served without them.
const headersPath = join(dir, '_headers');
const rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.md']);

function send(req: IncomingMessage, res: ServerResponse, file: string, status = 200): void {
  const ext = extname(file);
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  res.writeHead(status, {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    ...headersFor(rules, path),
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  const body = createReadStream(file);
  if (gzip) body.pipe(createGzip()).pipe(res);
  else body.pipe(res);
}

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (!path.startsWith(base)) return send(req, res, join(dir, '404.html'), 404);
  const file = normalize(join(dir, path.slice(base.length)));
  // The header files are instructions for the host, not pages.
  if (/\/(_headers|nginx-headers\.conf)$/.test(path)) return send(req, res, join(dir, '404.html'), 404);
  if (!file.startsWith(normalize(dir))) return send(req, res, join(dir, '404.html'), 404);
  if (existsSync(file) && statSync(file).isFile()) return send(req, res, file);
  if (existsSync(join(file, 'index.html'))) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { Location: `${path}/` });
      return res.end();
    }
    return send(req, res, join(file, 'index.html'));
  }
  send(req, res, join(dir, '404.html'), 404);
}).listen(Number(port), '127.0.0.1');
