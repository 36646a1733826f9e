/**
 * The `variables:` list of a template's front matter: what the officer (or the editor's form, or a --data file)
 * must supply. Names that are filled automatically are fixed here, in one place.
 */
import type { Problems } from './errors';
import { EACH_BLOCK, PLACEHOLDER, parsePlaceholder } from './fill';
import { SUFFIX_FILTERS } from './filters';

export const VARIABLE_TYPES = ['text', 'date', 'number', 'money', 'list'] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export interface VariableDecl {
  name: string;
  /** Vietnamese label for the form. */
  label: string;
  type: VariableType;
  required: boolean;
  example?: unknown;
}

/**
 * Filled by buildDocument, never asked for: org.* (profile; upperLevelName as in force on the date),
 * the dates, the number.
 */
export const AUTOMATIC_NAMES = ['today', 'date', 'docNumber'] as const;
export function isAutomatic(name: string): boolean {
  return (AUTOMATIC_NAMES as readonly string[]).includes(name) || name.startsWith('org.');
}

export function declaredVariables(front: Record<string, unknown>, problems?: Problems): VariableDecl[] {
  const raw = front.variables;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems?.invalid.push('"variables" ở phần đầu phải là một danh sách.');
    return [];
  }
  const out: VariableDecl[] = [];
  raw.forEach((v, i) => {
    const o = (v && typeof v === 'object' ? v : { name: v }) as Record<string, unknown>;
    const name = typeof o.name === 'string' ? o.name.trim() : '';
    const type = (o.type ?? 'text') as VariableType;
    if (!parsePlaceholder(name) || !VARIABLE_TYPES.includes(type)) {
      problems?.invalid.push(
        `variables[${i}]: cần "name" là tên biến hợp lệ và "type" là một trong ${VARIABLE_TYPES.join('|')}.`,
      );
      return;
    }
    out.push({
      name,
      label: typeof o.label === 'string' && o.label ? o.label : name,
      type,
      required: o.required !== false,
      ...(o.example !== undefined ? { example: o.example } : {}),
    });
  });
  return out;
}

/** Data built from the declared examples: what a preview shows before the officer types anything. */
export function exampleData(decls: VariableDecl[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const d of decls) {
    if (d.example === undefined) continue;
    const segs = d.name.split('.');
    let cur = data;
    for (const s of segs.slice(0, -1))
      cur = (cur[s] && typeof cur[s] === 'object' ? cur[s] : (cur[s] = {})) as Record<string, unknown>;
    cur[segs[segs.length - 1]] = d.example;
  }
  return data;
}

/**
 * Every {{name}} a text uses, in order of appearance, without filters and without {{date.long}}-style suffixes.
 * Inside {{#each list}} blocks only names that are automatic or already used outside count: the rest are fields
 * of the list's items, not variables of their own.
 */
export function usedNames(text: string): string[] {
  const names = (s: string) =>
    [...s.matchAll(PLACEHOLDER)].flatMap((m) => {
      const p = parsePlaceholder(m[1]);
      if (!p) return [];
      const segs = p.name.split('.');
      return [segs.length > 1 && SUFFIX_FILTERS.has(segs[segs.length - 1]) ? segs.slice(0, -1).join('.') : p.name];
    });
  const loops = [...text.replace(/\r\n?/g, '\n').matchAll(EACH_BLOCK)];
  const outside = names(text.replace(/\r\n?/g, '\n').replace(EACH_BLOCK, (_m, list: string) => `{{${list}}}`));
  const known = new Set(outside);
  const inside = loops
    .flatMap((m) => names(m[2]))
    .filter(
      (n) =>
        isAutomatic(n) || known.has(n.split('.')[0]) || [...known].some((k) => k.startsWith(`${n.split('.')[0]}.`)),
    );
  return [...new Set([...outside, ...inside])];
}
