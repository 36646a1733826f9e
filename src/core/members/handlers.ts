import { isoDay } from '../../shared/text/format';
import type { HandlerMap } from '../context';
import { deliver, MIME_PDF, MIME_XLSX } from '../deliver';
import { audit } from '../audit/audit';
import { getOrg } from '../org/org';
import {
  addMember,
  deleteMember,
  getMember,
  listMembers,
  memberHistory,
  readMembers,
  setMemberStatus,
  updateMember,
} from './service';
import { listTags } from './tags';
import { deleteUnit, listUnits, saveUnit } from './units';

type Names =
  | 'members.list'
  | 'members.get'
  | 'members.add'
  | 'members.update'
  | 'members.setStatus'
  | 'members.delete'
  | 'members.tags'
  | 'units.list'
  | 'units.save'
  | 'units.delete'
  | 'members.importData'
  | 'members.importProblems'
  | 'members.export';

type ImportInput = Parameters<HandlerMap<'members.importData'>['members.importData']>[0];
type Ctx = Parameters<HandlerMap<'members.importData'>['members.importData']>[1];

/** The import is a persistent, resumable job (import-job.ts): its input is the file's bytes, never a path. */
function startImport(ctx: Ctx, input: ImportInput) {
  ctx.session();
  return ctx.jobs.run('members.import', input);
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
  'members.add': async ({ status, event, eventDate, eventRef, ...fields }, ctx) =>
    addMember(ctx.session(), fields, { status, event, eventDate, eventRef }),
  'members.update': async ({ id, ...fields }, ctx) => updateMember(ctx.session(), id, fields),
  'members.setStatus': async (input, ctx) => setMemberStatus(ctx.session(), input),
  'members.delete': async ({ id }, ctx) => (await deleteMember(ctx.session(), id), { ok: true }),
  'members.tags': async (_i, ctx) => listTags(ctx.session().db),
  'units.list': async (_i, ctx) => listUnits(ctx.session().db),
  'units.save': async (input, ctx) => saveUnit(ctx.session().db, ctx.session().record, input),
  'units.delete': async ({ id }, ctx) => (await deleteUnit(ctx.session().db, ctx.session().record, id), { ok: true }),
  'members.importData': async (input, ctx) => ({ jobId: await startImport(ctx, input) }),
  'members.importProblems': async ({ fileName, base64, mapping, skipFlagged }, ctx) => {
    ctx.session();
    const { problemRowsXlsx, importFailure } = await import('./import'); // exceljs is heavy: loaded when asked
    const data = Buffer.from(base64, 'base64');
    const file = await problemRowsXlsx({ fileName, data }, { mapping, skipFlagged }).catch((err: unknown) => {
      throw importFailure(err);
    });
    return { ...deliver(file.fileName, MIME_XLSX, file.bytes), count: file.rows };
  },
  'members.export': async ({ format, includeSensitive, ...filters }, ctx) => {
    const s = ctx.session();
    const { ids } = await listMembers(s, { ...filters, limit: 0 });
    const members = await readMembers(s.db, ids);
    const org = (await getOrg(s.db)).profile;
    const generatedAt = new Date();
    const { membersToPdf, membersToXlsx } = await import('./export');
    const data =
      format === 'xlsx'
        ? await membersToXlsx({ org, members, includeSensitive, generatedAt })
        : await membersToPdf({ org, members, generatedAt });
    const fileName = `danh-sach-doan-vien-${isoDay(generatedAt)}.${format}`;
    // Ethnicity and religion are sensitive personal data (Decree 13/2023): every export is logged, with what it held.
    await audit(s.db, s.record, 'members.export', undefined, {
      format,
      count: members.length,
      sensitive: includeSensitive && format === 'xlsx',
      filters,
      device: s.record.deviceId,
    });
    return { ...deliver(fileName, format === 'xlsx' ? MIME_XLSX : MIME_PDF, data), count: members.length };
  },
};
