/**
 * A sheet's columns found by id. Every id a template asks for is one of its own column ids, so an unknown id is
 * a defect of the template, thrown at once (any test that builds the sheet finds it).
 */
export interface ColumnLookup<C extends { readonly id: string }> {
  /** 0-based column position of `id` */
  position(id: string): number;
  column(id: string): C;
}

export function columnLookup<C extends { readonly id: string }>(columns: readonly C[]): ColumnLookup<C> {
  const positions = new Map(columns.map((c, i) => [c.id, i]));
  const position = (id: string): number => {
    const at = positions.get(id);
    if (at === undefined) throw new Error(`the sheet has no column "${id}"`);
    return at;
  };
  return { position, column: (id) => columns[position(id)] as C };
}
