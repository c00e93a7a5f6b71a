import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
} from '@opentelemetry/sdk-trace';

/** Share of new traces kept when OTEL_TRACES_SAMPLER_ARG does not say: 10% in production, all elsewhere. */
const DEFAULT_RATIO = { production: 0.1, other: 1 };

/**
 * The sampler the standard variables name (`OTEL_TRACES_SAMPLER`, `OTEL_TRACES_SAMPLER_ARG`), by
 * default parent-based ratio: a trace the caller sampled stays whole across services, and a new one is
 * kept at the ratio. An unknown sampler name fails the start instead of tracing silently otherwise.
 */
export function samplerFrom(env: NodeJS.ProcessEnv): Sampler {
  const name = env.OTEL_TRACES_SAMPLER ?? 'parentbased_traceidratio';
  const ratio = () => {
    const given = env.OTEL_TRACES_SAMPLER_ARG;
    if (given === undefined || given === '')
      return env.NODE_ENV === 'production' ? DEFAULT_RATIO.production : DEFAULT_RATIO.other;
    const value = Number(given);
    if (!Number.isFinite(value) || value < 0 || value > 1)
      throw new Error(`OTEL_TRACES_SAMPLER_ARG: must be a ratio from 0 to 1, got "${given}"`);
    return value;
  };
  switch (name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(ratio());
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio()) });
    default:
      throw new Error(`OTEL_TRACES_SAMPLER: "${name}" is not a sampler StayGraph knows`);
  }
}
