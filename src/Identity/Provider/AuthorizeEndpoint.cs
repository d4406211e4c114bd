using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using RightHelp.Identity.Accounts;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

/// <summary>
/// <c>/connect/authorize</c>: the authorization code flow only, with PKCE S256 required
/// (RFC 9700 section 2.1.1) and the redirect URI compared exactly (section 2.1).
/// </summary>
public static class AuthorizeEndpoint
{
    private static readonly string[] KnownPrompts = ["none", "login", "consent", "select_account"];

    public static async Task<IResult> HandleAsync(HttpContext http, IdentityDataContext db, IssuerResolver issuers, AccountLoader accounts, TimeProvider time)
    {
        var parameters = http.Request.HasFormContentType
            ? (await http.Request.ReadFormAsync()).ToDictionary(p => p.Key, p => p.Value)
            : http.Request.Query.ToDictionary(p => p.Key, p => p.Value);
        string? Get(string name) => parameters.TryGetValue(name, out var value) && value.Count == 1 ? value[0] : null;

        if (parameters.Values.Any(v => v.Count > 1))
        {
            return Problem("invalid-request");
        }
        var client = Get("client_id") is { } clientId ? await db.Clients.FindAsync(clientId) : null;
        if (client is null)
        {
            return Problem("unknown-client");
        }
        var redirectUri = Get("redirect_uri");
        // Exact string comparison: no prefix, no pattern, no normalising (RFC 9700 section 4.1.3).
        if (redirectUri is null || !client.RedirectUris.Contains(redirectUri, StringComparer.Ordinal))
        {
            return Problem("redirect-uri");
        }

        var issuer = issuers.Resolve(http);
        var state = Get("state");
        IResult Error(string error, string description) => Results.Redirect(AppendQuery(redirectUri, new()
        {
            ["error"] = error,
            ["error_description"] = description,
            ["state"] = state,
            ["iss"] = issuer,
        }));

        if (Get("request") is not null)
        {
            return Error("request_not_supported", "Request objects are not supported.");
        }
        if (Get("request_uri") is not null)
        {
            return Error("request_uri_not_supported", "Request objects are not supported.");
        }
        if (Get("response_type") != "code")
        {
            return Error("unsupported_response_type", "Only response_type=code is supported.");
        }
        if (Get("response_mode") is { } mode && mode != "query")
        {
            return Error("invalid_request", "Only response_mode=query is supported.");
        }
        if (!client.AllowedGrantTypes.Contains(GrantTypes.AuthorizationCode))
        {
            return Error("unauthorized_client", "This client may not use the authorization code flow.");
        }
        var scopes = Scopes.Parse(Get("scope"));
        if (!scopes.Contains(Scopes.OpenId))
        {
            return Error("invalid_scope", "The openid scope is required.");
        }
        if (scopes.Any(s => !client.AllowedScopes.Contains(s)))
        {
            return Error("invalid_scope", "A requested scope is not allowed for this client.");
        }
        var challenge = Get("code_challenge");
        if (challenge is null)
        {
            return Error("invalid_request", "code_challenge is required (PKCE).");
        }
        if (Get("code_challenge_method") != "S256")
        {
            return Error("invalid_request", "code_challenge_method must be S256.");
        }
        if (!OpaqueTokens.IsValidPkceValue(challenge))
        {
            return Error("invalid_request", "code_challenge is malformed.");
        }
        var prompts = Get("prompt")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (prompts.Any(p => !KnownPrompts.Contains(p)) || (prompts.Contains("none") && prompts.Length > 1))
        {
            return Error("invalid_request", "prompt has an unsupported value.");
        }
        int? maxAge = null;
        if (Get("max_age") is { } maxAgeText)
        {
            if (!int.TryParse(maxAgeText, out var parsed) || parsed < 0)
            {
                return Error("invalid_request", "max_age must be a whole number of seconds.");
            }
            maxAge = parsed;
        }

        var session = await http.AuthenticateAsync(SessionSchemes.Session);
        var principal = session.Succeeded ? session.Principal : null;
        var now = time.GetUtcNow();
        var account = principal?.AccountId() is { } accountId ? await accounts.LoadActiveAsync(accountId.ToString()) : null;
        var authTime = principal?.AuthenticatedAt();
        var amr = principal?.AuthenticationMethodsUsed() ?? [];
        var needsSignIn = account is null
            || prompts.Contains("login")
            || (maxAge is { } age && authTime is { } at && (now - at).TotalSeconds > age)
            || (RoleNames.IsStaff(account.Roles) && !amr.Contains(AuthenticationMethods.MultipleFactors));
        if (needsSignIn)
        {
            if (prompts.Contains("none"))
            {
                return Error("login_required", "The user is not signed in.");
            }
            // Coming back after signing in must not ask again: the new session satisfies both.
            var returnParameters = parameters
                .Where(p => p.Key is not ("prompt" or "max_age"))
                .ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
            var returnUrl = AppendQuery(ProviderConstants.AuthorizePath, returnParameters);
            return Results.Redirect("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        var grant = new Grant
        {
            Id = Guid.NewGuid(),
            ClientId = client.ClientId,
            Subject = account!.Account.Id.ToString(),
            SessionId = principal!.FindFirst(SessionClaims.SessionId)?.Value,
            Scopes = scopes,
            Amr = amr,
            Acr = principal.FindFirst(SessionClaims.Acr)?.Value,
            AuthTime = authTime,
            CreatedAt = now,
        };
        var code = OpaqueTokens.New();
        db.Grants.Add(grant);
        db.AuthorizationCodes.Add(new AuthorizationCode
        {
            Id = Guid.NewGuid(),
            CodeHash = OpaqueTokens.Hash(code),
            GrantId = grant.Id,
            ClientId = client.ClientId,
            RedirectUri = redirectUri,
            CodeChallenge = challenge,
            Nonce = Get("nonce"),
            CreatedAt = now,
            ExpiresAt = now + ProviderConstants.CodeLifetime,
        });
        await db.SaveChangesAsync();
        return Results.Redirect(AppendQuery(redirectUri, new() { ["code"] = code, ["state"] = state, ["iss"] = issuer }));
    }

    private static IResult Problem(string reason) => Results.Redirect("/problem?reason=" + reason);

    private static string AppendQuery(string uri, Dictionary<string, string?> values)
        => QueryHelpers.AddQueryString(uri, values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, StringValues>(v.Key, v.Value)));
}
