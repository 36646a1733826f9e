/**
 * The Markdown dialect of templates, as a configured markdown-it. Conventions (README of the templates folder
 * repeats them for officers):
 * - **bold**, *italic*, ++underline++. `__x__` stays bold as in every Markdown, so underline needs its own
 *   marker; "++" is the one markdown-it-ins and several editors already use.
 * - A line holding only `\pagebreak` starts a new page (LaTeX's word, which a Markdown viewer shows as is).
 * - A line starting `\phuluc` (or `\phụ lục`) starts an appendix: what follows it, up to the next such line, is
 *   the appendix's body; the rest of the line is its name (`\phuluc Danh sách đoàn viên`).
 * - `->text<-` centres a paragraph or heading (the MultiMarkdown/markdown-it-center-text convention).
 * - Hard line break: two trailing spaces or a trailing backslash; a plain newline joins lines, as Markdown does.
 * - No raw HTML (html: false: `<b>` stays visible text), no indented code blocks (officers indent paragraphs with
 *   spaces and must not get a code block), no fenced code, no strikethrough: none of these is in an official form.
 */
import { createRequire } from 'node:module';
import type MarkdownItClass from 'markdown-it';
import type { MarkdownIt as MdInstance, StateBlock, StateInline } from 'markdown-it';

function pageBreakRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const line = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]).trim();
  if (line !== '\\pagebreak') return false;
  if (silent) return true;
  state.line = startLine + 1;
  const token = state.push('pagebreak', '', 0);
  token.map = [startLine, state.line];
  return true;
}

/** `\phuluc`, `\phụ lục`, `\Phụ lục:` …, then the optional name. NFC input (the templates are read as NFC). */
const APPENDIX_LINE = /^\\ph[uụ] ?l[uụ]c(?![\p{L}\p{N}])[\s:.-]*(.*)$/iu;

function appendixRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const line = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]).trim();
  const m = APPENDIX_LINE.exec(line.normalize('NFC'));
  if (!m) return false;
  if (silent) return true;
  state.line = startLine + 1;
  const token = state.push('appendix', '', 0);
  token.content = m[1].trim();
  token.map = [startLine, state.line];
  return true;
}

/** ++text++: the inner text is tokenized normally, so ++**both**++ works; an unclosed "++" stays literal. */
function underlineRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x2b || state.src.charCodeAt(start + 1) !== 0x2b) return false;
  const end = state.src.indexOf('++', start + 2);
  if (end < 0 || end > state.posMax - 2 || end === start + 2) return false;
  if (!silent) {
    state.push('u_open', 'u', 1);
    const max = state.posMax;
    state.pos = start + 2;
    state.posMax = end;
    state.md.inline.tokenize(state);
    state.posMax = max;
    state.push('u_close', 'u', -1);
  }
  state.pos = end + 2;
  return true;
}

export function createMarkdown(): MdInstance {
  // Loaded at the first Markdown parsed, not when the core starts (a process that only sends mail never parses).
  const MarkdownIt = createRequire(import.meta.url)('markdown-it') as typeof MarkdownItClass;
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false });
  md.disable(['code', 'fence', 'strikethrough']);
  md.block.ruler.before('paragraph', 'pagebreak', pageBreakRule, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.block.ruler.before('paragraph', 'appendix', appendixRule, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.inline.ruler.before('emphasis', 'underline', underlineRule);
  return md;
}

let shared: MdInstance | undefined;
export function templateMarkdown(): MdInstance {
  return (shared ??= createMarkdown());
}
