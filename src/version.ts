// The version, injected by the bundler from package.json; "dev" when running from source.
declare const __LASTSEEN_VERSION__: string | undefined;

export const VERSION: string = typeof __LASTSEEN_VERSION__ === 'string' ? __LASTSEEN_VERSION__ : '0.0.0-dev';
