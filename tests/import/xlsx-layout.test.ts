import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseMemberFile } from '../../src/core/members/import';
import { recogniseHeader } from '../../src/core/members/import/headers';
import { candidate, parseXlsx, rejectionsOf, TODAY, xlsx } from './fixtures';

describe('header variants', () => {
  const cases: Record<string, string> = {
    'Họ và tên': 'fullName',
    'Họ tên': 'fullName',
    'Họ, tên': 'fullName',
    'HỌ VÀ TÊN': 'fullName',
    'Họ và tên đoàn viên': 'fullName',
    'Ngày sinh': 'dateOfBirth',
    'Năm sinh': 'dateOfBirth',
    'Ngày, tháng, năm sinh': 'dateOfBirth',
    'Giới tính': 'gender',
    'Nam/Nữ': 'gender',
    Nam: 'genderMale',
    Nữ: 'genderFemale',
    'Số CCCD': 'idNumber',
    CCCD: 'idNumber',
    'CCCD/CMND': 'idNumber',
    'Số CMND/CCCD': 'idNumber',
    'Căn cước': 'idNumber',
    'Số căn cước công dân': 'idNumber',
    'Điện thoại': 'phone',
    'Số điện thoại': 'phone',
    SĐT: 'phone',
    'Di động': 'phone',
    ĐT: 'phone',
    Email: 'email',
    'E-mail': 'email',
    'Thư điện tử': 'email',
    'Tổ công đoàn': 'unit',
    'Công đoàn bộ phận': 'unit',
    'Bộ phận': 'unit',
    'Phòng ban': 'unit',
    Tổ: 'unit',
    // A bare "Chức vụ"/"Chức danh" may hold "Thủ kho, Lái xe" or "Chủ tịch": the user is asked, never guessed for.
    'Chức vụ': 'ask',
    'Chức danh': 'ask',
    'CHỨC VỤ': 'ask',
    'Chức vụ, chức danh': 'ask',
    'Chức vụ công đoàn': 'position',
    'Chức vụ CĐ': 'position',
    'Chức vụ trong BCH': 'position',
    'Chức danh công đoàn': 'position',
    'Công việc': 'jobTitle',
    'Nghề nghiệp': 'jobTitle',
    'Chức vụ chính quyền': 'jobTitle',
    'Chức vụ chuyên môn': 'jobTitle',
    'Chức danh công việc': 'jobTitle',
    'Lý do': 'ignore',
    'Ngày vào Công đoàn': 'joinedOn',
    'Ngày kết nạp': 'joinedOn',
    'Ngày vào CĐ': 'joinedOn',
    'Số thẻ đoàn viên': 'cardNumber',
    'Số thẻ': 'cardNumber',
    'Mã đoàn viên': 'memberCode',
    'Mã số đoàn viên': 'memberCode',
    'Dân tộc': 'ethnicity',
    'Tôn giáo': 'religion',
    'Quốc tịch': 'nationality',
    'Quê quán': 'hometown',
    'Địa chỉ': 'address',
    'Nơi ở': 'address',
    'Nơi ở hiện nay': 'address',
    'Trình độ': 'education',
    'Trình độ học vấn': 'education',
    'Chuyên môn': 'qualifications',
    'Trình độ chuyên môn': 'qualifications',
    'Đảng viên': 'partyMember',
    'Ngày vào Đảng': 'partyMember',
    'Mã nhân viên': 'employeeCode',
    'Mã NV': 'employeeCode',
    'Loại hợp đồng': 'contractType',
    'Ngày vào làm': 'startedOn',
    'Lương đóng BHXH': 'duesSalary',
    'Lương đóng đoàn phí': 'duesSalary',
    Zalo: 'zalo',
    'Ghi chú': 'notes',
    'Ngày cấp thẻ': 'cardDate',
    'Loại thẻ': 'cardType',
    'Nặng nhọc, độc hại': 'hazardousWork',
    STT: 'ignore',
    TT: 'ignore',
    'Số TT': 'ignore',
    'Trạng thái': 'ignore',
  };
  it.each(Object.entries(cases))('%s → %s', (text, field) => {
    expect(recogniseHeader(text)).toBe(field);
    expect(recogniseHeader(text.normalize('NFD'))).toBe(field);
  });

  it.each(['Ngày cấp', 'Nơi cấp', 'Số thẻ BHYT', 'Tổng công ty', 'Ký nhận'])('%s is not a member field', (text) => {
    expect(recogniseHeader(text)).toBeNull();
  });

  it('reads a sheet whose header uses the less common variants', async () => {
    const p = await parseXlsx(
      await xlsx([
        [
          'TT',
          'Họ tên',
          'Năm sinh',
          'Nam/Nữ',
          'CCCD/CMND',
          'SĐT',
          'Thư điện tử',
          'Bộ phận',
          'Chức danh công việc',
          'Ngày kết nạp',
          'Số thẻ',
          'Mã số đoàn viên',
        ],
        [
          1,
          'Ngô Thị Hoa',
          1990,
          'nữ',
          '001190000001',
          '0901234567',
          'hoa@abc.vn',
          'Kế toán',
          'Kế toán viên',
          '1/9/2015',
          'T-01',
          'M-01',
        ],
      ]),
    );
    expect(p.headerRow).toBe(1);
    expect(candidate(p, 2).fields).toEqual({
      fullName: 'Ngô Thị Hoa',
      familyName: 'Ngô',
      middleName: 'Thị',
      givenName: 'Hoa',
      dateOfBirth: '1990-01-01',
      gender: 'female',
      idNumber: '001190000001',
      phone: '0901234567',
      email: 'hoa@abc.vn',
      unit: 'Kế toán',
      jobTitle: 'Kế toán viên',
      joinedOn: '2015-09-01',
      cardNumber: 'T-01',
      memberCode: 'M-01',
    });
  });
});

