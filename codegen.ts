import type { CodegenConfig } from '@graphql-codegen/cli';
import { scalars } from './client-kit/codegen';

/**
 * `npm run codegen`: a TypedDocumentNode (variables and result types) for every operation in
 * persisted-queries/ and in the tests, checked against the schema clients see. The output is
 * generated before typecheck, lint and test, and is not committed.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['persisted-queries/**/*.graphql', '{gateway,subgraphs,test}/**/*.graphql'],
  generates: {
    'test/support/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        strictScalars: true,
        // The same map client teams get (client-kit/codegen.ts), so the tests see what they see.
        scalars,
        enumType: 'string-literal',
        // Only what the document selects: __typename where it asks for it.
        skipTypename: true,
        avoidOptionals: { field: true },
        skipTypeNameForRoot: true,
      },
    },
  },
  silent: true,
};

export default config;
