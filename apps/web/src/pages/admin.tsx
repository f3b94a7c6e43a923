import { type FormEvent, useState } from 'react';
import { ErrorNote, Skeleton } from '../components/bits.tsx';
import { Layout } from '../components/layout.tsx';
import { api, qs } from '../lib/api.ts';
import { Redirect, useTitle } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { Role, User } from '../lib/types.ts';
import { useAsync } from '../lib/use-async.ts';

const PAGE_SIZE = 25;
const ROLES: Role[] = ['user', 'author', 'admin'];
const ROLE_HINT: Record<Role, string> = {
  user: 'solves problems',
  author: 'also uploads and publishes problems',
  admin: 'also manages users and every problem',
};

interface UserPage {
  items: User[];
  total: number;
  limit: number;
  offset: number;
}

/** A user's role, changed in place; the server refuses to leave the site without an admin. */
function RoleSelect({ user, self, onChanged }: { user: User; self: boolean; onChanged(user: User): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const change = async (role: Role) => {
    if (self && role !== 'admin' && !window.confirm('Give up your own admin role? You cannot undo this yourself.')) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onChanged(await api.put<User>(`/api/v1/users/${encodeURIComponent(user.username)}/role`, { role }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <select
        aria-label={`Role of ${user.username}`}
        value={user.role}
        disabled={busy}
        onChange={(event) => void change(event.target.value as Role)}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {role}
          </option>
        ))}
      </select>
      {error ? <ErrorNote error={error} /> : null}
    </>
  );
}

export default function AdminPage() {
  useTitle('Admin');
  const { user } = useSession();
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const page = useAsync(
    (signal) => api.get<UserPage>(`/api/v1/admin/users${qs({ q: query, limit: PAGE_SIZE, offset })}`, { signal }),
    [query, offset],
  );

  if (user === null) return <Redirect to="/login?next=/admin" />;
  if (user && user.role !== 'admin') {
    return (
      <Layout>
        <section className="empty-state">
          <h1>Admins only</h1>
          <p className="muted">This page manages users and their roles.</p>
        </section>
      </Layout>
    );
  }

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery(String(new FormData(event.currentTarget).get('q') ?? '').trim());
    setOffset(0);
  };
  const replace = (changed: User) => {
    if (!page.data) return;
    page.setData({ ...page.data, items: page.data.items.map((item) => (item.id === changed.id ? changed : item)) });
  };
  const data = page.data;

  return (
    <Layout>
      <div className="page-head">
        <div>
          <h1>Users and roles</h1>
          <p className="muted">
            {ROLES.map((role) => `${role}: ${ROLE_HINT[role]}`).join(' · ')}. A change applies at once, no restart.
          </p>
        </div>
      </div>
      <section className="card">
        <search>
          <form className="admin-search" onSubmit={search}>
            <label className="field">
              <span>Search</span>
              <input name="q" placeholder="username or email" defaultValue={query} />
            </label>
            <button type="submit" className="button">
              Search
            </button>
          </form>
        </search>
        {page.error ? <ErrorNote error={page.error} /> : null}
        {!data && !page.error && <Skeleton lines={5} />}
        {data && data.items.length === 0 && <p className="muted">No user matches “{query}”.</p>}
        {data && data.items.length > 0 && (
          <table className="users-table">
            <thead>
              <tr>
                <th>User</th>
                <th>Email</th>
                <th>Joined</th>
                <th>Role</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id} data-testid={`user-${item.username}`}>
                  <td>
                    <strong>{item.username}</strong>
                    {item.id === user?.id && <span className="muted"> (you)</span>}
                  </td>
                  <td className="muted">{item.email}</td>
                  <td className="muted">{new Date(item.createdAt).toLocaleDateString()}</td>
                  <td>
                    <RoleSelect user={item} self={item.id === user?.id} onChanged={replace} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data && data.total > PAGE_SIZE && (
          <div className="pager">
            <span className="muted">
              {offset + 1}–{Math.min(offset + PAGE_SIZE, data.total)} of {data.total}
            </span>
            <button
              type="button"
              className="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            >
              Previous
            </button>
            <button
              type="button"
              className="button"
              disabled={offset + PAGE_SIZE >= data.total}
              onClick={() => setOffset(offset + PAGE_SIZE)}
            >
              Next
            </button>
          </div>
        )}
      </section>
    </Layout>
  );
}