describe('two-row headers and group rows', () => {
  it('"Năm sinh" merged over Nam | Nữ sub-columns: the column holding the year gives the gender', async () => {
    const data = await xlsx(
      [
        ['STT', 'Họ và tên', 'Năm sinh', null, 'Quê quán'],
        [null, null, 'Nam', 'Nữ', null],
        [1, 'Nguyễn Văn An', 1985, null, 'Nam Định'],
        [2, 'Trần Thị Bình', null, '12/04/1990', 'Huế'],
        [3, 'Lê Văn Cường', 'x', 'x', 'Vinh'],
      ],
      (ws) => {
        ws.mergeCells('C1:D1');
        ws.mergeCells('A1:A2');
        ws.mergeCells('B1:B2');
        ws.mergeCells('E1:E2');
      },
    );
    const p = await parseXlsx(data);
    expect(p.headerRow).toBe(1);
    expect(p.mapping).toEqual({ A: 'ignore', B: 'fullName', C: 'genderMale', D: 'genderFemale', E: 'hometown' });
    // What the mapping step shows beside each letter: the merged header with the sub-header under it.
    expect(p.headers).toEqual({ A: 'STT', B: 'Họ và tên', C: 'Năm sinh / Nam', D: 'Năm sinh / Nữ', E: 'Quê quán' });
    expect(candidate(p, 3).fields).toMatchObject({ gender: 'male', dateOfBirth: '1985-01-01', hometown: 'Nam Định' });
    expect(candidate(p, 4).fields).toMatchObject({ gender: 'female', dateOfBirth: '1990-04-12' });
    // Both columns marked: the gender is left empty and flagged; the member still imports.
    expect(rejectionsOf(p, 5)).toEqual([]);
    expect(candidate(p, 5).fields.gender).toBeUndefined();
    expect(p.flagged).toEqual([{ row: 5, field: 'gender', reason: 'Đánh dấu cả hai cột Nam và Nữ' }]);
  });

  it('separate Nam and Nữ columns marked with x', async () => {
    const p = await parseXlsx(
      await xlsx([
        ['Họ và tên', 'Nam', 'Nữ'],
        ['Phan Văn Đông', 'x', null],
        ['Mai Thị Tây', null, 'X'],
      ]),
    );
    expect(candidate(p, 2).fields.gender).toBe('male');
    expect(candidate(p, 3).fields.gender).toBe('female');
  });

  it('group heading rows give their group to the rows below; subtotals are skipped, not the end', async () => {
    const p = await parseXlsx(
      await xlsx([
        ['STT', 'Họ và tên', 'Ngày sinh'],
        ['I', 'KHỐI VĂN PHÒNG'],
        [1, 'Nguyễn Văn An', '01/01/1980'],
        [null, 'Cộng: 1'],
        ['II', 'Tổ 2 - Phân xưởng may'],
        [2, 'Tô Văn Bình', '02/02/1982'],
        [3, 'Tô Thị Cúc'], // only a name (Tô is a family name, not "Tổ"): still a member
        ['III. Tổ 3'], // a heading in the STT column
        [4, 'Lý Văn Dũng'],
        ['TỔNG CỘNG', null, null],
        [5, 'Người Ký Tên'], // below the grand total: signatures, not members
      ]),
    );
    expect(p.candidates.map((c) => [c.row, c.fields.fullName, c.fields.unit])).toEqual([
      [3, 'Nguyễn Văn An', 'KHỐI VĂN PHÒNG'],
      [6, 'Tô Văn Bình', 'Tổ 2 - Phân xưởng may'],
      [7, 'Tô Thị Cúc', 'Tổ 2 - Phân xưởng may'],
      [9, 'Lý Văn Dũng', 'Tổ 3'],
    ]);
    expect(p.rejected).toEqual([]);
  });

  it('a heading merged across the row, a heading without a number, and a header repeated on the next page', async () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính'];
    const p = await parseXlsx(
      await xlsx(
        [
          header,
          ['(1)', '(2)', '(3)', '(4)'],
          ['A. KHỐI SẢN XUẤT'], // 3: merged A3:D3
          [1, 'Nguyễn Văn An', '01/01/1980', 'Nam'],
          header, // 5: page 2 starts
          ['(1)', '(2)', '(3)', '(4)'],
          [null, 'Tổ Bảo vệ'], // 7
          [2, 'Đới Văn Bình', '02/02/1982', 'Nam'],
        ],
        (ws) => ws.mergeCells('A3:D3'),
      ),
    );
    expect(p.rejected).toEqual([]);
    expect(p.candidates.map((c) => [c.row, c.fields.fullName, c.fields.unit])).toEqual([
      [4, 'Nguyễn Văn An', 'KHỐI SẢN XUẤT'],
      [8, 'Đới Văn Bình', 'Tổ Bảo vệ'],
    ]);
  });

  it('a unit merged down a block of rows applies to each of them', async () => {
    const p = await parseXlsx(
      await xlsx(
        [
          ['Họ và tên', 'Tổ công đoàn'],
          ['Nguyễn Văn An', 'Tổ Bảo vệ'],
          ['Lê Văn Bình', null],
        ],
        (ws) => ws.mergeCells('B2:B3'),
      ),
    );
    expect(p.candidates.map((c) => c.fields.unit)).toEqual(['Tổ Bảo vệ', 'Tổ Bảo vệ']);
  });
});

