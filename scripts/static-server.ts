// A plain static file server, as a CDN or GitHub Pages would serve dist/: files by path,
// `index.html` for folders, `404.html` with status 404 for anything else. Used by the tests to
// serve the sub-path build. Usage: node scripts/static-server.ts <dir> <port> [base]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', port = '4331', base = '/'] = process.argv.slice(2);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function send(res: import('node:http').ServerResponse, file: string, status = 200): void {
  res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (!path.startsWith(base)) return send(res, join(dir, '404.html'), 404);
  const file = normalize(join(dir, path.slice(base.length)));
  if (!file.startsWith(normalize(dir))) return send(res, join(dir, '404.html'), 404);
  if (existsSync(file) && statSync(file).isFile()) return send(res, file);
  if (existsSync(join(file, 'index.html'))) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { Location: `${path}/` });
      return res.end();
    }
    return send(res, join(file, 'index.html'));
  }
  send(res, join(dir, '404.html'), 404);
}).listen(Number(port), '127.0.0.1');
