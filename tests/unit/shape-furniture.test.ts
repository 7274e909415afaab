/** Furniture by shape and place (src/cli/ingest/shape-furniture.ts): short lines outside the prose, short lines repeated. */
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../src/cli/ingest/junk.ts';
import { shapeFurniture } from '../../src/cli/ingest/shape-furniture.ts';

const P1 = 'Troops from the Russian-led alliance began leaving Almaty on Thursday, a week after they landed at the airport.';
const P2 = 'The president said the mission had been accomplished and thanked the leaders of the member states for their help.';
const flagged = (lines: string[]) => [...shapeFurniture(lines)].map(([i, rule]) => [lines[i], rule]);

describe('furniture by its shape', () => {
  it('takes short lines that end no sentence before the first paragraph and after the last, in any wording', () => {
    const lines = ['Abrir en la app', 'Iniciar sesión', 'Escuchar', 'Guardar', 'Summary', P1, 'Background', P2, 'Compartir', 'Privacidad', 'Términos de uso'];
    expect(flagged(lines)).toEqual([
      ['Abrir en la app', 'before the text'], ['Iniciar sesión', 'before the text'], ['Escuchar', 'before the text'], ['Guardar', 'before the text'],
      ['Compartir', 'after the text'], ['Privacidad', 'after the text'], ['Términos de uso', 'after the text'],
    ]);
  });

  it('keeps a heading of text (above a sentence or the first paragraph), a standfirst, footnotes, credits, speakers’ turns and time stamps', () => {
    const lines = [
      'What a week in Almaty tells us about who runs Kazakhstan now', 'Key points:', 'The troops are leaving.', '17.40 GMT', 'Summary', P1, 'Background', P2,
      '– Aigerim Nurlanova', 'HOST: Thank you', 'Notes', '[1] Interview with the author', '[2] Ibid.',
    ];
    expect(flagged(lines)).toEqual([]);
  });

  it('after the text, takes a headline ending in a question mark (a link), not the heading of a last sentence', () => {
    expect(flagged([P1, P2, 'Lo más leído', 'What is the CSTO?'])).toEqual([['Lo más leído', 'after the text'], ['What is the CSTO?', 'after the text']]);
    expect(flagged([P1, P2, 'A note on sources', 'The figures are the ministry’s.'])).toEqual([]);
  });

  it('takes a short line repeated on the page, inside the text too, but not a repeated sentence', () => {
    const lines = [P1, 'Compartir', P2, 'Compartir', P1, 'Thank you.', P2, 'Thank you.'];
    expect(flagged(lines)).toEqual([['Compartir', 'repeated'], ['Compartir', 'repeated']]);
  });

  it('takes a short line addressing the reader before or after the text, not a speaker’s turn, thanks or a quotation', () => {
    const lines = ['Suscríbete a nuestro boletín semanal', P1, P2, 'If you enjoyed this, give it a clap and follow me for more on Central Asia.', 'Подпишитесь на наш канал в Telegram.'];
    expect(flagged(lines)).toEqual([
      ['Suscríbete a nuestro boletín semanal', 'before the text'], ['If you enjoyed this, give it a clap and follow me for more on Central Asia.', 'for the reader'],
      ['Подпишитесь на наш канал в Telegram.', 'for the reader'],
    ]);
    expect(flagged([P1, P2, 'HOST: Will you go back?', 'Thank you all for listening.', '“You cannot stop it,” she said.'])).toEqual([]);
  });

  it('takes an exclamation outside quotation marks after the text, and a label above it; a label above a link is no speaker’s turn', () => {
    const lines = [P1, P2, 'Keep Current with Aigerim Nurlanova', 'Try unrolling a thread yourself!', 'Support the show: patreon.com/show', 'Daniyar Seitkali on Twitter: @dseitkali'];
    expect(flagged(lines)).toEqual([
      ['Keep Current with Aigerim Nurlanova', 'after the text'], ['Try unrolling a thread yourself!', 'for the reader'],
      ['Support the show: patreon.com/show', 'after the text'], ['Daniyar Seitkali on Twitter: @dseitkali', 'after the text'],
    ]);
  });

  it('takes the line above the first paragraph when the other rules took furniture out between them, or when no other heading follows', () => {
    const lines = ['World news', P1, 'Background', P2];
    expect([...shapeFurniture(lines, lines, [true, false, false, false])]).toEqual([[0, 'before the text']]);
    expect([...shapeFurniture(lines, lines, [false, false, false, false])]).toEqual([]);
    expect(flagged(['Share', P1, P2])).toEqual([['Share', 'before the text']]);
  });

  it('finds nothing in a text without a paragraph of prose (no edges to read)', () => {
    expect(flagged(['Open', 'Close', 'Short line'])).toEqual([]);
  });

  it('takes every line after a magazine’s end mark closing the text, a long one and a quotation among them', () => {
    const motto = 'Published since September 1843 to take part in “a severe contest between intelligence and an unworthy, timid ignorance.”';
    expect(flagged(['OK', P1, `${P2} ■`, 'The Trust Project', motto, 'Keep updated'])).toEqual([
      ['OK', 'before the text'], ['The Trust Project', 'after the end mark'], [motto, 'after the end mark'], ['Keep updated', 'after the end mark'],
    ]);
    expect(flagged([P1, 'The ■ sign marks the end of a story in the magazine, and the troops left on Thursday.', P2])).toEqual([]);
  });

  it('runs after the other rules in cleanSource, listing each line with its rule', () => {
    // (The line just above the first paragraph stays: it may be the text's first heading.)
    const cleaned = cleanSource(['Title – Diario Ejemplo', 'Abrir en la app', 'Escuchar', 'Por Ana Ruiz', 'Resumen', P1, 'Contexto', P2, 'Enviar a un amigo', 'Privacidad'].join('\n'));
    expect(cleaned.lines).toEqual(['Resumen', P1, 'Contexto', P2]);
    expect(cleaned.metadata.map((m) => m.line)).toEqual(['Por Ana Ruiz']);
    expect(cleaned.stripped.map((s) => [s.line, s.rule])).toEqual([
      ['Abrir en la app', 'short line before the text (furniture: no sentence, heads no text)'],
      ['Escuchar', 'short line before the text (furniture: no sentence, heads no text)'],
      ['Enviar a un amigo', 'short line after the text (furniture: no sentence, heads no text)'],
      ['Privacidad', 'short line after the text (furniture: no sentence, heads no text)'],
    ]);
  });
});
