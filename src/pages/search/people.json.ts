/** /search/people.json: the people index the header field matches names against (src/lib/search/people.ts). */
import type { APIRoute } from 'astro';
import { peopleIndex } from '../../lib/search/people.ts';
import { getSite } from '../../lib/site/corpus.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(peopleIndex(await getSite())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
