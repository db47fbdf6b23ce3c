import { readFileSync } from 'node:fs';

/** Resident memory of a process in bytes (Linux /proc), or null where it cannot be read. */
export function residentBytes(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's resident memory every `intervalMs` and keeps the highest value. */
export class RssSampler {
  private timer: NodeJS.Timeout | undefined;
  private peak: number | null = null;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 100,
  ) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  /** Stops sampling; the peak in bytes, or null when memory could not be read. */
  stop(): number | null {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return this.peak;
  }

  private sample(): void {
    const bytes = residentBytes(this.pid);
    if (bytes !== null && (this.peak === null || bytes > this.peak)) this.peak = bytes;
  }
}
