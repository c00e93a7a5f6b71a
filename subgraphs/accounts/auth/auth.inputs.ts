import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { isCommonPassword } from './common-passwords';
import { Sensitive } from '../../../platform/graphql/sensitive';

@InputType({ description: 'A new account.' })
export class RegisterInput {
  @Sensitive('PERSONAL')
  @Field({ description: 'Up to 254 characters; a confirmation link is sent to it. Case does not matter.' })
  email!: string;

  @Sensitive()
  @Field({ description: '10 to 128 characters.' })
  password!: string;

  @Sensitive('PERSONAL')
  @Field({ description: 'Name shown to hosts and guests, 1 to 80 characters.' })
  displayName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional: a key the client generates once per sign-up (8 to 100 characters, e.g. a UUID) and sends again on retries: a retry with the same input returns the same account instead of EmailTakenError.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Email and password to sign in with.' })
export class LoginInput {
  @Sensitive('PERSONAL')
  @Field({ description: "The account's email address, up to 254 characters; case does not matter." })
  email!: string;

  @Sensitive()
  @Field({ description: 'Up to 128 characters.' })
  password!: string;
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'Email is too long.')
  .pipe(z.email('Enter a valid email address.'));

/** A password being set: length bounds and not one of the most common passwords. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`)
  .refine((password) => !isCommonPassword(password), {
    message: 'This password is too common; choose one that is harder to guess.',
    params: { code: 'TOO_COMMON' },
    // One complaint at a time: a too-short password is not also called common.
    when: (payload) => payload.issues.length === 0,
  });

export const registerSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  displayName: z
    .string()
    .trim()
    .min(1, 'Display name is required.')
    .max(80, 'Display name must be at most 80 characters.'),
  idempotencyKey: z.string().trim().min(8, 'At least 8 characters.').max(100, 'At most 100 characters.').nullish(),
});

export const loginSchema = z.object({
  email: z.string().trim().min(1, 'Email is required.').max(254, 'Email is too long.'),
  password: z.string().min(1, 'Password is required.').max(PASSWORD_MAX, 'Password is too long.'),
});
