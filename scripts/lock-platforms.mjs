// The registry these machines reach carries only some platform builds of packages with native
// binaries (swc, tailwind's oxide, next's swc, unrs-resolver). `npm install` then leaves those
// optional entries out of package-lock.json and `npm ci` refuses the lock. This adds the missing
// optional platform entries (never installed here: their os/cpu do not match), so that `npm ci`
// works on any machine. Run it after every `npm install`: `node scripts/lock-platforms.mjs`.
import fs from "node:fs";

const file = "package-lock.json";
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const packages = lock.packages;

function platformOf(name) {
  const tail = name.split("/").pop();
  const os = ["darwin", "win32", "linux", "android", "freebsd", "openharmony", "sunos", "aix"].find((o) => tail.includes(`-${o}-`) || tail.endsWith(`-${o}`));
  const cpu = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "wasm32"].find((c) => new RegExp(`-${c}(-|$)`).test(tail));
  const libc = /-(gnu|gnueabihf)$/.test(tail) ? "glibc" : /-musl(eabihf)?$/.test(tail) ? "musl" : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === "" ? "node_modules/" : `${path}/node_modules/`;
    if (packages[`${base}${dep}`] || packages[`node_modules/${dep}`]) continue;
    if (!/^\d+\.\d+\.\d+/.test(version)) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) continue;
    packages[`node_modules/${dep}`] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(os ? { os: [os] } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      ...(entry.dev ? { dev: true } : {}),
    };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
lock.packages = sorted;
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`package-lock.json: ${added} optional platform entries added`);
