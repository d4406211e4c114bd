using Microsoft.Playwright;
using RightHelp.EndToEnd.Stack;

namespace RightHelp.EndToEnd.Journeys;

/// <summary>
/// A parent adds a passkey, signs out, and signs in again with the passkey alone, landing in the
/// Portal signed in. Chromium's virtual authenticator (through the DevTools protocol) stands in
/// for a phone's fingerprint reader: a real WebAuthn ceremony, checked by the real server.
/// WebAuthn refuses IP addresses as the relying party, so the browser reaches Identity as
/// <c>localhost</c>.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PasskeyJourneyTests(BrowserFixture browser, SignInStack stack) : IClassFixture<SignInStack>
{
    private const string Password = "right-help-demo-2026";

    [Fact]
    public async Task Parent_adds_a_passkey_signs_out_and_signs_in_with_it()
    {
        var identity = new UriBuilder(stack.Identity.Address) { Host = "localhost" }.Uri;
        await using var portal = SignedInPortalHost.Start(identity, settings: new Dictionary<string, string>
        {
            ["SecurityHeaders:FormActionOrigins:0"] = identity.ToString().TrimEnd('/'),
        });
        await stack.Identity.RegisterPortalAsync(portal.Address);
        var page = await browser.NewPageAsync(portal.Address);
        var authenticator = await page.Context.NewCDPSessionAsync(page);
        await authenticator.SendAsync("WebAuthn.enable");
        var added = await authenticator.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        var authenticatorId = added!.Value.GetProperty("authenticatorId").GetString()!;

        await page.GotoAsync("/account");
        await page.GetByLabel("Email address").FillAsync("parent@example.test");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Uri(portal.Address, "/account").ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Add or remove a passkey" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(identity, "/account/passkeys").ToString());
        Assert.Equal("Your passkeys", await page.Locator("h1").InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your passkey has been added", new() { Timeout = 90_000 });
        Assert.Equal(1, await page.Locator(".govuk-summary-list__row").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        var stored = await authenticator.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticatorId });
        Assert.Equal(1, stored!.Value.GetProperty("credentials").GetArrayLength());

        await page.GotoAsync(new Uri(portal.Address, "/account").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(portal.Address, "/signed-out").ToString());

        await page.GotoAsync("/account");
        Assert.StartsWith(identity.ToString().TrimEnd('/'), page.Url, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(portal.Address, "/account").ToString());
        Assert.Equal("Your account", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("You are signed in as", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_JavaScript_the_sign_in_page_explains_passkeys_and_the_password_form_still_works()
    {
        var page = await browser.NewPageAsync(stack.Identity.Address, javaScript: false);

        await page.GotoAsync("/account/sign-in");

        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" }).IsVisibleAsync());
        Assert.True(await page.GetByText("Passkeys need JavaScript").IsVisibleAsync());
        await Accessibility.AssertNoViolationsWithoutJavaScriptAsync(page, browser.Browser);
        await page.GetByLabel("Email address").FillAsync("parent@example.test");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        Assert.Equal(new Uri(stack.Identity.Address, "/").ToString(), page.Url);
    }
}
