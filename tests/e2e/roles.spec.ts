import { expect, test } from "@playwright/test";
import { demo, DEMO_PASSWORD, signIn, signUp, uniqueEmail } from "./fixtures";

test.describe("roles are enforced on the server", () => {
  test("a signed-out visitor is sent to sign in from every protected area", async ({ page }) => {
    for (const path of ["/student", "/teacher", "/admin"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/signin/);
    }
  });

  test("a join link opened while signed out leads back to the join page after signing in", async ({ page }) => {
    await page.goto("/join/ABCD2345");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await page.getByLabel("电子邮箱").fill(demo.student);
    await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL(/\/join/);
  });

  test("a student gets 404 for teacher and admin pages", async ({ page }) => {
    await signIn(page, demo.student);
    for (const path of ["/teacher", "/admin"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    }
  });

  test("a teacher sees their demo class but not the admin pages", async ({ page }) => {
    await signIn(page, demo.teacher);
    await expect(page).toHaveURL(/\/teacher$/);
    await expect(page.getByText("国际关系 · 演示班")).toBeVisible();
    expect((await page.goto("/admin"))?.status()).toBe(404);
  });

  test("an admin makes a student a teacher, and the new role applies at once", async ({ page, browser }) => {
    const email = uniqueEmail("promoted");
    await signUp(page, "丁", email, "promote-me-123");

    const other = await browser.newContext();
    const studentPage = await other.newPage();
    await signIn(studentPage, email, "promote-me-123");
    expect((await studentPage.goto("/teacher"))?.status()).toBe(404);

    await signIn(page, demo.admin);
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByRole("searchbox").or(page.getByPlaceholder("搜索姓名或邮箱")).fill(email);
    await page.getByRole("button", { name: "搜索" }).click();
    await page.getByLabel(`修改角色 (${email})`).selectOption("teacher");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText(`已将 ${email} 的角色改为教师`)).toBeVisible();

    expect((await studentPage.goto("/teacher"))?.status()).toBe(200);
    await other.close();
  });
});
