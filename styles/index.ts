// Self-hosted fonts, so the deck, the built site and the PDF never ask a font server.
// Inter sets the Latin text; Noto Sans TC covers the Traditional Chinese title and notice.
// Fontsource splits Noto Sans TC by unicode-range, so a browser loads only the slices it uses.
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
// One weight of the Chinese face only: each weight adds hundreds of unicode-range slices to the
// CSS and more font files to the cover's first load; bold Chinese text is synthesised from it.
import '@fontsource/noto-sans-tc/400.css'
import './theme.css'
