/** Human-readable output of the `docs` commands: the template catalogue and the register of outgoing documents. */
import { docTypeName } from '../../shared/document-model';
import type { DocRecord, TemplateInfo } from '../../shared/documents-contract';
import { t } from '../i18n';
import { formatDate, table } from '../format';

/** id, title, type code, and the variables to give in --data (automatic ones come from the profile): * = required. */
export function templatesTable(list: TemplateInfo[]): string {
  if (list.length === 0) return t('docs.templates.none');
  const rows = list.map((tpl) => [
    tpl.id,
    tpl.title,
    tpl.type,
    tpl.variables
      .filter((v) => !v.automatic)
      .map((v) => `${v.name}${v.required !== false ? '*' : ''}`)
      .join(', '),
  ]);
  const head = [t('docs.col.id'), t('docs.col.title'), t('docs.col.type'), t('docs.col.variables')];
  const broken = list
    .filter((tpl) => tpl.error)
    .map((tpl) => t('docs.templates.broken', { id: tpl.id, error: tpl.error ?? '' }));
  return [table(head, rows), ...(broken.length ? ['', ...broken] : [])].join('\n');
}

const MAX_SUMMARY = 60;
const short = (s: string) => ([...s].length > MAX_SUMMARY ? `${[...s].slice(0, MAX_SUMMARY - 1).join('')}…` : s);

/** Số/ký hiệu, date dd/mm/yyyy, type, summary, version, status, and the id that `docs export` takes. */
export function registerTable(list: DocRecord[]): string {
  if (list.length === 0) return t('docs.list.none');
  const rows = list.map((d) => [
    d.numberText ?? '-',
    formatDate(d.date),
    docTypeName(d.type),
    short(d.summary.replace(/\s+/g, ' ')),
    String(d.version),
    t(d.status === 'issued' ? 'docs.status.issued' : 'docs.status.draft'),
    d.id,
  ]);
  const cols = ['number', 'date', 'type', 'summary', 'version', 'status', 'docId'] as const;
  return [
    table(
      cols.map((c) => t(`docs.col.${c}`)),
      rows,
    ),
    '',
    t('docs.list.total', { n: list.length }),
  ].join('\n');
}
