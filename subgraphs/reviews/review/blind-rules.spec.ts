import { ReviewDirection } from '../../../contracts/enums/reviews';
import { canSee, isPublicationDue } from './blind-rules';

const { GUEST_TO_LISTING: GUEST, HOST_TO_GUEST: HOST } = ReviewDirection;
const deadline = new Date('2027-03-24T00:00:00Z');
const before = new Date('2027-03-23T23:59:59Z');

describe('isPublicationDue', () => {
  it.each([
    [[GUEST], before, false],
    [[HOST], before, false],
    [[GUEST, HOST], before, true],
    [[HOST, GUEST], before, true],
    [[GUEST], deadline, true],
    [[], deadline, true],
  ])('written %j at %s: %s', (written, now, due) => {
    expect(isPublicationDue(written, deadline, now)).toBe(due);
  });
});

describe('canSee', () => {
  const author = { id: 'a', admin: false };
  const other = { id: 'b', admin: false };
  const admin = { id: 'c', admin: true };
  it.each([
    ['author, unpublished', author, { published: false, hidden: false }, true],
    ['other, unpublished', other, { published: false, hidden: false }, false],
    ['anonymous, unpublished', null, { published: false, hidden: false }, false],
    ['admin, unpublished', admin, { published: false, hidden: false }, true],
    ['other, published', other, { published: true, hidden: false }, true],
    ['anonymous, published', null, { published: true, hidden: false }, true],
    ['other, hidden', other, { published: true, hidden: true }, false],
    ['author, hidden', author, { published: true, hidden: true }, true],
  ])('%s', (_case, viewer, state, visible) => {
    expect(canSee(viewer, { authorId: 'a', ...state })).toBe(visible);
  });
});
