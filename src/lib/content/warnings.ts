/**
 * What `npm run check:content` warns of without failing: an event dated after
 * its article was published (a wrong year, most often), and two entries of the
 * people registry (analysts, officials, organisations alike) whose names are
 * close (one person entered twice: give the other spelling as an alias
 * instead). The editor decides.
 */
import { describeEdtf } from '../dates.ts';
import { possibleDuplicates } from '../people/names.ts';
import type { ContentError } from './errors.ts';
import type { Corpus } from './load.ts';
import { contentLayout } from './schema.ts';

export function contentWarnings(corpus: Corpus): ContentError[] {
  const warnings: ContentError[] = [];
  for (const article of corpus.articles) {
    const published = describeEdtf(article.data.source.published);
    article.events.forEach((event, i) => {
      const date = describeEdtf(event.date);
      if (date.start > published.end) {
        warnings.push({
          file: article.eventsFile,
          line: article.eventLines[i],
          field: `${event.id}.date`,
          message: `${date.text} is after the article's publication (${published.text}): check the year`,
        });
      }
    });
  }
  for (const { a, b, spellings } of possibleDuplicates(corpus.people)) {
    warnings.push({
      file: `${corpus.root}/${contentLayout.people}`,
      line: corpus.peopleLines[corpus.people.indexOf(b)],
      field: `${b.id}.name`,
      message: `"${a.id}" and "${b.id}" may be one person ("${spellings[0]}" / "${spellings[1]}"): if so, keep one entry and list the other spelling in its aliases`,
    });
  }
  return warnings;
}
