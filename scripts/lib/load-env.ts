// Imported first by every script: loads .env.local (as Next.js does) before lib/env reads it.
import fs from "node:fs";

for (const file of [".env.local", ".env"]) {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}
