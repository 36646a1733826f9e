/**
 * The busy/error cycle of every form that calls the core: busy while the call runs (the form is disabled, the
 * button spins), the failure turned into the message shown above the buttons. `describe` places what it can on the
 * form's own fields and returns the rest (null when every problem sits on a field).
 */
import { useCallback, useState } from 'react';

export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<unknown>, describe: (err: unknown) => string | null) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(describe(err));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
