import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentReadError, MAX_DOCUMENT_BYTES, rawDocumentFromText, readDocument, readDocuments, readDocumentsLenient, sha256Hex } from "./read";

const dir = mkdtempSync(path.join(tmpdir(), "wengu-read-"));
const file = (name: string, bytes: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DocumentReadError) return e.code;
    throw e;
  }
  return undefined;
};

describe("readDocument", () => {
  it("reads UTF-8 text with its id, path and the sha256 of its bytes", () => {
    const p = file("000_abc.txt", "中国与中亚。\n");
    const doc = readDocument(p);
    expect(doc).toMatchObject({ id: "000_abc", file: p, raw: "中国与中亚。\n" });
    expect(doc.sha256).toBe(sha256Hex(Buffer.from("中国与中亚。\n", "utf8")));
  });

  it("refuses binary files (NUL bytes)", () => {
    expect(codeOf(() => readDocument(file("bin.txt", new Uint8Array([0x50, 0x4b, 0x00, 0x03]))))).toBe("binary");
  });

  it("refuses GBK text and says how to convert it", () => {
    const gbk = new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa, 0xd3, 0xeb, 0xd6, 0xd0, 0xd1, 0xc7]); // 中国与中亚 in GBK
    const p = file("gbk.txt", gbk);
    expect(codeOf(() => readDocument(p))).toBe("not_utf8");
    expect(() => readDocument(p)).toThrow(/iconv -f GB18030 -t UTF-8/);
  });

  it("refuses empty and whitespace-only files", () => {
    expect(codeOf(() => readDocument(file("empty.txt", "")))).toBe("empty");
    expect(codeOf(() => readDocument(file("blank.md", " \n\t\n\u3000")))).toBe("empty");
  });

  it("refuses other extensions and missing files", () => {
    expect(codeOf(() => readDocument(file("doc.pdf", "x")))).toBe("unsupported_extension");
    expect(codeOf(() => readDocument(path.join(dir, "nope.txt")))).toBe("not_found");
  });

  it("refuses files over the size limit without reading them, naming the limit", () => {
    const p = file("big.txt", Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x41));
    expect(codeOf(() => readDocument(p))).toBe("too_large");
    expect(() => readDocument(p)).toThrow(/limit is 20 MB/);
  });

  it("checks uploads the same way", () => {
    expect(rawDocumentFromText("u", "upload.txt", "正文。").sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(codeOf(() => rawDocumentFromText("u", "upload.txt", "   "))).toBe("empty");
  });
});

describe("readDocuments", () => {
  it("reads a directory in name order, applying manifest.json metadata", () => {
    const d = path.join(dir, "corpus");
    mkdirSync(d);
    writeFileSync(path.join(d, "b.md"), "乙。");
    writeFileSync(path.join(d, "a.txt"), "甲。");
    writeFileSync(path.join(d, "notes.pdf"), "ignored");
    writeFileSync(path.join(d, "manifest.json"), JSON.stringify({ a: { title: "甲文", authors: ["某人"], date: "2024-05" } }));
    const docs = readDocuments(d);
    expect(docs.map((x) => x.id)).toEqual(["a", "b"]);
    expect(docs[0].meta).toEqual({ title: "甲文", authors: ["某人"], date: "2024-05" });
    expect(docs[1].meta).toBeUndefined();
  });

  it("reports unreadable files and keeps the others when lenient", () => {
    const d = path.join(dir, "mixed");
    mkdirSync(d);
    writeFileSync(path.join(d, "ok.txt"), "正文。");
    writeFileSync(path.join(d, "empty.txt"), "");
    const { documents, errors } = readDocumentsLenient(d);
    expect(documents.map((x) => x.id)).toEqual(["ok"]);
    expect(errors.map((e) => e.code)).toEqual(["empty"]);
    expect(codeOf(() => readDocuments(d))).toBe("empty");
  });
});
