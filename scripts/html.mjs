// Text put into hand-written HTML: the exports' pages (slide-frames.mjs) and the live session's
// voting page (live/vote-page.ts). Kept free of imports.

/** `text` safe inside an element or a quoted attribute. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}
