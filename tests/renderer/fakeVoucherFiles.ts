/**
 * The funds fake's categories editing and voucher files: funds.setCategory as the core rules it (a reserved
 * category keeps its kind), files kept per voucher with the core's size/type refusals and the closed-year lock.
 */
import { AppError } from '../../src/shared/errors';
import {
  VOUCHER_FILE_MAX_BYTES,
  VOUCHER_FILE_TYPES,
  type VoucherFileInfo,
} from '../../src/shared/funds-files-contract';
import type { FakeCore } from './fakeCore';
import type { FakeFunds } from './fakeFunds';

export interface FakeVoucherFiles {
  files: (VoucherFileInfo & { base64: string; removed: boolean })[];
}

export function installFakeVoucherFiles(core: FakeCore, funds: FakeFunds): FakeVoucherFiles {
  const store: FakeVoucherFiles = { files: [] };
  let seq = 0;
  const voucherOf = (id: string) => {
    const v = funds.vouchers.find((x) => x.id === id);
    if (!v) throw new AppError('NOT_FOUND', 'Không tìm thấy chứng từ.');
    const year = Number(v.date.slice(0, 4));
    return { v, closed: funds.closed.has(year), year };
  };
  const writable = (voucherId: string) => {
    const { closed, year } = voucherOf(voucherId);
    if (closed) throw new AppError('VALIDATION', `Năm ${year} đã khoá sổ: không thể ghi hay huỷ chứng từ của năm này.`);
  };
  const live = (id: string) => {
    const f = store.files.find((x) => x.id === id && !x.removed);
    if (!f) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');
    return f;
  };
  const info = ({ base64: _b, removed: _r, ...f }: FakeVoucherFiles['files'][number]): VoucherFileInfo => f;

  Object.assign(core.handlers, {
    'funds.setCategory': (i) => {
      const at = funds.categories.findIndex((c) => c.code === i.code);
      const old = funds.categories[at];
      if (old?.reserved && old.kind !== i.kind)
        throw new AppError('VALIDATION', `Không đổi được khoản mục "${old.name}" giữa thu và chi.`);
      const made = { ...(old ?? { builtIn: false, reserved: false }), ...i };
      if (old) funds.categories[at] = made;
      else funds.categories.push(made);
      return made;
    },
    'funds.attachFile': (i) => {
      writable(i.voucherId);
      const ext = i.fileName.split('.').pop()?.toLowerCase() ?? '';
      if (!(ext in VOUCHER_FILE_TYPES))
        throw new AppError('VALIDATION', 'Chỉ đính kèm được tệp PDF, JPG, PNG, DOCX hoặc XLSX.');
      const size = Math.floor((i.base64.length * 3) / 4);
      if (size > VOUCHER_FILE_MAX_BYTES) throw new AppError('VALIDATION', 'Tệp quá lớn: tối đa 10 MB.');
      const f = {
        id: `vf-${++seq}`,
        voucherId: i.voucherId,
        fileName: i.fileName,
        mime: VOUCHER_FILE_TYPES[ext as keyof typeof VOUCHER_FILE_TYPES],
        size,
        createdAt: new Date().toISOString(),
        base64: i.base64,
        removed: false,
      };
      store.files.push(f);
      return info(f);
    },
    'funds.voucherFiles': (i) => {
      voucherOf(i.voucherId);
      return { files: store.files.filter((f) => f.voucherId === i.voucherId && !f.removed).map(info) };
    },
    'funds.voucherFile': (i) => {
      const f = live(i.id);
      return { fileName: f.fileName, mime: f.mime, base64: f.base64 };
    },
    'funds.removeFile': (i) => {
      const f = live(i.id);
      writable(f.voucherId);
      f.removed = true;
      return { id: f.id };
    },
  } satisfies FakeCore['handlers']);
  return store;
}
