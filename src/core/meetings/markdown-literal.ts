/**
 * Text a person typed (a motion, an opinion, a name), made literal for the document engine's Markdown. The engine
 * inserts a value as Markdown on purpose (templates build lists from values), so a motion "**Điều 5**", an agenda
 * title "2. Tài chính" after "1. ", or an opinion "\phuluc Danh sách" would otherwise become bold, a nested list
 * or an appendix. One line (a value never starts a block of its own) and every Markdown punctuation
 * backslash-escaped; "|" is left to the engine, which escapes it itself (escaping it twice would undo it).
 */
export function literalMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#+\-.!&~]/g, '\\$&');
}
