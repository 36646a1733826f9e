/** 10,000 members parse correctly (the speed is measured in `npm run bench`, not asserted here). */
import { describe, expect, it } from 'vitest';
import { parseMemberFile } from '../../src/core/members/import';
import { bigWorkbook, ROWS } from './big';
import { TODAY } from './fixtures';

describe('10,000 rows', () => {
  it('parses every row, converting the TCVN3 ones and restoring numeric CCCD and phones', async () => {
    const data = await bigWorkbook();
    const parsed = await parseMemberFile({ fileName: 'big.xlsx', data }, { today: TODAY });
    expect(parsed.candidates).toHaveLength(ROWS);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.candidates.filter((c) => c.converted === 'tcvn3')).toHaveLength(ROWS / 50);
    expect(parsed.candidates[1].fields).toMatchObject({
      idNumber: '001000000001',
      phone: '0912000001',
      duesSalary: 5500000,
    });
  });
});
