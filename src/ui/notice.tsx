import type { ReactNode } from 'react';

type Tone = 'info' | 'warning' | 'error';

/** An inline message in the page; errors are announced assertively. */
export function Notice({ tone, title, children }: { tone: Tone; title: string; children?: ReactNode }) {
  return (
    <section className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-label={title}>
      <h2 className="notice__title">{title}</h2>
      {children ? <div className="notice__body">{children}</div> : null}
    </section>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** A section of a view whose code is still loading: its heading, and what is loading (AfterFirstContent's placeholder). */
export function LoadingSection({
  className,
  headingId,
  heading,
  label,
}: {
  className: string;
  headingId: string;
  heading: string;
  label: string;
}) {
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <Loading label={label} />
    </section>
  );
}
