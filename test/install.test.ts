// The install a newcomer runs: `npm ci` must print no warning of the project's own making (an
// unknown .npmrc key, a dependency whose engines exclude our Node, a dependency install script
// nobody decided on), since each of those is an install that breaks offline in npm's next major.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "install-check-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm ci", () => {
  it("prints no npm warning (dry run of a clean install of the lock file)", () => {
    for (const file of ["package.json", "package-lock.json", ".npmrc"]) {
      if (existsSync(join(root, file))) copyFileSync(join(root, file), join(work, file));
    }
    // npm writes its warnings to stderr: read both streams. The project's own postinstall (the model
    // and the index) is not what is checked here.
    const out = execFileSync("bash", ["-c", "npm ci --dry-run --ignore-scripts --no-audit --no-fund 2>&1"], { cwd: work, encoding: "utf8" });
    expect(out).not.toMatch(/npm warn/iu);
  });

  it("decides on every dependency install script in allowScripts (npm runs none it was not told about)", () => {
    const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const { allowScripts = {} } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { allowScripts?: Record<string, boolean> };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== "" && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
    expect(withScripts.filter((name) => !(name in allowScripts))).toEqual([]);
  });
});
