/** A system serving HTTP on loopback, started by the harness. */
export interface RunningSystem {
  url: string;
  /** The process serving it (its own child process, or the harness's when in-process). */
  pid: number;
  stop(): Promise<void>;
  /**
   * A CPU profile of the system's main thread between `start` and `stop`
   * (written to `file` as a `.cpuprofile`); systems in a child process only.
   */
  profiler?: {
    start(samplingIntervalUs: number): Promise<void>;
    stop(file: string): Promise<void>;
  };
}
