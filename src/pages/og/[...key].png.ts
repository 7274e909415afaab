/** /og/<key>.png: the share card (Open Graph image, 1200×630) of an article, section or quote, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards } from '../../lib/share/all-cards.ts';
import type { Card } from '../../lib/share/cards.ts';
import { renderCard } from '../../lib/share/render-card.ts';

export const getStaticPaths = (async () => (await allCards()).map((card) => ({ params: { key: card.key }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) =>
  new Response(await renderCard(props.card.content), { headers: { 'Content-Type': 'image/png' } });
