// Self-hosted fonts, so the deck, the built site and the PDF never ask a font server.
// Inter sets the Latin text; Noto Sans TC covers the Traditional Chinese title and notice.
// Fontsource splits Noto Sans TC by unicode-range, so a browser loads only the slices it uses.
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@fontsource/noto-sans-tc/400.css'
import '@fontsource/noto-sans-tc/700.css'
import './theme.css'
