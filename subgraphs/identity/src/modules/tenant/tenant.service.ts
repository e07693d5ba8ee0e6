import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { TenantEntity } from './tenant.entity';

/** "Acme GmbH & Co." → "acme-gmbh-co"; never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || 'tenant';
}

/**
 * Creates a tenant with a unique slug: the plain slug when free, otherwise with a random suffix.
 * `on conflict do nothing` keeps a taken slug from aborting the surrounding transaction.
 */
export async function createTenant(manager: EntityManager, name: string): Promise<TenantEntity> {
  const base = slugify(name);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
    const rows: TenantEntity[] = await manager.query(
      `insert into identity.tenants (name, slug) values ($1, $2) on conflict (slug) do nothing
       returning id, name, slug, created_at as "createdAt"`,
      [name, slug],
    );
    if (rows[0]) return Object.assign(new TenantEntity(), rows[0]);
  }
  throw new Error(`Could not find a free slug for tenant "${name}"`);
}
