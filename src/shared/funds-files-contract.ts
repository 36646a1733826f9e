/**
 * Files attached to a voucher (a scanned invoice, a signed list, a bank statement): stored encrypted in the vault
 * with the voucher, bounded in size and type, listed and handed back as bytes. Spread into the funds contract.
 * A decision from the register is attached by the voucher's `documentId`; these are the other papers.
 */
import { z } from 'zod';
import { fileData } from './file-data';

export const VOUCHER_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** The types a voucher takes, by extension, with the type the core records (the renderer's guess is not trusted). */
export const VOUCHER_FILE_TYPES = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
/** For the file picker's `accept`. */
export const VOUCHER_FILE_ACCEPT = Object.keys(VOUCHER_FILE_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

export const voucherFileInfo = z.object({
  id: z.string(),
  voucherId: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type VoucherFileInfo = z.infer<typeof voucherFileInfo>;

const idRef = z.object({ id: z.string().min(1) }).strict();

export const voucherFileCommands = {
  /** Stores a file with a voucher (≤ 10 MB; pdf, jpg, png, docx, xlsx); refused on a voucher of a closed year. */
  'funds.attachFile': {
    input: z
      .object({
        voucherId: z.string().min(1),
        fileName: z.string().trim().min(1).max(255),
        mime: z.string().max(200),
        // A little above the limit so that the core, not zod, says "too large" with the size in MB.
        base64: z.string().max(Math.ceil((VOUCHER_FILE_MAX_BYTES * 1.1) / 3) * 4),
      })
      .strict(),
    output: voucherFileInfo,
  },
  /** A voucher's files, oldest first (removed ones left out). */
  'funds.voucherFiles': {
    input: z.object({ voucherId: z.string().min(1) }).strict(),
    output: z.object({ files: z.array(voucherFileInfo) }),
  },
  /** One file's bytes. */
  'funds.voucherFile': { input: idRef, output: fileData },
  /** Removes a file (soft delete: a sync peer learns of it); refused on a voucher of a closed year. */
  'funds.removeFile': { input: idRef, output: z.object({ id: z.string() }) },
} as const;
