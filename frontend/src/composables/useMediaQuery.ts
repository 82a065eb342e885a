import { onBeforeUnmount, ref, type Ref } from 'vue'

/** The phone layout's width limit; the phone @media rules in src/styles.css use the same 768px. */
export const PHONE_QUERY = '(max-width: 768px)'

/** Whether a CSS media query matches, kept up to date while the component lives. */
export function useMediaQuery(query: string): Ref<boolean> {
  const list = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null
  const matches = ref(list?.matches ?? false)
  const onChange = (e: MediaQueryListEvent) => (matches.value = e.matches)
  list?.addEventListener('change', onChange)
  onBeforeUnmount(() => list?.removeEventListener('change', onChange))
  return matches
}

/** A phone-sized screen: tables become card lists, descriptions one column. */
export const useIsPhone = () => useMediaQuery(PHONE_QUERY)
