import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Clock ticks per second of /proc's CPU times (USER_HZ): 100 on Linux's usual builds. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time a process has used so far, user and system, all its threads, in
 * seconds (Linux /proc/PID/stat); null where it cannot be read. Read from
 * outside, so the measured process does no work to report it. Its
 * resolution is one tick (10 ms): over a measured period of seconds, well
 * under a percent.
 */
export function cpuSecondsOf(pid: number): number | null {
  if (os.platform() !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from its end.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 (utime, stime); fields[0] is field 3.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
