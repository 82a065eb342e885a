import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { api, isApiProblem, setAuthHandler, unwrap } from '@/api/client'
import { singleFlight } from '@/api/auth'
import type { MeView, TokenPair } from '@/api/types'
import { hasAnyRole } from '@/router/access'

const STORAGE_KEY = 'duban.session'

interface Tokens {
  accessToken: string
  refreshToken: string
}

function readStored(): Tokens | null {
  try {
    const v = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Tokens> | null
    return v && typeof v.accessToken === 'string' && typeof v.refreshToken === 'string'
      ? { accessToken: v.accessToken, refreshToken: v.refreshToken }
      : null
  } catch {
    return null
  }
}

function writeStored(tokens: Tokens | null) {
  try {
    if (tokens) localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens))
    else localStorage.removeItem(STORAGE_KEY)
  } catch {
    // storage unavailable: the session lasts for this page only
  }
}

/**
 * The signed-in person: tokens (kept in localStorage so a reload stays signed in) and `me`.
 * Registers itself as the API client's auth handler, so requests carry the access token and a 401
 * renews it once — concurrent 401s share one refresh call.
 */
export const useSessionStore = defineStore('session', () => {
  const tokens = shallowRef<Tokens | null>(readStored())
  const me = ref<MeView | null>(null)
  const expiredListeners = new Set<() => void>()

  const signedIn = computed(() => tokens.value !== null)
  const roles = computed(() => me.value?.roles ?? [])

  function setTokens(next: Tokens | null) {
    tokens.value = next
    writeStored(next)
  }

  function accept(pair: TokenPair) {
    if (!pair.accessToken || !pair.refreshToken) throw new Error('The server answered without tokens')
    setTokens({ accessToken: pair.accessToken, refreshToken: pair.refreshToken })
  }

  function clear() {
    setTokens(null)
    me.value = null
  }

  const refresh = singleFlight(async (): Promise<boolean> => {
    // Another tab may have renewed the pair already (which revoked our refresh token): adopt it.
    const stored = readStored()
    if (stored && stored.accessToken !== tokens.value?.accessToken) {
      tokens.value = stored
      return true
    }
    const refreshToken = tokens.value?.refreshToken
    if (!refreshToken) return false
    try {
      accept(unwrap(await api.POST('/api/v1/auth/refresh', { body: { refreshToken } })))
      return true
    } catch {
      return false
    }
  })

  function expire() {
    const was = signedIn.value
    clear()
    if (was) expiredListeners.forEach((l) => l())
  }

  /** Runs when a session ends because it could not be renewed (not on logout). */
  function onExpired(listener: () => void): () => void {
    expiredListeners.add(listener)
    return () => expiredListeners.delete(listener)
  }

  setAuthHandler({ accessToken: () => tokens.value?.accessToken ?? null, refresh, onExpired: expire })

  async function loadMe(): Promise<MeView> {
    const loaded = unwrap(await api.GET('/api/v1/me'))
    me.value = loaded
    return loaded
  }

  /** `me` for the route guard: loads it once after a reload; null when not signed in (or no longer). */
  const ensureMe = singleFlight(async (): Promise<MeView | null> => {
    if (!tokens.value) return null
    if (me.value) return me.value
    try {
      return await loadMe()
    } catch (e) {
      if (isApiProblem(e) && (e.status === 401 || e.status === 403)) {
        clear()
        return null
      }
      throw e
    }
  })

  /** Signs in; throws the server's ApiProblem (401 with one message for every kind of failure). */
  async function login(username: string, password: string): Promise<MeView> {
    clear()
    accept(unwrap(await api.POST('/api/v1/auth/login', { body: { username, password } })))
    try {
      return await loadMe()
    } catch (e) {
      clear()
      throw e
    }
  }

  /** Signs out here and revokes the refresh token on the server (best effort). */
  async function logout(): Promise<void> {
    const refreshToken = tokens.value?.refreshToken
    clear()
    if (refreshToken) await api.POST('/api/v1/auth/logout', { body: { refreshToken } }).catch(() => undefined)
  }

  /**
   * Changes one's password. The server then refuses every earlier token, so the session is renewed
   * by signing in again with the new password.
   */
  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await api.POST('/api/v1/auth/change-password', { body: { currentPassword, newPassword } })
    const username = me.value?.username
    if (username) await login(username, newPassword)
  }

  return {
    tokens,
    me,
    signedIn,
    roles,
    hasAnyRole: (rs: readonly string[]) => hasAnyRole(me.value, rs),
    login,
    logout,
    refresh,
    ensureMe,
    loadMe,
    changePassword,
    clear,
    onExpired,
  }
})
