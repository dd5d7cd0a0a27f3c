import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn, signUp, uniqueEmail } from "./fixtures";

/**
 * A teacher's term, end to end: a class, two students joining (code and link), a set built from
 * the bank, assigned as practice and as a quiz, the students' quiz, dashboards, item analysis and
 * CSV, a question retired, a document uploaded and turned into a set. Then a second teacher and
 * a student of another class try to reach all of it and get nothing.
 */
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const className = `E2E 班 ${stamp}`;
const setTitle = `单选题组 ${stamp}`;
const practiceTitle = `E2E 练习 ${stamp}`;
const quizTitle = `E2E 测验 ${stamp}`;
const password = "correct-horse-42";
const studentA = { name: `甲同学${stamp}`, email: uniqueEmail("teach-a") };
const studentB = { name: `乙同学${stamp}`, email: uniqueEmail("teach-b") };
const secondTeacher = { name: `李老师${stamp}`, email: uniqueEmail("teach-t2") };

const state: { classId?: string; joinCode?: string; joinLink?: string; setId?: string; documentId?: string; uploadSetId?: string; uploadQuestionId?: string; studentAId?: string; assignmentIds: string[] } = {
  assignmentIds: [],
};

async function newUser(browser: Browser, who: { name: string; email: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, who.name, who.email, password);
  await signIn(page, who.email, password);
  return page;
}

async function teacherPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, demo.teacher);
  return page;
}

/** Takes the assigned quiz, pressing the same option number for every question. */
async function takeQuiz(page: Page, option: string) {
  await page.goto("/student/quizzes");
  const row = page.getByTestId("assigned-quizzes").locator("li").filter({ hasText: quizTitle });
  await row.getByRole("button", { name: "开始测验" }).click();
  await expect(page.getByTestId("quiz-runner")).toBeVisible();
  for (let i = 1; i <= 4; i++) {
    await expect(page.getByTestId("question")).toContainText(`第 ${i} / 4 题`);
    await page.keyboard.press(option);
    if (i < 4) await page.getByRole("button", { name: "下一题" }).click();
  }
  await page.getByRole("button", { name: "交卷" }).last().click();
  const confirm = page.getByRole("button", { name: "确定交卷" });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await expect(page.getByRole("heading", { name: "测验结果" })).toBeVisible({ timeout: 20_000 });
}

