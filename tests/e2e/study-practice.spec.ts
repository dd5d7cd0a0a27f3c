import { expect, test, type Page } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./fixtures";
import { bringToFront, expectQuestion, orderWithButtons, reviewLogsOf, setClock, type StoredQuestion } from "./study-support";

// Every spec runs on the test clock (WENGU_TEST_CLOCK=1): a fixed "today" far from the real one.
const DAY1 = new Date("2031-03-10T02:00:00Z"); // 10:00 in Shanghai

async function newStudent(page: Page, name: string): Promise<string> {
  await setClock(page.context(), test.info().project.use.baseURL!, DAY1);
  const email = uniqueEmail(name);
  await signUp(page, "学习者", email, "correct-horse-42");
  await signIn(page, email, "correct-horse-42");
  await page.goto("/student"); // makes the student's cards
  await expect(page.getByTestId("today-new")).toHaveText("20");
  return email;
}

const options = (page: Page) => page.getByTestId("question").locator("fieldset label");

async function expectRightWithPassage(page: Page, q: StoredQuestion) {
  const feedback = page.getByTestId("answer-feedback");
  await expect(feedback.getByRole("status")).toHaveText("回答正确");
  await expect(feedback.getByTestId("source-passage")).toBeVisible();
  await expect(feedback.getByRole("link", { name: "在文献中查看" })).toHaveAttribute("href", new RegExp(`/student/documents/.+\\?highlight=\\d+-\\d+`));
  await expect(feedback.getByTestId("next-review")).toContainText("下次复习");
  void q;
}

