/** /og/<key>.png: the share card (Open Graph image, 1200×630) of an article, section or quote, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards } from '../../lib/share/all-cards.ts';
import { drawAhead, drawn } from '../../lib/share/card-pool.ts';
import type { Card } from '../../lib/share/cards.ts';
import { renderCard } from '../../lib/share/render-card.ts';

/** The card worker's source file (astro.config.mjs defines it). */
declare const __SHARE_CARD_WORKER__: string;

export const getStaticPaths = (async () => {
  const cards = await allCards();
  // Astro lists every route's paths before it renders any page: the cards are drawn meanwhile, on other threads.
  if (import.meta.env.PROD) drawAhead(cards, __SHARE_CARD_WORKER__);
  return cards.map((card) => ({ params: { key: card.key }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  await drawn(props.card.key);
  return new Response(await renderCard(props.card.content), { headers: { 'Content-Type': 'image/png' } });
};
