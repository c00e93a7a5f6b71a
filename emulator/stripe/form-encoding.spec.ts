import { parseForm } from './form-encoding';

describe('parseForm', () => {
  it('decodes nested hashes and both array notations', () => {
    expect(
      parseForm(
        'amount=1000&metadata[booking_id]=bk_1&metadata[note]=a%20b+c&expand[0]=latest_charge&expand[1]=customer&payment_method_types[]=card',
      ),
    ).toEqual({
      amount: '1000',
      metadata: { booking_id: 'bk_1', note: 'a b c' },
      expand: ['latest_charge', 'customer'],
      payment_method_types: ['card'],
    });
  });

  it('accepts percent-encoded brackets', () => {
    expect(parseForm('metadata%5Bkey%5D=v')).toEqual({ metadata: { key: 'v' } });
  });

  it('refuses a key that is both a value and a hash, and prototype keys', () => {
    expect(() => parseForm('metadata=x&metadata[a]=b')).toThrow('Invalid hash');
    expect(() => parseForm('metadata[__proto__][polluted]=1')).toThrow('Invalid parameter name');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
