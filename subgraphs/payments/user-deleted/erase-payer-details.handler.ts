import { defineHandler } from '../../../platform/events/event-handler';
import { UserDeleted } from '../../../contracts/events/accounts';

/**
 * Payments keep amounts, providers' references and receipts (accounting and disputes need them);
 * the guest's phone number and card details go. Accounts refuses deletion while a refund is owed,
 * so no M-Pesa payout still needs the number.
 */
export const eraseDeletedUsersPayerDetails = defineHandler({
  name: 'payments.erase_deleted_users_payer_details',
  event: UserDeleted,
  kind: 'reaction',
  description: "erases the guest's phone number and card details from their payments",
  async handle(event, { em }) {
    await em.execute(
      `update payments.payments set payer_phone = null, card_brand = null, card_last4 = null
        where guest_id = ? and (payer_phone is not null or card_brand is not null or card_last4 is not null)`,
      [event.payload.userId],
    );
  },
});
