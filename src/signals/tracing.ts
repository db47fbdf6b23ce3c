import type { Span, Tracer } from '@opentelemetry/api';
import type { Sampler } from '@opentelemetry/sdk-trace-base';
import type { Request, Response } from 'express';
import type { GraphObserver } from '../graph/graph-observer.js';
import { currentRequestScope, runInRequestScope, type RequestScope } from '../http/request-id.js';
import { pooledIdGenerator } from './span-ids.js';
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
  describeOperation(type: string, name: string): void;
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
    idGenerator: pooledIdGenerator(),
    spanProcessors: [
      new sdk.BatchSpanProcessor(new exporterModule.OTLPTraceExporter({ url: settings.tracesUrl })),
    ],
  });
  const tracer: Tracer = provider.getTracer('civprot-graph');
  const root = api.ROOT_CONTEXT;
  const { ERROR } = api.SpanStatusCode;
  // A span's options, made once per kind: the SDK only reads them. Its
  // attributes are set on the started span, not passed here: passed, the
  // SDK copies and checks them twice before setting them, one check each.
  const SERVER = { kind: api.SpanKind.SERVER };
  const CLIENT = { kind: api.SpanKind.CLIENT };
  const INTERNAL = { kind: api.SpanKind.INTERNAL };

  const childOf = (parent: Span | undefined) => (parent ? api.trace.setSpan(root, parent) : root);

  /** Runs `work` inside a new child span of the open one, ending it with the outcome. */
  const inSpan = async <T>(span: Span, scope: RequestScope | undefined, work: () => Promise<T>) => {
    try {
      return await runInRequestScope({ id: scope?.id, span }, work);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  };
  /** The current request's scope and open span; undefined under a span the sampler left out. */
  const openParent = () => {
    const scope = currentRequestScope();
    const parent = scope?.span;
    // Under a request the sampler left out: no span, as for the request itself.
    return parent && !parent.isRecording() ? undefined : { scope, parent };
  };

  return {
    openRequestSpan: (request, response) => {
      const method = request.method;
      const base = request.baseUrl;
      const path = base + request.path;
      const span = tracer.startSpan(`${method} ${base || path}`, SERVER, root);
      // Left out by the sampler: it still travels in the request's scope, so
      // that its statements are left out too, and nothing waits to end it.
      if (!span.isRecording()) return span;
      span.setAttribute('http.request.method', method);
      span.setAttribute('url.path', path);
      // 'close', not 'finish': it comes after the response is sent and also
      // when the client goes away before, which 'finish' never reports. It
      // comes once per response, so `on` (no once-wrapper to make). A
      // request answered no status has none on its span.
      response.on('close', () => {
        if (response.headersSent) {
          span.setAttribute('http.response.status_code', response.statusCode);
          if (response.statusCode >= 500) span.setStatus({ code: ERROR });
        }
        span.end();
      });
      return span;
    },
    observer: {
      statement: (name, run) => {
        const open = openParent();
        if (!open) return run();
        const span = tracer.startSpan(name, CLIENT, childOf(open.parent));
        span.setAttribute('db.system.name', 'neo4j');
        span.setAttribute('db.query.summary', name);
        return inSpan(span, open.scope, run);
      },
      batch: (loader, size, run) => {
        const open = openParent();
        if (!open) return run();
        const span = tracer.startSpan(`loader ${loader}`, INTERNAL, childOf(open.parent));
        span.setAttribute('loader.batch.size', size);
        return inSpan(span, open.scope, run);
      },
    },
    describeOperation: (type, name) => {
      const span = currentRequestScope()?.span;
      if (!span) return;
      span.setAttribute('graphql.operation.type', type);
      span.setAttribute('graphql.operation.name', name);
    },
    shutdown: () => provider.shutdown(),
  };
}

type Sdk = typeof import('@opentelemetry/sdk-trace-base');

/**
 * The sampler OTEL_TRACES_SAMPLER names, deciding as the specification's
 * sampler does on every span the service makes. A request span is a root
 * (no incoming trace context is taken up), so a `parentbased_` sampler
 * decides on it as its root sampler does. A statement's or a batch's span
 * is made only under a recording request span (the children of one the
 * sampler left out are never started), and a parent-based sampler keeps
 * such a child. So `always_on` and `always_off` are used alone, with or
 * without `parentbased_`: the same decisions without the parent lookup
 * per span. The ratio keeps its parent-based form, so that a child
 * follows its request's decision without computing the ratio again.
 */
export function samplerOf(sdk: Sdk, { sampler, ratio }: TraceSampling): Sampler {
  if (sampler.endsWith('always_on')) return new sdk.AlwaysOnSampler();
  if (sampler.endsWith('always_off')) return new sdk.AlwaysOffSampler();
  const root = new sdk.TraceIdRatioBasedSampler(ratio);
  return sampler.startsWith('parentbased_') ? new sdk.ParentBasedSampler({ root }) : root;
}
