/**
 * An agenda item's papers: documents of the register found by search (docs.list), or a file from the computer stored
 * with the meeting (meetings.addFile). Values are attachment keys (`d:<id>` / `f:<id>`, meetingRecord.ts).
 */
import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_FILE_MAX_BYTES } from '../../shared/meetings-contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { SearchSelect } from '../common/SearchSelect';
import { useDebounced } from '../common/useDebounced';
import { toBase64 } from './zipOf';

interface Props {
  meetingId: string | null;
  value?: string[];
  onChange?: (v: string[]) => void;
  /** Names of the attachments already there (from the record). */
  known: Record<string, string>;
  testId: string;
}

/** A chosen file's bytes, through FileReader (there in every renderer this runs in, Blob.arrayBuffer is not). */
export function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

export function AttachmentSelect({ meetingId, value = [], onChange, known, testId }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed, 250);
  const [found, setFound] = useState<{ value: string; label: string }[]>([]);
  const [added, setAdded] = useState<Record<string, string>>({});
  const [uploading, setUploading] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    call('docs.list', { query: query || undefined }).then(
      (docs) =>
        live &&
        setFound(
          docs.slice(0, 30).map((d) => ({
            value: `d:${d.id}`,
            label: `${d.numberText ?? t('documents.register.noNumber')} – ${d.summary}`,
          })),
        ),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [call, query, t]);

  const options = useMemo(() => {
    const all = new Map<string, string>(Object.entries({ ...known, ...added }));
    for (const o of found) all.set(o.value, o.label);
    return [...all].map(([v, label]) => ({ value: v, label }));
  }, [known, added, found]);

  const upload = async (file: File) => {
    if (!meetingId) return;
    if (file.size > MEETING_FILE_MAX_BYTES) {
      void message.error(t('meetings.info.fileTooBig'));
      return;
    }
    setUploading(true);
    try {
      const base64 = toBase64(await readBytes(file));
      const { fileId } = await call('meetings.addFile', {
        id: meetingId,
        fileName: file.name,
        mime: file.type || 'application/octet-stream',
        base64,
      });
      setAdded((a) => ({ ...a, [`f:${fileId}`]: file.name }));
      onChange?.([...value, `f:${fileId}`]);
    } catch (err) {
      void message.error(detailText(t, err));
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className="ud-attachments-line">
      <SearchSelect<string[]>
        mode="multiple"
        value={value}
        onChange={(v) => onChange?.(v)}
        onSearch={setTyped}
        options={options}
        placeholder={t('meetings.info.attachDoc')}
        data-testid={testId}
        className="ud-attachments"
        maxTagCount="responsive"
      />
      <Button
        icon={<PaperClipOutlined />}
        loading={uploading}
        disabled={!meetingId}
        onClick={() => input.current?.click()}
        title={t('meetings.info.attachFile')}
        aria-label={t('meetings.info.attachFile')}
        data-testid={`${testId}-file`}
      />
      <input
        ref={input}
        type="file"
        className="ud-hidden"
        data-testid={`${testId}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void upload(file);
        }}
      />
    </div>
  );
}
