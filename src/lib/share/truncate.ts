/** Shortening text for share cards and their alt text, at a word boundary, with an ellipsis. */

/** `text` if it has at most `max` characters, else its longest run of whole words that fits, then "…". */
export function truncateWords(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const words = space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1);
  // No dangling punctuation or a lone ellipsis from joined parts before ours.
  return `${words.replace(/[\s,;:.…–—-]+$/u, '')}…`;
}
