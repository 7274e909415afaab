/** /cite/<key>.json: the CSL-JSON of an article, section or quote (an array of one item). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCiteTargets } from '../../lib/cite/all.ts';
import { cslJsonOf } from '../../lib/cite/format.ts';
import type { CiteTarget } from '../../lib/cite/site.ts';

export const getStaticPaths = (async () =>
  (await allCiteTargets(import.meta.env.SITE)).map((target) => ({ params: { key: target.key }, props: { target } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: CiteTarget }> = ({ props }) =>
  new Response(cslJsonOf(props.target.item), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
