import { asyncResultReason, stkOutcome } from './stk-result';

describe('stkOutcome', () => {
  it.each([
    [0, { status: 'SUCCEEDED', code: '0' }],
    ['0', { status: 'SUCCEEDED', code: '0' }],
    [undefined, { status: 'PENDING' }],
  ])('reads %j', (code, outcome) => {
    expect(stkOutcome(code)).toEqual(outcome);
  });

  it.each([
    [1, /balance is too low/],
    [1032, /cancelled on the phone/],
    ['1037', /could not be reached/],
    [2001, /PIN was wrong/],
    [4242, /did not complete the payment \(code 4242\)/],
  ])('maps failure %j to a clear reason', (code, reason) => {
    const outcome = stkOutcome(code);
    expect(outcome).toMatchObject({ status: 'FAILED', code: String(code) });
    expect(outcome.status === 'FAILED' && outcome.reason).toMatch(reason);
  });
});

describe('asyncResultReason', () => {
  it('names the refund outcomes', () => {
    expect(asyncResultReason('R000001')).toMatch(/already reversed/);
    expect(asyncResultReason(2)).toMatch(/minimum/);
    expect(asyncResultReason(77)).toMatch(/code 77/);
  });
});
