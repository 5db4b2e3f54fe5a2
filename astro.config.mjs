// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://build-or-buy.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Islands load with dynamic import(); without this, Vite wraps each in a preload helper that
  // every page would download first.
  vite: { build: { modulePreload: false } },
});
