// Types for code that Slidev compiles: its client shims (markdown as components, the slide context
// on `this`) and the globals its build defines.
/// <reference types="@slidev/types/client" />
/// <reference path="./node_modules/@slidev/client/shim.d.ts" />
/// <reference path="./node_modules/@slidev/client/shim-vue.d.ts" />

declare const __DEV__: boolean
declare const __SLIDEV_CLIENT_ROOT__: string
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean

// Imported by Slidev's client for its download button; it ships no types of its own.
declare module 'file-saver'

// Converts between font formats (WOFF2 to TrueType, for the font tests); it ships no types.
declare module 'fontverter' {
  const fontverter: { convert: (font: Uint8Array, to: 'truetype' | 'woff' | 'woff2' | 'sfnt') => Promise<Uint8Array> }
  export default fontverter
}

// HarfBuzz's subsetter (vite/fonts.ts cuts the deck's faces with it); it ships no types.
declare module 'subset-font' {
  export default function subsetFont(font: Uint8Array, text: string, options: { targetFormat: 'woff2' | 'woff' | 'truetype', keepFeatures?: string[] }): Promise<Uint8Array>
}

// A state Slidev's server-ref plugin keeps in step between the deck's windows (vite.config.ts
// declares it under `slidev.serverRef`): the discussions' countdown.
declare module 'server-reactive:activity' {
  const state: { clock: import('./lib/stopwatch').ActivityClock }
  export default state
}
