import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { ResponseTimeTarget } from './host-profile.entity';
import { Sensitive } from '../../../platform/graphql/sensitive';

@InputType({ description: 'The public host profile guests see; `becomeHost` and `updateHostProfile` take all of it.' })
export class HostProfileInput {
  @Sensitive('PERSONAL')
  @Field({ description: 'Name shown on listings, 1 to 80 characters.' })
  displayName!: string;

  @Sensitive('PERSONAL')
  @Field({ description: 'Up to 2000 characters.' })
  about!: string;

  @Field(() => [String], { description: '1 to 10 ISO 639-1 codes, e.g. ["en", "sw"].' })
  languages!: string[];

  @Field(() => ResponseTimeTarget, { description: 'How soon you aim to answer guests.' })
  responseTimeTarget!: ResponseTimeTarget;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A two-letter code the platform's ICU data knows, e.g. `en`, `sw`; not `xx`. */
function isLanguageCode(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && languageNames.of(code) !== undefined;
}

export const hostProfileSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, 'Display name is required.')
    .max(80, 'Display name must be at most 80 characters.'),
  about: z.string().trim().max(2000, 'About must be at most 2000 characters.'),
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .refine(isLanguageCode, {
          message: 'Use an ISO 639-1 language code, e.g. "en".',
          params: { code: 'UNKNOWN_LANGUAGE' },
        }),
    )
    .min(1, 'Name at least one language.')
    .max(10, 'Name at most 10 languages.')
    .transform((codes) => [...new Set(codes)]),
  responseTimeTarget: z.enum(ResponseTimeTarget),
});
