/**
 * People named by reference in a meeting (chair, secretary, invitees, attendance, proxies), resolved in one place
 * for every face: a member id, a CCCD number (what a MEETING.json holds), a union group's name, the BCH, or a
 * name for someone outside the register. An unknown reference is refused with a Vietnamese message naming it.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import type { InviteeRef, PersonRef } from '../../shared/meetings-contract';
import { cleanText } from '../text';
import { findUnitByName, listUnits } from '../members/units';

type Db = Knex | Knex.Transaction;

/** A resolved person: a member (id and name) or, for a non-member, the name alone. */
export interface ResolvedPerson {
  memberId: string | null;
  name: string;
}

export interface ResolvedInvitee {
  type: 'member' | 'unit' | 'bch' | 'guest';
  memberId: string | null;
  unitId: string | null;
  name: string | null;
  organisation: string | null;
}

type MemberRow = { id: string; full_name: string };

/** Resolves references against the register, reading each member once per write. */
export class RefResolver {
  private readonly byId = new Map<string, MemberRow>();
  private units: { id: string; name: string }[] | null = null;

  constructor(private readonly db: Db) {}

  async person(ref: PersonRef): Promise<ResolvedPerson> {
    if ('name' in ref) return { memberId: null, name: cleanText(ref.name) };
    const row = 'memberId' in ref ? await this.memberById(ref.memberId) : await this.memberByIdNumber(ref.idNumber);
    return { memberId: row.id, name: row.full_name };
  }

  async invitee(ref: InviteeRef): Promise<ResolvedInvitee> {
    const none = { memberId: null, unitId: null, name: null, organisation: null };
    if ('bch' in ref) return { ...none, type: 'bch' };
    if ('name' in ref) {
      const organisation = ref.organisation ? cleanText(ref.organisation) : null;
      return { ...none, type: 'guest', name: cleanText(ref.name), organisation };
    }
    if ('unitId' in ref || 'unit' in ref) return { ...none, type: 'unit', unitId: await this.unitId(ref) };
    const person = await this.person(ref);
    return { ...none, type: 'member', memberId: person.memberId };
  }

  private async memberById(id: string): Promise<MemberRow> {
    const seen = this.byId.get(id);
    if (seen) return seen;
    const row = (await this.db('members').where({ id }).whereNull('deleted_at').first('id', 'full_name')) as
      MemberRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy đoàn viên có mã ${id}.`, { memberId: id });
    this.byId.set(id, row);
    return row;
  }

  private async memberByIdNumber(idNumber: string): Promise<MemberRow> {
    const row = (await this.db('members')
      .where({ id_number: idNumber })
      .whereNull('deleted_at')
      .orderBy('created_at')
      .first('id', 'full_name')) as MemberRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', `Không có đoàn viên nào có số CCCD ${idNumber}.`, { idNumber });
    this.byId.set(row.id, row);
    return row;
  }

  private async unitId(ref: { unitId: string } | { unit: string }): Promise<string> {
    this.units ??= await listUnits(this.db);
    const found = 'unitId' in ref ? this.units.find((u) => u.id === ref.unitId) : findUnitByName(this.units, ref.unit);
    if (!found) {
      const wanted = 'unitId' in ref ? ref.unitId : cleanText(ref.unit);
      throw new AppError('NOT_FOUND', `Không có tổ công đoàn nào tên "${wanted}".`, { unit: wanted });
    }
    return found.id;
  }
}
