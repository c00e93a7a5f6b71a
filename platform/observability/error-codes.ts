import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';

const CODE = /^[A-Z][A-Z0-9_.]{0,63}$/;

/**
 * The `extensions.code` of every error a response carries (request errors and execution errors), as
 * metric label values: a code outside the platform's form counts as `OTHER`, a missing one as `UNKNOWN`.
 */
export function errorCodesOf<T extends object>(
  requestContext: Pick<GraphQLRequestContextWillSendResponse<T>, 'errors' | 'response'>,
): string[] {
  const { errors, response } = requestContext;
  const executionErrors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
  return [...(errors ?? []).map((e) => e.extensions.code), ...executionErrors.map((e) => e.extensions?.code)].map(
    (code) => (code === undefined ? 'UNKNOWN' : typeof code === 'string' && CODE.test(code) ? code : 'OTHER'),
  );
}
