import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { getFragmentData, graphql } from '../__generated__';
import { Detail } from '../crm/RecordLayout';
import { useCan } from '../permissions';
import { Button, Card, Empty, formatDate, Loading, PageHeader, Problems } from '../ui';
import { EmployeeForm, type EmployeeFields } from './EmployeeForm';
import { employeeInput } from './EmployeesScreen';

const EmployeeFieldsFragment = graphql(`
  fragment EmployeeDetailFields on Employee {
    id
    name
    workEmail
    jobTitle
    hireDate
    endDate
    active
    department {
      id
      name
    }
    manager {
      id
      name
    }
    user {
      id
      name
      email
    }
  }
`);

const EmployeeDetail = graphql(`
  query EmployeeDetail($id: ID!) {
    employee(id: $id) {
      ...EmployeeDetailFields
    }
  }
`);

const UpdateEmployee = graphql(`
  mutation UpdateEmployee($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) {
      employee {
        ...EmployeeDetailFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** One employee: who they are, where they work and whom they report to; editable with `erp.employee:write`. */
export default function EmployeeScreen() {
  const { id = '' } = useParams<{ id: string }>();
  const canWrite = useCan('erp.employee:write');
  const [{ data, fetching, error }] = useQuery({ query: EmployeeDetail, variables: { id } });
  const [editing, setEditing] = useState(false);
  const [update, updateEmployee] = useMutation(UpdateEmployee);

  if (!data) return fetching ? <Loading what="the employee" /> : <Problems error={error} />;
  if (!data.employee) return <Empty>This employee does not exist, or you cannot see them.</Empty>;
  const employee = getFragmentData(EmployeeFieldsFragment, data.employee);

  const save = async (fields: EmployeeFields) => {
    const answer = await updateEmployee({ input: { id: employee.id, ...employeeInput(fields) } });
    if (answer.data?.updateEmployee.employee) setEditing(false);
  };

  return (
    <>
      <p className="mb-1 text-sm">
        <Link href="/employees" className="text-indigo-700 hover:underline">
          ← Employees
        </Link>
      </p>
      <PageHeader title={employee.name}>
        {canWrite && !editing && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit employee
          </Button>
        )}
      </PageHeader>
      <Problems error={error} />
      <Card title="Details" className="max-w-3xl">
        {editing ? (
          <EmployeeForm
            employeeId={employee.id}
            initial={{
              name: employee.name,
              workEmail: employee.workEmail ?? '',
              jobTitle: employee.jobTitle ?? '',
              departmentId: employee.department?.id ?? '',
              hireDate: employee.hireDate,
              userId: employee.user?.id ?? '',
              manager: employee.manager ?? null,
            }}
            submitLabel="Save employee"
            busy={update.fetching}
            error={update.error}
            userErrors={update.data?.updateEmployee.userErrors}
            onSubmit={(fields) => void save(fields)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <Detail term="Job title">{employee.jobTitle}</Detail>
            <Detail term="Department">{employee.department?.name}</Detail>
            <Detail term="Manager">
              {employee.manager && (
                <Link href={`/employees/${employee.manager.id}`} className="text-indigo-700 hover:underline">
                  {employee.manager.name}
                </Link>
              )}
            </Detail>
            <Detail term="Work e-mail">{employee.workEmail}</Detail>
            <Detail term="Hire date">{formatDate(employee.hireDate)}</Detail>
            <Detail term="End date">{employee.endDate && formatDate(employee.endDate)}</Detail>
            <Detail term="Signs in as">
              {employee.user && `${employee.user.name} (${employee.user.email})`}
            </Detail>
            <Detail term="Status">{employee.active ? 'Active' : 'Inactive'}</Detail>
          </dl>
        )}
      </Card>
    </>
  );
}
