/**
 * What a column can be mapped to, and how its cells are read. The targets are the writable member fields
 * (minus positions[]), plus:
 *  - `position`: a free-text union position ("Chức vụ"), which the caller turns into positions[];
 *  - `genderMale` / `genderFemale`: sheets that split gender into a "Nam" and a "Nữ" column, marked with "x" or
 *    holding the date/year of birth in the column of the member's gender (the classic "Năm sinh: Nam | Nữ" form);
 *  - `tags` ("Nhãn"): several tags in one cell, separated by commas or semicolons.
 */
export type FieldKind =
  'name' | 'text' | 'date' | 'gender' | 'mark' | 'id' | 'phone' | 'zalo' | 'email' | 'money' | 'yes' | 'tags';

export const FIELD_KINDS = {
  fullName: 'name',
  familyName: 'name',
  middleName: 'name',
  givenName: 'name',
  gender: 'gender',
  genderMale: 'mark',
  genderFemale: 'mark',
  dateOfBirth: 'date',
  ethnicity: 'text',
  religion: 'text',
  nationality: 'text',
  idNumber: 'id',
  hometown: 'text',
  address: 'text',
  phone: 'phone',
  email: 'email',
  zalo: 'zalo',
  education: 'text',
  qualifications: 'text',
  partyMember: 'yes',
  employeeCode: 'text',
  unit: 'text',
  jobTitle: 'text',
  position: 'text',
  contractType: 'text',
  startedOn: 'date',
  duesSalary: 'money',
  hazardousWork: 'yes',
  memberCode: 'text',
  cardNumber: 'text',
  cardType: 'text',
  cardDate: 'date',
  joinedOn: 'date',
  emailConsent: 'yes',
  notes: 'text',
  tags: 'tags',
} as const satisfies Record<string, FieldKind>;

export type ImportTarget = keyof typeof FIELD_KINDS;

/** Every value a mapping may hold: the targets above, or 'ignore'. For the UI's column-mapping step. */
export const IMPORT_TARGETS = Object.keys(FIELD_KINDS) as ImportTarget[];

export function isTarget(s: string): s is ImportTarget {
  return Object.prototype.hasOwnProperty.call(FIELD_KINDS, s);
}

/** Field names as the Vietnamese reasons mention them. */
export const FIELD_LABELS: Partial<Record<ImportTarget, string>> = {
  dateOfBirth: 'Ngày sinh',
  startedOn: 'Ngày vào làm',
  cardDate: 'Ngày cấp thẻ',
  joinedOn: 'Ngày vào Công đoàn',
};
