/**
 * Who receives the bulletin: all members, the BCH, union groups, positions, tags, hand-picked members, outside
 * addresses — with the live count from the core (audiences.count, after a pause in the picking): "Sẽ gửi: 120 người ·
 * bỏ qua: 12 không có email, 3 đã hủy đăng ký".
 */
import { Checkbox, Form, Input, Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { audienceCount } from '../../shared/bulletins-contract';
import type { Unit } from '../../shared/members-contract';
import { useApi } from '../api/ApiContext';
import { SearchSelect } from '../common/SearchSelect';
import { useDebounced } from '../common/useDebounced';
import { detailText } from '../common/errors';
import { skippedText, splitAddresses, toAudience, type AudienceState } from './audience';
import { useCount } from './numbers';

export type AudienceCount = z.infer<typeof audienceCount>;

interface Props {
  value: AudienceState;
  onChange: (next: AudienceState) => void;
  /** The count as last answered (null while counting or with nothing chosen). */
  onCount?: (count: AudienceCount | null) => void;
}

const COUNT_DELAY_MS = 300;

export function AudiencePicker({ value, onChange, onCount }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const n = useCount();
  const [units, setUnits] = useState<Unit[]>([]);
  const [tags, setTags] = useState<{ tag: string; count: number }[]>([]);
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed, 250);
  const [found, setFound] = useState<{ value: string; label: string }[]>([]);
  const [known, setKnown] = useState<Record<string, string>>({});
  const [count, setCount] = useState<AudienceCount | null>(null);
  const [error, setError] = useState<string | null>(null);
  const settled = useDebounced(value, COUNT_DELAY_MS);
  const countTo = useRef(onCount);
  countTo.current = onCount;
  const set = (patch: Partial<AudienceState>) => onChange({ ...value, ...patch });

  useEffect(() => {
    call('units.list', {}).then(setUnits, () => setUnits([]));
    call('members.tags', {}).then(
      (r) => setTags(r.items),
      () => setTags([]),
    );
  }, [call]);

  useEffect(() => {
    let live = true;
    call('members.list', { query: query || undefined, status: ['active'], limit: 30 }).then(
      (res) =>
        live &&
        setFound(res.items.map((m) => ({ value: m.id, label: m.unit ? `${m.fullName} — ${m.unit}` : m.fullName }))),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [call, query]);

  useEffect(() => {
    let live = true;
    const audience = toAudience(settled);
    setCount(null);
    setError(null);
    countTo.current?.(null);
    if (!audience) return;
    call('audiences.count', { audience }).then(
      (c) => {
        if (!live) return;
        setCount(c);
        countTo.current?.(c);
      },
      (err) => live && setError(detailText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, settled, t]);

  const options = [
    ...found,
    ...value.memberIds
      .filter((id) => !found.some((f) => f.value === id))
      .map((id) => ({ value: id, label: known[id] ?? id })),
  ];
  const bad = splitAddresses(value.external).bad;
  const nothing = !toAudience(value);
  const counting = !nothing && !count && !error;

  return (
    <div className="ud-audience" data-testid="audience-picker">
      <Form layout="vertical" className="ud-audience-form">
        <div className="ud-audience-checks">
          <Checkbox checked={value.all} onChange={(e) => set({ all: e.target.checked })} data-testid="audience-all">
            {t('bulletins.audience.all')}
          </Checkbox>
          <Checkbox checked={value.bch} onChange={(e) => set({ bch: e.target.checked })} data-testid="audience-bch">
            {t('bulletins.audience.bch')}
          </Checkbox>
        </div>
        <div className="ud-audience-grid">
          <Form.Item label={t('bulletins.audience.units')}>
            <SearchSelect<string[]>
              mode="multiple"
              value={value.unitIds}
              onChange={(unitIds) => set({ unitIds })}
              placeholder={t('bulletins.audience.unitsPlaceholder')}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
              data-testid="audience-units"
            />
          </Form.Item>
          <Form.Item label={t('bulletins.audience.positions')}>
            <Select<string[]>
              mode="tags"
              value={value.positions}
              onChange={(positions) => set({ positions })}
              placeholder={t('bulletins.audience.positionsPlaceholder')}
              open={false}
              suffixIcon={null}
              data-testid="audience-positions"
            />
          </Form.Item>
          <Form.Item label={t('bulletins.audience.tags')}>
            <SearchSelect<string[]>
              mode="multiple"
              value={value.tags}
              onChange={(picked) => set({ tags: picked })}
              placeholder={t('bulletins.audience.tagsPlaceholder')}
              options={tags.map((x) => ({ value: x.tag, label: `${x.tag} (${n(x.count)})` }))}
              data-testid="audience-tags"
            />
          </Form.Item>
          <Form.Item label={t('bulletins.audience.members')}>
            <SearchSelect<string[]>
              mode="multiple"
              value={value.memberIds}
              onChange={(memberIds, picked) => {
                const labels = Object.fromEntries(
                  ([] as { value?: string; label?: string }[])
                    .concat(picked as { value?: string; label?: string }[])
                    .map((o) => [o.value ?? '', o.label ?? '']),
                );
                setKnown((k) => ({ ...k, ...labels }));
                set({ memberIds });
              }}
              onSearch={setTyped}
              placeholder={t('bulletins.audience.membersPlaceholder')}
              options={options}
              data-testid="audience-members"
            />
          </Form.Item>
          <Form.Item
            label={t('bulletins.audience.external')}
            validateStatus={bad.length ? 'error' : undefined}
            help={bad.length ? t('bulletins.audience.badExternal', { list: bad.join(', ') }) : undefined}
          >
            <Input.TextArea
              value={value.external}
              onChange={(e) => set({ external: e.target.value })}
              placeholder={t('bulletins.audience.externalPlaceholder')}
              autoSize={{ minRows: 1, maxRows: 4 }}
              data-testid="audience-external"
            />
          </Form.Item>
        </div>
      </Form>
      <div className="ud-audience-count" data-testid="audience-count" aria-live="polite">
        {nothing && t('bulletins.audience.none')}
        {counting && (
          <>
            <Spin size="small" /> {t('bulletins.audience.counting')}
          </>
        )}
        {error && <span className="ud-error-text">{error}</span>}
        {count && (
          <>
            <strong>{t('bulletins.audience.willSend', { n: n(count.recipients) })}</strong>
            {' · '}
            {skippedText(t, count, n)}
          </>
        )}
      </div>
    </div>
  );
}
