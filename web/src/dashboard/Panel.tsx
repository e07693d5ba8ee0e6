import { type ReactNode, useId } from 'react';

/** A titled region of the dashboard, named by its title (tests and screen readers find it by name). */
export function Panel({
  title,
  caption,
  children,
  className = '',
}: {
  title: string;
  caption?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      className={`min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 ${className}`}
    >
      <h2 id={titleId} className="text-sm font-semibold text-slate-600">
        {title}
      </h2>
      {caption && <p className="text-xs text-slate-500">{caption}</p>}
      <div className="mt-2">{children}</div>
    </section>
  );
}
