import { defineHandler } from '../../../platform/events/event-handler';
import { publish } from '../../../platform/events/publish';
import { seal } from '../../../platform/events/sealed-box';
import { UserExportRequested } from '../../../contracts/events/accounts';
import { PaymentsExportPartReady } from '../../../contracts/events/payments';

/** The user's payments as guest and their refunds; never a provider's secret (client secret, references). */
export const exportPaymentsPart = defineHandler({
  name: 'payments.export_user_part',
  event: UserExportRequested,
  kind: 'reaction',
  description: "answers with the user's payments and refunds (payments.export_part_ready)",
  async handle({ payload }, { em, clock }) {
    // jsonb in SQL: bigint amounts stay JSON numbers, timestamps ISO strings.
    const [{ payments }] = await em.execute<{ payments: unknown[] }[]>(
      `select coalesce(jsonb_agg(to_jsonb(p) order by p.created_at), '[]'::jsonb) as payments from (
         select id, booking_id, provider, status, amount_minor, currency, charged_minor, refunded_minor, receipt,
                payer_phone, card_brand, card_last4, failure_reason, created_at, updated_at
           from payments.payments where guest_id = ?) p`,
      [payload.userId],
    );
    await publish(
      em,
      PaymentsExportPartReady,
      {
        exportId: payload.exportId,
        userId: payload.userId,
        sealedPart: seal(payload.publicKey, JSON.stringify({ payments })),
      },
      { clock },
    );
  },
});
