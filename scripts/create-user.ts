/**
 * `npm run user:create -- --email it@school.edu --name "Admin" --role admin`
 * Creates an account (the first admin of a production install). The password is read from
 * WENGU_NEW_PASSWORD or typed at the prompt (not echoed to the shell history).
 */
import "./lib/load-env";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ROLES } from "../lib/domain/constants";
import { emailSchema, passwordSchema } from "../lib/validations/auth";

const usage = 'usage: npm run user:create -- --email <email> --name <name> [--role student|teacher|admin]';

async function askPassword(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  return new Promise((resolve) => rl.question("Password (at least 8 characters): ", (answer) => (rl.close(), resolve(answer))));
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  const parsed = z
    .object({ email: emailSchema, name: z.string().trim().min(1, "a name is needed"), role: z.enum(ROLES) })
    .safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n") + `\n${usage}`);
    process.exit(2);
  }
  const password = process.env.WENGU_NEW_PASSWORD ?? (process.stdin.isTTY ? await askPassword() : "");
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) {
    console.error("The password must have 8 to 200 characters (set WENGU_NEW_PASSWORD or type it at the prompt).");
    process.exit(2);
  }
  const { db } = await import("../lib/server/db");
  const { hashPassword } = await import("../lib/server/password");
  const existing = await db.user.findUnique({ where: { email: parsed.data.email } });
  if (existing) {
    console.error(`An account for ${parsed.data.email} exists already (role ${existing.role}); an admin can change its role in the app.`);
    process.exit(1);
  }
  await db.user.create({
    data: { email: parsed.data.email, name: parsed.data.name, role: parsed.data.role, passwordHash: await hashPassword(checked.data) },
  });
  console.log(`Created ${parsed.data.role} ${parsed.data.email}.`);
  await db.$disconnect();
}

void main();
