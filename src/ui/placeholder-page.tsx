export function PlaceholderPage({ title, purpose }: { title: string; purpose: string }) {
  return (
    <section className="view" aria-labelledby="placeholder-heading">
      <h1 id="placeholder-heading">{title}</h1>
      <p>{purpose}</p>
      <p className="view__summary">This view is not built yet.</p>
    </section>
  );
}
