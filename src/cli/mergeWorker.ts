/**
 * A worker thread of `green-audit merge` (verifyPool.ts): it reads the enterprise workbooks it is sent, one at a
 * time, and answers each with the figures read (or why none could be) and its index in the command line's list.
 */
import { parentPort } from "node:worker_threads";
import { saveCodeCaches } from "./codeCache";
import { readEnterpriseFile } from "./mergeRead";
import type { FileTask } from "./verifyPool";

parentPort?.on("message", (task: FileTask) => {
  const result = readEnterpriseFile(task.file);
  // the first file has compiled what the others need: its code cache is kept before the answer, which may end the worker
  saveCodeCaches();
  parentPort?.postMessage({ index: task.index, result });
});
