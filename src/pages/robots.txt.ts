import type { APIRoute } from 'astro';
import { siteUrl } from '../site/base.ts';

/** robots.txt with the sitemap's absolute address, which depends on the deploy's site and base. */
export const GET: APIRoute = ({ site }) => {
  const origin = site ?? 'http://localhost';
  const sitemap = siteUrl('/sitemap-index.xml', origin);
  // The Markdown twins' index and the whole guide in one file (llmstxt.org), for language models.
  const llms = `# The guide as Markdown: ${siteUrl('/llms.txt', origin)}\n# All of it in one file: ${siteUrl('/llms-full.txt', origin)}\n`;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n\n${llms}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
