import type { Span, Tracer } from '@opentelemetry/api';
import type { Request, Response } from 'express';
import type { GraphObserver } from '../graph/graph-observer.js';
import { currentRequestScope, runInRequestScope } from '../http/request-id.js';
import { TRACE_EVERYTHING, type TraceSampling, type TraceSettings } from './trace-settings.js';

/** The spans of one service: a request, the loader batches and statements inside it. */
export interface Tracing {
  /**
   * Opens the request's span, ended when the response closes (sent, or its
   * client gone); `requestScope(openRequestSpan)` carries it.
   */
  openRequestSpan(request: Request, response: Response): Span;
  /** Opens a span per statement and per loader batch, children of the open span. */
  observer: GraphObserver;
  /** Names the operation on the request's span (the GraphQL operation, once known). */
  describeOperation(attributes: Record<string, string>): void;
  /** Sends what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Starts tracing: the SDK and the OTLP/HTTP exporter are imported only here,
 * so a service without a traces endpoint loads none of them. Nothing is
 * registered globally: the open span travels in the request's own scope
 * (request-id.ts), the one AsyncLocalStorage the service has anyway, and
 * no library's code is patched. Spans are exported in batches, off the
 * request path. Spans are made per request, per statement and per loader
 * batch, never per field: a field costs nothing extra.
 */
export async function startTracing(settings: TraceSettings): Promise<Tracing> {
  const [api, sdk, exporterModule, resources] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);
  const provider = new sdk.BasicTracerProvider({
    resource: resources.resourceFromAttributes({ 'service.name': settings.serviceName }),
    sampler: samplerOf(sdk, settings.sampling ?? TRACE_EVERYTHING),
    spanProcessors: [
      new sdk.BatchSpanProcessor(new exporterModule.OTLPTraceExporter({ url: settings.tracesUrl })),
    ],
  });
  const tracer: Tracer = provider.getTracer('civprot-graph');

  const childOf = (parent: Span | undefined) =>
    parent ? api.trace.setSpan(api.ROOT_CONTEXT, parent) : api.ROOT_CONTEXT;

  /** Runs `work` inside a new child span of the open one, ending it with the outcome. */
  const inSpan = async <T>(
    name: string,
    kind: number,
    attributes: Record<string, string | number>,
    work: () => Promise<T>,
  ): Promise<T> => {
    const scope = currentRequestScope();
    const parent = scope?.span;
    // Under a request the sampler left out: no span, as for the request itself.
    if (parent && !parent.isRecording()) return work();
    const span = tracer.startSpan(name, { kind, attributes }, childOf(parent));
    try {
      return await runInRequestScope({ id: scope?.id, span }, work);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: api.SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  };

  return {
    openRequestSpan: (request, response) => {
      const path = request.baseUrl + request.path;
      const span = tracer.startSpan(
        `${request.method} ${request.baseUrl || path}`,
        {
          kind: api.SpanKind.SERVER,
          attributes: { 'http.request.method': request.method, 'url.path': path },
        },
        api.ROOT_CONTEXT,
      );
      // Left out by the sampler: it still travels in the request's scope, so
      // that its statements are left out too, and nothing waits to end it.
      if (!span.isRecording()) return span;
      // 'close', not 'finish': it comes after the response is sent and also
      // when the client goes away before, which 'finish' never reports. A
      // request answered no status has none on its span.
      response.once('close', () => {
        if (response.headersSent) {
          span.setAttribute('http.response.status_code', response.statusCode);
          if (response.statusCode >= 500) span.setStatus({ code: api.SpanStatusCode.ERROR });
        }
        span.end();
      });
      return span;
    },
    observer: {
      statement: (name, run) =>
        inSpan(
          name,
          api.SpanKind.CLIENT,
          { 'db.system.name': 'neo4j', 'db.query.summary': name },
          run,
        ),
      batch: (loader, size, run) =>
        inSpan(`loader ${loader}`, api.SpanKind.INTERNAL, { 'loader.batch.size': size }, run),
    },
    describeOperation: (attributes) => {
      currentRequestScope()?.span?.setAttributes(attributes);
    },
    shutdown: () => provider.shutdown(),
  };
}

type Sdk = typeof import('@opentelemetry/sdk-trace-base');

/**
 * The sampler OTEL_TRACES_SAMPLER names, as the specification defines it. A
 * request span is a root (no incoming trace context is taken up), so the
 * `parentbased_` samplers decide as their root sampler does; the statements'
 * and batches' spans follow their request's decision.
 */
function samplerOf(sdk: Sdk, { sampler, ratio }: TraceSampling) {
  const root = (name: string) => {
    if (name.endsWith('always_off')) return new sdk.AlwaysOffSampler();
    if (name.endsWith('traceidratio')) return new sdk.TraceIdRatioBasedSampler(ratio);
    return new sdk.AlwaysOnSampler();
  };
  return sampler.startsWith('parentbased_')
    ? new sdk.ParentBasedSampler({ root: root(sampler) })
    : root(sampler);
}
