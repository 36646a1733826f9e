/**
 * typescript-eslint's no-unused-expressions, but a comma sequence of side effects as a statement is allowed:
 * `if (open) (setFormat('xlsx'), setError(null));` is a house idiom, not a bug. A sequence that holds a bare value
 * (`if (x) (a(), b);`) is still reported, as is every other unused expression.
 */
import tseslint from 'typescript-eslint';

const base = tseslint.plugin.rules['no-unused-expressions'];

const EFFECTS = new Set([
  'AssignmentExpression',
  'AwaitExpression',
  'CallExpression',
  'ImportExpression',
  'NewExpression',
  'UpdateExpression',
  'YieldExpression',
]);

/** True when evaluating `node` for its value alone would still do something. */
function hasEffect(node) {
  switch (node.type) {
    case 'SequenceExpression':
      return node.expressions.every(hasEffect);
    case 'ConditionalExpression':
      return hasEffect(node.consequent) && hasEffect(node.alternate);
    case 'LogicalExpression':
      return hasEffect(node.right);
    case 'ChainExpression':
    case 'TSNonNullExpression':
    case 'TSAsExpression':
      return hasEffect(node.expression);
    case 'UnaryExpression':
      return node.operator === 'void' || node.operator === 'delete';
    default:
      return EFFECTS.has(node.type);
  }
}

export default {
  meta: base.meta,
  defaultOptions: base.defaultOptions,
  create(context) {
    const filtered = Object.create(context, {
      report: {
        value(descriptor) {
          const node = descriptor.node;
          const expr = node?.type === 'ExpressionStatement' ? node.expression : node;
          if (expr?.type === 'SequenceExpression' && hasEffect(expr)) return;
          context.report(descriptor);
        },
      },
    });
    return base.create(filtered);
  },
};
