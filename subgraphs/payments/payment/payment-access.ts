import { Role } from '../../../platform/graphql/role';
import type { Viewer } from '../../../platform/graphql/viewer';
import type { Payment } from './payment.entity';

/** FULL: the guest who pays and admins; SUMMARY: the host (status and amount); NONE: anyone else. */
export type PaymentView = 'FULL' | 'SUMMARY' | 'NONE';

export function paymentViewOf(viewer: Viewer | null, payment: Pick<Payment, 'guestId' | 'hostId'>): PaymentView {
  if (!viewer) return 'NONE';
  if (viewer.id === payment.guestId || viewer.roles.includes(Role.ADMIN)) return 'FULL';
  return viewer.id === payment.hostId ? 'SUMMARY' : 'NONE';
}
