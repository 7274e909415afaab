/**
 * Escaping the author's text for the section Markdown, so that the parser
 * (CommonMark + remark-directive, no GFM) reads back exactly the same
 * characters: a backslash before ASCII punctuation is markup, not text.
 */

/** Characters that can open inline Markdown anywhere in a line. */
const INLINE = /[\\`*_[\]<&]|:(?=[A-Za-z])/g;

/**
 * Block syntax at the start of a line: ATX headings, block quotes, list
 * markers, thematic breaks, setext underlines, ordered list numbers.
 */
const LINE_START = /^(?:[#>+\-=*]|\d{1,9}(?=[.)](?:\s|$)))/;

/**
 * Escapes `text` so that it renders as itself. `atLineStart` when the text
 * begins a line (a paragraph's first piece), where block syntax applies.
 */
export function escapeMarkdown(text: string, atLineStart = false): string {
  let escaped = text.replace(INLINE, (c) => `\\${c}`);
  if (atLineStart) {
    const block = LINE_START.exec(escaped);
    if (block) {
      // "1992. …" → "1992\. …"; "# …" → "\# …".
      escaped = /^\d/.test(block[0])
        ? `${block[0]}\\${escaped.slice(block[0].length)}`
        : `\\${escaped}`;
    }
  }
  return escaped;
}

/** A directive attribute value, quoted when it is not a bare word. */
export function attributeValue(value: string): string {
  if (/^[\w-]+$/.test(value)) return value;
  return value.includes('"') ? `'${value.replace(/'/g, '’')}'` : `"${value}"`;
}
