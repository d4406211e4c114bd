// Drives the Right Help identity provider end to end with openid-client (an OpenID-certified
// relying party library), with no help from our own code: discovery, code + PKCE through the
// real sign-in form, ID token validation, userinfo, refresh rotation and reuse detection, code
// replay, client credentials, revocation and logout. One JSON line per step; exit code 0 only
// if every step passed. Usage: ISSUER=http://127.0.0.1:5200 node rp.mjs
import * as client from 'openid-client';

const issuer = new URL(process.env.ISSUER ?? 'http://127.0.0.1:5200');
const email = process.env.RP_EMAIL ?? 'parent@example.test';
const password = process.env.RP_PASSWORD ?? 'right-help-demo-2026';
const redirectUri = 'http://127.0.0.1:5999/callback';
const postLogoutUri = 'http://127.0.0.1:5999/signed-out';
const insecure = { execute: [client.allowInsecureRequests] }; // the test issuer is plain http on 127.0.0.1

let failures = 0;
async function step(name, body) {
  const started = performance.now();
  try {
    const detail = await body();
    console.log(JSON.stringify({ step: name, ok: true, ms: Math.round(performance.now() - started), detail }));
    return detail;
  } catch (error) {
    failures++;
    console.log(JSON.stringify({ step: name, ok: false, ms: Math.round(performance.now() - started), error: String(error?.error ?? error?.message ?? error), cause: String(error?.cause?.error_description ?? error?.code ?? '') }));
    return undefined;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function expectOAuthError(promise, expected) {
  try {
    await promise;
  } catch (error) {
    assert(error.error === expected, `expected ${expected}, got ${error.error ?? error.message}`);
    return error.error;
  }
  throw new Error(`expected ${expected}, but the request succeeded`);
}

/** A browser without JavaScript: a cookie jar and redirects followed by hand. */
const jar = new Map();
async function browse(url, init = {}) {
  const headers = new Headers(init.headers ?? {});
  if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const index = pair.indexOf('=');
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) jar.delete(name); else jar.set(name, value);
  }
  return response;
}

/** Follows redirects on the provider until one leaves it; signs in through the form when asked. */
async function authorize(url) {
  let current = new URL(url);
  for (let hops = 0; hops < 10; hops++) {
    if (current.origin !== issuer.origin) return current;
    const response = await browse(current);
    if (response.status >= 300 && response.status < 400) {
      current = new URL(response.headers.get('location'), current);
      continue;
    }
    assert(response.status === 200, `unexpected ${response.status} at ${current.pathname}`);
    assert(current.pathname === '/account/sign-in', `unexpected page ${current.pathname}`);
    const html = await response.text();
    const form = new URLSearchParams();
    for (const match of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(match[0])?.[1];
      const value = /value="([^"]*)"/.exec(match[0])?.[1] ?? '';
      if (name) form.set(name, value.replaceAll('&amp;', '&').replaceAll('&#x2B;', '+').replaceAll('&#x2F;', '/').replaceAll('&#x3D;', '='));
    }
    assert(form.has('__RequestVerificationToken'), 'the sign-in form has no antiforgery token');
    form.set('Email', email);
    form.set('Password', password);
    const posted = await browse(current, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert(posted.status === 302, `sign-in answered ${posted.status}`);
    current = new URL(posted.headers.get('location'), current);
  }
  throw new Error('too many redirects');
}

async function codeFlow(config) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile offline_access api',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const callback = await authorize(url);
  assert(callback.href.startsWith(redirectUri), `came back to ${callback.href}`);
  return { callback, verifier, state, nonce };
}

function exchange(config, flow) {
  return client.authorizationCodeGrant(config, flow.callback, {
    pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true,
  });
}

// Tokens stay in these variables; the printed details never include one.
let config;
let firstFlow;
const tokens = {};

await step('discovery', async () => {
  config = await client.discovery(issuer, 'rp-test', undefined, client.ClientSecretBasic('rp-test-secret'), insecure);
  const metadata = config.serverMetadata();
  assert(metadata.code_challenge_methods_supported?.includes('S256'), 'S256 not advertised');
  return { issuer: metadata.issuer };
});
if (!config) process.exit(1);

