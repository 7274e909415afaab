/**
 * A browser module served by the site (`/js/<name>.js`), compiled at build
 * time from its TypeScript source by the TypeScript compiler: self-contained
 * sources (no imports), so there is nothing to bundle.
 */
import ts from 'typescript';

export function clientModule(source: string, fileName: string): Response {
  const { outputText, diagnostics } = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true, verbatimModuleSyntax: true },
  });
  if (diagnostics?.length) throw new Error(`${fileName}: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
  return new Response(outputText, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
