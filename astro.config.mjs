// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { calculatorDataPlugin } from './src/integrations/calculator-data.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://build-or-buy.example',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Inline scripts are allowed only by hash (Astro adds them); 'self' for our bundles and for
      // Pagefind's module, whose search runs in WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [mdx(), preact(), sitemap()],
  vite: {
    plugins: [calculatorDataPlugin()],
    build: {
      rollupOptions: {
        output: {
          // The base path and the on-demand loader are shared by the page script and the calculator: one chunk,
          // not two, so a reading page pays for one module's wrapping.
          manualChunks: (id) => (/\/src\/(site\/base|scripts\/standalone)\.ts$/.test(id) ? 'base' : undefined),
        },
      },
    },
  },
});
