import { useState } from 'react';
import { PageHeader, TextField } from '../ui';
import { CompanyList } from './CompanyList';

/** The tenant's companies, searchable. */
export default function CompaniesScreen() {
  const [search, setSearch] = useState('');
  return (
    <>
      <PageHeader title="Companies" />
      <TextField
        label="Search companies"
        className="mb-4"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <CompanyList search={search} />
    </>
  );
}
