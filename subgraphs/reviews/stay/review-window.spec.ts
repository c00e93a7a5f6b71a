import { completionOf, deadlineOf, isWindowOpen, reminderTimes } from './review-window';

describe('completionOf', () => {
  it.each([
    [{ checkOut: '2027-03-10', completedAt: '2027-03-10T02:00:00.000Z' }, '2027-03-10T02:00:00.000Z'],
    [{ checkOut: '2027-03-10', timeZone: 'Asia/Tokyo' }, '2027-03-10T15:00:00.000Z'],
    [{ checkOut: '2027-03-10', timeZone: 'America/Los_Angeles' }, '2027-03-11T08:00:00.000Z'],
    [{ checkOut: '2027-03-10' }, '2027-03-11T00:00:00.000Z'],
    [{ checkOut: '2027-03-10', timeZone: 'Not/AZone' }, '2027-03-11T00:00:00.000Z'],
  ])('%j completes at %s', (timing, expected) => {
    expect(completionOf(timing).toISOString()).toBe(expected);
  });
});

describe('the window', () => {
  const completedAt = new Date('2027-03-10T02:00:00.000Z');
  const stay = { completedAt, deadline: deadlineOf(completedAt, 14) };

  it('closes windowDays after completion', () => {
    expect(stay.deadline.toISOString()).toBe('2027-03-24T02:00:00.000Z');
  });

  it.each([
    ['2027-03-10T01:59:59.999Z', false],
    ['2027-03-10T02:00:00.000Z', true],
    ['2027-03-24T01:59:59.999Z', true],
    ['2027-03-24T02:00:00.000Z', false],
  ])('at %s open: %s', (now, open) => {
    expect(isWindowOpen(stay, new Date(now))).toBe(open);
  });

  it('reminds a day after and a day before, or only once for a short window', () => {
    expect(reminderTimes(completedAt, stay.deadline).map((r) => [r.at.toISOString(), r.last])).toEqual([
      ['2027-03-11T02:00:00.000Z', false],
      ['2027-03-23T02:00:00.000Z', true],
    ]);
    expect(reminderTimes(completedAt, deadlineOf(completedAt, 2))).toHaveLength(1);
  });
});
