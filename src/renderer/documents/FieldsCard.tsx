/**
 * The official fields in a card that folds to one line once they are filled ("Quyết định, số 01/QĐ-CĐCS, ngày …;
 * người ký: …" with Sửa), so at 1366×768 the body editor is on the first screen instead of below a long form. The
 * form stays mounted while folded (hidden), so saving, the preview and field errors keep working; it unfolds by
 * itself when a required field is empty or the core refuses one (the workspace sets `open`).
 */
import { DownOutlined, EditOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Card, Form, Typography, type FormInstance } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsForm } from './FieldsForm';
import { fieldsSummary, requiredFilled } from './fieldsSummary';
import type { FieldValues } from './fieldValues';

interface Props {
  form: FormInstance<FieldValues>;
  initialValues: FieldValues;
  issued: boolean;
  readOnly: boolean;
  numberText: string | null;
  open: boolean;
  onOpen: (open: boolean) => void;
  onChange: () => void;
}

export function FieldsCard({ form, initialValues, issued, readOnly, numberText, open, onOpen, onChange }: Props) {
  const { t } = useTranslation();
  const values = Form.useWatch([], { form, preserve: true }) as Partial<FieldValues> | undefined;
  const current = values ?? initialValues;
  const filled = requiredFilled(current);
  // Folded only while everything required is there: an empty required field is never hidden.
  const folded = !open && filled;
  // Unfolded because a field was empty: it stays open once filled, so the form never vanishes under the typing hand.
  useEffect(() => {
    if (!filled && !open) onOpen(true);
  }, [filled, open, onOpen]);
  const toggle = folded ? (
    <Button
      size="small"
      type="link"
      icon={<EditOutlined />}
      onClick={() => onOpen(true)}
      aria-expanded={false}
      aria-controls="ud-doc-fields-body"
      aria-label={t('documents.fold.editLabel')}
      data-testid="doc-fields-edit"
    >
      {t('documents.fold.edit')}
    </Button>
  ) : filled ? (
    <Button
      size="small"
      type="text"
      icon={<UpOutlined />}
      onClick={() => onOpen(false)}
      aria-expanded
      aria-controls="ud-doc-fields-body"
      data-testid="doc-fields-collapse"
    >
      {t('documents.fold.collapse')}
    </Button>
  ) : null;

  return (
    <Card
      size="small"
      title={t('documents.editor.fieldsCard')}
      extra={toggle}
      className={`ud-doc-card ud-doc-fields-card${folded ? ' ud-doc-fields-folded' : ''}`}
      data-testid="doc-fields-card"
      data-folded={folded ? 'true' : 'false'}
    >
      {folded && (
        <button
          type="button"
          className="ud-doc-fields-summary"
          onClick={() => onOpen(true)}
          data-testid="doc-fields-summary"
          title={t('documents.fold.editLabel')}
        >
          <Typography.Text className="ud-doc-fields-summary-issuer">{current.issuer}</Typography.Text>
          <span className="ud-doc-fields-summary-line">{fieldsSummary(t, current, numberText)}</span>
          <DownOutlined className="ud-doc-fields-summary-icon" aria-hidden />
        </button>
      )}
      <div id="ud-doc-fields-body" hidden={folded}>
        <FieldsForm form={form} initialValues={initialValues} issued={issued} readOnly={readOnly} onChange={onChange} />
      </div>
    </Card>
  );
}
