/**
 * The dashboard's HTML frame and stylesheet: server-rendered, no script at all (the CSP forbids any), plain CSS
 * in one file served from the same origin, laid out for a 1366×768 laptop screen.
 */

/** Text into HTML (element content and quoted attribute values alike). */
export function esc(s: string | number): string {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** HTML already escaped (the result of `html` or `esc`), so nesting never escapes twice. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function partToString(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Html) return p.value;
  if (Array.isArray(p)) return (p as readonly Part[]).map(partToString).join('');
  return esc(p as string | number);
}

/** A template tag that escapes every interpolated value unless it is Html. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  parts.forEach((p, i) => (out += partToString(p) + strings[i + 1]!));
  return new Html(out);
}

export const CSS_PATH = '/dashboard.css';

export function page(title: string, body: Html): string {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="stylesheet" href="${CSS_PATH}" />
      </head>
      <body>
        ${body}
      </body>
    </html> `.value;
}

export const CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; --warn: #9a3412;
  --warn-bg: #fff7ed; --accent: #0b5cad; --ok: #166534; --bad: #b42318; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
header { display: flex; align-items: center; justify-content: space-between; gap: 16px; padding: 10px 24px;
  border-bottom: 1px solid var(--line); background: var(--bg); }
header h1 { font-size: 18px; margin: 0; }
header .who { display: flex; align-items: center; gap: 12px; color: var(--muted); }
main { padding: 12px 24px 32px; max-width: 1366px; }
h2 { font-size: 16px; margin: 20px 0 8px; }
p.note { color: var(--muted); margin: 4px 0 8px; }
a, button.link { color: var(--accent); }
button, .button { font: inherit; padding: 6px 14px; border: 1px solid var(--accent); border-radius: 4px;
  background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: #fff; color: var(--accent); }
button:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
form.inline { display: inline; margin: 0; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: right; white-space: nowrap; }
th { background: var(--bg); font-weight: 600; }
th:first-child, td:first-child { text-align: left; white-space: normal; min-width: 220px; }
tfoot td { font-weight: 600; background: var(--bg); }
td.bad { color: var(--bad); font-weight: 600; }
td.none { color: var(--muted); }
.rates th, .rates td { padding: 4px 6px; }
ul.anomalies { margin: 0; padding: 8px 12px 8px 32px; background: var(--warn-bg); border: 1px solid #fdba74;
  border-radius: 4px; color: var(--warn); }
ul.anomalies li { margin: 2px 0; }
p.calm { color: var(--ok); }
.login { max-width: 380px; margin: 10vh auto; padding: 24px; border: 1px solid var(--line); border-radius: 6px; }
.login h1 { font-size: 20px; margin: 0 0 16px; }
.login label { display: block; margin: 12px 0 4px; font-weight: 600; }
.login input { width: 100%; padding: 8px; font: inherit; border: 1px solid #8c959f; border-radius: 4px; }
.login button { margin-top: 16px; width: 100%; padding: 8px; }
.error { color: var(--bad); background: #fef3f2; border: 1px solid #fda29b; padding: 8px; border-radius: 4px; }
`;
