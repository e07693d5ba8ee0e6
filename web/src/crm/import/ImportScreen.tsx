import { useState } from 'react';
import { usePermissions } from '../../permissions';
import { Empty, PageHeader } from '../../ui';
import { IMPORT_ENTITIES } from './import-entities';
import { ImportForm } from './ImportForm';
import { ImportProgress } from './ImportProgress';
import { RecentImports } from './RecentImports';

/**
 * CSV import: upload a file of companies, people or deals (those the role may write), follow its
 * progress live, read the rows refused; and the latest imports, each of which can be shown again.
 */
export default function ImportScreen() {
  const can = usePermissions();
  const entities = IMPORT_ENTITIES.filter((entity) => can(entity.permission));
  const [jobId, setJobId] = useState<string | null>(null);
  const [startedJobId, setStartedJobId] = useState<string | null>(null);

  return (
    <>
      <PageHeader title="Import" />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          {entities.length > 0 ? (
            <ImportForm
              entities={entities}
              onStarted={(id) => {
                setJobId(id);
                setStartedJobId(id);
              }}
            />
          ) : (
            <Empty>Your role cannot import records.</Empty>
          )}
          {jobId && <ImportProgress key={jobId} jobId={jobId} />}
        </div>
        <RecentImports latestJobId={startedJobId} onShow={setJobId} />
      </div>
    </>
  );
}
