import { registerEnumType } from 'type-graphql';

export enum Role {
  GUEST = 'GUEST',
  HOST = 'HOST',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do: every user is a guest.',
  valuesConfig: {
    GUEST: { description: 'Can book stays; every user has it.' },
    HOST: { description: 'Can list places and run their calendars; added by `becomeHost`.' },
    ADMIN: {
      description: 'Can see and manage every account, listing and booking; granted only from the command line.',
    },
  },
});

export function isRole(value: unknown): value is Role {
  return Object.values(Role).includes(value as Role);
}
