import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

/** Where the console is: the path and the query string (with its `?`, or empty). */
export interface Place {
  pathname: string;
  search: string;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (filters, tabs). */
  replace?: boolean;
}

interface RouterValue extends Place {
  navigate: (to: string, options?: NavigateOptions) => void;
}

const RouterContext = createContext<RouterValue | null>(null);

function here(): Place {
  return { pathname: window.location.pathname, search: window.location.search };
}

/**
 * The console's router: the History API and nothing else. Pages read the place with
 * `useLocation()`, move with `useNavigate()` or `<Link>`; back and forward work as usual.
 */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [place, setPlace] = useState<Place>(here);

  useEffect(() => {
    const onPop = () => setPlace(here());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((to: string, options: NavigateOptions = {}) => {
    const url = new URL(to, window.location.href);
    const target = `${url.pathname}${url.search}`;
    if (target === `${window.location.pathname}${window.location.search}`) return;
    if (options.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
    setPlace({ pathname: url.pathname, search: url.search });
    if (!options.replace) window.scrollTo?.(0, 0);
  }, []);

  const value = useMemo(() => ({ ...place, navigate }), [place, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function useRouter(): RouterValue {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useLocation/useNavigate need a <RouterProvider> above them');
  return router;
}

export function useLocation(): Place {
  const { pathname, search } = useRouter();
  return { pathname, search };
}

export function useNavigate(): RouterValue['navigate'] {
  return useRouter().navigate;
}

/** The query string as URLSearchParams, and a setter that replaces it (no new history entry). */
export function useSearchParams(): [URLSearchParams, (next: URLSearchParams) => void] {
  const { pathname, search, navigate } = useRouter();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useCallback(
    (next: URLSearchParams) => {
      const s = next.toString();
      navigate(`${pathname}${s ? `?${s}` : ''}`, { replace: true });
    },
    [pathname, navigate],
  );
  return [params, set];
}

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
}

/** An ordinary link (opens in a new tab with a modifier key) that navigates in place on a plain click. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const navigate = useNavigate();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target === '_blank'
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
