import { ROOT_CONTEXT, SpanKind, TraceFlags, trace } from '@opentelemetry/api';
import * as sdk from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { samplerOf } from '../../src/signals/tracing.js';
import { TRACE_SAMPLERS } from '../../src/signals/trace-settings.js';

/** The sampler each OTEL_TRACES_SAMPLER value names, built as the specification defines it. */
function specified(name: string, ratio: number): sdk.Sampler {
  const root = name.endsWith('always_on')
    ? new sdk.AlwaysOnSampler()
    : name.endsWith('always_off')
      ? new sdk.AlwaysOffSampler()
      : new sdk.TraceIdRatioBasedSampler(ratio);
  return name.startsWith('parentbased_') ? new sdk.ParentBasedSampler({ root }) : root;
}

const generator = new sdk.RandomIdGenerator();

describe('the trace sampler', () => {
  // The spans the service makes: request spans (roots), and statements' and
  // batches' spans only under a request span the sampler kept.
  it.each(TRACE_SAMPLERS.flatMap((name) => [0, 0.25, 1].map((ratio) => [name, ratio] as const)))(
    '%s (ratio %s) decides as the specified sampler on a request span and its children',
    (name, ratio) => {
      const chosen = samplerOf(sdk, { sampler: name, ratio });
      const spec = specified(name, ratio);
      let kept = 0;
      for (let i = 0; i < 400; i++) {
        const traceId = generator.generateTraceId();
        const decide = (sampler: sdk.Sampler, context = ROOT_CONTEXT) =>
          sampler.shouldSample(context, traceId, 'POST /graphql', SpanKind.SERVER, {}, []).decision;
        const decision = decide(spec);
        expect(decide(chosen)).toBe(decision);
        if (decision !== sdk.SamplingDecision.RECORD_AND_SAMPLED) continue;
        kept++;
        const request = trace.wrapSpanContext({
          traceId,
          spanId: generator.generateSpanId(),
          traceFlags: TraceFlags.SAMPLED,
        });
        const child = trace.setSpan(ROOT_CONTEXT, request);
        expect(decide(chosen, child)).toBe(decide(spec, child));
        expect(decide(chosen, child)).toBe(sdk.SamplingDecision.RECORD_AND_SAMPLED);
      }
      // Each setting kept what it should: all, none, or some of the traces.
      const expected = name.endsWith('always_on')
        ? 400
        : name.endsWith('always_off') || ratio === 0
          ? 0
          : ratio === 1
            ? 400
            : undefined;
      if (expected === undefined) {
        expect(kept).toBeGreaterThan(0);
        expect(kept).toBeLessThan(400);
      } else expect(kept).toBe(expected);
    },
  );
});
