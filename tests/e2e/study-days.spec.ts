import { expect, test, type Page } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./fixtures";
import { bringToFront, expectQuestion, reviewLogsOf, setClock } from "./study-support";

const DAY1 = new Date("2031-05-04T01:30:00Z"); // 09:30 in Shanghai
const DAY2 = new Date(DAY1.getTime() + 24 * 3600_000);

async function answerMcqRight(page: Page, options: string[], answer: string) {
  await page.keyboard.press(String(options.indexOf(answer) + 1));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("answer-feedback").getByRole("status")).toHaveText("回答正确");
}

test("comes back tomorrow on the test clock: yesterday's questions are due, the streak grows, progress draws its charts", async ({ page, baseURL }) => {
  await setClock(page.context(), baseURL!, DAY1);
  const email = uniqueEmail("tomorrow");
  await signUp(page, "明天见", email, "correct-horse-42");
  await signIn(page, email, "correct-horse-42");
  await page.goto("/student");
  await expect(page.getByTestId("today-streak")).toHaveText("0 天");
  const [a, b] = bringToFront(email, ["mcq", "mcq"]);

  // day 1: two questions right, each through its learning step (10 minutes, shown early when nothing else is due)
  await page.getByRole("link", { name: "开始学习" }).click();
  for (const q of [a, b]) {
    await expectQuestion(page, q);
    await answerMcqRight(page, q.payload.options!, q.payload.answer as string);
    await page.keyboard.press("Enter");
  }
  await page.goto("/student");
  await expect(page.getByTestId("today-streak")).toHaveText("1 天");
  await expect(page.getByTestId("today-due")).toHaveText("0");
  await expect(page.getByTestId("today-new")).toHaveText("18");

  // day 2: yesterday's cards are due again, and today's new ones are available again
  await setClock(page.context(), baseURL!, DAY2);
  await page.goto("/student");
  await expect(page.getByTestId("today-due")).toHaveText("2");
  await expect(page.getByTestId("today-new")).toHaveText("20");
  await expect(page.getByTestId("today-streak")).toHaveText("1 天");
  await page.getByRole("link", { name: "开始学习" }).click();
  // both were answered at the same moment (the test clock stands still): either may come first
  const shown = await page.getByTestId("question").getAttribute("data-question-id");
  const first = shown === b.id ? b : a;
  await expectQuestion(page, first);
  await expect(page.getByTestId("question")).toContainText("学习中");
  await answerMcqRight(page, first.payload.options!, first.payload.answer as string);
  await expect(page.getByTestId("next-review")).toContainText(/天后/);
  await page.goto("/student");
  await expect(page.getByTestId("today-streak")).toHaveText("2 天");
  await expect(page.getByTestId("today-due")).toHaveText("1");
  expect(reviewLogsOf(email).filter((l) => l.questionId === first.id)).toHaveLength(2);

  // progress: the charts are drawn from these answers
  await page.goto("/student/progress");
  await expect(page.getByTestId("progress-answers")).toHaveText("3");
  await expect(page.getByTestId("progress-accuracy")).toHaveText("100%");
  for (const chart of ["chart-reviews", "chart-retention", "chart-states", "chart-forecast", "chart-mastery-documents", "chart-mastery-kinds"])
    await expect(page.getByTestId(chart).locator("svg.recharts-surface").first()).toBeVisible();
  // two bars of answers: day 1 and day 2
  await expect(page.getByTestId("chart-reviews").locator(".recharts-bar-rectangle path")).toHaveCount(2);
});
