/**
 * `dues.reminder`: a reminder letter for a member in arrears, made from the template of the level reached
 * (resources/templates/nhac-no-doan-phi-<months>.md; the levels and their labels are the `duesArrearsLevels`
 * setting) and saved as a draft in the documents register, to be read, signed and issued like any letter.
 * Below the first level the first level's letter is used: it names the level the member is heading for.
 */
import { AppError } from '../../../shared/errors';
import { buildDocument, loadTemplates, readTemplate, toAppError } from '../../documents/templates';
import { createDraft } from '../../documents/register';
import { getOrg } from '../../org/org';
import type { Session } from '../../session';
import { getSettings } from '../../settings/settings';
import { arrearsAsOf } from '../arrears';
import { monthVi, today } from '../months';

export const REMINDER_PREFIX = 'nhac-no-doan-phi-';
/** Days the member is given to pay, from the letter's date. */
const DAYS_TO_PAY = 15;

/** The template for a level: its own, else the highest one below it, else the lowest there is. */
export function reminderTemplateId(level: number, available: number[]): string | null {
  const sorted = [...available].sort((a, b) => a - b);
  const pick = sorted.includes(level) ? level : (sorted.filter((n) => n <= level).pop() ?? sorted[0]);
  return pick === undefined ? null : `${REMINDER_PREFIX}${pick}`;
}

function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function createReminder(s: Session, memberId: string, asOf: string): Promise<{ documentId: string }> {
  const member = (await s.db('members').whereNull('deleted_at').where({ id: memberId }).first('unit_id')) as
    { unit_id: string | null } | undefined;
  if (!member) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.', { memberId });
  // Counted over the member's own group only: the same run, without counting the whole CĐCS's.
  const run = (await arrearsAsOf(s.db, asOf, member.unit_id ?? undefined)).find((r) => r.memberId === memberId);
  if (!run || run.months === 0)
    throw new AppError('VALIDATION', `Đoàn viên không nợ đoàn phí tính đến tháng ${monthVi(asOf)}.`, [
      { path: ['memberId'], message: 'Không nợ đoàn phí' },
    ]);
  const levels = [...(await getSettings(s.db)).duesArrearsLevels].sort((a, b) => a.months - b.months);
  const reached = levels.filter((l) => l.months <= run.months).pop();
  const level = reached ?? levels[0];
  if (!level)
    throw new AppError('VALIDATION', 'Chưa cài đặt các mức nợ đoàn phí (số tháng và hình thức kỷ luật).', [
      { path: ['duesArrearsLevels'], message: 'Trống' },
    ]);
  const available = loadTemplates()
    .filter((t) => t.id.startsWith(REMINDER_PREFIX) && !t.error)
    .map((t) => Number(t.id.slice(REMINDER_PREFIX.length)))
    .filter(Number.isInteger);
  const templateId = reminderTemplateId(level.months, available);
  const text = templateId ? readTemplate(templateId) : null;
  if (!templateId || text === null)
    throw new AppError('NOT_FOUND', `Không có mẫu thư nhắc nợ đoàn phí (${REMINDER_PREFIX}…) trong thư mục mẫu.`);

  const date = today();
  const { profile, upperLevels } = await getOrg(s.db);
  const data = {
    member: { fullName: run.fullName, unit: run.unit },
    months: run.months,
    unpaidMonths: [...run.unpaidMonths].sort().map(monthVi).join(', '),
    amount: run.amount,
    level: level.months,
    levelLabel: level.label,
    deadline: plusDays(date, DAYS_TO_PAY),
  };
  let model;
  try {
    model = buildDocument(text, { org: profile, upperLevels, data, today: date });
  } catch (err) {
    throw toAppError(err);
  }
  return { documentId: (await createDraft(s, model, templateId)).id };
}
