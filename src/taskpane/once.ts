/** Starts a load once; React.lazy and anyone who waits for the module (a test, a prefetch) share its promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= load());
}
