import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// `agent-login-elements/*` resolves to this repository by package self-reference (see README.md).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // Tags with a dash are custom elements: Vue renders them as they are instead of resolving components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
