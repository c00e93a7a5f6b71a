import { z } from 'zod';
import { validate, type Validated } from '../../../platform/graphql/validation';

/** Enough for a gallery, few enough that a listing page stays light. */
export const MAX_PHOTOS_PER_LISTING = 30;

export const ALT_TEXT_MAX = 250;

const altTextSchema = z.object({
  altText: z
    .string()
    .trim()
    .min(1, 'Alt text is required: describe the photo for people who cannot see it.')
    .max(ALT_TEXT_MAX, `Alt text must be at most ${ALT_TEXT_MAX} characters.`),
});

/** Alt text arrives as a plain argument, so its field path is `["altText"]`. */
export function validateAltText(altText: string): Validated<string> {
  const parsed = validate(altTextSchema, { altText }, []);
  return parsed.ok ? { ok: true, value: parsed.value.altText } : parsed;
}
