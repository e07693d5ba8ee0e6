import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { type CreatedRecord, ListScreen } from '../crm/ListScreen';
import { useCan } from '../permissions';
import { DepartmentSelect } from './DepartmentSelect';
import { EmployeeForm, type EmployeeFields } from './EmployeeForm';
import { EmployeeList } from './EmployeeList';

const CreateEmployee = graphql(`
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      employee {
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

/** What the form holds as createEmployee's input: blanks are left out. */
export function employeeInput(fields: EmployeeFields) {
  return {
    name: fields.name,
    hireDate: fields.hireDate,
    workEmail: fields.workEmail.trim() || null,
    jobTitle: fields.jobTitle.trim() || null,
    departmentId: fields.departmentId || null,
    managerId: fields.manager?.id ?? null,
    userId: fields.userId || null,
  };
}

function NewEmployee({
  onCreated,
  onCancel,
}: {
  onCreated: (employee: CreatedRecord) => void;
  onCancel: () => void;
}) {
  const [result, createEmployee] = useMutation(CreateEmployee);
  const create = async (fields: EmployeeFields) => {
    const answer = await createEmployee({ input: employeeInput(fields) });
    const employee = answer.data?.createEmployee.employee;
    if (employee) onCreated(employee);
  };
  return (
    <EmployeeForm
      submitLabel="Create employee"
      busy={result.fetching}
      error={result.error}
      userErrors={result.data?.createEmployee.userErrors}
      onSubmit={(fields) => void create(fields)}
      onCancel={onCancel}
    />
  );
}

/** The tenant's employees, searchable by name, of one department or all, and a form for a new one. */
export default function EmployeesScreen() {
  const canWrite = useCan('erp.employee:write');
  const [departmentId, setDepartmentId] = useState('');
  return (
    <ListScreen
      title="Employees"
      newLabel="New employee"
      canCreate={canWrite}
      form={(done) => <NewEmployee {...done} />}
      formClassName="max-w-3xl"
      recordHref={(id) => `/employees/${id}`}
      searchLabel="Search employees"
      filters={
        <DepartmentSelect
          label="Department"
          none="All departments"
          value={departmentId}
          onChange={(event) => setDepartmentId(event.target.value)}
        />
      }
    >
      {(search, listKey) => (
        <EmployeeList key={`${listKey}|${departmentId}`} search={search} departmentId={departmentId} />
      )}
    </ListScreen>
  );
}
