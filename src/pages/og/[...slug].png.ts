/**
 * One Open Graph image per guide page, drawn at build time from its frontmatter:
 * `/og/index.png` for the home page, `/og/api.png` for `/api/`, and so on.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { ogCardSvg } from '../../og/card.ts';
import { renderOgPng } from '../../og/render.ts';
import { guidePages } from '../../site/guide-pages.ts';
import { SITE_NAME } from '../../site/name.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const pages = await guidePages();
  return pages.map((page) => ({
    params: { slug: page.slug ?? 'index' },
    props: {
      title: page.entry.data.title,
      description: page.entry.data.description,
      label: page.label,
    },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const png = renderOgPng(ogCardSvg({ ...props, siteName: SITE_NAME }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
