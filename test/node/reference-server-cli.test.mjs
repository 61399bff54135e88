// The reference server's command line (node:test; runs in Node, not in the browser like the rest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { parseCommandLine } from '../../server/reference-server.mjs';

/** Runs `parseCommandLine` with `PORT` set (or unset) for the call. @param {string[]} argv @param {string} [port] */
function parse(argv, port) {
  const saved = process.env.PORT;
  if (port === undefined) delete process.env.PORT;
  else process.env.PORT = port;
  try {
    return parseCommandLine(argv);
  } finally {
    if (saved === undefined) delete process.env.PORT;
    else process.env.PORT = saved;
  }
}

test('defaults: 127.0.0.1:8000, controls on, no data file, no latency, no CORS', () => {
  assert.deepEqual(parse([]), { port: 8000, host: '127.0.0.1', staticRoots: [] });
});

test('every option maps to the server option of the same meaning', () => {
  const options = parse([
    '--port', '9001', '--host', '0.0.0.0', '--data', 'tmp/data.json', '--latency', '250',
    '--static', '/=demo', '--static', '/dist=dist', '--no-controls', '--cors-origin', 'http://localhost:5173',
  ]);
  assert.deepEqual(options, {
    port: 9001,
    host: '0.0.0.0',
    staticRoots: [
      { prefix: '/', dir: resolve('demo') },
      { prefix: '/dist', dir: resolve('dist') },
    ],
    dataFile: resolve('tmp/data.json'),
    latencyMs: 250,
    controls: false,
    corsOrigin: 'http://localhost:5173',
  });
});

test('the port: --port wins over PORT, which wins over 8000; 0 picks a free one', () => {
  assert.equal(parse([], '8123').port, 8123);
  assert.equal(parse(['--port', '9002'], '8123').port, 9002);
  assert.equal(parse(['--port', '0']).port, 0);
  assert.equal(parse([], '').port, 8000);
});

test('a bad port, latency, static root or CORS origin is refused with what to write instead', () => {
  for (const [argv, port, message] of [
    [['--port', 'eighty'], undefined, /--port eighty: expected a port number from 0 to 65535/],
    [['--port', '70000'], undefined, /--port 70000: expected a port number/],
    [['--port=-1'], undefined, /--port -1: expected a port number/],
    [[], 'abc', /PORT abc: expected a port number/],
    [['--latency', 'slow'], undefined, /--latency slow: expected milliseconds, 0 or more/],
    [['--latency=-5'], undefined, /--latency -5: expected milliseconds/],
    [['--latency', ''], undefined, /--latency : expected milliseconds/],
    [['--static', 'demo'], undefined, /--static demo: expected PREFIX=DIR/],
    [['--cors-origin', 'localhost:5173'], undefined, /expected an origin such as http:\/\/localhost:5173/],
    [['--cors-origin', 'http://localhost:5173/app'], undefined, /scheme, host and port only/],
  ]) {
    assert.throws(() => parse(/** @type {string[]} */ (argv), /** @type {string | undefined} */ (port)), message, JSON.stringify(argv));
  }
});

test('an unknown option or a missing value is refused (strict parsing)', () => {
  assert.throws(() => parse(['--prot', '8000']), /Unknown option '--prot'/);
  assert.throws(() => parse(['--port']), /argument missing/);
});
