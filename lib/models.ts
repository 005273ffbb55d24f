/** The two business models the deck compares, in the order they are always shown. */
export const MODEL_IDS = ['b2b', 'b2c'] as const
export type ModelId = typeof MODEL_IDS[number]

export interface ModelInfo {
  /** Short label, as the industry writes it in every language. */
  short: string
}

/**
 * Labels of the two models; their spelled-out names are in each language's words (lib/i18n.ts).
 * Their colours live in `styles/theme.css` (`--b2b`, `--b2c`) so that a theme or dark mode can
 * change them without touching code.
 */
export const MODELS: Record<ModelId, ModelInfo> = {
  b2b: { short: 'B2B' },
  b2c: { short: 'B2C' },
}
