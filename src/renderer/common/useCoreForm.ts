/**
 * A form that saves through the core (the vault, organisation and passphrase forms): its antd form and the
 * busy/error cycle, with the core's refusals placed under the form's own fields and the rest returned as the message
 * above the buttons. `fieldFor` puts an error code on a field (WRONG_SECRET → the secret the form asked for) and
 * `overrides` gives that code the sentence it means there.
 */
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useSubmit } from '../api/useSubmit';
import { fieldErrors, placeFieldErrors } from './errors';

export function useCoreForm<Values>(
  fieldNames: readonly string[],
  fieldFor?: Record<string, string>,
  overrides?: Record<string, string>,
) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useSubmit();
  const submit = (work: () => Promise<unknown>) =>
    run(work, (err) => placeFieldErrors(form, fieldErrors(t, err, fieldNames, fieldFor, overrides)));
  return { t, call, form, busy, error, submit };
}
