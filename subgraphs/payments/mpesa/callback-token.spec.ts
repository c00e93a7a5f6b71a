import { CallbackTokens } from './callback-token';

const tokens = new CallbackTokens('a-secret-of-at-least-thirty-two-characters');
const paymentId = '01938a2e-7b1c-7cc2-9e4f-3a5b6c7d8e9f';

describe('CallbackTokens', () => {
  it('gives each payment a URL without the words Daraja refuses', () => {
    const url = tokens.url('https://api.staygraph.example', 'stk', paymentId);
    expect(url).toMatch(
      /^https:\/\/api\.staygraph\.example\/callbacks\/mobile-money\/stk\/01938a2e-[\w-]+\.[\w-]{43}$/,
    );
    expect(url).not.toMatch(/mpesa|m-pesa|safaricom|query|exe|cmd|sql/i);
  });

  it('finds the owner of a genuine token only', () => {
    const token = tokens.tokenFor('stk', paymentId);
    expect(tokens.ownerOf('stk', token)).toBe(paymentId);
    expect(tokens.ownerOf('result', token)).toBeNull();
    expect(tokens.ownerOf('stk', `${paymentId}.${'A'.repeat(43)}`)).toBeNull();
    expect(tokens.ownerOf('stk', token.replace(paymentId, '01938a2e-7b1c-7cc2-9e4f-3a5b6c7d8e90'))).toBeNull();
    expect(tokens.ownerOf('stk', 'nonsense')).toBeNull();
    expect(new CallbackTokens('another-secret-of-thirty-two-characters!').ownerOf('stk', token)).toBeNull();
  });

  it('still opens URLs made with the previous secret during a rotation, and only then', () => {
    const token = tokens.tokenFor('stk', paymentId);
    const rotated = new CallbackTokens(
      'the-next-secret-of-thirty-two-characters',
      'a-secret-of-at-least-thirty-two-characters',
    );
    expect(rotated.ownerOf('stk', token)).toBe(paymentId);
    expect(rotated.tokenFor('stk', paymentId)).not.toBe(token);
    expect(new CallbackTokens('the-next-secret-of-thirty-two-characters').ownerOf('stk', token)).toBeNull();
  });

  it('gives refunds their own tokens for results, timeouts and status answers', () => {
    const refundId = '01938a2e-7b1c-7cc2-9e4f-aaaaaaaaaaaa';
    expect(tokens.ownerOf('status', tokens.tokenFor('result', refundId))).toBe(refundId);
  });
});
