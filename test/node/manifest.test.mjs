// custom-elements.json is committed (Storybook's docs, IDE hints and the npm package read it): it must
// say what the code says. Regenerates it into a folder under node_modules/.cache and compares.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('custom-elements.json is what `npm run analyze` generates from the sources', () => {
  // The analyzer takes its output folder relative to the working directory.
  const dir = join('node_modules', '.cache', `cem-check-${process.pid}`);
  try {
    execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze'], {
      cwd: root,
      env: { ...process.env, CEM_OUTDIR: dir },
      stdio: 'pipe',
      timeout: 120_000,
    });
    const fresh = JSON.parse(readFileSync(join(root, dir, 'custom-elements.json'), 'utf8'));
    const committed = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    assert.deepEqual(committed, fresh, 'custom-elements.json is out of date: run `npm run analyze` and commit it');
  } finally {
    rmSync(join(root, dir), { recursive: true, force: true });
  }
});
