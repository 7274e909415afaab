/**
 * "Copy" in "Cite this": copies one citation (Chicago, APA or BibTeX) to the
 * clipboard — Chicago and APA as rich text (their italics) and plain text,
 * BibTeX as plain text — and says so in the box's status line. Where the
 * Clipboard API is refused, it selects the citation instead, for Ctrl+C.
 *
 * Loaded on demand by the button's onclick attribute (src/lib/cite/copy-handler.ts),
 * never on page load. Served as /js/copy-citation.js, built from this file
 * (src/pages/js/copy-citation.js.ts). Self-contained: no imports.
 * The button names its citation's element in `data-copy` and what it is in `data-label`.
 */

function selectContents(el: Element): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function write(el: HTMLElement): Promise<void> {
  const text = el.textContent ?? '';
  const rich = el.dataset.format === 'html';
  if (rich && typeof ClipboardItem === 'function') {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([el.innerHTML], { type: 'text/html' }),
      }),
    ]);
  } else {
    await navigator.clipboard.writeText(text);
  }
}

export async function copy(button: HTMLButtonElement): Promise<void> {
  const el = document.getElementById(button.dataset.copy ?? '');
  if (!el) return;
  const label = button.dataset.label ?? 'citation';
  const status = button.closest('.cite-this')?.querySelector('.cite-status');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  try {
    await write(el);
    say(`${label} copied.`);
  } catch {
    selectContents(el);
    say(`${label} selected: press Ctrl+C (⌘C on a Mac) to copy it.`);
  }
}
