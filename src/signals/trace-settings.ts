/** Where traces go; absent, tracing is off and no OpenTelemetry SDK is loaded. */
export interface TraceSettings {
  /** The OTLP/HTTP traces endpoint, e.g. http://collector:4318/v1/traces. */
  tracesUrl: string;
  /** `service.name` of every span. */
  serviceName: string;
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
