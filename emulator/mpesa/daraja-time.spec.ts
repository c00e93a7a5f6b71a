import { formatB2cCompletedTime, formatDarajaTimestamp, parseDarajaTimestamp } from './daraja-time';

describe('Daraja timestamps', () => {
  it('formats instants in East Africa Time', () => {
    const instant = new Date('2024-07-06T19:48:52Z');
    expect(formatDarajaTimestamp(instant)).toBe('20240706224852');
    expect(formatB2cCompletedTime(instant)).toBe('06.07.2024 22:48:52');
  });

  it('parses what it formats', () => {
    const instant = new Date('2031-12-31T22:30:05Z');
    expect(parseDarajaTimestamp(formatDarajaTimestamp(instant))).toEqual(instant);
  });

  it.each(['2024070622485', '20240706224852Z', '20240230120000', '20241306120000', '20240706246000'])(
    'refuses %s',
    (value) => {
      expect(parseDarajaTimestamp(value)).toBeUndefined();
    },
  );
});
