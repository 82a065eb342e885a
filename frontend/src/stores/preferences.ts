import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import dayjs from 'dayjs'
// Element Plus' date pickers compute their calendars with Day.js in the config provider's language
// (zh-cn: weeks begin on Monday); Day.js knows only English until a locale is loaded.
import 'dayjs/locale/zh-cn'
import { DEFAULT_LOCALE, i18n, isAppLocale, type AppLocale } from '@/i18n'

const STORAGE_KEY = 'duban.locale'

function readStoredLocale(): AppLocale {
  try {
    const v = localStorage.getItem(STORAGE_KEY)
    return isAppLocale(v) ? v : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

/** User preferences that survive a reload (kept in localStorage). */
export const usePreferencesStore = defineStore('preferences', () => {
  const locale = ref<AppLocale>(readStoredLocale())

  function apply(l: AppLocale) {
    i18n.global.locale.value = l
    document.documentElement.lang = l
    dayjs.locale(l === 'en' ? 'en' : 'zh-cn')
  }

  function setLocale(l: AppLocale) {
    locale.value = l
  }

  apply(locale.value)
  watch(locale, (l) => {
    apply(l)
    try {
      localStorage.setItem(STORAGE_KEY, l)
    } catch {
      // storage unavailable (private mode): the choice lasts for this page only
    }
  })

  return { locale, setLocale }
})
