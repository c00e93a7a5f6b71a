import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { isKnownCurrency } from '../../../platform/graphql/money/money';
import { Sensitive } from '../../../platform/graphql/sensitive';
import { SUPPORTED_LANGUAGES, supportedLanguage } from './supported-languages';

@InputType({ description: 'Your whole profile as it should be now; `updateProfile` replaces every field.' })
export class UpdateProfileInput {
  @Sensitive('PERSONAL')
  @Field({ description: 'Name shown to hosts and guests, 1 to 60 characters.' })
  displayName!: string;

  @Sensitive('PERSONAL')
  @Field({ description: 'What you say about yourself: plain text (no markup), up to 1000 characters; may be empty.' })
  about!: string;

  @Field(() => String, {
    nullable: true,
    description: `The language you want StayGraph in, a BCP 47 tag among: ${SUPPORTED_LANGUAGES.join(', ')}. Null: no preference.`,
  })
  preferredLanguage?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The currency you want prices in, an ISO 4217 code such as "KES" or "EUR". Null: no preference.',
  })
  preferredCurrency?: string | null;
}

/** A tag that opens markup (`<b>`, `</p>`, `<!--`): profiles are shown as text, so markup would show raw. */
const MARKUP = /<[a-z!/]/i;

export const updateProfileSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, 'Display name is required.')
    .max(60, 'Display name must be at most 60 characters.'),
  about: z
    .string()
    .trim()
    .max(1000, 'About must be at most 1000 characters.')
    .refine((text) => !MARKUP.test(text), {
      message: 'Write about yourself in plain text, without HTML or other markup.',
      params: { code: 'NOT_PLAIN_TEXT' },
    }),
  preferredLanguage: z
    .string()
    .trim()
    .nullish()
    .transform((tag, ctx) => {
      if (tag === null || tag === undefined) return null;
      const supported = supportedLanguage(tag);
      if (supported) return supported;
      ctx.addIssue({
        code: 'custom',
        message: `Use one of the supported languages: ${SUPPORTED_LANGUAGES.join(', ')}.`,
        params: { code: 'UNSUPPORTED_LANGUAGE' },
      });
      return z.NEVER;
    }),
  preferredCurrency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isKnownCurrency, {
      message: 'Use an ISO 4217 currency code, e.g. "KES".',
      params: { code: 'UNKNOWN_CURRENCY' },
    })
    .nullish()
    .transform((code) => code ?? null),
});
