import { startOtlpSink } from './otlp-sink.js';

/**
 * Entry of the OTLP sink's own child process: reports its traces URL to the
 * parent over IPC, answers `count` with what it has received, and stops when
 * the parent goes away. Its work (reading ~50 MB of exports) then runs in a
 * process of its own, as a collector would, not in the measured service's.
 */
async function main(): Promise<void> {
  const sink = await startOtlpSink();
  process.on('message', (message) => {
    if (message === 'count') process.send?.({ received: { ...sink.received } });
  });
  const stop = () => void sink.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  process.send?.({ tracesUrl: sink.tracesUrl });
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
