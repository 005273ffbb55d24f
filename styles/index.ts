// Self-hosted fonts, so the deck, the built site and the PDF never ask a font server.
// Inter sets the Latin text; Noto Sans TC the Chinese edition and the English one's Chinese title
// and notice. Fontsource splits each face by unicode-range, so a browser loads only the slices it
// draws; the build also drops the @font-face rules of slices the deck's text never uses
// (scripts/font-subset.mjs).
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
// Two weights of the Chinese face: regular for text, bold for headings and emphasis, so Chinese
// is as bold as the Latin beside it (a synthesised bold would be drawn as outlines in the PDF, see
// styles/theme.css). Semi-bold Latin (600) pairs with the bold Chinese.
import '@fontsource/noto-sans-tc/400.css'
import '@fontsource/noto-sans-tc/700.css'
import './theme.css'
