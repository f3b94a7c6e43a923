import { Layout } from '../components/layout.tsx';
import { Link, useTitle } from '../lib/router.tsx';

export function NotFoundPage() {
  useTitle('Not found');
  return (
    <Layout>
      <section className="empty-state">
        <h1>This page does not exist</h1>
        <p className="muted">The address may be mistyped, or the problem was unpublished.</p>
        <Link href="/problems" className="button button-primary">
          Browse problems
        </Link>
      </section>
    </Layout>
  );
}
