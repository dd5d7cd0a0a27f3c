import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./fixtures";

test.describe("accounts", () => {
  test("a new student signs up, signs in, lands on Today and signs out", async ({ page }) => {
    const email = uniqueEmail("new-student");
    await signUp(page, "新同学", email, "correct-horse-42");
    await expect(page).toHaveURL(/\/signin\?registered=1/);
    await expect(page.getByRole("status")).toContainText("注册成功");

    await signIn(page, email, "correct-horse-42");
    await expect(page).toHaveURL(/\/student$/);
    await expect(page.getByRole("heading", { name: "今日学习" })).toBeVisible();
    await expect(page.getByText("你好，新同学")).toBeVisible();

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/student");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("sign-up explains what is wrong with a malformed form and keeps what was typed", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("姓名").fill("测试");
    await page.getByLabel("电子邮箱").fill("not-an-email");
    await page.getByLabel("密码", { exact: true }).fill("short");
    await page.getByLabel("确认密码").fill("different");
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await expect(page.getByText("电子邮箱格式不正确")).toBeVisible();
    await expect(page.getByText("密码至少需要 8 个字符")).toBeVisible();
    await expect(page.getByLabel("姓名")).toHaveValue("测试");
    await expect(page).toHaveURL(/\/signup/);
  });

  test("an email can only be registered once", async ({ page }) => {
    const email = uniqueEmail("twice");
    await signUp(page, "甲", email, "password-one-1");
    await expect(page).toHaveURL(/registered=1/);
    await signUp(page, "乙", email, "password-two-2");
    await expect(page.getByText("该邮箱已注册")).toBeVisible();
  });

  test("wrong passwords are refused and, after five, the account is rate limited", async ({ page }) => {
    const email = uniqueEmail("locked");
    await signUp(page, "丙", email, "the-right-password");
    for (let i = 0; i < 5; i++) {
      await page.goto("/signin");
      await page.getByLabel("电子邮箱").fill(email);
      await page.getByLabel("密码", { exact: true }).fill(`wrong-${i}`);
      await page.getByRole("button", { name: "登录", exact: true }).click();
      await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码不正确" })).toBeVisible();
    }
    await page.goto("/signin");
    await page.getByLabel("电子邮箱").fill(email);
    await page.getByLabel("密码", { exact: true }).fill("the-right-password");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "登录失败次数过多" })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
  });
});
