import { z } from 'zod';
import { mobileNumberE164 } from './phone-number';

export const phoneNumberSchema = z.object({
  phoneNumber: z
    .string()
    .max(32, 'Write the number in international form, e.g. +254712345678.')
    .transform((input, ctx) => {
      const e164 = mobileNumberE164(input);
      if (e164) return e164;
      ctx.addIssue({
        code: 'custom',
        message: 'Use a mobile number in international form, with + and the country code, e.g. +254712345678.',
        params: { code: 'INVALID_PHONE_NUMBER' },
      });
      return z.NEVER;
    }),
});

export const phoneCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'The code is the 6 digits from the text message.'),
});
