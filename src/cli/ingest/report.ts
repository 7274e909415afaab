/**
 * What `npm run ingest` prints: the junk it stripped, the sections, the
 * quotes and events it proposes, and a CHECKLIST of everything an editor
 * must confirm before the draft is published.
 */
import type { Draft } from './draft.ts';
import { sectionFile } from './draft.ts';
import type { QuoteProposal, Speaker } from './quotes.ts';
import { newEntryProposal } from './registry.ts';
import { TODO } from './render.ts';
import { contentLayout, PAGE_TITLE_MAX } from '../../lib/content/schema.ts';

const q = (text: string, max = 60) => `“${text.length > max ? `${text.slice(0, max).trimEnd()}…` : text}”`;

/** Who a proposal names, as its directive would: `person=<id>` (in people.yaml), or `speaker="…"` (not in it). */
function whoAttribute(p: Speaker): string {
  return p.people ? `person=${p.people.join(' ')}` : `speaker="${p.speaker}"`;
}

function who(p: QuoteProposal): string {
  const guess = p.people ? whoAttribute(p) : `${whoAttribute(p)}${p.speakerType ? ` speakerType=${p.speakerType}` : ''} (not in ${contentLayout.people})`;
  return `${guess}, from “${p.attribution.phrase}” ${p.attribution.side} it`;
}

