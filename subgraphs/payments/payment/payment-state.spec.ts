import { nextStatus, type PaymentCommand } from './payment-state';
import { PaymentStatus } from './payment.enums';

const { PENDING, SUCCEEDED, FAILED, REFUNDED, PARTIALLY_REFUNDED } = PaymentStatus;

describe('payment state', () => {
  it.each<[PaymentStatus, PaymentCommand, PaymentStatus | null]>([
    [PENDING, 'succeed', SUCCEEDED],
    [PENDING, 'fail', FAILED],
    [PENDING, 'retry', null],
    [PENDING, 'refund_part', null],
    [PENDING, 'refund_rest', null],
    [FAILED, 'retry', PENDING],
    [FAILED, 'succeed', SUCCEEDED],
    [FAILED, 'fail', null],
    [FAILED, 'refund_rest', null],
    [SUCCEEDED, 'succeed', null],
    [SUCCEEDED, 'fail', null],
    [SUCCEEDED, 'retry', null],
    [SUCCEEDED, 'refund_part', PARTIALLY_REFUNDED],
    [SUCCEEDED, 'refund_rest', REFUNDED],
    [PARTIALLY_REFUNDED, 'refund_part', PARTIALLY_REFUNDED],
    [PARTIALLY_REFUNDED, 'refund_rest', REFUNDED],
    [PARTIALLY_REFUNDED, 'succeed', null],
    [REFUNDED, 'refund_part', null],
    [REFUNDED, 'refund_rest', null],
    [REFUNDED, 'succeed', null],
    [REFUNDED, 'retry', null],
  ])('%s --%s--> %s', (from, command, to) => {
    expect(nextStatus(from, command)).toBe(to);
  });
});
