import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./fixtures";
import { setClock } from "./study-support";

test("settings: clear errors, then daily limits, desired retention and language that take effect", async ({ page, baseURL }) => {
  await setClock(page.context(), baseURL!, new Date("2031-07-01T02:00:00Z"));
  const email = uniqueEmail("settings");
  await signUp(page, "设置者", email, "correct-horse-42");
  await signIn(page, email, "correct-horse-42");
  await page.goto("/settings");
  await expect(page.getByLabel("目标记忆保持率（%）")).toHaveValue("90");

  await page.getByLabel("每天新题数").fill("abc");
  await page.getByLabel("目标记忆保持率（%）").fill("60");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("每天新题数必须是整数。")).toBeVisible();
  await expect(page.getByText("目标记忆保持率应在 70 到 99 之间。")).toBeVisible();
  await expect(page.getByLabel("每天新题数")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("每天新题数").fill("3");
  await page.getByLabel("目标记忆保持率（%）").fill("80");
  await page.getByLabel("界面语言").selectOption("en");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect(page.getByLabel("Desired retention (%)")).toHaveValue("80");

  await page.goto("/student");
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  await expect(page.getByTestId("today-new")).toHaveText("3");
});
