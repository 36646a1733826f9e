import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../context';
import { deliver, MIME_XLSX } from '../deliver';
import { getOrg } from '../org/org';
import { getSettings } from '../settings/settings';
import type { Session } from '../session';
import { fileNameFor, MIME, renderModel } from './files';
import { createDraft, deleteDraft, getDocument, issueDocument, listDocuments, saveDocument } from './register';
import { registerToXlsx } from './register-export';

type Names =
  | 'docs.templates'
  | 'docs.create'
  | 'docs.get'
  | 'docs.save'
  | 'docs.issue'
  | 'docs.list'
  | 'docs.delete'
  | 'docs.render'
  | 'docs.renderMarkdown'
  | 'docs.preview'
  | 'docs.exportRegister';

/** Builds content from template-style Markdown, the organisation profile (as in force on its date) and user data. */
async function fromMarkdown(s: Session | null, text: string, data: Record<string, unknown>) {
  const t = await import('./templates');
  const { profile, upperLevels } = s ? await getOrg(s.db) : { profile: null, upperLevels: [] };
  const texts = s ? (await getSettings(s.db)).documentTexts : undefined;
  try {
    return t.buildDocument(text, { org: profile, upperLevels, texts, data, today: new Date() });
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
      model ??
      (markdown !== undefined
        ? await fromMarkdown(s, markdown, data ?? {})
        : templateId
          ? await fromTemplate(s, templateId, data ?? {})
          : null);
    if (!content)
      throw new AppError('VALIDATION', 'Cần chọn mẫu văn bản hoặc nội dung.', [
        { path: ['templateId'], message: 'Bắt buộc' },
      ]);
    const doc = await createDraft(s, content, templateId ?? null);
    return { doc, model: (await getDocument(s.db, doc.id)).model };
  },
  'docs.get': async ({ id, version }, ctx) => getDocument(ctx.session().db, id, version),
  'docs.save': async ({ id, fields, body }, ctx) => saveDocument(ctx.session(), id, fields, body),
  'docs.issue': async ({ id, date }, ctx) => {
    const s = ctx.session();
    const { doc, model } = await getDocument(s.db, id);
    // A draft still holding its template's example values (invented people, amounts' reasons) is refused.
    if (doc.status === 'draft') (await import('./examples')).refuseExamples(doc.templateId, model);
    return issueDocument(s, id, date);
  },
  'docs.list': async (input, ctx) => listDocuments(ctx.session().db, input),
  'docs.delete': async ({ id }, ctx) => (await deleteDraft(ctx.session(), id), { ok: true }),
  'docs.render': async ({ id, version, format }, ctx) => {
    const { model } = await getDocument(ctx.session().db, id, version);
    return deliver(fileNameFor(model, format), MIME[format], await renderModel(model, format));
  },
  'docs.renderMarkdown': async ({ markdown, data, format }, ctx) => {
    const model = await fromMarkdown(ctx.maybeSession(), markdown, data ?? {});
    const bytes = await renderModel(model, format, true); // buildDocument's own documentModel.parse output
    return deliver(fileNameFor(model, format), MIME[format], bytes);
  },
  'docs.preview': async ({ model, format }, ctx) => {
    ctx.session();
    const data = await renderModel(model, format, true); // the dispatcher parsed it against the contract
    return deliver(fileNameFor(model, format), MIME[format], data);
  },
  'docs.exportRegister': async ({ year }, ctx) => {
    const s = ctx.session();
    const docs = (await listDocuments(s.db, { year, status: 'issued' })).reverse();
    const { profile } = await getOrg(s.db);
    const data = await registerToXlsx(profile, docs, year ?? null);
    return { ...deliver(`so-van-ban-di${year ? `-${year}` : ''}.xlsx`, MIME_XLSX, data), count: docs.length };
  },
};
