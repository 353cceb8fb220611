// The inputs the story page's controls use (components/controls.ts), typed: @observablehq/inputs ships no types.
declare module "@observablehq/inputs" {
  export function radio<T>(data: Map<string, T>, options?: {label?: string; value?: T}): HTMLElement;
  export function range(
    extent: [number, number],
    options?: {label?: string; step?: number; value?: number}
  ): HTMLElement;
}
