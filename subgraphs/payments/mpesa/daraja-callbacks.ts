import { z } from 'zod';

const code = z.union([z.string(), z.number()]).transform(String);
const item = z.object({ Name: z.string(), Value: z.union([z.string(), z.number()]).optional() });

/** The body Safaricom POSTs to an STK push's CallBackURL once the customer has answered. */
const stkCallbackSchema = z.object({
  Body: z.object({
    stkCallback: z.object({
      MerchantRequestID: z.string(),
      CheckoutRequestID: z.string(),
      ResultCode: code,
      ResultDesc: z.string().optional(),
      CallbackMetadata: z.object({ Item: z.array(item) }).optional(),
    }),
  }),
});

export interface StkCallback {
  checkoutRequestId: string;
  resultCode: string;
  /** Only a successful payment has one; kept once the query API has confirmed the success. */
  receipt?: string;
  amount?: number;
}

export function parseStkCallback(body: unknown): StkCallback | null {
  const parsed = stkCallbackSchema.safeParse(body);
  if (!parsed.success) return null;
  const callback = parsed.data.Body.stkCallback;
  const value = (name: string) => callback.CallbackMetadata?.Item.find((entry) => entry.Name === name)?.Value;
  const receipt = value('MpesaReceiptNumber');
  const amount = value('Amount');
  return {
    checkoutRequestId: callback.CheckoutRequestID,
    resultCode: callback.ResultCode,
    receipt: typeof receipt === 'string' && /^[A-Z0-9]{6,20}$/.test(receipt) ? receipt : undefined,
    amount: amount === undefined ? undefined : Number(amount),
  };
}

/** One `{ Key, Value }` of a Result; M-Pesa leaves Value out for empty ones (DebitPartyCharges). */
const parameter = z.object({ Key: z.string(), Value: z.unknown().optional() });

/** The `{ Result }` message of Reversal, B2C and Transaction Status, POSTed to the ResultURL. */
const resultSchema = z.object({
  Result: z.object({
    ResultCode: code,
    ResultDesc: z.string().optional(),
    OriginatorConversationID: z.string(),
    ConversationID: z.string().optional(),
    TransactionID: z.string().optional(),
    // A single parameter comes as an object rather than a one-element list.
    ResultParameters: z.object({ ResultParameter: z.union([z.array(parameter), parameter]) }).optional(),
  }),
});

export interface DarajaResult {
  resultCode: string;
  originatorConversationId: string;
  conversationId?: string;
  transactionId?: string;
  parameters: Record<string, string>;
}

export function parseDarajaResult(body: unknown): DarajaResult | null {
  const parsed = resultSchema.safeParse(body);
  if (!parsed.success) return null;
  const result = parsed.data.Result;
  const raw = result.ResultParameters?.ResultParameter;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return {
    resultCode: result.ResultCode,
    originatorConversationId: result.OriginatorConversationID,
    conversationId: result.ConversationID,
    transactionId: result.TransactionID,
    parameters: Object.fromEntries(
      list.flatMap((entry) =>
        entry.Value === undefined || entry.Value === null ? [] : [[entry.Key, String(entry.Value)]],
      ),
    ),
  };
}
