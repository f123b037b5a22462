/** The input-key grammar of templates/inputKeys.ts, read back key by key. */
import { parseInputKey } from "../../../src/domain/templates/inputKeys";

test("row templates listed by position: `[<prefix>:]<column>:<n>`, n from 1", () => {
  expect(parseInputKey("options", "opt:investment:1")).toEqual({ kind: "row", column: "investment", index: 0 });
  expect(parseInputKey("options", "opt:save_electricity:10000")).toEqual({
    kind: "row",
    column: "save_electricity",
    index: 9999,
  });
  expect(parseInputKey("team", "name:3")).toEqual({ kind: "row", column: "name", index: 2 });
  // a column holding a colon keeps it
  expect(parseInputKey("team", "a:b:2")).toEqual({ kind: "row", column: "a:b", index: 1 });
  expect(parseInputKey("options", "opt:a:b:2")).toEqual({ kind: "row", column: "a:b", index: 1 });
});

test("a fixed row of the targets table by its type instead of a position", () => {
  expect(parseInputKey("targets", "tgt:target:ghg-reduction")).toEqual({
    kind: "row",
    column: "target",
    id: "ghg-reduction",
  });
  expect(parseInputKey("targets", "tgt:target:4")).toEqual({ kind: "row", column: "target", index: 3 });
});

test("keys outside the positional grammar", () => {
  for (const key of ["opt:investment:0", "opt:investment:-1", "opt:investment:1.5", "opt:investment:x", "opt:5"])
    expect(parseInputKey("options", key)).toBeUndefined();
  // the prefix is a whole part: "option:" and a missing prefix are not it
  expect(parseInputKey("options", "option:investment:1")).toBeUndefined();
  expect(parseInputKey("options", "investment:1")).toBeUndefined();
  expect(parseInputKey("options", "opt")).toBeUndefined();
  expect(parseInputKey("team", "name")).toBeUndefined();
  expect(parseInputKey("targets", "tgt:target:unknown-type")).toBeUndefined();
});

test("row templates listed by id: `<column>:<id>`, the id whole after the first colon", () => {
  expect(parseInputKey("indicators", "evidence:EG1")).toEqual({ kind: "row", column: "evidence", id: "EG1" });
  expect(parseInputKey("basic", "answer:BR1")).toEqual({ kind: "row", column: "answer", id: "BR1" });
  expect(parseInputKey("lowcarbon", "answer:4:c")).toEqual({ kind: "row", column: "answer", id: "4:c" });
  expect(parseInputKey("synergy", "actual")).toBeUndefined();
});

test("the parameter, data and inventory sheets' keys", () => {
  expect(parseInputKey("params", "lead:EG1")).toEqual({ kind: "parameter", group: "lead", id: "EG1" });
  expect(parseInputKey("params", "confirmed:lead:EG1")).toEqual({ kind: "confirmed", id: "lead:EG1" });
  expect(parseInputKey("params", "grid-choice")).toEqual({ kind: "gridChoice" });
  expect(parseInputKey("data", "park:name")).toEqual({ kind: "park" });
  expect(parseInputKey("data", "data:va:2")).toEqual({ kind: "data", item: "va", year: 2 });
  expect(parseInputKey("data", "energy:raw-coal:0")).toEqual({ kind: "energy", carrier: "raw-coal", year: 0 });
  expect(parseInputKey("data", "data:va")).toBeUndefined();
  expect(parseInputKey("carbon", "co2f:raw-coal:cc")).toEqual({
    kind: "co2",
    carrier: "raw-coal",
    field: "carbonContent",
  });
  expect(parseInputKey("carbon", "co2f:raw-coal:used")).toBeUndefined();
  expect(parseInputKey("matrix", "opt:investment:1")).toBeUndefined();
});
