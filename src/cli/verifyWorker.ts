/**
 * A worker thread of `green-audit verify --jobs N` (verifyPool.ts): it checks the files it is sent, one at a
 * time, and answers each with its result and its index in the command line's list.
 */
import { parentPort } from "node:worker_threads";
import { saveCodeCaches } from "./codeCache";
import { verifyFile } from "./verifyFile";
import type { FileTask } from "./verifyPool";

parentPort?.on("message", (task: FileTask) => {
  const result = verifyFile(task.file);
  // the first file has compiled what the others need: its code cache is kept before the answer, which may end the worker
  saveCodeCaches();
  parentPort?.postMessage({ index: task.index, result });
});
