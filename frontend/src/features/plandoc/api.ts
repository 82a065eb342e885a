import { api as defaultClient, unwrap } from '@/api/client'
import type { CommitPlanDocument, CommitResult, DocumentPreview } from '@/api/types'
import { DOCX_TYPE } from './planDocument'

type Client = typeof defaultClient

/**
 * Parses a plan document; nothing is stored. Text goes as text/plain in UTF-8, a DOCX file as it is
 * (the typed client's JSON serialiser is bypassed for both).
 */
export async function previewDocument(source: string | Blob, client: Client = defaultClient): Promise<DocumentPreview> {
  const isText = typeof source === 'string'
  return unwrap(
    await client.POST('/api/v1/plan-documents/preview', {
      // the contract types the body as a string; a DOCX Blob is sent unchanged
      body: source as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': isText ? 'text/plain; charset=UTF-8' : DOCX_TYPE },
    }),
  )
}

/** Creates the plan, its sections, work points and measures (and metrics, assignments) in one transaction. */
export async function commitPlanDocument(body: CommitPlanDocument, client: Client = defaultClient): Promise<CommitResult> {
  return unwrap(await client.POST('/api/v1/plan-documents', { body }))
}
