/** Human-readable output of the `members` commands: the register table, one member's card, the import report. */
import type { ImportReport, Member, MemberPosition, MemberStatus, StatusEvent } from '../../shared/members-contract';
import { getLang, has, t, type MsgKey } from '../i18n';
import { formatDate, table } from '../format';

export const statusText = (s: MemberStatus) => t(`members.status.${s}` as MsgKey);

export function fieldLabel(key: string): string {
  const k = `members.field.${key}`;
  return has(k) ? t(k) : key;
}

/** STT, name, date of birth, group, status, phone, and the id that `show`/`update`/`set-status` take. */
export function memberTable(items: Member[], total = items.length): string {
  if (items.length === 0) return t('members.none');
  const rows = items.map((m, i) => [
    String(i + 1),
    m.fullName,
    m.dateOfBirth ? formatDate(m.dateOfBirth) : '',
    m.unit ?? '',
    statusText(m.status),
    m.phone ?? '',
    m.id,
  ]);
  const head = ['no', 'name', 'dob', 'unit', 'status', 'phone', 'id'].map((c) => t(`members.col.${c}` as MsgKey));
  const lines = [table(head, rows), '', t('members.total', { n: total })];
  if (total > items.length) lines.push(t('members.shown', { shown: items.length, total }));
  return lines.join('\n');
}

/** The order of a member's card; anything else the core adds is shown after these, under its own name. */
const ORDER = [
  'fullName',
  'gender',
  'dateOfBirth',
  'status',
  'idNumber',
  'phone',
  'email',
  'zalo',
  'unit',
  'positions',
  'jobTitle',
  'employeeCode',
  'contractType',
  'startedOn',
  'duesSalary',
  'hazardousWork',
  'memberCode',
  'cardNumber',
  'cardType',
  'cardDate',
  'joinedOn',
  'ethnicity',
  'religion',
  'nationality',
  'hometown',
  'address',
  'education',
  'qualifications',
  'partyMember',
  'emailConsent',
  'notes',
  'id',
];
const HIDDEN = new Set(['familyName', 'middleName', 'givenName', 'unitId', 'position', 'createdAt', 'updatedAt']);
const DATES = new Set(['dateOfBirth', 'startedOn', 'cardDate', 'joinedOn']);

function positionText(p: MemberPosition): string {
  const when = p.from || p.to ? `${p.from ? formatDate(p.from) : '…'}–${p.to ? formatDate(p.to) : '…'}` : '';
  const extra = [p.body, p.term, when].filter(Boolean).join(', ');
  return extra ? `${p.title} (${extra})` : p.title;
}

function valueText(key: string, v: unknown): string {
  if (typeof v === 'boolean') return t(v ? 'members.yes' : 'members.no');
  if (key === 'gender') return t(`members.gender.${v as 'male' | 'female'}`);
  if (key === 'status') return statusText(v as MemberStatus);
  if (key === 'positions') return (v as MemberPosition[]).map(positionText).join('; ');
  if (key === 'duesSalary' && typeof v === 'number') return v.toLocaleString(getLang() === 'vi' ? 'vi-VN' : 'en-US');
  if (DATES.has(key) && typeof v === 'string') return formatDate(v);
  return String(v);
}

export function eventText(e: StatusEvent): string {
  const key = `members.event.${e.event}`;
  return has(key) ? t(key) : statusText(e.toStatus);
}

export function memberCard(m: Member, history: StatusEvent[]): string {
  const record = m as unknown as Record<string, unknown>;
  const keys = [...ORDER, ...Object.keys(record).filter((k) => !ORDER.includes(k) && !HIDDEN.has(k))];
  const filled = keys.filter((k) => {
    const v = record[k];
    return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  });
  const labels = filled.map(fieldLabel);
  const width = Math.max(...labels.map((l) => [...l].length));
  const lines = filled.map(
    (k, i) => `${labels[i]}${' '.repeat(width - [...labels[i]].length)}  ${valueText(k, record[k])}`,
  );
  if (history.length > 0) {
    lines.push('', t('members.history'));
    for (const e of history) {
      const reason = e.reason ? ` — ${e.reason}` : '';
      const ref = e.ref ? ` (${e.ref})` : '';
      lines.push(`  ${formatDate(e.date)}  ${eventText(e)}${reason}${ref}`);
    }
  }
  return lines.join('\n');
}

export function importText(r: ImportReport): string {
  const lines: string[] = [];
  if (r.dryRun) lines.push(t('members.import.preview'));
  lines.push(
    t('members.import.summary', {
      imported: r.imported,
      updated: r.updated,
      unchanged: r.unchanged,
      rejected: new Set(r.rejected.map((x) => x.row)).size,
    }),
    t('members.import.headerRow', { row: r.headerRow }),
  );
  const pairs = Object.entries(r.mapping).map(([col, field]) => `${col}=${field}`);
  if (pairs.length) lines.push(t('members.import.mapping', { pairs: pairs.join(', ') }));
  if (r.unmapped.length) lines.push(t('members.import.unmapped', { cols: r.unmapped.map((c) => `"${c}"`).join(', ') }));
  if (r.converted.length)
    lines.push(
      t('members.import.converted', { rows: r.converted.map((c) => `${c.row} (${c.from.toUpperCase()})`).join(', ') }),
    );
  for (const a of r.ambiguous) lines.push(t('members.import.ambiguous', { col: a.column, header: a.header }));
  const head = [t('members.import.col.row'), t('members.import.col.field'), t('members.import.col.reason')];
  const rowsOf = (list: ImportReport['rejected']) => list.map((x) => [String(x.row), fieldLabel(x.field), x.reason]);
  if (r.rejected.length) lines.push('', t('members.import.rejectedTitle'), table(head, rowsOf(r.rejected)));
  if (r.flagged.length) {
    const title = r.skipped ? 'members.import.flaggedSkipped' : 'members.import.flaggedTitle';
    lines.push('', t(title), table(head, rowsOf(r.flagged)));
  }
  return lines.join('\n');
}
