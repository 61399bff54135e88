import { defineConfig } from 'vite';

// No React plugin is needed to build: Vite (esbuild/oxc) compiles TSX with the automatic JSX
// runtime set in tsconfig.json. `agent-login-elements/*` resolves to this repository by package
// self-reference (see README.md).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
});