test.describe("practice", () => {
  test("answers choice questions with the keyboard and the mouse, and opens the passage in its document", async ({ page }) => {
    const email = await newStudent(page, "choice");
    const [mcq, tf, multi] = bringToFront(email, ["mcq", "true_false", "multi"]);
    await page.getByRole("link", { name: "开始学习" }).click();
    await expect(page).toHaveURL(/\/student\/practice$/);

    // single choice by keyboard: the number of the right option, then Enter
    await expectQuestion(page, mcq);
    const right = mcq.payload.options!.indexOf(mcq.payload.answer as string);
    await page.keyboard.press(String(right + 1));
    await expect(options(page).nth(right).locator("input")).toBeChecked();
    await page.keyboard.press("Enter");
    await expectRightWithPassage(page, mcq);
    await expect(page.getByTestId("correct-answer")).toHaveText(mcq.payload.answer as string);
    await page.keyboard.press("Enter"); // next question

    // true/false by mouse, answered wrong on purpose: the right answer and the explanation are shown
    await expectQuestion(page, tf);
    await options(page).nth(tf.payload.answer ? 1 : 0).click();
    await page.getByRole("button", { name: "提交", exact: true }).click();
    const feedback = page.getByTestId("answer-feedback");
    await expect(feedback.getByRole("status")).toHaveText("回答错误");
    await expect(page.getByTestId("correct-answer")).toHaveText(tf.payload.answer ? "对" : "错");
    await expect(page.getByTestId("next-review")).toContainText("1 分钟后");
    await page.getByRole("button", { name: "下一题" }).click();

    // multiple choice: some options by mouse, one by its number key
    await expectQuestion(page, multi);
    const wanted = (multi.payload.answer as string[]).map((a) => multi.payload.options!.indexOf(a));
    for (const i of wanted.slice(1)) await options(page).nth(i).click();
    await page.keyboard.press(String(wanted[0] + 1));
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expectRightWithPassage(page, multi);

    // "show in document": the raw text with the passage marked and scrolled into view
    const quote = await page.getByTestId("source-passage").locator("mark").innerText();
    await page.getByRole("link", { name: "在文献中查看" }).click();
    await expect(page).toHaveURL(/highlight=/);
    const mark = page.locator("mark#highlight");
    await expect(mark).toBeInViewport();
    expect((await mark.innerText()).replace(/\s/g, "")).toBe(quote.replace(/\s/g, ""));

    const logs = reviewLogsOf(email);
    expect(logs.map((l) => [l.questionId, l.correct, l.rating])).toEqual([
      [mcq.id, 1, 3],
      [tf.id, 0, 1],
      [multi.id, 1, 3],
    ]);
  });

  test("types answers, and the Enter that confirms a Chinese input-method candidate does not submit", async ({ page }) => {
    const email = await newStudent(page, "typing");
    const [cloze, short] = bringToFront(email, ["cloze", "short_answer"]);
    await page.goto("/student/practice");

    await expectQuestion(page, cloze);
    const input = page.getByLabel("答案");
    await input.fill(cloze.payload.answer as string);
    await input.press("Enter");
    await expectRightWithPassage(page, cloze);
    await page.keyboard.press("Enter");

    await expectQuestion(page, short);
    const answer = short.payload.answer as string;
    await page.getByLabel("答案").click();
    // compose with an input method: while composing, Enter picks the candidate and must not submit
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "pinyin", selectionStart: 6, selectionEnd: 6 });
    await page.keyboard.press("Enter");
    await cdp.send("Input.insertText", { text: answer });
    await expect(page.getByLabel("答案")).toHaveValue(answer);
    await expect(page.getByTestId("answer-feedback")).toHaveCount(0);
    expect(reviewLogsOf(email)).toHaveLength(1);
    // the next Enter, outside composition, submits
    await page.getByLabel("答案").press("Enter");
    await expectRightWithPassage(page, short);
    expect(reviewLogsOf(email).map((l) => [l.questionId, l.correct, JSON.parse(l.answer)])).toEqual([
      [cloze.id, 1, cloze.payload.answer],
      [short.id, 1, answer],
    ]);
  });

  test("orders by dragging, by keyboard and by buttons, and matches with selects", async ({ page }) => {
    const email = await newStudent(page, "ordering");
    const [ordering, matching] = bringToFront(email, ["ordering", "matching"]);
    await page.goto("/student/practice");
    await expectQuestion(page, ordering);
    const items = page.getByTestId("ordering-item");
    const before = await items.allInnerTexts();

    // drag the last item to the top with the mouse
    const lastHandle = items.last().getByRole("button", { name: /^拖动：/ });
    // boundingBox does not wait for visibility: a list still being laid out gives null
    await expect(items.first()).toBeVisible();
    await expect(lastHandle).toBeVisible();
    const firstBox = (await items.first().boundingBox())!;
    const handleBox = (await lastHandle.boundingBox())!;
    await page.mouse.move(handleBox.x + handleBox.width / 2, handleBox.y + handleBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(handleBox.x + handleBox.width / 2, firstBox.y + 4, { steps: 12 });
    await page.mouse.move(handleBox.x + handleBox.width / 2, firstBox.y + 2, { steps: 2 });
    await page.mouse.up();
    await expect(items.first()).toContainText(before[before.length - 1].replace(/^\d+/, "").trim());

    // keyboard: pick up the first item with Space, move it down one place, drop it
    const afterDrag = await items.allInnerTexts();
    const handle = items.first().getByRole("button", { name: /^拖动：/ });
    await handle.focus();
    await page.keyboard.press("Space");
    await expect(page.locator("[aria-pressed=true][aria-roledescription=sortable]")).toHaveCount(1); // picked up
    // dnd-kit's keyboard sensor adds its keydown listener in a setTimeout after the pick-up: let that run first
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(300); // the sensor moves the item over its neighbour before the drop
    await page.keyboard.press("Space");
    await expect(page.locator("[aria-pressed=true][aria-roledescription=sortable]")).toHaveCount(0); // dropped
    await expect(items.nth(1)).toContainText(afterDrag[0].replace(/^\d+/, "").trim());

    // then the buttons put everything in the right order
    await orderWithButtons(page, ordering.payload.answer as string[]);
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expectRightWithPassage(page, ordering);
    await page.getByRole("button", { name: "下一题" }).click();

    await expectQuestion(page, matching);
    for (const [left, right] of matching.payload.pairs!) await page.getByLabel(left, { exact: true }).selectOption(right);
    await page.keyboard.press("Enter");
    await expectRightWithPassage(page, matching);
    expect(reviewLogsOf(email).map((l) => l.correct)).toEqual([1, 1]);
  });

  test("rates flashcards with Space and 1–4, the buttons showing when each rating brings the card back", async ({ page }) => {
    const email = await newStudent(page, "flashcard");
    const [first, second] = bringToFront(email, ["flashcard", "flashcard"]);
    await page.goto("/student/practice");
    await expectQuestion(page, first);
    await expect(page.getByTestId("flashcard-back")).toHaveCount(0);
    await page.keyboard.press("Space");
    await expect(page.getByTestId("flashcard-back")).toHaveText(first.payload.back!);
    await expect(page.getByTestId("source-passage")).toBeVisible();
    // FSRS-6 defaults on a new card: Again 1 min, Hard 6 min, Good 10 min, Easy some days
    await expect(page.getByTestId("interval-1")).toHaveText("1 分钟");
    await expect(page.getByTestId("interval-2")).toHaveText("6 分钟");
    await expect(page.getByTestId("interval-3")).toHaveText("10 分钟");
    await expect(page.getByTestId("interval-4")).toHaveText(/\d+ 天/);
    await page.keyboard.press("1");

    await expectQuestion(page, second);
    await page.getByRole("button", { name: "显示答案" }).click();
    await page.getByRole("button", { name: /简单/ }).click();
    await expect(page.getByTestId("question")).not.toHaveAttribute("data-question-id", second.id);
    expect(reviewLogsOf(email).map((l) => [l.questionId, l.rating, l.correct])).toEqual([
      [first.id, 1, 0],
      [second.id, 4, 1],
    ]);
  });

  test("a reload resumes the session, and a double-click or a retried request saves one answer", async ({ page }) => {
    const email = await newStudent(page, "resume");
    const [a, b, c] = bringToFront(email, ["true_false", "true_false", "true_false"]);
    await page.goto("/student/practice");

    // double-click on submit: one answer
    await expectQuestion(page, a);
    await options(page).nth(a.payload.answer ? 0 : 1).click();
    await page.getByRole("button", { name: "提交", exact: true }).dblclick();
    await expect(page.getByTestId("answer-feedback").getByRole("status")).toHaveText("回答正确");
    expect(reviewLogsOf(email)).toHaveLength(1);

    // reload mid-session: the answered question does not come back, the next one is there
    await page.reload();
    await expectQuestion(page, b);
    await expect(page.getByTestId("practice-counts")).toContainText("今日已答 1");

    // the server saves the answer but the response is lost: the client retries with the same key
    let cut = false;
    await page.route("**/api/study/answer", async (route) => {
      if (cut) return route.continue();
      cut = true;
      await route.fetch(); // reaches the server, which saves the answer
      await route.abort("connectionreset"); // ...but the browser never hears back
    });
    await options(page).nth(b.payload.answer ? 0 : 1).click();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("answer-feedback").getByRole("status")).toHaveText("回答正确");
    expect(cut).toBe(true);
    expect(reviewLogsOf(email).map((l) => l.questionId)).toEqual([a.id, b.id]);
    await page.unroute("**/api/study/answer");
    await page.keyboard.press("Enter");
    await expectQuestion(page, c);
  });

  test("the answer API refuses a signed-out request, a malformed body and a question without a card, and saves nothing", async ({ page, browser }) => {
    const owner = await newStudent(page, "owner");
    // signed out, then signed in as someone else: neither may write to the owner's cards
    const [theirs] = bringToFront(owner, ["true_false"]);
    const body = (questionId: string, key: string) => ({ questionId, answer: theirs.payload.answer ?? true, durationMs: 4_000, idempotencyKey: key });

    const anonymous = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const signedOut = await anonymous.request.post("/api/study/answer", { data: body(theirs.id, "k-signed-out") });
    expect(signedOut.status()).toBe(401);
    await anonymous.close();

    const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const otherPage = await other.newPage();
    const intruder = await newStudent(otherPage, "intruder");
    const malformed = await otherPage.request.post("/api/study/answer", { data: { questionId: theirs.id } });
    expect(malformed.status()).toBe(400);
    const missing = await otherPage.request.post("/api/study/answer", { data: body("no-such-question", "k-missing") });
    expect(missing.status()).toBe(404);
    await other.close();

    expect(reviewLogsOf(owner)).toHaveLength(0);
    expect(reviewLogsOf(intruder)).toHaveLength(0);
  });
});

test("practises on a phone: taps a choice, moves an ordering item with the buttons @phone-only", async ({ page }) => {
  const email = await newStudent(page, "phone");
  const [tf, ordering] = bringToFront(email, ["true_false", "ordering"]);
  await page.goto("/student/practice");
  await expectQuestion(page, tf);
  await options(page).nth(tf.payload.answer ? 0 : 1).tap();
  await page.getByRole("button", { name: "提交", exact: true }).tap();
  await expect(page.getByTestId("answer-feedback").getByRole("status")).toHaveText("回答正确");
  await page.getByRole("button", { name: "下一题" }).tap();
  await expectQuestion(page, ordering);
  await orderWithButtons(page, ordering.payload.answer as string[]);
  await page.getByRole("button", { name: "提交", exact: true }).tap();
  await expect(page.getByTestId("answer-feedback").getByRole("status")).toHaveText("回答正确");
  // nothing wider than the screen
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
