/**
 * The local lint rule: a comma sequence of side effects is a statement (house idiom), anything holding a bare value
 * is still an unused expression. Runs the real ESLint over snippets with the rule as the project configures it.
 */
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import noUnusedExpressions from '../../eslint/no-unused-expressions.js';

function lint(code: string): number[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser, sourceType: 'module' },
        plugins: { local: { rules: { 'no-unused-expressions': noUnusedExpressions } } },
        rules: { 'local/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }] },
      },
    ],
    'x.ts',
  );
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => m.line);
}

describe('local/no-unused-expressions', () => {
  it('allows sequences of calls, assignments and awaits, short circuits and ternaries', () => {
    const code = [
      'if (c) (a(), (x = 1));',
      'for (const u of us) if (u) (out.add(u), (grew = true));',
      'async function f() { (await a(), await b()); }',
      'c && a();',
      'c ? a() : (x = 2);',
    ].join('\n');
    expect(lint(code)).toEqual([]);
  });

  it('still reports a bare value, alone or inside a sequence', () => {
    expect(lint('x;\nif (c) (a(), x);\na() + 1;\n(a(), b === 1);')).toEqual([1, 2, 3, 4]);
  });
});
