/** The month's ledger from the core (`dues.ledger`), reloaded after every payment, import or close. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';

export type Ledger = CommandOutput<'dues.ledger'>;
export type LedgerRow = Ledger['rows'][number];

export function useLedger(month: string, unitId: string | undefined) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setLedger(await call('dues.ledger', unitId ? { month, unitId } : { month }));
      setError(null);
    } catch (err) {
      setError(detailText(t, err));
    } finally {
      setLoading(false);
    }
  }, [call, month, unitId, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ledger, error, loading, reload };
}
