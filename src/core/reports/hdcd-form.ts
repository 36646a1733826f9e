/**
 * The rows of Mẫu 1-HĐCĐ that UnionDesk fills, in the form's order: the workforce (from the organisation profile),
 * the members (from the register's status history) and the union's organisation. Rows the register cannot know
 * (wages, housing, contracts and insurance of the whole workforce, disputes) are left to the officer's paper.
 * `key` names the figure the report computes; the row numbers are the ones printed in the STT column.
 */
export interface HdcdFormSection {
  title: string;
  rows: { row: string; key: HdcdFigure; label: string; unit: string }[];
}

export type HdcdFigure =
  | 'workers'
  | 'nonMembers'
  | 'members'
  | 'women'
  | 'admitted'
  | 'left'
  | 'partyMembers'
  | 'youth'
  | 'ethnicMinority'
  | 'hazardous'
  | 'unionGroups'
  | 'officials'
  | 'womenOfficials';

export const HDCD_FORM: HdcdFormSection[] = [
  {
    title: 'I. Tình hình lao động',
    rows: [
      { row: '1', key: 'workers', label: 'Tổng số lao động', unit: 'người' },
      { row: '2', key: 'nonMembers', label: 'Số lao động chưa là đoàn viên công đoàn', unit: 'người' },
    ],
  },
  {
    title: 'II. Đoàn viên công đoàn',
    rows: [
      { row: '3', key: 'members', label: 'Tổng số đoàn viên công đoàn', unit: 'người' },
      { row: '4', key: 'women', label: '- Trong đó: nữ', unit: 'người' },
      { row: '5', key: 'partyMembers', label: '- Đoàn viên là đảng viên', unit: 'người' },
      { row: '6', key: 'youth', label: '- Đoàn viên dưới 35 tuổi', unit: 'người' },
      { row: '7', key: 'ethnicMinority', label: '- Đoàn viên người dân tộc thiểu số', unit: 'người' },
      { row: '8', key: 'hazardous', label: '- Đoàn viên làm công việc nặng nhọc, độc hại', unit: 'người' },
      { row: '9', key: 'admitted', label: 'Số đoàn viên kết nạp mới trong kỳ', unit: 'người' },
      {
        row: '10',
        key: 'left',
        label: 'Số đoàn viên giảm trong kỳ (chuyển đi, nghỉ hưu, xin ra, khai trừ, thôi)',
        unit: 'người',
      },
    ],
  },
  {
    title: 'III. Tổ chức công đoàn',
    rows: [
      { row: '11', key: 'unionGroups', label: 'Số tổ công đoàn, công đoàn bộ phận', unit: 'tổ' },
      { row: '12', key: 'officials', label: 'Số cán bộ công đoàn (đang giữ chức danh)', unit: 'người' },
      { row: '13', key: 'womenOfficials', label: '- Trong đó: nữ', unit: 'người' },
    ],
  },
];
