import {
  ListingHostProfileDocument,
  UpdateProfileDocument,
  type UpdateProfileInput,
} from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';
import { signedInAdmin, signedInUser, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';

const PROFILE: UpdateProfileInput = {
  displayName: '  Amani Otieno ',
  about: 'Surfer from Kilifi.\nHappy to share tips.',
  preferredLanguage: 'pt-br',
  preferredCurrency: 'kes',
};

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const em = () => stack.subgraph('accounts').orm.em.fork();
const updateProfile = (token: string, input: UpdateProfileInput) =>
  stack.client.data(UpdateProfileDocument, { token, variables: { input } }).then((d) => d.updateProfile);
const fieldErrors = async (token: string, input: UpdateProfileInput) =>
  ofType(await updateProfile(token, input), 'ValidationError').fieldErrors.map(({ path, code }) => ({
    path: path.join('.'),
    code,
  }));

describe('updateProfile', () => {
  it('takes concurrent first saves by one user one after another (one profile row, no error)', async () => {
    const user = await signedInUser(stack.client);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => updateProfile(user.token, { ...PROFILE, about: `Take ${i}` })),
    );
    expect(answers.map((a) => a.__typename)).toEqual(Array(8).fill('ProfileUpdated'));
    const [{ count }] = await em().execute<{ count: string }[]>(
      'select count(*) from accounts.profiles where user_id = ?',
      [user.id],
    );
    expect(Number(count)).toBe(1);
  });

  it('saves the profile, normalising the language tag and currency code', async () => {
    const user = await signedInUser(stack.client);
    const { user: saved } = ofType(await updateProfile(user.token, PROFILE), 'ProfileUpdated');
    expect(saved).toMatchObject({
      id: user.id,
      email: user.email,
      preferredLanguage: 'pt-BR',
      preferredCurrency: 'KES',
      profile: {
        displayName: 'Amani Otieno',
        about: 'Surfer from Kilifi.\nHappy to share tips.',
        avatar: null,
        badges: [],
        languages: [],
      },
    });
    expect(Date.parse(saved.profile.memberSince)).not.toBeNaN();

    // A whole replacement: null clears a preference.
    const cleared = ofType(
      await updateProfile(user.token, { ...PROFILE, about: '', preferredLanguage: null, preferredCurrency: null }),
      'ProfileUpdated',
    );
    expect(cleared.user).toMatchObject({ preferredLanguage: null, preferredCurrency: null, profile: { about: '' } });
  });

  it('lists every invalid field at once', async () => {
    const user = await signedInUser(stack.client);
    expect(
      await fieldErrors(user.token, {
        displayName: '   ',
        about: '<b>Best host</b>',
        preferredLanguage: 'xx-YY',
        preferredCurrency: 'EURO',
      }),
    ).toEqual([
      { path: 'input.displayName', code: 'TOO_SHORT' },
      { path: 'input.about', code: 'NOT_PLAIN_TEXT' },
      { path: 'input.preferredLanguage', code: 'UNSUPPORTED_LANGUAGE' },
      { path: 'input.preferredCurrency', code: 'UNKNOWN_CURRENCY' },
    ]);
    expect(
      await fieldErrors(user.token, { displayName: 'n'.repeat(61), about: 'a'.repeat(1001), preferredLanguage: 'en' }),
    ).toEqual([
      { path: 'input.displayName', code: 'TOO_LONG' },
      { path: 'input.about', code: 'TOO_LONG' },
    ]);
    // A language the platform knows but StayGraph is not translated into.
    expect(await fieldErrors(user.token, { ...PROFILE, preferredLanguage: 'ja' })).toEqual([
      { path: 'input.preferredLanguage', code: 'UNSUPPORTED_LANGUAGE' },
    ]);
  });

  it('refuses NUL and lone surrogates through the platform guard', async () => {
    const user = await signedInUser(stack.client);
    expect(await fieldErrors(user.token, { ...PROFILE, displayName: 'Ama\u0000ni', about: 'x\ud800y' })).toEqual([
      { path: 'input.displayName', code: 'INVALID_CHARACTERS' },
      { path: 'input.about', code: 'INVALID_CHARACTERS' },
    ]);
  });

  it('is refused without a token', async () => {
    const result = await stack.client.request(UpdateProfileDocument, { variables: { input: PROFILE } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
  });
});

describe('User.profile', () => {
  it('is public; email and preferences only reach the user and admins', async () => {
    const host = await asHost(stack.client, await signedInVerifiedUser(stack.client, em()));
    ofType(await updateProfile(host.token, PROFILE), 'ProfileUpdated');
    const listing = await createPublishedListing(stack.client, host.token);
    const read = (token?: string) =>
      stack.client
        .data(ListingHostProfileDocument, { token, variables: { listingId: listing.id } })
        .then((d) => d.listing?.host);

    const profile = {
      displayName: 'Amani Otieno',
      about: PROFILE.about,
      avatar: null,
      badges: ['EMAIL_VERIFIED', 'HOST'],
      languages: ['en'],
    };
    const hidden = { email: null, preferredLanguage: null, preferredCurrency: null, profile };
    const visible = { email: host.email, preferredLanguage: 'pt-BR', preferredCurrency: 'KES', profile };

    expect(await read()).toMatchObject(hidden);
    expect(await read((await signedInUser(stack.client)).token)).toMatchObject(hidden);
    expect(await read(host.token)).toMatchObject(visible);
    expect(await read((await signedInAdmin(stack.client, em())).token)).toMatchObject(visible);
  });
});
