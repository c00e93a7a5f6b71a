import { DateTime } from 'luxon';
import { localInstant } from '../stay/local-dates';
import { refundFor, type PaidStay } from './cancellation-policy';
import { Actor, CancellationPolicy } from './booking.enums';

const { FLEXIBLE, MODERATE, STRICT, NON_REFUNDABLE } = CancellationPolicy;

function stay(date: string, time: string, zone: string): PaidStay {
  return { totalMinor: 50_001, serviceFeeMinor: 5_000, checkInAt: localInstant(date, time, zone) };
}

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });

describe('refundFor', () => {
  const nairobi = stay('2030-06-10', '15:00', 'Africa/Nairobi'); // 12:00 UTC

  it('FLEXIBLE: everything until 24 hours before check-in, nothing after', () => {
    expect(refundFor(FLEXIBLE, nairobi, Actor.GUEST, at('2030-06-09T12:00:00Z'))).toEqual({
      kind: 'FULL',
      amountMinor: 50_001,
    });
    expect(refundFor(FLEXIBLE, nairobi, Actor.GUEST, at('2030-06-09T12:00:01Z'))).toEqual({
      kind: 'NONE',
      amountMinor: 0,
    });
  });

  it('MODERATE: everything until 5 days before, nothing after', () => {
    expect(refundFor(MODERATE, nairobi, Actor.GUEST, at('2030-06-05T12:00:00Z')).kind).toBe('FULL');
    expect(refundFor(MODERATE, nairobi, Actor.GUEST, at('2030-06-05T12:00:01Z')).kind).toBe('NONE');
  });

  it('STRICT: half of all but the service fee (rounded half-up) until 7 days before, then nothing', () => {
    expect(refundFor(STRICT, nairobi, Actor.GUEST, at('2030-06-03T12:00:00Z'))).toEqual({
      kind: 'PARTIAL',
      amountMinor: 22_501,
    });
    expect(refundFor(STRICT, nairobi, Actor.GUEST, at('2030-06-03T12:00:01Z'))).toEqual({
      kind: 'NONE',
      amountMinor: 0,
    });
  });

  it('NON_REFUNDABLE: nothing, even months ahead', () => {
    expect(refundFor(NON_REFUNDABLE, nairobi, Actor.GUEST, at('2030-01-01T00:00:00Z'))).toEqual({
      kind: 'NONE',
      amountMinor: 0,
    });
  });

  it('refunds everything when the host or an admin cancels, whatever the policy and time', () => {
    for (const actor of [Actor.HOST, Actor.ADMIN]) {
      expect(refundFor(NON_REFUNDABLE, nairobi, actor, at('2030-06-10T11:00:00Z'))).toEqual({
        kind: 'FULL',
        amountMinor: 50_001,
      });
    }
  });

  it('measures "before check-in" at the check-in time in the listing\'s zone, not the guest\'s', () => {
    const tokyo = stay('2030-06-10', '15:00', 'Asia/Tokyo'); // 06:00 UTC
    const honolulu = stay('2030-06-10', '15:00', 'Pacific/Honolulu'); // 01:00 UTC on the 11th
    const moment = at('2030-06-09T08:00:00-10:00'); // 18:00 UTC on the 9th
    expect(refundFor(FLEXIBLE, tokyo, Actor.GUEST, moment).kind).toBe('NONE');
    expect(refundFor(FLEXIBLE, honolulu, Actor.GUEST, moment).kind).toBe('FULL');
  });

  describe('across a DST change (America/New_York springs forward on 2030-03-10)', () => {
    const newYork = stay('2030-03-11', '15:00', 'America/New_York'); // 19:00 UTC (EDT)

    it('counts 24 hours as elapsed time', () => {
      // Check-in 15:00 EDT on the 10th is 19:00 UTC; 24 h earlier is 14:00 EST on the 9th, not 15:00.
      const sunday = stay('2030-03-10', '15:00', 'America/New_York');
      expect(refundFor(FLEXIBLE, sunday, Actor.GUEST, at('2030-03-09T19:00:00Z')).kind).toBe('FULL');
      expect(refundFor(FLEXIBLE, sunday, Actor.GUEST, at('2030-03-09T19:00:01Z')).kind).toBe('NONE');
    });

    it('counts days as calendar days at the local check-in time', () => {
      // 5 days before is 15:00 EST on 2030-03-06 = 20:00 UTC, not 19:00 UTC (120 elapsed hours).
      expect(refundFor(MODERATE, newYork, Actor.GUEST, at('2030-03-06T19:30:00Z')).kind).toBe('FULL');
      expect(refundFor(MODERATE, newYork, Actor.GUEST, at('2030-03-06T20:00:00Z')).kind).toBe('FULL');
      expect(refundFor(MODERATE, newYork, Actor.GUEST, at('2030-03-06T20:00:01Z')).kind).toBe('NONE');
    });

    it('handles a check-in time skipped by the change (02:30 does not exist on 2030-03-10)', () => {
      const skipped = stay('2030-03-10', '02:30', 'America/New_York');
      expect(skipped.checkInAt.isValid).toBe(true);
      expect(skipped.checkInAt.toUTC().toISO()).toBe('2030-03-10T07:30:00.000Z');
    });
  });
});
