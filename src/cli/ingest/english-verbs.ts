/** English irregular past tenses the ingest rules read as verbs: "Tokayev gave …" (speech-patterns.ts), "said on Thursday" (dates.ts). */
export const IRREGULAR_PAST = ['said', 'told', 'wrote', 'met', 'began', 'spoke', 'took', 'sent', 'gave', 'came', 'went', 'left', 'flew', 'fled', 'won', 'lost', 'held', 'made', 'saw', 'quit', 'knew', 'thought'].join('|');
