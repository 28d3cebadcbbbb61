// What an action name says about the event (DESIGN.md §3 "meaningful use", rule 2): logins, session
// starts and token issue/refresh/renew are evidence of life, not of use. Shared by the readers that
// only have an action's name to go on (the generic csv/jsonl mapping, the GitHub audit log).

// Words that make an action a login or a session/token event wherever they appear in its name.
const AUTH_WORDS = new Set([
  'login',
  'logon',
  'logout',
  'logoff',
  'signin',
  'signon',
  'signout',
  'authenticate',
  'authenticated',
  'authentication',
  'reauthenticate',
  'sso',
  'session',
  'sessions',
]);
// "log in", "signed_on", "sign-out": a verb followed by a particle.
const AUTH_VERBS = new Set(['log', 'logged', 'sign', 'signed']);
const AUTH_PARTICLES = new Set(['in', 'on', 'out', 'off']);
// A token word next to one of these is the token's lifecycle, not its use.
const TOKEN_WORDS = new Set(['token', 'tokens', 'credential', 'credentials']);
const TOKEN_LIFECYCLE = new Set([
  'refresh',
  'refreshed',
  'renew',
  'renewed',
  'issue',
  'issued',
  'exchange',
  'exchanged',
  'mint',
  'minted',
  'grant',
  'granted',
  'generate',
  'generated',
  'request',
  'requested',
  'lookup',
  'create',
  'created',
]);

/** Splits `user.session.start`, `ConsoleLogin`, `auth/token/lookup-self` into lower-case words. */
export function actionWords(action: string): string[] {
  return action
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** True for a login, a session start or a token issue/refresh/renew/lookup (never meaningful use). */
export function isAuthLike(action: string): boolean {
  const words = actionWords(action);
  let token = false;
  let lifecycle = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (AUTH_WORDS.has(word)) return true;
    if (AUTH_VERBS.has(word) && AUTH_PARTICLES.has(words[i + 1])) return true;
    if (word === 'assume' && words[i + 1] === 'role') return true;
    if (TOKEN_WORDS.has(word)) token = true;
    if (TOKEN_LIFECYCLE.has(word) || (word === 'self' && words[i - 1] === 'lookup')) lifecycle = true;
  }
  return token && lifecycle;
}

/** Compiles a glob over action names: `*` any run of characters, `?` one, `{a,b}` either; no case. */
export function actionGlob(pattern: string): RegExp {
  let source = '';
  let inBraces = false;
  for (const ch of pattern) {
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else if (ch === '{' && !inBraces) {
      source += '(?:';
      inBraces = true;
    } else if (ch === '}' && inBraces) {
      source += ')';
      inBraces = false;
    } else if (ch === ',' && inBraces) source += '|';
    else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  if (inBraces) source += ')';
  return new RegExp(`^${source}$`, 'i');
}

/**
 * Decides whether an action is meaningful use: it matches a `meaningful` glob (none of the `!`
 * ones) and is not auth-like. An action named exactly, without wildcards, overrides the auth-like
 * exclusion: `meaningful: ["*", "token.create"]` counts token creation as use.
 */
export function meaningfulMatcher(patterns: readonly string[]): (action: string) => boolean {
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  const explicit = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) exclude.push(actionGlob(pattern.slice(1)));
    else {
      include.push(actionGlob(pattern));
      if (!/[*?{]/.test(pattern)) explicit.add(pattern.toLowerCase());
    }
  }
  return (action) => {
    if (exclude.some((re) => re.test(action))) return false;
    if (explicit.has(action.toLowerCase())) return true;
    return !isAuthLike(action) && include.some((re) => re.test(action));
  };
}
