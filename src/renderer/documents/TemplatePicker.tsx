/**
 * "Tạo văn bản": the templates on the left (or a blank document), the chosen template's questions on the right,
 * prefilled with its examples. Creating makes a draft (docs.create) and opens it. The core's answer about missing
 * values lands under the questions; what the union profile lacks is said in one sentence.
 */
import { Alert, Button, Col, Empty, Form, Modal, Row, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateInfo } from '../../shared/documents-contract';
import { useApi } from '../api/ApiContext';
import { BlankDocForm, blankMarkdown, type BlankValues } from './BlankDocForm';
import { templateProblems } from './templateErrors';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { askedVariables, initialValues, toTemplateData, type VariableValue } from './templateData';
import { VariableInput } from './VariableInput';

export const BLANK = '__blank__';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

export function TemplatePicker({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Record<string, VariableValue>>();
  const [blankForm] = Form.useForm<BlankValues>();

  useEffect(() => {
    if (!open || templates) return;
    call('docs.templates', {}).then(setTemplates, (err) => setLoadError(detailText(t, err)));
  }, [open, templates, call, t]);

  const template = templates?.find((x) => x.id === chosen) ?? null;

  const choose = (id: string) => {
    setChosen(id);
    setError(null);
  };

  const create = async () => {
    if (!chosen) return;
    setError(null);
    const isBlank = chosen === BLANK;
    try {
      if (isBlank) await blankForm.validateFields();
      else await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    try {
      const res = isBlank
        ? await call('docs.create', { markdown: blankMarkdown(blankForm.getFieldsValue(true)) })
        : await call('docs.create', { templateId: chosen, data: toTemplateData(template!, form.getFieldsValue(true)) });
      onCreated(res.doc.id);
    } catch (err) {
      const problems = templateProblems(err);
      if (problems && !isBlank && template) {
        const names = new Set(askedVariables(template).map((v) => v.name));
        const mine = problems.missing.filter((m) => names.has(m));
        form.setFields(mine.map((m) => ({ name: m, errors: [t('validation.required')] })));
        const profile = problems.missing.filter((m) => !names.has(m));
        setError(
          profile.length
            ? t('documents.picker.profileMissing', {
                fields: profile
                  .map((m) => t(`documents.profileFields.${profileKey(m)}`, { defaultValue: m }))
                  .join(', '),
              })
            : mine.length
              ? null
              : detailText(t, err),
        );
      } else if (problems?.missing.length) {
        setError(
          t('documents.picker.profileMissing', {
            fields: problems.missing
              .map((m) => t(`documents.profileFields.${profileKey(m)}`, { defaultValue: m }))
              .join(', '),
          }),
        );
      } else {
        setError(detailText(t, err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('documents.picker.title')}
      width={1040}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('documents.picker.cancel')}
        </Button>,
        <Button
          key="create"
          type="primary"
          onClick={() => void create()}
          loading={busy}
          disabled={!chosen || (!!template?.error && chosen !== BLANK)}
          data-testid="template-create"
        >
          {t('documents.picker.create')}
        </Button>,
      ]}
    >
      <div data-testid="template-picker">
        {loadError && <Alert type="error" showIcon title={loadError} className="ud-form-alert" />}
        {!templates && !loadError ? (
          <Skeleton active />
        ) : (
          <Row gutter={16}>
            <Col xs={24} md={9}>
              <Typography.Text strong>{t('documents.picker.templates')}</Typography.Text>
              <div className="ud-template-list" role="listbox" aria-label={t('documents.picker.templates')}>
                {(templates ?? []).map((x) => (
                  <TemplateItem
                    key={x.id}
                    id={x.id}
                    title={x.title}
                    subtitle={x.error ? t('documents.picker.broken') : x.description}
                    active={chosen === x.id}
                    broken={!!x.error}
                    onClick={choose}
                  />
                ))}
                <TemplateItem
                  id={BLANK}
                  testId="template-blank"
                  title={t('documents.picker.blank')}
                  subtitle={t('documents.picker.blankDescription')}
                  active={chosen === BLANK}
                  onClick={choose}
                />
              </div>
            </Col>
            <Col xs={24} md={15}>
              <FormError error={error} testId="template-error" />
              {chosen === BLANK ? (
                <BlankDocForm form={blankForm} onSubmit={() => void create()} />
              ) : template ? (
                <TemplateForm template={template} form={form} onSubmit={() => void create()} />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.picker.choose')} />
              )}
            </Col>
          </Row>
        )}
      </div>
    </Modal>
  );
}

/** "signers[0].name" → "chairName": keys i18next can look up. */
function profileKey(m: string): string {
  return m.startsWith('signers') ? 'chairName' : m;
}

interface ItemProps {
  id: string;
  testId?: string;
  title: string;
  subtitle?: string;
  active: boolean;
  broken?: boolean;
  onClick: (id: string) => void;
}

function TemplateItem({ id, testId, title, subtitle, active, broken, onClick }: ItemProps) {
  return (
    <button
      type="button"
      role="option"
      aria-selected={active}
      className={`ud-template-item${active ? ' ud-template-item-active' : ''}${broken ? ' ud-template-item-broken' : ''}`}
      onClick={() => onClick(id)}
      data-testid={testId ?? `template-${id}`}
    >
      <span className="ud-template-title">{title}</span>
      {subtitle && <span className="ud-template-subtitle">{subtitle}</span>}
    </button>
  );
}

function TemplateForm({
  template,
  form,
  onSubmit,
}: {
  template: TemplateInfo;
  form: ReturnType<typeof Form.useForm<Record<string, VariableValue>>>[0];
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  if (template.error)
    return <Alert type="warning" showIcon title={t('documents.picker.brokenTitle')} description={template.error} />;
  const asked = askedVariables(template);
  return (
    <Form
      key={template.id}
      form={form}
      layout="vertical"
      initialValues={initialValues(template)}
      onFinish={onSubmit}
      className="ud-template-form"
      data-testid={`template-form-${template.id}`}
    >
      <Typography.Title level={5} className="ud-template-form-title">
        {template.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {asked.length ? t('documents.picker.examplesNote') : t('documents.picker.nothingToAsk')}
      </Typography.Paragraph>
      {asked.map((v) => (
        <VariableInput key={v.name} variable={v} />
      ))}
    </Form>
  );
}
