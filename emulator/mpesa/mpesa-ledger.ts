/** A completed movement of money on the emulated M-Pesa, keyed by its receipt (TransactionID). */
export interface MpesaTransaction {
  receipt: string;
  kind: 'stk-push' | 'b2c' | 'reversal';
  amount: number;
  /** The customer's phone number on either side of the movement. */
  msisdn: string;
  shortcode: string;
  completedAt: string;
  originatorConversationId: string;
  conversationId: string;
  /** For a reversal: the receipt it reversed. For a reversed payment: the reversal's receipt. */
  reverses?: string;
  reversedBy?: string;
}

export class MpesaLedger {
  private readonly byReceipt = new Map<string, MpesaTransaction>();

  record(transaction: MpesaTransaction): void {
    this.byReceipt.set(transaction.receipt, transaction);
  }

  find(receipt: string): MpesaTransaction | undefined {
    return this.byReceipt.get(receipt);
  }

  findByOriginatorConversationId(id: string): MpesaTransaction | undefined {
    return [...this.byReceipt.values()].find((transaction) => transaction.originatorConversationId === id);
  }

  all(): MpesaTransaction[] {
    return structuredClone([...this.byReceipt.values()]);
  }
}
