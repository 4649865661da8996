// The facilitator's action form rules: text required, a past due date refused (with the issue for
// that field only), an empty owner or date meaning none, and questions for the family text-only.
import { describe, expect, it } from 'vitest';
import { checkActionDraft } from '../../../shared/meeting/runActionDraft';

const today = new Date(2031, 5, 2, 14, 30);

describe('checkActionDraft', () => {
  it('accepts an action with owner and a due date today or later, trimmed', () => {
    expect(checkActionDraft({ text: '  Call the school ', ownerId: 'm1', due: '2031-06-02' }, today, true)).toEqual({
      ok: true,
      value: { text: 'Call the school', ownerId: 'm1', due: '2031-06-02' },
    });
    expect(checkActionDraft({ text: 'Call the school', ownerId: 'm1', due: '2031-07-01' }, today, true)).toMatchObject({ ok: true });
  });

  it('reads an empty owner and an empty due date as none', () => {
    expect(checkActionDraft({ text: 'Book a room', ownerId: '', due: '' }, today, true)).toEqual({
      ok: true,
      value: { text: 'Book a room', ownerId: null, due: null },
    });
  });

  it('refuses a past due date, naming only the date as the problem', () => {
    const result = checkActionDraft({ text: 'Call the school', ownerId: 'm1', due: '2031-06-01' }, today, true);
    expect(result).toEqual({ ok: false, issues: { text: undefined, due: { key: 'validation.dueDatePast', values: {} } } });
  });

  it('refuses empty text and reports a bad date at the same time', () => {
    const result = checkActionDraft({ text: '   ', ownerId: '', due: '2031-02-30' }, today, true);
    expect(result).toEqual({
      ok: false,
      issues: { text: { key: 'validation.required', values: {} }, due: { key: 'validation.dateFormat', values: {} } },
    });
  });

  it('keeps questions for the family to their text: owner and date are ignored', () => {
    expect(checkActionDraft({ text: 'What helps in the mornings?', ownerId: 'm1', due: '2000-01-01' }, today, false)).toEqual({
      ok: true,
      value: { text: 'What helps in the mornings?', ownerId: null, due: null },
    });
    expect(checkActionDraft({ text: '', ownerId: '', due: '' }, today, false)).toMatchObject({ ok: false, issues: { text: { key: 'validation.required' } } });
  });
});
