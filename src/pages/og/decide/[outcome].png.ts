/**
 * One Open Graph image per decision outcome, drawn at build time from its title and the answers
 * that lead there: `/og/decide/rag-on-api.png` for `/decide/rag-on-api/`.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { type OgFact, ogCardSvg } from '../../../og/card.ts';
import { renderOgPng } from '../../../og/render.ts';
import { OUTCOMES, outcomeView } from '../../../rules/index.ts';
import { SITE_NAME } from '../../../site/name.ts';

export const prerender = true;

export const getStaticPaths = (() =>
  Object.values(OUTCOMES).map((o) => {
    const facts: OgFact[] = outcomeView(o.id).answers.items.flatMap((r) =>
      r.answer ? [{ value: r.label, label: r.question.short, filled: r.answer === 'yes' }] : [],
    );
    return { params: { outcome: o.id }, props: { title: o.title, facts } };
  })) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const png = renderOgPng(ogCardSvg({ ...props, description: '', label: 'Decision outcome', siteName: SITE_NAME }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
