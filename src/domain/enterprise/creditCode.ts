/** Checking a unified social credit code by GB 32100-2015 (catalog/creditCode.ts). */
import { CREDIT_CODE_CHARACTERS, CREDIT_CODE_LENGTH, CREDIT_CODE_WEIGHTS } from "../catalog/creditCode";
import type { Text } from "../text";

/** The code as compared: spaces removed, letters upper-case (people type it so). */
export function normalizeCreditCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}

/** What is wrong with a credit code, or undefined when it is well-formed with a matching check character. */
export function creditCodeProblem(raw: string): Text | undefined {
  const code = normalizeCreditCode(raw);
  if (code.length !== CREDIT_CODE_LENGTH)
    return {
      zh: `统一社会信用代码应为 18 位，实际为 ${code.length} 位`,
      en: `a unified social credit code has 18 characters, this has ${code.length}`,
    };
  const bad = [...code].find((c) => !CREDIT_CODE_CHARACTERS.includes(c));
  if (bad !== undefined)
    return {
      zh: `统一社会信用代码含非法字符“${bad}”（不使用 I、O、Z、S、V）`,
      en: `the code holds "${bad}", which no credit code uses (I, O, Z, S, V are never used)`,
    };
  let sum = 0;
  CREDIT_CODE_WEIGHTS.forEach((w, i) => (sum += CREDIT_CODE_CHARACTERS.indexOf(code.charAt(i)) * w));
  const expected = CREDIT_CODE_CHARACTERS.charAt((31 - (sum % 31)) % 31);
  if (code.charAt(17) !== expected)
    return {
      zh: `统一社会信用代码校验位不符（按前 17 位应为“${expected}”），请核对是否抄错`,
      en: `the check character does not match (the first 17 characters give "${expected}"); check for a typing mistake`,
    };
  return undefined;
}

/** A valid code from 17 characters (for examples and tests of fictional enterprises). */
export function withCheckCharacter(first17: string): string {
  let sum = 0;
  CREDIT_CODE_WEIGHTS.forEach((w, i) => (sum += CREDIT_CODE_CHARACTERS.indexOf(first17.charAt(i)) * w));
  return first17 + CREDIT_CODE_CHARACTERS.charAt((31 - (sum % 31)) % 31);
}
