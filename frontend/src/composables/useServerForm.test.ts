import { describe, expect, it } from 'vitest'
import { ApiProblem } from '@/api/problem'
import { useServerForm } from './useServerForm'

describe('useServerForm', () => {
  it("puts the server's field errors on the fields and the rest above the form", async () => {
    const form = useServerForm(['newPassword'])
    const ok = await form.run(async () => {
      throw new ApiProblem({
        status: 400,
        detail: 'The request has 2 invalid fields',
        errors: [
          { field: 'changePassword.body.newPassword', message: 'must not contain the username' },
          { field: 'token', message: 'unknown' },
        ],
      })
    })
    expect(ok).toBe(false)
    expect(form.fieldErrors).toEqual({ newPassword: 'must not contain the username' })
    expect(form.generalErrors.value).toEqual(['The request has 2 invalid fields', 'token: unknown'])
    expect(form.submitting.value).toBe(false)
  })

  it('shows only the field messages when every error has its field, and clears them on success', async () => {
    const form = useServerForm(['name'])
    await form.run(async () => {
      throw new ApiProblem({ status: 400, detail: '1 invalid field', errors: [{ field: 'name', message: 'must not be blank' }] })
    })
    expect(form.generalErrors.value).toEqual([])
    expect(await form.run(async () => undefined)).toBe(true)
    expect(form.fieldErrors).toEqual({})
  })

  it('reports a 409 or a network failure above the form', async () => {
    const form = useServerForm(['name'])
    await form.run(async () => {
      throw new ApiProblem({ status: 409, title: 'Conflict', detail: 'username already taken' })
    })
    expect(form.generalErrors.value).toEqual(['username already taken'])
  })
})
