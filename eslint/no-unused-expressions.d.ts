import type { Rule } from 'eslint';

/** The local rule (see no-unused-expressions.js), typed for tests/lint. */
declare const rule: Rule.RuleModule;
export default rule;