export function formatReport(draft: Draft, context: { source: string; target: string; replaced: boolean }): string {
  const out: string[] = [];
  const list = (heading: string, items: readonly string[], count = true) => {
    out.push('', `${heading}${count ? ` (${items.length})` : ''}:`, ...(items.length > 0 ? items.map((i) => `  ${i}`) : ['  (none)']));
  };
  out.push(`Draft article written to ${context.target}/${context.replaced ? ' (replacing the previous folder, --force)' : ''}`);
  out.push(`from ${context.source}; title: ${q(draft.article.title, 200)}`);

  list('Junk lines stripped', draft.cleaned.stripped.map((s) => `line ${s.lineNumber}: ${JSON.stringify(s.line)} — ${s.rule}`));
  list('Metadata lines taken out of the text', draft.cleaned.metadata.map((m) => `line ${m.lineNumber}: ${JSON.stringify(m.line)} — ${m.rule}`));
  if (draft.structure.photo) list('Lead photo', [`caption: ${q(draft.structure.photo.caption)}`, `credit: ${q(draft.structure.photo.credit)}`], false);
  list(
    'Sections',
    draft.structure.sections.map((s) => `${sectionFile(s)}  ${q(s.title, 80)}${s.untitled ? ' (untitled in the source)' : ''}, ${s.paragraphs.length} paragraph(s)`),
  );
  list(
    'Quotes proposed',
    draft.quotes.map((p) => `${p.marked ? 'marked    ' : 'NOT marked'} ${p.id}  ${p.section} p${p.paragraph}  ${q(p.text)}  ${who(p)}${p.continues ? `, continues ${p.continues}` : ''}`),
  );
  list('Paraphrases proposed (not marked)', draft.paraphrases.map((p) => `${p.section} p${p.paragraph}  ${q(p.text)}  ${whoAttribute(p)} (from “${p.verb}”)`));
  list(
    'Events proposed',
    draft.events.map((e) => `${e.id}  ${e.date}  ${e.found.map((f) => `“${f.phrase}” (${f.where})`).join(', ')}${e.flag ? ` — ${e.flag}` : ''}${e.afterPublication ? ' — AFTER the publication date' : ''}`),
  );

  const checks: string[] = [];
  const check = (text: string) => checks.push(`[ ] ${text}`);
  const a = draft.article;
  check(`article.yaml summary: placeholder "${TODO.summary}"`);
  check(`article.yaml topics: placeholder [${TODO.topic}]`);
  check(a.publication ? `article.yaml source.publication: "${a.publication}" is guessed from the title line (its suffix, stripped from the title)` : `article.yaml source.publication: placeholder "${TODO.publication}"`);
  if (a.title.length > PAGE_TITLE_MAX) check(`article.yaml title is ${a.title.length} characters: confirm or rewrite the proposed shortTitle (at most ${PAGE_TITLE_MAX}, for page titles)`);
  if (!a.url) check(`article.yaml source.url: placeholder ${TODO.url} (or run again with --url <address> --force)`);
  if (a.publishedGuess) check(`article.yaml source.published: "${a.published ?? TODO.published}" — ${a.publishedGuess}`);
  check(a.author ? `article.yaml source.authors: "${a.author}" is from the byline; confirm it; source.type: magazine or newspaper` : 'article.yaml source.type: magazine or newspaper; source.authors: list the author(s) the source names ([] if none)');
  if (draft.structure.photo) check('article.yaml photo: the caption is the paragraph before the "Credit:" line; confirm both');
  for (const s of draft.structure.sections) {
    const file = sectionFile(s);
    check(`${file}: summary placeholder; confirm slug "${s.slug}" (the URL)${s.untitled ? `; title "${s.title}" is ours (untitled in the source)` : ''}`);
  }
  for (const p of draft.quotes) {
    const where = `${p.section} p${p.paragraph}`;
    if (p.marked) check(`quote ${p.id} (${where}) ${q(p.text, 50)}: ${who(p)}; confirm the speaker, kind=direct and where it starts and ends${p.continues ? `, and that it continues ${p.continues}` : ''}`);
    else check(`quote ${p.id} (${where}) ${q(p.text, 50)} NOT marked: ${p.reason}; proposed ${who(p)}`);
  }
  for (const u of draft.unattributed) {
    if (u.garbled) check(`garbled quotation marks (${u.section} p${u.paragraph}) ${u.text}: not a quotation as it stands; flag it with :sic{kind=quotation note="…"} and, if a quotation is meant, mark its real extent`);
    else check(`quotation (${u.section} p${u.paragraph}) ${q(u.text, 50)}${u.closed ? '' : ' (no closing mark)'}: no attribution found, not marked; who is quoted?`);
  }
  const aliases = new Map(draft.quotes.filter((p) => p.newAlias).map((p) => [`${p.newAlias!.id}\u0000${p.newAlias!.spelling}`, p.newAlias!]));
  for (const { id, spelling } of aliases.values()) {
    check(`"${spelling}" is "${id}" of ${contentLayout.people} spelt another way: add "${spelling}" to ${id}'s aliases there (do not add a new entry), or correct person= if it is someone else`);
  }
  for (const p of draft.paraphrases) {
    check(`paraphrase (${p.section} p${p.paragraph}) ${q(p.text, 50)}: mark it :quote[…]{#q-… ${whoAttribute(p)} kind=paraphrase} if it reports their words`);
  }
  const unknown = new Map(draft.quotes.filter((p) => p.speaker).map((p) => [p.speaker!, p.speakerType] as const));
  for (const [name, type] of unknown) {
    // An unnamed voice ("a Central Asian diplomat", "one of the protesters") is a label, not a person to add.
    if (/^(?:an?|one|some|several|many|two|three)\s/iu.test(name)) {
      check(`speaker "${name}" is an unnamed voice: keep speaker="${name}" with speakerType=group (no ${contentLayout.people} entry)`);
      continue;
    }
    const entry = newEntryProposal(name, type);
    check(
      `speaker "${name}" is not in ${contentLayout.people} (nothing there is close): if it is a named person or organisation, add this entry (check its kind; add a role: line and every other spelling) and replace speaker="${name}" with person=${entry.id}:\n${entry.yaml}\n      if it is an unnamed voice ("some observers"), keep speaker= with speakerType=group`,
    );
  }
  for (const e of draft.events) {
    const flags = [e.flag, e.afterPublication ? 'it is AFTER the publication date: check the year' : undefined].filter(Boolean).join('; ');
    check(`event ${e.id} (${e.date}): confirm the date${flags ? ` (${flags})` : ''} and write the label; found ${e.found.map((f) => `“${f.phrase}” in ${f.where}`).join(', ')}`);
  }
  for (const y of draft.yearless) check(`date without a year “${y.phrase}” (${y.where}): no event proposed; add one if it dates an event`);
  check('not proposed: glossary terms (:term), source anomalies (:sic), reported speech without "that": mark them by hand');
  check('when no TODO is left: remove "draft: true" from article.yaml (drafts are not published), then npm run check:content, npm start, and read the article');
  check('when it is published: npm run permalinks, and commit its permalinks.yaml (from then on every link to it keeps working)');
  list('CHECKLIST — a human must confirm', checks);
  return out.join('\n');
}