test("a teacher creates a class; two students join, one with the code, one with the link", async ({ browser }) => {
  const teacher = await teacherPage(browser);
  await teacher.goto("/teacher");
  await teacher.getByLabel("班级名称").fill(className);
  await teacher.getByRole("button", { name: "创建班级" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/classes\/[^/]+$/);
  state.classId = teacher.url().split("/").pop();
  await expect(teacher.getByRole("heading", { name: className })).toBeVisible();
  state.joinCode = (await teacher.getByTestId("join-code").textContent())!.trim();
  state.joinLink = (await teacher.getByTestId("join-link").textContent())!.trim();
  expect(state.joinCode).toMatch(/^[A-Z2-9]{8}$/);
  expect(state.joinLink).toContain(`/join/${state.joinCode}`);

  // the code as a person might type it: lower case, with a dash
  const a = await newUser(browser, studentA);
  await a.goto("/join");
  await a.getByLabel("加入码").fill(`${state.joinCode.slice(0, 4).toLowerCase()}-${state.joinCode.slice(4)}`);
  await a.getByRole("button", { name: "加入", exact: true }).click();
  await expect(a.getByText(`你已加入「${className}」。`)).toBeVisible();

  const b = await newUser(browser, studentB);
  await b.goto(new URL(state.joinLink).pathname);
  await expect(b.getByText(`你受邀加入「${className}」`)).toBeVisible();
  await b.getByRole("button", { name: "加入这个班级" }).click();
  await expect(b.getByText(`你已加入「${className}」。`)).toBeVisible();

  await teacher.reload();
  await expect(teacher.getByRole("link", { name: studentA.name })).toBeVisible();
  await expect(teacher.getByRole("link", { name: studentB.name })).toBeVisible();
  state.studentAId = (await teacher.getByRole("link", { name: studentA.name }).getAttribute("href"))!.split("/").pop();
  await teacher.context().close();
  await a.context().close();
  await b.context().close();
});

test("the teacher builds a set from the bank, reorders and previews it, and assigns it as practice and as a quiz", async ({ browser }) => {
  const teacher = await teacherPage(browser);
  await teacher.goto("/teacher/sets");
  await teacher.locator("#build-title").fill(setTitle);
  await teacher.getByLabel("题型").selectOption("mcq");
  await teacher.getByLabel("最多题数").fill("4");
  await teacher.getByRole("button", { name: "生成题组" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/sets\/[^/]+$/);
  state.setId = teacher.url().split("/").pop();
  const items = teacher.getByTestId("set-items").locator(":scope > li");
  await expect(items).toHaveCount(4);

  const before = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-question-id")));
  await teacher.getByRole("button", { name: "第 2 题上移" }).click();
  await expect.poll(() => items.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-question-id")))).toEqual([before[1], before[0], before[2], before[3]]);

  await teacher.getByRole("link", { name: "预览" }).click();
  await expect(teacher.getByRole("heading", { name: `预览：${setTitle}` })).toBeVisible();
  await expect(teacher.getByText("第 4 题")).toBeVisible();
  await teacher.getByRole("link", { name: `返回「${setTitle}」` }).click();

  await teacher.getByLabel("班级").selectOption({ label: className });
  await teacher.getByLabel("作业名称").fill(practiceTitle);
  await teacher.getByRole("button", { name: "布置作业" }).click();
  await expect(teacher.getByText("作业已布置。")).toBeVisible();

  await teacher.getByLabel("班级").selectOption({ label: className });
  await teacher.getByLabel("测验", { exact: true }).check();
  await teacher.getByLabel("作业名称").fill(quizTitle);
  await teacher.getByLabel("限时（分钟，可选）").fill("15");
  await teacher.getByLabel("可作答次数（可选）").fill("2");
  await teacher.getByRole("button", { name: "布置作业" }).click();
  await expect(teacher.getByText("作业已布置。")).toBeVisible();

  await teacher.goto(`/teacher/classes/${state.classId}`);
  const assignments = teacher.getByTestId("assignments");
  await expect(assignments).toContainText(practiceTitle);
  await expect(assignments).toContainText("间隔重复练习");
  await expect(assignments).toContainText(quizTitle);
  await expect(assignments).toContainText("限时 15 分钟 · 可答 2 次");
  for (const link of await assignments.getByRole("link", { name: /E2E/ }).all()) state.assignmentIds.push((await link.getAttribute("href"))!.split("/").pop()!);
  expect(state.assignmentIds).toHaveLength(2);
  await teacher.context().close();
});

test("the students take the quiz; the teacher reads the class and student dashboards, item analysis and CSV", async ({ browser }) => {
  test.setTimeout(120_000);
  for (const [who, option] of [[studentA, "1"], [studentB, "2"]] as const) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, who.email, password);
    await takeQuiz(page, option);
    await page.context().close();
  }

  const teacher = await teacherPage(browser);
  await teacher.goto(`/teacher/classes/${state.classId}`);
  await teacher.getByRole("link", { name: "班级看板" }).click();
  await expect(teacher.getByRole("heading", { name: `${className} · 看板` })).toBeVisible();
  const table = teacher.getByTestId("progress-table");
  for (const who of [studentA, studentB]) {
    const row = table.getByRole("row").filter({ hasText: who.name });
    // the quiz is submitted; its answers fed the same questions' cards, so the practice (same set) counts them too
    await expect(row.getByText("已完成")).toHaveCount(2);
    await expect(row).toContainText("4/4");
  }
  await expect(teacher.getByRole("heading", { name: "各文献掌握情况" })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "近 28 天学习量" })).toBeVisible();

  await table.getByRole("link", { name: studentA.name }).click();
  await expect(teacher.getByRole("heading", { name: studentA.name })).toBeVisible();
  await expect(teacher.getByText("测验记录")).toBeVisible();
  await expect(teacher.getByText(quizTitle).first()).toBeVisible();

  await teacher.goto(`/teacher/classes/${state.classId}/dashboard`);
  await teacher.getByRole("link", { name: "题目分析" }).click();
  await expect(teacher.getByRole("heading", { name: `${className} · 题目分析` })).toBeVisible();
  const rows = teacher.getByTestId("item-table").locator("tbody > tr");
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText("2 人首答");

  const csv = await teacher.request.get(`/api/teacher/classes/${state.classId}/csv/progress`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toContain("filename*=UTF-8''");
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text).toContain(studentA.name);
  expect(text).toContain(quizTitle);
  const itemsCsv = await teacher.request.get(`/api/teacher/classes/${state.classId}/csv/items`);
  expect(itemsCsv.status()).toBe(200);
  expect((await itemsCsv.text()).split("\r\n").filter(Boolean)).toHaveLength(5); // header + 4 questions
  await teacher.context().close();
});

test("the teacher retires a question from the item analysis in two clicks; it shows as retired in the set", async ({ browser }) => {
  const teacher = await teacherPage(browser);
  await teacher.goto(`/teacher/classes/${state.classId}/items`);
  const first = teacher.getByTestId("item-table").locator("tbody > tr").first();
  const questionId = await first.getAttribute("data-question-id");
  await first.getByRole("link", { name: "修改或停用" }).click();
  await expect(teacher).toHaveURL(new RegExp(`/teacher/questions/${questionId}$`));
  await teacher.getByRole("button", { name: /^停用：/ }).click();
  await expect(teacher.getByText("题目已停用，已离开学生的复习队列。")).toBeVisible();
  await expect(teacher.getByText("这道题已停用")).toBeVisible();
  await teacher.goto(`/teacher/sets/${state.setId}`);
  await expect(teacher.getByText("其中 1 道题已停用")).toBeVisible();
  await teacher.context().close();
});

