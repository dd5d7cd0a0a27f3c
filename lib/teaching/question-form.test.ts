import { describe, expect, it } from "vitest";
import { questionFormSchema } from "@/lib/validations/teach";
import { formFromQuestion, parsePairs, questionFromForm } from "./question-form";

const form = (fields: Record<string, string>) => questionFormSchema.parse({ prompt: "题干", ...fields });

describe("the question editor's fields", () => {
  it("makes a valid multiple-choice question and rejects an answer that is not an option", () => {
    const good = questionFromForm(form({ type: "mcq", options: "2013年\n2014年\n\n2015年", answer: "2013年", tags: "date, 倡议" }));
    expect(good).toEqual({
      ok: true,
      value: { prompt: "题干", explanation: "", payload: { options: ["2013年", "2014年", "2015年"], answer: "2013年" }, tags: ["date", "倡议"] },
    });
    expect(questionFromForm(form({ type: "mcq", options: "A\nB", answer: "C" }))).toMatchObject({ ok: false, message: "shape_mcq", field: "answer" });
    expect(questionFromForm(form({ type: "mcq", options: "A\nA", answer: "A" }))).toMatchObject({ ok: false, message: "optionsRepeat" });
  });

  it("handles every type", () => {
    expect(questionFromForm(form({ type: "multi", options: "甲\n乙\n丙", answer: "甲\n丙" }))).toMatchObject({ ok: true, value: { payload: { answer: ["甲", "丙"] } } });
    expect(questionFromForm(form({ type: "true_false", answer: "false" }))).toMatchObject({ ok: true, value: { payload: { answer: false } } });
    expect(questionFromForm(form({ type: "true_false", answer: "maybe" }))).toMatchObject({ ok: false, message: "shape_true_false" });
    expect(questionFromForm(form({ type: "cloze", answer: "西安", accepted: "长安" }))).toMatchObject({ ok: true, value: { payload: { answer: "西安", accepted: ["长安"] } } });
    expect(questionFromForm(form({ type: "short_answer", answer: "" }))).toMatchObject({ ok: false, message: "shape_short_answer" });
    const ordering = questionFromForm(form({ type: "ordering", answer: "一\n二\n三" }));
    expect(ordering).toMatchObject({ ok: true, value: { payload: { answer: ["一", "二", "三"], options: ["二", "三", "一"] } } });
    expect(questionFromForm(form({ type: "ordering", options: "一\n二", answer: "一\n三" }))).toMatchObject({ ok: false, message: "shape_ordering" });
    expect(questionFromForm(form({ type: "matching", pairs: "条约 | 2001年\n宣言 ｜ 2023年" }))).toMatchObject({
      ok: true,
      value: { payload: { pairs: [["条约", "2001年"], ["宣言", "2023年"]] } },
    });
    expect(questionFromForm(form({ type: "matching", pairs: "只有一行" }))).toMatchObject({ ok: false, message: "pairsInvalid" });
    expect(questionFromForm(form({ type: "matching", pairs: "甲 | 乙" }))).toMatchObject({ ok: false, message: "shape_matching" });
    expect(questionFromForm(form({ type: "flashcard", back: "背面" }))).toMatchObject({ ok: true, value: { payload: { front: "题干", back: "背面" } } });
    expect(questionFromForm(form({ type: "flashcard", back: "" }))).toMatchObject({ ok: false, message: "shape_flashcard" });
  });

  it("round-trips an existing question through the editor", () => {
    const q = { type: "matching", prompt: "配对", explanation: "说明", payload: { pairs: [["甲", "1"], ["乙", "2"]] as [string, string][] }, tags: ["a"] };
    const again = questionFromForm(questionFormSchema.parse(formFromQuestion(q)));
    expect(again).toEqual({ ok: true, value: { prompt: "配对", explanation: "说明", payload: q.payload, tags: ["a"] } });
    expect(parsePairs("a => b\nc\td")).toEqual([["a", "b"], ["c", "d"]]);
  });
});
