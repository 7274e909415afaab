// Minimal types for the `edtf` package (it ships none): only what this project uses.
declare module 'edtf' {
  export interface EdtfValue {
    readonly type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Decade' | 'Century';
    readonly edtf: string;
    readonly min: number;
    readonly max: number;
    readonly precision?: number;
    readonly approximate?: unknown;
    readonly uncertain?: unknown;
  }
  export default function edtf(input: string, options?: Record<string, unknown>): EdtfValue;
  export function parse(input: string, options?: Record<string, unknown>): { type: string; values: unknown[] };
}
