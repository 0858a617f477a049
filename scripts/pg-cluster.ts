// A PostgreSQL cluster of its own, on a free loopback port: throw-away ones for the tests and the
// HTTP benchmark, a kept one for development. Uses Debian's PostgreSQL binaries, installing the
// `postgresql` package when they are missing (as root, without starting the system's cluster).
// initdb refuses to run as root, so as root the cluster belongs to the postgres user.
//
//   node --import tsx/esm scripts/pg-cluster.ts start [DIR] [PORT]   # default data/postgres 5433; prints DATABASE_URL
//   node --import tsx/esm scripts/pg-cluster.ts stop [DIR]
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface Cluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust authentication, loopback only). */
  url: string;
  dir: string;
  /** Stops the server now (no checkpoint) and, for a throw-away cluster, deletes its folder. */
  stop(): void;
}

type Log = (line: string) => void;

const isRoot = () => process.getuid?.() === 0;

/** The bin folder of the newest PostgreSQL that Debian installed, or null. */
function findBinaries(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

/** apt-get install postgresql, keeping the package's own cluster from starting (policy-rc.d refuses every service start meanwhile). */
function installPostgres(log: Log): void {
  if (!isRoot()) throw new Error("PostgreSQL is not installed, and only root can install it (apt-get install postgresql)");
  log("postgres: installing Debian's postgresql package");
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], { env, stdio: ["ignore", "ignore", "pipe"] });
  try {
    try {
      install();
    } catch {
      execFileSync("apt-get", ["update"], { env, stdio: ["ignore", "ignore", "pipe"] });
      install();
    }
  } finally {
    if (ownPolicy) unlinkSync(policy);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** Runs a PostgreSQL program, as the postgres user when we are root. */
function run(bin: string, program: string, args: string[], cwd: string): void {
  const [command, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", join(bin, program), ...args]] : [join(bin, program), args];
  execFileSync(command, argv, { cwd, stdio: ["ignore", "pipe", "pipe"] });
}

function ownedByPostgres(dir: string): void {
  if (!isRoot()) return;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
  chownSync(dir, uid, gid);
}

/**
 * Starts a cluster in `dir` (made and initialized when it holds none yet); a throw-away one in a
 * new temporary folder when no `dir` is given. Durability is off for a throw-away cluster: it is
 * for tests and benchmarks, and deleted at the end.
 */
export async function startCluster(options: { dir?: string; port?: number; log?: Log } = {}): Promise<Cluster> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let bin = findBinaries();
  if (!bin) {
    installPostgres(log);
    bin = findBinaries();
    if (!bin) throw new Error("installed the postgresql package but found no initdb under /usr/lib/postgresql");
  }
  const throwAway = options.dir === undefined;
  const dir = throwAway ? mkdtempSync(join(tmpdir(), "pg-cluster-")) : resolve(options.dir!);
  mkdirSync(dir, { recursive: true });
  ownedByPostgres(dir);
  const data = join(dir, "data");
  try {
    if (!existsSync(join(data, "PG_VERSION"))) {
      run(bin, "initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", ...(throwAway ? ["--no-sync"] : [])], dir);
    }
    const port = options.port ?? (await freePort());
    const settings = [
      `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c max_connections=200`,
      ...(throwAway ? ["-c fsync=off -c synchronous_commit=off -c full_page_writes=off"] : []),
    ].join(" ");
    run(bin, "pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-o", settings, "-w", "-t", "60", "start"], dir);
    log(`postgres: cluster in ${dir} on 127.0.0.1:${port}`);
    let stopped = false;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      dir,
      stop() {
        if (stopped) return;
        stopped = true;
        stopCluster(dir, bin, throwAway ? "immediate" : "fast");
        if (throwAway) rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    if (throwAway) rmSync(dir, { recursive: true, force: true });
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`could not start PostgreSQL in ${dir}: ${stderr || (err as Error).message}`);
  }
}

function stopCluster(dir: string, bin = findBinaries(), mode: "fast" | "immediate" = "fast"): void {
  if (!bin || !existsSync(join(dir, "data", "postmaster.pid"))) return;
  try {
    run(bin, "pg_ctl", ["-D", join(dir, "data"), "-m", mode, "-w", "stop"], dir);
  } catch {
    // Already stopped.
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, dir = "data/postgres", port = "5433"] = process.argv.slice(2);
  if (command === "start") {
    const cluster = await startCluster({ dir, port: Number(port) });
    process.stdout.write(`DATABASE_URL=${cluster.url}\n`);
  } else if (command === "stop") {
    stopCluster(resolve(dir));
  } else {
    process.stderr.write("usage: scripts/pg-cluster.ts start [DIR] [PORT] | stop [DIR]\n");
    process.exit(2);
  }
}
