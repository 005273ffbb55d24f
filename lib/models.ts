/** The two business models the deck compares, in the order they are always shown. */
export const MODEL_IDS = ['b2b', 'b2c'] as const
export type ModelId = typeof MODEL_IDS[number]

export interface ModelInfo {
  /** Short label, as the industry writes it. */
  short: string
  /** Spelled-out name, for headings and accessible names. */
  name: string
}

/**
 * Labels of the two models. Their colours live in `styles/theme.css` (`--b2b`, `--b2c`) so that
 * a theme or dark mode can change them without touching code.
 */
export const MODELS: Record<ModelId, ModelInfo> = {
  b2b: { short: 'B2B', name: 'Business-to-Business' },
  b2c: { short: 'B2C', name: 'Business-to-Consumer' },
}
