import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { fieldErrors } from '../field-errors';
import { countShown, PagedList, Rows, usePagedQuery } from '../paged-list';
import { useCan } from '../permissions';
import { Button, Card, FormActions, Notice, PageHeader, Problems, TextField } from '../ui';
import { useFields } from '../use-fields';
import { DepartmentSelect } from './DepartmentSelect';

const DepartmentsQuery = graphql(`
  query Departments($first: Int!, $after: String) {
    departments(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          name
          parent {
            id
            name
          }
          manager {
            id
            name
          }
        }
      }
    }
  }
`);

const CreateDepartment = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const INPUTS = ['name', 'parentId'] as const;

/** A new department, at the top or under another; names are unique in the tenant (NAME_TAKEN). */
function DepartmentForm({
  onCreated,
  onCancel,
}: {
  onCreated: (name: string) => void;
  onCancel: () => void;
}) {
  const [result, createDepartment] = useMutation(CreateDepartment);
  const errors = fieldErrors(result.data?.createDepartment.userErrors, INPUTS);
  const { fields, bind } = useFields({ name: '', parentId: '' }, errors);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createDepartment({
      input: { name: fields.name, parentId: fields.parentId || null },
    });
    const department = answer.data?.createDepartment.department;
    if (department) onCreated(department.name);
  };
  return (
    <form
      aria-label="New department"
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-3"
    >
      <Problems error={result.error} userErrors={errors.rest} />
      <TextField label="Name" required maxLength={200} {...bind('name')} />
      <DepartmentSelect label="Part of" none="Top of the organisation" {...bind('parentId')} />
      <FormActions submit="Create department" busy={result.fetching} onCancel={onCancel} />
    </form>
  );
}

/** The tenant's departments by name, with where each sits and who manages it; `erp.hr:write` adds one. */
export default function DepartmentsScreen() {
  const canWrite = useCan('erp.hr:write');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const paged = usePagedQuery({
    query: DepartmentsQuery,
    variables: {},
    connection: (data) => data.departments,
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title="Departments">
        {canWrite && !creating && (
          <Button
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            New department
          </Button>
        )}
      </PageHeader>
      {creating && (
        <Card title="New department" className="mb-4 max-w-xl">
          <DepartmentForm
            onCreated={(name) => {
              setCreated(name);
              setCreating(false);
            }}
            onCancel={() => setCreating(false)}
          />
        </Card>
      )}
      {created && <Notice>Created department {created}.</Notice>}
      <PagedList
        paged={paged}
        label="Departments"
        loading="departments"
        empty="No departments yet."
        count={(total, shown) => countShown(total, shown, 'department', 'departments')}
      >
        {(departments) => (
          <Rows>
            {departments.map((department) => (
              <li
                key={department.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 px-4 py-3"
              >
                <span className="font-medium">{department.name}</span>
                <span className="text-sm text-slate-500">
                  {[
                    department.parent && `in ${department.parent.name}`,
                    department.manager && `managed by ${department.manager.name}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </Rows>
        )}
      </PagedList>
    </>
  );
}