await step('code flow with PKCE and the real sign-in form', async () => {
  firstFlow = await codeFlow(config);
  return { code_received: firstFlow.callback.searchParams.has('code'), iss_received: firstFlow.callback.searchParams.get('iss') };
});

await step('token exchange and id_token validation', async () => {
  tokens.response = await exchange(config, firstFlow);
  const claims = tokens.response.claims();
  assert(claims.sub, 'no sub');
  tokens.sub = claims.sub;
  const header = JSON.parse(Buffer.from(tokens.response.access_token.split('.')[0], 'base64url').toString());
  assert(header.typ === 'at+jwt', `access token typ ${header.typ}`);
  return { sub: claims.sub, amr: claims.amr, acr: claims.acr, access_token_typ: header.typ, refresh_token_received: Boolean(tokens.response.refresh_token) };
});

await step('userinfo', async () => {
  const info = await client.fetchUserInfo(config, tokens.response.access_token, tokens.sub);
  assert(info.sub === tokens.sub, 'userinfo sub differs');
  return { sub: info.sub, name: info.name, role: info.role };
});

await step('refresh rotation, reuse rejected, family revoked', async () => {
  const rotated = await client.refreshTokenGrant(config, tokens.response.refresh_token);
  assert(rotated.refresh_token && rotated.refresh_token !== tokens.response.refresh_token, 'refresh token did not rotate');
  const reuse = await expectOAuthError(client.refreshTokenGrant(config, tokens.response.refresh_token), 'invalid_grant');
  const family = await expectOAuthError(client.refreshTokenGrant(config, rotated.refresh_token), 'invalid_grant');
  return { rotated: true, reuse, successor_after_reuse: family };
});

await step('code replay rejected and its tokens revoked', async () => {
  const flow = await codeFlow(config);
  const issued = await exchange(config, flow);
  const replay = await expectOAuthError(exchange(config, flow), 'invalid_grant');
  const revoked = await expectOAuthError(client.refreshTokenGrant(config, issued.refresh_token), 'invalid_grant');
  return { replay, refresh_after_replay: revoked };
});

await step('revocation', async () => {
  const flow = await codeFlow(config);
  const issued = await exchange(config, flow);
  await client.tokenRevocation(config, issued.refresh_token, { token_type_hint: 'refresh_token' });
  const after = await expectOAuthError(client.refreshTokenGrant(config, issued.refresh_token), 'invalid_grant');
  return { refresh_after_revocation: after };
});

await step('client credentials', async () => {
  const partner = await client.discovery(issuer, 'partner-demo', undefined, client.ClientSecretPost('partner-demo-secret'), insecure);
  const response = await client.clientCredentialsGrant(partner, { scope: 'directory.write' });
  const payload = JSON.parse(Buffer.from(response.access_token.split('.')[1], 'base64url').toString());
  assert(payload.scope === 'directory.write' && payload.sub === 'partner-demo', 'unexpected client credentials token');
  assert(response.refresh_token === undefined, 'client credentials must not get a refresh token');
  return { scope: payload.scope, sub: payload.sub, aud: payload.aud };
});

await step('logout', async () => {
  const url = client.buildEndSessionUrl(config, {
    id_token_hint: tokens.response.id_token, post_logout_redirect_uri: postLogoutUri, state: 'bye',
  });
  const response = await browse(url);
  const location = response.headers.get('location');
  assert(location === `${postLogoutUri}?state=bye`, `logout went to ${location}`);
  const check = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri, scope: 'openid', prompt: 'none', state: 'after-logout',
    code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()), code_challenge_method: 'S256',
  });
  const after = await browse(check);
  const error = new URL(after.headers.get('location')).searchParams.get('error');
  assert(error === 'login_required', `after logout prompt=none gave ${error}`);
  return { post_logout_redirect: location, prompt_none_after_logout: error };
});

console.log(JSON.stringify({ summary: failures === 0 ? 'all steps passed' : `${failures} step(s) failed` }));
process.exit(failures === 0 ? 0 : 1);
