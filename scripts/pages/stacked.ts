// A wide table that becomes one card per row on a phone (style.css, .stack).
export function stacked(table: HTMLElement): HTMLElement {
  table.classList.add("stack");
  return table;
}
