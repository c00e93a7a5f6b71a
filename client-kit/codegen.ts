import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * StayGraph's custom scalars as they travel in JSON. Every scalar in schema/api.graphql needs an
 * entry: with `strictScalars` an unmapped one fails the run instead of turning into `unknown`.
 */
export const scalars = {
  /** RFC 3339 date-time at UTC, e.g. 2026-12-02T10:15:30.000Z. */
  DateTimeISO: 'string',
  /** A calendar date without time zone (YYYY-MM-DD), local to the listing. */
  LocalDate: 'string',
  /** A whole number within JavaScript's safe integer range (money in minor units). */
  SafeInt: 'number',
  /** A JSON object (an admin's view of a job's payload). */
  JSONObject: 'Record<string, unknown>',
} as const;

/**
 * The client codegen kit: `npx graphql-codegen` (or `npm run codegen`) reads the API schema and
 * every operation under src/, and writes typed documents to src/gql/ and Apollo Client's
 * possibleTypes to src/gql/possible-types.ts.
 */
const config: CodegenConfig = {
  // A copy of StayGraph's schema/api.graphql: production answers no introspection.
  schema: 'schema/api.graphql',
  documents: ['src/**/*.graphql', 'src/**/*.{ts,tsx}', '!src/gql/**/*'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Apollo Client 4 masks fragments itself (dataMasking); the preset's masking would be a second one.
        fragmentMasking: false,
      },
      config: {
        scalars,
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
        // Apollo Client adds __typename to every selection set (and so do the persisted bodies).
        nonOptionalTypename: true,
      },
    },
    'src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      // `3` is also the format of Apollo Client 4.
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
