/** /cite/<key>.bib: the BibTeX entry of an article, section or quote. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCiteTargets } from '../../lib/cite/all.ts';
import { bibtexOf } from '../../lib/cite/format.ts';
import type { CiteTarget } from '../../lib/cite/site.ts';

export const getStaticPaths = (async () =>
  (await allCiteTargets(import.meta.env.SITE)).map((target) => ({ params: { key: target.key }, props: { target } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: CiteTarget }> = ({ props }) =>
  new Response(bibtexOf(props.target.item), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
