/**
 * Where a JSON text stops being JSON (RFC 8259), as a line and column a user can find in an editor, with
 * the same words in every browser and in Node (JSON.parse's messages differ between engines and some give
 * no position). One linear pass, no recursion: a deeply nested file cannot overflow the stack.
 */

/** JSON's insignificant whitespace (RFC 8259 §2). */
const isJsonSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";

export interface JsonSyntaxError {
  /** 1-based */
  readonly line: number;
  /** 1-based, in characters */
  readonly column: number;
  /** what is wrong, in English (as words.en) */
  readonly message: string;
  /** what is wrong, in both languages */
  readonly words: Words;
}

interface Words {
  readonly zh: string;
  readonly en: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"] as const;

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < position; i = text.indexOf("\n", i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: [...text.slice(start, position)].length + 1 };
}

function shown(ch: string | undefined): Words {
  if (ch === undefined) return { zh: "文件结尾", en: "the end of the file" };
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) {
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    return { zh: `控制字符 ${hex}`, en: `the control character ${hex}` };
  }
  return { zh: `“${ch}”`, en: `"${ch}"` };
}

/** The end of the string starting at `start` (a quote), or an error. */
function scanString(text: string, start: number): number | { at: number; words: Words } {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) return i + 1;
    if (ch === 0x5c) {
      const next = text[i + 1];
      if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 1;
      else
        return {
          at: i,
          words: { zh: `文本中有无效的转义“\\${next ?? ""}”`, en: `invalid escape "\\${next ?? ""}" in a text` },
        };
    } else if (ch < 0x20) {
      const what = shown(text[i]);
      return {
        at: i,
        words: {
          zh: `文本中有${what.zh}（文本中的换行须写作 \\n）`,
          en: `${what.en} inside a text (a line break in a text must be written \\n)`,
        },
      };
    }
  }
  return { at: start, words: { zh: "文本缺少结尾的双引号", en: "a text that is never closed by a double quote" } };
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ("{" | "[")[] = [];
  type Expect = "value" | "key" | "colon" | "next" | "end";
  let expect = "value" as Expect;
  let pos = 0;
  const fail = (at: number, words: Words): JsonSyntaxError => ({
    ...lineAndColumn(text, at),
    message: words.en,
    words,
  });
  const afterValue = (): void => {
    expect = stack.length === 0 ? "end" : "next";
  };
  for (;;) {
    while (pos < text.length && isJsonSpace(text[pos])) pos++;
    const ch = text[pos];
    if (expect === "end")
      return ch === undefined
        ? undefined
        : fail(pos, {
            zh: `数据结束后多出${shown(ch).zh}`,
            en: `unexpected ${shown(ch).en} after the end of the data`,
          });
    if (expect === "value") {
      if (ch === "{" || ch === "[") {
        stack.push(ch);
        pos++;
        expect = ch === "{" ? "key" : "value";
        while (pos < text.length && isJsonSpace(text[pos])) pos++;
        if (text[pos] === (ch === "{" ? "}" : "]")) {
          stack.pop();
          pos++;
          afterValue();
        }
        continue;
      }
      if (ch === '"') {
        const end = scanString(text, pos);
        if (typeof end !== "number") return fail(end.at, end.words);
        pos = end;
        afterValue();
        continue;
      }
      NUMBER.lastIndex = pos;
      const number = NUMBER.exec(text);
      if (number) {
        pos += number[0].length;
        afterValue();
        continue;
      }
      const literal = LITERALS.find((word) => text.startsWith(word, pos));
      if (literal) {
        pos += literal.length;
        afterValue();
        continue;
      }
      const single = ch === "'";
      return fail(pos, {
        zh: `此处应为一个值（数字、双引号中的文本、true、false、null、[ 或 {），却是${shown(ch).zh}${single ? "（文本须用双引号）" : ""}`,
        en: `expected a value (a number, a text in double quotes, true, false, null, [ or {) but found ${shown(ch).en}${single ? " (texts need double quotes)" : ""}`,
      });
    }
    if (expect === "key") {
      if (ch !== '"')
        return fail(pos, {
          zh: `此处应为双引号中的键，却是${shown(ch).zh}`,
          en: `expected a key in double quotes but found ${shown(ch).en}`,
        });
      const end = scanString(text, pos);
      if (typeof end !== "number") return fail(end.at, end.words);
      pos = end;
      expect = "colon";
      continue;
    }
    if (expect === "colon") {
      if (ch !== ":")
        return fail(pos, {
          zh: `键之后应为“:”，却是${shown(ch).zh}`,
          en: `expected ":" after the key but found ${shown(ch).en}`,
        });
      pos++;
      expect = "value";
      continue;
    }
    const open = stack[stack.length - 1];
    const close = open === "{" ? "}" : "]";
    if (ch === ",") {
      pos++;
      expect = open === "{" ? "key" : "value";
      while (pos < text.length && isJsonSpace(text[pos])) pos++;
      if (text[pos] === close)
        return fail(pos, { zh: `${close} 之前不能有逗号`, en: `a comma before ${close} is not allowed` });
      continue;
    }
    if (ch === close) {
      stack.pop();
      pos++;
      afterValue();
      continue;
    }
    return fail(pos, {
      zh: `此处应为“,”或“${close}”，却是${shown(ch).zh}`,
      en: `expected "," or "${close}" but found ${shown(ch).en}`,
    });
  }
}