test("the teacher uploads a document (a binary file is refused), watches it processed, and builds a set from it", async ({ browser }) => {
  test.setTimeout(120_000);
  const teacher = await teacherPage(browser);
  await teacher.goto("/teacher/documents");
  await teacher.getByLabel("文件").setInputFiles({ name: "scan.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]) });
  await teacher.getByRole("button", { name: "上传并生成题目" }).click();
  await expect(teacher.getByText("这个文件不是纯文本")).toBeVisible();

  const text = [
    `中亚合作新进展 ${stamp}`,
    "",
    "2013年9月，中国国家主席访问哈萨克斯坦，提出共同建设“丝绸之路经济带”。",
    "2001年6月15日，上海合作组织在上海成立。",
    "2023年5月18日至19日，首届中国—中亚峰会在西安举行，各方签署《中国—中亚峰会西安宣言》。",
    "2022年，中国与中亚五国贸易额达到702亿美元。",
  ].join("\n");
  await teacher.getByLabel("文件").setInputFiles({ name: "合作.md", mimeType: "text/markdown", buffer: Buffer.from(text, "utf8") });
  await teacher.getByLabel("标题（可选）").fill(`上传 ${stamp}`);
  await teacher.getByRole("button", { name: "上传并生成题目" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/documents\/up_[0-9a-f]+$/);
  state.documentId = teacher.url().split("/").pop();
  await expect(teacher.getByTestId("document-ready")).toBeVisible({ timeout: 60_000 });
  await expect(teacher.getByText("仅自己可见").or(teacher.getByText("目前只有你"))).toBeVisible();

  await teacher.getByRole("button", { name: "用这篇文献生成题组" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/sets\/[^/]+$/);
  state.uploadSetId = teacher.url().split("/").pop();
  const items = teacher.getByTestId("set-items").locator(":scope > li");
  await expect(items.first()).toBeVisible();
  state.uploadQuestionId = (await items.first().getAttribute("data-question-id"))!;
  await expect(teacher.getByText(/还是草稿/)).toBeVisible();
  await teacher.getByRole("button", { name: "启用这些草稿" }).click();
  await expect(teacher.getByText(/还是草稿/)).toHaveCount(0);
  await expect(items.first()).toContainText("已启用");
  await teacher.context().close();
});

test("a second teacher and a student of another class get nothing", async ({ browser }) => {
  test.setTimeout(120_000);
  // the second teacher: a new account an admin makes a teacher
  const other = await newUser(browser, secondTeacher);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin);
  await admin.getByPlaceholder("搜索姓名或邮箱").fill(secondTeacher.email);
  await admin.getByRole("button", { name: "搜索" }).click();
  await admin.getByLabel(`修改角色 (${secondTeacher.email})`).selectOption("teacher");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText(`已将 ${secondTeacher.email} 的角色改为教师`)).toBeVisible();
  await admin.context().close();

  const pages = [
    `/teacher/classes/${state.classId}`,
    `/teacher/classes/${state.classId}/dashboard`,
    `/teacher/classes/${state.classId}/items`,
    `/teacher/classes/${state.classId}/students/${state.studentAId}`,
    `/teacher/sets/${state.setId}`,
    `/teacher/sets/${state.setId}/add`,
    `/teacher/sets/${state.setId}/preview`,
    `/teacher/sets/${state.uploadSetId}`,
    `/teacher/assignments/${state.assignmentIds[0]}`,
    `/teacher/documents/${state.documentId}`,
    `/teacher/questions/${state.uploadQuestionId}`,
  ];
  const apis = [
    `/api/teacher/classes/${state.classId}/csv/progress`,
    `/api/teacher/classes/${state.classId}/csv/items`,
    `/api/teacher/classes/${state.classId}/csv/student-weakest?student=${state.studentAId}`,
    `/api/teacher/classes/${state.classId}/activity`,
    `/api/teacher/documents/${state.documentId}`,
  ];

  await other.goto("/teacher");
  await expect(other.getByText(className)).toHaveCount(0);
  for (const path of pages) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  for (const path of apis) expect((await other.request.get(path)).status(), path).toBe(404);
  await other.goto("/teacher/sets");
  await expect(other.getByText(setTitle)).toHaveCount(0);
  await other.goto("/teacher/documents");
  await expect(other.getByText(`上传 ${stamp}`)).toHaveCount(0);
  await other.context().close();

  // a student of another class (the demo class), and a student of this one: not teachers at all
  for (const email of [demo.student, studentA.email]) {
    const student = await (await browser.newContext()).newPage();
    await signIn(student, email, email === demo.student ? undefined : password);
    for (const path of pages.slice(0, 5)) expect((await student.goto(path))?.status(), path).toBe(404);
    for (const path of apis) expect((await student.request.get(path)).status(), path).toBe(403);
    await student.context().close();
  }
});
