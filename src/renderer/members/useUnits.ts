/** The union groups (flat list from the core), reloaded after edits and imports (an import can create groups). */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../shared/members-contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';

export function useUnits() {
  const { t } = useTranslation();
  const { call } = useApi();
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setUnits(await call('units.list', {}));
      setError(null);
    } catch (err) {
      setError(errorText(t, err));
    }
  }, [call, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { units, error, reload };
}
