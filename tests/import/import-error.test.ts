/**
 * What a failed import read becomes. A file the importer cannot read as member data throws ImportError with a
 * Vietnamese message, which the core reports as VALIDATION; anything else thrown while reading is a bug, and is
 * reported as INTERNAL (never as "invalid data", which would send the user to fix a file that is fine).
 */
import { describe, expect, it } from 'vitest';
import { ImportError, importFailure, parseMemberFile } from '../../src/core/members/import';
import { toErrorShape } from '../../src/core/dispatch';
import { AppError } from '../../src/shared/errors';

const csv = (text: string) => ({ fileName: 'ds.csv', data: Buffer.from(text, 'utf8') });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('ImportError', () => {
  it('a file that is not member data: ImportError, reported as VALIDATION with its message', async () => {
    for (const input of [
      { fileName: 'ds.pdf', data: Buffer.from('%PDF-1.4') },
      { fileName: 'ds.xlsx', data: Buffer.from('không phải excel') },
      csv('chỉ một dòng chữ\nkhông có tiêu đề'),
    ]) {
      const err = await failure(parseMemberFile(input));
      expect(err, input.fileName).toBeInstanceOf(ImportError);
      const shape = toErrorShape(importFailure(err));
      expect(shape).toMatchObject({
        code: 'VALIDATION',
        message: (err as Error).message,
        details: [{ path: ['file'] }],
      });
    }
  });

  it('a bad column mapping names the mapping', async () => {
    const err = await failure(
      parseMemberFile(csv('Họ và tên,Ngày sinh\nAn,01/01/1990\n'), { mapping: { A: 'noSuchField' } }),
    );
    expect(err).toBeInstanceOf(ImportError);
    expect(importFailure(err)).toBeInstanceOf(AppError);
    expect(toErrorShape(importFailure(err))).toMatchObject({ code: 'VALIDATION', details: [{ path: ['mapping'] }] });
  });

  it('a programming error while reading (here: no bytes at all) stays INTERNAL', async () => {
    const err = await failure(parseMemberFile({ fileName: 'ds.csv', data: undefined as unknown as Buffer }));
    expect(err).toBeInstanceOf(TypeError);
    expect(importFailure(err)).toBe(err);
    expect(toErrorShape(importFailure(err)).code).toBe('INTERNAL');
  });
});
