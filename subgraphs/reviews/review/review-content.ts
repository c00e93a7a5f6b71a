import { validate } from '../../../platform/graphql/validation';
import { FieldError, ValidationError } from '../../../platform/graphql/user-error';
import { ReviewDirection } from './review.enums';
import { reviewContentSchema, type ReviewContentInput } from './review.inputs';
import type { Writing } from './review.repository';

/**
 * Checks what a review says for its direction: guests rate all six aspects, hosts rate the guest
 * overall only (and have no private note to write).
 */
export function checkContent(
  input: ReviewContentInput,
  direction: ReviewDirection,
): { ok: true; value: Writing } | { ok: false; error: ValidationError } {
  const parsed = validate(reviewContentSchema, input);
  if (!parsed.ok) return parsed;
  const content = parsed.value;
  const guest = direction === ReviewDirection.GUEST_TO_LISTING;
  if (guest && !content.subRatings)
    return invalid('subRatings', 'REQUIRED', 'Rate all six aspects of the stay, 1 to 5 each.');
  if (!guest && content.subRatings) return invalid('subRatings', 'INVALID_VALUE', 'Hosts rate a guest overall only.');
  if (!guest && content.privateNote)
    return invalid('privateNote', 'INVALID_VALUE', 'Private notes are for guests writing to their host.');
  return {
    ok: true,
    value: {
      rating: content.rating,
      subRatings: content.subRatings,
      body: content.text,
      privateNote: content.privateNote,
    },
  };
}

/** Validation of the content, before the stay is known: both directions' common rules. */
export function checkCommon(input: ReviewContentInput): ValidationError | null {
  const parsed = validate(reviewContentSchema, input);
  return parsed.ok ? null : parsed.error;
}

function invalid(field: string, code: string, message: string) {
  return { ok: false as const, error: new ValidationError([new FieldError(['input', field], code, message)]) };
}
