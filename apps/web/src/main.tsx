import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { Skeleton } from './components/bits.tsx';
import { Layout } from './components/layout.tsx';
import { useLocation } from './lib/router.tsx';
import { SessionProvider } from './lib/session.tsx';
import { HomePage } from './pages/home.tsx';
import { AuthPage } from './pages/login.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { ProblemsPage } from './pages/problems.tsx';
import './styles.css';

// the problem page carries the editor; profile and author pages are rarely first: all load on demand
const ProblemPage = lazy(() => import('./problem/problem-page.tsx'));
const ProfilePage = lazy(() => import('./pages/profile.tsx'));
const AuthorPage = lazy(() => import('./pages/author.tsx'));
const AdminPage = lazy(() => import('./pages/admin.tsx'));

function Routes() {
  const { path } = useLocation();
  const problem = /^\/problems\/([^/]+)\/?$/.exec(path);
  if (problem?.[1]) {
    return (
      <Suspense fallback={<Layout wide>{<Skeleton lines={8} />}</Layout>}>
        <ProblemPage id={decodeURIComponent(problem[1])} />
      </Suspense>
    );
  }
  const page = (() => {
    switch (path.replace(/\/+$/, '') || '/') {
      case '/':
        return <HomePage />;
      case '/problems':
        return <ProblemsPage />;
      case '/login':
        return <AuthPage mode="login" />;
      case '/register':
        return <AuthPage mode="register" />;
      case '/me':
        return <ProfilePage />;
      case '/author':
        return <AuthorPage />;
      case '/admin':
        return <AdminPage />;
      default:
        return <NotFoundPage />;
    }
  })();
  return <Suspense fallback={<Layout>{<Skeleton lines={6} />}</Layout>}>{page}</Suspense>;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <Routes />
      </SessionProvider>
    </StrictMode>,
  );
}
