// @vitest-environment jsdom
/**
 * Bầu cử against the contract-checked fake core (counted by the real shared tally): a ballot typed as the numbers
 * struck out, its validity shown before Enter, Enter records it, an empty Enter keeps everybody, Backspace in the
 * empty box removes the last; the live results ranked with the elected and a tie flagged. And the quorum setting.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { readBallot } from '../../src/renderer/elections/ballotKeys';
import { ElectionsPage } from '../../src/renderer/elections/ElectionsPage';
import { MeetingQuorumSetting } from '../../src/renderer/settings/MeetingQuorumSetting';
import { PAGES } from '../../src/renderer/shell/pages';
import { EMPTY_PROFILE, createFakeCore } from './fakeCore';
import { installFakeDocs } from './fakeDocs';
import { installFakeElections } from './fakeElections';
import { renderWithProviders } from './setup';

const CANDIDATES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];

function setup() {
  const core = createFakeCore({ vault: 'unlocked', passphrase: 'x'.repeat(8), profile: { ...EMPTY_PROFILE } });
  const docs = installFakeDocs(core);
  const elections = installFakeElections(core, docs);
  const e = elections.add({
    electing: 'Ban Chấp hành khóa II',
    seats: 2,
    issued: 5,
    collected: 5,
    denominator: 'collected',
    candidates: CANDIDATES.map((name) => ({ name, memberId: null })),
  });
  return { core, elections, e };
}

describe('readBallot', () => {
  it('reads the numbers struck out and applies the core’s validity rule', () => {
    expect(readBallot('3 4', CANDIDATES, 2)).toEqual({
      struck: ['Lê Văn Cường', 'Phạm Thị Dung'],
      kept: ['Nguyễn Văn An', 'Trần Thị Bình'],
      unknown: [],
      problem: null,
    });
    expect(readBallot('', CANDIDATES, 2).problem).toBe('tooManyKept');
    expect(readBallot('1,2,3,4', CANDIDATES, 2).problem).toBe('blank');
    expect(readBallot('2 9', CANDIDATES, 2).unknown).toEqual([9]);
  });
});

describe('ballot entry by keyboard', () => {
  it('records ballots with Enter, removes the last with Backspace, and shows the live count', async () => {
    const { core, e } = setup();
    renderWithProviders(createElement(ElectionsPage, { sub: e.id }), core.raw, { pages: PAGES });
    const input = (await screen.findByTestId('ballot-input')) as HTMLInputElement;
    const type = (value: string) => fireEvent.change(input, { target: { value } });
    const enter = () => act(async () => void fireEvent.keyDown(input, { key: 'Enter' }));

    type('3 4');
    expect(screen.getByTestId('ballot-state').dataset.valid).toBe('true');
    expect(screen.getByTestId('ballot-state').textContent).toContain('Phiếu hợp lệ');
    await enter();
    await waitFor(() =>
      expect(screen.getByTestId('ballot-last').textContent).toContain('Đã ghi phiếu số 1: Phiếu hợp lệ'),
    );
    expect(input.value).toBe('');
    expect(core.callsOf('elections.addBallot')).toEqual([{ id: e.id, struck: ['Lê Văn Cường', 'Phạm Thị Dung'] }]);

    type('2 4');
    await enter();
    type('x');
    expect(input.value).toBe('');
    // Nothing typed: what Enter would record, as a hint rather than a red error.
    expect(screen.getByTestId('ballot-state').textContent).toContain('Enter sẽ ghi phiếu giữ cả 4 người');
    expect(screen.getByTestId('ballot-state').textContent).toContain('giữ quá số người cần bầu');
    expect(screen.getByTestId('ballot-state').querySelector('.ant-tag-error')).toBeNull();
    await enter(); // an empty Enter: nobody struck, four kept for two seats
    await waitFor(() =>
      expect(screen.getByTestId('ballot-last').textContent).toContain('Phiếu không hợp lệ: giữ quá số người cần bầu'),
    );
    await act(async () => void fireEvent.keyDown(input, { key: 'Backspace' }));
    await waitFor(() => expect(screen.getByTestId('ballot-last').textContent).toBe('Đã xoá phiếu số 3.'));
    expect(core.callsOf('elections.removeBallot')).toEqual([{ id: e.id, index: 2 }]);

    for (const ballot of ['3 4', '2 3']) {
      type(ballot);
      await enter();
    }
    await waitFor(() => expect(screen.getByTestId('ballot-count').textContent).toBe('Đã nhập 4 / 5 phiếu thu vào'));
    // Four ballots entered of five collected: the core says why it cannot count yet, or counts; either way live.
    type('3 4');
    await enter();
    const results = await screen.findByTestId('election-results');
    await waitFor(() => expect(within(results).getByTestId('election-summary').textContent).toContain('hợp lệ 5'));
    const rows = within(results).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '1Nguyễn Văn An5100%Trúng cử',
      '2Trần Thị Bình360%Trúng cử',
      '3Lê Văn Cường120%Không trúng cử',
      '4Phạm Thị Dung120%Không trúng cử',
    ]);
  });

  it('flags candidates tied across the last seat for a re-vote and elects none of them', async () => {
    const { core, elections } = setup();
    const tied = elections.add({
      electing: 'Bầu lại',
      seats: 2,
      issued: 3,
      collected: 3,
      denominator: 'collected',
      candidates: CANDIDATES.map((name) => ({ name, memberId: null })),
      ballots: [
        ['Lê Văn Cường', 'Phạm Thị Dung'],
        ['Nguyễn Văn An', 'Phạm Thị Dung'],
        ['Trần Thị Bình', 'Phạm Thị Dung'],
      ],
    });
    renderWithProviders(createElement(ElectionsPage, { sub: tied.id }), core.raw, { pages: PAGES });
    const results = await screen.findByTestId('election-results');
    await waitFor(() => expect(within(results).getAllByText('Bằng phiếu — cần bầu lại')).toHaveLength(3));
    expect(within(results).queryAllByText('Trúng cử')).toHaveLength(0);
  });
});

describe('totals mode', () => {
  it('saves the votes counted by hand and shows the ranked result', async () => {
    const { core, elections } = setup();
    const e = elections.add({
      electing: 'Chủ tịch',
      seats: 1,
      issued: 10,
      collected: 10,
      denominator: 'valid',
      countBy: 'totals',
      candidates: CANDIDATES.slice(0, 2).map((name) => ({ name, memberId: null })),
    });
    renderWithProviders(createElement(ElectionsPage, { sub: e.id }), core.raw, { pages: PAGES });
    fireEvent.change(await screen.findByTestId('totals-0'), { target: { value: '3' } });
    fireEvent.change(screen.getByTestId('totals-1'), { target: { value: '6' } });
    fireEvent.change(screen.getByTestId('totals-invalid'), { target: { value: '1' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('totals-save'));
    });
    expect(core.callsOf('elections.update').at(-1)).toEqual({
      id: e.id,
      countBy: 'totals',
      totals: { 'Nguyễn Văn An': 3, 'Trần Thị Bình': 6 },
      invalid: 1,
    });
    const results = await screen.findByTestId('election-results');
    await waitFor(() => expect(within(results).getByTestId('result-0').textContent).toContain('Trần Thị Bình'));
    expect(within(results).getByTestId('result-0').textContent).toContain('Trúng cử');
  });
});

describe('set-up', () => {
  it('takes Enter in the date field as the end of the date, not as Lưu', async () => {
    const { core, elections } = setup();
    const e = elections.add({ electing: 'Ban Chấp hành khóa II', seats: 2, denominator: 'valid' });
    renderWithProviders(createElement(ElectionsPage, { sub: e.id }), core.raw, { pages: PAGES });
    const date = (await screen.findByTestId('election-date')) as HTMLInputElement;
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '20/03/2026' } });
    let notCancelled = true;
    await act(async () => {
      notCancelled = fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    });
    expect(notCancelled).toBe(false); // the browser does not submit the form on a cancelled Enter
    expect(core.callsOf('elections.update')).toEqual([]);
  });
});

describe('candidates', () => {
  it('names what each bin removes', async () => {
    const { core, e } = setup();
    renderWithProviders(createElement(ElectionsPage, { sub: e.id }), core.raw, { pages: PAGES });
    fireEvent.click(await screen.findByTestId('election-tab-setup'));
    expect(await screen.findAllByTitle('Xoá ứng cử viên này')).toHaveLength(CANDIDATES.length);
  });
});

describe('quorum setting', () => {
  it('saves the quorum per meeting kind', async () => {
    const core = createFakeCore({ vault: 'unlocked', passphrase: 'x'.repeat(8) });
    renderWithProviders(createElement(MeetingQuorumSetting), core.raw, { pages: PAGES });
    await screen.findByTestId('quorum-setting');
    await waitFor(() => expect(screen.getByTestId('quorum-congress').textContent).toContain('Ít nhất 2/3'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('quorum-save'));
    });
    await waitFor(() => expect(core.callsOf('settings.update')).toHaveLength(1));
    expect(core.callsOf('settings.update')[0]).toEqual({ meetingQuorum: core.state.settings.meetingQuorum });
  });
});
