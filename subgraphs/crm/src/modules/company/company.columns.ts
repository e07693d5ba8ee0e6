/** Columns aliased to the entity's property names, so raw rows are `CompanyEntity`-shaped. */
export const COMPANY_COLUMNS = `id, tenant_id as "tenantId", name, domain, industry,
  employee_count as "employeeCount", address_street as "addressStreet", address_city as "addressCity",
  address_postal_code as "addressPostalCode", address_region as "addressRegion",
  address_country as "addressCountry", tags, owner_id as "ownerId",
  created_at as "createdAt", updated_at as "updatedAt"`;
