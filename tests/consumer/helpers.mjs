// Consumer projects: each test installs the `npm pack` tarball of pkg/ into a fresh
// temporary project, as a user would, never a link to the source tree.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
const PKG = join(ROOT, "pkg");

let tarball;
/** Packs pkg/ once per process and returns the tarball's path. */
export function packTarball() {
  if (!tarball) {
    const dir = mkdtempSync(join(tmpdir(), "lede-pack-"));
    execFileSync("npm", ["pack", PKG, "--pack-destination", dir, "--silent"], { stdio: ["ignore", "pipe", "inherit"] });
    tarball = join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz")));
  }
  return tarball;
}

/** Creates a temporary project with `files` and installs the tarball plus `deps`. */
export function makeProject(name, files, deps = []) {
  const dir = mkdtempSync(join(tmpdir(), `lede-${name}-`));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type: "module" }));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", packTarball(), ...deps], {
    cwd: dir,
    stdio: ["ignore", "inherit", "inherit"],
  });
  return dir;
}

/** Runs a command in `cwd` and returns its standard output; a failure's Error carries that output. */
export function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  } catch (error) {
    error.message += `\n${error.stdout ?? ""}`;
    throw error;
  }
}
