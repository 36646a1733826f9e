/**
 * What the renderers need. Narrow Picks rather than the full Member/OrgProfile so a caller (or a test) can pass
 * rows from any query, and full Member/OrgProfile objects still fit.
 */
import type { OrgProfile } from '../../../shared/contract';
import type { Member } from '../../../shared/members-contract';

export type ExportMember = Pick<Member, 'fullName'> &
  Partial<
    Pick<
      Member,
      | 'gender'
      | 'dateOfBirth'
      | 'idNumber'
      | 'phone'
      | 'email'
      | 'unit'
      | 'position'
      | 'joinedOn'
      | 'cardNumber'
      | 'memberCode'
      | 'status'
      | 'ethnicity'
      | 'religion'
    >
  >;

export type ExportOrg = Pick<OrgProfile, 'name' | 'upperLevelName'> & Partial<Pick<OrgProfile, 'place' | 'chairName'>>;

export interface ExportInput {
  /** null before the organisation profile is filled in: the list still exports, with blank names in the header. */
  org: ExportOrg | null;
  /** Printed in the order given: the caller has already filtered and sorted (register order). */
  members: readonly ExportMember[];
  /** The "as of" date and document date; its calendar day is taken in `timeZone`. */
  generatedAt: Date;
  /** Default Asia/Ho_Chi_Minh. */
  timeZone?: string;
}
