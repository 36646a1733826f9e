/**
 * The bulletin's masthead (the heading every issue carries: BẢN TIN CÔNG ĐOÀN, số, ngày, tiêu đề) over its body in
 * the documents editor — the app's one editor (toolbar, tables, images), not a second one.
 */
import { EditorContent } from '@tiptap/react';
import { Card, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { forwardRef, useImperativeHandle } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bulletin } from '../../shared/bulletins-contract';
import type { DocBody } from '../../shared/document-model';
import { DateInput } from '../common/DateInput';
import { sanitizeBody } from '../documents/sanitize';
import { Toolbar } from '../documents/Toolbar';
import { useDocEditor } from '../documents/useDocEditor';
import '../documents/documents.css';

interface Masthead {
  issueNumber: number;
  title: string;
  date: Dayjs | null;
}

export interface ComposeHandle {
  /** The bulletin as on screen, or null when the masthead is not filled in (the form then shows why). */
  values(): Promise<BulletinValues | null>;
  /** The same without showing errors, right now (the page is being left). */
  current(): BulletinValues | null;
}

type BulletinValues = { issueNumber: number; title: string; date: string; body: DocBody };

interface Props {
  bulletin: Bulletin;
  onChange: () => void;
}

export const BulletinCompose = forwardRef<ComposeHandle, Props>(function BulletinCompose({ bulletin, onChange }, ref) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Masthead>();
  const editor = useDocEditor(bulletin.body, false, onChange);

  useImperativeHandle(ref, () => {
    const of = (v: Partial<Masthead>): BulletinValues | null =>
      v.issueNumber && v.title?.trim()
        ? {
            issueNumber: v.issueNumber,
            title: v.title.trim(),
            date: (v.date ?? dayjs()).format('YYYY-MM-DD'),
            body: sanitizeBody(editor.getJSON()),
          }
        : null;
    return {
      async values() {
        try {
          return of(await form.validateFields());
        } catch {
          return null;
        }
      },
      current() {
        try {
          return of(form.getFieldsValue(true) as Partial<Masthead>);
        } catch {
          return null;
        }
      },
    };
  }, [editor, form]);

  return (
    <div className="ud-bulletin-compose" data-testid="bulletin-compose">
      <Card size="small" className="ud-bulletin-masthead">
        <div className="ud-bulletin-masthead-name">{t('bulletins.editor.masthead')}</div>
        <Form<Masthead>
          form={form}
          layout="inline"
          initialValues={{ issueNumber: bulletin.issueNumber, title: bulletin.title, date: dayjs(bulletin.date) }}
          onValuesChange={onChange}
          className="ud-bulletin-masthead-form"
        >
          <Form.Item name="issueNumber" label={t('bulletins.editor.issue')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100000} className="ud-bulletin-issue" data-testid="bulletin-issue" />
          </Form.Item>
          <Form.Item name="date" label={t('bulletins.editor.date')} rules={[{ required: true }]}>
            <DateInput data-testid="bulletin-date" allowClear={false} />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('bulletins.editor.title')}
            rules={[{ required: true, whitespace: true }]}
            className="ud-bulletin-title-item"
          >
            <Input maxLength={300} data-testid="bulletin-title" />
          </Form.Item>
        </Form>
      </Card>
      <Card size="small" className="ud-doc-card ud-doc-body-card">
        <Toolbar editor={editor} />
        <EditorContent editor={editor} className="ud-doc-body-wrap" />
      </Card>
    </div>
  );
});
