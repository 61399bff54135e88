// @ts-check
// The demo behind `npm start`: the reference server (server/reference-server.mjs) on 127.0.0.1,
// answering the REST contract (api/openapi.yaml) under `/api` and serving demo/ at `/` and the build
// output dist/ at `/dist/`, with the strict Content-Security-Policy a careful host page would use
// (no inline scripts or styles), so the demo also proves the bundle runs under it. The page signs
// in over real HTTP with `createHttpService({ baseUrl: '/api' })`; no set-up, no dependencies.
//
//   npm start                                  http://127.0.0.1:8000/
//   PORT=9000 npm start                        another port
//   npm start -- --data .demo-state.json       sessions and changed passwords survive a restart
//   npm start -- --latency 300                 every API call takes 300 ms longer
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine, startReferenceServer } from '../server/reference-server.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

let options;
try {
  options = parseCommandLine(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

// Folders given with --static come first, so they can stand in for demo/ or dist/.
const staticRoots = [...options.staticRoots, { prefix: '/dist/', dir: join(root, 'dist') }, { prefix: '/', dir: join(root, 'demo') }];

startReferenceServer({ ...options, staticRoots }).then(
  async ({ url, close }) => {
    try {
      await stat(join(root, 'dist', 'bundle', 'agent-login.js'));
    } catch {
      console.warn('dist/bundle/agent-login.js is missing: run `npm run build` (npm start does it for you).');
    }
    console.log(`Demo: ${url}`);
    console.log(`API:  ${url}api/  (contract: ${url}api/openapi.yaml; every demo password is demo1234)`);
    if (options.dataFile) console.log(`State: ${options.dataFile}`);
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
      process.on(signal, () => void close().then(() => process.exit(0)));
    }
  },
  (error) => {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    console.error(code === 'EADDRINUSE' ? `Port ${options.port} is in use: try PORT=${options.port + 1} npm start` : String(error));
    process.exit(1);
  },
);
