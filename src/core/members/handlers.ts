import { isoDay } from '../../shared/text/format';
import type { HandlerMap } from '../context';
import { deliver, MIME_PDF, MIME_XLSX } from '../deliver';
import { audit } from '../audit/audit';
import { getOrg } from '../org/org';
import { applyImport } from './import-apply';
import { addMember, deleteMember, getMember, listMembers, memberHistory, readMembers, setMemberStatus, updateMember } from './service';
import { deleteUnit, listUnits, saveUnit } from './units';

type Names =
  | 'members.list' | 'members.get' | 'members.add' | 'members.update' | 'members.setStatus' | 'members.delete'
  | 'units.list' | 'units.save' | 'units.delete' | 'members.importData' | 'members.export';

type ImportInput = Parameters<HandlerMap<'members.importData'>['members.importData']>[0];
type Ctx = Parameters<HandlerMap<'members.importData'>['members.importData']>[1];

function startImport(ctx: Ctx, { fileName, base64, dryRun, mapping }: ImportInput) {
  ctx.session();
  return ctx.jobs.start('members.import', (progress) =>
    ctx.exclusive(async () => {
      const s = ctx.session();
      // exceljs is heavy: load the importer only when a file is imported.
      const { parseMemberFile, importFailure } = await import('./import');
      const data = Buffer.from(base64, 'base64');
      const onProgress = (d: number, t: number) => progress(d, t * 2);
      // A file we cannot read as member data is the user's to fix (VALIDATION); any other throw is our bug (INTERNAL).
      const parsed = await parseMemberFile({ fileName, data }, { mapping, onProgress }).catch((err: unknown) => {
        throw importFailure(err);
      });
      const n = parsed.candidates.length;
      return applyImport(s, parsed, dryRun, (d) => progress(n + d, n * 2));
    }),
  );
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
  'members.importData': async (input, ctx) => ({ jobId: startImport(ctx, input) }),
  'members.export': async ({ format, includeSensitive, ...filters }, ctx) => {
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
    return { ...deliver(fileName, format === 'xlsx' ? MIME_XLSX : MIME_PDF, data), count: members.length };
  },
};
