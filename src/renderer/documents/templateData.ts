/**
 * A template's variables as a form: which ones to ask for (not the automatic org.* / today / date / docNumber),
 * what input each gets, the example as the starting value, and the form's values back as the data for docs.create.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { TemplateInfo } from '../../shared/documents-contract';
import { lines } from './fieldValues';

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

/** The form's starting value for a variable: its example, in the input's own shape. */
export function initialValue(v: TemplateVariable): VariableValue {
  const ex = v.example;
  switch (kindOf(v)) {
    case 'date':
      return typeof ex === 'string' && dayjs(ex).isValid() ? dayjs(ex) : null;
    case 'number':
    case 'money':
      return typeof ex === 'number'
        ? ex
        : typeof ex === 'string' && ex.trim() && !Number.isNaN(Number(ex))
          ? Number(ex)
          : null;
    case 'lines':
      return Array.isArray(ex) ? ex.map((x) => String(x ?? '')).join('\n') : typeof ex === 'string' ? ex : '';
    case 'items': {
      const cols = itemColumns(v);
      return (ex as Record<string, unknown>[]).map((item) =>
        Object.fromEntries(
          cols.map((c) => {
            const x = item[c.key];
            if (c.kind === 'date') return [c.key, typeof x === 'string' && ISO_DAY.test(x) ? dayjs(x) : null];
            if (c.kind === 'number') return [c.key, typeof x === 'number' ? x : null];
            return [c.key, x === undefined || x === null ? '' : String(x)];
          }),
        ),
      );
    }
    default:
      return ex === undefined || ex === null ? '' : String(ex);
  }
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
