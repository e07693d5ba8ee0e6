import { Link } from 'wouter';
import { type FragmentType, getFragmentData, graphql } from '../../__generated__';

export const ConvertedRecords = graphql(`
  fragment ConvertedRecords on Lead {
    convertedPerson {
      id
      name
    }
    convertedCompany {
      id
      name
    }
    convertedDeal {
      id
      title
    }
  }
`);

/** Where a converted lead went: links to the person and the company, and the deal opened for it. */
export function ConvertedRecordLinks({ lead: masked }: { lead: FragmentType<typeof ConvertedRecords> }) {
  const lead = getFragmentData(ConvertedRecords, masked);
  const { convertedPerson: person, convertedCompany: company, convertedDeal: deal } = lead;
  if (!person && !company && !deal) return null;
  return (
    <p className="text-sm text-slate-600">
      Converted into{' '}
      {person && (
        <Link href={`/people/${person.id}`} className="font-medium text-indigo-700 hover:underline">
          {person.name}
        </Link>
      )}
      {person && company && ' at '}
      {company && (
        <Link href={`/companies/${company.id}`} className="font-medium text-indigo-700 hover:underline">
          {company.name}
        </Link>
      )}
      {deal && (
        <>
          {', deal '}
          <span className="font-medium">{deal.title}</span>
        </>
      )}
      .
    </p>
  );
}
