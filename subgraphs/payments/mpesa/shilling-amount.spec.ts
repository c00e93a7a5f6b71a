import { coversWholeCharge, refundShillings, wholeShillings } from './shilling-amount';

describe('wholeShillings', () => {
  it.each([
    [150_000, 1500, 150_000],
    [150_001, 1501, 150_100],
    [150_099, 1501, 150_100],
    [1, 1, 100],
    [100, 1, 100],
  ])('charges %i cents as KES %i (%i recorded)', (amountMinor, shillings, chargedMinor) => {
    expect(wholeShillings(amountMinor, 'KES')).toEqual({ ok: true, shillings, chargedMinor });
  });

  it('takes KES only', () => {
    expect(wholeShillings(15_000, 'USD')).toEqual({ ok: false, problem: 'CURRENCY_NOT_SUPPORTED' });
    expect(wholeShillings(15_000, 'kes')).toEqual({ ok: false, problem: 'CURRENCY_NOT_SUPPORTED' });
  });

  it('refuses nothing to pay', () => {
    expect(wholeShillings(0, 'KES')).toEqual({ ok: false, problem: 'AMOUNT_TOO_SMALL' });
    expect(wholeShillings(1.5, 'KES')).toEqual({ ok: false, problem: 'AMOUNT_TOO_SMALL' });
  });
});

describe('refunds in whole shillings', () => {
  it('treats a refund of the booking total as one of the whole rounded-up charge', () => {
    expect(coversWholeCharge(150_050, 150_100)).toBe(true);
    expect(coversWholeCharge(150_000, 150_100)).toBe(false);
    expect(coversWholeCharge(75_025, 150_100)).toBe(false);
  });

  it('rounds a part down and the rest up, so the parts add up to the charge', () => {
    expect(refundShillings(75_025, false)).toBe(750);
    expect(refundShillings(75_025, true)).toBe(751);
  });
});
