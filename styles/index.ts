// Self-hosted fonts, so the deck, the built site and the PDF never ask a font server: Inter for
// the Latin text, Noto Sans TC for the Chinese edition and the English one's Chinese title and
// notice, each cut at build time to the characters the edition draws (vite/fonts.ts
// cuts them before anything is built or served, and resolves this import to the edition's
// @font-face rules). Two weights of the Chinese face: regular for text, bold for headings and
// emphasis, so Chinese is as bold as the Latin beside it (a synthesised bold would be drawn as
// outlines in the PDF, see styles/theme.css). Semi-bold Latin (600) pairs with the bold Chinese.
import 'virtual:deck-fonts.css'
import './theme.css'
