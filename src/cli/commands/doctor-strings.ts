/** CLI strings of `uniondesk doctor` (its face: doctor.ts). English is the base; Vietnamese overrides key by key. */
const en = {
  'doctor.description': 'check the data folder, the keys and the database integrity',
  'doctor.ok': 'Everything looks right.',
  'doctor.notOk': 'Some checks failed.',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'doctor.description': 'kiểm tra thư mục dữ liệu, khóa và tính toàn vẹn của cơ sở dữ liệu',
  'doctor.ok': 'Mọi thứ đều ổn.',
  'doctor.notOk': 'Có mục kiểm tra không đạt.',
};

export const doctorStrings = { en, vi };
