import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { sessionFromLogin, type Session } from './session.logic';

const LoginMutation = graphql(`
  mutation LoginPage_LoginMutation($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      mustChangePassword
      user {
        id
        email
        role
      }
    }
  }
`);

interface LoginPageProps {
  onSignedIn: (session: Session) => void;
  /** Shown above the form, e.g. why the previous session ended. */
  notice?: string | null;
}

export function LoginPage({ onSignedIn, notice }: LoginPageProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, login] = useMutation(LoginMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const result = await login({ email: email.trim(), password });
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    const session = result.data ? sessionFromLogin(result.data.login) : null;
    if (!session) {
      setProblem('The server sent an unusable sign-in response. Please try again.');
      return;
    }
    setPassword('');
    onSignedIn(session);
  }

  return (
    <main className="page page--narrow">
      <h1>Warden</h1>
      <p className="muted">Sign in to the analyst console.</p>
      {notice && !problem ? <p className="notice">{notice}</p> : null}
      <form className="card form" onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span>E-mail</span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {problem ? (
          <p className="alert" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
