/** The welfare and report commands of the core (support: support.ts; programmes: programmes.ts; 1-HĐCĐ: reports). */
import { foldVi } from '../../shared/text/fold';
import type { HandlerMap } from '../context';
import { deliver, MIME_PDF, MIME_XLSX } from '../deliver';
import { today } from '../dues/months';
import { hdcdReport } from '../reports/hdcd';
import { hdcdPdf, hdcdXlsx } from '../reports/hdcd-file';
import { paperOrg } from '../reports/paper';
import { programmeListPdf, programmeListXlsx } from './programme-file';
import { addSupport, listSupports } from './support';
import { addProgramme, getProgramme, listProgrammes, programmeMembers, register, unregister } from './programmes';

type Names =
  | 'welfare.addSupport'
  | 'welfare.supports'
  | 'welfare.programmes'
  | 'welfare.addProgramme'
  | 'welfare.register'
  | 'welfare.unregister'
  | 'welfare.programme'
  | 'welfare.programmeFile'
  | 'reports.hdcd'
  | 'reports.hdcdFile';

/** ASCII file names, as the other exports (some mail and chat apps mangle the rest). */
const slug = (...parts: string[]) =>
  foldVi(parts.join(' '))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const welfareHandlers: HandlerMap<Names> = {
  'welfare.addSupport': async (input, ctx) => addSupport(ctx.session(), input),
  'welfare.supports': async (input, ctx) => ({ items: await listSupports(ctx.session().db, input) }),
  'welfare.programmes': async (_input, ctx) => ({ items: await listProgrammes(ctx.session().db) }),
  'welfare.addProgramme': async (input, ctx) => addProgramme(ctx.session(), input),
  'welfare.register': async ({ programmeId, memberId }, ctx) => register(ctx.session(), programmeId, memberId),
  'welfare.unregister': async ({ programmeId, memberId }, ctx) => unregister(ctx.session(), programmeId, memberId),
  'welfare.programme': async ({ id }, ctx) => {
    const db = ctx.session().db;
    return { programme: await getProgramme(db, id), members: await programmeMembers(db, id) };
  },
  'welfare.programmeFile': async ({ id, format }, ctx) => {
    const db = ctx.session().db;
    const [p, members] = [await getProgramme(db, id), await programmeMembers(db, id)];
    const date = today();
    const org = await paperOrg(db, date);
    const name = slug('danh sach', p.name);
    return format === 'pdf'
      ? deliver(`${name}.pdf`, MIME_PDF, await programmeListPdf(p, members, org, date))
      : deliver(`${name}.xlsx`, MIME_XLSX, await programmeListXlsx(p, members, org, new Date()));
  },
  'reports.hdcd': async ({ asOf }, ctx) => hdcdReport(ctx.session().db, asOf),
  'reports.hdcdFile': async ({ asOf, format }, ctx) => {
    const db = ctx.session().db;
    const report = await hdcdReport(db, asOf);
    const date = today();
    const org = await paperOrg(db, date);
    return format === 'pdf'
      ? deliver(`bao-cao-1-hdcd-${asOf}.pdf`, MIME_PDF, await hdcdPdf(report, org, date))
      : deliver(`bao-cao-1-hdcd-${asOf}.xlsx`, MIME_XLSX, await hdcdXlsx(report, org, new Date()));
  },
};
