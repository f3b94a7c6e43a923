import { type FormEvent, useState } from 'react';
import { Layout } from '../components/layout.tsx';
import { ApiError } from '../lib/api.ts';
import { Link, navigate, useLocation, useTitle } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';

/** Where to go after signing in: the `next` the page was sent with, when it is a path of this app. */
function nextPath(search: URLSearchParams): string {
  const next = search.get('next');
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/problems';
}

export function AuthPage({ mode }: { mode: 'login' | 'register' }) {
  const isLogin = mode === 'login';
  useTitle(isLogin ? 'Sign in' : 'Create an account');
  const { signIn, register } = useSession();
  const { search } = useLocation();
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    setBusy(true);
    setError(null);
    try {
      if (isLogin) await signIn(text('login'), text('password'));
      else await register({ username: text('username'), email: text('email'), password: text('password') });
      navigate(nextPath(search), { replace: true });
    } catch (caught) {
      const field =
        caught instanceof ApiError
          ? ({ username_taken: 'username', email_taken: 'email' } as Record<string, string>)[caught.code]
          : undefined;
      setError({ message: caught instanceof Error ? caught.message : String(caught), ...(field ? { field } : {}) });
    } finally {
      setBusy(false);
    }
  };

  const other = isLogin ? '/register' : '/login';
  const query = search.get('next') ? `?next=${encodeURIComponent(search.get('next') ?? '')}` : '';
  return (
    <Layout>
      <section className="auth-card card">
        <h1>{isLogin ? 'Welcome back' : 'Create your account'}</h1>
        <p className="muted">
          {isLogin
            ? 'Sign in to submit solutions and keep your progress.'
            : 'Free, and your code and progress stay yours.'}
        </p>
        <form onSubmit={submit} className="form" noValidate={false}>
          {isLogin ? (
            <label className="field">
              <span>Username or email</span>
              <input name="login" autoComplete="username" required />
            </label>
          ) : (
            <>
              <label className="field">
                <span>Username</span>
                <input
                  name="username"
                  autoComplete="username"
                  required
                  minLength={3}
                  maxLength={32}
                  pattern="[A-Za-z0-9_\-]{3,32}"
                  aria-invalid={error?.field === 'username' || undefined}
                  aria-describedby="username-hint"
                />
                <small id="username-hint" className="muted">
                  3 to 32 letters, digits, “_” or “-”
                </small>
              </label>
              <label className="field">
                <span>Email</span>
                <input
                  name="email"
                  type="email"
                  autoComplete="email"
                  required
                  aria-invalid={error?.field === 'email' || undefined}
                />
              </label>
            </>
          )}
          <label className="field">
            <span>Password</span>
            <input
              name="password"
              type="password"
              autoComplete={isLogin ? 'current-password' : 'new-password'}
              required
              minLength={isLogin ? 1 : 8}
              aria-describedby={isLogin ? undefined : 'password-hint'}
            />
            {!isLogin && (
              <small id="password-hint" className="muted">
                At least 8 characters
              </small>
            )}
          </label>
          {error && (
            <p className="form-error" role="alert">
              {error.message}
            </p>
          )}
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? 'One moment…' : isLogin ? 'Sign in' : 'Create account'}
          </button>
        </form>
        <p className="auth-switch muted">
          {isLogin ? 'New to Verdict?' : 'Already have an account?'}{' '}
          <Link href={`${other}${query}`}>{isLogin ? 'Create an account' : 'Sign in'}</Link>
        </p>
      </section>
    </Layout>
  );
}
