/**
 * Where the pane runs: inside Excel (Office.js available), or in a plain browser ("file mode":
 * templates become .xlsx downloads and the review reads an .xlsx the user opens).
 * Outside Office, `Office.onReady` resolves with a null host.
 */
export type HostMode = "excel" | "file";

export interface OfficeReadyInfo {
  host: unknown;
}

export function hostModeOf(info: OfficeReadyInfo | undefined): HostMode {
  return info?.host === "Excel" ? "excel" : "file";
}

/** Resolves once Office.js is ready, or at once in file mode when office.js is absent. */
export async function detectHostMode(office: { onReady(): Promise<OfficeReadyInfo> } | undefined): Promise<HostMode> {
  if (!office) return "file";
  return hostModeOf(await office.onReady());
}
