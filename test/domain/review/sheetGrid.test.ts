/**
 * The review's look-up of a sheet's cells by position (src/domain/review/sheetGrid.ts): it finds exactly the cells a
 * look-up by the address cellAddress writes finds in the snapshot's map, and nothing held under another form.
 */
import { cellAddress } from "../../../src/domain/templates/a1";
import { SheetGrid } from "../../../src/domain/review/sheetGrid";
import type { SnapshotCell } from "../../../src/domain/review/snapshot";

const sheetOf = (addresses: readonly string[]) => {
  const cells = new Map<string, SnapshotCell>(addresses.map((a, i) => [a, { value: i }]));
  return { grid: new SheetGrid({ name: "S", cells }), cells };
};

test("every cell of Excel's grid is found at its position, from A1 to XFD1048576", () => {
  const positions: [number, number][] = [
    [0, 0],
    [6, 1],
    [0, 25],
    [0, 26],
    [99, 701],
    [12, 702],
    [1048575, 16383],
  ];
  const { grid, cells } = sheetOf(positions.map(([r, c]) => cellAddress(r, c)));
  for (const [r, c] of positions) expect(grid.at(r, c)).toBe(cells.get(cellAddress(r, c)));
  expect(cellAddress(1048575, 16383)).toBe("XFD1048576");
  expect(grid.at(6, 2)).toBeUndefined();
  expect(grid.at(7, 1)).toBeUndefined();
});

test("an address in another form than cellAddress writes is not found, as a look-up by address would not find it", () => {
  const { grid } = sheetOf(["b7", "$C$7", "D07", "E0", "F7 ", "XFE1", "A1048577", "AAAA1", "G", "7"]);
  for (let col = 0; col < 8; col++) expect(grid.at(6, col)).toBeUndefined();
  expect(grid.at(0, 16384)).toBeUndefined();
  expect(grid.at(1048576, 0)).toBeUndefined();
  expect(grid.at(-1, 4)).toBeUndefined();
});

test("rows whose cells lie far apart take memory by their cells, not by the distance between them", () => {
  // 20 000 rows with cells in columns A, ANA and BXX: as arrays indexed by column, about 24 KB a row (480 MB)
  const addresses: string[] = [];
  for (let row = 0; row < 20000; row++) for (const col of [0, 1040, 1999]) addresses.push(cellAddress(row, col));
  const { grid, cells } = sheetOf(addresses);
  const before = process.memoryUsage().heapUsed;
  expect(grid.at(19999, 1999)).toBe(cells.get(cellAddress(19999, 1999)));
  expect(grid.at(19999, 1998)).toBeUndefined();
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
});
