// Minimal types for the `edtf` package (it ships none): only what this project uses.
declare module 'edtf' {
  export interface EdtfValue {
    readonly type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Decade' | 'Century';
    readonly edtf: string;
    readonly min: number;
    readonly max: number;
    readonly precision?: number;
    /** Date: [year, month (0-based), day], as far as the precision goes; Season: [year, season code]. */
    readonly values: number[];
    /** Bit masks (`value` 0 where nothing is approximate / uncertain / unspecified); absent on intervals. */
    readonly approximate?: { readonly value: number };
    readonly uncertain?: { readonly value: number };
    readonly unspecified?: { readonly value: number };
    /** Interval ends. */
    readonly lower?: EdtfValue;
    readonly upper?: EdtfValue;
  }
  export default function edtf(input: string, options?: Record<string, unknown>): EdtfValue;
  export function parse(input: string, options?: Record<string, unknown>): { type: string; values: unknown[] };
}
