import type { Ref } from 'vue'
import { onSlideEnter, onSlideLeave, useNav } from '@slidev/client'
import { usePreferredReducedMotion } from '@vueuse/core'
import { computed, ref } from 'vue'

/**
 * When a chart on a slide may show its bars, and whether it must skip the animation.
 *
 * - `entered` turns false when the slide is left and true just after it is entered, so bars
 *   grow from zero on every entry, including a return to the slide.
 * - `instant` is true in print/export and under `prefers-reduced-motion`: the chart then shows
 *   each step's final state at once.
 */
export function useChartMotion(): { entered: Ref<boolean>, instant: Ref<boolean> } {
  const { isPrintMode } = useNav()
  const motion = usePreferredReducedMotion()
  const instant = computed(() => isPrintMode.value || motion.value === 'reduce')
  const entered = ref(instant.value)

  onSlideEnter(() => {
    if (instant.value) {
      entered.value = true
      return
    }
    // Draw one frame with the bars at zero, then let them transition to their lengths.
    entered.value = false
    requestAnimationFrame(() => requestAnimationFrame(() => entered.value = true))
  })
  onSlideLeave(() => {
    if (!instant.value)
      entered.value = false
  })
  return { entered, instant }
}
