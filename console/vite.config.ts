/**
 * The console's build: `npm run build:console` writes dist/console, which the API serves.
 * `npm run dev:console` serves it with hot reload and sends /api to a running `npm start`.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'console',
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // no inline scripts or styles: the API's Content-Security-Policy allows same-origin files only
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
