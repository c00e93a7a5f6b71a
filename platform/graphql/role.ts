import { registerEnumType } from 'type-graphql';

export enum Role {
  GUEST = 'GUEST',
  HOST = 'HOST',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'What a user may do: every user is a guest.' });

export function isRole(value: unknown): value is Role {
  return Object.values(Role).includes(value as Role);
}
