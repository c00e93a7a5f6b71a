import { OperationLabeler } from './operation-labels';

describe('operation metric labels', () => {
  const labeler = () => new OperationLabeler(() => ['Login', 'SearchListings'], ['web', 'ios']);

  it.each([
    ['Login', 'Login'],
    ['SearchListings', 'SearchListings'],
    ['NotInTheManifest', 'other'],
    ['', 'anonymous'],
    [null, 'anonymous'],
    [undefined, 'anonymous'],
  ])('names operation %p as %p', (name, expected) => {
    expect(labeler().labelsOf(name, 'web', '1.0.0').operation).toBe(expected);
  });

  it.each([
    ['web', '2.3.1', { client_name: 'web', client_version: '2.3.1' }],
    ['ios', undefined, { client_name: 'ios', client_version: 'none' }],
    ['ios', 'not a version!', { client_name: 'ios', client_version: 'other' }],
    ['scraper', '9.9', { client_name: 'other', client_version: 'other' }],
    [undefined, '1.0', { client_name: 'none', client_version: 'none' }],
  ])('labels client %p version %p', (name, version, expected) => {
    expect(labeler().labelsOf('Login', name, version)).toMatchObject(expected);
  });

  it('keeps a bounded number of series whatever clients send', () => {
    const bounded = labeler();
    const series = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const labels = bounded.labelsOf(`Operation${i}`, i % 2 ? `client-${i}` : 'web', `1.0.${i}`);
      series.add(JSON.stringify(labels));
    }
    // One operation label (other) × (20 web versions + other) + the collapsed unknown clients.
    expect(series.size).toBe(22);
    expect(bounded.labelsOf('Login', 'web', '1.0.0').client_version).toBe('1.0.0');
    expect(bounded.labelsOf('Login', 'web', '7.7.7').client_version).toBe('other');
  });

  it('names the operations of a newly published list after a minute', () => {
    let now = new Date('2026-12-02T10:00:00Z');
    const names = ['Login'];
    const live = new OperationLabeler(
      () => names,
      [],
      () => now,
    );
    names.push('NewOperation');
    expect(live.labelsOf('NewOperation').operation).toBe('other');
    now = new Date('2026-12-02T10:01:00Z');
    expect(live.labelsOf('NewOperation').operation).toBe('NewOperation');
  });
});
