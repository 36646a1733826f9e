/**
 * Reads what one source file imports, with the TypeScript parser (not a regex: comments, strings and template
 * literals that merely look like imports are not imports). Covers static `import`/`export … from`, `import x =
 * require()`, dynamic `import()`, `require()`, `import('…')` types and `/// <reference types>` directives.
 */
import ts from 'typescript';

export interface ImportRef {
  specifier: string;
  /** Erased at compile time: `import type`, `export type`, an all-`type` named import, or an `import('…')` type. */
  typeOnly: boolean;
  /** 1-based line, for the violation list. */
  line: number;
  /** From `/// <reference types="…" />`: the specifier names a types package (`node` means Node's own). */
  reference?: true;
  /** A dynamic `import()`: the module loads when that line runs, not with the file. */
  deferred?: true;
}

function scriptKind(fileName: string): ts.ScriptKind {
  if (fileName.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (fileName.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(fileName)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

function importIsTypeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import 'x'` runs x
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  if (clause.name || !named || ts.isNamespaceImport(named)) return false;
  return named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

function exportIsTypeOnly(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly)
  );
}

export function readImports(fileName: string, text: string): ImportRef[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const out: ImportRef[] = [];
  const add = (spec: ts.Node, typeOnly: boolean, deferred = false) => {
    if (!ts.isStringLiteralLike(spec)) return; // computed specifiers cannot be checked; none exist today
    const line = sf.getLineAndCharacterOfPosition(spec.getStart(sf)).line + 1;
    out.push({ specifier: spec.text, typeOnly, line, ...(deferred ? { deferred: true as const } : {}) });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, importIsTypeOnly(node));
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) add(node.moduleSpecifier, exportIsTypeOnly(node));
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    else if (ts.isCallExpression(node) && node.arguments.length >= 1) {
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && /^(require|nodeRequire)$/.test(node.expression.text);
      if (isImport || isRequire) add(node.arguments[0], false, isImport);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  for (const ref of sf.typeReferenceDirectives) {
    const line = sf.getLineAndCharacterOfPosition(ref.pos).line + 1;
    out.push({ specifier: ref.fileName, typeOnly: true, line, reference: true });
  }
  return out;
}
