import type { FieldError } from '@/api/problem'

export interface MappedFieldErrors {
  /** message per form field */
  byField: Record<string, string>
  /** messages that belong to no form field, shown above the form */
  other: string[]
}

/**
 * Maps server field errors onto form fields. Server paths may be bare (`dueDate`), nested
 * (`units[1].role`) or carry a method prefix from Bean Validation (`assign.body.dueDate`): the first
 * path segment (index stripped) that names a form field wins.
 */
export function mapFieldErrors(errors: readonly FieldError[], formFields: readonly string[]): MappedFieldErrors {
  const byField: Record<string, string> = {}
  const other: string[] = []
  for (const e of errors) {
    const segments = e.field.split('.').map((s) => s.replace(/\[\d*\]$/, ''))
    const field = segments.find((s) => formFields.includes(s))
    if (field) byField[field] = byField[field] ? `${byField[field]}; ${e.message}` : e.message
    else other.push(e.field ? `${e.field}: ${e.message}` : e.message)
  }
  return { byField, other }
}
