/**
 * Helpers shared by the normaliser's tests (markup, layout, pages): one invented text read as a document.
 * Test code only; nothing in the normaliser imports this file.
 */
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "./index";

/** The cleaned document of one text. */
export const clean = (raw: string, file = "t.txt") => normaliseDocument(rawDocumentFromText("t", file, raw));

/** The text of each block. */
export const texts = (raw: string) => clean(raw).blocks.map((b) => b.text);

/** Each block as label|text. */
export const blocks = (raw: string, file?: string) => clean(raw, file).blocks.map((b) => `${b.label}|${b.text}`);
