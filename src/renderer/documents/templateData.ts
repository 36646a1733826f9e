/**
 * A template's variables as a form: which ones to ask for (not the automatic org.* / today / date / docNumber),
 * what input each gets, the example as a grey hint (never a value: examples reached issued decisions, issue 13), and
 * the form's values back as the data for docs.create.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { TemplateInfo } from '../../shared/documents-contract';
import { lines } from './fieldValues';
import { formatGrouped } from './GroupedNumberInput';

export type TemplateVariable = TemplateInfo['variables'][number];
export type VariableKind = 'text' | 'longText' | 'date' | 'number' | 'money' | 'lines' | 'items';
export type ItemRow = Record<string, string | number | Dayjs | null>;
export type VariableValue = string | number | Dayjs | null | ItemRow[] | undefined;

/**
 * Columns of a list of records, from its example:
 * [{ key: 'fullName', kind: 'text' }, { key: 'amount', kind: 'number' }].
 */
export interface ItemColumn {
  key: string;
  kind: 'text' | 'number' | 'date';
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function askedVariables(t: TemplateInfo): TemplateVariable[] {
  return t.variables.filter((v) => !v.automatic);
}

const isRecordList = (x: unknown): x is Record<string, unknown>[] =>
  Array.isArray(x) && x.length > 0 && x.every((i) => i !== null && typeof i === 'object' && !Array.isArray(i));

export function kindOf(v: TemplateVariable): VariableKind {
  switch (v.type) {
    case 'date':
      return 'date';
    case 'number':
      return 'number';
    case 'money':
      return 'money';
    case 'list':
      return isRecordList(v.example) ? 'items' : 'lines';
    default: {
      const ex = typeof v.example === 'string' ? v.example : '';
      return ex.includes('\n') || ex.length > 90 ? 'longText' : 'text';
    }
  }
}

export function itemColumns(v: TemplateVariable): ItemColumn[] {
  if (!isRecordList(v.example)) return [];
  const cols = new Map<string, ItemColumn['kind']>();
  for (const item of v.example) {
    for (const [key, value] of Object.entries(item)) {
      if (cols.has(key)) continue;
      cols.set(
        key,
        typeof value === 'number' ? 'number' : typeof value === 'string' && ISO_DAY.test(value) ? 'date' : 'text',
      );
    }
  }
  return [...cols].map(([key, kind]) => ({ key, kind }));
}

/** The form's starting value for a variable: empty in the input's own shape (lists start with no rows). */
export function initialValue(v: TemplateVariable): VariableValue {
  switch (kindOf(v)) {
    case 'date':
    case 'number':
    case 'money':
      return null;
    case 'items':
      return [];
    default:
      return '';
  }
}

const hint = (x: unknown): string | undefined => {
  if (typeof x === 'number') return formatGrouped(x);
  if (typeof x === 'string' && ISO_DAY.test(x)) return dayjs(x).format('DD/MM/YYYY');
  return typeof x === 'string' && x.trim() ? x : undefined;
};

/** The example as a grey placeholder: "1.250.000", "16/01/2026", a list's lines one under another. */
export function exampleHint(v: TemplateVariable): string | undefined {
  const ex = v.example;
  if (kindOf(v) === 'lines' && Array.isArray(ex)) return ex.map((x) => String(x ?? '')).join('\n') || undefined;
  return hint(ex);
}

/** A list's placeholders per column, from its first example row. */
export function columnHints(v: TemplateVariable): Record<string, string | undefined> {
  const first = isRecordList(v.example) ? v.example[0]! : {};
  return Object.fromEntries(Object.entries(first).map(([k, x]) => [k, hint(x)]));
}

/** The columns a member from the register fills: a list of people has a name column. */
export const isPeopleList = (columns: ItemColumn[]) => columns.some((c) => c.key === 'fullName' || c.key === 'name');

interface RegisterMember {
  fullName: string;
  unit?: string | null;
  position?: string | null;
  jobTitle?: string | null;
  dateOfBirth?: string | null;
  gender?: 'male' | 'female' | null;
}

/**
 * A member picked from the register as a row of the list: the name, "position, group" where the list asks for the
 * unit (what a decision prints: "Tổ trưởng, Tổ công đoàn Phân xưởng May 1"), birth date and gender when asked.
 */
export function memberRow(columns: ItemColumn[], m: RegisterMember): ItemRow {
  const known: Record<string, string | number | Dayjs | null> = {
    fullName: m.fullName,
    name: m.fullName,
    unit: [m.position ?? m.jobTitle, m.unit].filter(Boolean).join(', '),
    position: m.position ?? m.jobTitle ?? '',
    birthDate: m.dateOfBirth ? dayjs(m.dateOfBirth) : null,
    gender: m.gender === 'female' ? 'Nữ' : m.gender === 'male' ? 'Nam' : '',
  };
  return Object.fromEntries(
    columns.map((c) => [c.key, c.key in known ? known[c.key]! : c.kind === 'text' ? '' : null]),
  );
}

export function initialValues(t: TemplateInfo): Record<string, VariableValue> {
  return Object.fromEntries(askedVariables(t).map((v) => [v.name, initialValue(v)]));
}

const empty = (x: unknown) => x === undefined || x === null || (typeof x === 'string' && !x.trim());

function itemValue(x: unknown): unknown {
  if (dayjs.isDayjs(x)) return x.isValid() ? x.format('YYYY-MM-DD') : null;
  if (typeof x === 'string') return x.trim();
  return x ?? null;
}

/**
 * Form values → `data` for docs.create, keyed by the variables' own (dotted) names, which the core reads as they are.
 * Empty values are left out (the core names the required ones); dates become YYYY-MM-DD; lines become a list;
 * empty rows of a table go.
 */
export function toTemplateData(t: TemplateInfo, values: Record<string, VariableValue>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const v of askedVariables(t)) {
    const x = values[v.name];
    switch (kindOf(v)) {
      case 'date':
        if (dayjs.isDayjs(x) && x.isValid()) data[v.name] = x.format('YYYY-MM-DD');
        break;
      case 'number':
      case 'money':
        if (typeof x === 'number' && Number.isFinite(x)) data[v.name] = x;
        break;
      case 'lines': {
        const list = lines(typeof x === 'string' ? x : '');
        if (list.length) data[v.name] = list;
        break;
      }
      case 'items': {
        const rows = (Array.isArray(x) ? x : [])
          .map((row) => Object.fromEntries(Object.entries(row ?? {}).map(([k, val]) => [k, itemValue(val)])))
          .filter((row) => Object.values(row).some((val) => !empty(val)));
        if (rows.length) data[v.name] = rows;
        break;
      }
      default:
        if (!empty(x)) data[v.name] = String(x).trim();
    }
  }
  return data;
}
