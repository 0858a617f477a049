// vitest globalSetup: a throw-away PostgreSQL cluster for the tests that need one (the store
// contract, several instances on one database), started once per run and removed at the end,
// also when tests fail. TEST_DATABASE_URL points the tests at a server of your own instead.
// Without PostgreSQL (and no way to install it) those tests fail under CI and skip, loudly, elsewhere.
import type { TestProject } from "vitest/node";
import { startCluster } from "../../scripts/pg-cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgres: { url: string | null; problem: string | null };
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("postgres", { url: given, problem: null });
    return undefined;
  }
  try {
    const cluster = await startCluster({ log: () => undefined });
    // Stopped however the run ends; teardown is the usual way.
    process.once("exit", () => cluster.stop());
    project.provide("postgres", { url: cluster.url, problem: null });
    return () => cluster.stop();
  } catch (err) {
    project.provide("postgres", { url: null, problem: (err as Error).message });
    return undefined;
  }
}
