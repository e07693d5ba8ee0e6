import { useCan } from '../../permissions';
import { ListScreen } from '../ListScreen';
import { PeopleList } from './PeopleList';
import { PersonForm } from './PersonForm';

/** The tenant's people, searchable by name or e-mail and paged, and a form for a new one. */
export default function PeopleScreen() {
  const canWrite = useCan('crm.person:write');
  return (
    <ListScreen
      title="People"
      newLabel="New person"
      canCreate={canWrite}
      form={(done) => <PersonForm {...done} />}
      recordHref={(id) => `/people/${id}`}
      searchLabel="Search people"
    >
      {(search, listKey) => <PeopleList key={listKey} search={search} />}
    </ListScreen>
  );
}
