/**
 * The phiếu khôi phục keeps each group of the recovery key whole on its line: the key is laid out as two lines of
 * four groups (a group that starts with a digit cannot break after the hyphen before it, so pdfmake cut inside one).
 */
import { describe, expect, it } from 'vitest';
import { keyLines, recoverySheetPdf } from '../../src/core/vault/recovery-sheet';

const KEY = '7K2M-9ABC-1DEF-2GHJ-3KMN-4PQR-5STV-6WXY';

describe('phiếu khôi phục layout', () => {
  it('splits the key after its fourth group, keeping the hyphen at the end of the first line', () => {
    expect(keyLines(KEY)).toBe('7K2M-9ABC-1DEF-2GHJ-\n3KMN-4PQR-5STV-6WXY');
  });

  it('prints every group whole, read back from the PDF', async () => {
    const pdf = await recoverySheetPdf(
      KEY,
      'Công đoàn cơ sở Công ty TNHH Thử Nghiệm',
      new Date('2026-02-05T03:00:00Z'),
    );
    const { PDFParse } = await import('pdf-parse');
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    const lines = text
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter((l) => /^([0-9A-Z]{1,4}-?)+$/.test(l) && l.includes('-'));
    expect(lines).toEqual(['7K2M-9ABC-1DEF-2GHJ-', '3KMN-4PQR-5STV-6WXY']);
  });
});
