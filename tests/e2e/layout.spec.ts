import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures";

test.describe("layout and language", () => {
  test("the interface is Chinese by default and switches to English and back @phone", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("温故");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Start studying" })).toBeVisible();
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("link", { name: "开始学习" })).toBeVisible();
  });

  test("the navigation opens from the menu button on a phone @phone-only", async ({ page }) => {
    await signIn(page, demo.admin);
    const menu = page.getByRole("button", { name: "菜单" });
    await expect(menu).toBeVisible();
    await menu.click();
    await expect(page.locator("#mobile-nav").getByRole("link", { name: "班级" })).toBeVisible();
  });

  test("dark mode can be switched on", async ({ page }) => {
    await page.goto("/");
    const toggle = page.getByRole("button", { name: /外观/ });
    await toggle.click(); // light
    await toggle.click(); // dark
    await expect(page.locator("html")).toHaveClass(/dark/);
  });
});
