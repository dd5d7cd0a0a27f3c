// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or wasm packages used on the server are loaded by Node, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (npm run typecheck); the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  // Allows tests and benchmarks to build into their own folder next to the demo build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

module.exports = withNextIntl(nextConfig);
