import { expect, type Page } from "@playwright/test";

// The demo accounts the seed creates (lib/server/demo-seed.ts).
export const DEMO_PASSWORD = "wengu-demo-2026";
export const demo = {
  admin: "admin@wengu.demo",
  teacher: "teacher@wengu.demo",
  student: "student1@wengu.demo",
} as const;

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`;

/** Signs in through the form, as a person would. The UI is Chinese by default. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

export async function signUp(page: Page, name: string, email: string, password: string): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("姓名").fill(name);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByLabel("确认密码").fill(password);
  await page.getByRole("button", { name: "注册", exact: true }).click();
}
