// @ts-check
// The demo behind `npm start`: a dependency-free static server on 127.0.0.1 that serves demo/ at
// `/` and the build output dist/ at `/dist/`, with the strict Content-Security-Policy a careful
// host page would use (no inline scripts or styles), so the demo also proves the bundle runs under it.
//
//   PORT=9000 node scripts/serve-demo.mjs
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const HOST = '127.0.0.1';
const PORT = Number.parseInt(process.env.PORT ?? '', 10) || 8000;

/** URL prefix → folder. The longest matching prefix wins. */
const MOUNTS = [
  { prefix: '/dist/', dir: join(root, 'dist') },
  { prefix: '/', dir: join(root, 'demo') },
];

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'microphone=(self), camera=(), geolocation=()',
  // A demo of a build that changes under it: never serve a stale bundle.
  'Cache-Control': 'no-store',
};

/** @type {Record<string, string>} */
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * The file a URL path names, or null when it falls outside every mount (`..`, encoded slashes,
 * NUL bytes) or cannot be decoded.
 * @param {string} pathname
 */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  for (const { prefix, dir } of MOUNTS) {
    if (!decoded.startsWith(prefix) && decoded !== prefix.slice(0, -1)) continue;
    const rest = decoded.slice(prefix.length);
    const file = normalize(join(dir, rest));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
function sendText(res, status, text) {
  res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

const server = createServer(async (req, res) => {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed\n');
    return;
  }
  const { pathname } = new URL(req.url ?? '/', `http://${HOST}`);
  let file = fileFor(pathname);
  if (!file) {
    sendText(res, 400, 'Bad path\n');
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      // `/dist` → `/dist/`: relative URLs inside an index page must resolve against the folder.
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { ...HEADERS, Location: `${pathname}/` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file);
    }
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { ...HEADERS, 'Content-Type': type, 'Content-Length': info.size });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  } catch {
    const hint = pathname.startsWith('/dist/') ? ' (run `npm run build` first)' : '';
    sendText(res, 404, `Not found: ${pathname}${hint}\n`);
  }
});

server.on('error', (error) => {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  console.error(code === 'EADDRINUSE' ? `Port ${PORT} is in use: try PORT=${PORT + 1} npm start` : String(error));
  process.exit(1);
});

server.listen(PORT, HOST, async () => {
  try {
    await stat(join(root, 'dist', 'bundle', 'agent-login.js'));
  } catch {
    console.warn('dist/bundle/agent-login.js is missing: run `npm run build` (npm start does it for you).');
  }
  console.log(`Demo: http://${HOST}:${PORT}/`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
