/**
 * The finance and welfare dialogs' form: like useCoreForm, but a refusal the core explains in its own words (a cash
 * payment beyond the balance, a closed year, a programme full) shows that sentence, not the generic "invalid data":
 * zod issues still go under their fields.
 */
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useSubmit } from '../api/useSubmit';
import { showFieldErrors } from '../common/errors';

export function useFundsForm<Values>(fieldNames: readonly string[]) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useSubmit();
  const submit = (work: () => Promise<unknown>) => run(work, (err) => showFieldErrors(t, form, err, fieldNames));
  return { t, call, form, busy, error, submit };
}