describe('mapping override', () => {
  const sheet = () =>
    xlsx([
      ['Tên người lao động', 'Ngày sinh', 'Số CCCD', 'Ghi chú', 'Mobile cũ'],
      ['Nguyễn Văn An', '05/02/1985', '001085012345', 'Tổ trưởng', '0912345678'],
    ]);

  it('without it an unknown name header means no header row at all', async () => {
    await expect(parseXlsx(await sheet())).rejects.toThrow('Không tìm thấy dòng tiêu đề');
  });

  it('maps, remaps and ignores columns as the user chose', async () => {
    const p = await parseXlsx(await sheet(), { A: 'fullName', D: 'position', E: 'ignore' });
    expect(p.mapping).toEqual({ A: 'fullName', B: 'dateOfBirth', C: 'idNumber', D: 'position', E: 'ignore' });
    expect(p.unmapped).toEqual([]);
    expect(candidate(p, 2).fields).toEqual({
      fullName: 'Nguyễn Văn An',
      familyName: 'Nguyễn',
      middleName: 'Văn',
      givenName: 'An',
      dateOfBirth: '1985-02-05',
      idNumber: '001085012345',
      position: 'Tổ trưởng',
    });
  });

  it('refuses a mapping to a field that does not exist', async () => {
    await expect(parseXlsx(await sheet(), { A: 'hoTen' })).rejects.toThrow('Cột A: không có trường «hoTen» để ghép');
    await expect(parseXlsx(await sheet(), { '1': 'fullName' })).rejects.toThrow('tên cột không hợp lệ');
  });
});

