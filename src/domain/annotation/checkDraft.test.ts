import { expect, it } from 'vitest';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { checkDraft } from './checkDraft.ts';
import { newDraftDataset } from './draftEdits.ts';

it('accepts an empty draft and a copy of a dataset', () => {
  expect(checkDraft(newDraftDataset('Notes'))).toMatchObject({ ok: true });
  expect(checkDraft(seedDataset())).toMatchObject({ ok: true });
});

it('names a draft from a newer format version instead of calling it broken', () => {
  expect(checkDraft({ ...newDraftDataset('Notes'), formatVersion: 2 })).toEqual({
    ok: false,
    reason: 'newer-format',
    version: 2,
  });
});

it('lists what is wrong with a damaged draft', () => {
  const result = checkDraft({ ...newDraftDataset('Notes'), entities: [{ id: 'Bad Id' }] });
  expect(result.ok).toBe(false);
  expect(!result.ok && result.reason === 'invalid' && result.problems[0]).toMatch(/^entities\[0\]/);
  expect(checkDraft(null)).toMatchObject({ ok: false, reason: 'invalid' });
});
