/** The samplers of the OpenTelemetry specification's OTEL_TRACES_SAMPLER that the service offers. */
export const TRACE_SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;

export type TraceSamplerName = (typeof TRACE_SAMPLERS)[number];

/** Which requests are traced: the standard sampler and, for the ratio samplers, its ratio. */
export interface TraceSampling {
  sampler: TraceSamplerName;
  /** Share of traces kept by the `traceidratio` samplers, 0 to 1 (OTEL_TRACES_SAMPLER_ARG). */
  ratio: number;
}

/** The specification's default: every request traced. */
export const TRACE_EVERYTHING: TraceSampling = { sampler: 'parentbased_always_on', ratio: 1 };

/** Where traces go; absent, tracing is off and no OpenTelemetry SDK is loaded. */
export interface TraceSettings {
  /** The OTLP/HTTP traces endpoint, e.g. http://collector:4318/v1/traces. */
  tracesUrl: string;
  /** `service.name` of every span. */
  serviceName: string;
  /** Which requests are traced; every one when absent. */
  sampling?: TraceSampling;
}

/**
 * The traces endpoint the OpenTelemetry convention derives from the
 * variables: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, else
 * OTEL_EXPORTER_OTLP_ENDPOINT with `/v1/traces` appended.
 */
export function tracesUrlOf(base?: string, traces?: string): string | undefined {
  if (traces) return traces;
  if (!base) return undefined;
  return `${base.replace(/\/+$/, '')}/v1/traces`;
}
