import { detectHostMode, hostModeOf } from "../../src/taskpane/hostMode";

test("Excel host means excel mode; a null host (plain browser) means file mode", () => {
  expect(hostModeOf({ host: "Excel" })).toBe("excel");
  expect(hostModeOf({ host: null })).toBe("file");
  expect(hostModeOf(undefined)).toBe("file");
});

test("without office.js the pane runs in file mode", async () => {
  await expect(detectHostMode(undefined)).resolves.toBe("file");
  await expect(detectHostMode({ onReady: async () => ({ host: "Excel" }) })).resolves.toBe("excel");
});
