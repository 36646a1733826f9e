/** Our own .xlsx export (title block, STT, status column, merged totals row) must import back unchanged. */
import { describe, expect, it } from 'vitest';
import { membersToXlsx, XLSX_HEADER_ROW } from '../../src/core/members/export/xlsx';
import { parseXlsx } from './fixtures';

describe('export → import', () => {
  it('reads back every exported field, skipping the title block, status column and totals row', async () => {
    const members = [
      {
        fullName: 'Nguyễn Văn An',
        gender: 'male' as const,
        dateOfBirth: '1985-02-05',
        idNumber: '001085012345',
        phone: '0912345678',
        email: 'an@x.vn',
        unit: 'Tổ 1',
        position: 'Tổ trưởng',
        joinedOn: '2010-03-15',
        cardNumber: '00123',
        memberCode: 'M-1',
        status: 'active' as const,
        ethnicity: 'Kinh',
        religion: 'Không',
      },
      { fullName: 'Trần Thị Bình', gender: 'female' as const, dateOfBirth: '1990-12-31', status: 'active' as const },
    ];
    const data = await membersToXlsx({
      org: { name: 'Công đoàn cơ sở Công ty ABC', upperLevelName: 'LĐLĐ quận Cầu Giấy' },
      members,
      includeSensitive: true,
      generatedAt: new Date(Date.UTC(2025, 4, 31)),
    });
    const p = await parseXlsx(data);
    expect(p.headerRow).toBe(XLSX_HEADER_ROW);
    expect(p.unmapped).toEqual([]);
    expect(p.rejected).toEqual([]);
    expect(p.candidates.map((c) => c.row)).toEqual([XLSX_HEADER_ROW + 1, XLSX_HEADER_ROW + 2]);
    expect(p.candidates[0].fields).toEqual({
      fullName: 'Nguyễn Văn An',
      familyName: 'Nguyễn',
      middleName: 'Văn',
      givenName: 'An',
      gender: 'male',
      dateOfBirth: '1985-02-05',
      idNumber: '001085012345',
      phone: '0912345678',
      email: 'an@x.vn',
      unit: 'Tổ 1',
      position: 'Tổ trưởng',
      joinedOn: '2010-03-15',
      cardNumber: '00123',
      memberCode: 'M-1',
      ethnicity: 'Kinh',
      religion: 'Không',
    });
    expect(p.candidates[1].fields).toEqual({
      fullName: 'Trần Thị Bình',
      familyName: 'Trần',
      middleName: 'Thị',
      givenName: 'Bình',
      gender: 'female',
      dateOfBirth: '1990-12-31',
    });
  });
});
