import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../context';
import { getOrg } from '../org/org';
import type { Session } from '../session';
import { fileNameFor, MIME, renderModel } from './files';
import { createDraft, deleteDraft, getDocument, issueDocument, listDocuments, saveDocument } from './register';
import { registerToXlsx } from './register-export';

type Names =
  | 'docs.templates' | 'docs.create' | 'docs.get' | 'docs.save' | 'docs.issue' | 'docs.list' | 'docs.delete'
  | 'docs.render' | 'docs.renderMarkdown' | 'docs.preview' | 'docs.exportRegister';

/** Builds content from template-style Markdown, the organisation profile (as in force on its date) and user data. */
async function fromMarkdown(s: Session | null, text: string, data: Record<string, unknown>) {
  const t = await import('./templates');
  const { profile, upperLevels } = s ? await getOrg(s.db) : { profile: null, upperLevels: [] };
  try {
    return t.buildDocument(text, { org: profile, upperLevels, data, today: new Date() });
  } catch (err) {
    throw t.toAppError(err);
  }
}

async function fromTemplate(s: Session, templateId: string, data: Record<string, unknown>) {
  const text = (await import('./templates')).readTemplate(templateId);
  if (text === null) throw new AppError('NOT_FOUND', `Không có mẫu văn bản "${templateId}".`);
  return fromMarkdown(s, text, data);
}

export const documentHandlers: HandlerMap<Names> = {
  'docs.templates': async () => (await import('./templates')).loadTemplates(),
  'docs.create': async ({ templateId, markdown, data, model }, ctx) => {
    const s = ctx.session();
    const content =
      model ?? (markdown !== undefined ? await fromMarkdown(s, markdown, data ?? {}) : templateId ? await fromTemplate(s, templateId, data ?? {}) : null);
    if (!content) throw new AppError('VALIDATION', 'Cần chọn mẫu văn bản hoặc nội dung.', [{ path: ['templateId'], message: 'Bắt buộc' }]);
    const doc = await createDraft(s, content, templateId ?? null);
    return { doc, model: (await getDocument(s.db, doc.id)).model };
  },
  'docs.get': async ({ id, version }, ctx) => getDocument(ctx.session().db, id, version),
  'docs.save': async ({ id, fields, body }, ctx) => saveDocument(ctx.session(), id, fields, body),
  'docs.issue': async ({ id, date }, ctx) => issueDocument(ctx.session(), id, date),
  'docs.list': async (input, ctx) => listDocuments(ctx.session().db, input),
  'docs.delete': async ({ id }, ctx) => (await deleteDraft(ctx.session(), id), { ok: true }),
  'docs.render': async ({ id, version, format, out }, ctx) => {
    const { model } = await getDocument(ctx.session().db, id, version);
    const data = await renderModel(model, format);
    if (out) fs.writeFileSync(out, data, { mode: 0o600 }); // personal data: readable by this user only
    return { fileName: out ? path.basename(out) : fileNameFor(model, format), base64: out ? '' : data.toString('base64'), mime: MIME[format], path: out ? path.resolve(out) : null };
  },
  'docs.renderMarkdown': async ({ markdown, data, format }, ctx) => {
    const model = await fromMarkdown(ctx.maybeSession(), markdown, data ?? {});
    const bytes = await renderModel(model, format, true); // buildDocument's own documentModel.parse output
    return { fileName: fileNameFor(model, format), base64: bytes.toString('base64'), mime: MIME[format] };
  },
  'docs.preview': async ({ model, format }, ctx) => {
    ctx.session();
    const data = await renderModel(model, format, true); // the dispatcher parsed it against the contract
    return { fileName: fileNameFor(model, format), base64: data.toString('base64'), mime: MIME[format] };
  },
  'docs.exportRegister': async ({ year, out }, ctx) => {
    const s = ctx.session();
    const docs = (await listDocuments(s.db, { year, status: 'issued' })).reverse();
    const { profile } = await getOrg(s.db);
    const data = await registerToXlsx(profile, docs, year ?? null);
    if (out) fs.writeFileSync(out, data, { mode: 0o600 }); // personal data: readable by this user only
    const fileName = out ? path.basename(out) : `so-van-ban-di${year ? `-${year}` : ''}.xlsx`;
    return { fileName, base64: out ? '' : data.toString('base64'), mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', path: out ? path.resolve(out) : null, count: docs.length };
  },
};
