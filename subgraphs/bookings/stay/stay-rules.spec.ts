import { stayProblem, type StayTerms } from './stay-rules';

const terms: StayTerms = {
  bookable: true,
  timeZone: 'Pacific/Auckland',
  maxGuests: 4,
  minNights: 2,
  maxNights: 10,
  advanceNoticeDays: 1,
  bookingWindowDays: 365,
};
// 2030-05-01 11:00 UTC is 23:00 on 2030-05-01 in Auckland, and already 2030-05-02 from 12:00 UTC.
const now = new Date('2030-05-01T11:00:00Z');
const stay = (checkIn: string, checkOut: string, guests = 2) => ({ checkIn, checkOut, guests });

describe('stayProblem', () => {
  it('accepts a stay that keeps every rule', () => {
    expect(stayProblem(terms, stay('2030-05-02', '2030-05-04'), now)).toBeNull();
  });

  it('refuses a listing that is not bookable before anything else', () => {
    expect(stayProblem({ ...terms, bookable: false }, stay('2030-05-04', '2030-05-02'), now)).toEqual({
      code: 'NOT_BOOKABLE',
    });
  });

  it('refuses dates that do not exist and check-outs not after check-in', () => {
    expect(stayProblem(terms, stay('2030-02-30', '2030-03-02'), now)).toEqual({ code: 'INVALID_DATES' });
    expect(stayProblem(terms, stay('2030-05-04', '2030-05-04'), now)).toEqual({ code: 'CHECK_OUT_NOT_AFTER_CHECK_IN' });
  });

  it("judges the past and the notice by the listing's date, not UTC's", () => {
    expect(stayProblem(terms, stay('2030-04-30', '2030-05-03'), now)).toEqual({
      code: 'IN_THE_PAST',
      today: '2030-05-01',
    });
    expect(stayProblem(terms, stay('2030-05-01', '2030-05-03'), now)).toMatchObject({
      code: 'OUTSIDE_BOOKING_WINDOW',
      earliestCheckIn: '2030-05-02',
    });
    // An hour later it is 2030-05-02 in Auckland: that check-in now needs another day of notice.
    expect(stayProblem(terms, stay('2030-05-02', '2030-05-04'), new Date('2030-05-01T12:00:00Z'))).toMatchObject({
      code: 'OUTSIDE_BOOKING_WINDOW',
    });
    expect(stayProblem({ ...terms, advanceNoticeDays: 0 }, stay('2030-05-01', '2030-05-03'), now)).toBeNull();
  });

  it('keeps the last night within the booking window', () => {
    const window = { ...terms, bookingWindowDays: 30 };
    expect(stayProblem(window, stay('2030-05-29', '2030-05-31'), now)).toBeNull();
    expect(stayProblem(window, stay('2030-05-30', '2030-06-01'), now)).toMatchObject({
      code: 'OUTSIDE_BOOKING_WINDOW',
      latestCheckOut: '2030-05-31',
    });
  });

  it('checks nights and guests against the terms', () => {
    expect(stayProblem(terms, stay('2030-05-02', '2030-05-03'), now)).toEqual({
      code: 'BELOW_MIN_NIGHTS',
      minNights: 2,
    });
    expect(stayProblem(terms, stay('2030-05-02', '2030-05-13'), now)).toEqual({
      code: 'ABOVE_MAX_NIGHTS',
      maxNights: 10,
    });
    expect(stayProblem(terms, stay('2030-05-02', '2030-05-04', 5), now)).toEqual({
      code: 'TOO_MANY_GUESTS',
      maxGuests: 4,
    });
    expect(stayProblem(terms, stay('2030-05-02', '2030-05-04', 0), now)).toEqual({ code: 'INVALID_GUESTS' });
  });

  it('counts nights by calendar date across a DST change', () => {
    const newYork = { ...terms, timeZone: 'America/New_York', minNights: 3, maxNights: 3 };
    expect(stayProblem(newYork, stay('2030-03-09', '2030-03-12'), new Date('2030-03-01T12:00:00Z'))).toBeNull();
  });
});
