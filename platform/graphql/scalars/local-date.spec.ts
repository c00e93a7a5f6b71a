import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { GraphQLLocalDate, isLocalDate } from './local-date';

describe('isLocalDate', () => {
  it.each(['2027-03-01', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2027-12-31'])('accepts %s', (date) =>
    expect(isLocalDate(date)).toBe(true),
  );

  it.each([
    '2027-02-30',
    '2027-02-29',
    '1900-02-29',
    '2027-13-01',
    '2027-00-10',
    '2027-04-31',
    '2027-01-00',
    '2027-1-1',
    'tomorrow',
    '0000-00-00',
    '0000-01-01',
    '99999-01-01',
    '2027-01-01T00:00:00Z',
    ' 2027-01-01',
    '2027-01-01\u0000',
    '２０２７-01-01',
    '',
  ])('refuses %p', (date) => expect(isLocalDate(date)).toBe(false));

  it('refuses what is not a string', () => {
    expect(isLocalDate(20270301)).toBe(false);
    expect(isLocalDate(new Date())).toBe(false);
  });
});

describe('the LocalDate scalar', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        day: {
          type: GraphQLString,
          args: { date: { type: GraphQLLocalDate } },
          resolve: (_, { date }: { date: string }) => date,
        },
      },
    }),
  });

  it('passes a real date through', async () => {
    expect((await graphql({ schema, source: '{ day(date: "2028-02-29") }' })).data).toEqual({ day: '2028-02-29' });
  });

  it('refuses an impossible date in a variable as BAD_USER_INPUT', async () => {
    const result = await graphql({
      schema,
      source: 'query ($d: LocalDate) { day(date: $d) }',
      variableValues: { d: '2027-02-30' },
    });
    expect(result.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('refuses an impossible date written in the document', async () => {
    const result = await graphql({ schema, source: '{ day(date: "0000-00-00") }' });
    expect(result.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it('refuses to serialize anything but a real date', () => {
    expect(GraphQLLocalDate.serialize('2027-03-01')).toBe('2027-03-01');
    expect(() => GraphQLLocalDate.serialize('2027-02-30')).toThrow();
  });
});
