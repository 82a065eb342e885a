import { describe, expect, it, vi } from 'vitest'
import { useAnswerDialog } from './useAnswerDialog'
import { ApiProblem } from '@/api/problem'

describe('useAnswerDialog', () => {
  it('refuses an empty answer without calling the server', async () => {
    const submit = vi.fn()
    const dialog = useAnswerDialog<{ id: number }>(submit, vi.fn())
    dialog.open({ id: 1 })
    dialog.text.value = '   '
    await dialog.send()
    expect(dialog.missing.value).toBe(true)
    expect(submit).not.toHaveBeenCalled()
    expect(dialog.target.value).toEqual({ id: 1 })
  })

  it('sends the answer, closes and reports back', async () => {
    const submit = vi.fn().mockResolvedValue(undefined)
    const answered = vi.fn()
    const dialog = useAnswerDialog<{ id: number }>(submit, answered)
    dialog.open({ id: 7 })
    dialog.text.value = '已报送'
    await dialog.send()
    expect(submit).toHaveBeenCalledWith({ id: 7 }, '已报送')
    expect(dialog.target.value).toBeNull()
    expect(answered).toHaveBeenCalledOnce()
  })

  it('stays open with the server field error when refused', async () => {
    const problem = new ApiProblem({ type: 't', title: 'Invalid input', status: 400, detail: 'd', errors: [{ field: 'response', message: '太长' }] })
    const dialog = useAnswerDialog<{ id: number }>(vi.fn().mockRejectedValue(problem), vi.fn())
    dialog.open({ id: 3 })
    dialog.text.value = 'x'
    await dialog.send()
    expect(dialog.target.value).toEqual({ id: 3 })
    expect(dialog.form.fieldErrors.response).toBe('太长')
  })
})
