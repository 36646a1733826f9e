/**
 * RFC 5545 content lines: TEXT escaping (§3.3.11), parameter values (§3.2) and line folding (§3.1).
 * Pure string work, no Node APIs, so the same writer can run wherever an invitation is made.
 */

/** The octet limit of §3.1, excluding the CRLF. */
export const MAX_LINE_OCTETS = 75;

export const CRLF = '\r\n';

// A lone surrogate cannot be written as UTF-8: an encoder would put U+FFFD there anyway, so do it up front and the
// octet counting below agrees with the bytes that are finally written.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFC (one spelling per Vietnamese letter: what clients compare and search on) and well-formed UTF-16. */
export function nfc(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC');
}

// TEXT allows HTAB but no other control character (TSAFE-CHAR excludes CTL); a line break is written as `\n`.
const TEXT_CONTROLS = /[\x00-\x08\x0B-\x1F\x7F]/g;

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma are backslash-escaped, every line break (CRLF, CR or LF)
 * becomes `\n`. Colon and DQUOTE are not escaped: the RFC says so, and clients show a `\:` literally.
 */
export function escapeText(s: string): string {
  return nfc(s)
    .replace(/\r\n?/g, '\n')
    .replace(TEXT_CONTROLS, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

// QSAFE-CHAR (§3.1) is WSP / non-control ASCII except DQUOTE / non-ASCII: no line breaks, no other controls.
const PARAM_CONTROLS = /[\x00-\x08\x0A-\x1F\x7F]+/g;

/**
 * A parameter value (§3.1 `param-value`): quoted when it holds `:`, `;` or `,`, which would otherwise end it.
 * A parameter value has no escape at all, so a DQUOTE cannot be written: it becomes an apostrophe (a name such as
 * `Nguyễn Văn "Tư"` still reads right), and line breaks or other controls become a single space.
 */
export function paramValue(s: string): string {
  const v = nfc(s).replace(/"/g, "'").replace(PARAM_CONTROLS, ' ');
  return /[:;,]/.test(v) ? `"${v}"` : v;
}

/** UTF-8 length of one code point. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** UTF-8 length of a string (well-formed: see `nfc`). */
export function octetLength(s: string): number {
  let n = 0;
  for (const ch of s) n += utf8Octets(ch.codePointAt(0)!);
  return n;
}

/**
 * Folds one content line (§3.1): no physical line over 75 octets, continuation lines start with one space (which
 * counts in their 75). The limit is in UTF-8 octets, not characters: a Vietnamese letter such as "ệ" is 3 octets.
 * Cuts fall only between code points, so a multi-byte sequence is never split across lines (the RFC allows an
 * octet split, but many readers decode each physical line on its own and would show garbage).
 */
export function foldLine(line: string, limit = MAX_LINE_OCTETS): string {
  if (octetLength(line) <= limit) return line;
  const parts: string[] = [];
  let current = '';
  let used = 0;
  let room = limit;
  for (const ch of line) {
    const n = utf8Octets(ch.codePointAt(0)!);
    if (used + n > room) {
      parts.push(current);
      current = '';
      used = 0;
      room = limit - 1; // the leading space of a continuation line
    }
    current += ch;
    used += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export type Params = ReadonlyArray<readonly [name: string, value: string]>;

/**
 * One folded content line `NAME;PARAM=VALUE:value`, without its CRLF. `value` is written as given: the caller
 * escapes TEXT values (`escapeText`) and leaves URIs, dates and numbers alone, as their value types require.
 */
export function contentLine(name: string, value: string, params: Params = []): string {
  const head = params.map(([k, v]) => `;${k}=${paramValue(v)}`).join('');
  return foldLine(`${name}${head}:${value}`);
}
