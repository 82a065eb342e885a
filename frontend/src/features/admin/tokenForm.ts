import type { CreateApiToken } from '@/api/types'

export interface TokenForm {
  name: string
  scopes: string[]
  unitId: number | undefined
  expiresAt: Date | null
}

export const emptyTokenForm = (): TokenForm => ({ name: '', scopes: ['read'], unitId: undefined, expiresAt: null })

export function validateTokenForm(form: TokenForm, now: Date): Record<string, string> {
  const errs: Record<string, string> = {}
  if (!form.name.trim()) errs.name = 'tokens.nameRequired'
  if (form.scopes.length === 0) errs.scopes = 'tokens.scopesRequired'
  if (form.expiresAt && form.expiresAt.getTime() <= now.getTime()) errs.expiresAt = 'tokens.expiresPast'
  return errs
}

/** The request body: optional fields only when set, the expiry as an ISO instant. */
export function createTokenBody(form: TokenForm): CreateApiToken {
  return {
    name: form.name.trim(),
    scopes: [...form.scopes],
    ...(form.unitId !== undefined ? { unitId: form.unitId } : {}),
    ...(form.expiresAt ? { expiresAt: form.expiresAt.toISOString() } : {}),
  }
}
