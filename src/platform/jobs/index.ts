/**
 * In-process periodic jobs (scheduled publishing, later reminders). One server process runs them;
 * each job is idempotent and re-reads the database, so a missed tick or a second runner does no harm.
 */
export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export interface JobLogger {
  error(obj: object, msg: string): void;
}

/** Starts every job on its interval (first run right away); returns a stop function. */
export function startJobs(jobs: Job[], log: JobLogger): () => Promise<void> {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  for (const job of jobs) {
    let busy = false;
    const tick = () => {
      if (busy || stopped) return; // never overlap a slow run with the next tick
      busy = true;
      const p = job.run().catch((err: unknown) => log.error({ err, job: job.name }, `定时任务 ${job.name} 失败`)).finally(() => {
        busy = false;
        running.delete(p);
      });
      running.add(p);
    };
    tick();
    const t = setInterval(tick, job.everyMs);
    t.unref();
    timers.push(t);
  }
  return async () => {
    stopped = true;
    for (const t of timers) clearInterval(t);
    await Promise.allSettled([...running]);
  };
}
