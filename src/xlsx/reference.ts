/** A defined name's reference text: parsed by the domain's one A1 module. */
import { parseSheetReference } from "../domain/templates/a1";

/** 'Sheet name'!$B$7 → { sheet, range } (range without "$") */
export const parseReference = parseSheetReference;
