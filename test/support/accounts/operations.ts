export const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      __typename
      ... on RegisterSuccess {
        user {
          id
          displayName
        }
      }
      ... on UserError {
        code
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`;

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        accessToken
        expiresAt
        refreshToken
        user {
          id
          email
        }
      }
      ... on MfaRequired {
        challengeToken
        expiresAt
      }
      ... on TooManyAttemptsError {
        retryAfterSeconds
      }
      ... on UserError {
        code
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`;

export const ME = /* GraphQL */ `
  query Me {
    me {
      id
      email
      displayName
      roles
      createdAt
    }
  }
`;

type UserErrorShape = {
  __typename:
    | 'ValidationError'
    | 'EmailTakenError'
    | 'InvalidCredentialsError'
    | 'TooManyAttemptsError'
    | 'AccountSuspendedError';
  code: string;
  message: string;
  fieldErrors?: { path: string[]; code: string; message: string }[];
  retryAfterSeconds?: number;
};

export type RegisterData = {
  register: { __typename: 'RegisterSuccess'; user: { id: string; displayName: string } } | UserErrorShape;
};
export type LoginData = {
  login:
    | {
        __typename: 'LoginSuccess';
        accessToken: string;
        expiresAt: string;
        refreshToken: string;
        user: { id: string; email: string };
      }
    | { __typename: 'MfaRequired'; challengeToken: string; expiresAt: string }
    | UserErrorShape;
};
export type MeData = {
  me: { id: string; email: string | null; displayName: string; roles: string[] | null; createdAt: string } | null;
};
