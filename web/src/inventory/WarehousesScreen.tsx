import { useState } from 'react';
import { graphql } from '../__generated__';
import { countOf, PagedList, usePagedQuery } from '../paged-list';
import { useCan } from '../permissions';
import { Button, Card, Notice, PageHeader } from '../ui';
import { LocationForm } from './LocationForm';
import { WarehouseForm } from './WarehouseForm';

const WarehousesQuery = graphql(`
  query Warehouses($first: Int!, $after: String) {
    warehouses(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          code
          name
          active
          allowNegativeStock
          locations(first: 100) {
            totalCount
            edges {
              node {
                id
                code
                fullCode
                name
                isDefault
              }
            }
          }
        }
      }
    }
  }
`);

interface WarehouseCardProps {
  warehouse: {
    id: string;
    code: string;
    name: string;
    active: boolean;
    allowNegativeStock: boolean;
    locations: {
      totalCount: number;
      edges: ReadonlyArray<{ node: { id: string; code: string; name: string; isDefault: boolean } }>;
    };
  };
  canWrite: boolean;
}

/** One warehouse with its locations, and (for `erp.warehouse:write`) a form adding one. */
function WarehouseCard({ warehouse, canWrite }: WarehouseCardProps) {
  const [adding, setAdding] = useState(false);
  const locations = warehouse.locations.edges.map((edge) => edge.node);
  return (
    <li>
      <Card>
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="font-semibold">
            {warehouse.code} <span className="font-normal text-slate-600">{warehouse.name}</span>
          </h2>
          <span className="text-xs text-slate-500">
            {[
              warehouse.active ? null : 'Inactive',
              warehouse.allowNegativeStock ? 'Negative stock allowed' : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </div>
        <ul aria-label={`Locations of ${warehouse.code}`} className="flex flex-wrap gap-2 text-sm">
          {locations.map((location) => (
            <li key={location.id} className="rounded bg-slate-100 px-2 py-1">
              <span className="font-medium">{location.code}</span> {location.name}
              {location.isDefault && <span className="text-slate-500"> (default)</span>}
            </li>
          ))}
        </ul>
        {canWrite &&
          (adding ? (
            <LocationForm
              warehouseId={warehouse.id}
              warehouseCode={warehouse.code}
              onDone={() => setAdding(false)}
            />
          ) : (
            <Button variant="secondary" className="mt-3" onClick={() => setAdding(true)}>
              Add location to {warehouse.code}
            </Button>
          ))}
      </Card>
    </li>
  );
}

/** The tenant's warehouses and their locations; `erp.warehouse:write` creates both. */
export default function WarehousesScreen() {
  const canWrite = useCan('erp.warehouse:write');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const paged = usePagedQuery({
    query: WarehousesQuery,
    variables: {},
    connection: (data) => data.warehouses,
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title="Warehouses">
        {canWrite && !creating && (
          <Button
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            New warehouse
          </Button>
        )}
      </PageHeader>
      {creating && (
        <Card title="New warehouse" className="mb-4 max-w-xl">
          <WarehouseForm
            onCreated={(warehouse) => {
              setCreated(`${warehouse.code} ${warehouse.name}`);
              setCreating(false);
            }}
            onCancel={() => setCreating(false)}
          />
        </Card>
      )}
      {created && <Notice>Created warehouse {created}, with its location STOCK.</Notice>}
      <PagedList
        paged={paged}
        label="Warehouses"
        loading="warehouses"
        empty="No warehouses yet."
        count={(total) => countOf(total, 'warehouse', 'warehouses')}
      >
        {(warehouses) => (
          <ul className="flex flex-col gap-3">
            {warehouses.map((warehouse) => (
              <WarehouseCard key={warehouse.id} warehouse={warehouse} canWrite={canWrite} />
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
