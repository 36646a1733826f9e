/** CLI strings of `uniondesk units …` (its face: units.ts). English is the base; Vietnamese overrides key by key. */
const en = {
  'units.description': 'union groups (tổ công đoàn, công đoàn bộ phận) as a tree',
  'units.list.description': 'list the union groups',
  'units.add.description': 'add a union group',
  'units.add.name': 'name of the group',
  'units.add.parent': 'put it inside the group named NAME',
  'units.none': 'No union groups yet.',
  'units.col.name': 'Union group',
  'units.col.members': 'Members',
  'units.added': 'Union group added: {name}.',
  'units.err.parentNotFound': 'No union group named "{name}".',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'units.description': 'tổ công đoàn, công đoàn bộ phận (dạng cây)',
  'units.list.description': 'liệt kê các tổ công đoàn',
  'units.add.description': 'thêm tổ công đoàn',
  'units.add.name': 'tên tổ',
  'units.add.parent': 'đặt vào bên trong tổ có tên NAME',
  'units.none': 'Chưa có tổ công đoàn nào.',
  'units.col.name': 'Tổ công đoàn',
  'units.col.members': 'Số đoàn viên',
  'units.added': 'Đã thêm tổ công đoàn: {name}.',
  'units.err.parentNotFound': 'Không có tổ công đoàn nào tên "{name}".',
};

export const unitsStrings = { en, vi };
