import { cursorOptions, MAX_PAGE_SIZE } from './pagination';

describe('cursorOptions', () => {
  it('defaults the page size and passes the cursor on', () => {
    expect(cursorOptions({})).toEqual({ first: 20 });
    expect(cursorOptions({ first: 5, after: 'abc' })).toEqual({ first: 5, after: 'abc' });
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 2.5])('refuses first = %p as BAD_USER_INPUT', (first) => {
    expect(() => cursorOptions({ first })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });

  it('allows the maximum page size', () => {
    expect(cursorOptions({ first: MAX_PAGE_SIZE })).toEqual({ first: MAX_PAGE_SIZE });
  });
});
