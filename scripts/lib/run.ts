import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import path from "node:path";

export const bin = (name: string) => path.join("node_modules", ".bin", name);

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
  });
}

/** Runs a TypeScript script of ours (server-only modules resolve as on the server). */
export const runScript = (script: string, args: string[] = [], options: SpawnOptions = {}) =>
  run(bin("tsx"), ["--conditions=react-server", script, ...args], options);

export function runSync(command: string, args: string[], options: SpawnOptions = {}): number {
  return spawnSync(command, args, { stdio: "inherit", ...options }).status ?? 1;
}

/**
 * Runs a command's main and exits with the code it returns; an unexpected error is printed under
 * the command's name (its message only, or the whole error with its stack) and exits 1.
 */
export function exitWith(command: string, main: () => Promise<number>, show: "message" | "error" = "error"): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (show === "message") console.error(`${command}: ${(error as Error).message}`);
      else console.error(`${command}: failed:`, error);
      process.exit(1);
    },
  );
}
