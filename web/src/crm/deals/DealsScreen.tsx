import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { useCan } from '../../permissions';
import { Empty, Loading, PageHeader, Problems, SelectField } from '../../ui';
import { DealBoard } from './DealBoard';
import { type CompanyChoice, NewCompanyForm } from './NewCompanyForm';
import { NewDealForm } from './NewDealForm';

const DealPipelinesQuery = graphql(`
  query DealPipelines {
    pipelines {
      id
      name
      isDefault
      stages {
        id
        name
        kind
      }
    }
  }
`);

/**
 * The deals of a pipeline as a board (the default pipeline first), with forms to add a deal and,
 * for it, a company. What the role may not do (write deals, add companies) is not offered.
 */
export default function DealsScreen() {
  const canWriteDeals = useCan('crm.deal:write');
  const canWriteCompanies = useCan('crm.company:write');
  const canReadCompanies = useCan('crm.company:read');
  const [{ data, fetching, error }] = useQuery({ query: DealPipelinesQuery });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [company, setCompany] = useState<CompanyChoice | null>(null);
  const pipelines = data?.pipelines ?? [];
  const pipeline =
    pipelines.find((candidate) => candidate.id === chosenId) ??
    pipelines.find((candidate) => candidate.isDefault) ??
    pipelines[0];

  return (
    <>
      <PageHeader title="Deals">
        {pipelines.length > 1 && pipeline && (
          <SelectField
            label="Pipeline"
            value={pipeline.id}
            onChange={(event) => setChosenId(event.target.value)}
          >
            {pipelines.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </SelectField>
        )}
        {pipelines.length === 1 && pipeline && (
          <p className="text-sm text-slate-600">Pipeline: {pipeline.name}</p>
        )}
      </PageHeader>
      {fetching && !data ? (
        <Loading what="pipelines" />
      ) : error && !data ? (
        <Problems error={error} />
      ) : !pipeline ? (
        <Empty>There is no pipeline yet.</Empty>
      ) : (
        <div className="flex flex-col gap-4">
          {(canWriteDeals || canWriteCompanies) && (
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
              {canWriteDeals && (
                <NewDealForm
                  pipelineId={pipeline.id}
                  stages={pipeline.stages.filter((stage) => stage.kind === 'OPEN')}
                  company={company}
                  onCompany={setCompany}
                  canPickCompany={canReadCompanies}
                />
              )}
              {canWriteCompanies && <NewCompanyForm onCreated={setCompany} />}
            </div>
          )}
          <DealBoard pipelineId={pipeline.id} canMove={canWriteDeals} />
        </div>
      )}
    </>
  );
}
