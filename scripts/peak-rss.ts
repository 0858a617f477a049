// The benchmarks' memory figure, shared by bench.ts and bench-http.ts.
import { existsSync, readFileSync } from "node:fs";

/**
 * Peak resident memory of this process in kB: VmHWM of its own address space (Linux). getrusage's
 * maxRSS also counts the parent's peak, kept across the fork and exec that start a child.
 */
export function peakRssKb(): number {
  const status = existsSync("/proc/self/status") ? readFileSync("/proc/self/status", "utf8") : "";
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
  return hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS;
}
