/**
 * Derived tables the dashboard reads (members per CĐCS, dues by month…), kept current inside each push's
 * transaction from the merged rows it changed: counting 1,000,000 members must not parse a million JSON rows.
 */
import type { Knex } from 'knex';
import type { CellValue } from '../../shared/sync-protocol';
import { DASHBOARD_PROJECTIONS } from '../dashboard/projections';

/** A row as it stands after the push merged it (every column, not only the changed ones). */
export interface ProjectedRow {
  entity: string;
  id: string;
  data: Record<string, CellValue>;
  deletedAt: string | null;
}

export interface Projection {
  /** Entities whose changed rows this projection wants. */
  readonly entities: readonly string[];
  apply(trx: Knex.Transaction, orgId: string, rows: readonly ProjectedRow[]): Promise<void>;
}

/** Filled by the dashboard (src/server/dashboard): one entry per derived table. */
export const PROJECTIONS: Projection[] = [...DASHBOARD_PROJECTIONS];
