/**
 * Where the CPU went during a measured stretch: this process, the PostgreSQL and Redis server
 * processes on this machine, and the whole machine (Linux /proc; elsewhere only this process).
 * Benchmarks on a shared 2-core machine are CPU-bound, so CPU per unit of work says more than
 * the rate alone.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuSample {
  node: number;
  postgres: number;
  redis: number;
  machineBusy: number;
  machineTotal: number;
}

const TICKS_PER_SECOND = 100;

function serverTicks(): { postgres: number; redis: number } {
  const ticks = { postgres: 0, redis: 0 };
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return ticks;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime
      const used = Number(fields[11]) + Number(fields[12]);
      if (name.startsWith('postgres')) ticks.postgres += used;
      else if (name.startsWith('redis-server')) ticks.redis += used;
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks;
}

function machineTicks(): { busy: number; total: number } {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((sum, n) => sum + n, 0);
    // idle + iowait
    return { busy: total - fields[3] - fields[4], total };
  } catch {
    return { busy: 0, total: 0 };
  }
}

/** CPU seconds so far (differences of two samples are what matter). */
export function cpuSample(): CpuSample {
  const own = process.cpuUsage();
  const servers = serverTicks();
  const machine = machineTicks();
  return {
    node: (own.user + own.system) / 1e6,
    postgres: servers.postgres / TICKS_PER_SECOND,
    redis: servers.redis / TICKS_PER_SECOND,
    machineBusy: machine.busy / TICKS_PER_SECOND,
    machineTotal: machine.total / TICKS_PER_SECOND,
  };
}

/** "node 0.41 + pg 0.33 + redis 0.14 ms CPU per unit, machine 72% busy" between two samples. */
export function cpuPerUnit(before: CpuSample, after: CpuSample, units: number): string {
  const ms = (key: keyof CpuSample) => (((after[key] - before[key]) * 1000) / units).toFixed(2);
  const total = after.machineTotal - before.machineTotal;
  const busy = total > 0 ? `${(((after.machineBusy - before.machineBusy) / total) * 100).toFixed(0)}%` : 'n/a';
  return `node ${ms('node')} + pg ${ms('postgres')} + redis ${ms('redis')} ms CPU each, machine ${busy} busy`;
}
