/**
 * A few pages of dist/ that between them show every kind of page and every
 * kind of element the site renders, for tests too slow to run on every page
 * (the cross-engine tests). Derived from the built pages, never listed: a
 * page's features are its route shape (`/articles/*\/*\/`) and each element
 * name and `element.class` in its body; pages are picked greedily, the one
 * adding most features not yet seen first, until every feature is seen.
 */
import type { Element } from 'hast';
import { loadPages, selectAll } from './html.ts';

/** `/articles/a/b/` → `/articles/*\/*\/`: the first segment names the route, the others are its parameters. */
function routeShape(path: string): string {
  const [first, ...rest] = path.split('/').filter(Boolean);
  return `/${[first, ...rest.map(() => '*')].filter(Boolean).join('/')}${path.endsWith('/') ? '/' : ''}`;
}

function featuresOf(path: string, body: Element): Set<string> {
  const features = new Set([`route ${routeShape(path)}`]);
  for (const el of selectAll(body, () => true)) {
    features.add(el.tagName);
    const classes = el.properties.className;
    if (Array.isArray(classes)) for (const c of classes) features.add(`${el.tagName}.${String(c)}`);
  }
  return features;
}

/** URL paths of the pages that together cover every feature, in the order picked. */
export function representativePages(): string[] {
  const candidates = loadPages()
    .filter((p) => p.path !== '/404.html')
    .map((p) => {
      const body = selectAll(p.tree, 'body')[0];
      if (!body) throw new Error(`${p.file} has no <body>`);
      return { path: p.path, features: featuresOf(p.path, body) };
    });
  const seen = new Set<string>();
  const picked: string[] = [];
  for (;;) {
    let best: (typeof candidates)[number] | undefined;
    let bestGain = 0;
    for (const c of candidates) {
      const gain = [...c.features].filter((f) => !seen.has(f)).length;
      if (gain > bestGain) [best, bestGain] = [c, gain];
    }
    if (!best) return picked;
    picked.push(best.path);
    for (const f of best.features) seen.add(f);
  }
}
