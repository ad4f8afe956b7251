import { runCli } from '../../src/cli.js';
import type { TestApp } from './test-app.js';

export interface CliResult {
  code: number;
  out: string[];
  err: string[];
}

/** The environment a server or CLI on the test app's database would have. */
export function appEnv(t: TestApp): Record<string, string> {
  return { DATABASE_URL: t.config.databaseUrl, GONGKAI_DATA_DIR: t.config.dataDir, LOG_LEVEL: 'silent' };
}

/** Runs the real CLI in-process against the test app's database; the environment is restored afterwards. */
export async function cli(t: TestApp, args: string[]): Promise<CliResult> {
  const env = appEnv(t);
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await runCli(args, (s) => out.push(s), (s) => err.push(s));
    return { code, out, err };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
