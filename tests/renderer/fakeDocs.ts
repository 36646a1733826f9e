/**
 * The documents part of the in-memory core for component tests: docs.* handlers added to a FakeCore at the transport
 * seam. Like every fake handler they are typed and checked against the contract (fakeContract.ts): inputs are
 * parsed by the real (strict) zod inputs, so a body the core would refuse fails here too, and answers by its outputs.
 */
import type { DocRecord, TemplateInfo } from '../../src/shared/documents-contract';
import {
  formatDocNumber,
  type DocBody,
  type DocumentModel,
  type OfficialFields,
} from '../../src/shared/document-model';
import { AppError } from '../../src/shared/errors';
import { foldVi } from '../../src/shared/text/fold';
import type { FakeCore } from './fakeCore';

export const GIAY_MOI: TemplateInfo = {
  id: 'giay-moi',
  title: 'Giấy mời',
  type: 'GM',
  typeName: 'Giấy mời',
  description: 'Giấy mời dự hội nghị hoặc sự kiện.',
  variables: [
    {
      name: 'invitee',
      label: 'Kính mời',
      type: 'text',
      required: true,
      automatic: false,
      example: 'Đồng chí Trần Minh Tuấn',
    },
    {
      name: 'event.name',
      label: 'Tới dự',
      type: 'text',
      required: true,
      automatic: false,
      example: 'Hội nghị tổng kết năm 2025',
    },
    {
      name: 'event.date',
      label: 'Ngày tổ chức',
      type: 'date',
      required: true,
      automatic: false,
      example: '2026-01-16',
    },
    {
      name: 'event.note',
      label: 'Ghi chú',
      type: 'text',
      required: false,
      automatic: false,
      example: 'Có mặt trước 15 phút.',
    },
    { name: 'org.name', label: 'org.name', type: 'text', required: false, automatic: true },
  ],
};

export const DANH_SACH: TemplateInfo = {
  id: 'danh-sach',
  title: 'Danh sách',
  type: 'DS',
  typeName: 'Danh sách',
  description: 'Danh sách có bảng.',
  variables: [
    {
      name: 'subject',
      label: 'Danh sách về',
      type: 'text',
      required: true,
      automatic: false,
      example: 'Đoàn viên được tặng quà',
    },
    { name: 'budget', label: 'Tổng kinh phí', type: 'money', required: true, automatic: false, example: 1250000 },
    { name: 'notes', label: 'Ghi chú', type: 'list', required: false, automatic: false, example: ['Một', 'Hai'] },
    {
      name: 'members',
      label: 'Danh sách',
      type: 'list',
      required: true,
      automatic: false,
      example: [{ fullName: 'Nguyễn Văn An', amount: 500000 }],
    },
  ],
};

export const BROKEN: TemplateInfo = {
  id: 'hong',
  title: 'Mẫu hỏng',
  type: 'TB',
  typeName: 'Thông báo',
  variables: [],
  error: 'Dòng 3: YAML không hợp lệ.',
};

interface Stored {
  record: DocRecord;
  versions: { version: number; issued: boolean; createdAt: string; fields: OfficialFields; body: DocBody }[];
  deleted: boolean;
}

export interface FakeDocs {
  docs: Map<string, Stored>;
  templates: TemplateInfo[];
  /** Adds a document directly (e.g. an issued one with two versions). */
  add(model: DocumentModel, opts?: { issued?: number; versions?: DocBody[]; templateId?: string }): DocRecord;
}

export function baseFields(over: Partial<OfficialFields> = {}): OfficialFields {
  return {
    upperLevel: 'Công đoàn phường Láng',
    issuer: 'Công đoàn cơ sở Công ty Dệt may',
    type: 'GM',
    number: null,
    issuerCode: 'CĐCS',
    place: 'Hà Nội',
    date: '2026-02-05',
    summary: 'Hội nghị tổng kết năm 2025',
    signers: [{ authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Nguyễn Thị Hằng' }],
    recipients: ['Như trên;', 'Lưu: VT.'],
    ...over,
  };
}

export const para = (text: string): DocBody['content'][number] => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const textOf = (body: DocBody): string =>
  JSON.stringify(body)
    .match(/"text":"((?:[^"\\]|\\.)*)"/g)
    ?.map((m) => JSON.parse(m.slice(7)) as string)
    .join(' ') ?? '';

