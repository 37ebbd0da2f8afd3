/**
 * The part of the WebAssembly JavaScript API this project uses (src/parsers/junit-scanner.ts). Node has it
 * as a global, but neither the ES library of TypeScript nor @types/node 20 declares it, and the DOM library
 * would declare a browser's globals as well.
 */
declare namespace WebAssembly {
  /** Compiled code, opaque to JavaScript. */
  type Module = object & { readonly __brand: 'WebAssembly.Module' }
  const Module: new (bytes: Uint8Array) => Module
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>)
    readonly exports: Record<string, unknown>
  }
  class Memory {
    readonly buffer: ArrayBuffer
  }
  class Global {
    readonly value: unknown
  }
}
