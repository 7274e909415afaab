/**
 * /js/selection-link.js: the selection-link module, compiled at build time
 * from its TypeScript source (src/lib/share/client/selection-link.ts, which
 * imports nothing) by the TypeScript compiler. Loaded only by the section
 * text's onpointerup/onkeyup handler, never on page load.
 */
import type { APIRoute } from 'astro';
import ts from 'typescript';
import source from '../../lib/share/client/selection-link.ts?raw';

export const GET: APIRoute = () => {
  const { outputText, diagnostics } = ts.transpileModule(source, {
    fileName: 'selection-link.ts',
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true, verbatimModuleSyntax: true },
  });
  if (diagnostics?.length) throw new Error(`selection-link.ts: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
  return new Response(outputText, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
