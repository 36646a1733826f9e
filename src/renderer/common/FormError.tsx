/** What a form or a register could not do, above its buttons or its list: the one look and role of that message. */
import { Alert } from 'antd';

export function FormError({ error, testId }: { error: string | null | undefined; testId?: string }) {
  if (!error) return null;
  return <Alert type="error" showIcon title={error} className="ud-form-alert" role="alert" data-testid={testId} />;
}
