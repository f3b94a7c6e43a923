import type { ReactNode } from 'react';
import { Link, navigate, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { useTheme } from '../lib/theme.ts';
import { Logo, MoonIcon, SunIcon } from './icons.tsx';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const { path } = useLocation();
  const active = href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
  return (
    <Link href={href} className={`nav-link${active ? ' active' : ''}`} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Layout({ children, wide }: { children: ReactNode; wide?: boolean }) {
  const { user, signOut } = useSession();
  const [theme, toggleTheme] = useTheme();
  const canAuthor = user?.role === 'author' || user?.role === 'admin';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className={`topbar-inner${wide ? ' wide' : ''}`}>
          <Link href="/" className="brand" aria-label="Verdict home">
            <Logo />
            <span>Verdict</span>
          </Link>
          <nav className="nav" aria-label="Main">
            <NavLink href="/problems">Problems</NavLink>
            {user && <NavLink href="/me">Progress</NavLink>}
            {canAuthor && <NavLink href="/author">Author</NavLink>}
            {user?.role === 'admin' && <NavLink href="/admin">Admin</NavLink>}
          </nav>
          <div className="topbar-actions">
            <button
              type="button"
              className="icon-button"
              onClick={toggleTheme}
              aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
              title={theme === 'dark' ? 'Light theme' : 'Dark theme'}
            >
              {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
            </button>
            {user === undefined ? null : user ? (
              <div className="user-chip">
                <Link href="/me" className="avatar" aria-label={`Profile of ${user.username}`}>
                  {user.username.slice(0, 1).toUpperCase()}
                </Link>
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => signOut().then(() => navigate('/'))}
                >
                  Sign out
                </button>
              </div>
            ) : (
              <>
                <Link href="/login" className="button button-ghost button-small">
                  Sign in
                </Link>
                <Link href="/register" className="button button-primary button-small hide-phone">
                  Sign up
                </Link>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" className={`page${wide ? ' page-wide' : ''}`}>
        {children}
      </main>
    </>
  );
}
