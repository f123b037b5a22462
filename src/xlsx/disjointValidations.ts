/**
 * A cell holds one data validation in Excel's model, so the ranges of a sheet's `<dataValidation>` elements
 * must not overlap (docs/workbooks.md). Plans may list a later validation over part of an earlier one
 * (the later one wins, as when Office.js sets them in turn); this turns a sheet's validations into disjoint
 * rectangles, and joins neighbouring rectangles of the same validation so the file stays small.
 */
import { parseRange, rangeAddress, type RangeRef } from "../domain/templates/a1";

export interface Piece<V> {
  readonly rect: RangeRef;
  readonly validation: V;
}

/** `a` minus `b`: up to four rectangles (above, below, left, right of the overlap). */
export function subtract(a: RangeRef, b: RangeRef): RangeRef[] {
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  if (top > bottom || left > right) return [a];
  const rest: RangeRef[] = [];
  if (a.top < top) rest.push({ ...a, bottom: top - 1 });
  if (bottom < a.bottom) rest.push({ ...a, top: bottom + 1 });
  if (a.left < left) rest.push({ top, bottom, left: a.left, right: left - 1 });
  if (right < a.right) rest.push({ top, bottom, left: right + 1, right: a.right });
  return rest;
}

/** Joins two rectangles of one validation when together they form a rectangle. */
function join(a: RangeRef, b: RangeRef): RangeRef | undefined {
  if (a.left === b.left && a.right === b.right && (a.bottom + 1 === b.top || b.bottom + 1 === a.top)) {
    return { ...a, top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) };
  }
  if (a.top === b.top && a.bottom === b.bottom && (a.right + 1 === b.left || b.right + 1 === a.left)) {
    return { ...a, left: Math.min(a.left, b.left), right: Math.max(a.right, b.right) };
  }
  return undefined;
}

function joinAll(rects: RangeRef[]): RangeRef[] {
  const out = [...rects];
  for (let joined = true; joined;) {
    joined = false;
    for (let i = 0; i < out.length && !joined; i++) {
      for (let j = i + 1; j < out.length && !joined; j++) {
        const [a, b] = [out[i], out[j]];
        const both = a && b && join(a, b);
        if (both) {
          out.splice(j, 1);
          out[i] = both;
          joined = true;
        }
      }
    }
  }
  return out;
}

/**
 * Disjoint rectangles covering every cell a validation of `items` covers, each with the validation that
 * holds there (the last one listed over that cell). Items whose validations are `same` share rectangles
 * that are joined where they touch; a bad range is skipped.
 */
export function disjointValidations<V>(
  items: readonly { range: string; validation: V }[],
  same: (a: V, b: V) => boolean,
): Piece<V>[] {
  let pieces: Piece<V>[] = [];
  for (const { range, validation } of items) {
    const rect = parseRange(range);
    if (!rect) continue;
    pieces = pieces.flatMap((p) => subtract(p.rect, rect).map((r) => ({ ...p, rect: r })));
    pieces.push({ rect, validation });
  }
  const groups: { validation: V; rects: RangeRef[] }[] = [];
  for (const piece of pieces) {
    const group = groups.find((g) => same(g.validation, piece.validation));
    if (group) group.rects.push(piece.rect);
    else groups.push({ validation: piece.validation, rects: [piece.rect] });
  }
  return groups.flatMap(({ validation, rects }) => joinAll(rects).map((rect) => ({ rect, validation })));
}

export function rectAddress(rect: RangeRef): string {
  return rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
}
