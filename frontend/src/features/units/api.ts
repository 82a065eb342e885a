import { api, unwrap } from '@/api/client'
import { type UnitNode, type UnitView } from '@/api/types'

export async function getUnitTree(): Promise<UnitNode[]> {
  return unwrap(await api.GET('/api/v1/responsibility-units/tree'))
}

export async function getUnit(id: number): Promise<UnitView> {
  return unwrap(await api.GET('/api/v1/responsibility-units/{id}', { params: { path: { id } } }))
}