describe('cells and files', () => {
  it('reads rich text, hyperlinks and formula results; an error cell is empty', async () => {
    const p = await parseXlsx(
      await xlsx([
        ['Họ và tên', 'Email', 'Lương đóng BHXH', 'Ngày sinh'],
        [
          { richText: [{ text: 'Nguyễn ' }, { text: 'Văn An', font: { bold: true } }] },
          { text: 'An@X.vn', hyperlink: 'mailto:An@X.vn' },
          { formula: '5000000+500000', result: 5500000 },
          { error: '#N/A' },
        ],
      ]),
    );
    expect(candidate(p, 2).fields).toEqual({
      fullName: 'Nguyễn Văn An',
      familyName: 'Nguyễn',
      middleName: 'Văn',
      givenName: 'An',
      email: 'an@x.vn',
      duesSalary: 5500000,
    });
  });

  it('converts TCVN3 typed in a .VnTimeH (capitals) font to capitals, then capitalises the name', async () => {
    const p = await parseXlsx(
      await xlsx([
        ['Họ và tên', 'Tổ công đoàn'],
        [
          { v: 'nguyÔn v¨n an', font: '.VnTimeH' },
          { v: 'tæ kÕ to¸n', font: '.VnTimeH' },
        ],
      ]),
    );
    expect(candidate(p, 2)).toMatchObject({
      converted: 'tcvn3',
      fields: { fullName: 'Nguyễn Văn An', unit: 'TỔ KẾ TOÁN' },
    });
  });

  it('skips a first sheet of instructions and reads the sheet that holds the list', async () => {
    const data = await xlsx([['Hướng dẫn: điền danh sách ở trang sau']], (_ws, wb) => {
      const s = wb.addWorksheet('DS');
      s.addRow(['Họ và tên', 'Ngày sinh']);
      s.addRow(['Nguyễn Văn An', '05/02/1985']);
    });
    expect((await parseXlsx(data)).candidates.map((c) => c.fields.fullName)).toEqual(['Nguyễn Văn An']);
  });

  it('refuses other file types and unreadable workbooks in Vietnamese', async () => {
    const data = Buffer.from('x');
    await expect(parseMemberFile({ fileName: 'ds.xls', data })).rejects.toThrow('Chỉ nhập được tệp .xlsx hoặc .csv');
    await expect(parseMemberFile({ fileName: 'ds.pdf', data })).rejects.toThrow('Chỉ nhập được tệp .xlsx hoặc .csv');
    await expect(parseMemberFile({ fileName: 'ds.xlsx', data })).rejects.toThrow('Không đọc được tệp Excel');
  });

  it('reports progress every 500 rows and at the end', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Họ và tên', 'Ngày sinh']);
    for (let i = 0; i < 1200; i++) ws.addRow([`Nguyễn Văn ${i}`, '01/01/1990']);
    const calls: Array<[number, number]> = [];
    const p = await parseMemberFile(
      { fileName: 'ds.XLSX', data: Buffer.from(await wb.xlsx.writeBuffer()) },
      { today: TODAY, onProgress: (d, t) => calls.push([d, t]) },
    );
    expect(p.candidates).toHaveLength(1200);
    expect(calls).toEqual([
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
  });
});