export function installFakeDocs(core: FakeCore): FakeDocs {
  const docs = new Map<string, Stored>();
  const templates = [GIAY_MOI, DANH_SACH, BROKEN];
  let seq = 0;
  const counters = new Map<string, number>();
  const now = () => new Date().toISOString();

  const record = (id: string, f: OfficialFields, extra: Partial<DocRecord>): DocRecord => ({
    id,
    type: f.type,
    year: Number(f.date.slice(0, 4)),
    number: f.number,
    numberText: f.number === null ? null : formatDocNumber(f),
    summary: f.summary,
    date: f.date,
    status: 'draft',
    version: 1,
    templateId: null,
    signer: f.signers.map((s) => s.name).join(', '),
    recipients: f.recipients,
    issuedAt: null,
    updatedAt: now(),
    ...extra,
  });

  const get = (id: string) => {
    const d = docs.get(id);
    if (!d || d.deleted) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
    return d;
  };

  const add: FakeDocs['add'] = (model, opts = {}) => {
    const id = `doc-${++seq}`;
    const bodies = opts.versions ?? [model.body];
    const number = opts.issued ?? null;
    const fields = { ...model.fields, number };
    const versions = bodies.map((body, i) => ({
      version: i + 1,
      issued: number !== null,
      createdAt: `2026-02-0${i + 5}T08:00:00Z`,
      fields,
      body,
    }));
    const rec = record(id, fields, {
      status: number === null ? 'draft' : 'issued',
      version: versions.length,
      templateId: opts.templateId ?? null,
      issuedAt: number === null ? null : now(),
    });
    docs.set(id, { record: rec, versions, deleted: false });
    return rec;
  };

  const h = core.handlers;
  h['docs.templates'] = () => templates;
  h['docs.create'] = (i) => {
    let model: DocumentModel;
    if (i.templateId) {
      const tpl = templates.find((x) => x.id === i.templateId);
      if (!tpl) throw new AppError('NOT_FOUND', `Không có mẫu văn bản "${i.templateId}".`);
      const data = i.data ?? {};
      const missing = tpl.variables
        .filter((v) => !v.automatic && v.required !== false && (data[v.name] === undefined || data[v.name] === ''))
        .map((v) => v.name);
      const profile = core.state.profile;
      if (!profile?.chairName) missing.push('signers[0].name');
      if (missing.length)
        throw new AppError('VALIDATION', `Thiếu thông tin bắt buộc: ${missing.join(', ')}.`, {
          missing,
          unknown: [],
          invalid: [],
        });
      model = {
        fields: baseFields({
          type: tpl.type as OfficialFields['type'],
          issuer: profile!.name,
          summary: String(data['event.name'] ?? data.subject ?? ''),
          signers: [{ authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: profile!.chairName }],
        }),
        body: {
          type: 'doc',
          content: [
            para(`Kính mời: ${String(data.invitee ?? '')}`),
            para(`Tới dự: ${String(data['event.name'] ?? '')}.`),
          ],
        },
      };
    } else if (i.markdown !== undefined) {
      const type = /type: "([^"]+)"/.exec(i.markdown)?.[1] ?? 'TB';
      model = {
        fields: baseFields({
          type: type as OfficialFields['type'],
          summary: /summary: "([^"]*)"/.exec(i.markdown)?.[1] ?? '',
        }),
        body: { type: 'doc', content: [] },
      };
    } else if (i.model) model = i.model as DocumentModel;
    else throw new AppError('VALIDATION', 'Cần chọn mẫu văn bản hoặc nội dung.');
    const doc = add({ ...model, fields: { ...model.fields, date: '2026-02-05' } }, { templateId: i.templateId });
    const stored = get(doc.id);
    return { doc, model: { fields: stored.versions[0].fields, body: stored.versions[0].body } };
  };
  h['docs.get'] = (i) => {
    const d = get(i.id);
    const v = d.versions.find((x) => x.version === (i.version ?? d.record.version));
    if (!v) throw new AppError('NOT_FOUND', `Văn bản không có phiên bản ${i.version}.`);
    return {
      doc: d.record,
      model: { fields: v.fields, body: v.body },
      versions: d.versions.map(({ version, issued, createdAt }) => ({ version, issued, createdAt })),
    };
  };
  h['docs.save'] = (i) => {
    const d = get(i.id);
    const current = d.versions.at(-1)!;
    if (d.record.status === 'draft') {
      current.fields = { ...i.fields, number: null };
      current.body = i.body;
      d.record = record(d.record.id, current.fields, { version: d.record.version, templateId: d.record.templateId });
      return d.record;
    }
    if (i.fields.type !== current.fields.type)
      throw new AppError('CONFLICT', 'Văn bản đã ban hành không đổi được loại văn bản.');
    const fields = { ...i.fields, number: d.record.number, date: current.fields.date };
    if (
      JSON.stringify(fields) === JSON.stringify(current.fields) &&
      JSON.stringify(i.body) === JSON.stringify(current.body)
    )
      return d.record;
    d.versions.push({ version: d.versions.length + 1, issued: true, createdAt: now(), fields, body: i.body });
    d.record = {
      ...record(d.record.id, fields, {}),
      status: 'issued',
      version: d.versions.length,
      issuedAt: d.record.issuedAt,
      templateId: d.record.templateId,
    };
    return d.record;
  };
  h['docs.issue'] = (i) => {
    const d = get(i.id);
    if (d.record.status !== 'draft') throw new AppError('CONFLICT', 'Văn bản này đã được ban hành.');
    const v = d.versions.at(-1)!;
    if (!v.fields.summary)
      throw new AppError('VALIDATION', 'Văn bản còn thiếu thông tin bắt buộc trước khi ban hành.', [
        { path: ['fields', 'summary'], message: 'Bắt buộc' },
      ]);
    const key = `${v.fields.type}-${v.fields.date.slice(0, 4)}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    v.fields = { ...v.fields, number: n, date: i.date ?? v.fields.date };
    v.issued = true;
    d.record = {
      ...record(d.record.id, v.fields, {}),
      status: 'issued',
      version: d.record.version,
      issuedAt: now(),
      templateId: d.record.templateId,
    };
    return d.record;
  };
  h['docs.list'] = (i) => {
    const words = i.query ? foldVi(i.query).split(' ').filter(Boolean) : [];
    return [...docs.values()]
      .filter((d) => !d.deleted)
      .map((d) => d.record)
      .filter(
        (r) => (!i.type || r.type === i.type) && (!i.year || r.year === i.year) && (!i.status || r.status === i.status),
      )
      .filter((r) =>
        words.every((w) =>
          foldVi([r.numberText ?? '', r.summary, r.signer ?? '', ...r.recipients].join(' ')).includes(w),
        ),
      )
      .reverse();
  };
  h['docs.delete'] = (i) => {
    const d = get(i.id);
    if (d.record.status !== 'draft')
      throw new AppError('CONFLICT', 'Không xoá được văn bản đã ban hành: sổ văn bản đi phải giữ nguyên.');
    d.deleted = true;
    return { ok: true };
  };
  h['docs.render'] = (i) => {
    const d = get(i.id);
    const v = d.versions.find((x) => x.version === (i.version ?? d.record.version))!;
    return {
      fileName: `van-ban-v${v.version}.${i.format}`,
      base64: b64(`PK fake ${i.format} ${textOf(v.body)}`),
      mime: 'application/octet-stream',
    };
  };
  h['docs.preview'] = (i) => {
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body><div class="ud-doc"><h1>${i.model.fields.summary}</h1><p>${textOf(i.model.body)}</p></div></body></html>`;
    return { fileName: 'xem-truoc.html', base64: b64(html), mime: 'text/html' };
  };
  h['docs.exportRegister'] = (i) => {
    const count = [...docs.values()].filter(
      (d) => !d.deleted && d.record.status === 'issued' && (!i.year || d.record.year === i.year),
    ).length;
    return {
      fileName: `so-van-ban-di${i.year ? `-${i.year}` : ''}.xlsx`,
      base64: b64('PK xlsx'),
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      count,
    };
  };
  return { docs, templates, add };
}

/** jsdom has no layout: ProseMirror asks for the caret's rectangles when it scrolls the selection into view. */
export function polyfillEditorLayout(): void {
  const empty = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  const rect = () =>
    ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) }) as DOMRect;
  if (typeof Range !== 'undefined') {
    Range.prototype.getClientRects ??= empty;
    Range.prototype.getBoundingClientRect ??= rect;
  }
  if (typeof document !== 'undefined') document.elementFromPoint ??= () => null;
}
