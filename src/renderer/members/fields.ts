/**
 * What the member page shows and edits, section by section, and what an import column can be mapped to.
 * Labels live in i18n (`memberFields.<name>`); this file only says which input each field uses.
 */
import type { MemberFields } from '../../shared/members-contract';

export type FieldKind =
  'text' | 'textarea' | 'date' | 'gender' | 'bool' | 'money' | 'unit' | 'idNumber' | 'phone' | 'email' | 'tags';
export type FieldName = Exclude<keyof MemberFields, 'positions'>;

export interface FieldSpec {
  name: FieldName;
  kind: FieldKind;
  /** Columns out of 24 on a wide screen. */
  span: number;
  required?: boolean;
  max?: number;
  sensitive?: boolean;
}

export interface SectionSpec {
  key: 'personal' | 'contact' | 'work' | 'union' | 'card' | 'notes';
  fields: FieldSpec[];
}

const text = (name: FieldName, span: number, max: number, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  kind: 'text',
  span,
  max,
  ...extra,
});

export const SECTIONS: SectionSpec[] = [
  {
    key: 'personal',
    fields: [
      text('fullName', 12, 200, { required: true }),
      { name: 'gender', kind: 'gender', span: 6 },
      { name: 'dateOfBirth', kind: 'date', span: 6 },
      text('familyName', 8, 100),
      text('middleName', 8, 100),
      text('givenName', 8, 100),
      { name: 'idNumber', kind: 'idNumber', span: 8 },
      text('ethnicity', 8, 100, { sensitive: true }),
      text('religion', 8, 100, { sensitive: true }),
      text('nationality', 8, 100),
      text('hometown', 16, 300),
      { name: 'address', kind: 'text', span: 24, max: 500 },
      text('education', 8, 200),
      text('qualifications', 10, 300),
      { name: 'partyMember', kind: 'bool', span: 6 },
    ],
  },
  {
    key: 'contact',
    fields: [
      { name: 'phone', kind: 'phone', span: 8 },
      { name: 'email', kind: 'email', span: 10, max: 200 },
      text('zalo', 6, 50),
      { name: 'emailConsent', kind: 'bool', span: 24 },
    ],
  },
  {
    key: 'work',
    fields: [
      text('employeeCode', 8, 50),
      text('jobTitle', 8, 200),
      text('contractType', 8, 100),
      { name: 'startedOn', kind: 'date', span: 8 },
      { name: 'duesSalary', kind: 'money', span: 8 },
      { name: 'hazardousWork', kind: 'bool', span: 8 },
    ],
  },
  {
    key: 'union',
    fields: [
      { name: 'unit', kind: 'unit', span: 12, max: 200 },
      { name: 'joinedOn', kind: 'date', span: 12 },
      { name: 'tags', kind: 'tags', span: 24 },
    ],
  },
  {
    key: 'card',
    fields: [
      text('memberCode', 6, 50),
      text('cardNumber', 6, 50),
      text('cardType', 6, 50),
      { name: 'cardDate', kind: 'date', span: 6 },
    ],
  },
  { key: 'notes', fields: [{ name: 'notes', kind: 'textarea', span: 24, max: 5000 }] },
];

export const ALL_FIELDS: FieldSpec[] = SECTIONS.flatMap((s) => s.fields);
export const DATE_FIELDS = ALL_FIELDS.filter((f) => f.kind === 'date').map((f) => f.name);
export const BOOL_FIELDS = ALL_FIELDS.filter((f) => f.kind === 'bool').map((f) => f.name);

/**
 * What an import column can be mapped to (the core's IMPORT_TARGETS; a test keeps the two lists equal):
 * the member fields, plus a free-text union position and the split "Nam | Nữ" gender columns.
 */
export const IMPORT_TARGETS = [
  'fullName',
  'familyName',
  'middleName',
  'givenName',
  'gender',
  'genderMale',
  'genderFemale',
  'dateOfBirth',
  'ethnicity',
  'religion',
  'nationality',
  'idNumber',
  'hometown',
  'address',
  'phone',
  'email',
  'zalo',
  'education',
  'qualifications',
  'partyMember',
  'employeeCode',
  'unit',
  'jobTitle',
  'position',
  'contractType',
  'startedOn',
  'duesSalary',
  'hazardousWork',
  'memberCode',
  'cardNumber',
  'cardType',
  'cardDate',
  'joinedOn',
  'emailConsent',
  'notes',
  'tags',
] as const;

/** The age bands of the register filter, as inclusive bounds in whole years. */
export const AGE_BANDS = {
  under30: { ageMax: 29 },
  from30: { ageMin: 30, ageMax: 39 },
  from40: { ageMin: 40, ageMax: 49 },
  from50: { ageMin: 50 },
} as const;
export type AgeBand = keyof typeof AGE_BANDS;
