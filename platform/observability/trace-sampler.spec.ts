import { samplerFrom } from './trace-sampler';

describe('trace sampler from the standard variables', () => {
  it.each([
    [{ NODE_ENV: 'production' }, /^ParentBased\{root=TraceIdRatioBased\{0\.1\}/],
    [{ NODE_ENV: 'development' }, /^ParentBased\{root=TraceIdRatioBased\{1\}/],
    [{ NODE_ENV: 'production', OTEL_TRACES_SAMPLER_ARG: '0.25' }, /^ParentBased\{root=TraceIdRatioBased\{0\.25\}/],
    [{ OTEL_TRACES_SAMPLER: 'always_on' }, /^AlwaysOnSampler$/],
    [{ OTEL_TRACES_SAMPLER: 'always_off' }, /^AlwaysOffSampler$/],
    [{ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.5' }, /^TraceIdRatioBased\{0\.5\}$/],
    [{ OTEL_TRACES_SAMPLER: 'parentbased_always_off' }, /^ParentBased\{root=AlwaysOffSampler/],
  ])('%p gives %p', (env, expected) => {
    expect(samplerFrom(env).toString()).toMatch(expected);
  });

  it.each([
    [{ OTEL_TRACES_SAMPLER: 'jaeger_remote' }, /OTEL_TRACES_SAMPLER/],
    [{ OTEL_TRACES_SAMPLER_ARG: '2' }, /OTEL_TRACES_SAMPLER_ARG/],
    [{ OTEL_TRACES_SAMPLER_ARG: 'half' }, /OTEL_TRACES_SAMPLER_ARG/],
  ])('refuses %p', (env, message) => {
    expect(() => samplerFrom(env)).toThrow(message);
  });
});
