/**
 * A conflict copy's text as the secretary reads it. Document and bulletin bodies are stored as the editor's JSON
 * (shared/document-model.ts): their words are pulled out with one line per paragraph, heading, list item or table
 * row. Anything else (a meeting's conclusion) is already plain text.
 */
interface Node {
  type?: unknown;
  text?: unknown;
  content?: unknown;
}

const LINE_ENDS = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'blockquote']);

function walk(node: Node, out: string[]): void {
  if (typeof node.text === 'string') out.push(node.text);
  if (node.type === 'hardBreak') out.push('\n');
  if (Array.isArray(node.content)) {
    node.content.forEach((child: Node, i: number) => {
      if (node.type === 'tableRow' && i > 0) out.push(' | ');
      if (child && typeof child === 'object') walk(child, out);
    });
  }
  if (typeof node.type === 'string' && LINE_ENDS.has(node.type) && out.at(-1) !== '\n') out.push('\n');
}

export function readableText(value: string): string {
  const trimmed = value.trim();
  if (!trimmed.startsWith('{')) return value;
  try {
    const doc = JSON.parse(trimmed) as Node;
    if (doc?.type !== 'doc') return value;
    const out: string[] = [];
    walk(doc, out);
    return out.join('').trim();
  } catch {
    return value;
  }
}
