/**
 * A feedback form copied with the page ("CNN values your feedback", "1. How
 * relevant is this ad to you?", its options, "Cancel", "Submit", "Thank
 * You!", "Close"): from the line asking for feedback to the form's last
 * button, every line is the form's, none the author's. Pure text work;
 * junk.ts strips the lines found.
 */
import { words } from './junk-rule.ts';

/** The line opening a form: a few words asking for feedback or a survey ("CNN values your feedback", "Ad Feedback"). */
const FORM_START = /\b(?:feedback|survey)\b/iu;
const START_WORDS = 8;
/** A form's button: "Submit", "Cancel", "Close", "Close icon", "Send", "Done". */
const BUTTON = /^(?:submit|send|cancel|close|close icon|done|skip)$/iu;
/** How many lines a form may take, and how long a line of it may be (a question, an option, its thanks). */
const FORM_LINES = 30;
const LINE_WORDS = 14;

/**
 * The indexes (into `all`, the page's lines) of each feedback form's lines: from its opening line to the last
 * button within FORM_LINES lines, when every line between is short (no paragraph of the text, no quotation).
 */
export function feedbackForms(all: readonly string[]): Set<number> {
  const found = new Set<number>();
  all.forEach((raw, i) => {
    const line = raw.trim();
    if (found.has(i) || !FORM_START.test(line) || words(line) > START_WORDS) return;
    let end = -1;
    for (let k = i + 1; k < Math.min(all.length, i + FORM_LINES); k++) {
      const l = all[k]!.trim();
      if (l === '') continue;
      if (words(l) > LINE_WORDS || /[“”"«»]/u.test(l)) break;
      if (BUTTON.test(l)) end = k;
    }
    for (let k = i; k <= end; k++) if (all[k]!.trim() !== '') found.add(k);
  });
  return found;
}
