import { describe, expect, it } from "vitest";
import { CLOCK, TIME_LINE, TIME_LINE_IN_TEXT, UPDATE_STAMP } from "./time-line";

describe("a page's time line", () => {
  it("reads a clock time, with or without its seconds", () => {
    const clock = new RegExp(`^${CLOCK}$`);
    expect(clock.test("7:05")).toBe(true);
    expect(clock.test("19:40:12")).toBe(true);
    expect(clock.test("19时40分")).toBe(false);
  });

  it("reads a whole line of the day, the time and a field after it, and nothing more", () => {
    expect(TIME_LINE.test("2023-9-12 07:30　来源：某某在线")).toBe(true);
    expect(TIME_LINE.test("2023年09月12日07:30 | 编辑：某乙")).toBe(true);
    expect(TIME_LINE.test("  2023/9/12 07:30  ")).toBe(true);
    // a sentence that starts with a day and a time is no time line
    expect(TIME_LINE.test("2023年9月12日07:30，某代表团抵达某城。")).toBe(false);
    // the day without the time is no time line either
    expect(TIME_LINE.test("2023-09-12 来源：某某在线")).toBe(false);
  });

  it("reads the stamp of a page's last change on a line of its own", () => {
    expect(UPDATE_STAMP.test("【最后修改日期：2023年10月】")).toBe(true);
    expect(UPDATE_STAMP.test("某会议的更新时间：2023年10月")).toBe(false);
  });

  it("finds a time line run into a sentence", () => {
    const inText = new RegExp(TIME_LINE_IN_TEXT, "u");
    expect(inText.test("某某发表讲话2023年09月12日 07:30&nbsp;|&nbsp;来源：某某在线")).toBe(true);
    expect(inText.test("来源：某某在线 ｜ 2023-9-12某国宣布……")).toBe(true);
    // the source named inside the text, with no time line around it
    expect(inText.test("据某某在线报道，数据来源：某统计机构。")).toBe(false);
  });
});
