import { expect, test } from "@playwright/test";
import { demo, signIn, signUp, uniqueEmail } from "./fixtures";
import { createQuizAssignment, questionsOfType, reviewLogsOf, setClock } from "./study-support";

const DAY = new Date("2031-06-01T03:00:00Z");

test.describe("quizzes", () => {
  test("a quiz from a document, from start to score, with a review of every question", async ({ page, baseURL }) => {
    await setClock(page.context(), baseURL!, DAY);
    const email = uniqueEmail("quiz");
    await signUp(page, "测验者", email, "correct-horse-42");
    await signIn(page, email, "correct-horse-42");
    await page.goto("/student/quizzes");
    await page.getByLabel("题数").selectOption("5");
    await page.getByLabel("限时").selectOption("10");
    await page.getByRole("button", { name: "开始测验" }).last().click();
    await expect(page).toHaveURL(/\/student\/quizzes\/[^/]+$/);
    await expect(page.getByTestId("quiz-timer")).toContainText(/剩余时间 (10:00|9:5\d)/);

    // answer four of five, each as its type wants (not necessarily right), and leave one blank
    for (let i = 0; i < 4; i++) {
      const q = page.getByTestId("question");
      await expect(q).toContainText(`第 ${i + 1} / 5 题`);
      const type = await q.getAttribute("data-question-type");
      if (type === "mcq" || type === "true_false" || type === "multi") await page.keyboard.press("1");
      else if (type === "cloze" || type === "short_answer") await page.getByLabel("答案").fill("二〇一三年");
      else if (type === "matching") for (const s of await q.locator("select").all()) await s.selectOption({ index: 1 });
      // ordering is answered by its starting order
      await page.getByRole("button", { name: "下一题" }).click();
    }
    // a reload keeps the saved answers
    await page.reload();
    await expect(page.getByRole("navigation", { name: "题目导航" }).getByRole("button", { name: /已作答/ })).toHaveCount(4);
    await page.getByRole("navigation", { name: "题目导航" }).getByRole("button", { name: "5", exact: true }).click();
    await page.getByRole("button", { name: "交卷" }).last().click();
    await expect(page.getByRole("alertdialog")).toContainText("还有 1 题未作答");
    await page.getByRole("button", { name: "确定交卷" }).click();

    await expect(page.getByRole("heading", { name: "测验结果" })).toBeVisible();
    await expect(page.getByTestId("quiz-correct-count")).toContainText(/\d\/5 题正确/);
    const review = page.getByTestId("quiz-review").locator(":scope > li");
    await expect(review).toHaveCount(5);
    await expect(review.last()).toContainText("未作答");
    await expect(review.first().getByTestId("source-passage")).toBeVisible();
    // the four answers fed the scheduler, the blank one did not
    const logs = reviewLogsOf(email);
    expect(logs).toHaveLength(4);
    expect(logs.every((l) => l.origin === "quiz")).toBe(true);

    await page.getByRole("link", { name: "返回测验" }).click();
    await expect(page.getByTestId("quiz-history")).toContainText(/\d\/5 题正确/);
  });

  test("an assigned timed quiz submits itself when the time is up, and scores the answers given", async ({ page, baseURL }) => {
    await setClock(page.context(), baseURL!, DAY);
    const [tf1, tf2] = questionsOfType("true_false", 2);
    const title = `限时小测 ${Date.now().toString(36)}`;
    createQuizAssignment(title, [tf1.id, tf2.id], 8, DAY);
    await signIn(page, demo.student);
    await page.goto("/student/quizzes");
    const row = page.getByTestId("assigned-quizzes").locator("li").filter({ hasText: title });
    await expect(row).toContainText("还可提交 2 次");
    await row.getByRole("button", { name: "开始测验" }).dblclick();
    await expect(page.getByTestId("quiz-runner")).toBeVisible();
    // the right answer to the first, nothing to the second; then wait for the clock
    await page.keyboard.press(tf1.payload.answer ? "1" : "2");
    await page.getByRole("button", { name: "下一题" }).click();
    await expect(page.getByRole("heading", { name: "测验结果" })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("quiz-correct-count")).toHaveText("1/2 题正确");
    await expect(page.getByTestId("quiz-score")).toHaveText("50%");
    await page.goto("/student/quizzes");
    // one attempt used (the double-click started one), one left
    await expect(page.getByTestId("assigned-quizzes").locator("li").filter({ hasText: title })).toContainText("还可提交 1 次");
  });
});
