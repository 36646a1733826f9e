import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { isoDay } from '../../shared/text/format';
import type { HandlerMap } from '../context';
import { audit } from '../audit/audit';
import { getOrg } from '../org/org';
import { addMember, deleteMember, getMember, listMembers, memberHistory, readMembers, setMemberStatus, updateMember } from './service';
import { deleteUnit, listUnits, saveUnit } from './units';

type Names =
  | 'members.list' | 'members.get' | 'members.add' | 'members.update' | 'members.setStatus' | 'members.delete'
  | 'units.list' | 'units.save' | 'units.delete' | 'members.import' | 'members.importData' | 'members.export';

/** The import is a persistent job (import-job.ts, feed: issue 8); a file that cannot be read fails at once. */
async function startImport(ctx: Parameters<HandlerMap<'members.import'>['members.import']>[1], fileName: string, read: () => Buffer, dryRun: boolean, mapping?: Record<string, string>) {
  ctx.session();
  let base64: string;
  try {
    base64 = read().toString('base64');
  } catch {
    return ctx.jobs.start('members.import', async () => {
      throw new AppError('NOT_FOUND', 'Không đọc được tệp đã chọn.', { fileName });
    });
  }
  return ctx.jobs.run('members.import', { fileName, base64, dryRun, mapping });
}

export const memberHandlers: HandlerMap<Names> = {
  'members.list': async (input, ctx) => {
    const s = ctx.session();
    const { total, ids } = await listMembers(s, input);
    return { total, items: await readMembers(s.db, ids) };
  },
  'members.get': async ({ id }, ctx) => {
    const s = ctx.session();
    return { member: await getMember(s.db, id), history: await memberHistory(s.db, id) };
  },
  'members.add': async ({ status, event, eventDate, eventRef, ...fields }, ctx) => addMember(ctx.session(), fields, { status, event, eventDate, eventRef }),
  'members.update': async ({ id, ...fields }, ctx) => updateMember(ctx.session(), id, fields),
  'members.setStatus': async (input, ctx) => setMemberStatus(ctx.session(), input),
  'members.delete': async ({ id }, ctx) => (await deleteMember(ctx.session(), id), { ok: true }),
  'units.list': async (_i, ctx) => listUnits(ctx.session().db),
  'units.save': async (input, ctx) => saveUnit(ctx.session().db, ctx.session().record, input),
  'units.delete': async ({ id }, ctx) => (await deleteUnit(ctx.session().db, ctx.session().record, id), { ok: true }),
  'members.import': async ({ file, dryRun, mapping }, ctx) => ({
    jobId: await startImport(ctx, path.basename(file), () => fs.readFileSync(file), dryRun, mapping),
  }),
  'members.importData': async ({ fileName, base64, dryRun, mapping }, ctx) => ({
    jobId: await startImport(ctx, fileName, () => Buffer.from(base64, 'base64'), dryRun, mapping),
  }),
  'members.export': async ({ format, includeSensitive, out, ...filters }, ctx) => {
    const s = ctx.session();
    const { ids } = await listMembers(s, { ...filters, limit: 0 });
    const members = await readMembers(s.db, ids);
    const org = (await getOrg(s.db)).profile;
    const generatedAt = new Date();
    const { membersToPdf, membersToXlsx } = await import('./export');
    const data =
      format === 'xlsx' ? await membersToXlsx({ org, members, includeSensitive, generatedAt }) : await membersToPdf({ org, members, generatedAt });
    const fileName = `danh-sach-doan-vien-${isoDay(generatedAt)}.${format}`;
    // Ethnicity and religion are sensitive personal data (Decree 13/2023): every export is logged, with what it held.
    await audit(s.db, s.record, 'members.export', undefined, { format, count: members.length, sensitive: includeSensitive && format === 'xlsx', filters, device: s.record.deviceId });
    if (out) {
      fs.writeFileSync(out, data, { mode: 0o600 }); // personal data: readable by this user only
      return { fileName: path.basename(out), path: path.resolve(out), base64: null, count: members.length };
    }
    return { fileName, path: null, base64: data.toString('base64'), count: members.length };
  },
};
