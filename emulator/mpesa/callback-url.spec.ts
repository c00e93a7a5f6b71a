import { callbackUrlProblem } from './callback-url';

describe('callbackUrlProblem', () => {
  it.each(['https://api.staygraph.example/payments/stk/callback', 'http://127.0.0.1:4000/hooks/stk'])(
    'accepts %s',
    (url) => {
      expect(callbackUrlProblem(url)).toBeUndefined();
    },
  );

  it.each([
    ['https://api.staygraph.example/mpesa/callback', 'mpesa'],
    ['https://api.staygraph.example/M-PESA/callback', 'm-pesa'],
    ['https://safaricom-hooks.example/cb', 'safaricom'],
    ['https://api.staygraph.example/cb?query=1', 'query'],
    ['https://api.staygraph.example/exec/cb', 'exe'],
  ])('refuses %s', (url, word) => {
    expect(callbackUrlProblem(url)).toContain(word);
  });

  it('refuses relative and non-http URLs', () => {
    expect(callbackUrlProblem('/payments/stk')).toBe('not an absolute URL');
    expect(callbackUrlProblem('ftp://example.com/cb')).toBe('not http(s)');
  });
});
