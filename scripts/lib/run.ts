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
