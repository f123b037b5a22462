/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character set
 * (digits and capital letters without I, O, Z, S, V); the last is a check character computed from the first
 * 17 with fixed weights, modulo 31. The enterprise list and the merge of enterprise workbooks check it
 * (docs/enterprises.md).
 */
import type { Source } from "./source";

export const CREDIT_CODE_SOURCE: Source = {
  ref: {
    zh: "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》 代码结构与校验码",
    en: "GB 32100-2015 Coding rule of the unified social credit identifier for legal entities and other organizations, code structure and check character",
  },
  status: "to-confirm",
  note: {
    zh: "字符集、权重和模 31 的算法已用公开的企业代码验证；条款号待与标准原文核对",
    en: "character set, weights and modulo-31 rule verified on published enterprise codes; clause number to be checked against the standard's text",
  },
};

export const CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export const CREDIT_CODE_LENGTH = 18;
