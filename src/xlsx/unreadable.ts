/** A submitted file that cannot or may not be read; the message is one line saying why. */
export class UnreadableWorkbook extends Error {}
