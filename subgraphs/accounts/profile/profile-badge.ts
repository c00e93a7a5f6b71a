import { registerEnumType } from 'type-graphql';

/** Facts accounts itself knows; a badge appears once the fact holds and goes when it stops. */
export enum ProfileBadge {
  EMAIL_VERIFIED = 'EMAIL_VERIFIED',
  HOST = 'HOST',
  PHONE_VERIFIED = 'PHONE_VERIFIED',
}

registerEnumType(ProfileBadge, {
  name: 'ProfileBadge',
  description: 'A verified fact about a user, shown on their public profile.',
  valuesConfig: {
    EMAIL_VERIFIED: { description: 'The user confirmed their email address.' },
    HOST: { description: 'The user hosts on StayGraph.' },
    PHONE_VERIFIED: {
      description: 'The user confirmed a mobile number with a texted code (the number stays private).',
    },
  },
});
