/** A system serving HTTP on loopback, started by the harness. */
export interface RunningSystem {
  url: string;
  /** The process serving it (its own child process, or the harness's when in-process). */
  pid: number;
  stop(): Promise<void>;
}
