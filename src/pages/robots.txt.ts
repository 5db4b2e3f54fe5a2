import type { APIRoute } from 'astro';
import { siteUrl } from '../site/base.ts';

/** robots.txt with the sitemap's absolute address, which depends on the deploy's site and base. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = siteUrl('/sitemap-index.xml', site ?? 'http://localhost');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
