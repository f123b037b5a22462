/**
 * A worker thread of `green-audit verify --jobs N` (verifyPool.ts): it checks the files it is sent, one at a
 * time, and answers each with its result and its index in the command line's list.
 */
import { parentPort } from "node:worker_threads";
import { verifyFile } from "./verifyFile";
import type { FileTask } from "./verifyPool";

parentPort?.on("message", (task: FileTask) => {
  parentPort?.postMessage({ index: task.index, result: verifyFile(task.file) });
});
