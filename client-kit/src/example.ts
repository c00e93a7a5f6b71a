import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { FailedJobsDocument, LoginDocument, QuoteDocument, type LoginMutation } from './gql/graphql';
import result from './gql/possible-types';

/**
 * One client per app. possibleTypes lets the cache match `... on UserError` and the members of
 * result unions; the client headers tell StayGraph which app and version still send an operation.
 */
export function createStayGraphClient(uri: string, version: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      headers: { 'apollographql-client-name': 'example-web', 'apollographql-client-version': version },
    }),
    cache: new InMemoryCache({ possibleTypes: result.possibleTypes }),
  });
}

type LoginResult = LoginMutation['login'];

/** Business outcomes are union members: every branch is typed, and a new error type still has a code. */
export function describeLogin(login: LoginResult): string {
  switch (login.__typename) {
    case 'LoginSuccess':
      return `Welcome ${login.user.displayName}, signed in until ${new Date(login.expiresAt).toLocaleTimeString()}`;
    case 'MfaRequired':
      return `Enter your code before ${new Date(login.expiresAt).toLocaleTimeString()}`;
    case 'ValidationError':
      return login.fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('\n');
    default:
      return `${login.code}: ${login.message}`;
  }
}

export async function logIn(client: ApolloClient, email: string, password: string): Promise<string> {
  const { data } = await client.mutate({ mutation: LoginDocument, variables: { input: { email, password } } });
  return data ? describeLogin(data.login) : 'No answer';
}

/** LocalDate goes in and out as YYYY-MM-DD strings; money in minor units is a number. */
export async function quoteTotal(client: ApolloClient, listingId: string, checkIn: string, checkOut: string) {
  const { data } = await client.query({ query: QuoteDocument, variables: { listingId, checkIn, checkOut, guests: 2 } });
  const quote = data?.quote;
  if (quote?.__typename !== 'Quote') return quote ? `${quote.code}: ${quote.message}` : 'No answer';
  const { total } = quote.price;
  const perNight = Math.round(total.amountMinor / quote.price.nights);
  return `${quote.listing.title}, ${quote.checkIn} to ${quote.checkOut}: ${total.amount} ${total.currency} (${perNight} minor units a night)`;
}

/** An admin screen: JSONObject arrives as a plain object. */
export async function failedJobTasks(client: ApolloClient): Promise<string[]> {
  const { data } = await client.query({ query: FailedJobsDocument, variables: { first: 10 } });
  return (data?.failedJobs.edges ?? []).map(({ node }) => `${node.task} (${Object.keys(node.payload).join(', ')})`);
}
